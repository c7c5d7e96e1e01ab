import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// Answers one notification exactly once.
struct Responder {
    let fd: Int32
    let id: UInt64
    private(set) var answered = false
    /// Answered by another thread (held for a human, a blocking FIFO open) or not at all.
    private(set) var handedOffElsewhere = false
    /// What the answer was, for the latency split (DecisionKind): a descriptor installed, or
    /// the errno of a refusal (0 otherwise).
    private(set) var installed = false
    private(set) var answeredErrno: Int32 = 0

    init(fd: Int32, id: UInt64) {
        self.fd = fd
        self.id = id
    }

    /// Whether the target is still waiting for this answer (it may have died or been
    /// interrupted, and its pid reused): check after copying, before acting.
    func isValid() -> Bool { gd_notif_id_valid(fd, id) == 0 }

    mutating func fail(_ errno: Int32) {
        answered = true
        answeredErrno = errno
        _ = gd_notif_respond(fd, id, 0, -errno, 0)
    }

    mutating func succeed(_ value: Int64) {
        answered = true
        _ = gd_notif_respond(fd, id, value, 0, 0)
    }

    /// Lets the kernel run the syscall. Only for execve, which cannot be emulated and is
    /// verified again at PTRACE_EVENT_EXEC; never for a path-based open.
    mutating func continueExec() {
        answered = true
        _ = gd_notif_continue(fd, id)
    }

    /// Lets the kernel run a call that reaches no protected object (a connect elsewhere).
    mutating func continueCall() {
        answered = true
        _ = gd_notif_continue(fd, id)
    }

    /// Installs `file` into the target and answers with its fd number, in one step.
    mutating func install(_ file: Int32, cloexec: Bool) {
        answered = true
        let rc = gd_notif_addfd_send(fd, id, file, cloexec ? UInt32(O_CLOEXEC) : 0)
        if rc < 0 && rc != -ENOENT {
            answeredErrno = -rc
            _ = gd_notif_respond(fd, id, 0, rc, 0)
        } else {
            installed = true
        }
    }

    /// Installs `file` at descriptor `number` and answers with it, in one step; false (and
    /// still unanswered) when the kernel refuses the number (over the target's descriptor
    /// limit), so the caller installs it the ordinary way.
    mutating func install(_ file: Int32, cloexec: Bool, at number: Int32) -> Bool {
        let rc = gd_notif_addfd_send_at(fd, id, file, number, cloexec ? UInt32(O_CLOEXEC) : 0)
        if rc < 0 && rc != -ENOENT { return false }
        answered = true
        installed = true
        return true
    }

    /// Answered elsewhere (the call is held on another thread).
    mutating func handedOff() {
        answered = true
        handedOffElsewhere = true
    }
}
