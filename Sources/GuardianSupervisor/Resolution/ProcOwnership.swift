import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Who a procfs object belongs to: a process of the supervised tree, or one outside it whose
/// entries stay out of reach except the harmless ones (ps, top and htop read them). Decided on
/// where the object is — its path in Guardian's view — however the walk got there: from /proc,
/// from a cwd or dirfd inside /proc/<pid>, or through a symlink.
struct ProcOwnership: Sendable {
    let tree: ProcessTree

    static let rule = RuleMatch(
        id: "guardian.foreign-process", decision: .deny,
        reason: "memory, environment, descriptors and files of processes outside the session are out of reach"
    )

    /// Entries of a process outside the tree that reveal nothing secret.
    static let harmlessForeignEntries: Set<String> = ["stat", "status", "statm", "comm", "cmdline", "cgroup", "loginuid", "sessionid", "wchan", "oom_score", "sched", "schedstat"]

    /// Refuses `real` (a path in Guardian's view, on Guardian's procfs), followed by `entry` when
    /// the walk is about to open it, unless it belongs to the tree or is harmless.
    func check(_ real: [UInt8], entry extra: String?) throws(ResolutionError) {
        var parts = PathResolver.components(real).map { String(decoding: $0, as: UTF8.self) }
        if let extra { parts.append(extra) }
        guard parts.first == "proc", parts.count >= 2, let pid = pid_t(parts[1]) else { return }
        if tree.contains(pid) { return }
        var rest = Array(parts.dropFirst(2))
        if rest.first == "task", rest.count >= 2 {
            guard let tid = pid_t(rest[1]) else { throw .errno(EACCES) }
            if tree.contains(tid) { return }
            rest = Array(rest.dropFirst(2))
        }
        if rest.isEmpty { return }  // the directory itself: listing names reveals nothing
        if rest.count == 1 && ProcOwnership.harmlessForeignEntries.contains(rest[0]) { return }
        throw .foreignProcess
    }

    /// Whether the walk, standing in Guardian's /proc, may take the step `name` with `next` (the
    /// component after it) still to come: another process's entries only when harmless.
    func mayEnter(_ name: [UInt8], next: [UInt8]?) -> Bool {
        guard let pid = ProcOwnership.number(name), !tree.contains(pid), let next else { return true }
        return ProcOwnership.harmlessForeignEntries.contains(String(decoding: next, as: UTF8.self))
    }

    static func number(_ name: [UInt8]) -> pid_t? {
        guard !name.isEmpty, name.count < 10, name.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return pid_t(String(decoding: name, as: UTF8.self))
    }
}
