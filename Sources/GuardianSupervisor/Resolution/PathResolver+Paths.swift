import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

// Paths as bytes, the way the kernel takes them: no String round trip, no normalisation.
extension PathResolver {
    static func components(_ path: [UInt8]) -> [[UInt8]] {
        path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
    }

    static func openat(_ dirfd: Int32, _ name: [UInt8], _ flags: Int32, _ mode: UInt32 = 0) -> Int32 {
        var z = name
        z.append(0)
        return z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { Glibc.openat(dirfd, $0, flags, mode) }
        }
    }

    /// readlinkat(fd, name); an empty name reads the link `fd` itself refers to.
    static func readlink(fd: Int32, name: [UInt8]) -> [UInt8]? {
        var z = name
        z.append(0)
        var buffer = [UInt8](repeating: 0, count: 4097)
        let n = z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { namePtr in
                buffer.withUnsafeMutableBytes { readlinkat(fd, namePtr, $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4096) }
            }
        }
        guard n >= 0 else { return nil }
        return Array(buffer[0..<n])
    }

    /// The absolute path of what an fd refers to, as the kernel names it.
    static func realPath(of fd: Int32) -> [UInt8]? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 4096) { buffer in
            let n = gd_fd_path(fd, buffer.baseAddress!, 4096)
            // A name that fills the buffer may be cut short: no name rather than a wrong one.
            guard n >= 0, n < 4096 else { return nil }
            return Array(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: n))
        }
    }

    /// Splits off the last component: (parent path, name). `a/b/` → ("a", "b"); `b` → (".", "b").
    static func splitLast(_ path: [UInt8]) -> (parent: [UInt8], name: [UInt8]) {
        var p = path
        while p.count > 1, p.last == UInt8(ascii: "/") { p.removeLast() }
        guard let slash = p.lastIndex(of: UInt8(ascii: "/")) else { return (Array(".".utf8), p) }
        let parent = slash == 0 ? [UInt8(ascii: "/")] : Array(p[..<slash])
        return (parent, Array(p[(slash + 1)...]))
    }
}

extension Array where Element == UInt8 {
    /// The bytes with a NUL appended, for a C call: copied into temporary storage (the stack
    /// for a usual path), not into a new array — appending to a copy of a shared array
    /// allocated one per call, and every open and exec makes a few such calls.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        let n = count
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { z in
            withUnsafeBytes { UnsafeMutableRawBufferPointer(z).copyMemory(from: $0) }
            z[n] = 0
            return body(UnsafePointer(z.baseAddress!))
        }
    }
}
