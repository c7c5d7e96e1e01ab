import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// Copies values out of a stopped target's memory (process_vm_readv), bounded. Practice:
/// copy everything first, validate the notification id, then decide on what we own.
struct TargetMemory {
    let pid: pid_t

    static let pathMax = 4096
    /// The kernel's own ceiling for an exec's argv and envp together: strings and pointers
    /// within 3/4 of _STK_LIM, 6 MiB (fs/exec.c, bprm_stack_limits; a lower stack rlimit only
    /// lowers it). An exec past these bounds fails in the kernel with E2BIG too, so refusing it
    /// here refuses nothing the kernel would run; anything below them is read whole.
    static let argvBytesMax = 6 << 20
    static let argMax = argvBytesMax / 8
    /// The ceiling the kernel applies to an exec by this process: a quarter of its stack rlimit,
    /// within [128 KiB, 6 MiB] (bprm_stack_limits). An argv past it fails in the kernel, so it
    /// is refused without reading the rest: 400,000 words under the usual 8 MiB stack cost a
    /// few reads, not a decision over every word. When the limit cannot be read (a target whose
    /// credentials changed), the 6 MiB ceiling, which reads more, not less.
    func argumentBytesLimit() -> Int {
        let stack = gd_stack_limit(pid)
        guard stack >= 0 else { return TargetMemory.argvBytesMax }
        let quarter = Int(clamping: stack / 4)
        return Swift.min(TargetMemory.argvBytesMax, Swift.max(32 * 4096, quarter))
    }

    /// The kernel's ceiling for one argument or environment string, MAX_ARG_STRLEN (32 pages).
    static let argStringMax = 32 * 4096
    /// The heads read together are at most this many bytes in all (`heads`).
    static let headsBytesMax = 1 << 20

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

    /// An argument or environment string: one longer than the kernel takes fails as the exec
    /// would (E2BIG), not as a path (ENAMETOOLONG).
    static func asArgument(_ read: () throws(Errno) -> [UInt8]) throws(Errno) -> [UInt8] {
        do { return try read() } catch where error.rawValue == ENAMETOOLONG { throw Errno(E2BIG) }
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

    /// The first bytes of many strings, read together: string `i` is at `i * head` in one
    /// buffer, `length(i)` bytes long. Decoding works on the buffer in place, without a slice (and
    /// its retain and release) per string. As a collection (tests), each element is the string's
    /// head up to its NUL and whether the NUL was in it.
    struct Heads: RandomAccessCollection {
        let buffer: [UInt8]
        let lens: [Int]
        let head: Int

        var startIndex: Int { 0 }
        var endIndex: Int { lens.count }

        subscript(i: Int) -> (bytes: ArraySlice<UInt8>, complete: Bool) {
            let slice = buffer[(i * head)..<(i * head + lens[i])]
            if let nul = slice.firstIndex(of: 0) { return (slice[..<nul], true) }
            return (slice, false)
        }

        /// Calls `body` with string `i`'s head up to its NUL, and whether the NUL was in it.
        @inline(__always)
        func withString<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R) -> R {
            buffer.withUnsafeBufferPointer { all in
                let base = all.baseAddress! + i * head
                let length = lens[i]
                if let nul = memchr(base, 0, length) {
                    return body(UnsafeBufferPointer(start: base, count: base.distance(to: nul.assumingMemoryBound(to: UInt8.self))), true)
                }
                return body(UnsafeBufferPointer(start: base, count: length), false)
            }
        }
    }

    /// The first `head` bytes of each string (fewer at a page end), in one or a few reads.
    /// Strings whose NUL is not in their head are completed one by one by the callers. With
    /// thousands of strings (`cat dir/*`) the head shrinks so the buffer stays within
    /// `headsBytesMax`; arguments that long are mostly short.
    func heads(_ pointers: [UInt64], head preferred: Int = 256) throws(Errno) -> Heads {
        let head = Swift.max(32, Swift.min(preferred, TargetMemory.headsBytesMax / Swift.max(1, pointers.count)))
        if pointers.isEmpty { return Heads(buffer: [], lens: [], head: head) }
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
        return Heads(buffer: buffer, lens: lens, head: head)
    }

