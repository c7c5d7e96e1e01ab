#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Appends a session's events to `<directory>/<session>.jsonl`. Thread-safe: the supervisor's
/// threads all append here. Events that must be durable (deny, ask, kill) are written and
/// fsync'd before `append` returns; the rest are buffered and written by `flush()`/`close()`.
public final class EventLog: Sendable {
    public let path: String
    public let session: String
    private struct State: ~Copyable {
        var fd: Int32
        var seq: Int = 0
        var buffer: [UInt8] = []
    }
    private let state: Mutex<State>

    public init(directory: String, session: String) throws(EventLogError) {
        self.session = session
        self.path = directory + "/" + session + ".jsonl"
        try EventLog.makeDirectories(directory)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_EXCL, 0o600)
        if fd < 0 { throw EventLogError(path: path, errno: errno) }
        state = Mutex(State(fd: fd))
    }

    static func makeDirectories(_ directory: String) throws(EventLogError) {
        var built = ""
        for part in directory.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST { throw EventLogError(path: built, errno: errno) }
        }
    }

    /// Appends the event and returns its sequence number. Throws when the event could not be
    /// recorded; the caller then denies the call it concerns.
    @discardableResult
    public func append(_ event: Event) throws(EventLogError) -> Int {
        var event = event
        if event.time == nil { event.time = Timestamp.now() }
        let durable = event.mustBeDurable
        return try state.withLock { (s: inout State) throws(EventLogError) -> Int in
            s.seq += 1
            event.seq = s.seq
            s.buffer.append(contentsOf: event.canonicalJSON())
            s.buffer.append(0x0A)
            if durable || s.buffer.count > 64 * 1024 {
                try Self.write(&s, path: path)
                if durable && fsync(s.fd) != 0 { throw EventLogError(path: path, errno: errno) }
            }
            return s.seq
        }
    }

    public func flush() throws(EventLogError) {
        try state.withLock { (s: inout State) throws(EventLogError) in try Self.write(&s, path: path) }
    }

    public func close() {
        state.withLock { s in
            try? Self.write(&s, path: path)
            _ = fsync(s.fd)
            _ = Glibc.close(s.fd)
            s.fd = -1
        }
    }

    private static func write(_ s: inout State, path: String) throws(EventLogError) {
        var offset = 0
        while offset < s.buffer.count {
            let n = s.buffer.withUnsafeBytes { raw in
                Glibc.write(s.fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                s.buffer.removeAll(keepingCapacity: true)
                throw EventLogError(path: path, errno: e)
            }
            offset += n
        }
        s.buffer.removeAll(keepingCapacity: true)
    }
}

public struct EventLogError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String {
        "cannot write the event log \(path): \(String(cString: strerror(errno)))"
    }
}

public enum Timestamp {
    /// RFC 3339, UTC, milliseconds: 2026-11-21T10:00:00.123Z
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = ts.tv_sec
        var tm = tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T"
            + "\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2)).\(pad(Int32(ts.tv_nsec / 1_000_000), 3))Z"
    }
}
