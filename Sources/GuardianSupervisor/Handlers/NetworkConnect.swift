import CGuardianShim
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// connect(2) of an IPv4 or IPv6 socket. Guardian never lets the tree's own connect run: it
/// takes a duplicate of the task's socket (pidfd_getfd: the same open file description, so
/// socket options, O_NONBLOCK and epoll registrations stay the task's), records where it was
/// going under the socket's own address, and connects it to the network gateway itself. A
/// non-blocking socket gets EINPROGRESS back as the kernel would give it.
struct NetworkConnect: Sendable {
    /// Started at the first connect or DNS query that needs it.
    let gateways: GatewayOnDemand
    let recorder: Recorder
    let channel: any TargetMessaging

    static let proxyRule = RuleMatch(id: "guardian.proxy", decision: .deny, reason: "the network gateway is Guardian's own; connections reach it only through Guardian")
    static let udpRule = RuleMatch(id: "network.udp", decision: .deny, reason: "UDP other than DNS is not carried under Guardian (QUIC and others fall back to TCP)")
    static let namespaceRule = RuleMatch(id: "network.own-namespace", decision: .deny, reason: "a network namespace the agent made itself reaches only its own loopback under Guardian")
    static let protocolRule = RuleMatch(id: "network.protocol", decision: .deny, reason: "only TCP and DNS over UDP are carried under Guardian")

    func handle(_ n: Notification, address raw: [UInt8], _ r: inout Responder) {
        let fd = Int32(truncatingIfNeeded: n.arg(0))
        // Copied already; is the call still the one we read?
        guard r.isValid() else { return r.handedOff() }
        let sock = gd_take_fd(n.tid, fd)
        guard sock >= 0 else { return r.fail(-sock == EBADF ? EBADF : -sock) }
        defer { close(sock) }
        guard let type = Self.option(sock, SO_TYPE), let domain = Self.option(sock, SO_DOMAIN),
            let proto = Self.option(sock, SO_PROTOCOL)
        else { return r.fail(errno == ENOTSOCK ? ENOTSOCK : EBADF) }

        let family = Int32(UInt16(raw[0]) | UInt16(raw[1]) << 8)
        if family == AF_UNSPEC || (domain == AF_NETLINK && family == AF_NETLINK) {
            // Dissolving a datagram socket's association, or addressing the kernel (netlink):
            // nothing beyond this machine's kernel is reached.
            return perform(sock, raw, &r)
        }
        guard domain == AF_INET || domain == AF_INET6, let named = SocketAddress.endpoint(raw) else {
            return r.fail(EAFNOSUPPORT)
        }
        let destination = Self.reached(named)
        guard let gateway = gateways.get() else { return refuse(n, destination, GatewayOnDemand.unavailableRule, tell: true, &r) }
        switch (type, proto) {
        case (Int32(SOCK_STREAM.rawValue), Int32(IPPROTO_TCP)):
            tcp(n, sock, gateway, domain: domain, destination: destination, raw: raw, &r)
        case (Int32(SOCK_DGRAM.rawValue), Int32(IPPROTO_UDP)):
            if destination.port == 53 {
                // Name resolution goes to Guardian's resolver, whatever server was named.
                let stub = gateway.resolver
                let address = domain == AF_INET ? SocketAddress.bytes(stub.listenV4)
                    : stub.listenV6.map(SocketAddress.bytes) ?? SocketAddress.mapped(stub.listenV4)
                return perform(sock, address, &r)
            }
            refuse(n, destination, Self.udpRule, tell: false, &r)
        default:
            refuse(n, destination, Self.protocolRule, tell: true, &r)
        }
    }

