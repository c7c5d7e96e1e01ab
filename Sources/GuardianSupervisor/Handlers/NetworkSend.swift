import CGuardianShim
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// sendto(2) with a destination address (the filter lets sends on connected sockets run in the
/// kernel). Performed by Guardian on a duplicate of the task's socket with the bytes it copied,
/// so neither the address nor the socket behind the fd number can change after the decision:
/// DNS over UDP goes out; a stream socket ignores the address as the kernel would; a datagram
/// to anywhere else is refused.
struct NetworkSend: Sendable {
    /// Guardian's own directories: no datagram to a socket there.
    let protection: SelfProtection
    let recorder: Recorder
    /// Where DNS goes: the gateway's resolver; nil when the session has no gateway.
    let gateway: NetworkGateway?
    /// A datagram to a Unix socket is decided by who is bound to it, as a connect is.
    let tree: ProcessTree
    let gate: PolicyGate

    /// The most one call sends; a larger stream send is a short write, as POSIX allows.
    static let chunk = 64 * 1024

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
        guard r.isValid() else { return r.handedOff() }
        let sock = gd_take_fd(n.tid, Int32(truncatingIfNeeded: n.arg(0)))
        guard sock >= 0 else { return r.fail(-sock) }
        defer { close(sock) }
        guard let type = NetworkConnect.option(sock, SO_TYPE), let domain = NetworkConnect.option(sock, SO_DOMAIN) else {
            return r.fail(ENOTSOCK)
        }
        let family = Int32(UInt16(address[0]) | UInt16(address[1]) << 8)
        let stream = type == Int32(SOCK_STREAM.rawValue) || type == Int32(SOCK_SEQPACKET.rawValue)
        if stream {
            // A connected stream socket ignores the address; its peer was decided at connect.
            return send(sock, data, flags, to: nil, &r)
        }
        switch domain {
        case AF_INET, AF_INET6:
            guard family == AF_INET || family == AF_INET6, let destination = SocketAddress.endpoint(address) else {
                return r.fail(EAFNOSUPPORT)
            }
            if destination.port == 53, let stub = gateway?.resolver {
                let redirected = domain == AF_INET ? SocketAddress.bytes(stub.listenV4)
                    : stub.listenV6.map(SocketAddress.bytes) ?? SocketAddress.mapped(stub.listenV4)
                return send(sock, data, flags, to: redirected, &r)
            }
            var e = recorder.event(pid: n.tid, kind: .net, decision: "deny", rule: NetworkConnect.udpRule)
            e.host = destination.host
            e.port = destination.port
            e.syscall = "sendto"
            _ = recorder.record(e)
            r.fail(EACCES)
        case AF_UNIX where family == AF_UNIX && addressLength > 2:
            // Only names Guardian resolves the same way the task would: abstract names, and
            // absolute paths outside Guardian's own directories.
            let path = Array(address[2...].prefix { $0 != 0 })
            if address[2] == 0 {
                return datagram(n, sock, data, flags, to: address, shown: "@" + String(decoding: address[3...], as: UTF8.self), identity: nil, &r)
            }
            guard path.first == UInt8(ascii: "/") else { return r.fail(EACCES) }
            let shown = String(decoding: path, as: UTF8.self)
            if protection.isGuarded(shown) { return r.fail(EACCES) }
            // Sent through the socket file held open, so the socket decided on is the one reached.
            let object = open(shown, GD_O_PATH | O_CLOEXEC)
            guard object >= 0 else { return r.fail(errno) }
            defer { close(object) }
            var st = stat()
            guard fstat(object, &st) == 0, (st.st_mode & S_IFMT) == S_IFSOCK else { return r.fail(ECONNREFUSED) }
            let held = [UInt8(AF_UNIX & 0xff), UInt8(AF_UNIX >> 8)] + Array("/proc/self/fd/\(object)".utf8) + [0]
            datagram(n, sock, data, flags, to: held, shown: shown, identity: FileIdentity(st), &r)
        case AF_NETLINK where family == AF_NETLINK:
            // The kernel itself (routes, addresses: bubblewrap brings up a sandbox's loopback
            // this way), in the socket's own network namespace.
            send(sock, data, flags, to: address, &r)
        default:
            r.fail(EAFNOSUPPORT)
        }
    }

    /// A datagram to a Unix socket: to the tree's own socket it goes; to one bound outside the
    /// tree, as `local:` rules say (a hold is refused: a datagram cannot wait).
    private func datagram(_ n: Notification, _ sock: Int32, _ data: [UInt8], _ flags: Int32, to address: [UInt8], shown: String, identity: FileIdentity?, _ r: inout Responder) {
        let abstract = identity == nil ? Array(address[2...]) : []
        let owner = Listener.find(identity: identity, abstractName: abstract, datagram: true, tree: tree)
        if let pid = owner.pid, tree.contains(pid) { return send(sock, data, flags, to: address, &r) }
        let evaluation = gate.policy.evaluate(LocalConnection(socket: shown, program: owner.program))
        if evaluation.decision <= .audit {
            if evaluation.decision == .audit {
                var e = recorder.event(pid: n.tid, kind: .net, decision: evaluation.decision.description, rule: evaluation.primary)
                e.path = shown
                e.listener = owner.program
                e.syscall = "sendto"
                guard recorder.record(e) else { return r.fail(EACCES) }
            }
            return send(sock, data, flags, to: address, &r)
        }
        var e = recorder.event(pid: n.tid, kind: .net, decision: "deny", rule: evaluation.primary ?? CompiledPolicy.localDefault)
        e.path = shown
        e.listener = owner.program ?? owner.pid.map { "pid \($0)" } ?? "unknown"
        e.syscall = "sendto"
        _ = recorder.record(e)
        r.fail(EACCES)
    }

    private func send(_ sock: Int32, _ data: [UInt8], _ flags: Int32, to address: [UInt8]?, _ r: inout Responder) {
        let blocking = fcntl(sock, F_GETFL) & O_NONBLOCK == 0
        var sent = -1
        for _ in 0..<50 {
            sent = data.withUnsafeBytes { bytes in
                if let address {
                    return address.withUnsafeBytes { a in
                        sendto(sock, bytes.baseAddress, bytes.count, flags | Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL),
                               a.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(a.count))
                    }
                }
                return Glibc.send(sock, bytes.baseAddress, bytes.count, flags | Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL))
            }
            guard sent < 0, errno == EAGAIN, blocking, flags & Int32(MSG_DONTWAIT) == 0 else { break }
            // The task asked to block; wait for room a little at a time, never forever.
            var pfd = pollfd(fd: sock, events: Int16(POLLOUT), revents: 0)
            _ = poll(&pfd, 1, 100)
        }
        sent >= 0 ? r.succeed(Int64(sent)) : r.fail(errno)
    }
}
