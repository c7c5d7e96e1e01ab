import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What each allowed exec was allowed to become, by the thread that asked: stored by the notify
/// worker before it lets the exec continue, taken by the tracer at PTRACE_EVENT_EXEC.
final class ExecExpectations: Sendable {
    private let byThread = Mutex<[pid_t: ExecExpectation]>([:])

    func expect(_ tid: pid_t, _ expectation: ExecExpectation) {
        byThread.withLock { $0[tid] = expectation }
    }

    /// Withdraws an expectation whose exec will not go ahead after all.
    func withdraw(_ tid: pid_t) {
        _ = byThread.withLock { $0.removeValue(forKey: tid) }
    }

    /// The expectation of the thread that exec'd (`former`: an exec from a non-main thread has
    /// taken over the thread-group id `pid`); both entries are cleared.
    func take(former: pid_t, pid: pid_t) -> ExecExpectation? {
        byThread.withLock { e -> ExecExpectation? in
            let x = e.removeValue(forKey: former)
            if former != pid { _ = e.removeValue(forKey: pid) }
            return x
        }
    }
}
