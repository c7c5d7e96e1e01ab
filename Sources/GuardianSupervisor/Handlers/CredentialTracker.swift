import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The credential calls (set*id, setgroups, capset): the kernel runs them, and the tracker marks
/// each task that changed — or inherited changed — credentials. The workers act with Guardian's
/// credentials, which are the tree's until a task changes its own; for a marked task they take
/// the task's filesystem credentials for the one call they make on its behalf.
final class CredentialTracker: Sendable {
    private let changed = Mutex<Set<pid_t>>([])
    /// How many tasks `changed` holds, read without the lock on every notification.
    private let markedTasks = Atomic<Int>(0)
    /// Guardian's ids, when a set*id call naming only them can be told to change nothing.
    let ownIDs: OwnIDs?
    /// Guardian's own filesystem credentials, restored after acting for a marked task.
    let ownCredentials: TaskCredentials?

    init() {
        ownCredentials = TaskCredentials.read(getpid())
        ownIDs = OwnIDs(ownCredentials)
    }

    func mark(_ tid: pid_t) {
        changed.withLock { if $0.insert(tid).inserted { markedTasks.add(1, ordering: .relaxed) } }
    }

    func unmark(_ tid: pid_t) {
        changed.withLock { if $0.remove(tid) != nil { markedTasks.subtract(1, ordering: .relaxed) } }
    }

    /// Lock-free when no task is marked, which is the usual case.
    func hasChanged(_ tid: pid_t) -> Bool {
        guard markedTasks.load(ordering: .relaxed) > 0 else { return false }
        return changed.withLock { $0.contains(tid) }
    }

    /// A credential call (continued by the kernel): marks the task unless the call provably
    /// leaves its credentials as Guardian's.
    func note(_ call: SyscallTable.CredentialCall?, _ n: Notification) {
        if let ids = ownIDs, let call, ids.keepsOwn(call, n), !hasChanged(n.tid) {
            return
        }
        mark(n.tid)
    }

    /// Runs `body` with the target's filesystem credentials when they differ from Guardian's.
    /// A root task that dropped capabilities but kept uid 0 cannot be imitated this way: its
    /// calls are refused rather than performed with Guardian's capabilities.
    func actingAs(_ tid: pid_t, _ r: inout Responder, _ body: (inout Responder) -> Void) {
        guard hasChanged(tid) else { return body(&r) }
        // Without Guardian's own credentials to compare and return to, a marked task is not
        // acted for at all (Guardian's would be the wrong ones).
        guard let own = ownCredentials else { return r.fail(EACCES) }
        guard let theirs = TaskCredentials.read(tid) else { return r.fail(EACCES) }
        if theirs == own {
            // Back to (or never away from) Guardian's credentials: any later change is another
            // trapped call, which marks the task again.
            unmark(tid)
            return body(&r)
        }
        if theirs.fsuid == 0 && theirs.effectiveCapabilities != own.effectiveCapabilities {
            return r.fail(EACCES)
        }
        guard theirs.apply() else { own.restore(); return r.fail(EACCES) }
        body(&r)
        own.restore()
    }
}
