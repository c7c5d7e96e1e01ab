// A request rule's examples, written the way a person describes a request:
//   POST https://backboard.railway.com/graphql/v2 {"query":"mutation { volumeDelete(volumeId: \"v\") }"}
//   DELETE https://api.github.com/repos/acme/app
//   POST https://dynamodb.us-east-1.amazonaws.com/ -H 'X-Amz-Target: DynamoDB_20120810.DeleteTable' {}
// Method, URL, any number of `-H 'Name: value'`, then the body (the rest of the line).

enum RequestExample {
    static func parse(_ text: String) -> HTTPRequest? {
        parse(text, body: nil)
    }

    /// `body`: the body's bytes, given apart (a file's contents); the text then ends after its
    /// headers.
    static func parse(_ text: String, body given: [UInt8]?) -> HTTPRequest? {
        var rest = Substring(text)
        func word() -> Substring? {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { return nil }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            defer { rest = rest[end...] }
            return rest[..<end]
        }
        guard let method = word(), let url = word() else { return nil }
        var headers: [HTTPRequest.Header] = []
        while rest.drop(while: { $0 == " " }).hasPrefix("-H ") {
            rest = rest.drop { $0 == " " }.dropFirst(3).drop { $0 == " " }
            guard let quote = rest.first, quote == "'" || quote == "\"",
                let close = rest.dropFirst().firstIndex(of: quote)
            else { return nil }
            let header = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            guard let colon = header.firstIndex(of: ":") else { return nil }
            headers.append(.init(String(header[..<colon]), String(header[header.index(after: colon)...].drop { $0 == " " })))
        }
        let body = given ?? Array(rest.drop { $0 == " " }.utf8)
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let scheme = String(url[..<schemeEnd.lowerBound]).lowercased()
        let afterScheme = url[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        var target = String(afterScheme[authorityEnd...])
        if target.isEmpty || target.first == "?" { target = "/" + target }
        var host = String(authority).lowercased()
        var port = scheme == "https" ? 443 : 80
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]"), let p = Int(host[host.index(after: colon)...]) {
            port = p
            host = String(host[..<colon])
        }
        if !headers.contains(where: { $0.name == "host" }) { headers.insert(.init("host", host), at: 0) }
        if !body.isEmpty && !headers.contains(where: { $0.name == "content-type" }) {
            let type = body.first == UInt8(ascii: "{") || body.first == UInt8(ascii: "[") ? "application/json" : "application/x-www-form-urlencoded"
            headers.append(.init("content-type", type))
        }
        return HTTPRequest(scheme: scheme, host: host, port: port, method: String(method), target: target, headers: headers, body: body)
    }
}

extension HTTPRequest {
    /// A request written as a rule's examples are (`POST https://host/path -H 'Name: value' BODY`),
    /// for `guardian check --request`; `body` given apart replaces the text's. Nil when the text
    /// is not one.
    public init?(described text: String, body: [UInt8]? = nil) {
        guard let request = RequestExample.parse(text, body: body) else { return nil }
        self = request
    }
}
