#if canImport(Glibc)
import Glibc
#endif

public enum Timestamp {
    /// RFC 3339, UTC, milliseconds: 2026-11-21T10:00:00.123Z. Formatted by hand: it runs under
    /// the event log's lock on the supervisor's hot path.
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return format(seconds: ts.tv_sec, milliseconds: Int(ts.tv_nsec / 1_000_000))
    }

    static func format(seconds: Int, milliseconds: Int) -> String {
        var t = time_t(seconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { out in
            func put(_ at: Int, _ value: Int, _ width: Int) {
                var v = value
                for i in stride(from: at + width - 1, through: at, by: -1) {
                    out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            put(0, Int(tm.tm_year) + 1900, 4); out[4] = UInt8(ascii: "-")
            put(5, Int(tm.tm_mon) + 1, 2); out[7] = UInt8(ascii: "-")
            put(8, Int(tm.tm_mday), 2); out[10] = UInt8(ascii: "T")
            put(11, Int(tm.tm_hour), 2); out[13] = UInt8(ascii: ":")
            put(14, Int(tm.tm_min), 2); out[16] = UInt8(ascii: ":")
            put(17, Int(tm.tm_sec), 2); out[19] = UInt8(ascii: ".")
            put(20, milliseconds, 3); out[23] = UInt8(ascii: "Z")
            return String(decoding: UnsafeBufferPointer(out), as: UTF8.self)
        }
    }

    /// Seconds since the epoch and milliseconds of an RFC 3339 UTC timestamp as `now()` writes
    /// it (a trailing `Z`; fraction optional); nil for anything else.
    public static func parse(_ s: String) -> (seconds: Int, milliseconds: Int)? {
        let b = Array(s.utf8)
        guard b.count >= 20, b.last == UInt8(ascii: "Z") else { return nil }
        func num(_ at: Int, _ width: Int) -> Int? {
            var v = 0
            for i in at..<(at + width) {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let year = num(0, 4), let month = num(5, 2), let day = num(8, 2),
              let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2) else { return nil }
        var ms = 0
        if b.count >= 24, b[19] == UInt8(ascii: "."), let f = num(20, 3) { ms = f }
        var tm = tm()
        tm.tm_year = Int32(year - 1900)
        tm.tm_mon = Int32(month - 1)
        tm.tm_mday = Int32(day)
        tm.tm_hour = Int32(hour)
        tm.tm_min = Int32(minute)
        tm.tm_sec = Int32(second)
        return (Int(timegm(&tm)), ms)
    }
}
