import CGuardianShim
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What `fstat` and `statx` of a masked copy show: the original file's identity as Guardian
/// read it on its own fd (device, inode, size — the same, stand-ins keep lengths — mode, owner,
/// times; for statx also its birth time, attributes and mount). A copy served at a number of
/// the filter's served band gets these calls answered from here, so a program that compares the
/// open file with the path it stat'ed (`cp`, `install`: "replaced while being copied") copies
/// the masked content. Keyed by the copy's memfd inode; metadata only — what is read is still
/// the sealed copy.
final class MaskedIdentities: Sendable {
    private struct Key: Hashable { var dev: UInt64; var ino: UInt64 }
    /// One original: its `struct stat`, and what statx shows of it (gd_statx_note).
    struct Shown: Sendable {
        /// The original's `struct stat`, as fstat writes it.
        let statBytes: [UInt8]
        /// What statx shows of it, before the caller's mask (gd_statx_note).
        let notedStatx: [UInt8]
        let mountIDUnique: UInt64

        /// The bytes statx(2) asking for `mask` writes (gd_statx_answer).
        func statxBytes(asking mask: UInt32) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: Int(GD_STATX_SIZE))
            notedStatx.withUnsafeBufferPointer { noted in
                out.withUnsafeMutableBufferPointer { gd_statx_answer(noted.baseAddress, mountIDUnique, mask, $0.baseAddress) }
            }
            return out
        }
    }
    private let shown = Mutex<[Key: Shown]>([:])
    /// Bounds the map: a session serving more distinct masked versions starts again.
    static let limit = 65_536

    /// Records that `copy` stands for the file `original` describes, which Guardian holds open
    /// as `object`.
    func note(_ copy: ServedCopy, original: stat, object: Int32) {
        var st = stat()
        guard fstat(copy.fd, &st) == 0 else { return }
        let key = Key(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        var bytes = [UInt8](repeating: 0, count: MemoryLayout<stat>.size)
        withUnsafeBytes(of: original) { raw in bytes.withUnsafeMutableBytes { $0.copyMemory(from: raw) } }
        // A copy is one version of one file: noted at its first masked open.
        if shown.withLock({ $0[key]?.statBytes == bytes }) { return }
        var noted = [UInt8](repeating: 0, count: Int(GD_STATX_SIZE))
        var unique: UInt64 = 0
        withUnsafePointer(to: original) { o in
            noted.withUnsafeMutableBufferPointer { gd_statx_note(object, o, $0.baseAddress, &unique) }
        }
        let entry = Shown(statBytes: bytes, notedStatx: noted, mountIDUnique: unique)
        shown.withLock { map in
            if map.count >= Self.limit, map[key] == nil { map.removeAll() }
            map[key] = entry
        }
    }

    /// What is shown of the original for an open file `st` describes, if it is a masked copy.
    func original(ofCopy st: stat) -> Shown? {
        let key = Key(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        return shown.withLock { $0[key] }
    }

    /// The lowest free number of the served band in `tid`'s descriptor table, if the number
    /// just below the band is free too (the process's own descriptors are far from it, so its
    /// other threads cannot be handed that number meanwhile); nil otherwise.
    static func freeBandNumber(_ tid: pid_t, _ r: inout Responder) -> Int32? {
        let pidfd = gd_pidfd_open_thread(tid)
        guard pidfd >= 0 else { return nil }
        defer { close(pidfd) }
        guard r.isValid() else { return nil }
        func isFree(_ k: Int32) -> Bool {
            let got = gd_pidfd_getfd(pidfd, k)
            if got >= 0 { close(got); return false }
            return got == -EBADF
        }
        let base = Int32(FilterPlan.servedBand.base)
        guard isFree(base - 1) else { return nil }
        for k in base..<(base + 64) where isFree(k) { return k }
        return nil
    }
}
