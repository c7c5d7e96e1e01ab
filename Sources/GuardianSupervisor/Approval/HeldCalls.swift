import GuardianEvents
import GuardianPolicy
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The `ask` path: calls held until a human answers (or the timeout denies them), through the
/// desk the control channel serves. Grants for the session, approvals that cover a process's
/// descendants, and refusals already given answer at once.
public final class HeldCalls: Sendable {
    /// How long a held call waits while an approver watches, unless the profile says: short
    /// enough that an agent's own command timeout (commonly 10 s to 2 min) does not cut the
    /// answer off. A later approval still counts: it lets the call's identical retry through.
    public static let defaultAskTimeout = 8.0

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

        if let approved = desk.takeRetryApproval(call.grantKey) {
            var e = call.event
            e.decision = "approved"
            e.reason = "the retry of request \(approved), which a human approved"
            e.detail = ["request": String(approved)]
            var x = responder
            if recorder.record(e) { proceed(&x) } else { x.fail(EACCES) }
            call.cleanup?()
            return
        }

        let tid = call.tid
        if let earlier = desk.refusedBefore(call.refusalKey) ?? desk.retryRefused(call.grantKey) {
            var e = call.event
            e.decision = "denied"
            e.reason = "a human denied this request already (request \(earlier))"
            _ = recorder.record(e)
            var x = responder
            refuse(call, &x, why: e.reason!)
            call.cleanup?()
            return
        }
        if let id = desk.refusedForNow(call.refusalKey) {
            // The same call again from the same process (a PATH search): the same answer.
            var x = responder
            refuse(call, &x, why: Self.needsHuman(id, rule: rule))
            call.cleanup?()
            return
        }
        let repeatAnswer: @Sendable (Bool, String) -> Void = { [self] approved, why in
            var x = responder
            guard x.isValid() else { return }
            if approved { proceed(&x) } else { self.refuse(call, &x, why: why) }
        }
        if let id = desk.attachRepeat(dedupKey: call.dedupKey, repeatAnswer) {
            logger.debug("request \(id): a repeat of the same call waits with it")
            call.cleanup?()
            return
        }

        let id = desk.ids.next()
        let now = ApprovalDesk.now()
        let timeout = min(rule?.timeout ?? askTimeout, askTimeout)
        let watched = isWatched
        var asked = call.event
        asked.decision = "ask"
        asked.detail = (asked.detail ?? [:]).merging(
            ["request": String(id), "timeout_s": watched ? String(Int(timeout)) : "0", "answer": watched ? "hold" : "retry"]) { $1 }
        guard recorder.record(asked) else { var x = responder; x.fail(EACCES); call.cleanup?(); return }

        let request = HeldRequest(
            id: id, session: recorder.session, pid: tid, kind: call.kind.rawValue, program: call.event.program,
            argv: call.event.argv, path: call.event.path, access: call.event.access, rule: rule?.id,
            reason: rule?.reason, since: now, deadline: now + timeout,
            grantKey: call.grantKey, dedupKey: call.dedupKey,
            refusalKey: call.refusalKey.isEmpty ? call.dedupKey : call.refusalKey
        )
        guard watched else {
            // Nobody can answer now: the agent hears at once what it needs and how a human
            // lets the identical call through, instead of a wait its own tool timeout cuts.
            let why = refuseForNow(call.event, request, rule: rule)
            var x = responder
            refuse(call, &x, why: why)
            call.cleanup?()
            return
        }

