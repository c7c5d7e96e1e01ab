import GuardianEvents
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Refusals nobody asked for by intent, counted instead of written one by one: `ps -e` reads
/// every other process's `environ` and meets a refusal for each (some eighty on a quiet
/// machine). The first refusal of a (rule, program) pair in a second is an event as usual; the
/// others in that second only count, and the count is written as one more event — the last
/// of them, with `repeats` in its detail — when the pair is refused again after the second, or
/// at the end of the session. Each call is refused all the same.
final class RepeatedRefusals: Sendable {
    private struct Window {
        var start: Double
        var suppressed: Int
        var last: Event?
    }

    private let windows = Mutex<[String: Window]>([:])
    static let window = 1.0

    /// The events to write for `event` (keyed by `key`) at `now`: none while its second lasts,
    /// else the summary of the second before (if it held more) and the event itself.
    func admit(_ event: Event, key: String, now: Double) -> [Event] {
        windows.withLock { w -> [Event] in
            if var open = w[key], now - open.start < Self.window {
                open.suppressed += 1
                open.last = event
                w[key] = open
                return []
            }
            let summary = w[key].flatMap(Self.summary)
            w[key] = Window(start: now, suppressed: 0, last: nil)
            return (summary.map { [$0] } ?? []) + [event]
        }
    }

    /// The summaries not yet written (the session is ending).
    func drain() -> [Event] {
        windows.withLock { w -> [Event] in
            let out = w.keys.sorted().compactMap { w[$0].flatMap(Self.summary) }
            w.removeAll()
            return out
        }
    }

    private static func summary(_ window: Window) -> Event? {
        guard window.suppressed > 0, var last = window.last else { return nil }
        last.detail = (last.detail ?? [:]).merging(["repeats": String(window.suppressed)]) { $1 }
        return last
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
