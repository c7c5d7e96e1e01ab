import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// Copies values out of a stopped target's memory (process_vm_readv), bounded. Practice:
/// copy everything first, validate the notification id, then decide on what we own.
struct TargetMemory {
    let pid: pid_t

    static let pathMax = 4096
    static let argMax = 4096
    static let argvBytesMax = 1 << 20

    /// A NUL-terminated string as raw bytes, read up to page ends into a buffer that grows
    /// only as the string does (most are a few dozen bytes; `max` bounds the rest).
    func bytes(at address: UInt64, max: Int = pathMax) throws(Errno) -> [UInt8] {
        if address == 0 { throw Errno(EFAULT) }
        var out: [UInt8] = []
        var chunk = 256
        var at = address
        while out.count < max {
            let toPageEnd = Int(4096 - (at & 4095))
            let want = Swift.min(chunk, toPageEnd, max - out.count)
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: want))
            let n = out.withUnsafeMutableBytes { gd_read_mem(pid, at, $0.baseAddress! + start, want) }
            if n < 0 { throw Errno(Int32(-n)) }
            if n == 0 { throw Errno(EFAULT) }
            if let nul = out[start..<(start + n)].firstIndex(of: 0) {
                out.removeSubrange(nul...)
                return out
            }
            out.removeSubrange((start + n)...)
            at += UInt64(n)
            chunk = Swift.min(chunk * 4, 65536)
        }
        throw Errno(ENAMETOOLONG)
    }

    func string(at address: UInt64, max: Int = pathMax) throws(Errno) -> String {
        String(decoding: try bytes(at: address, max: max), as: UTF8.self)
    }

    /// Up to `count` bytes at `address`, fewer when a page boundary cuts the read short.
    func prefix(at address: UInt64, count: Int) throws(Errno) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let toPageEnd = Int(4096 - (address & 4095))
        var n = buffer.withUnsafeMutableBytes { gd_read_mem(pid, address, $0.baseAddress, Swift.min(count, toPageEnd)) }
        if n >= 0 && n == toPageEnd && count > toPageEnd {
            let more = buffer.withUnsafeMutableBytes { gd_read_mem(pid, address + UInt64(toPageEnd), $0.baseAddress! + toPageEnd, count - toPageEnd) }
            if more > 0 { n += more }
        }
        if n < 0 { throw Errno(Int32(-n)) }
        buffer.removeSubrange(n...)
        if let nul = buffer.firstIndex(of: 0) { buffer.removeSubrange(nul...) }
        return buffer
    }

    /// A NULL-terminated array of pointers (argv, envp).
    func pointers(at address: UInt64, max: Int = argMax) throws(Errno) -> [UInt64] {
        if address == 0 { return [] }
        var result: [UInt64] = []
        var chunk = [UInt64](repeating: 0, count: 64)
        var at = address
        while result.count < max {
            // Stop each read at a page end: the array may end just before an unmapped page.
            let toPageEnd = Int(4096 - (at & 4095)) / 8
            let want = Swift.max(1, Swift.min(chunk.count, toPageEnd))
            let n = chunk.withUnsafeMutableBytes { gd_read_mem(pid, at, $0.baseAddress, want * 8) }
            if n < 0 { throw Errno(Int32(-n)) }
            if n < 8 { throw Errno(EFAULT) }
            for i in 0..<(n / 8) {
                if chunk[i] == 0 { return result }
                result.append(chunk[i])
            }
            at += UInt64((n / 8) * 8)
        }
        throw Errno(E2BIG)
    }

    func strings(at address: UInt64) throws(Errno) -> [String] {
        var total = 0
        var out: [String] = []
        for p in try pointers(at: address) {
            let s = try bytes(at: p, max: 128 * 1024)
            total += s.count + 1
            if total > TargetMemory.argvBytesMax { throw Errno(E2BIG) }
            out.append(String(decoding: s, as: UTF8.self))
        }
        return out
    }

    /// The variables of envp whose names are in `names`, reading only what is needed.
    func environment(at address: UInt64, names: Set<String>) throws(Errno) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        var out: [String: String] = [:]
        let longest = names.map(\.utf8.count).max() ?? 0
        for p in try pointers(at: address) {
            // The name first; the whole string only for a wanted name.
            let head = try prefix(at: p, count: longest + 1)
            guard let eq = head.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(decoding: head[..<eq], as: UTF8.self)
            guard names.contains(name) else { continue }
            let full = try bytes(at: p, max: 64 * 1024)
            out[name] = String(decoding: full[(eq + 1)...], as: UTF8.self)
        }
        return out
    }
}
