import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// The decision on one resolved file, for every access a call implies, strictest kept.
struct FileDecision {
    var path: String
    var accesses: [FileAccess]
    var evaluation: Evaluation

    static let selfRule = RuleMatch(
        id: "guardian.self-protection", decision: .deny,
        reason: "Guardian's own state, configuration, profiles and binary cannot be changed from inside the session"
    )

    /// Device files that hand out what the filter denies as syscalls.
    static let kernelEscapes: Set<String> = ["/dev/userfaultfd", "/dev/mem", "/dev/kmem", "/dev/port", "/proc/kcore"]
    static let dev = Array("/dev/".utf8), proc = Array("/proc/".utf8)
    static let escapeRule = RuleMatch(
        id: "guardian.kernel-escape", decision: .deny,
        reason: "this device gives what the filter denies (userfaultfd, raw memory)"
    )

    /// `content`: what the file was found to hold, for rules that do not apply to it
    /// (`unless_content`); each content spares only the accesses it concerns
    /// (`FileContent.spares`).
    /// A file with several names while the pin walk could not list a directory where rules
    /// protect files: it may be a hardlink of one of them.
    static func unpinnedRule(_ directory: String) -> RuleMatch {
        RuleMatch(id: "guardian.pins-incomplete", decision: .deny,
                  reason: "this file has several names and \(directory) could not be listed to tell whether one is a protected file; make it readable (chmod u+r) and start a new session")
    }

    /// What `links` is for a file: its link count if it is a regular file (only those are
    /// pinned), else 1.
    static func links(_ st: stat) -> UInt64 {
        (st.st_mode & S_IFMT) == S_IFREG ? UInt64(st.st_nlink) : 1
    }

    /// `links`: the file's link count (`links(_:)`).
    init(gate: PolicyGate, protection: SelfProtection, path rawPath: [UInt8], identity: FileIdentity?, links: UInt64 = 2, accesses: [FileAccess],
         content: FileContent? = nil) {
        path = String(decoding: rawPath, as: UTF8.self)
        self.accesses = accesses
        var result = Evaluation.allow
        // Cheapest test first: most calls only read, and only /dev and /proc hold the escapes.
        if accesses.contains(where: { $0 != .read }) && protection.isGuarded(path) {
            result = Evaluation(decision: .deny, matches: [FileDecision.selfRule])
        }
        if !accesses.isEmpty && (rawPath.starts(with: FileDecision.dev) || rawPath.starts(with: FileDecision.proc))
            && FileDecision.kernelEscapes.contains(path) {
            result = Evaluation(decision: .deny, matches: [FileDecision.escapeRule])
        }
        // The path itself, then its other names: most opens have none, and build no list.
        var others: [String] = []
        // A git directory by what it holds, whatever its name (GitDirectory).
        if accesses.contains(where: { $0 != .read }) {
            if let alias = GitDirectory.alias(of: path) { others.append(alias) }
            if let completed = GitDirectory.completion(of: path) { others.append(completed) }
        }
        if let identity {
            switch gate.pinnedName(of: identity, links: links) {
            case .pinned(let pinned) where pinned != path:
                // Another name for a protected file (a hardlink made before the session).
                others.append(pinned)
            case .unknown(let directory):
                result = Evaluation(decision: .deny, matches: [FileDecision.unpinnedRule(directory)])
            default:
                break
            }
        }
        FileDecision.evaluate(path, accesses, content, gate, into: &result)
        for p in others { FileDecision.evaluate(p, accesses, content, gate, into: &result) }
        evaluation = result
    }

    /// Every access to one name, strictest kept in `result`.
    private static func evaluate(_ p: String, _ accesses: [FileAccess], _ content: FileContent?, _ gate: PolicyGate, into result: inout Evaluation) {
        for access in accesses {
            let e = gate.evaluate(FileRequest(path: p, access: access, content: content))
            if e.decision > result.decision || (result.matches.isEmpty && !e.matches.isEmpty) {
                result = Evaluation(decision: max(e.decision, result.decision), matches: e.matches + result.matches, environment: e.environment)
            } else if !e.matches.isEmpty {
                result.matches.append(contentsOf: e.matches)
            }
        }
    }

    /// Whether the call may go ahead now.
    var allowed: Bool { evaluation.decision <= .audit }
    var needsHuman: Bool { evaluation.decision == .ask }

    func event(_ recorder: Recorder, tid: pid_t, kind: Event.Kind, syscall: String) -> Event {
        var e = recorder.event(
            pid: tid, kind: kind, decision: evaluation.decision.description,
            rule: evaluation.primary, reason: evaluation.primary?.reason
        )
        e.path = path
        e.access = accesses.map(\.rawValue).joined(separator: ",")
        e.syscall = syscall
        return e
    }

    /// Logs the decision when a rule matched (an `ask` is logged when it is held); returns
    /// false if a required event could not be written (the call is then denied).
    func record(_ recorder: Recorder, tid: pid_t, kind: Event.Kind, syscall: String) -> Bool {
        guard !needsHuman, !evaluation.matches.isEmpty || evaluation.decision != .allow else { return true }
        return recorder.record(event(recorder, tid: tid, kind: kind, syscall: syscall))
    }

    /// The call as a held request names it.
    func held(_ recorder: Recorder, tid: pid_t, kind: Event.Kind, syscall: String, verb: String, cleanup: (@Sendable () -> Void)?) -> HeldCall {
        let access = accesses.map(\.rawValue).joined(separator: ",")
        return HeldCall(
            tid: tid, kind: kind, evaluation: evaluation, event: event(recorder, tid: tid, kind: kind, syscall: syscall),
            summary: "\(verb) \(path)", grantKey: "\(evaluation.primary?.id ?? "")|\(syscall)|\(path)|\(access)",
            dedupKey: "\(tid)|\(syscall)|\(path)|\(access)", cleanup: cleanup
        )
    }

    /// The line the blocked process reads on its stderr.
    func message(verb: String) -> String {
        let rule = evaluation.primary
        return "guardian: blocked \(verb) \(path) — rule \(rule?.id ?? "default"): \(rule?.reason ?? "denied by policy")"
    }
}

/// The accesses an open(2) with these flags implies.
func accesses(forOpenFlags flags: Int32, creating: Bool, trapDeletes: Bool) -> [FileAccess] {
    if flags & GD_O_PATH != 0 { return [] }
    var out: [FileAccess]
    switch flags & O_ACCMODE {
    case O_WRONLY: out = OpenAccesses.write
    case O_RDWR: out = OpenAccesses.readWrite
    default: out = OpenAccesses.read
    }
    // Shared until changed: the usual open builds no array.
    if creating { out.append(.create) }
    if flags & O_TRUNC != 0 { out.append(.delete) }
    return out
}

private enum OpenAccesses {
    static let read: [FileAccess] = [.read], write: [FileAccess] = [.write], readWrite: [FileAccess] = [.read, .write]
}
