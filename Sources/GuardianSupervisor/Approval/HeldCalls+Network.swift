import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

extension HeldCalls {
    /// The `ask` path for a network request: the connection waits (the gateway holds the
    /// request, no worker is blocked) until a human answers or the rule's timeout refuses it.
    /// A `--for-session` grant lets the same request through again; with nobody watching, the
    /// request is refused at once and an approval lets its identical retry through.
    func holdRequest(
        tid: pid_t, event: Event, rule: RuleMatch, summary: String, key: String,
        proceed: @escaping @Sendable () -> Void, refuse: @escaping @Sendable (String) -> Void
    ) {
        let granted = desk.isGranted(key)
        let retried = granted ? nil : desk.takeRetryApproval(key)
        if granted || retried != nil {
            var e = event
            e.decision = "approved"
            e.reason = retried.map { "the retry of request \($0), which a human approved" } ?? "approved for the session earlier: " + rule.reason
            if let retried { e.detail = ["request": String(retried)] }
            if recorder.record(e) { proceed() } else { refuse("the event could not be recorded") }
            return
        }
        if let earlier = desk.retryRefused(key) {
            var e = event
            e.decision = "denied"
            e.reason = "a human denied this request already (request \(earlier))"
            _ = recorder.record(e)
            channel.tell(tid, "guardian: blocked \(summary) — \(e.reason!)")
            return refuse(e.reason!)
        }
        let id = desk.ids.next()
        let now = ApprovalDesk.now()
        let timeout = min(rule.timeout ?? askTimeout, askTimeout)
        let watched = isWatched
        var asked = event
        asked.decision = "ask"
        asked.detail = (asked.detail ?? [:]).merging(
            ["request": String(id), "timeout_s": watched ? String(Int(timeout)) : "0", "answer": watched ? "hold" : "retry"]) { $1 }
        guard recorder.record(asked) else { return refuse("the event could not be recorded") }
        let request = HeldRequest(
            id: id, session: recorder.session, pid: tid, kind: Event.Kind.net.rawValue, program: event.program,
            argv: [summary], path: event.path, access: nil, rule: rule.id, reason: rule.reason,
            since: now, deadline: now + timeout, grantKey: key, dedupKey: "\(tid)|\(key)|\(id)", refusalKey: "\(tid)|\(key)|\(id)")
        guard watched else {
            let why = refuseForNow(event, request, rule: rule)
            channel.tell(tid, "guardian: blocked \(summary) — \(why)")
            return refuse(why)
        }
        channel.tell(tid, "guardian: waiting for approval (id \(id)): \(summary) — rule \(rule.id): \(rule.reason). A human can allow it with: guardian approve \(id)")
        desk.hold(ApprovalDesk.Waiting(
            request: request,
            proceed: { [self] in
                var e = event
                e.decision = "approved"
                e.detail = ["request": String(id)]
                guard self.recorder.record(e) else { return refuse("the event could not be recorded") }
                proceed()
            },
            refuse: { [self] why in
                var e = event
                e.decision = "denied"
                e.reason = why
                e.detail = ["request": String(id)]
                _ = self.recorder.record(e)
                self.channel.tell(tid, "guardian: blocked \(summary) — \(why)")
                refuse(why)
            }))
        hook.run(asked)
    }
}
