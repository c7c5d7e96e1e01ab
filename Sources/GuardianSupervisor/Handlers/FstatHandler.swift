import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// fstat, newfstatat(fd, "", AT_EMPTY_PATH) — glibc's fstat — and statx(fd, "", AT_EMPTY_PATH)
/// — Rust's and Node's — of a descriptor in the served band: a masked copy there shows the
/// original file's identity (MaskedIdentities); any other descriptor's call runs in the kernel
/// as it is. Copy (the task's descriptor, through pidfd_getfd), decide (is it one of Guardian's
/// masked copies?), act (write the original's stat or statx into the task's buffer); on any
/// doubt the kernel answers, showing the memfd, which holds nothing secret.
struct FstatHandler: Sendable {
    let identities: MaskedIdentities?

    /// fstat(fd, buf), or newfstatat(fd, path, buf, flags) when `at`.
    func handle(_ n: Notification, at: Bool, _ r: inout Responder) {
        let buffer: UInt64
        if at {
            let flags = UInt32(truncatingIfNeeded: n.arg(3))
            guard gd_fstatat_flags_valid(flags) == 1, emptyPath(n, path: n.arg(1), flags: flags) else { return r.continueCall() }
            buffer = n.arg(2)
        } else {
            buffer = n.arg(1)
        }
        guard let original = maskedOriginal(n, &r) else { return }
        write(original.statBytes, to: buffer, n, &r)
    }

    /// statx(fd, path, flags, mask, buf).
    func handleStatx(_ n: Notification, _ r: inout Responder) {
        let flags = UInt32(truncatingIfNeeded: n.arg(2))
        let mask = UInt32(truncatingIfNeeded: n.arg(3))
        guard gd_statx_call_valid(flags, mask) == 1, emptyPath(n, path: n.arg(1), flags: flags) else { return r.continueCall() }
        guard let original = maskedOriginal(n, &r) else { return }
        write(original.statxBytes(asking: mask), to: n.arg(4), n, &r)
    }

    /// Whether the call names the descriptor itself: AT_EMPTY_PATH with an empty path — or no
    /// path, where the kernel takes that as empty (Linux 6.11). Any other path is resolved by
    /// the kernel (a relative one against a memfd fails there; an absolute one names another
    /// file).
    private func emptyPath(_ n: Notification, path: UInt64, flags: UInt32) -> Bool {
        guard flags & UInt32(GD_AT_EMPTY_PATH) != 0 else { return false }
        if path == 0 { return gd_null_path_is_empty() == 1 }
        var first: UInt8 = 1
        return gd_read_mem(n.tid, path, &first, 1) == 1 && first == 0
    }

    /// What the task's descriptor (argument 0) stands for when it is a masked copy Guardian
    /// served; nil when the call was answered (continued, or the task is gone).
    private func maskedOriginal(_ n: Notification, _ r: inout Responder) -> MaskedIdentities.Shown? {
        guard let identities else { r.continueCall(); return nil }
        let pidfd = gd_pidfd_open_thread(n.tid)
        guard pidfd >= 0 else { r.continueCall(); return nil }
        defer { close(pidfd) }
        // The pidfd is the task that asked only while its call is pending.
        guard r.isValid() else { r.handedOff(); return nil }
        let fd = gd_pidfd_getfd(pidfd, n.fdArg(0))
        guard fd >= 0 else { r.continueCall(); return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, let original = identities.original(ofCopy: st) else { r.continueCall(); return nil }
        return original
    }

    private func write(_ bytes: [UInt8], to buffer: UInt64, _ n: Notification, _ r: inout Responder) {
        let written = bytes.withUnsafeBytes { gd_write_mem(n.tid, buffer, $0.baseAddress, $0.count) }
        guard written == bytes.count else { return r.fail(EFAULT) }
        r.succeed(0)
    }
}
