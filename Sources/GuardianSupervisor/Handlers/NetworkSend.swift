import CGuardianShim
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// sendto(2) with a destination address (the filter lets sends on connected sockets run in the
/// kernel), and the decision every send that names a destination shares with sendmsg(2) and
/// sendmmsg(2) (`NetworkMessage`). Performed by Guardian on a duplicate of the task's socket
/// with the bytes it copied, so neither the address nor the socket behind the fd number can
/// change after the decision: DNS over UDP goes to Guardian's resolver; a stream socket ignores
/// the address as the kernel would; a Unix datagram goes by who is bound to the receiving
/// socket; netlink reaches the kernel; a datagram to anywhere else is refused.
struct NetworkSend: Sendable {
    /// Guardian's own directories: no datagram to a socket there.
    let protection: SelfProtection
    let recorder: Recorder
    /// Where DNS goes: the gateway's resolver, started at the first query; nil when the session
    /// has no gateway (then a datagram to port 53 is refused like any other UDP, as it is when
    /// the gateway could not start).
    let gateways: GatewayOnDemand?
    /// A datagram to a Unix socket is decided by who is bound to it, as a connect is.
    let tree: ProcessTree
    let gate: PolicyGate

    /// The most one call sends; a larger stream send is a short write, as POSIX allows.
    static let chunk = 64 * 1024

    /// Where a send that names a destination goes.
    enum Route {
        /// To the socket's peer, as on a connected socket (a stream ignores the address).
        case peer
        /// To this address; `held` is the socket file held open for it (-1: none), closed by
        /// the caller after the send.
        case to([UInt8], held: Int32)
        case refused(Int32)
    }

    /// What a socket is, for a send: a byte stream (cut into chunks, address ignored), a
    /// seqpacket (one record, address ignored) or datagrams (one datagram, decided by address).
    struct Socket {
        var fd: Int32
        var type: Int32
        var domain: Int32

        init?(_ fd: Int32) {
            guard let type = NetworkConnect.option(fd, SO_TYPE), let domain = NetworkConnect.option(fd, SO_DOMAIN) else { return nil }
            self.fd = fd
            self.type = type
            self.domain = domain
        }

        var isStream: Bool { type == Int32(SOCK_STREAM.rawValue) }
        var ignoresAddress: Bool { isStream || type == Int32(SOCK_SEQPACKET.rawValue) }
    }

    func handle(_ n: Notification, _ r: inout Responder) {
        let flags = Int32(truncatingIfNeeded: n.arg(3))
        if Int(flags) & MSG_FASTOPEN != 0 { return r.fail(EOPNOTSUPP) }
        let addressLength = Int(truncatingIfNeeded: n.arg(5))
        guard addressLength >= 2 && addressLength <= 128 else { return r.fail(EINVAL) }
        var address = [UInt8](repeating: 0, count: addressLength)
        guard address.withUnsafeMutableBytes({ gd_read_mem(n.tid, n.arg(4), $0.baseAddress, addressLength) }) == addressLength else {
            return r.fail(EFAULT)
        }
        let length = min(Int(truncatingIfNeeded: n.arg(2)), Self.chunk)
        var data = [UInt8](repeating: 0, count: max(length, 0))
        if length > 0 {
            guard data.withUnsafeMutableBytes({ gd_read_mem(n.tid, n.arg(1), $0.baseAddress, length) }) == length else {
                return r.fail(EFAULT)
            }
        }
        let pidfd = gd_pidfd_open_thread(n.tid)
        guard pidfd >= 0 else { return r.fail(ESRCH) }
        defer { close(pidfd) }
        // The pidfd is the task that asked only while its call is pending.
        guard r.isValid() else { return r.handedOff() }
        let fd = gd_pidfd_getfd(pidfd, Int32(truncatingIfNeeded: n.arg(0)))
        guard fd >= 0 else { return r.fail(-fd) }
        defer { close(fd) }
        guard let sock = Socket(fd) else { return r.fail(ENOTSOCK) }
        let route = route(n, sock, address, syscall: "sendto")
        let rc: Int
        switch route {
        case .refused(let e): return r.fail(e)
        case .peer: rc = Self.perform(sock, flags: flags, pidfd: pidfd) { send(sock.fd, data, $0, to: nil) }
        case .to(let to, let held):
            rc = Self.perform(sock, flags: flags, pidfd: pidfd) { send(sock.fd, data, $0, to: to) }
            if held >= 0 { close(held) }
        }
        rc >= 0 ? r.succeed(Int64(rc)) : r.fail(Int32(-rc))
    }

