import NIOCore
import NIOHTTP2
import NIOPosix
import NIOSSL
import NIOTLS

/// The upstream side of one HTTP/2 client connection, kept between its streams. Its first
/// connection to the server offers `h2` and `http/1.1` by ALPN, and the server's choice decides
/// how the client's requests are carried:
/// - `h2`: that one connection carries every request, each on a stream of its own
///   (`HTTP2UpstreamStream`), so HTTP/2-only semantics (trailers, `te: trailers`: gRPC) survive;
/// - `http/1.1` (or no ALPN): HTTP/1.1 connections (`Upstream`), the first being the one the
///   server chose on. A client that sends its requests one stream at a time then costs one
///   upstream connection, as on HTTP/1 keep-alive; concurrent streams each get a connection of
///   their own, and the pool keeps a few of them for the next streams.
/// Confined to the client connection's event loop, like its streams.
final class UpstreamPool {
    /// How a request is carried, once the server has chosen.
    enum Route {
        case http2(Channel, NIOHTTP2Handler.StreamMultiplexer)
        case http1
    }

    private var idle: [Upstream] = []
    private var closed = false
    /// The server chose HTTP/1.1 on this client connection's first connection: later ones offer only it.
    private var serverChoseHTTP1 = false
    /// The connection the server chose HTTP/1.1 on, until a request takes it.
    private var spare: Channel?
    /// The HTTP/2 connection to the server and its stream multiplexer.
    private var http2: (channel: Channel, multiplexer: NIOHTTP2Handler.StreamMultiplexer)?
    /// The first connection while its TLS handshake (and so the server's choice) is under way:
    /// streams that come meanwhile wait for it rather than open connections of their own.
    private var negotiating: EventLoopFuture<Route>?
    /// HTTP/2 connections the server sent GOAWAY on, until they close.
    private var retired: [Channel] = []
    /// Idle connections kept; more concurrent streams than this open fresh ones again later.
    static let idleLimit = 4

    /// How the next request goes to the server: over the HTTP/2 connection, opened (and its
    /// protocol negotiated) if there is none, or over HTTP/1.1 (`upstream(for:)`).
    func route(shared: GatewayShared, expected: Expected, tlsHost: String, on loop: EventLoop) -> EventLoopFuture<Route> {
        if closed { return loop.makeFailedFuture(ChannelError.ioOnClosedChannel) }
        if let http2 {
            if http2.channel.isActive && !GoAwayWatch.goneAway(http2.channel) {
                return loop.makeSucceededFuture(.http2(http2.channel, http2.multiplexer))
            }
            // Closed, or told to go away (its streams in flight finish; the server closes it).
            if http2.channel.isActive { retired.append(http2.channel) }
            self.http2 = nil
        }
        if serverChoseHTTP1 { return loop.makeSucceededFuture(.http1) }
        if let negotiating { return negotiating }
        retired.removeAll { !$0.isActive }
        let bound = NIOLoopBound(self, eventLoop: loop)
        let future = Self.connect(shared: shared, expected: expected, tlsHost: tlsHost, on: loop).flatMapThrowing { channel, negotiated in
            let pool = bound.value
            if pool.closed {
                channel.close(promise: nil)
                throw ChannelError.ioOnClosedChannel
            }
            switch negotiated {
            case .http2(let multiplexer):
                pool.http2 = (channel, multiplexer)
                return Route.http2(channel, multiplexer)
            case .http1:
                pool.serverChoseHTTP1 = true
                pool.spare = channel
                return Route.http1
            }
        }
        negotiating = future
        // After the assignment: a future already failed (no address) is not kept.
        future.whenComplete { _ in bound.value.negotiating = nil }
        return future
    }

    /// A stream could not be opened on the HTTP/2 connection (the server sent GOAWAY, say): the
    /// next request opens a new connection.
    func http2Failed(_ channel: Channel) {
        if http2?.channel === channel {
            http2 = nil
            channel.close(promise: nil)
        }
    }

    /// An HTTP/1.1 connection for a request: an idle one still open, now answering to `client`,
    /// the one the server chose HTTP/1.1 on, or a new one.
    func upstream(for client: Channel, shared: GatewayShared, expected: Expected, tlsHost: String?) -> Upstream {
        while let candidate = idle.popLast() {
            if candidate.isOpen {
                candidate.serve(client)
                return candidate
            }
        }
        let upstream = Upstream(shared: shared, expected: expected, tlsHost: tlsHost, client: client, dialect: .http2, pool: self)
        if let spare {
            self.spare = nil
            if spare.isActive { upstream.adopt(spare) }
        }
        return upstream
    }

