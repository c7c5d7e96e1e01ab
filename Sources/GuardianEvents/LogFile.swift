#if canImport(Glibc)
import Glibc
#endif

/// Read access to one log file by offset, for readers that must not load a whole log.
struct LogFile: ~Copyable {
    let path: String
    private let fd: Int32

    init(path: String) throws(EventLogError) {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw EventLogError(path: path, errno: errno, operation: "open") }
    }

    deinit { _ = close(fd) }

    var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Up to `count` bytes at `offset` (fewer at end of file).
    func read(at offset: Int, count: Int) throws(EventLogError) -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = out.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + got, count - got, off_t(offset + got))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw EventLogError(path: path, errno: errno, operation: "read")
            }
            if n == 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }

    func readAll() throws(EventLogError) -> [UInt8] {
        try read(at: 0, count: size)
    }

    /// The complete lines before `end`, last first, each without its newline; stops once `body`
    /// returns false. A trailing line without a newline (still being written, or torn) is skipped.
    func forEachLineBackwards(before end: Int, _ body: (ArraySlice<UInt8>) -> Bool) throws(EventLogError) {
        let chunkSize = 64 * 1024
        var pos = end
        var carry: [UInt8] = []  // the start of a line whose beginning lies before `pos`
        var trimmed = false
        while pos > 0 {
            let start = max(0, pos - chunkSize)
            var data = try read(at: start, count: pos - start)
            data.append(contentsOf: carry)
            carry = []
            pos = start
            if !trimmed {
                guard let nl = data.lastIndex(of: 0x0A) else { continue }
                data.removeSubrange((nl + 1)...)
                trimmed = true
            }
            // data now ends with a newline; its first segment is complete only at file start.
            var lineEnd = data.count - 1
            while lineEnd >= 0 {
                let lineStart = (data[..<lineEnd].lastIndex(of: 0x0A) ?? -1) + 1
                if lineStart == 0 && start > 0 {
                    carry = Array(data[0...lineEnd])
                    break
                }
                if lineStart < lineEnd, !body(data[lineStart..<lineEnd]) { return }
                lineEnd = lineStart - 1
            }
        }
    }

    /// The offset just past the last newline before `end`: where complete lines stop.
    func completeLength(before end: Int) throws(EventLogError) -> Int {
        var pos = end
        while pos > 0 {
            let start = max(0, pos - 4096)
            let data = try read(at: start, count: pos - start)
            if let nl = data.lastIndex(of: 0x0A) { return start + nl + 1 }
            pos = start
        }
        return 0
    }
}

/// Splits bytes into complete lines (without newlines); returns them and the length consumed.
func completeLines(_ data: [UInt8]) -> (lines: [ArraySlice<UInt8>], consumed: Int) {
    guard let last = data.lastIndex(of: 0x0A) else { return ([], 0) }
    let lines = data[..<last].split(separator: 0x0A, omittingEmptySubsequences: false)
    return (lines.filter { !$0.isEmpty }, last + 1)
}