        channel.tell(tid, "guardian: waiting for approval (id \(id)): \(call.summary) — rule \(rule?.id ?? "?"): \(rule?.reason ?? ""). A human can allow it with: guardian approve \(id)")

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
                var x = responder
                self.refuse(call, &x, why: why)
            },
            cleanup: call.cleanup
        )
        desk.hold(waiting)
        hook.run(asked)
    }

    /// For a call that cannot wait (link, rename, truncate, unlink are performed in the worker
    /// that decided them): an approval already given for this identical call lets it through
    /// now; otherwise it is refused at once, and an approval lets its retry through. True when
    /// the call may proceed.
    func answerNow(_ call: HeldCall) -> Bool {
        let rule = call.evaluation.primary
        if desk.isGranted(call.grantKey) || desk.takeRetryApproval(call.grantKey) != nil {
            var e = call.event
            e.decision = "approved"
            e.reason = "a human approved this call: " + (rule?.reason ?? "")
            return recorder.record(e)
        }
        if let earlier = desk.retryRefused(call.grantKey) {
            var e = call.event
            e.decision = "denied"
            e.reason = "a human denied this request already (request \(earlier))"
            _ = recorder.record(e)
            channel.tell(call.tid, "guardian: blocked \(call.summary) — \(e.reason!)")
            return false
        }
        let id = desk.ids.next()
        let now = ApprovalDesk.now()
        var asked = call.event
        asked.decision = "ask"
        asked.detail = (asked.detail ?? [:]).merging(["request": String(id), "timeout_s": "0", "answer": "retry"]) { $1 }
        guard recorder.record(asked) else { return false }
        let request = HeldRequest(
            id: id, session: recorder.session, pid: call.tid, kind: call.kind.rawValue, program: call.event.program,
            argv: call.event.argv, path: call.event.path, access: call.event.access, rule: rule?.id,
            reason: rule?.reason, since: now, deadline: now, grantKey: call.grantKey, dedupKey: call.dedupKey,
            refusalKey: call.refusalKey.isEmpty ? call.dedupKey : call.refusalKey)
        let why = refuseForNow(call.event, request, rule: rule)
        channel.tell(call.tid, "guardian: blocked \(call.summary) — \(why)")
        return false
    }

    /// Tells the agent why a held call is refused, and refuses it: it fails with EACCES, or
    /// goes ahead as its `refuseInside` carries the refusal out.
    func refuse(_ call: HeldCall, _ x: inout Responder, why: String) {
        channel.tell(call.tid, "guardian: blocked \(call.summary) — \(why)")
        if let inside = call.refuseInside { inside(&x, why) } else { x.fail(EACCES) }
    }

    /// Records the refusal of a call that needs a human now and leaves its request on the desk,
    /// open to an approval of the identical retry for `ApprovalDesk.retryWindow`. Returns the
    /// reason the agent is to read.
    func refuseForNow(_ event: Event, _ request: HeldRequest, rule: RuleMatch?) -> String {
        var open = request
        open.awaitingRetry = true
        open.deadline = ApprovalDesk.now() + ApprovalDesk.retryWindow
        desk.hold(ApprovalDesk.Waiting(request: open, proceed: {}, refuse: { _ in }))
        desk.noteRefusedForNow(request.refusalKey, request.id)
        var e = event
        e.decision = "denied"
        e.reason = Self.needsHuman(request.id, rule: rule)
        e.detail = ["request": String(request.id)]
        _ = recorder.record(e)
        return e.reason!
    }

    /// Whether a human can answer now: an approval client is connected (`guardian tail -f
    /// --interactive`) or a `--notify` hook tells someone.
    var isWatched: Bool { hook.command != nil || desk.isWatched }

    /// What the agent reads when a call needs a human who is not there to answer now.
    static func needsHuman(_ id: Int, rule: RuleMatch?) -> String {
        "it needs a human (request \(id)), rule \(rule?.id ?? "?"): \(rule?.reason ?? ""). Nobody is watching this session, so it is "
            + "refused for now; a human can allow it with: guardian approve \(id) — then retry the identical command once"
    }

    /// Why a held call was refused when its wait ran out.
    static func unanswered(_ id: Int) -> String {
        "no human answered in time (request \(id)); a human can still allow it with: guardian approve \(id) — then retry the identical command once"
    }
}
