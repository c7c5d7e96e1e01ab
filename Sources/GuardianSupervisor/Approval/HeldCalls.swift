import GuardianEvents
import GuardianPolicy
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The `ask` path: calls held until a human answers (or the timeout denies them), through the
/// desk the control channel serves. Grants for the session, approvals that cover a process's
/// descendants, and refusals already given answer at once.
final class HeldCalls: Sendable {
    let desk: ApprovalDesk
    /// How long an `ask` waits when its rule names no timeout.
    let askTimeout: Double
    let recorder: Recorder
    let channel: any TargetMessaging
    let hook: NotifyHook
    let logger: Logger

    init(desk: ApprovalDesk, askTimeout: Double, recorder: Recorder, channel: any TargetMessaging, hook: NotifyHook, logger: Logger) {
        self.desk = desk
        self.askTimeout = askTimeout
        self.recorder = recorder
        self.channel = channel
        self.hook = hook
        self.logger = logger
    }

    /// Holds the call; the worker that calls this returns to the listener at once, so a held
    /// call never blocks the rest of the tree. `proceed` performs the call exactly as it was
    /// decided.
    func hold(_ call: HeldCall, _ r: inout Responder, proceed: @escaping @Sendable (inout Responder) -> Void) {
        let responder = r
        r.handedOff()
        let rule = call.evaluation.primary

        let lineage = rule.flatMap { desk.approvedAncestor(rule: $0.id, pid: call.tid) }
        if desk.isGranted(call.grantKey) || lineage != nil {
            var e = call.event
            e.decision = "approved"
            e.reason = lineage.map { "part of request \($0), which a human approved" }
                ?? "approved for the session earlier: " + (rule?.reason ?? "")
            var x = responder
            if recorder.record(e) { proceed(&x) } else { x.fail(EACCES) }
            call.cleanup?()
            return
        }

        let tid = call.tid
        if let earlier = desk.refusedBefore(call.refusalKey) {
            var e = call.event
            e.decision = "denied"
            e.reason = "a human denied this request already (request \(earlier))"
            _ = recorder.record(e)
            channel.tell(tid, "guardian: blocked \(call.summary) — \(e.reason!)")
            var x = responder
            x.fail(EACCES)
            call.cleanup?()
            return
        }
        let repeatAnswer: @Sendable (Bool, String) -> Void = { [self] approved, why in
            var x = responder
            guard x.isValid() else { return }
            if approved { proceed(&x) } else {
                self.channel.tell(tid, "guardian: blocked \(call.summary) — \(why)")
                x.fail(EACCES)
            }
        }
        if let id = desk.attachRepeat(dedupKey: call.dedupKey, repeatAnswer) {
            logger.debug("request \(id): a repeat of the same call waits with it")
            call.cleanup?()
            return
        }

        let id = desk.ids.next()
        let now = ApprovalDesk.now()
        let timeout = rule?.timeout ?? askTimeout
        var asked = call.event
        asked.decision = "ask"
        asked.detail = (asked.detail ?? [:]).merging(["request": String(id), "timeout_s": String(Int(timeout))]) { $1 }
        guard recorder.record(asked) else { var x = responder; x.fail(EACCES); call.cleanup?(); return }

        channel.tell(tid, "guardian: waiting for approval (id \(id)): \(call.summary) — rule \(rule?.id ?? "?"): \(rule?.reason ?? ""). A human can allow it with: guardian approve \(id)")

        let request = HeldRequest(
            id: id, session: recorder.session, pid: tid, kind: call.kind.rawValue, program: call.event.program,
            argv: call.event.argv, path: call.event.path, access: call.event.access, rule: rule?.id,
            reason: rule?.reason, since: now, deadline: now + timeout,
            grantKey: call.grantKey, dedupKey: call.dedupKey,
            refusalKey: call.refusalKey.isEmpty ? call.dedupKey : call.refusalKey
        )
        let waiting = ApprovalDesk.Waiting(
            request: request,
            proceed: { [self] in
                var e = call.event
                e.decision = "approved"
                e.detail = ["request": String(id)]
                var x = responder
                guard self.recorder.record(e), x.isValid() else { x.fail(EACCES); return }
                proceed(&x)
            },
            refuse: { [self] why in
                var e = call.event
                e.decision = "denied"
                e.reason = why
                e.detail = ["request": String(id)]
                _ = self.recorder.record(e)
                self.channel.tell(tid, "guardian: blocked \(call.summary) — \(why)")
                var x = responder
                x.fail(EACCES)
            },
            cleanup: call.cleanup
        )
        desk.hold(waiting)
        hook.run(asked)
    }
}
