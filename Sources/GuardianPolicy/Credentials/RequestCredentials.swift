import Foundation

/// Where a request carries a credential: the `Authorization` header (its token, or both
/// halves of Basic's `user:password`), headers named for a token or key, and query
/// parameters that APIs read one from. Cookies are not counted (a browser's session, not an
/// API credential).
public struct RequestCredential: Sendable, Hashable {
    /// `authorization`, `header x-api-key`, `query access_token`: for the reason.
    public var place: String
    /// The value(s) that authenticate: a token, or a Basic user and password.
    public var values: [String]
}

public enum RequestCredentials {
    public static func find(in facts: RequestFacts) -> [RequestCredential] {
        var out: [RequestCredential] = []
        for header in facts.request.headers {
            if header.name == "authorization" || header.name == "proxy-authorization" {
                let values = authorizationValues(header.value)
                if !values.isEmpty { out.append(RequestCredential(place: header.name, values: values)) }
            } else if isCredentialName(header.name) {
                let value = header.value.trimmingCharacters(in: .whitespaces)
                if value.utf8.count >= 8 { out.append(RequestCredential(place: "header \(header.name)", values: [value])) }
            }
        }
        for item in facts.query where queryNames.contains(item.name.lowercased()) && item.value.utf8.count >= 8 {
            out.append(RequestCredential(place: "query \(item.name)", values: [item.value]))
        }
        return out
    }

    /// The credential in an `Authorization` value: `Bearer T`, `token T`, `Basic b64(user:pass)`
    /// (both halves: GitHub takes the token as either), SigV4's access key id.
    public static func authorizationValues(_ value: String) -> [String] {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(of: " ") else { return trimmed.utf8.count >= 8 ? [trimmed] : [] }
        let scheme = trimmed[..<space].lowercased()
        let rest = trimmed[trimmed.index(after: space)...].trimmingCharacters(in: .whitespaces)
        switch scheme {
        case "basic":
            guard let decoded = Data(base64Encoded: rest), let text = String(data: decoded, encoding: .utf8) else { return [rest] }
            let halves = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let meaningful = halves.filter { $0.utf8.count >= 8 }
            return meaningful.isEmpty ? [text] : meaningful
        case "aws4-hmac-sha256":
            // `Credential=AKID/date/region/service/aws4_request, SignedHeaders=…, Signature=…`
            guard let range = rest.range(of: "Credential=") else { return [rest] }
            let id = rest[range.upperBound...].prefix { $0 != "/" && $0 != "," }
            return [String(id)]
        default:
            return rest.isEmpty ? [] : [rest]
        }
    }

    static let queryNames: Set<String> = [
        "access_token", "token", "api_key", "apikey", "api-key", "key", "auth", "auth_token", "private_token",
        "client_secret", "password", "secret", "x-amz-credential", "x-amz-security-token",
    ]

    static func isCredentialName(_ name: String) -> Bool {
        if name == "cookie" || name.hasPrefix("x-guardian") { return false }
        for word in ["token", "api-key", "apikey", "api_key", "secret", "password", "x-auth", "access-key", "private-key"] where name.contains(word) {
            return true
        }
        return false
    }
}
