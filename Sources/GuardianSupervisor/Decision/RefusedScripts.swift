import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Shells refused for what their script says, started anyway with the refusal carried out
/// inside them: every exec of such a shell, and of every task it forks, is refused with the
/// shell's reason. An agent harness runs a tool call as `sh -c SCRIPT` and captures its stderr;
/// had the shell's own exec failed, the harness would see only its own failure to start a
/// shell (`PermissionError: '/bin/sh'`) and throw the reason away with the output. Started this
/// way, the shell prints `psql: Permission denied` beside Guardian's line, and both reach the
/// agent.
///
/// Starting the shell is never weaker than refusing it: the shell alone (its program, flags,
/// variables and directory) is allowed, and what it does without exec'ing — its builtins'
/// opens, connects, signals — goes through the calls Guardian decides for every task anyway.
///
/// The mark is inherited eagerly, at the fork, clone or vfork event the tracer sees, not
/// looked up through ancestry at exec time: a background child reparented to Guardian after
/// the shell exits keeps it. The tracer marks the shell at its PTRACE_EVENT_EXEC (before it
/// runs one instruction, so before it can fork) and a notify worker reads the mark at each exec.
final class RefusedScripts: Sendable {
    /// Why a task's execs are refused.
    struct Refusal: Sendable, Equatable {
        /// The shell's exec as the agent reads it (`"sh -c psql shop <<EOF …"`).
        var shell: String
        /// The reason the shell was refused, with how a human lets its retry through.
        var reason: String
        var rule: RuleMatch?
    }

    private let byTask = Mutex<[pid_t: Refusal]>([:])

    /// Whether any task carries a refusal. While none does, a task's parent cannot carry one
    /// either, so the tracer need not wait for a new task's fork event before running it.
    var isEmpty: Bool { byTask.withLock { $0.isEmpty } }

    func refusal(of tid: pid_t) -> Refusal? { byTask.withLock { $0[tid] } }

    /// Marks a shell at its exec.
    func mark(_ pid: pid_t, _ refusal: Refusal) { byTask.withLock { $0[pid] = refusal } }

    /// A task created by `parent` (fork, vfork, clone): it carries the parent's refusal.
    func inherit(parent: pid_t, child: pid_t) {
        byTask.withLock { tasks in
            if let refusal = tasks[parent] { tasks[child] = refusal }
        }
    }

    /// A task that exited, or a thread whose id another took over at exec.
    func remove(_ pid: pid_t) { _ = byTask.withLock { $0.removeValue(forKey: pid) } }
}
