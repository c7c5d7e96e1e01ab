import GuardianPolicy
import Logging
import NIOCore
import NIOPosix

/// What every connection handler of the gateway shares.
struct GatewayShared: Sendable {
    let table: DestinationTable
    /// The session's CA, made at the first TLS connection.
    let authority: AuthoritySource
    let upstream: UpstreamTrust
    let decider: any RequestDecider
    let logger: Logger
    /// Request bodies are held (to classify them) up to this many bytes; a larger one is refused.
    let bodyLimit: Int
    /// Where a connection nobody registered is taken to be going. Tests only (a real client
    /// such as curl cannot bind its socket before `expect(from:_:)`); production never sets it,
    /// so a connection the supervisor did not hand over is closed unanswered.
    let defaultDestination: Expected?
    /// Large plain-HTTP response bodies moved inside the kernel.
    let bulk: BulkTransfers
}

/// The proxy every TCP connection of the tree is handed to. The supervisor connects the tree's
/// own socket to `listenV4`/`listenV6` after `expect(from:_:)`; the gateway finds the original
/// destination by the socket's address, decides each HTTP request (TLS terminated with the
/// session's CA), forwards what is allowed to the destination the tree chose and answers the
/// rest itself.
public final class NetworkGateway: Sendable {
    let shared: GatewayShared
    let group: MultiThreadedEventLoopGroup
    let listeners: [Channel]
    public let listenV4: Endpoint
    public let listenV6: Endpoint?
    /// The tree's DNS server.
    public let resolver: ResolverStub
    /// Names the tree resolved, by address.
    public let names: NameTable

    public convenience init(
        authority: AuthoritySource, upstream: UpstreamTrust, decider: any RequestDecider,
        names: NameTable, allowName: @escaping @Sendable (String) -> Bool,
        logger: Logger, threads: Int = 1, bodyLimit: Int = 8 << 20
    ) throws {
        try self.init(authority: authority, upstream: upstream, decider: decider, names: names,
                      allowName: allowName, logger: logger, threads: threads, bodyLimit: bodyLimit,
                      defaultDestination: nil)
    }

    /// `defaultDestination` is for tests (`@testable import`): see `GatewayShared`.
    init(
        authority: AuthoritySource, upstream: UpstreamTrust, decider: any RequestDecider,
        names: NameTable, allowName: @escaping @Sendable (String) -> Bool,
        logger: Logger, threads: Int, bodyLimit: Int, defaultDestination: Expected?
    ) throws {
        self.names = names
        let shared = GatewayShared(
            table: DestinationTable(), authority: authority, upstream: upstream, decider: decider,
            logger: logger, bodyLimit: bodyLimit, defaultDestination: defaultDestination, bulk: BulkTransfers())
        self.shared = shared
        group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ConnectionSniffer(shared: shared))
                }
            }
        do {
            let v4 = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
            var listeners = [v4]
            var v6: Endpoint?
            // Without IPv6 on loopback (a container without it) the tree's v6 sockets are handed
            // to the v4 listener through a v4-mapped address instead.
            if let channel = try? bootstrap.bind(host: "::1", port: 0).wait() {
                listeners.append(channel)
                v6 = channel.localAddress.flatMap(Endpoint.init)
            }
            guard let local = v4.localAddress, let v4Endpoint = Endpoint(local) else {
                throw GatewayError("the proxy's listening address is unknown")
            }
            self.listeners = listeners
            listenV4 = v4Endpoint
            listenV6 = v6
            resolver = try ResolverStub(group: group, names: names, allow: allowName)
        } catch {
            try? group.syncShutdownGracefully()
            shared.bulk.shutdown()
            throw error
        }
    }

    /// Registers where a connection from `source` (the tree's socket, bound before this call)
    /// was going. Call before connecting that socket to the proxy.
    public func expect(from source: Endpoint, _ expected: Expected) {
        shared.table.expect(expected, from: source)
    }

    /// Forgets a registration whose connect to the proxy failed.
    public func cancel(from source: Endpoint) {
        shared.table.cancel(source)
    }

    /// Whether `endpoint` is one of the proxy's own listeners: the tree may not connect to them
    /// by itself.
    public func isListener(_ endpoint: Endpoint) -> Bool {
        let e = endpoint.unmapped
        guard e.isLoopback || e.isUnspecified else { return false }
        // The gateway's ports and the resolver's stream ports: DNS over TCP reaches the resolver
        // through Guardian (port 53, whatever the address); a direct connect does not. Ports are
        // compared within the family: 127.0.0.1 and ::1 have separate port spaces, so a server
        // of the tree's on 127.0.0.1 may have the number of the v6 listener's port.
        switch e.family {
        case .v4: return e.port == listenV4.port || e.port == resolver.streamV4.port
        case .v6: return e.port == listenV6?.port || e.port == resolver.streamV6?.port
        }
    }

    public func shutdown() {
        resolver.shutdown()
        for channel in listeners { try? channel.close().wait() }
        try? group.syncShutdownGracefully()
        shared.bulk.shutdown()
    }
}

struct GatewayError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
