import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// The tree's DNS: every UDP query to port 53 is handed here instead of the configured server.
/// A name the policy does not let the tree reach is refused without being forwarded (a query
/// carries whatever its labels spell, to whoever runs that zone); an allowed one is resolved by
/// Guardian itself (`--resolve` mappings first) and the addresses recorded for the gateway. Only
/// A and AAAA are answered; every other type gets an empty answer (no TXT channel back in).
///
/// The answer to a query comes from where the stub listens, and a resolver library may take an
/// answer only from the server it asked (`ResolverConfig`), so the tree's /etc/resolv.conf names
/// the stub (`nameserver`). On IPv4 the stub listens on port 53 of an address of its own in
/// 127.53.0.0/16 (`ownAddress`), when Guardian may bind it (root, or `net.ipv4.ip_unprivileged_port_start` ≤ 53):
/// the answer then comes from the very address and port the library asked. Otherwise it listens
/// on a free port of 127.0.0.1 and the address alone matches (enough for c-ares and glibc; musl,
/// dnspython and hickory also compare the port and drop the answer). Over TCP
/// (`StubStream*`) it listens on the same address and, where it can, the same port; a TCP
/// answer comes on the connection the client made, so no library compares its source.
public final class ResolverStub: Sendable {
    let channels: [Channel]
    public let listenV4: Endpoint
    public let listenV6: Endpoint?
    /// Where queries over TCP are answered.
    public let streamV4: Endpoint
    public let streamV6: Endpoint?
    /// The address the tree's resolv.conf names.
    public var nameserver: String { listenV4.host }
    /// The stub answers from port 53: every resolver library that reads resolv.conf takes its answers.
    public var answersFromPort53: Bool { listenV4.port == 53 }
    let pool: NIOThreadPool

    /// Addresses of loopback's 127/8 that nothing else is known to use (systemd-resolved has
    /// 127.0.0.53 and .54, Docker 127.0.0.11, dnsmasq setups 127.0.1.1): one picked at random
    /// per session, so sessions running side by side each have port 53 of their own.
    static func ownAddress() -> String { "127.53.\(UInt8.random(in: 1...254)).\(UInt8.random(in: 1...254))" }

    /// `allow(name)` says whether the tree may resolve `name`; it records its own events.
    public init(group: EventLoopGroup, names: NameTable, allow: @escaping @Sendable (String) -> Bool) throws {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        self.pool = pool
        let answers = StubAnswers(names: names, allow: allow, pool: pool)
        let bootstrap = DatagramBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(StubHandler(answers))
                }
            }
        let streams = ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(StubStreamFraming()))
                    try sync.addHandler(StubStreamHandler(answers))
                }
            }
        // Without SO_REUSEADDR: no other socket can share the address and answer in the stub's
        // place.
        var bound: Channel?
        for _ in 0..<4 where bound == nil { bound = try? bootstrap.bind(host: Self.ownAddress(), port: 53).wait() }
        let v4 = try bound ?? bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        var channels = [v4]
        var v6: Endpoint?
        if let c = try? bootstrap.bind(host: "::1", port: 0).wait() {
            channels.append(c)
            v6 = c.localAddress.flatMap(Endpoint.init)
        }
        guard let e = v4.localAddress.flatMap(Endpoint.init) else { throw GatewayError("the resolver's address is unknown") }
        // TCP on the UDP socket's address and port when free (always, on an address of its own).
        let tcp4 = try (try? streams.bind(host: e.host, port: Int(e.port)).wait()) ?? streams.bind(host: e.host, port: 0).wait()
        channels.append(tcp4)
        var tcp6: Endpoint?
        if let v6 {
            let c = try (try? streams.bind(host: v6.host, port: Int(v6.port)).wait()) ?? streams.bind(host: v6.host, port: 0).wait()
            channels.append(c)
            tcp6 = c.localAddress.flatMap(Endpoint.init)
        }
        guard let s4 = tcp4.localAddress.flatMap(Endpoint.init) else { throw GatewayError("the resolver's address is unknown") }
        self.channels = channels
        listenV4 = e
        listenV6 = v6
        streamV4 = s4
        streamV6 = tcp6
    }

    public func shutdown() {
        for c in channels { try? c.close().wait() }
        try? pool.syncShutdownGracefully()
    }

    /// The addresses of `name` of one family, as the system resolves them for Guardian.
    static func lookup(_ name: String, family: Int32) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = family
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var out: [[UInt8]] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let address = info.pointee.ai_addr {
                if info.pointee.ai_family == AF_INET {
                    var sin = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
                    let bytes = withUnsafeBytes(of: &sin.sin_addr) { Array($0) }
                    if !out.contains(bytes) { out.append(bytes) }
                } else if info.pointee.ai_family == AF_INET6 {
                    var sin6 = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
                    let bytes = withUnsafeBytes(of: &sin6.sin6_addr) { Array($0) }
                    if !out.contains(bytes) { out.append(bytes) }
                }
            }
            cursor = info.pointee.ai_next
        }
        return out
    }
}

/// What the stub does with one query, whichever transport carried it: `reply` gets the answer's
/// bytes (nothing for a packet too short to carry an id).
struct StubAnswers: Sendable {
    let names: NameTable
    let allow: @Sendable (String) -> Bool
    let pool: NIOThreadPool

    func answer(_ packet: [UInt8], reply: @escaping @Sendable ([UInt8]) -> Void) {
        guard let query = DNSQuery(packet) else {
            if let refusal = DNSQuery.refusal(for: packet) { reply(refusal) }
            return
        }
        guard allow(query.name) else { return reply(query.answer(.refused)) }
        guard query.type == DNSQuery.a || query.type == DNSQuery.aaaa else { return reply(query.answer(.ok)) }
        if let fixed = names.fixedAddresses(query.name) { return reply(query.answer(.ok, addresses: fixed)) }
        let names = self.names
        pool.submit { _ in
            let addresses = ResolverStub.lookup(query.name, family: query.type == DNSQuery.a ? AF_INET : AF_INET6)
            names.record(query.name, addresses)
            // No address of this family is an empty answer; no name at all, NXDOMAIN.
            if addresses.isEmpty && ResolverStub.lookup(query.name, family: AF_UNSPEC).isEmpty {
                reply(query.answer(.nameError))
            } else {
                reply(query.answer(.ok, addresses: addresses))
            }
        }
    }
}

/// Queries over UDP: one datagram, one answer to where it came from.
final class StubHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    let answers: StubAnswers

    init(_ answers: StubAnswers) { self.answers = answers }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        let channel = context.channel
        answers.answer(Array(envelope.data.readableBytesView)) { bytes in
            channel.writeAndFlush(AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: channel.allocator.buffer(bytes: bytes)), promise: nil)
        }
    }
}
