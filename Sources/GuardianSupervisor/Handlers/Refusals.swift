import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Answers a call the resolver refused: a reach into another process's /proc entries or onto a
/// mount Guardian cannot place is logged, explained and answered EACCES; the kernel's own
/// answer is passed on.
struct Refusals: Sendable {
    let recorder: Recorder
    let channel: any TargetMessaging

    func refuse(_ tid: pid_t, _ error: ResolutionError, path: [UInt8]?, syscall: String, _ r: inout Responder) {
        let rule: RuleMatch
        switch error {
        case .foreignProcess: rule = ProcOwnership.rule
        case .unplaceable: rule = MountPlacement.rule
        case .errno(let e): return r.fail(e)
        }
        let shown = path.map { String(decoding: $0, as: UTF8.self) } ?? "a path"
        let kind: Event.Kind = syscall.hasPrefix("open") || syscall == "creat" ? .open : syscall.hasPrefix("exec") ? .exec : .file
        var e = recorder.event(pid: tid, kind: kind, decision: "deny", rule: rule)
        e.path = shown
        e.syscall = syscall
        // Denied whether or not the line could be written. A program that sweeps /proc (`ps`,
        // `top`) meets one refusal per other process: those are counted per program, and it is
        // told once a second.
        let program = ExecTracer.exe(tid)
        e.program = program
        if recorder.recordRepeatable(e, key: rule.id + "|" + program) {
            let verb = kind == .open ? "opening" : kind == .exec ? "running" : syscall
            channel.tell(tid, "guardian: blocked \(verb) \(shown) — rule \(rule.id): \(rule.reason)")
        }
        r.fail(EACCES)
    }
}
