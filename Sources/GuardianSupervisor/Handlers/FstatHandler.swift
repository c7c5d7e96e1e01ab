import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// fstat, and newfstatat(fd, "", AT_EMPTY_PATH) — glibc's fstat —, of a descriptor in the
/// served band: a masked copy there shows the original file's stat (MaskedIdentities); any
/// other descriptor's call runs in the kernel as it is. Copy (the task's descriptor, through
/// pidfd_getfd), decide (is it one of Guardian's masked copies?), act (write the original's
/// stat into the task's buffer); on any doubt the kernel answers, showing the memfd.
struct FstatHandler: Sendable {
    let identities: MaskedIdentities?

    func handle(_ n: Notification, at: Bool, _ r: inout Responder) {
        guard let identities else { return r.continueCall() }
        let buffer: UInt64
        if at {
            guard Int32(truncatingIfNeeded: n.arg(3)) & Int32(GD_AT_EMPTY_PATH) != 0 else { return r.continueCall() }
            var first: UInt8 = 1
            guard gd_read_mem(n.tid, n.arg(1), &first, 1) == 1, first == 0 else { return r.continueCall() }
            buffer = n.arg(2)
        } else {
            buffer = n.arg(1)
        }
        let pidfd = gd_pidfd_open_thread(n.tid)
        guard pidfd >= 0 else { return r.continueCall() }
        defer { close(pidfd) }
        // The pidfd is the task that asked only while its call is pending.
        guard r.isValid() else { return r.handedOff() }
        let fd = gd_pidfd_getfd(pidfd, n.fdArg(0))
        guard fd >= 0 else { return r.continueCall() }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, let original = identities.original(ofCopy: st) else { return r.continueCall() }
        let written = original.withUnsafeBytes { gd_write_mem(n.tid, buffer, $0.baseAddress, $0.count) }
        guard written == original.count else { return r.fail(EFAULT) }
        r.succeed(0)
    }
}
