import GuardianNetwork
import GuardianSupervisor
import Synchronization

/// The session's CA and trust bundle (NetworkStart.makeTrust), made on a thread of their own
/// from the first instant of a start: they need only the session's name, so the profile's load
/// and the CA's keys take the machine's two CPUs at once instead of one after the other. The
/// launch waits for them (`finish`) before it makes anything that uses them; a failure there
/// stops the start as it did when they were made in line.
final class SessionTrust: Sendable {
    /// What was made for the session `session`.
    struct Made: Sendable {
        var session: String
        var authority: SessionAuthority
        /// The bundle's own directory, removed with it.
        var directory: String
        var bundle: String
        var javaStore: StartStep?

        /// Removes the bundle and its directory once the Java store is written.
        func remove() {
            javaStore?.wait()
            NetworkStart.remove(directory)
        }
    }

    private final class Slot: Sendable {
        let value = Mutex<Result<Made, NetworkStartError>?>(nil)
    }

    private let slot = Slot()
    private let step: StartStep
    private let cacheDirectory: String?
    private let timeline: StartTimeline?

    /// Starts making the CA and the bundle for `session`. `then`: other work of the start that
    /// needs nothing the profile says (the secret scanner's warm-up), done on the same thread
    /// once they are made — one thread beside the profile's load, not two, on a machine of two
    /// CPUs — and over when `finish` returns.
    init(session: String, cacheDirectory: String?, timeline: StartTimeline?, then: (@Sendable () -> Void)? = nil) {
        let slot = self.slot
        self.cacheDirectory = cacheDirectory
        self.timeline = timeline
        step = StartStep("trust", timeline: nil) {
            let made = NetworkStart.makeTrust(session: session, cacheDirectory: cacheDirectory, timeline: timeline)
            slot.value.withLock { $0 = made }
            then?()
        }
    }

    /// Waits for the CA and the bundle, made under `session`'s name: where the log took another
    /// name than the one they were started with (another session started in the same second),
    /// they are made again under it, here.
    func finish(session: String) -> Result<Made, NetworkStartError> {
        step.wait()
        return slot.value.withLock { current in
            switch current {
            case .success(let made)? where made.session == session: return .success(made)
            case .failure(let error)?: return .failure(error)
            case .success(let made)?: made.remove()
            case nil: break
            }
            let again = NetworkStart.makeTrust(session: session, cacheDirectory: cacheDirectory, timeline: timeline)
            current = again
            return again
        }
    }

    /// Removes what was made (once the Java store is written), when the session ends or its
    /// start stops early.
    func remove() {
        step.wait()
        slot.value.withLock { current in
            if case .success(let made)? = current { made.remove() }
            current = nil
        }
    }
}
