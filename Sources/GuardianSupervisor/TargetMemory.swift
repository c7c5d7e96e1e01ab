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

    /// The first `head` bytes of each string (fewer at a page end), in one or a few reads.
    /// Strings whose NUL is not in their head are completed one by one.
    func heads(_ pointers: [UInt64], head: Int = 256) throws(Errno) -> [(bytes: ArraySlice<UInt8>, complete: Bool)] {
        if pointers.isEmpty { return [] }
        var buffer = [UInt8](repeating: 0, count: pointers.count * head)
        var lens = [Int](repeating: 0, count: pointers.count)
        let rc = buffer.withUnsafeMutableBytes { out in
            lens.withUnsafeMutableBufferPointer { l in
                pointers.withUnsafeBufferPointer { p in
                    gd_read_heads(pid, p.baseAddress, p.count, head, out.baseAddress!.assumingMemoryBound(to: CChar.self), l.baseAddress)
                }
            }
        }
        if rc < 0 { throw Errno(Int32(-rc)) }
        var out: [(bytes: ArraySlice<UInt8>, complete: Bool)] = []
        out.reserveCapacity(pointers.count)
        for i in 0..<pointers.count {
            let slice = buffer[(i * head)..<(i * head + lens[i])]
            if let nul = slice.firstIndex(of: 0) {
                out.append((slice[..<nul], true))
            } else {
                out.append((slice, false))
            }
        }
        return out
    }

    func strings(at address: UInt64) throws(Errno) -> [String] {
        let pointers = try pointers(at: address)
        return try strings(pointers, heads: try heads(pointers)[...])
    }

    /// The strings at `pointers`, from their heads; a string longer than its head is read again.
    func strings(_ pointers: [UInt64], heads: ArraySlice<(bytes: ArraySlice<UInt8>, complete: Bool)>) throws(Errno) -> [String] {
        var total = 0
        var out: [String] = []
        out.reserveCapacity(pointers.count)
        for (i, h) in zip(pointers.indices, heads) {
            // A complete head is decoded where it lies; only a longer string is read again.
            let s = h.complete ? h.bytes : try bytes(at: pointers[i], max: 128 * 1024)[...]
            total += s.count + 1
            if total > TargetMemory.argvBytesMax { throw Errno(E2BIG) }
            out.append(String(decoding: s, as: UTF8.self))
        }
        return out
    }

    /// The variables of envp whose names are in `names`, reading only what is needed.
    func environment(at address: UInt64, names: EnvironmentNames) throws(Errno) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        let pointers = try pointers(at: address)
        return try environment(pointers, heads: try heads(pointers)[...], names: names)
    }

    /// The variables named in `names` among the strings at `pointers`, from their heads.
    func environment(_ pointers: [UInt64], heads: ArraySlice<(bytes: ArraySlice<UInt8>, complete: Bool)>, names: EnvironmentNames) throws(Errno) -> [String: String] {
        var out: [String: String] = [:]
        let longest = names.longest
        for (i, h) in zip(pointers.indices, heads) {
            // The name from the head; a name the head cut short is read again on its own.
            var head = h.bytes
            if !h.complete && head.firstIndex(of: UInt8(ascii: "=")) == nil && head.count < longest + 1 {
                head = try prefix(at: pointers[i], count: longest + 1)[...]
            }
            guard let eq = head.firstIndex(of: UInt8(ascii: "=")) else { continue }
            guard let name = names.match(head[head.startIndex..<eq]) else { continue }
            let full = h.complete ? Array(h.bytes) : try bytes(at: pointers[i], max: 64 * 1024)
            let valueStart = eq - head.startIndex + 1
            guard valueStart <= full.count else { continue }
            out[name] = String(decoding: full[valueStart...], as: UTF8.self)
        }
        return out
    }
}
