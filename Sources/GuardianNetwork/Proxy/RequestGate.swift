import GuardianPolicy
import NIOCore
import NIOHTTP1

/// One handed-over HTTP connection (HTTP/1) or one HTTP/2 stream, client side: holds each
/// request whole, has it decided (`RequestInspection`, then the decider), and forwards the very
/// bytes that were decided — or answers 403 itself. On an HTTP/1 kept-alive connection requests
/// are taken one at a time (the pipelining handler before this one queues the rest).
final class RequestGate: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let shared: GatewayShared
    let inspection: RequestInspection
    let dialect: ClientDialect
    /// HTTP/2: the client connection's upstream connections, shared by its streams.
    let pool: UpstreamPool?
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var tooLarge = false
    private var upstream: Upstream?

    init(shared: GatewayShared, expected: Expected, tlsHost: String?, dialect: ClientDialect = .http1, pool: UpstreamPool? = nil) {
        self.shared = shared
        self.pool = pool
        self.inspection = RequestInspection(expected: expected, tlsHost: tlsHost, bodyLimit: shared.bodyLimit,
                                            allowsUpgrade: dialect == .http1)
        self.dialect = dialect
    }

    var expected: Expected { inspection.expected }
    var tlsHost: String? { inspection.tlsHost }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = nil
            tooLarge = false
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
            let (question, request) = inspection.inspect(head: head, body: body ?? ByteBuffer(), tooLarge: tooLarge)
            body = nil
            ask(context, question, head: head, request: request)
        }
    }

    private func ask(_ context: ChannelHandlerContext, _ question: NetworkQuestion, head: HTTPRequestHead, request: HTTPRequest?) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let loop = context.eventLoop
        shared.decider.decide(question) { verdict in
            loop.execute {
                let (gate, context) = bound.value
                if verdict.allowed, let request {
                    gate.forward(context, head: head, request: request, substitution: verdict.substitution)
                } else {
                    gate.refuse(context, head: head, verdict: verdict)
                }
            }
        }
    }

    private func forward(_ context: ChannelHandlerContext, head: HTTPRequestHead, request: HTTPRequest, substitution: CredentialSubstitution) {
        // The client left (or reset its stream) while the request was being decided — held for
        // a human, perhaps: nothing is sent, and no upstream connection outlives the client.
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders()
        for (name, value) in head.headers where !Self.notForwarded.contains(name.lowercased()) {
            headers.add(name: name, value: substitution.isEmpty ? value : substitution.header(value))
        }
        let body = substitution.isEmpty ? request.body : substitution.body(request.body)
        if !body.isEmpty || head.method == .POST || head.method == .PUT || head.method == .PATCH {
            headers.replaceOrAdd(name: "content-length", value: String(body.count))
        }
        // The server always hears HTTP/1.1, whatever the client spoke.
        let uri = substitution.isEmpty ? head.uri : substitution.target(head.uri)
        var outgoing = HTTPRequestHead(version: .http1_1, method: head.method, uri: uri, headers: headers)
        if !request.isWebSocketUpgrade { outgoing.headers.replaceOrAdd(name: "connection", value: "keep-alive") }
        // A response to a request carrying a real credential is searched for it on its way
        // back: asked for unencoded.
        let mask = ResponseMask(substitution)
        if mask != nil { outgoing.headers.replaceOrAdd(name: "accept-encoding", value: "identity") }
        if let sigV4 = substitution.sigV4,
           let authorization = sigV4.resign(method: head.method.rawValue, originalHeaders: head.headers.map { ($0.name, $0.value) },
                                            originalTarget: head.uri, originalBody: request.body,
                                            headers: outgoing.headers.map { ($0.name, $0.value) }, target: uri, body: body) {
            outgoing.headers.replaceOrAdd(name: "authorization", value: authorization)
        }
        if request.isWebSocketUpgrade {
            // A connection of its own, whose client side `WebSocketPassage` adds Upgrade and
            // Connection to; the kept-alive one, if any, is not needed any more (the decoder
            // reads no request after an upgrade request).
            upstream?.close()
            let upstream = Upstream(shared: shared, expected: expected, tlsHost: tlsHost, client: context.channel, dialect: dialect,
                                    passage: WebSocketPassage(client: context))
            self.upstream = upstream
            upstream.send(outgoing, body: context.channel.allocator.buffer(bytes: body), keepAlive: false, mask: mask)
            return
        }
        let upstream = self.upstream
            ?? pool?.upstream(for: context.channel, shared: shared, expected: expected, tlsHost: tlsHost)
            ?? Upstream(shared: shared, expected: expected, tlsHost: tlsHost, client: context.channel, dialect: dialect)
        self.upstream = upstream
        let keepAlive = dialect == .http2 || head.isKeepAlive
        upstream.send(outgoing, body: context.channel.allocator.buffer(bytes: body), keepAlive: keepAlive, mask: mask)
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
        if dialect.closesAfterOwnAnswer { headers.add(name: "connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .forbidden, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: text)))), promise: nil)
        let end = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if dialect.closesAfterOwnAnswer {
            let channel = context.channel
            end.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        upstream?.clientWritabilityChanged()
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        upstream?.release()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A client that rejects the session's certificate fails in the handshake, before this
        // gate exists (`HandshakeWatch` reports it); what reaches here ends the connection or stream.
        context.close(promise: nil)
    }

    static let notForwarded: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
        "content-encoding", "content-length",
    ]

    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7f ? Character($0) : "?" })
    }
}
