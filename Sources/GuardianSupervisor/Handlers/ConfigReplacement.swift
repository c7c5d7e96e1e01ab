import CGuardianShim
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// A file git obeys, replaced by rename — `git config` writes `.git/config.lock` and renames
/// it over `.git/config`, and so may anything in the tree. Guardian reads the new bytes on its
/// own descriptor, decides on them (`GitConfig.runsNothingNew` against the file they replace),
/// and performs the replacement itself from its copy: what lands is what was decided, and a
/// write through a descriptor the tree kept on the source reaches only the source, whose name
/// the replacement removes as a rename would.
struct ConfigReplacement {
    /// git's configuration files are a few KiB; a larger one is refused (EFBIG).
    static let limit = 1 << 20

    var bytes: [UInt8]
    var mode: mode_t
    var source: FileIdentity
    /// Adds or changes no setting that makes git run a program.
    var runsNothingNew: Bool

    /// The source `src` (which `lstat` found as `st`) read on Guardian's own descriptor, and the
    /// file now at `dst`, if it can be read (one that cannot counts as holding no settings).
    static func read(_ src: PathCallHandler.Entry, _ st: stat, current dst: PathCallHandler.Entry) throws(ResolutionError) -> ConfigReplacement {
        let fd = src.name.withCString { openat(src.parent, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else { throw .current }
        defer { close(fd) }
        var now = stat()
        // The name was swapped since it was decided: the caller sees a transient failure.
        guard fstat(fd, &now) == 0, FileIdentity(now) == FileIdentity(st), (now.st_mode & S_IFMT) == S_IFREG else { throw .errno(EAGAIN) }
        guard let bytes = readAll(fd) else { throw .errno(EFBIG) }
        var current: [UInt8]? = nil
        let old = dst.name.withCString { openat(dst.parent, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        if old >= 0 {
            var ost = stat()
            if fstat(old, &ost) == 0 && (ost.st_mode & S_IFMT) == S_IFREG { current = readAll(old) }
            close(old)
        }
        return ConfigReplacement(bytes: bytes, mode: now.st_mode & 0o777, source: FileIdentity(now),
                                 runsNothingNew: GitConfig.runsNothingNew(current: current, replacement: bytes))
    }

    /// Everything `fd` holds, or nil past `limit` or on a read error.
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return out }
            out.append(contentsOf: chunk[..<n])
            if out.count > limit { return nil }
        }
    }

    /// A new file beside `dst` with the bytes and the source's mode, renamed over `dst` (with
    /// the caller's RENAME_NOREPLACE); then the source name is removed if it still names the
    /// file that was read.
    func perform(_ src: PathCallHandler.Entry, _ dst: PathCallHandler.Entry, flags: UInt32) throws(ResolutionError) {
        let temp = dst.name + Array(".guardian-\(String(UInt64.random(in: 0 ... .max), radix: 36))".utf8)
        let fd = temp.withCString { openat(dst.parent, $0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
        guard fd >= 0 else { throw .current }
        var failure = ServedCopy.writeAll(fd, bytes)
        if failure == 0 && fchmod(fd, mode) != 0 { failure = errno }
        close(fd)
        if failure == 0 {
            let rc = temp.withCString { t in dst.name.withCString { gd_renameat2(dst.parent, t, dst.parent, $0, flags & GD_RENAME_NOREPLACE) } }
            if rc < 0 { failure = -rc }
        }
        if failure != 0 {
            _ = temp.withCString { unlinkat(dst.parent, $0, 0) }
            throw .errno(failure)
        }
        var now = stat()
        if src.name.withCString({ fstatat(src.parent, $0, &now, AT_SYMLINK_NOFOLLOW) }) == 0 && FileIdentity(now) == source {
            _ = src.name.withCString { unlinkat(src.parent, $0, 0) }
        }
    }
}
