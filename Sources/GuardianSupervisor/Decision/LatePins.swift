import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The pin walk past its start-up budget: a HOME with more entries than the walk at start may
/// visit is walked to the end on a thread of its own while the agent runs. Until it ends, a
/// question about a file with more than one name waits for it (only such a file can be a
/// hardlink of a protected one); a file with one name is its own protected path or none.
final class LatePins: Sendable {
    struct State {
        var done = false
        var pinned: [FileIdentity: String] = [:]
        /// Directories this walk could not list although rules protect files beneath them.
        var unlisted: [String] = []
    }

    private let state = Mutex(State())

    /// Walks on with `walks` (what the walk at start left) on a new thread.
    static func start(_ walks: [PinListing], policy: any PolicyEngine, protection: ReadProtection?) -> LatePins {
        let late = LatePins()
        let walk: @Sendable () -> Void = {
            var pinned: [FileIdentity: String] = [:]
            var unlisted: [String] = []
            for var rest in walks {
                PolicyGate.pinRest(&rest, policy: policy, protection: protection, into: &pinned, unlisted: &unlisted)
            }
            late.state.withLock { $0 = State(done: true, pinned: pinned, unlisted: unlisted) }
            // The walk is complete: the listing cache keeps what it found, and only that (after
            // the pins are there: nothing waits for this).
            walks.first?.cache?.save(complete: true)
        }
        do {
            try OSThread.start(walk).detach()
        } catch {
            walk()  // No thread: walked now, before the agent starts.
        }
        return late
    }

    enum Answer: Equatable {
        case pinned(String)
        case notPinned
        /// The walk could not list this directory: a file with several names may be a hardlink
        /// of one beneath it, and is refused.
        case unknown(String)
    }

    /// Returns when the walk has ended.
    func waitUntilDone() {
        while !state.withLock({ $0.done }) { usleep(1000) }
    }

    /// The protected name of `identity` if the walk has ended, nil while it runs.
    func lookupIfDone(_ identity: FileIdentity) -> Answer? {
        state.withLock { s in
            guard s.done else { return nil }
            if let name = s.pinned[identity] { return .pinned(name) }
            return s.unlisted.first.map(Answer.unknown) ?? Answer.notPinned
        }
    }

    /// The protected name of `identity`, once the walk has ended.
    func lookup(_ identity: FileIdentity) -> Answer {
        while true {
            if let answer = lookupIfDone(identity) { return answer }
            usleep(1000)
        }
    }
}
