import CGuardianShim
import Foundation
import GuardianEvents
#if canImport(Glibc)
import Glibc
#endif

/// The session's control channel: `$GUARDIAN_HOME/run/<session>.sock`, mode 0600, one request
/// per connection as a line of JSON, one line back (docs/CONTROL.md). Operators' commands —
/// `guardian pending`, `approve`, `deny`, `sessions`, `kill` — talk to it. A peer inside any
/// supervised tree is refused and the attempt logged: the agent can never approve itself.
public final class ControlServer: Sendable {
    public static let protocolVersion = 1

    let supervisor: Supervisor
    let path: String
    let info: [String: String]
    let fd: Int32

    /// Binds the socket. `info` is what `sessions` reports (profile, project, command, …).
    public init(supervisor: Supervisor, runDirectory: String, info: [String: String]) throws(GuardianError) {
        self.supervisor = supervisor
        self.info = info
        path = runDirectory + "/" + supervisor.session + ".sock"
        let s = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard s >= 0 else { throw GuardianError("control", "cannot create the control socket", errno: .current) }
        unlink(path)
        let rc = ControlServer.withAddress(path) { addr, len in bind(s, addr, len) }
        guard rc == 0 else {
            let e = Errno.current
            close(s)
            throw GuardianError("control", "cannot bind the control socket \(path)", errno: e)
        }
        chmod(path, 0o600)
        guard listen(s, 16) == 0 else {
            close(s)
            throw GuardianError("control", "cannot listen on \(path)", errno: .current)
        }
        fd = s
    }

    /// A sockaddr_un for `path`; a path too long for sun_path goes through /proc/self/fd.
    static func withAddress<R>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        var target = path
        var dirfd: Int32 = -1
        if path.utf8.count >= 108 {
            let slash = path.lastIndex(of: "/")!
            dirfd = open(String(path[..<slash]), GD_O_PATH | O_DIRECTORY | O_CLOEXEC)
            target = "/proc/self/fd/\(dirfd)/" + path[path.index(after: slash)...]
        }
        defer { if dirfd >= 0 { close(dirfd) } }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(target.utf8.prefix(107))
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// Serves on a thread of its own, and denies held requests whose time is up.
    public func start() throws(GuardianError) {
        do {
            try OSThread.start { [self] in
                // Approving a held create runs here: take no umask of our own (the target's is
                // applied to the mode already) — only in a filesystem context of this thread's
                // own. Without one, Guardian's umask stays and applies on top: modes come out
                // stricter, never looser.
                if gd_unshare_fs() == 0 { umask(0) }
                serve()
            }.detach()
            try OSThread.start { [self] in
                while true {
                    usleep(250_000)
                    supervisor.expireHeldRequests()
                }
            }.detach()
        } catch {
            throw GuardianError("control", "cannot start the control thread", errno: error)
        }
    }

    public func stop() {
        unlink(path)
    }

    private func serve() {
        while true {
            let client = gd_accept_cloexec(fd)
            if client < 0 {
                if client == -EINTR || client == -ECONNABORTED { continue }
                return
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            if !handle(client) { close(client) }
        }
    }

    /// Serves one connection; true when it stays open (a watcher), owned by its own thread.
    private func handle(_ client: Int32) -> Bool {
        var pid: pid_t = 0, uid: uid_t = 0, gid: gid_t = 0
        guard gd_peer_cred(client, &pid, &uid, &gid) == 0 else { return false }
        if let refusal = PeerCheck.refusal(pid: pid, uid: uid, tree: supervisor.tree) {
            supervisor.recordRefusal(peer: pid, refusal)
            reply(client, ["v": Self.protocolVersion, "ok": false, "error": "refused: \(refusal)"])
            return false
        }
        guard let line = ControlServer.readLine(client),
              let request = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            reply(client, ["v": Self.protocolVersion, "ok": false, "error": "malformed request: one JSON object per line"])
            return false
        }
        if request["op"] as? String == "watch", (request["v"] as? Int) == Self.protocolVersion {
            return watch(client)
        }
        reply(client, respond(to: request, peer: pid))
        return false
    }

    /// An approver stays connected: while the connection is open, held calls wait for an answer
    /// instead of being refused at once. It ends when the approver closes it (or exits).
    private func watch(_ client: Int32) -> Bool {
        var none = timeval(tv_sec: 0, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &none, socklen_t(MemoryLayout<timeval>.size))
        supervisor.desk.watcher(connected: true)
        reply(client, ["v": Self.protocolVersion, "ok": true])
        do {
            try OSThread.start { [self] in
                var byte: UInt8 = 0
                while true {
                    let n = read(client, &byte, 1)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                }
                supervisor.desk.watcher(connected: false)
                close(client)
            }.detach()
        } catch {
            supervisor.desk.watcher(connected: false)
            return false
        }
        return true
    }

