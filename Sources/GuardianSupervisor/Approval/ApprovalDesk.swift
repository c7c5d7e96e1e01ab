import GuardianEvents
import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A call held for a human: the target stays blocked in its syscall until `approve`, `deny` or
/// the timeout. Approval runs `proceed` — the very call that was decided, with the resources
/// captured then (the resolved object's fd, the exec expectation) — never a re-evaluation.
public struct HeldRequest: Sendable {
    public var id: Int
    public var session: String
    public var pid: pid_t
    public var kind: String
    public var program: String?
    public var argv: [String]?
    public var path: String?
    public var access: String?
    public var rule: String?
    public var reason: String?
    public var since: Double
    public var deadline: Double
    /// Same rule, same binary, same argv (or path): what `--for-session` allows again.
    var grantKey: String
    /// The process and the call: a restarted syscall or a repeat matches it.
    var dedupKey: String
    /// The process, the rule and the arguments, whichever binary a PATH search reached.
    var refusalKey: String
    /// The call was answered already (refused for now): an approval lets its identical retry
    /// through once, or for the session; a denial refuses the retries.
    public var awaitingRetry = false
}

/// Every held request of a session, and the grants an operator made for the rest of it.
final class ApprovalDesk: Sendable {
    struct Waiting: Sendable {
        var request: HeldRequest
        var proceed: @Sendable () -> Void
        var refuse: @Sendable (_ why: String) -> Void
        /// Repeats of the same call (a restarted syscall) answered together with it.
        var repeats: [@Sendable (_ approved: Bool, _ why: String) -> Void] = []
        /// Releases what the held call kept (the resolved object's fd), after every answer.
        var cleanup: (@Sendable () -> Void)? = nil
    }

    private struct State: Sendable {
        var waiting: [Int: Waiting] = [:]
        var grants: Set<String> = []
        /// Rule id → processes whose request under that rule a human approved. The same rule
        /// met again by that process or a descendant (the command inside an approved `sh -c`)
        /// is the call the human already saw.
        var lineage: [String: [pid_t: Int]] = [:]
        /// Calls a human refused, by dedup key without the binary (a PATH search tries the
        /// same command in the next directory): refused again at once, citing the request.
        var refused: [String: Int] = [:]
        /// Approvals given to a call that was already answered: its identical retry (same
        /// grant key) goes through once, citing the request.
        var retries: [String: Int] = [:]
        /// Denials given to a call that was already answered: its retries are refused.
        var refusedRetries: [String: Int] = [:]
        /// Calls refused for now (nobody watching), by refusal key: the same process trying
        /// the same call again at once (a PATH search) gets the same answer and request.
        var refusedForNow: [String: Int] = [:]
        /// Approval clients connected now (`guardian tail -f --interactive`).
        var watchers = 0
    }

    private let state = Mutex(State())
    let ids: RequestIDs

