#if canImport(Glibc)
import Glibc
#endif

/// A file's identity: what a decision on "the object" is keyed by — a protected file under any
/// hardlink name, Guardian's binary, a user namespace's nsfs file, a directory seen before.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    /// The identity of what `path` names (following symlinks), if it exists.
    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }
}
