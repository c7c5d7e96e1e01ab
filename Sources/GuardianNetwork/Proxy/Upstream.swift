import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The server side of one handed-over HTTP connection (or of HTTP/2 streams, one at a time, when
/// the server speaks HTTP/1.1): a connection to the destination the tree chose (TLS verified
/// against the real roots when the tree spoke TLS), opened at the first allowed request and kept
/// for the next ones. Responses stream back as they arrive.
final class Upstream {
    let shared: GatewayShared
    let expected: Expected
    let tlsHost: String?
    private(set) var client: Channel
    let dialect: ClientDialect
    private var channel: EventLoopFuture<Channel>?
    /// The connection once made, to tell whether the server has closed it since.
    private var connected: Channel?
    private let relay: ResponseRelay
    /// HTTP/2 only: where this connection waits between streams.
    private weak var pool: UpstreamPool?
    /// A request was sent and its response is not complete.
    private(set) var busy = false
    /// A WebSocket upgrade request: the connection becomes a byte relay on a 101.
    private let passage: WebSocketPassage?

    init(shared: GatewayShared, expected: Expected, tlsHost: String?, client: Channel, dialect: ClientDialect, pool: UpstreamPool? = nil,
         passage: WebSocketPassage? = nil) {
        self.passage = passage
        self.shared = shared
        self.expected = expected
        self.tlsHost = tlsHost
        self.client = client
        self.dialect = dialect
        self.pool = pool
        relay = ResponseRelay(client: client, dialect: dialect)
        relay.owner = self
        // Bodies are moved inside the kernel only between two plain HTTP/1.1 connections.
        if tlsHost == nil && passage == nil && dialect == .http1 && pool == nil { relay.bulk = shared.bulk }
    }

    /// Not yet connected, or connected and not closed by the server.
    var isOpen: Bool { channel == nil || connected?.isActive == true }

    /// Answers to another client channel from now on (a pooled connection, a new stream).
    func serve(_ client: Channel) {
        self.client = client
        relay.client = client
        // A read held for the last client (it was not writable) is the new one's to resume.
        relay.clientWritabilityChanged()
    }

    func send(_ head: HTTPRequestHead, body: ByteBuffer, keepAlive: Bool, mask: ResponseMask? = nil) {
        // A kept connection the server has closed since its last answer is made anew.
        if !isOpen { channel = nil; connected = nil }
        let connection = channel ?? connect()
        channel = connection
        busy = true
        let bound = NIOLoopBound(self, eventLoop: client.eventLoop)
        let client = self.client
        let dialect = self.dialect
        let target = tlsHost ?? expected.destination.description
        // One request at a time per upstream connection (HTTP/1 pipelining is queued before the
        // gate, an HTTP/2 stream carries one request), so the relay serves this one next.
        relay.keepClientAlive = keepAlive
        relay.mask = mask
        relay.requestMethod = head.method
        connection.whenComplete { result in
            switch result {
            case .success(let upstream):
                bound.value.connected = upstream
                upstream.write(NIOAny(HTTPClientRequestPart.head(head)), promise: nil)
                if body.readableBytes > 0 { upstream.write(NIOAny(HTTPClientRequestPart.body(.byteBuffer(body))), promise: nil) }
                upstream.writeAndFlush(NIOAny(HTTPClientRequestPart.end(nil)), promise: nil)
            case .failure(let error):
                Upstream.badGateway(client, dialect, "guardian: could not reach \(target): \(error)\n")
            }
        }
    }

    /// Takes over a connection already made (TLS done, HTTP/1.1 chosen by ALPN: the first
    /// connection of an HTTP/2 client's pool) as if `connect` had made it.
    func adopt(_ connection: Channel) {
        do {
            let sync = connection.pipeline.syncOperations
            try sync.addHTTPClientHandlers()
            try sync.addHandler(relay)
            channel = connection.eventLoop.makeSucceededFuture(connection)
            connected = connection
        } catch {
            connection.close(promise: nil)
        }
    }

    /// How every upstream HTTP connection is made (HTTP/1.1 here, HTTP/2 in `UpstreamPool`).
    static func bootstrap(on loop: EventLoop) -> ClientBootstrap {
        ClientBootstrap(group: loop)
            // A download moves in reads of up to 1 MiB, not NIO's default 64 KiB.
            .channelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: 1 << 20))
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(30))
    }

    private func connect() -> EventLoopFuture<Channel> {
        let client = self.client
        let relay = NIOLoopBound(self.relay, eventLoop: client.eventLoop)
        let tlsHost = self.tlsHost
        let trust = shared.upstream
        let passage = self.passage.map { NIOLoopBound($0, eventLoop: client.eventLoop) }
        let address: SocketAddress
        do { address = try expected.destination.socketAddress() } catch { return client.eventLoop.makeFailedFuture(error) }
        return Self.bootstrap(on: client.eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    if let tlsHost {
                        let name = SessionAuthority.addressBytes(tlsHost) == nil ? tlsHost : nil
                        try sync.addHandler(NIOSSLClientHandler(context: trust.context, serverHostname: name))
                    }
                    if let passage {
                        // NIO's client upgrade handler: on a 101 it takes the HTTP encoder and
                        // decoder out (bytes the server sent after the 101 are kept) before
                        // `WebSocketPassage` splices; any other answer goes to the relay as usual.
                        try sync.addHTTPClientHandlers(leftOverBytesStrategy: .forwardBytes,
                                                       withClientUpgrade: ([passage.value], { _ in }))
                        passage.value.relay = relay.value
                    } else {
                        try sync.addHTTPClientHandlers()
                    }
                    // The upstream connection lives on the client's event loop: same thread.
                    try sync.addHandler(relay.value)
                }
            }
            .connect(to: address)
    }

    /// The client took (or stopped taking) what it was sent: the relay reads the server again
    /// only while the client keeps up.
    func clientWritabilityChanged() {
        relay.clientWritabilityChanged()
    }

    /// The relay has the whole response (called before its end reaches the client, so before
    /// an HTTP/2 stream can close): a pooled connection goes back to its pool.
    func responseEnded(reusable: Bool) {
        busy = false
        guard let pool else { return }
        if reusable && isOpen { pool.giveBack(self) } else { close() }
    }

    /// The client channel this upstream served is gone. A pooled connection between responses
    /// lives on in its pool; any other (HTTP/1, or a response cut short) is closed.
    func release() {
        if pool == nil || busy { close() }
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
