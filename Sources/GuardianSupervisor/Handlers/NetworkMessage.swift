import CGuardianShim
import GuardianEvents
#if canImport(Glibc)
import Glibc
#endif

/// sendmsg(2) and sendmmsg(2). BPF cannot see msg_name (it lies behind a pointer) and checking
/// it, then letting the call run, would race a thread that rewrites the msghdr or dup2()s
/// another socket over the fd number. So every one of them stops here and is performed by
/// Guardian: each message copied whole (destination, data, control messages — the descriptors
/// of SCM_RIGHTS taken from the task with pidfd_getfd), decided like a sendto
/// (`NetworkSend.route`), and sent on Guardian's own duplicate of the socket. A message that
/// names no destination goes to the socket's peer, decided at connect.
struct NetworkMessage: Sendable {
    let send: NetworkSend
    /// Whether Guardian may name another process in SCM_CREDENTIALS (CAP_SYS_ADMIN).
    let claimsOtherPids: Bool

    /// The most messages one sendmmsg performs (it may legally send fewer than asked: the
    /// caller sends the rest again).
    static let batch = 64
    /// The largest datagram or seqpacket record copied; a longer one fails with EMSGSIZE.
    static let record = 4 * 1024 * 1024
    /// The most bytes one sendmmsg copies: later messages wait for the next call.
    static let budget = 8 * 1024 * 1024

    static let mmsghdrSize = UInt64(gd_mmsghdr_size())
    static let lengthOffset = UInt64(gd_mmsghdr_len_offset())

    init(send: NetworkSend) {
        self.send = send
        let own = TaskCredentials.read(getpid())?.effectiveCapabilities ?? 0
        claimsOtherPids = own & (1 << 21) != 0  // CAP_SYS_ADMIN
    }

    func handle(_ n: Notification, multiple: Bool, _ r: inout Responder) {
        let syscall = multiple ? "sendmmsg" : "sendmsg"
        let flags = Int32(truncatingIfNeeded: n.arg(multiple ? 3 : 2))
        if Int(flags) & MSG_FASTOPEN != 0 { return r.fail(EOPNOTSUPP) }
        let wanted = multiple ? min(Int(UInt32(truncatingIfNeeded: n.arg(2))), Self.batch) : 1
        if wanted == 0 { return r.succeed(0) }
        let pidfd = gd_pidfd_open_thread(n.tid)
        guard pidfd >= 0 else { return r.fail(ESRCH) }
        defer { close(pidfd) }
        // Taken before the copy (its type says how much to copy), used only once the
        // notification is known to be the task's call still.
        let fd = gd_pidfd_getfd(pidfd, Int32(truncatingIfNeeded: n.arg(0)))
        guard fd >= 0 else { return r.fail(-fd) }
        defer { close(fd) }
        guard let sock = NetworkSend.Socket(fd) else { return r.fail(ENOTSOCK) }

        // Copy: every message, before anything is decided.
        var messages: [gd_message] = []
        messages.reserveCapacity(wanted)
        defer { for i in messages.indices { gd_message_release(&messages[i]) } }
        var copied = 0
        var firstError: Int32 = 0
        for i in 0..<wanted {
            var m = gd_message()
            let rc = gd_message_copy(n.tid, pidfd, n.arg(1) &+ UInt64(i) &* Self.mmsghdrSize,
                                     sock.isStream ? NetworkSend.chunk : Self.record, sock.isStream ? 0 : 1,
                                     sock.domain == AF_UNIX ? 1 : 0, &m)
            guard rc >= 0 else { firstError = Int32(-rc); break }
            messages.append(m)
            copied += m.data_len
            if copied >= Self.budget { break }
        }
        if messages.isEmpty { return r.fail(firstError) }
        guard r.isValid() else { return r.handedOff() }

        // Decide and act, message by message; the first one refused or failed ends the call.
        var sent: [UInt32] = []
        var failure: Int32 = 0
        for i in messages.indices {
            if messages[i].credentials >= 0, let e = claim(n, &messages[i]) { failure = e; break }
            let rc = deliver(n, sock, &messages[i], flags: flags, pidfd: pidfd, syscall: syscall)
            guard rc >= 0 else { failure = Int32(-rc); break }
            sent.append(UInt32(truncatingIfNeeded: rc))
        }
        if sent.isEmpty { return r.fail(failure) }
        guard multiple else { return r.succeed(Int64(sent[0])) }
        // Each msg_len written back into the task's vector, as the kernel would.
        for (i, length) in sent.enumerated() {
            var value = length
            _ = gd_write_mem(n.tid, n.arg(1) &+ UInt64(i) &* Self.mmsghdrSize &+ Self.lengthOffset, &value, 4)
        }
        r.succeed(Int64(sent.count))
    }

    /// One message: decided by its destination, sent on the duplicate. The bytes sent or -errno.
    private func deliver(_ n: Notification, _ sock: NetworkSend.Socket, _ m: inout gd_message, flags: Int32, pidfd: Int32, syscall: String) -> Int {
        guard m.name_len > 0 else {
            return NetworkSend.perform(sock, flags: flags, pidfd: pidfd) { f in withUnsafePointer(to: &m) { Int(gd_message_send(sock.fd, $0, nil, 0, f)) } }
        }
        let address = withUnsafeBytes(of: &m.name) { Array($0.prefix(Int(m.name_len))) }
        switch send.route(n, sock, address, syscall: syscall) {
        case .refused(let e):
            return -Int(e)
        case .peer:
            return NetworkSend.perform(sock, flags: flags, pidfd: pidfd) { f in withUnsafePointer(to: &m) { Int(gd_message_send(sock.fd, $0, nil, 0, f)) } }
        case .to(let to, let held):
            defer { if held >= 0 { close(held) } }
            return NetworkSend.perform(sock, flags: flags, pidfd: pidfd) { f in
                withUnsafePointer(to: &m) { mp in to.withUnsafeBufferPointer { Int(gd_message_send(sock.fd, mp, $0.baseAddress, UInt32($0.count), f)) } }
            }
        }
    }

    /// An explicit SCM_CREDENTIALS. The kernel would let the task claim only itself (its pid,
    /// one of its real, effective or saved uids and gids); any other claim is refused (EPERM).
    /// Guardian sends the message, so the pid the receiver sees is Guardian's unless Guardian may
    /// name another process (CAP_SYS_ADMIN): then it names the task. nil, or the errno.
    private func claim(_ n: Notification, _ m: inout gd_message) -> Int32? {
        var pid: pid_t = 0, uid: uid_t = 0, gid: gid_t = 0
        gd_message_credentials(&m, &pid, &uid, &gid)
        guard let ids = TaskCredentials.read(n.tid), let tgid = Self.threadGroup(n.tid),
              pid == tgid.own, ids.uids.prefix(3).contains(uid), ids.gids.prefix(3).contains(gid)
        else { return EPERM }
        gd_message_set_credentials_pid(&m, claimsOtherPids ? tgid.guardians : getpid())
        return nil
    }

    /// The task's thread-group id as Guardian sees it and as the task itself does (the last
    /// NStgid entry: its own pid namespace).
    static func threadGroup(_ tid: pid_t) -> (guardians: pid_t, own: pid_t)? {
        guard let text = ProcessTree.readSmallFile("/proc/\(tid)/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("NStgid:") {
            let ids = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().compactMap { pid_t($0) }
            guard let first = ids.first, let last = ids.last else { return nil }
            return (first, last)
        }
        return nil
    }
}
