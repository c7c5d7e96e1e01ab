import GuardianEvents
import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The session's record: every decision worth keeping becomes an event in the hash-chained log,
/// counted by decision for `guardian sessions`. A call whose event cannot be written is denied —
/// `record` says so — and the operator is told once.
final class Recorder: Sendable {
    let session: String
    /// The profile in force; the engine is immutable, so its name is read once.
    let profile: String
    let log: EventLog
    /// For each event's ppid.
    let tree: ProcessTree
    /// Decisions so far, by kind.
    private let countsByDecision = Mutex<[String: Int]>([:])
    /// Whether the operator was told that events cannot be written.
    private let logFailureReported = Atomic<Bool>(false)
    /// Refusals counted rather than written one by one.
    let repeats = RepeatedRefusals()

    init(session: String, profile: String, log: EventLog, tree: ProcessTree) {
        self.session = session
        self.profile = profile
        self.log = log
        self.tree = tree
    }

    var counts: [String: Int] { countsByDecision.withLock { $0 } }

    func event(pid: pid_t, kind: Event.Kind, decision: String, rule: RuleMatch? = nil, reason: String? = nil) -> Event {
        var e = Event(
            session: session, pid: pid, ppid: tree.parent(of: pid) ?? ProcessTree.parent(of: pid), kind: kind, decision: decision,
            profile: profile, rule: rule?.id, reason: reason ?? rule?.reason
        )
        e.environment = nil
        return e
    }

    /// Records an event; false when it could not be recorded (the caller then denies).
    func record(_ event: Event) -> Bool {
        countsByDecision.withLock { $0[event.decision, default: 0] += 1 }
        do {
            try log.append(event)
            return true
        } catch {
            // Once is enough on the operator's terminal: every call from now on is denied
            // until the log can be written again.
            if !logFailureReported.exchange(true, ordering: .relaxed) {
                let text = "guardian: \(error); every call that cannot be recorded is denied until it can\n"
                _ = text.withCString { write(2, $0, strlen($0)) }
            }
            return false
        }
    }

    /// Records a refusal the program did not ask for by intent, aggregated by `key` (rule and
    /// program, see `RepeatedRefusals`); true when this one was written now, false when it was
    /// only counted (or could not be written). The call is refused either way.
    func recordRepeatable(_ event: Event, key: String) -> Bool {
        let events = repeats.admit(event, key: key, now: RepeatedRefusals.now())
        var wrote = false
        for e in events { wrote = record(e) }
        return wrote
    }

    /// Writes what `recordRepeatable` counted and has not written yet.
    func flushRepeats() {
        for e in repeats.drain() { _ = record(e) }
    }
}
