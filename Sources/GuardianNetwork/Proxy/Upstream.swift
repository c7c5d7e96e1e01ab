import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The server side of one handed-over HTTP connection: a connection to the destination the
/// tree chose (TLS verified against the real roots when the tree spoke TLS), opened at the
/// first allowed request and kept for the next ones. Responses stream back as they arrive.
final class Upstream {
    let shared: GatewayShared
    let expected: Expected
    let tlsHost: String?
    let client: Channel
    let dialect: ClientDialect
    private var channel: EventLoopFuture<Channel>?

    init(shared: GatewayShared, expected: Expected, tlsHost: String?, client: Channel, dialect: ClientDialect) {
        self.shared = shared
        self.expected = expected
        self.tlsHost = tlsHost
        self.client = client
        self.dialect = dialect
    }

    func send(_ head: HTTPRequestHead, body: ByteBuffer, keepAlive: Bool) {
        let connection = channel ?? connect()
        channel = connection
        let client = self.client
        let dialect = self.dialect
        connection.whenComplete { result in
            switch result {
            case .success(let upstream):
                upstream.pipeline.handler(type: ResponseRelay.self).whenSuccess { $0.keepClientAlive = keepAlive }
                upstream.write(NIOAny(HTTPClientRequestPart.head(head)), promise: nil)
                if body.readableBytes > 0 { upstream.write(NIOAny(HTTPClientRequestPart.body(.byteBuffer(body))), promise: nil) }
                upstream.writeAndFlush(NIOAny(HTTPClientRequestPart.end(nil)), promise: nil)
            case .failure(let error):
                Upstream.badGateway(client, dialect, "guardian: could not reach \(self.tlsHost ?? self.expected.destination.description): \(error)\n")
            }
        }
    }

    private func connect() -> EventLoopFuture<Channel> {
        let client = self.client
        let dialect = self.dialect
        let tlsHost = self.tlsHost
        let trust = shared.upstream
        let address: SocketAddress
        do { address = try expected.destination.socketAddress() } catch { return client.eventLoop.makeFailedFuture(error) }
        return ClientBootstrap(group: client.eventLoop)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(30))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    if let tlsHost {
                        let name = SessionAuthority.addressBytes(tlsHost) == nil ? tlsHost : nil
                        try sync.addHandler(NIOSSLClientHandler(context: trust.context, serverHostname: name))
                    }
                    try sync.addHTTPClientHandlers()
                    try sync.addHandler(ResponseRelay(client: client, dialect: dialect))
                }
            }
            .connect(to: address)
    }

    func close() {
        channel?.whenSuccess { $0.close(promise: nil) }
    }

    /// 502 in the server's place. An HTTP/1 connection is closed after it (its upstream is gone);
    /// an HTTP/2 stream ends with the response and the connection's other streams go on.
    static func badGateway(_ client: Channel, _ dialect: ClientDialect, _ text: String) {
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "text/plain; charset=utf-8")
        headers.add(name: "content-length", value: String(text.utf8.count))
        if dialect.closesAfterOwnAnswer { headers.add(name: "connection", value: "close") }
        client.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: .http1_1, status: .badGateway, headers: headers))), promise: nil)
        client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(client.allocator.buffer(string: text)))), promise: nil)
        let end = client.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
        if dialect.closesAfterOwnAnswer { end.whenComplete { _ in client.close(promise: nil) } }
    }
}

/// Upstream responses, part by part, to the client.
final class ResponseRelay: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    let client: Channel
    let dialect: ClientDialect
    var keepClientAlive = true
    private var inResponse = false

    init(client: Channel, dialect: ClientDialect) {
        self.client = client
        self.dialect = dialect
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            inResponse = head.status.code >= 200 || head.status == .switchingProtocols ? true : inResponse
            var headers = head.headers
            switch dialect {
            case .http1:
                headers.remove(name: "connection")
                headers.remove(name: "keep-alive")
                if !keepClientAlive { headers.add(name: "connection", value: "close") }
            case .http2:
                // Fields HTTP/2 forbids (RFC 9113 §8.2.2). The stream codec normalises them
                // away too; removing them here keeps the rule visible where responses pass.
                for name in ResponseRelay.connectionSpecific { headers.remove(name: name) }
            }
            client.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: head.version, status: head.status, headers: headers))), promise: nil)
        case .body(let buffer):
            client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
        case .end(let trailers):
            inResponse = false
            let keep = keepClientAlive
            let client = self.client
            client.writeAndFlush(NIOAny(HTTPServerResponsePart.end(trailers))).whenComplete { _ in
                if !keep { client.close(promise: nil) }
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        client.flush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The server went away: a response cut short cannot be completed honestly.
        if inResponse { client.close(promise: nil) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if inResponse { client.close(promise: nil) } else {
            Upstream.badGateway(client, dialect, "guardian: the server's answer could not be read: \(error)\n")
        }
        context.close(promise: nil)
    }

    static let connectionSpecific = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"]
}
