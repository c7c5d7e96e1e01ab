import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

extension TargetMemory {
    /// What an execve names: the path, argv, and the environment variables the policy reads.
    struct ExecArguments {
        var path: [UInt8]
        var argv: [String]
        var environment: NamedEnvironment
    }

    /// The path, argv and named environment variables of an exec, in two process_vm_readv for
    /// the usual call (each one pins the pages it reads): the path's head and the first page of
    /// both pointer arrays together, then the heads of every string together. What does not fit
    /// is completed as `bytes`, `pointers` and `heads` complete it; a first read that comes back
    /// short takes the three steps one by one, so every error is the one they give.
    func exec(path: UInt64, argv: UInt64, envp: UInt64, names: EnvironmentNames) throws(Errno) -> ExecArguments {
        let readEnvironment = !names.isEmpty
        guard path != 0 else { throw Errno(EFAULT) }
        var addresses: [UInt64] = [path]
        var lengths: [Int] = [Swift.min(256, TargetMemory.toPageEnd(path))]
        if argv != 0 {
            addresses.append(argv)
            lengths.append(TargetMemory.pointerChunk(at: argv) * 8)
        }
        if readEnvironment && envp != 0 {
            addresses.append(envp)
            lengths.append(TargetMemory.pointerChunk(at: envp) * 8)
        }
        let total = lengths.reduce(0, +)
        var buffer = [UInt8](repeating: 0, count: total)
        let got = buffer.withUnsafeMutableBytes { out in
            addresses.withUnsafeBufferPointer { a in
                lengths.withUnsafeBufferPointer { l in
                    gd_read_ranges(pid, a.baseAddress, l.baseAddress, a.count, out.baseAddress)
                }
            }
        }
        guard got == total else {
            return ExecArguments(
                path: try bytes(at: path), argv: try strings(at: argv),
                environment: try environment(at: envp, names: names))
        }

        var offset = lengths[0]
        let pathHead = buffer[0..<offset]
        let pathBytes: [UInt8]
        if let nul = pathHead.firstIndex(of: 0) {
            pathBytes = Array(pathHead[..<nul])
        } else {
            pathBytes = Array(pathHead) + (try bytes(at: path + UInt64(offset), max: TargetMemory.pathMax - offset))
        }
        // Past the first chunk of argv, the kernel's limit for this process bounds the rest.
        var limit = TargetMemory.argvBytesMax
        func pointerArray(_ address: UInt64, length: Int, bytes: Int) throws(Errno) -> [UInt64] {
            var out: [UInt64] = []
            let start = offset
            offset += length
            for i in 0..<(length / 8) {
                let p = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start + i * 8, as: UInt64.self) }
                if p == 0 { return out }
                out.append(p)
            }
            return out + (try pointers(at: address + UInt64(length), max: bytes / 8 - out.count))
        }
        // Only an argv longer than the first chunk asks for the process's own limit (a
        // prlimit64 per exec otherwise); a shorter one is bounded by `argvBytesMax`, and the
        // kernel refuses what exceeds its own.
        if argv != 0 && lengths[1] == 64 * 8 && !TargetMemory.holdsNull(buffer, from: lengths[0], count: 64) { limit = argumentBytesLimit() }
        let argvPointers = argv == 0 ? [] : try pointerArray(argv, length: lengths[1], bytes: limit)
        let envPointers = readEnvironment && envp != 0 ? try pointerArray(envp, length: lengths[lengths.count - 1], bytes: TargetMemory.argvBytesMax) : []
        let heads = try heads(argvPointers + envPointers)
        return ExecArguments(
            path: pathBytes,
            argv: try strings(argvPointers, heads: heads, from: 0, limit: limit),
            environment: readEnvironment ? try environment(envPointers, heads: heads, from: argvPointers.count, names: names) : NamedEnvironment())
    }

    static func toPageEnd(_ address: UInt64) -> Int { Int(4096 - (address & 4095)) }

    /// Whether `count` pointers at byte `offset` of `buffer` hold a null one (an array's end).
    static func holdsNull(_ buffer: [UInt8], from offset: Int, count: Int) -> Bool {
        buffer.withUnsafeBytes { b in (0..<count).contains { b.loadUnaligned(fromByteOffset: offset + $0 * 8, as: UInt64.self) == 0 } }
    }

    /// How many pointers `pointers(at:)` reads first: up to 64, not past the page end.
    static func pointerChunk(at address: UInt64) -> Int { Swift.max(1, Swift.min(64, toPageEnd(address) / 8)) }
}
