import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where a session's start spends its time, phase by phase on the monotonic clock, for the end
/// event's `start_ms`: a start's breakdown can be read from any session's log, without a
/// profiler. A phase is the time since the previous mark on the start's own path; work that runs
/// beside that path (on a thread of its own) is recorded as a span with its own duration.
public final class StartTimeline: Sendable {
    private struct State {
        var last: UInt64
        var phases: [(String, UInt64)] = []
    }
    private let origin: UInt64
    private let state: Mutex<State>

    public init() {
        let now = StartTimeline.now()
        origin = now
        state = Mutex(State(last: now))
    }

    /// Ends the phase `name`: the time since the previous mark.
    public func mark(_ name: String) {
        let now = StartTimeline.now()
        state.withLock {
            $0.phases.append((name, now &- $0.last))
            $0.last = now
        }
    }

    /// Work of `nanoseconds` that ran beside the start's path (it is not part of the total).
    public func span(_ name: String, nanoseconds: UInt64) {
        state.withLock { $0.phases.append(("(" + name + ")", nanoseconds)) }
    }

    /// `policy 2.10 log 0.31 … total 9.80` (ms); spans in parentheses.
    public var summary: String {
        let s = state.withLock { $0 }
        var parts = s.phases.map { "\($0.0) \(StartTimeline.milliseconds($0.1))" }
        parts.append("total \(StartTimeline.milliseconds(s.last &- origin))")
        return parts.joined(separator: " ")
    }

    static func milliseconds(_ nanoseconds: UInt64) -> String {
        let hundredths = (nanoseconds + 5_000) / 10_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
