import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// Where handlers tell a blocked process why: a protocol, so a handler can be tested against a
/// fake that keeps the lines. Used only when a call is refused or held, never on the path of an
/// allowed one.
protocol TargetMessaging: Sendable {
    func tell(_ tid: pid_t, _ line: String)
}

/// One line on a blocked process's stderr, so the agent reads why it was stopped. A regular
/// file or socket is written through the target's own description (its offset stays right; a
/// socket gets MSG_DONTWAIT); a pipe or tty is reopened non-blocking, so a full pipe never
/// stalls a supervisor thread.
struct TargetChannel: TargetMessaging {
    func tell(_ tid: pid_t, _ line: String) {
        let text = Array((line + "\n").utf8)
        var shared: Int32 = -1
        let pidfd = gd_pidfd_open(tid)
        if pidfd >= 0 {
            shared = gd_pidfd_getfd(pidfd, 2)
            close(pidfd)
        }
        defer { if shared >= 0 { close(shared) } }
        var st = stat()
        if shared >= 0 && fstat(shared, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                _ = text.withUnsafeBytes { write(shared, $0.baseAddress, $0.count) }
                return
            case S_IFSOCK:
                _ = text.withUnsafeBytes { send(shared, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT | MSG_NOSIGNAL)) }
                return
            default:
                break
            }
        }
        let fd = open("/proc/\(tid)/fd/2", O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd >= 0 {
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            return
        }
        // A pipe we may not reopen (another user's): write through the target's own description,
        // only when the line fits in what the pipe has free, so the write cannot block.
        guard shared >= 0, (st.st_mode & S_IFMT) == S_IFIFO else { return }
        let room = Int(gd_pipe_room(shared))
        if room >= text.count {
            _ = text.withUnsafeBytes { write(shared, $0.baseAddress, $0.count) }
        }
    }
}