    private func tcp(_ n: Notification, _ sock: Int32, _ gateway: NetworkGateway, domain: Int32, destination: Endpoint, raw: [UInt8], _ r: inout Responder) {
        // A socket made in a network namespace of the tree's own (a sandbox with user
        // namespaces allowed) cannot reach Guardian's gateway: its loopback is the sandbox's
        // own and is reached as it is; anything else stays unreachable.
        if Self.inAnotherNetworkNamespace(n.tid) {
            guard destination.isLoopback || destination.isUnspecified else { return refuse(n, destination, Self.namespaceRule, tell: true, &r) }
            return perform(sock, raw, &r)
        }
        if destination.port == 53 {
            // DNS over TCP goes to Guardian's resolver like DNS over UDP, whatever server was
            // named: a stream to port 53 is never carried to a server (it would carry names).
            let stub = gateway.resolver
            let address = domain == AF_INET ? SocketAddress.bytes(stub.streamV4)
                : stub.streamV6.map(SocketAddress.bytes) ?? SocketAddress.mapped(stub.streamV4)
            return perform(sock, address, &r)
        }
        if gateway.isListener(destination) { return refuse(n, destination, Self.proxyRule, tell: true, &r) }
        // Nobody listening on this machine's port: refused now, as the kernel would, so a
        // client trying ::1 then 127.0.0.1 moves on instead of meeting a proxy that hangs up.
        if destination.isLoopback || destination.isUnspecified, LoopbackListeners.inode(for: destination) == nil {
            return r.fail(ECONNREFUSED)
        }
        // The source address is the key the gateway finds the destination by: bind first when
        // the socket has none, so the entry exists before the gateway can accept.
        guard var source = SocketAddress.local(sock) else { return r.fail(errno) }
        if source.port == 0 {
            let loopback = domain == AF_INET ? SocketAddress.loopbackV4 : (gateway.listenV6 != nil ? SocketAddress.loopbackV6 : SocketAddress.mappedLoopbackV4)
            let rc = loopback.withUnsafeBytes { bind(sock, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count)) }
            guard rc == 0, let bound = SocketAddress.local(sock) else { return r.fail(errno) }
            source = bound
        }
        let program = ProcessTree.executable(of: n.tid)
        gateway.expect(from: source, Expected(
            destination: destination, origin: ConnectionOrigin(pid: n.tid, program: program), name: gateway.names.name(for: destination)))
        let proxy: [UInt8]
        if domain == AF_INET {
            proxy = SocketAddress.bytes(gateway.listenV4)
        } else if let v6 = gateway.listenV6 {
            proxy = SocketAddress.bytes(v6)
        } else {
            proxy = SocketAddress.mapped(gateway.listenV4)
        }
        let rc = proxy.withUnsafeBytes { connect(sock, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count)) }
        if rc == 0 { return r.succeed(0) }
        let e = errno
        if e != EINPROGRESS { gateway.cancel(from: source) }
        r.fail(e)
    }

    /// Connects the duplicate to the address as copied: the kernel never reads the target's
    /// buffer again.
    private func perform(_ sock: Int32, _ raw: [UInt8], _ r: inout Responder) {
        let rc = raw.withUnsafeBytes { connect(sock, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count)) }
        rc == 0 ? r.succeed(0) : r.fail(errno)
    }

    private func refuse(_ n: Notification, _ destination: Endpoint, _ rule: RuleMatch, tell: Bool, _ r: inout Responder) {
        var e = recorder.event(pid: n.tid, kind: .net, decision: "deny", rule: rule)
        e.host = destination.host
        e.port = destination.port
        e.syscall = "connect"
        _ = recorder.record(e)
        if tell { channel.tell(n.tid, "guardian: blocked connecting to \(destination) — rule \(rule.id): \(rule.reason)") }
        r.fail(EACCES)
    }

    /// The endpoint a connect reaches: 0.0.0.0 and :: as a destination mean this host, and
    /// Linux connects them to 127.0.0.1 and ::1 (tcp_v4_connect through ip_route_connect,
    /// tcp_v6_connect), so a listener bound to loopback is found and decided as one.
    static func reached(_ e: Endpoint) -> Endpoint {
        guard e.isUnspecified else { return e }
        let loopback: [UInt8] = e.family == .v4 ? [127, 0, 0, 1] : [UInt8](repeating: 0, count: 15) + [1]
        return Endpoint(family: e.family, address: loopback, port: e.port)
    }

    static func option(_ sock: Int32, _ name: Int32) -> Int32? {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(sock, SOL_SOCKET, name, &value, &length) == 0 ? value : nil
    }

    /// Guardian's own network namespace, by the identity of its nsfs file.
    static let ownNetworkNamespace = FileIdentity(path: "/proc/self/ns/net")

    /// Whether the task's network namespace is known to be another than Guardian's: only then
    /// is a loopback connect performed as the task asked. When either cannot be read the
    /// answer is no, and the connect goes to the gateway like any other — from another
    /// namespace it then fails, so doubt never connects a socket straight to its destination.
    static func inAnotherNetworkNamespace(_ tid: pid_t) -> Bool {
        inAnotherNetworkNamespace(own: ownNetworkNamespace, theirs: FileIdentity(path: "/proc/\(tid)/ns/net"))
    }

    static func inAnotherNetworkNamespace(own: FileIdentity?, theirs: FileIdentity?) -> Bool {
        guard let own, let theirs else { return false }
        return own != theirs
    }
}