    func respond(to request: [String: Any], peer: pid_t) -> [String: Any] {
        let v = Self.protocolVersion
        guard (request["v"] as? Int) == v else {
            return ["v": v, "ok": false, "error": "unsupported protocol version (this session speaks \(v))"]
        }
        let who = "pid \(peer)"
        switch request["op"] as? String {
        case "session":
            var out = info
            out["session"] = supervisor.session
            out["root_pid"] = String(supervisor.tree.root)
            out["tasks"] = String(supervisor.tree.count)
            return ["v": v, "ok": true, "session": out, "counts": supervisor.counts, "pending": supervisor.pending.count]
        case "pending":
            return ["v": v, "ok": true, "pending": supervisor.pending.map(ControlServer.describe)]
        case "approve", "deny":
            guard let id = request["id"] as? Int else { return ["v": v, "ok": false, "error": "missing id"] }
            let approve = request["op"] as? String == "approve"
            let forSession = request["for_session"] as? Bool ?? false
            guard supervisor.answer(id, approve: approve, forSession: forSession, by: who) else {
                return ["v": v, "ok": false, "error": "no request \(id) is waiting in session \(supervisor.session)"]
            }
            return ["v": v, "ok": true, "id": id]
        case "kill":
            supervisor.killTree(by: who)
            return ["v": v, "ok": true]
        default:
            return ["v": v, "ok": false, "error": "unknown op (session, pending, approve, deny, kill, watch)"]
        }
    }

    static func describe(_ r: HeldRequest) -> [String: Any] {
        var d: [String: Any] = [
            "id": r.id, "session": r.session, "pid": Int(r.pid), "kind": r.kind,
            "since": r.since, "deadline": r.deadline,
        ]
        if let p = r.program { d["program"] = p }
        if let a = r.argv { d["argv"] = a }
        if let p = r.path { d["path"] = p }
        if let a = r.access { d["access"] = a }
        if let rule = r.rule { d["rule"] = rule }
        if let reason = r.reason { d["reason"] = reason }
        if r.awaitingRetry { d["awaiting_retry"] = true }
        return d
    }

    static func readLine(_ fd: Int32, limit: Int = 65536) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < limit {
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    private func reply(_ fd: Int32, _ object: [String: Any]) {
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        data.append(0x0A)
        _ = data.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}

/// Who may talk to a session: the same user (or root), and no process that runs inside any
/// supervised tree — checked on the peer's pid from SO_PEERCRED and every ancestor of it.
enum PeerCheck {
    static func refusal(pid: pid_t, uid: uid_t, tree: ProcessTree) -> String? {
        if uid != getuid() && uid != 0 { return "peer uid \(uid) is not this session's user" }
        if tree.contains(pid) { return "peer pid \(pid) belongs to the supervised tree" }
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "cannot identify Guardian's own binary" }
        let guardian = FileIdentity(st)
        // Every ancestor is read up to init: one whose status cannot be read, or an ancestry
        // deeper than any real one, is not shown to be outside a session, so it is refused.
        func parent(_ pid: pid_t) -> pid_t? { ProcessTree.statusField(pid, "PPid:").flatMap { pid_t($0) } }
        guard var current = parent(pid) else { return "cannot read the parent of peer pid \(pid)" }
        var steps = 0
        while current > 1 {
            if steps >= 4096 { return "peer pid \(pid) has an ancestry too deep to check" }
            if tree.contains(current) { return "peer pid \(pid) descends from the supervised tree" }
            // A supervisor is non-dumpable, so its exe may be unreadable to us: its comm says too.
            var pst = stat()
            let sameBinary = stat("/proc/\(current)/exe", &pst) == 0 && FileIdentity(pst) == guardian
            let named = ProcessTree.readSmallFile("/proc/\(current)/comm")?.hasPrefix("guardian") ?? false
            if (sameBinary || named) && isSupervisor(current) {
                return "peer pid \(pid) runs inside a Guardian session (under pid \(current))"
            }
            guard let next = parent(current) else { return "cannot read the parent of pid \(current), an ancestor of peer pid \(pid)" }
            current = next
            steps += 1
        }
        return nil
    }

    /// A guardian process that supervises (`guardian run`), not an operator's command.
    static func isSupervisor(_ pid: pid_t) -> Bool {
        guard let bytes = ProcessTree.readBytes("/proc/\(pid)/cmdline", limit: 4096) else { return true }
        let args = bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return args.dropFirst().first == "run"
    }
}

extension Supervisor {
    func recordRefusal(peer: pid_t, _ why: String) {
        var e = recorder.event(pid: peer, kind: .guardian, decision: "deny", reason: "control channel: \(why)")
        e.rule = "guardian.self-approval"
        _ = recorder.record(e)
    }
}
