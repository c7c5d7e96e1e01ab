import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP sent to Guardian go to the tree, and Guardian waits for it.
/// A signal the terminal generated (si_code SI_KERNEL: Ctrl-C) already reached the agent's
/// foreground process group, so it is not sent a second time — an agent that reads a
/// double Ctrl-C as "quit now" sees exactly one.
public enum SignalForwarder {
    static let forwarded: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    public static func install(_ supervisor: Supervisor) throws(Errno) {
        var fds: [Int32] = [-1, -1]
        _ = try check(gd_pipe_cloexec(&fds))
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        let readEnd = fds[0]
        let thread = try OSThread.start {
            var msg: (Int32, Int32, Int32) = (0, 0, 0)
            while true {
                let n = withUnsafeMutableBytes(of: &msg) { read(readEnd, $0.baseAddress, 12) }
                if n < 0 && errno == EINTR { continue }
                if n != 12 { return }
                let (sig, code, _) = msg
                // A held call waits killable only (and a traced task's fatal signals are not
                // promoted to SIGKILL): answer what is held, so the tree can take the signal —
                // a Ctrl-C at the terminal included.
                supervisor.denyAllHeld("the session was interrupted (signal \(sig)) while it waited")
                if code == Int32(SI_KERNEL) && sig != SIGTERM { continue }
                supervisor.signalTree(sig)
            }
        }
        thread.detach()
        _ = try check(gd_install_signal_pipe(fds[1], forwarded, Int32(forwarded.count)))
        // Guardian may have been started with these blocked (a parent's mask is inherited):
        // unblock them here, before any supervisor thread exists, so every thread inherits it.
        _ = try check(gd_sigsetmask_unblock(forwarded, Int32(forwarded.count)))
    }
}
