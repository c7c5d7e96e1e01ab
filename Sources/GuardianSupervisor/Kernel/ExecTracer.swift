import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// The ptrace side: one thread that forks the agent, attaches with PTRACE_SEIZE, follows every
/// fork, vfork and clone, and verifies every exec at PTRACE_EVENT_EXEC — the one moment the new
/// image is stopped, single-threaded and beyond a sibling's reach. Every ptrace request and
/// every waitpid happens on this thread (docs/KERNEL.md, ptrace rules).
struct ExecTracer: Sendable {
    let tree: ProcessTree
    let killSwitch: KillSwitch
    /// Credentials are inherited: so is a task's mark.
    let credentials: CredentialTracker
    let expectations: ExecExpectations
    /// Shells started with their execs refused: the mark is set at the exec, inherited at forks.
    let refused: RefusedScripts
    let resolver: PathResolver
    let gate: PolicyGate
    let recorder: Recorder
    let channel: any TargetMessaging

    /// Runs until every task of the tree is gone. Returns the root's wait status. `timeline`
    /// is marked when the agent's own program has been verified and runs.
    func loop(root: pid_t, timeline: StartTimeline? = nil) -> Int32 {
        var rootStatus: Int32 = 0
        var rootDone = false
        var rootExecuted = false
        // New tasks stopped before their creator's fork event was seen, while some task carries
        // a refusal (RefusedScripts): they run once the event says whose they are. The value is
        // the task's parent by /proc when parked (its creator, unless CLONE_PARENT).
        var parked: [pid_t: pid_t] = [:]
        while true {
            var status: Int32 = 0
            let pid = gd_wait(-1, &status, __WALL)
            if pid < 0 { break }  // ECHILD: nothing left
            if exited(status) || signaled(status) {
                parked.removeValue(forKey: pid)
                // A creator killed inside fork reports no fork event: what it created inherits
                // from it now, while its mark is still known.
                for (child, parent) in parked where parent == pid {
                    refused.inherit(parent: pid, child: child)
                    parked.removeValue(forKey: child)
                    _ = gd_ptrace_cont(child, 0)
                }
                refused.remove(pid)
                tree.remove(pid)
                if pid == root {
                    rootStatus = status
                    rootDone = true
                    // The agent is gone: what it left running goes with it.
                    for task in tree.all { kill(task, SIGKILL) }
                }
                // The tree is over once the agent and every task of it are reaped. Guardian may
                // have children of its own that are not the tree's (a process substitution of
                // the shell that exec'd it, a notify hook): waiting for them could wait forever
                // (a `>(cat)` reads until Guardian's copy of its pipe closes, at Guardian's exit).
                // A tracee not seen yet dies with Guardian (PTRACE_O_EXITKILL).
                if rootDone && tree.count == 0 { break }
                continue
            }
            guard stopped(status) else { continue }
            if killSwitch.isPulled {
                // The kill switch: whatever stops here, and whatever it just forked, dies.
                var child: UInt = 0
                if gd_wptrace_event(status) != 0, gd_ptrace_geteventmsg(pid, &child) == 0, child > 0 { kill(pid_t(child), SIGKILL) }
                kill(pid, SIGKILL)
                continue
            }
            let sig = gd_wstopsig(status)
            let event = gd_wptrace_event(status)
            switch event {
            case GD_PTRACE_EVENT_FORK, GD_PTRACE_EVENT_VFORK, GD_PTRACE_EVENT_CLONE:
                var child: UInt = 0
                if gd_ptrace_geteventmsg(pid, &child) == 0 {
                    // A clone may be a thread, whose parent is its process's: only fork and vfork
                    // name the parent here; other lookups read /proc.
                    if event == GD_PTRACE_EVENT_CLONE { tree.add(pid_t(child)) } else { tree.add(pid_t(child), parent: pid) }
                    // Credentials are inherited: so is the mark.
                    if credentials.hasChanged(pid) { credentials.mark(pid_t(child)) }
                    refused.inherit(parent: pid, child: pid_t(child))
                    if rootDone || killSwitch.isPulled { kill(pid_t(child), SIGKILL) }
                    if parked.removeValue(forKey: pid_t(child)) != nil { _ = gd_ptrace_cont(pid_t(child), 0) }
                }
                _ = gd_ptrace_cont(pid, 0)
            case GD_PTRACE_EVENT_EXEC:
                verifyExec(pid)
                if pid == root && !rootExecuted {
                    rootExecuted = true
                    timeline?.mark("exec")
                }
            case GD_PTRACE_EVENT_STOP:
                // A new task's first stop can come before its creator's fork event. While some
                // task carries a refusal, it waits for the event: run now, it could exec before
                // it inherits its creator's refusal. (While none does, its creator has none: a
                // shell is marked at its exec, before it can fork.)
                if !tree.contains(pid) && !refused.isEmpty {
                    tree.add(pid)
                    parked[pid] = ProcessTree.parent(of: pid)
                    continue
                }
                tree.add(pid)
                if sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU {
                    // A group-stop: keep it stopped, as job control expects, but keep watching.
                    _ = gd_ptrace_listen(pid)
                } else {
                    _ = gd_ptrace_cont(pid, 0)
                }
            default:
                // A signal-delivery stop: deliver the signal.
                tree.add(pid)
                _ = gd_ptrace_cont(pid, sig)
            }
        }
        return rootStatus
    }

