import NIOCore

/// The upstream connections of one HTTP/2 client connection, kept between its streams. A client
/// that sends its requests one stream at a time (most API clients) then costs one upstream
/// connection and one TLS handshake, as on HTTP/1 keep-alive, instead of one per request;
/// concurrent streams each get a connection of their own, and the pool keeps a few of them
/// for the next streams. Confined to the client connection's event loop, like its streams.
final class UpstreamPool {
    private var idle: [Upstream] = []
    private var closed = false
    /// Idle connections kept; more concurrent streams than this open fresh ones again later.
    static let idleLimit = 4

    /// An idle connection still open, now answering to `client`, or a new one.
    func upstream(for client: Channel, shared: GatewayShared, expected: Expected, tlsHost: String?) -> Upstream {
        while let candidate = idle.popLast() {
            if candidate.isOpen {
                candidate.serve(client)
                return candidate
            }
        }
        return Upstream(shared: shared, expected: expected, tlsHost: tlsHost, client: client, dialect: .http2, pool: self)
    }

    /// A connection whose response is complete and that both sides keep alive.
    func giveBack(_ upstream: Upstream) {
        guard !closed, idle.count < Self.idleLimit else { return upstream.close() }
        idle.append(upstream)
    }

    /// The client connection is gone: so are its idle upstream connections.
    func closeAll() {
        closed = true
        for upstream in idle { upstream.close() }
        idle = []
    }
}
