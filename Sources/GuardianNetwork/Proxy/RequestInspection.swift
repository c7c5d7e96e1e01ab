import Foundation
import GuardianPolicy
import NIOCore
import NIOHTTP1

/// What a request is, as Guardian will decide it: the one place that turns a request head and
/// its held body into the question the decider answers. Every way a request reaches the
/// gateway (HTTP/1.1 in clear or over TLS, each HTTP/2 stream) goes through here, so a rule
/// cannot be dodged by switching protocols. Pure: no channel, no I/O.
struct RequestInspection: Sendable {
    let expected: Expected
    /// The name the client asked for in its TLS hello; nil for plain HTTP.
    let tlsHost: String?
    let bodyLimit: Int
    /// Whether a WebSocket upgrade can be relayed on this connection (HTTP/1.1 only).
    var allowsUpgrade = false

    /// The question to ask, and the request to forward if the answer is yes — nil when the
    /// request could not be classified, which is never forwarded whatever the answer.
    func inspect(head: HTTPRequestHead, body: ByteBuffer, tooLarge: Bool) -> (NetworkQuestion, HTTPRequest?) {
        let request: HTTPRequest
        switch prepare(head: head, body: body, tooLarge: tooLarge) {
        case .success(let r): request = r
        case .failure(let refusal):
            let bare = HTTPRequest(scheme: scheme, host: tlsHost ?? expected.destination.host,
                                   port: expected.destination.port, method: head.method.rawValue, target: head.uri)
            return (.unclassifiable(bare, refusal, expected), nil)
        }
        switch RequestClassifier.classify(request) {
        case .success(let facts): return (.request(facts, expected), request)
        case .failure(let refusal): return (.unclassifiable(request, refusal, expected), nil)
        }
    }

    private var scheme: String { tlsHost == nil ? "http" : "https" }

    /// The request as Guardian owns it: the name it goes to, its headers, its body decoded.
    private func prepare(head: HTTPRequestHead, body: ByteBuffer, tooLarge: Bool) -> Result<HTTPRequest, RequestRefusal> {
        if tooLarge {
            return .failure(RequestRefusal(rule: "request.too-large", reason: "a request body over \(bodyLimit >> 20) MiB cannot be inspected"))
        }
        if head.method == .CONNECT {
            return .failure(RequestRefusal(rule: "request.connect", reason: "CONNECT through a handed-over connection is not forwarded"))
        }
        if head.headers.contains(name: "upgrade") {
            // A WebSocket upgrade is decided like any request (rules see it; the policy refuses
            // it to a host that API rules name, whose frames Guardian does not read) and, on a
            // 101, the connection becomes a byte relay. Any other upgrade (h2c, TLS) would carry
            // requests Guardian does not see, and HTTP/2 has no upgrade at all (RFC 9113 §8.6;
            // its extended CONNECT, RFC 8441, is not offered).
            guard allowsUpgrade, Self.isWebSocketUpgrade(head) else {
                return .failure(RequestRefusal(rule: "request.upgrade", reason: "protocol upgrades other than WebSocket over HTTP/1.1 (h2c, TLS) are not inspected, so they are refused"))
            }
        }
        let hostHeaders = head.headers["host"]
        guard hostHeaders.count <= 1 else {
            return .failure(RequestRefusal(rule: "request.ambiguous-host", reason: "a request with two Host headers is ambiguous"))
        }
        let named = hostHeaders.first.map(Self.hostName)
        if let tlsHost, let named, named != tlsHost {
            return .failure(RequestRefusal(rule: "request.host-mismatch", reason: "the Host header (\(named)) names another server than the TLS hello (\(tlsHost))"))
        }
        let host = tlsHost ?? named ?? expected.name ?? expected.destination.host
        var bytes = Array(body.readableBytesView)
        let encodings = head.headers["content-encoding"].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { $0 != "identity" }
        for encoding in encodings.reversed() {
            switch BodyDecoding.decode(bytes, encoding: encoding, limit: bodyLimit) {
            case .success(let decoded): bytes = decoded
            case .failure(let refusal): return .failure(refusal)
            }
        }
        let headers = head.headers.map { HTTPRequest.Header($0.name, $0.value) }
        return .success(HTTPRequest(
            scheme: scheme, host: host, port: expected.destination.port,
            method: head.method.rawValue, target: head.uri, headers: headers, body: bytes))
    }

    /// `GET` over HTTP/1.1 with `Upgrade: websocket` as the only protocol (RFC 6455 §4.1).
    static func isWebSocketUpgrade(_ head: HTTPRequestHead) -> Bool {
        let protocols = head.headers["upgrade"].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // Without `Connection: upgrade` NIO's decoder would go on reading HTTP after the request.
        let connection = head.headers["connection"].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return head.method == .GET && head.version == .http1_1 && protocols == ["websocket"] && connection.contains("upgrade")
    }

    /// A Host header's (or HTTP/2 `:authority`'s) name: lowercased, without port, brackets or
    /// a trailing dot, so it compares with the TLS hello's name.
    static func hostName(_ value: String) -> String {
        var host = Substring(value.lowercased())
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") {
            host = host[host.index(after: host.startIndex)..<end]
        } else if let colon = host.lastIndex(of: ":"), host.firstIndex(of: ":") == colon {
            host = host[..<colon]
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        return String(host)
    }
}
