#if canImport(Glibc)
import Glibc
#endif

/// One version of a file's content: its identity, size and modification and change times.
/// Caches keyed by it (the `#!` line, a program's hash) never serve an edited file's old answer.
struct FileVersion: Hashable, Sendable {
    var identity: FileIdentity
    var size: Int64, mtime: Int, mtimeNs: Int, ctime: Int, ctimeNs: Int

    init(_ st: stat) {
        identity = FileIdentity(st)
        size = Int64(st.st_size)
        mtime = st.st_mtim.tv_sec; mtimeNs = st.st_mtim.tv_nsec; ctime = st.st_ctim.tv_sec; ctimeNs = st.st_ctim.tv_nsec
    }
}
