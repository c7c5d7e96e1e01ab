import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// A file on a particular mount: the same directory seen through two mounts (a bind mount) is
/// two places, so `..` stops at a task's root only on that very mount.
struct MountedFile: Equatable, Sendable {
    var mount: UInt64
    var file: FileIdentity

    /// What `fd` is, or nil when it cannot be told.
    init?(fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        mount = gd_mount_id(fd)
        file = FileIdentity(st)
    }
}
