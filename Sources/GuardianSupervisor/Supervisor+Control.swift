import GuardianEvents
#if canImport(Glibc)
import Glibc
#endif

/// What the control channel and the signal forwarder do to a running session.
extension Supervisor {
    /// Held requests, for the control channel.
    public var pending: [HeldRequest] { desk.pending }

    /// Answers a held request. Returns false when no such request is waiting.
    public func answer(_ id: Int, approve: Bool, forSession: Bool, by who: String) -> Bool {
        let why = approve ? "approved by a human (request \(id), from \(who))" : "a human denied it (request \(id), from \(who))"
        return desk.resolve(id, approve: approve, forSession: forSession, why: why).0 != .unknown
    }

    /// Denies held requests whose time is up; called periodically.
    public func expireHeldRequests() {
        let now = ApprovalDesk.now()
        for id in desk.expired(at: now) {
            desk.expire(id, why: HeldCalls.unanswered(id), now: now)
        }
    }

    /// Denies every held request (the session is ending).
    public func denyAllHeld(_ why: String) { desk.denyAll(why: why) }

    /// Decisions recorded so far, by decision.
    public var counts: [String: Int] { recorder.counts }

    public var session: String { recorder.session }

    /// The kill switch: every task of the tree dies now, with a `kill` event.
    public func killTree(by who: String) {
        var e = recorder.event(pid: tree.root, kind: .session, decision: "kill", reason: "session killed by \(who)")
        e.detail = ["tasks": String(tree.count)]
        _ = recorder.record(e)
        killSwitch.pull()
        cgroup?.killAll()
        desk.denyAll(why: "the session was killed by \(who)")
        for _ in 0..<3 {
            for pid in tree.all { kill(pid, SIGKILL) }
        }
    }

    /// Sends a signal to every process of the tree.
    public func signalTree(_ sig: Int32) {
        for pid in tree.all { kill(pid, sig) }
    }
}
