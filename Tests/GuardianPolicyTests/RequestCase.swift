import GuardianPolicy
import Testing

/// One row of a classifier table: a request and what the classifier must make of it.
struct RequestCase: CustomTestStringConvertible, Sendable {
    enum Expect: Sendable {
        /// Operations as `type name? fields…` with the arguments that must be among theirs.
        case graphql([Op])
        case refused(String)
        case aws(service: String, action: String, region: String?)
        /// Neither GraphQL nor AWS.
        case plain
    }

    struct Op: Sendable {
        var type: GraphQLOperationType
        var fields: [String]
        var arguments: [String: String] = [:]
        var name: String? = nil
    }

    var label: String
    var request: HTTPRequest
    var expect: Expect

    var testDescription: String { label }

    init(_ label: String, _ request: HTTPRequest, _ expect: Expect) {
        self.label = label
        self.request = request
        self.expect = expect
    }

    func check() {
        let result = RequestClassifier.classify(request)
        switch (expect, result) {
        case (.refused(let rule), .failure(let refusal)):
            #expect(refusal.rule == rule, "\(label): \(refusal.reason)")
        case (.refused(let rule), .success(let facts)):
            Issue.record("\(label): expected refusal \(rule), got \(facts.graphql) \(String(describing: facts.aws))")
        case (_, .failure(let refusal)):
            Issue.record("\(label): refused \(refusal.rule): \(refusal.reason)")
        case (.graphql(let ops), .success(let facts)):
            #expect(facts.graphql.count == ops.count, "\(label): \(facts.graphql)")
            for (op, got) in zip(ops, facts.graphql) {
                #expect(got.type == op.type, "\(label)")
                #expect(got.fields == op.fields, "\(label)")
                if let name = op.name { #expect(got.name == name, "\(label)") }
                for (key, value) in op.arguments {
                    #expect(got.arguments[key] == value, "\(label): \(key) in \(got.arguments)")
                }
            }
        case (.aws(let service, let action, let region), .success(let facts)):
            #expect(facts.aws == AWSOperation(service: service, action: action, region: region), "\(label)")
            #expect(facts.graphql.isEmpty, "\(label)")
        case (.plain, .success(let facts)):
            #expect(facts.graphql.isEmpty, "\(label): \(facts.graphql)")
            #expect(facts.aws == nil, "\(label): \(String(describing: facts.aws))")
        }
    }
}

extension RequestCase.Op {
    static func mutation(_ fields: String..., arguments: [String: String] = [:], name: String? = nil) -> Self {
        .init(type: .mutation, fields: fields, arguments: arguments, name: name)
    }
    static func query(_ fields: String..., arguments: [String: String] = [:], name: String? = nil) -> Self {
        .init(type: .query, fields: fields, arguments: arguments, name: name)
    }
}

/// Requests as clients send them.
enum Req {
    static func post(_ target: String, _ body: String, type: String? = "application/json", host: String = "backboard.railway.com",
                     headers: [(String, String)] = []) -> HTTPRequest {
        var all = headers.map { HTTPRequest.Header($0.0, $0.1) }
        if let type { all.append(.init("Content-Type", type)) }
        return HTTPRequest(scheme: "https", host: host, port: 443, method: "POST", target: target, headers: all, body: Array(body.utf8))
    }

    static func send(_ method: String, _ target: String, host: String, headers: [(String, String)] = [], body: String = "") -> HTTPRequest {
        HTTPRequest(scheme: "https", host: host, port: 443, method: method, target: target,
                    headers: headers.map { HTTPRequest.Header($0.0, $0.1) }, body: Array(body.utf8))
    }

    static func get(_ target: String, host: String = "backboard.railway.com") -> HTTPRequest {
        send("GET", target, host: host)
    }

    /// A SigV4 Authorization header for `service` in `region`.
    static func sigv4(_ service: String, _ region: String) -> (String, String) {
        ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/\(region)/\(service)/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0123456789abcdef")
    }

    static func urlEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
