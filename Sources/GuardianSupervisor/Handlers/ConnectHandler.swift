import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// connect(2): the tree may not reach a Unix socket under Guardian's own directories — the
/// control channel where a human approves held calls. Other Unix sockets are decided by who
/// listens (`LocalConnect`); IPv4 and IPv6 connects go to the network gateway
/// (`NetworkConnect`). The control server checks its peer as well (SO_PEERCRED), so a path
/// swapped after this check still meets a refusal.
struct ConnectHandler: Sendable {
    let resolver: PathResolver
    let protection: SelfProtection
    let recorder: Recorder
    let channel: any TargetMessaging
    let refusals: Refusals
    let local: LocalConnect
    /// IPv4 and IPv6 connects, handed to the network gateway; nil when the session has none.
    let network: NetworkConnect?

    static let rule = RuleMatch(
        id: "guardian.self-approval", decision: .deny,
        reason: "the approval channel is for humans outside the session"
    )

    func handle(_ n: Notification, _ r: inout Responder) {
        let length = Int(truncatingIfNeeded: n.arg(2))
        guard length >= 2 && length <= 128 else { return r.fail(EINVAL) }
        var raw = [UInt8](repeating: 0, count: length)
        let got = raw.withUnsafeMutableBytes { gd_read_mem(n.tid, n.arg(1), $0.baseAddress, length) }
        guard got == length else { return r.fail(EFAULT) }
        let family = UInt16(raw[0]) | UInt16(raw[1]) << 8
        if family != UInt16(AF_UNIX), let network {
            return network.handle(n, address: raw, &r)
        }
        guard family == UInt16(AF_UNIX) else { return r.fail(EAFNOSUPPORT) }
        guard length > 2 && length <= 110 else { return r.fail(EINVAL) }
        guard r.isValid() else { return r.handedOff() }
        // An abstract name (leading NUL) reaches no file: decided by who listens on it.
        if raw[2] == 0 { return local.abstract(n, address: raw, &r) }
        var path = Array(raw[2...])
        if let nul = path.firstIndex(of: 0) { path.removeSubrange(nul...) }

        let (parentPath, name) = PathResolver.splitLast(path)
        let start: PathResolver.Start
        do { start = try resolver.start(tid: n.tid, dirfd: AT_FDCWD, path: parentPath) } catch {
            return refusals.refuse(n.tid, error, path: path, syscall: "connect", &r)
        }
        defer { start.close() }
        let parent: Int32
        do { parent = try resolver.resolve(tid: n.tid, start, path: parentPath, followLast: true) } catch {
            return refusals.refuse(n.tid, error, path: path, syscall: "connect", &r)
        }
        defer { close(parent) }
        // A socket is recognised by identity below, whatever name reaches it. A directory that
        // cannot be placed in Guardian's view is refused, as an open there would be.
        var real: [UInt8]
        do { real = try resolver.decisionPath(of: parent, tid: n.tid) } catch {
            return refusals.refuse(n.tid, error, path: path, syscall: "connect", &r)
        }
        real.append(UInt8(ascii: "/"))
        real.append(contentsOf: name)
        let target = String(decoding: real, as: UTF8.self)
        // Also through a symlink placed anywhere: the socket itself is what counts.
        var st = stat()
        let linked = name.withCString { fstatat(parent, $0, &st, 0) } == 0 && (st.st_mode & S_IFMT) == S_IFSOCK
            && protection.isGuardedSocket(FileIdentity(st))
        guard protection.isGuarded(target) || linked else {
            return local.path(n, parent: parent, name: name, target: target, &r)
        }

        var e = recorder.event(pid: n.tid, kind: .guardian, decision: "deny", rule: ConnectHandler.rule)
        e.path = target
        e.syscall = "connect"
        _ = recorder.record(e)
        channel.tell(n.tid, "guardian: blocked connecting to \(target) — rule \(ConnectHandler.rule.id): \(ConnectHandler.rule.reason)")
        r.fail(EACCES)
    }
}
