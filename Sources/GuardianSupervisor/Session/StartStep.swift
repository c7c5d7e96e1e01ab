import Synchronization

/// Work of a session's start that runs on a thread of its own, beside the rest of the start,
/// and must be over before the agent's first instruction: the launch waits for every step it
/// is given before it releases the agent to its exec (`Supervisor.init(startSteps:)`).
public final class StartStep: Sendable {
    private let thread = Mutex<OSThread?>(nil)

    /// Starts `body`; where no thread can be had, runs it here and now. `timeline` gets its
    /// duration as a span named `name`.
    public init(_ name: String, timeline: StartTimeline? = nil, _ body: @escaping @Sendable () -> Void) {
        let timed: @Sendable () -> Void = {
            let began = StartTimeline.now()
            body()
            timeline?.span(name, nanoseconds: StartTimeline.now() &- began)
        }
        do {
            let started = try OSThread.start(timed)
            thread.withLock { $0 = started }
        } catch {
            timed()
        }
    }

    /// Returns when the step is over (at once after the first wait).
    public func wait() {
        thread.withLock { t in
            t?.join()
            t = nil
        }
    }
}
