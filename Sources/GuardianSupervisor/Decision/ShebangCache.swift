import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The `#!` line of each program run, remembered by file version (device, inode, size, mtime,
/// ctime — as `ProgramIdentity` keys its hashes), so an exec does not reopen and read a binary
/// it has seen before. Only what was read is remembered: a file Guardian could not open is
/// asked again next time.
///
/// A stale answer cannot let anything through: at PTRACE_EVENT_EXEC the tracer compares the
/// image the kernel really runs — the interpreter for a script, the file itself otherwise —
/// with the identity decided here, and kills on a mismatch.
final class ShebangCache: Sendable {
    /// The interpreter path of each version read; empty for a file that is not a script.
    private let lines = Mutex<[FileVersion: [UInt8]]>([:])
    static let limit = 4096

    /// The interpreter path of a `#!` line, if the file (`fd`, an O_PATH fd; `st`, its stat)
    /// starts with one.
    func interpreter(fd: Int32, st: stat) -> [UInt8]? {
        let version = FileVersion(st)
        if let known = lines.withLock({ $0[version] }) { return known.isEmpty ? nil : known }
        guard let head = ShebangCache.head(fd: fd) else { return nil }
        let line = ShebangCache.interpreter(head) ?? []
        lines.withLock {
            if $0.count >= ShebangCache.limit { $0.removeAll(keepingCapacity: true) }
            $0[version] = line
        }
        return line.isEmpty ? nil : line
    }

    /// The first 256 bytes of the file, or nil when it cannot be opened for reading.
    static func head(fd: Int32) -> [UInt8]? {
        let file = open("/proc/self/fd/\(fd)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var head = [UInt8](repeating: 0, count: 256)
        let n = head.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, 0) }
        guard n >= 0 else { return nil }
        head.removeSubrange(n...)
        return head
    }

    /// The interpreter path of a `#!` line at the start of `head`.
    static func interpreter(_ head: [UInt8]) -> [UInt8]? {
        let n = head.count
        guard n > 2, head[0] == UInt8(ascii: "#"), head[1] == UInt8(ascii: "!") else { return nil }
        var line = head[2..<n].prefix { $0 != 0x0A }
        while let f = line.first, f == 0x20 || f == 0x09 { line = line.dropFirst() }
        let interpreter = line.prefix { $0 != 0x20 && $0 != 0x09 }
        return interpreter.isEmpty ? nil : Array(interpreter)
    }
}