    init(ids: RequestIDs) {
        self.ids = ids
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func isGranted(_ key: String) -> Bool { state.withLock { $0.grants.contains(key) } }

    /// The approved request this call retries, taken: an approval of a call that was already
    /// answered lets its identical retry through once.
    func takeRetryApproval(_ key: String) -> Int? { state.withLock { $0.retries.removeValue(forKey: key) } }

    /// The request this process's same call was refused for now under, if any.
    func refusedForNow(_ key: String) -> Int? { state.withLock { $0.refusedForNow[key] } }

    func noteRefusedForNow(_ key: String, _ id: Int) { state.withLock { $0.refusedForNow[key] = id } }

    /// The request a human denied after the call was answered, that this call retries.
    func retryRefused(_ key: String) -> Int? { state.withLock { $0.refusedRetries[key] } }

    /// Whether an approver is connected to this session now.
    var isWatched: Bool { state.withLock { $0.watchers > 0 } }

    func watcher(connected: Bool) { state.withLock { $0.watchers += connected ? 1 : -1 } }

    /// The request a human already refused that this call repeats, if any.
    func refusedBefore(_ key: String) -> Int? { state.withLock { $0.refused[key] } }

    /// The approved request that already covers `rule` for `pid` (itself or an ancestor).
    func approvedAncestor(rule: String, pid: pid_t) -> Int? {
        let approved = state.withLock { $0.lineage[rule] ?? [:] }
        guard !approved.isEmpty else { return nil }
        var current = pid
        for _ in 0..<16 where current > 1 {
            if let id = approved[current] { return id }
            current = ProcessTree.parent(of: current)
        }
        return nil
    }

    /// The id of a request already waiting for this very call, if any; the new notification
    /// then waits with it instead of raising a second question.
    func attachRepeat(dedupKey: String, _ answer: @escaping @Sendable (_ approved: Bool, _ why: String) -> Void) -> Int? {
        state.withLock { s in
            guard let (id, _) = s.waiting.first(where: { $0.value.request.dedupKey == dedupKey && !$0.value.request.awaitingRetry }) else { return nil }
            s.waiting[id]!.repeats.append(answer)
            return id
        }
    }

    func hold(_ waiting: Waiting) {
        state.withLock { $0.waiting[waiting.request.id] = waiting }
    }

    var pending: [HeldRequest] {
        state.withLock { $0.waiting.values.map(\.request).sorted { $0.id < $1.id } }
    }

    enum Outcome: Equatable { case approved, denied, unknown }

    /// Approves (optionally for the rest of the session) or denies request `id`.
    func resolve(_ id: Int, approve: Bool, forSession: Bool = false, why: String) -> (Outcome, HeldRequest?) {
        var retried: Waiting? = nil
        let taken = state.withLock { s -> Waiting? in
            guard let w = s.waiting.removeValue(forKey: id) else { return nil }
            if w.request.awaitingRetry {
                // A retry already waiting for an answer takes this one (an approval once
                // covers one call); otherwise the next retry will.
                let key = w.request.grantKey
                if let (other, _) = s.waiting.first(where: { $0.value.request.grantKey == key && !$0.value.request.awaitingRetry }) {
                    retried = s.waiting.removeValue(forKey: other)
                }
                if approve && forSession { s.grants.insert(key) }
                else if approve { if retried == nil { s.retries[key] = id } }
                else { s.refusedRetries[key] = id }
                return w
            }
            if approve && forSession { s.grants.insert(w.request.grantKey) }
            if approve, let rule = w.request.rule { s.lineage[rule, default: [:]][w.request.pid] = id }
            if !approve { s.refused[w.request.refusalKey] = id }
            return w
        }
        guard let taken else { return (.unknown, nil) }
        if taken.request.awaitingRetry {
            if let retried {
                if approve { retried.proceed() } else { retried.refuse(why) }
                for answer in retried.repeats { answer(approve, why) }
                retried.cleanup?()
            }
            return (approve ? .approved : .denied, taken.request)
        }
        if approve {
            taken.proceed()
        } else {
            taken.refuse(why)
        }
        for answer in taken.repeats { answer(approve, why) }
        taken.cleanup?()
        return (approve ? .approved : .denied, taken.request)
    }

    /// Requests whose deadline has passed.
    func expired(at now: Double) -> [Int] {
        state.withLock { $0.waiting.values.filter { $0.request.deadline <= now }.map(\.request.id) }
    }

    /// How long an answered call's request stays open to an approval for its retry.
    static let retryWindow = 3600.0

    /// Ends the wait of request `id`: the call is refused with `why` (and its repeats), and the
    /// request stays on the desk, open to an approval for the call's retry, until `retryWindow`
    /// passes. A request already waiting for its retry is dropped at its deadline.
    func expire(_ id: Int, why: String, now: Double) {
        let taken = state.withLock { s -> Waiting? in
            guard let w = s.waiting.removeValue(forKey: id) else { return nil }
            if w.request.awaitingRetry { return nil }
            var open = w.request
            open.awaitingRetry = true
            open.deadline = now + Self.retryWindow
            s.waiting[id] = Waiting(request: open, proceed: {}, refuse: { _ in })
            return w
        }
        guard let taken else { return }
        taken.refuse(why)
        for answer in taken.repeats { answer(false, why) }
        taken.cleanup?()
    }

    /// Denies everything still waiting (the session is ending).
    func denyAll(why: String) {
        for request in pending where !request.awaitingRetry { _ = resolve(request.id, approve: false, why: why) }
    }
}

/// Request ids, unique on the machine for this GUARDIAN_HOME, short enough to type:
/// `guardian approve 12`. A counter file under run/, taken with flock.
public struct RequestIDs: Sendable {
    let file: String

    public init(runDirectory: String) {
        file = runDirectory + "/next-request-id"
    }

    func next() -> Int {
        let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return Int.random(in: 100_000...999_999) }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        let current = n > 0 ? Int(String(decoding: buffer[0..<n], as: UTF8.self).trimmed) ?? 0 : 0
        let next = current + 1
        let text = Array(String(next).utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return next
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
