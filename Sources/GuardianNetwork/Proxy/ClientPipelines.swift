import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOSSL
import NIOTLS

/// The handlers a handed-over HTTP connection gets, by protocol. Whatever the protocol, each
/// request ends in a `RequestGate`, so it is inspected and decided the same way.
enum ClientPipelines {
    /// TLS terminated with the session's certificate for `host`, then HTTP/2 or HTTP/1.1 as
    /// the client chose by ALPN (`SessionAuthority` offers both; a client that names neither
    /// gets HTTP/1.1, RFC 7301 §3.2 leaves the choice to the server).
    static func addTLS(to channel: Channel, shared: GatewayShared, expected: Expected, host: String) throws {
        let sync = channel.pipeline.syncOperations
        try sync.addHandler(NIOSSLServerHandler(context: shared.authority.get().serverContext(for: host)))
        try sync.addHandler(HandshakeWatch(shared: shared, expected: expected, host: host))
        try sync.addHandler(ApplicationProtocolNegotiationHandler { result, channel in
            channel.eventLoop.makeCompletedFuture {
                switch result {
                case .negotiated("h2"):
                    try addHTTP2(to: channel, shared: shared, expected: expected, tlsHost: host)
                case .negotiated("http/1.1"), .fallback:
                    try addHTTP1(to: channel, shared: shared, expected: expected, tlsHost: host)
                case .negotiated(let other):
                    // Only h2 and http/1.1 are offered; anything else is a broken handshake.
                    throw GatewayError("the client negotiated '\(other)', which Guardian did not offer")
                }
            }
        })
    }

    /// HTTP/1.x, in clear (`tlsHost` nil) or inside TLS: one gate for the connection.
    static func addHTTP1(to channel: Channel, shared: GatewayShared, expected: Expected, tlsHost: String?) throws {
        let sync = channel.pipeline.syncOperations
        // Configured for upgrade, with no upgrader: the gate decides an upgrade and the server
        // answers it, and `WebSocketPassage` takes the HTTP handlers out on a 101. What this
        // buys is NIO's decoder keeping the bytes that follow an upgrade request (leftover
        // bytes forwarded, not dropped, when it is removed).
        try sync.configureHTTPServerPipeline(withPipeliningAssistance: true, withServerUpgrade: ([], { _ in }), withErrorHandling: true)
        try sync.addHandler(RequestGate(shared: shared, expected: expected, tlsHost: tlsHost, dialect: .http1))
    }

    /// HTTP/2 (only inside TLS: cleartext h2c is refused by `ConnectionSniffer`). NIOHTTP2 owns
    /// the framing, flow control and its protocol-abuse limits; every stream the client opens
    /// becomes a child channel with the HTTP/1 view of its request and a gate of its own; the
    /// streams share one `UpstreamPool`: one HTTP/2 connection to the server if it chooses h2,
    /// else a pool of HTTP/1.1 connections.
    static func addHTTP2(to channel: Channel, shared: GatewayShared, expected: Expected, tlsHost: String) throws {
        var connection = NIOHTTP2Handler.ConnectionConfiguration()
        var stream = NIOHTTP2Handler.StreamConfiguration()
        // Request bodies are held whole up to `bodyLimit` anyway; a wider window than the
        // protocol's 64 KiB spares an upload a round trip per 64 KiB.
        connection.targetWindowSize = windowSize
        stream.targetWindowSize = windowSize
        let pool = NIOLoopBound(UpstreamPool(), eventLoop: channel.eventLoop)
        channel.closeFuture.whenComplete { _ in pool.value.closeAll() }
        _ = try channel.pipeline.syncOperations.configureHTTP2Pipeline(
            mode: .server, connectionConfiguration: connection, streamConfiguration: stream
        ) { streamChannel in
            streamChannel.eventLoop.makeCompletedFuture {
                let sync = streamChannel.pipeline.syncOperations
                // normalizeHTTPHeaders: fields HTTP/2 forbids in a response (connection,
                // keep-alive, transfer-encoding, upgrade, and those Connection names) are dropped.
                try sync.addHandler(HTTP2FramePayloadToHTTP1ServerCodec(normalizeHTTPHeaders: true))
                try sync.addHandler(RequestGate(shared: shared, expected: expected, tlsHost: tlsHost, dialect: .http2, pool: pool.value))
            }
        }
    }

    static let windowSize = 1 << 20
}
