import Synchronization

/// A value of a session's start computed on a thread of its own (a StartStep), beside the rest
/// of the start, and taken where it is first needed: `get` waits for it.
public final class StartValue<Value: Sendable>: Sendable {
    private final class Slot: Sendable {
        let value = Mutex<Value?>(nil)
    }

    private let slot = Slot()
    private let step: StartStep
    private let body: @Sendable () -> Value

    /// Starts `body`; `timeline` gets its duration as a span named `name`.
    public init(_ name: String, timeline: StartTimeline? = nil, _ body: @escaping @Sendable () -> Value) {
        let slot = self.slot
        self.body = body
        step = StartStep(name, timeline: timeline) {
            let value = body()
            slot.value.withLock { $0 = value }
        }
    }

    /// The value, once computed. Should the thread have ended without one, it is computed
    /// again here: never a missing value taken for one.
    public func get() -> Value {
        step.wait()
        return slot.value.withLock { stored in
            if let stored { return stored }
            let value = body()
            stored = value
            return value
        }
    }
}