    func strings(at address: UInt64) throws(Errno) -> [String] {
        let pointers = try pointers(at: address)
        return try strings(pointers, heads: try heads(pointers), from: 0)
    }

    /// The strings at `pointers`, whose heads are `heads` from index `first` on; a string longer
    /// than its head is read again. Strings and pointers past `limit` bytes fail with E2BIG.
    func strings(_ pointers: [UInt64], heads: Heads, from first: Int, limit: Int = argvBytesMax) throws(Errno) -> [String] {
        var total = pointers.count * 8
        var out: [String] = []
        out.reserveCapacity(pointers.count)
        for k in pointers.indices {
            // A complete head is decoded where it lies; only a longer string is read again.
            let decoded: String? = heads.withString(first + k) { bytes, complete in
                complete ? String(decoding: bytes, as: UTF8.self) : nil
            }
            let s: String
            if let decoded {
                s = decoded
            } else {
                s = String(decoding: try TargetMemory.asArgument { () throws(Errno) in try bytes(at: pointers[k], max: TargetMemory.argStringMax) }, as: UTF8.self)
            }
            total += s.utf8.count + 1
            if total > limit { throw Errno(E2BIG) }
            out.append(s)
        }
        return out
    }

    /// The variables of envp whose names are in `names`, reading only what is needed. Every copy
    /// of a named variable is read: a second copy that differs is what makes the exec ambiguous.
    func environment(at address: UInt64, names: EnvironmentNames) throws(Errno) -> NamedEnvironment {
        guard !names.isEmpty else { return NamedEnvironment() }
        let pointers = try pointers(at: address)
        return try environment(pointers, heads: try heads(pointers), from: 0, names: names)
    }

    /// The variables named in `names` among the strings at `pointers`, whose heads are `heads`
    /// from index `first` on.
    func environment(_ pointers: [UInt64], heads: Heads, from first: Int, names: EnvironmentNames) throws(Errno) -> NamedEnvironment {
        enum Entry { case other, variable(String, String), named(String, Int), cut }
        var out = NamedEnvironment()
        let longest = names.longest
        for k in pointers.indices {
            // Most entries are settled on their head: not a name the policy reads, or a complete
            // `NAME=value` that is one.
            let entry: Entry = heads.withString(first + k) { bytes, complete in
                guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")) else {
                    // A name the head cut short is read again on its own.
                    return !complete && bytes.count < longest + 1 ? .cut : .other
                }
                guard let name = names.match(UnsafeBufferPointer(rebasing: bytes[..<eq])) else { return .other }
                return complete ? .variable(name, String(decoding: UnsafeBufferPointer(rebasing: bytes[(eq + 1)...]), as: UTF8.self))
                    : .named(name, eq + 1)
            }
            let name: String, valueStart: Int
            switch entry {
            case .other:
                continue
            case .variable(let name, let value):
                out.add(name, value)
                continue
            case .named(let named, let start):
                (name, valueStart) = (named, start)
            case .cut:
                let head = try prefix(at: pointers[k], count: longest + 1)
                guard let eq = head.firstIndex(of: UInt8(ascii: "=")), let named = names.match(head[..<eq]) else { continue }
                (name, valueStart) = (named, eq + 1)
            }
            // A value longer than its head: the whole entry, read again.
            let full = try TargetMemory.asArgument { () throws(Errno) in try bytes(at: pointers[k], max: TargetMemory.argStringMax) }
            guard valueStart <= full.count else { continue }
            out.add(name, String(decoding: full[valueStart...], as: UTF8.self))
        }
        return out
    }
}
