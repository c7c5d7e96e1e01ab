import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// The credentials the kernel checks file access with, from /proc/<tid>/status.
struct TaskCredentials: Equatable, Sendable {
    var fsuid: uid_t
    var fsgid: gid_t
    var groups: [gid_t]
    var effectiveCapabilities: UInt64

    static func read(_ tid: pid_t) -> TaskCredentials? {
        guard let text = ProcessTree.readSmallFile("/proc/\(tid)/status") else { return nil }
        var fsuid: uid_t? = nil, fsgid: gid_t? = nil, caps: UInt64? = nil
        var groups: [gid_t] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let key = fields.first else { continue }
            switch key {
            case "Uid:" where fields.count >= 5: fsuid = uid_t(fields[4])
            case "Gid:" where fields.count >= 5: fsgid = gid_t(fields[4])
            case "Groups:": groups = fields.dropFirst().compactMap { gid_t($0) }
            case "CapEff:" where fields.count >= 2: caps = UInt64(fields[1], radix: 16)
            default: continue
            }
        }
        guard let fsuid, let fsgid, let caps else { return nil }
        return TaskCredentials(fsuid: fsuid, fsgid: fsgid, groups: groups, effectiveCapabilities: caps)
    }

    /// Applies these to the calling thread only.
    func apply() -> Bool {
        groups.withUnsafeBufferPointer { gd_thread_fs_credentials(fsuid, fsgid, $0.baseAddress, Int32($0.count)) } == 0
    }
}

extension SupervisorContext {
    func markChangedCredentials(_ tid: pid_t) { _ = changedCredentials.withLock { $0.insert(tid) } }
    func hasChangedCredentials(_ tid: pid_t) -> Bool { changedCredentials.withLock { $0.contains(tid) } }

    /// Runs `body` with the target's filesystem credentials when they differ from Guardian's.
    /// A root task that dropped capabilities but kept uid 0 cannot be imitated this way: its
    /// calls are refused rather than performed with Guardian's capabilities.
    func actingAs(_ tid: pid_t, _ r: inout Responder, _ body: (inout Responder) -> Void) {
        guard hasChangedCredentials(tid), let own = ownCredentials else { return body(&r) }
        guard let theirs = TaskCredentials.read(tid) else { return r.fail(EACCES) }
        if theirs == own { return body(&r) }
        if theirs.fsuid == 0 && theirs.effectiveCapabilities != own.effectiveCapabilities {
            return r.fail(EACCES)
        }
        guard theirs.apply() else { _ = own.apply(); return r.fail(EACCES) }
        body(&r)
        _ = own.apply()
    }
}
