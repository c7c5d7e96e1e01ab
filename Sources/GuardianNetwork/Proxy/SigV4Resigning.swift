import Crypto
import Foundation

/// An AWS request signed (Signature Version 4, `Authorization: AWS4-HMAC-SHA256 …`) with the
/// stand-in secret the agent was given, signed again with the real one. The client's
/// signature is first checked with the stand-in: that proves the request Guardian forwards is
/// the one the client signed, canonicalised the way the client did (S3 and the other services
/// encode paths differently; both are tried). A request that does not check is forwarded as
/// it came and fails at AWS. Chunk-signed uploads (`STREAMING-…` payloads) are not re-signed:
/// each chunk carries a signature of its own.
public struct SigV4Resigning: Sendable, Hashable {
    public var standInSecret: [UInt8]
    public var realKeyID: String
    public var realSecret: [UInt8]

    public init(standInSecret: [UInt8], realKeyID: String, realSecret: [UInt8]) {
        self.standInSecret = standInSecret
        self.realKeyID = realKeyID
        self.realSecret = realSecret
    }

    /// The parts of an `Authorization` value.
    public struct Authorization: Sendable, Hashable {
        public var keyID: String
        /// `20261202/us-east-1/s3/aws4_request`
        public var scope: String
        public var signedHeaders: [String]
        public var signature: String

        public init?(_ value: String) {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("AWS4-HMAC-SHA256 ") else { return nil }
            var fields: [String: String] = [:]
            for part in trimmed.dropFirst(17).split(separator: ",") {
                let p = part.trimmingCharacters(in: .whitespaces)
                guard let eq = p.firstIndex(of: "=") else { return nil }
                fields[String(p[..<eq])] = String(p[p.index(after: eq)...])
            }
            guard let credential = fields["Credential"], let signed = fields["SignedHeaders"], let signature = fields["Signature"],
                  let slash = credential.firstIndex(of: "/") else { return nil }
            keyID = String(credential[..<slash])
            scope = String(credential[credential.index(after: slash)...])
            signedHeaders = signed.split(separator: ";").map(String.init)
            self.signature = signature
            guard scope.split(separator: "/").count == 4, !signedHeaders.isEmpty else { return nil }
        }
    }

    /// The `Authorization` value to forward for the request as it will be sent (`headers`,
    /// `target`, `body` after substitution), when the client's request (`original…`) checks
    /// with the stand-in secret; nil otherwise.
    public func resign(method: String, originalHeaders: [(String, String)], originalTarget: String, originalBody: [UInt8],
                       headers: [(String, String)], target: String, body: [UInt8]) -> String? {
        guard let auth = originalHeaders.first(where: { $0.0.lowercased() == "authorization" }).flatMap({ Authorization($0.1) }) else { return nil }
        guard let payload = Self.payloadHash(originalHeaders, originalBody), !payload.hasPrefix("STREAMING-") else { return nil }
        for doubleEncoded in [false, true] {
            guard let canonical = Self.canonicalRequest(method: method, target: originalTarget, headers: originalHeaders,
                                                        signed: auth.signedHeaders, payload: payload, doubleEncoded: doubleEncoded),
                  let check = Self.signature(canonical, headers: originalHeaders, scope: auth.scope, secret: standInSecret),
                  check == auth.signature
            else { continue }
            guard let newPayload = Self.payloadHash(headers, body),
                  let forwarded = Self.canonicalRequest(method: method, target: target, headers: headers, signed: auth.signedHeaders,
                                                        payload: newPayload, doubleEncoded: doubleEncoded),
                  let signature = Self.signature(forwarded, headers: headers, scope: auth.scope, secret: realSecret)
            else { return nil }
            return "AWS4-HMAC-SHA256 Credential=\(realKeyID)/\(auth.scope), SignedHeaders=\(auth.signedHeaders.joined(separator: ";")), Signature=\(signature)"
        }
        return nil
    }

    static func payloadHash(_ headers: [(String, String)], _ body: [UInt8]) -> String? {
        if let declared = headers.first(where: { $0.0.lowercased() == "x-amz-content-sha256" })?.1 {
            return declared.trimmingCharacters(in: .whitespaces)
        }
        return hex(SHA256.hash(data: body))
    }

    static func canonicalRequest(method: String, target: String, headers: [(String, String)], signed: [String], payload: String,
                                 doubleEncoded: Bool) -> String? {
        let path: Substring
        let query: Substring
        if let q = target.firstIndex(of: "?") { path = target[..<q]; query = target[target.index(after: q)...] } else { path = Substring(target); query = "" }
        let uri = path.isEmpty ? "/" : (doubleEncoded ? encode(String(path), keepSlash: true) : String(path))
        var pairs: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let (k, v): (Substring, Substring)
            if let eq = item.firstIndex(of: "=") { k = item[..<eq]; v = item[item.index(after: eq)...] } else { k = item; v = "" }
            guard let name = String(k).removingPercentEncoding, let value = String(v).removingPercentEncoding else { return nil }
            pairs.append((encode(name, keepSlash: false), encode(value, keepSlash: false)))
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var canonicalHeaders = ""
        for name in signed {
            let values = headers.filter { $0.0.lowercased() == name }.map { collapse($0.1) }
            guard !values.isEmpty else { return nil }
            canonicalHeaders += name + ":" + values.joined(separator: ",") + "\n"
        }
        return [method, uri, pairs.map { $0.0 + "=" + $0.1 }.joined(separator: "&"), canonicalHeaders, signed.joined(separator: ";"), payload]
            .joined(separator: "\n")
    }

    static func signature(_ canonical: String, headers: [(String, String)], scope: String, secret: [UInt8]) -> String? {
        guard let date = headers.first(where: { $0.0.lowercased() == "x-amz-date" })?.1.trimmingCharacters(in: .whitespaces) else { return nil }
        let parts = scope.split(separator: "/").map(String.init)
        guard parts.count == 4 else { return nil }
        let toSign = "AWS4-HMAC-SHA256\n\(date)\n\(scope)\n\(hex(SHA256.hash(data: Array(canonical.utf8))))"
        var key = SymmetricKey(data: Array("AWS4".utf8) + secret)
        for part in parts {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return hex(HMAC<SHA256>.authenticationCode(for: Array(toSign.utf8), using: key))
    }

    /// RFC 3986 unreserved characters kept; with `keepSlash`, `/` too (a path).
    static func encode(_ text: String, keepSlash: Bool) -> String {
        String(decoding: CredentialSubstitution.percentEncoded(Array(text.utf8), keepSlash: keepSlash), as: UTF8.self)
    }

    static func collapse(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