    func exited(_ s: Int32) -> Bool { gd_wifexited(s) != 0 }
    func signaled(_ s: Int32) -> Bool { gd_wifsignaled(s) != 0 }
    func stopped(_ s: Int32) -> Bool { gd_wifstopped(s) != 0 }

    /// The decision that counts: what the new image really is, read while it cannot change.
    private func verifyExec(_ pid: pid_t) {
        var former: UInt = 0
        _ = gd_ptrace_geteventmsg(pid, &former)
        let formerTid = former == 0 ? pid : pid_t(former)
        if formerTid != pid { tree.remove(formerTid) }
        let expected = expectations.take(former: formerTid, pid: pid)
        var st = stat()
        let exeOK = stat("/proc/\(pid)/exe", &st) == 0
        let cmdline = ExecTracer.arguments(pid)
        let cwdBytes = resolver.workingDirectoryBytes(of: pid)

        var reason: String? = nil
        var rule: RuleMatch? = nil
        var cwd: String {
            cwdBytes.map { String(decoding: $0, as: UTF8.self) } ?? "/"
        }
        if let expected {
            if !exeOK || FileIdentity(st) != expected.identity {
                reason = "the program that started (\(ExecTracer.exe(pid))) is not the one that was allowed (\(expected.request.interpreter ?? expected.request.program))"
            } else if !expected.sameArguments(cmdline) {
                reason = "the arguments changed between the decision and the exec"
            } else {
                // Decide again on the image itself, with the environment it really has — unless
                // it is exactly what was decided (then the answer cannot differ). The arguments
                // are the decided ones (for a script, the request's argv is what rules saw).
                var request = expected.request
                if let cwdBytes, !cwdBytes.elementsEqual(expected.request.cwd.utf8) {
                    request.cwd = String(decoding: cwdBytes, as: UTF8.self)
                }
                let environment = ExecTracer.environment(pid, names: gate.environmentNames)
                request.environment = environment?.values ?? [:]
                if cwdBytes == nil {
                    reason = "the working directory of the new image could not be placed"
                } else if environment == nil {
                    reason = "the environment of the new image could not be read"
                } else if let environment, !environment.conflicting.isEmpty {
                    // Another thread rewrote envp after the decision: the image has two copies.
                    let refusal = ExecHandler.ambiguousEnvironment(environment.conflicting)
                    rule = refusal
                    reason = "denied at exec: " + refusal.reason
                } else if request != expected.request {
                    let evaluation = gate.evaluate(request)
                    if evaluation.decision > expected.decision && evaluation.decision > .audit {
                        rule = evaluation.primary
                        reason = "denied at exec: " + (evaluation.primary?.reason ?? "policy")
                    }
                }
            }
        } else {
            reason = "an exec the supervisor did not see before it happened"
        }
        guard let reason else {
            // A mark stays with the process (the thread that exec'd took over its id).
            if formerTid != pid, let refusal = refused.refusal(of: formerTid) {
                refused.mark(pid, refusal)
                refused.remove(formerTid)
            }
            // A shell started with its execs refused: marked before it runs an instruction.
            if let refusal = expected?.refusal { refused.mark(pid, refusal) }
            _ = gd_ptrace_cont(pid, 0)
            return
        }
        let argv = ExecExpectation.arguments(cmdline)
        var event = recorder.event(pid: pid, kind: .exec, decision: "kill", rule: rule, reason: reason)
        event.program = ExecTracer.exe(pid)
        event.argv = argv
        event.cwd = cwd
        _ = recorder.record(event)
        channel.tell(pid, "guardian: killed \"\(argv.joined(separator: " "))\" — \(reason)")
        kill(pid, SIGKILL)
    }

    /// The path of the running image, for the kill event and the message.
    static func exe(_ pid: pid_t) -> String {
        PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/\(pid)/exe".utf8)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }

    /// The stopped image's argv as `/proc/PID/cmdline` shows it, read whole (the kernel's 6 MiB
    /// ceiling for argv and envp together, as `environment` below); empty when it cannot be,
    /// which no allowed exec matches.
    static func arguments(_ pid: pid_t) -> [UInt8] {
        let limit = 8 << 20
        guard let bytes = ProcessTree.readProcessMemoryFile("/proc/\(pid)/cmdline", limit: limit), bytes.count < limit else { return [] }
        return bytes
    }

    /// The named variables of the stopped image, or nil when its environment cannot be read
    /// whole: the exec is then unverified. The kernel caps argv and envp together at 3/4 of
    /// _STK_LIM (6 MiB; fs/exec.c, get_arg_page), so a read of 8 MiB that fills up is not a
    /// real environment.
    static func environment(_ pid: pid_t, names: EnvironmentNames) -> NamedEnvironment? {
        guard !names.isEmpty else { return NamedEnvironment() }
        let limit = 8 << 20
        guard let bytes = ProcessTree.readProcessMemoryFile("/proc/\(pid)/environ", limit: limit), bytes.count < limit else { return nil }
        return names.select(from: bytes)
    }
}
