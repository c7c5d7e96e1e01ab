import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// The credentials the kernel checks file access with, from /proc/<tid>/status — and the real,
/// effective and saved ids, which decide what a later set*id call turns them into: two tasks
/// are equal only when every id matches.
struct TaskCredentials: Equatable, Sendable {
    /// Real, effective, saved and filesystem ids, as /proc lists them.
    var uids: [uid_t]
    var gids: [gid_t]
    var groups: [gid_t]
    var effectiveCapabilities: UInt64

    var fsuid: uid_t { uids[3] }
    var fsgid: gid_t { gids[3] }

    static func read(_ tid: pid_t) -> TaskCredentials? {
        guard let text = ProcessTree.readSmallFile("/proc/\(tid)/status") else { return nil }
        var uids: [uid_t] = [], gids: [gid_t] = [], caps: UInt64? = nil
        var groups: [gid_t] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let key = fields.first else { continue }
            switch key {
            case "Uid:" where fields.count >= 5: uids = fields[1...4].compactMap { uid_t($0) }
            case "Gid:" where fields.count >= 5: gids = fields[1...4].compactMap { gid_t($0) }
            case "Groups:": groups = fields.dropFirst().compactMap { gid_t($0) }
            case "CapEff:" where fields.count >= 2: caps = UInt64(fields[1], radix: 16)
            default: continue
            }
        }
        guard uids.count == 4, gids.count == 4, let caps else { return nil }
        return TaskCredentials(uids: uids, gids: gids, groups: groups, effectiveCapabilities: caps)
    }

    /// Applies these to the calling thread only.
    func apply() -> Bool {
        groups.withUnsafeBufferPointer { gd_thread_fs_credentials(fsuid, fsgid, $0.baseAddress, Int32($0.count)) } == 0
    }

    /// Gives the calling worker back Guardian's own credentials (these) after it acted as a
    /// task. A worker that cannot have them back would decide and act for every later call with
    /// a task's filesystem ids and groups: the session ends instead (exit 125; the tree dies
    /// with Guardian, PTRACE_O_EXITKILL), as when a worker cannot get a filesystem context.
    func restore() {
        let rc = groups.withUnsafeBufferPointer { gd_thread_fs_credentials(fsuid, fsgid, $0.baseAddress, Int32($0.count)) }
        guard rc != 0 else { return }
        let text = "guardian: a notify worker could not take back Guardian's own credentials after acting for a task (\(Errno(-rc))); stopping\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        _exit(125)
    }
}

/// Guardian's own ids when they are all one value (real = effective = saved = filesystem), so a
/// set*id call that names only that value, or -1, provably leaves a task's credentials as
/// Guardian's. GNU make calls `setresuid(-1, euid, -1)` before every job it starts.
struct OwnIDs: Sendable {
    var uid: UInt32
    var gid: UInt32

    init?(_ own: TaskCredentials?) {
        guard let own, let uid = own.uids.first, let gid = own.gids.first,
              own.uids.allSatisfy({ $0 == uid }), own.gids.allSatisfy({ $0 == gid }) else { return nil }
        self.uid = uid
        self.gid = gid
    }

    /// Whether a credential call with these arguments leaves an unmarked task (whose ids are
    /// all Guardian's) exactly as it was. setgroups and capset always count as a change.
    func keepsOwn(_ call: SyscallTable.CredentialCall, _ n: Notification) -> Bool {
        let own: UInt32
        let count: Int
        switch call {
        case .uid(let c): own = uid; count = c
        case .gid(let c): own = gid; count = c
        case .other: return false
        }
        for i in 0..<count {
            let id = UInt32(truncatingIfNeeded: n.arg(i))
            if id != UInt32.max && id != own { return false }
        }
        return true
    }
}
