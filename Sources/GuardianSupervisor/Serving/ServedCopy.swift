import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// A file served to the tree as a copy: the bytes Guardian read from its own fd of the real
/// file, transformed (a trust bundle with the session CA after it; the same bytes, when what
/// was checked must be what is read), in a memfd sealed against any change
/// (F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL). The copy is what was decided
/// on: writing the real file after the check changes nothing a reader of the copy sees.
/// Shared by every reader of one file version; each reader gets an open file of its own.
final class ServedCopy: Sendable {
    /// The sealed memfd, closed when the last holder lets go (never while a reader is being
    /// served from it, so its number cannot be reused under a reopen).
    let fd: Int32
    let size: Int

    private init(fd: Int32, size: Int) {
        self.fd = fd
        self.size = size
    }

    deinit { close(fd) }

    /// A sealed copy of `bytes`, or nil (errno set) when the memfd cannot be made.
    static func seal(_ bytes: [UInt8], name: String) -> ServedCopy? {
        let fd = gd_memfd_sealable(name)
        guard fd >= 0 else { errno = -fd; return nil }
        let failure = writeAll(fd, bytes)
        guard failure == 0 else { close(fd); errno = failure; return nil }
        let sealed = gd_memfd_seal(fd)
        guard sealed == 0 else { close(fd); errno = -sealed; return nil }
        return ServedCopy(fd: fd, size: bytes.count)
    }

    /// Writes all of `bytes` to `fd` from its offset; 0, or the errno that stopped it (EIO for a
    /// write that took nothing).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n < 0 ? errno : EIO }
            done += n
        }
        return 0
    }

    /// The whole of `fd` (a regular file Guardian opened for reading), or nil when it is larger
    /// than `limit` or cannot be read. One read of the size fstat gave plus one byte, so a file
    /// that grew meanwhile is seen as too large rather than cut.
    static func readAll(_ fd: Int32, limit: Int) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= limit else { return nil }
        var out = [UInt8](repeating: 0, count: Int(st.st_size) + 1)
        var got = 0
        while got < out.count {
            let n = out[got...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(got)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            got += n
            if got > limit { return nil }
        }
        out.removeLast(out.count - got)
        return out
    }

    /// A new open file of the copy for one reader (its own offset), with the reader's status
    /// flags; read-only whatever was asked. The caller installs and closes it.
    func open(flags: Int32) -> Int32 {
        let keep = flags & (O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        let copy = gd_reopen(fd, O_RDONLY | keep | O_CLOEXEC)
        return copy >= 0 ? copy : -1
    }
}
