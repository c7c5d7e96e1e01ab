#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Marks a session as running: an exclusive flock(2) on `$GUARDIAN_HOME/run/<session>.lock`
/// held by the Guardian process that runs it. The kernel drops the lock when that process
/// exits, however it exits, so "running" can never outlive the supervisor — which is what lets
/// `guardian verify` call a log without an `end` event truncated.
///
/// The lock is not released on deinit: keep it until `release()` or process exit.
public final class SessionLock: Sendable {
    public let path: String
    private let fd: Mutex<Int32>

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = Mutex(fd)
    }

    public static func path(paths: GuardianPaths, session: String) -> String {
        paths.run + "/" + session + ".lock"
    }

    /// Creates the lock file (mode 0600) and takes the lock. Throws if it cannot, or if another
    /// process already holds it (a session id in use).
    public static func acquire(paths: GuardianPaths, session: String) throws -> SessionLock {
        let path = path(paths: paths, session: session)
        try EventLog.makeDirectories(paths.run)
        // O_CLOEXEC: the agent must not inherit the lock and keep the session "running".
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0 { throw EventLogError(path: path, errno: errno, operation: "open lock") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            _ = close(fd)
            throw EventLogError(path: path, errno: e, operation: "lock")
        }
        return SessionLock(path: path, fd: fd)
    }

    /// Whether a live process holds the session's lock.
    public static func isHeld(paths: GuardianPaths, session: String) -> Bool {
        let fd = open(path(paths: paths, session: session), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 { return false }
        defer { _ = close(fd) }
        // flock locks belong to the open file description, so this fd conflicts even with a
        // lock held by this same process.
        while flock(fd, LOCK_SH | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            return errno == EWOULDBLOCK
        }
        _ = flock(fd, LOCK_UN)
        return false
    }

    /// Removes the lock file and drops the lock. Unlinking first is safe: a reader that opened
    /// the old file gets the lock only once the session is over, which is the right answer.
    public func release() {
        fd.withLock { fd in
            guard fd >= 0 else { return }
            _ = unlink(path)
            _ = close(fd)
            fd = -1
        }
    }
}