    /// A connection whose response is complete and that both sides keep alive.
    func giveBack(_ upstream: Upstream) {
        guard !closed, idle.count < Self.idleLimit else { return upstream.close() }
        idle.append(upstream)
    }

    /// The client connection is gone: so are its idle upstream connections and its HTTP/2 one.
    func closeAll() {
        closed = true
        for upstream in idle { upstream.close() }
        idle = []
        spare?.close(promise: nil)
        spare = nil
        http2?.channel.close(promise: nil)
        http2 = nil
        for channel in retired { channel.close(promise: nil) }
        retired = []
    }

    enum Negotiated: Sendable {
        case http2(NIOHTTP2Handler.StreamMultiplexer)
        case http1
    }

    /// A TLS connection to the destination the tree chose, verified against the real roots,
    /// offering `h2` and `http/1.1`. On `h2` the client-mode `NIOHTTP2Handler` is in place before
    /// the server's first frame is read; on `http/1.1` the channel is bare TLS, for `Upstream`.
    /// A failed handshake closes the channel, which fails the negotiation.
    static func connect(shared: GatewayShared, expected: Expected, tlsHost: String, on loop: EventLoop) -> EventLoopFuture<(Channel, Negotiated)> {
        let trust = shared.upstream
        let address: SocketAddress
        do { address = try expected.destination.socketAddress() } catch { return loop.makeFailedFuture(error) }
        // Completed by the ALPN handler once the server has chosen, or failed: a failed connect
        // or handshake (which closes the channel) fails it too.
        let negotiated = loop.makePromise(of: Negotiated.self)
        return Upstream.bootstrap(on: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    let name = SessionAuthority.addressBytes(tlsHost) == nil ? tlsHost : nil
                    try sync.addHandler(NIOSSLClientHandler(context: trust.http2Context, serverHostname: name))
                    let alpn = NIOTypedApplicationProtocolNegotiationHandler<Negotiated> { result, channel in
                        channel.eventLoop.makeCompletedFuture {
                            switch result {
                            case .negotiated("h2"):
                                return .http2(try configureHTTP2(channel))
                            case .negotiated("http/1.1"), .fallback:
                                return .http1
                            case .negotiated(let other):
                                throw GatewayError("the server negotiated '\(other)', which Guardian did not offer")
                            }
                        }
                    }
                    try sync.addHandler(alpn)
                    negotiated.completeWith(alpn.protocolNegotiationResult)
                }
            }
            .connect(to: address)
            .flatMapError { error in
                negotiated.fail(error)
                return loop.makeFailedFuture(error)
            }
            .flatMap { channel in
                negotiated.futureResult
                    .map { (channel, $0) }
                    .flatMapErrorThrowing { error in
                        channel.close(promise: nil)
                        throw error
                    }
            }
    }

    /// The client side of HTTP/2 to the server. NIOHTTP2 owns the framing, flow control and its
    /// protocol-abuse limits; the server may not push (`SETTINGS_ENABLE_PUSH` 0) and a stream
    /// it opens anyway is closed.
    private static func configureHTTP2(_ channel: Channel) throws -> NIOHTTP2Handler.StreamMultiplexer {
        var connection = NIOHTTP2Handler.ConnectionConfiguration()
        var stream = NIOHTTP2Handler.StreamConfiguration()
        connection.initialSettings = nioDefaultSettings + [HTTP2Setting(parameter: .enablePush, value: 0)]
        connection.targetWindowSize = ClientPipelines.windowSize
        stream.targetWindowSize = ClientPipelines.windowSize
        let multiplexer = try channel.pipeline.syncOperations.configureHTTP2Pipeline(
            mode: .client, connectionConfiguration: connection, streamConfiguration: stream
        ) { pushed in
            pushed.close()
        }
        try channel.pipeline.syncOperations.addHandler(GoAwayWatch())
        return multiplexer
    }
}

/// After the client-mode `NIOHTTP2Handler`, which passes on the connection's own frames: notes a
/// GOAWAY, after which the connection takes no new stream.
final class GoAwayWatch: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTP2Frame
    private(set) var goneAway = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .goAway = unwrapInboundIn(data).payload { goneAway = true }
    }

    /// Whether `channel` (on its event loop) had a GOAWAY; one without the watch counts as gone.
    static func goneAway(_ channel: Channel) -> Bool {
        (try? channel.pipeline.syncOperations.handler(type: GoAwayWatch.self))?.goneAway ?? true
    }
}