    /// Decides a send to `address` on `sock`, recording an event when it is refused or audited.
    func route(_ n: Notification, _ sock: Socket, _ address: [UInt8], syscall: String) -> Route {
        // A connected stream or seqpacket socket ignores the address; its peer was decided at
        // connect.
        if sock.ignoresAddress { return .peer }
        guard address.count >= 2 else { return .refused(EINVAL) }
        let family = Int32(UInt16(address[0]) | UInt16(address[1]) << 8)
        switch sock.domain {
        case AF_INET, AF_INET6:
            guard family == AF_INET || family == AF_INET6, let destination = SocketAddress.endpoint(address) else {
                return .refused(EAFNOSUPPORT)
            }
            if destination.port == 53, let stub = gateways?.get()?.resolver {
                let redirected = sock.domain == AF_INET ? SocketAddress.bytes(stub.listenV4)
                    : stub.listenV6.map(SocketAddress.bytes) ?? SocketAddress.mapped(stub.listenV4)
                return .to(redirected, held: -1)
            }
            var e = recorder.event(pid: n.tid, kind: .net, decision: "deny", rule: NetworkConnect.udpRule)
            e.host = destination.host
            e.port = destination.port
            e.syscall = syscall
            _ = recorder.record(e)
            return .refused(EACCES)
        case AF_UNIX where family == AF_UNIX && address.count > 2:
            // Only names Guardian resolves the same way the task would: abstract names, and
            // absolute paths outside Guardian's own directories.
            if address[2] == 0 {
                let shown = "@" + String(decoding: address[3...], as: UTF8.self)
                return datagram(n, to: address, shown: shown, identity: nil, held: -1, syscall: syscall)
            }
            let path = Array(address[2...].prefix { $0 != 0 })
            guard path.first == UInt8(ascii: "/") else { return .refused(EACCES) }
            let shown = String(decoding: path, as: UTF8.self)
            if protection.isGuarded(shown) { return .refused(EACCES) }
            // Sent through the socket file held open, so the socket decided on is the one reached.
            let object = open(shown, GD_O_PATH | O_CLOEXEC)
            guard object >= 0 else { return .refused(errno) }
            var st = stat()
            guard fstat(object, &st) == 0, (st.st_mode & S_IFMT) == S_IFSOCK else {
                close(object)
                return .refused(ECONNREFUSED)
            }
            let held = [UInt8(AF_UNIX & 0xff), UInt8(AF_UNIX >> 8)] + Array("/proc/self/fd/\(object)".utf8) + [0]
            let route = datagram(n, to: held, shown: shown, identity: FileIdentity(st), held: object, syscall: syscall)
            if case .refused = route { close(object) }
            return route
        case AF_NETLINK where family == AF_NETLINK:
            // The kernel itself (routes, addresses: bubblewrap brings up a sandbox's loopback
            // this way), in the socket's own network namespace.
            return .to(address, held: -1)
        default:
            return .refused(EAFNOSUPPORT)
        }
    }

    /// A datagram to a Unix socket: to the tree's own socket it goes; to one bound outside the
    /// tree, as `local:` rules say (a hold is refused: a datagram cannot wait).
    private func datagram(_ n: Notification, to address: [UInt8], shown: String, identity: FileIdentity?, held: Int32, syscall: String) -> Route {
        let abstract = identity == nil ? Array(address[2...]) : []
        let owner = Listener.find(identity: identity, abstractName: abstract, datagram: true, tree: tree)
        if let pid = owner.pid, tree.contains(pid) { return .to(address, held: held) }
        let evaluation = gate.policy.evaluate(LocalConnection(socket: shown, program: owner.program))
        if evaluation.decision <= .audit {
            if evaluation.decision == .audit {
                var e = recorder.event(pid: n.tid, kind: .net, decision: evaluation.decision.description, rule: evaluation.primary)
                e.path = shown
                e.listener = owner.program
                e.syscall = syscall
                guard recorder.record(e) else { return .refused(EACCES) }
            }
            return .to(address, held: held)
        }
        var e = recorder.event(pid: n.tid, kind: .net, decision: "deny", rule: evaluation.primary ?? CompiledPolicy.localDefault)
        e.path = shown
        e.listener = owner.program ?? owner.pid.map { "pid \($0)" } ?? "unknown"
        e.syscall = syscall
        _ = recorder.record(e)
        return .refused(EACCES)
    }

    /// One send attempt on the duplicate: the bytes sent, or -errno.
    private func send(_ sock: Int32, _ data: [UInt8], _ flags: Int32, to address: [UInt8]?) -> Int {
        let sent = data.withUnsafeBytes { bytes in
            if let address {
                return address.withUnsafeBytes { a in
                    sendto(sock, bytes.baseAddress, bytes.count, flags, a.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(a.count))
                }
            }
            return Glibc.send(sock, bytes.baseAddress, bytes.count, flags)
        }
        return sent >= 0 ? sent : -Int(errno)
    }

    /// Runs `attempt` (given the flags to send with: the task's, never blocking, never raising
    /// SIGPIPE in Guardian) with the task's blocking semantics: a blocking socket without
    /// MSG_DONTWAIT waits for room, a little at a time and never forever (a worker must come
    /// back). A broken stream raises SIGPIPE in the task, as the kernel would, unless it asked
    /// for MSG_NOSIGNAL. The result or -errno.
    static func perform(_ sock: Socket, flags: Int32, pidfd: Int32, _ attempt: (Int32) -> Int) -> Int {
        let blocking = fcntl(sock.fd, F_GETFL) & O_NONBLOCK == 0 && flags & Int32(MSG_DONTWAIT) == 0
        var result = -Int(EAGAIN)
        for _ in 0..<50 {
            result = attempt(flags | Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL))
            guard result == -Int(EAGAIN) || result == -Int(EWOULDBLOCK), blocking else { break }
            var pfd = pollfd(fd: sock.fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&pfd, 1, 100)
        }
        if result == -Int(EPIPE), flags & Int32(MSG_NOSIGNAL) == 0, sock.ignoresAddress {
            _ = gd_pidfd_send_signal(pidfd, SIGPIPE)
        }
        return result
    }
}
