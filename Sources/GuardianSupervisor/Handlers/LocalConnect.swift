import CGuardianShim
import GuardianEvents
import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// connect(2) to a Unix socket, decided by who listens on it and performed by Guardian on a
/// duplicate of the task's socket. A listener inside the tree (a test server the agent started)
/// is the agent's own; one outside it — a tmux or screen server, a container engine, ssh-agent,
/// an editor's terminal socket — is asked about with `local:` rules, and refused unless a rule
/// allows it. The socket file is held open (O_PATH) from the decision to the connect, so the
/// listener decided on is the one reached.
struct LocalConnect: Sendable {
    /// A listener inside the tree is the agent's own.
    let tree: ProcessTree
    let gate: PolicyGate
    let recorder: Recorder
    let channel: any TargetMessaging
    let held: HeldCalls

    func path(_ n: Notification, parent: Int32, name: [UInt8], target: String, _ r: inout Responder) {
        let object = name.withUnsafeBufferPointer { raw -> Int32 in
            var bytes = Array(raw) + [0]
            return bytes.withUnsafeMutableBufferPointer { openat(parent, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), GD_O_PATH | O_CLOEXEC) }
        }
        guard object >= 0 else { return r.fail(errno) }
        var st = stat()
        guard fstat(object, &st) == 0, (st.st_mode & S_IFMT) == S_IFSOCK else {
            close(object)
            return r.fail(ECONNREFUSED)
        }
        // Connect through the held inode, not the name: nothing can be swapped in between.
        var address = [UInt8](repeating: 0, count: 2)
        address[0] = UInt8(AF_UNIX & 0xff)
        address += Array("/proc/self/fd/\(object)".utf8) + [0]
        decide(n, address: address, shown: target, identity: FileIdentity(st), cleanup: { close(object) }, &r)
    }

    func abstract(_ n: Notification, address: [UInt8], _ r: inout Responder) {
        let name = address[3...].map { $0 == 0 ? "@" : String(UnicodeScalar($0)) }.joined()
        decide(n, address: address, shown: "@" + name, identity: nil, cleanup: {}, &r)
    }

    private func decide(_ n: Notification, address: [UInt8], shown: String, identity: FileIdentity?, cleanup: @escaping @Sendable () -> Void, _ r: inout Responder) {
        let sock = gd_take_fd(n.tid, Int32(truncatingIfNeeded: n.arg(0)))
        guard sock >= 0 else { cleanup(); return r.fail(-sock) }
        guard let type = NetworkConnect.option(sock, SO_TYPE) else { close(sock); cleanup(); return r.fail(ENOTSOCK) }
        let abstract = identity == nil ? Array(address[2...]) : []
        let listener = Listener.find(identity: identity, abstractName: abstract, datagram: type == Int32(SOCK_DGRAM.rawValue), tree: tree)
        if let pid = listener.pid, tree.contains(pid) {
            perform(sock, address, &r)
            close(sock); cleanup()
            return
        }
        let connection = LocalConnection(socket: shown, program: listener.program)
        let evaluation = gate.policy.evaluate(connection)
        var e = recorder.event(pid: n.tid, kind: .net, decision: evaluation.decision.description, rule: evaluation.primary)
        e.path = shown
        e.listener = listener.program ?? listener.pid.map { "pid \($0)" } ?? "unknown"
        e.syscall = "connect"
        switch evaluation.decision {
        case .allow, .audit:
            if evaluation.decision == .audit, !recorder.record(e) {
                close(sock); cleanup()
                return r.fail(EACCES)
            }
            perform(sock, address, &r)
            close(sock); cleanup()
        case .deny:
            _ = recorder.record(e)
            let rule = evaluation.primary ?? CompiledPolicy.localDefault
            channel.tell(n.tid, "guardian: blocked connecting to \(shown) (listener: \(e.listener!)) — rule \(rule.id): \(rule.reason)")
            close(sock); cleanup()
            r.fail(EACCES)
        case .ask:
            let responder = r
            r.handedOff()
            let rule = evaluation.primary ?? CompiledPolicy.localDefault
            let done = Once<Bool> { approved in
                var x = responder
                if approved && x.isValid() { LocalConnect.connectOrFail(sock, address, &x) } else if x.isValid() { x.fail(EACCES) }
                close(sock); cleanup()
            }
            held.holdRequest(
                tid: n.tid, event: e, rule: rule, summary: "connecting to \(shown) (listener: \(e.listener!))",
                key: "local|\(rule.id)|\(shown)",
                proceed: { done.call(true) }, refuse: { _ in done.call(false) })
        }
    }

    private func perform(_ sock: Int32, _ address: [UInt8], _ r: inout Responder) {
        Self.connectOrFail(sock, address, &r)
    }

    static func connectOrFail(_ sock: Int32, _ address: [UInt8], _ r: inout Responder) {
        let rc = address.withUnsafeBytes { connect(sock, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count)) }
        rc == 0 ? r.succeed(0) : r.fail(errno)
    }
}

/// Who listens on a Unix socket: the kernel's socket table (sock_diag) gives the inode of the
/// socket bound to that file or abstract name, and the process holding it is found among the
/// tree's first, then among all. No connection is made to the listener (a server that accepts
/// once would take a probe for its client), and a daemon that listened and then forked away
/// (ssh-agent) is found in the process that holds the socket now.
enum Listener {
    struct Found {
        var pid: pid_t?
        var program: String?
    }

    /// Socket inode → the process last found holding it.
    private static let owners = Mutex<[UInt64: pid_t]>([:])

    static func find(identity: FileIdentity?, abstractName: [UInt8], datagram: Bool, tree: ProcessTree) -> Found {
        var inode: UInt64 = 0
        let rc = abstractName.withUnsafeBufferPointer { name in
            gd_unix_listener_inode(identity?.device ?? 0, identity?.inode ?? 0, name.baseAddress, name.count, datagram ? 1 : 0, &inode)
        }
        guard rc == 1 else { return Found() }
        if let known = owners.withLock({ $0[inode] }), LoopbackListeners.holds(known, inode: inode) {
            return Found(pid: known, program: ProcessTree.executable(of: known))
        }
        guard let pid = LoopbackListeners.owner(of: inode, candidates: tree.all) else { return Found() }
        owners.withLock {
            if $0.count > 4096 { $0.removeAll(keepingCapacity: true) }
            $0[inode] = pid
        }
        return Found(pid: pid, program: ProcessTree.executable(of: pid))
    }
}
