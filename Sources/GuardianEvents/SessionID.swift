#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Session ids: `20261121T103000-a1b2c3` — the UTC start second, then 24 bits: a random
/// per-process base plus a counter, so ids made by one process never repeat and two processes
/// collide only if their bases meet within the same second. `EventLog` opens with O_EXCL, so
/// even that fails loudly (and `guardian run` draws again) instead of mixing two sessions.
public enum SessionID {
    private static let base = UInt32.random(in: 0...0xFF_FFFF)
    private static let counter = Atomic<UInt32>(0)

    public static func generate() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let n = counter.wrappingAdd(1, ordering: .relaxed).oldValue
        return make(seconds: ts.tv_sec, random: (base &+ n &* 0x9E3779) & 0xFF_FFFF)
    }

    static func make(seconds: Int, random: UInt32) -> String {
        let stamp = Timestamp.format(seconds: seconds, milliseconds: 0).utf8.filter { (0x30...0x39).contains($0) }
        var out = Array(stamp.prefix(8))
        out.append(UInt8(ascii: "T"))
        out.append(contentsOf: stamp.dropFirst(8).prefix(6))
        out.append(UInt8(ascii: "-"))
        let hex = Array("0123456789abcdef".utf8)
        for shift in stride(from: 20, through: 0, by: -4) {
            out.append(hex[Int((random >> UInt32(shift)) & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The part shown where space is short: the random suffix.
    public static func short(_ session: String) -> String {
        if let dash = session.lastIndex(of: "-") { return String(session[session.index(after: dash)...]) }
        return String(session.suffix(6))
    }

    /// Whether `query` names `session`: the whole id, a prefix of it, or its short form.
    public static func matches(_ session: String, _ query: String) -> Bool {
        session == query || session.hasPrefix(query) || short(session) == query
    }

    /// Whether `name` is usable as a session id: non-empty, no `/`, not `.` or `..`, printable.
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && name.utf8.count <= 200
            && name.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "/") }
    }
}
