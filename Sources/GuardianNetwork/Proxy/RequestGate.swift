import Foundation
import GuardianPolicy
import NIOCore
import NIOHTTP1

/// One handed-over HTTP connection, client side: holds each request whole, has it decided, and
/// forwards the very bytes that were decided — or answers 403 itself. Requests on a kept-alive
/// connection are taken one at a time (the pipelining handler before this one queues the rest).
final class RequestGate: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let shared: GatewayShared
    let expected: Expected
    /// The name the client asked for in its TLS hello; nil for plain HTTP.
    let tlsHost: String?
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var tooLarge = false
    private var upstream: Upstream?
    private var sawRequest = false

    init(shared: GatewayShared, expected: Expected, tlsHost: String?) {
        self.shared = shared
        self.expected = expected
        self.tlsHost = tlsHost
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = nil
            tooLarge = false
            sawRequest = true
        case .body(var chunk):
            guard !tooLarge else { return }
            if (body?.readableBytes ?? 0) + chunk.readableBytes > shared.bodyLimit {
                tooLarge = true
                body = nil
            } else if body == nil {
                body = chunk
            } else {
                body!.writeBuffer(&chunk)
            }
        case .end:
            guard let head else { return }
            self.head = nil
            decide(context, head: head, body: body ?? ByteBuffer())
        }
    }

    private func decide(_ context: ChannelHandlerContext, head: HTTPRequestHead, body: ByteBuffer) {
        let request: HTTPRequest
        switch prepare(head: head, body: body) {
        case .success(let r): request = r
        case .failure(let refusal):
            let bare = HTTPRequest(scheme: tlsHost == nil ? "http" : "https", host: tlsHost ?? expected.destination.host,
                                   port: expected.destination.port, method: head.method.rawValue, target: head.uri)
            return ask(context, .unclassifiable(bare, refusal, expected), head: head, request: nil)
        }
        switch RequestClassifier.classify(request) {
        case .success(let facts):
            ask(context, .request(facts, expected), head: head, request: request)
        case .failure(let refusal):
            ask(context, .unclassifiable(request, refusal, expected), head: head, request: nil)
        }
    }

    /// The request as Guardian owns it: the name it goes to, its headers, its body decoded.
    private func prepare(head: HTTPRequestHead, body: ByteBuffer) -> Result<HTTPRequest, RequestRefusal> {
        if tooLarge {
            return .failure(RequestRefusal(rule: "request.too-large", reason: "a request body over \(shared.bodyLimit >> 20) MiB cannot be inspected"))
        }
        if head.method == .CONNECT {
            return .failure(RequestRefusal(rule: "request.connect", reason: "CONNECT through a handed-over connection is not forwarded"))
        }
        if head.headers.contains(name: "upgrade") {
            return .failure(RequestRefusal(rule: "request.upgrade", reason: "protocol upgrades (WebSocket, h2c) are not inspected, so they are refused"))
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
            switch BodyDecoding.decode(bytes, encoding: encoding, limit: shared.bodyLimit) {
            case .success(let decoded): bytes = decoded
            case .failure(let refusal): return .failure(refusal)
            }
        }
        let headers = head.headers.map { HTTPRequest.Header($0.name, $0.value) }
        return .success(HTTPRequest(
            scheme: tlsHost == nil ? "http" : "https", host: host, port: expected.destination.port,
            method: head.method.rawValue, target: head.uri, headers: headers, body: bytes))
    }

    private func ask(_ context: ChannelHandlerContext, _ question: NetworkQuestion, head: HTTPRequestHead, request: HTTPRequest?) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let loop = context.eventLoop
        shared.decider.decide(question) { verdict in
            loop.execute {
                let (gate, context) = bound.value
                if verdict.allowed, let request {
                    gate.forward(context, head: head, request: request)
                } else {
                    gate.refuse(context, head: head, verdict: verdict)
                }
            }
        }
    }

    private func forward(_ context: ChannelHandlerContext, head: HTTPRequestHead, request: HTTPRequest) {
        var headers = HTTPHeaders()
        for (name, value) in head.headers where !Self.notForwarded.contains(name.lowercased()) {
            headers.add(name: name, value: value)
        }
        if !request.body.isEmpty || head.method == .POST || head.method == .PUT || head.method == .PATCH {
            headers.replaceOrAdd(name: "content-length", value: String(request.body.count))
        }
        var outgoing = HTTPRequestHead(version: .http1_1, method: head.method, uri: head.uri, headers: headers)
        outgoing.headers.replaceOrAdd(name: "connection", value: "keep-alive")
        let upstream = self.upstream ?? Upstream(shared: shared, expected: expected, tlsHost: tlsHost, client: context.channel)
        self.upstream = upstream
        upstream.send(outgoing, body: context.channel.allocator.buffer(bytes: request.body), keepAlive: head.isKeepAlive)
    }

    /// The answer Guardian gives in the server's place: 403 with the rule and the reason in a
    /// header and in the body, so both a program and a model reading its output learn why.
    private func refuse(_ context: ChannelHandlerContext, head: HTTPRequestHead, verdict: NetworkVerdict) {
        let rule = verdict.rule ?? "network"
        let reason = verdict.reason ?? "refused by Guardian"
        let text = "guardian: blocked \(head.method.rawValue) \(tlsHost ?? expected.destination.description)\(head.uri.prefix(200)) — rule \(rule): \(reason)\n"
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "text/plain; charset=utf-8")
        headers.add(name: "content-length", value: String(text.utf8.count))
        headers.add(name: "x-guardian-rule", value: rule)
        headers.add(name: "x-guardian-reason", value: Self.headerSafe(reason))
        headers.add(name: "connection", value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .forbidden, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: text)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        upstream?.close()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A TLS client that refuses the session's certificate fails before any request.
        if tlsHost != nil && !sawRequest {
            shared.decider.decide(.clientRejectedCertificate(expected, host: tlsHost!)) { _ in }
        }
        context.close(promise: nil)
    }

    static let notForwarded: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
        "content-encoding", "content-length",
    ]

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

    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7f ? Character($0) : "?" })
    }
}
