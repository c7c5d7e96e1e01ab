#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Appends a session's events to `<directory>/<session>.jsonl`, each line sealed into the hash
/// chain (see `EventChain`). Thread-safe: the supervisor's threads all append here.
///
/// Events that must be durable (deny, ask, kill, denied) are written and fsync'd before `append`
/// returns; the rest are buffered and written by `flush()`/`close()`, by the next append once the
/// buffer is over 64 KiB or its oldest line is 200 ms old, or with the next durable event.
///
/// When a write fails (disk full, I/O error) the file is cut back to its last complete line, the
/// event being appended is dropped (its seq and hash are not used) and `append` throws, so the
/// log never says a call was decided one way when the caller then refuses it. Lines buffered
/// earlier stay buffered and are retried with the next write.
public final class EventLog: Sendable {
    public let path: String
    public let session: String

    private struct State: ~Copyable {
        var fd: Int32
        var seq: Int = 0
        /// Hash of the last line handed out, the next line's prev.
        var head: [UInt8] = EventChain.genesisBytes
        /// Sealed lines not yet written.
        var buffer: [UInt8] = []
        /// When the oldest buffered line was added (CLOCK_MONOTONIC_COARSE, ms).
        var bufferedSince: Int = 0
        /// Bytes of complete lines on disk; a failed write is cut back to here.
        var written: Int = 0
        /// A failed write may have left a partial line after `written` that could not be cut.
        var tornTail = false
        /// The log's directory, until it has been fsync'd once (-1 after).
        var directory: Int32 = -1
    }
    private let state: Mutex<State>

    static let bufferLimit = 64 * 1024
    static let bufferAgeLimitMs = 200

    public init(directory: String, session: String) throws(EventLogError) {
        self.session = session
        self.path = directory + "/" + session + ".jsonl"
        try EventLog.makeDirectories(directory)
        // O_EXCL: a session's log is written by one EventLog only, from its first line.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_EXCL, 0o600)
        if fd < 0 { throw EventLogError(path: path, errno: errno) }
        // The new directory entry must survive a crash as well as the lines fsync'd into it: the
        // directory is fsync'd with the first of them (not here, where it would hold up the start
        // of every session by a journal commit).
        var initial = State(fd: fd)
        initial.directory = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        state = Mutex(initial)
    }

    /// Makes the file's directory entry durable, once, before the first line fsync'd into it.
    private static func syncDirectory(_ s: inout State) {
        guard s.directory >= 0 else { return }
        _ = fsync(s.directory)
        _ = Glibc.close(s.directory)
        s.directory = -1
    }

    static func makeDirectories(_ directory: String) throws(EventLogError) {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST { throw EventLogError(path: built, errno: errno) }
        }
    }

    /// Appends the event and returns its sequence number. Throws when the event could not be
    /// recorded; the caller then denies the call it concerns.
    ///
    /// Fills `seq`, `time` (when nil), `prev` and `hash`; a session `end` event also gets
    /// `detail["events"]`, the number of events in the session including itself.
    @discardableResult
    public func append(_ event: Event) throws(EventLogError) -> Int {
        var event = event
        let durable = event.mustBeDurable
        return try state.withLock { (s: inout State) throws(EventLogError) -> Int in
            guard s.fd >= 0 else { throw EventLogError(path: path, errno: EBADF, operation: "append to closed") }
            let seq = s.seq + 1
            event.seq = seq
            // Stamped under the lock so that time order and seq order agree.
            if event.time == nil { event.time = Timestamp.now() }
            if event.kind == .session && event.decision == "end" {
                event.detail = (event.detail ?? [:]).merging(["events": String(seq)]) { _, new in new }
            }
            let mark = s.buffer.count
            let hash = EventChain.seal(event.canonicalJSON(), prev: s.head, into: &s.buffer)
            s.buffer.append(0x0A)
            let now = Self.monotonicMs()
            if mark == 0 { s.bufferedSince = now }
            if durable || s.buffer.count > Self.bufferLimit || now - s.bufferedSince >= Self.bufferAgeLimitMs {
                let lineLength = s.buffer.count - mark
                do throws(EventLogError) {
                    try Self.write(&s, path: path)
                } catch {
                    s.buffer.removeSubrange(mark...)
                    throw error
                }
                if durable { Self.syncDirectory(&s) }
                if durable && fsync(s.fd) != 0 {
                    let e = errno
                    // Take this line back off the file: the caller will refuse the call.
                    s.written -= lineLength
                    Self.cutBack(&s)
                    throw EventLogError(path: path, errno: e, operation: "fsync")
                }
            }
            s.seq = seq
            s.head = hash
            return seq
        }
    }

    /// Writes the buffered lines.
    public func flush() throws(EventLogError) {
        try state.withLock { (s: inout State) throws(EventLogError) in
            guard s.fd >= 0 else { return }
            try Self.write(&s, path: path)
        }
    }

    /// Writes the buffered lines, fsyncs and closes the file. Later appends throw.
    public func close() {
        state.withLock { s in
            guard s.fd >= 0 else { return }
            try? Self.write(&s, path: path)
            Self.syncDirectory(&s)
            _ = fsync(s.fd)
            _ = Glibc.close(s.fd)
            s.fd = -1
        }
    }

    /// The number of events appended so far and the hash of the last one (the chain's head).
    public var head: (seq: Int, hash: String) {
        state.withLock { s in (s.seq, String(decoding: s.head, as: UTF8.self)) }
    }

    /// Writes the whole buffer or nothing: on failure the file is cut back to its last complete
    /// line and the buffer is kept for the next attempt.
    private static func write(_ s: inout State, path: String) throws(EventLogError) {
        if s.tornTail {
            cutBack(&s)
            if s.tornTail { throw EventLogError(path: path, errno: EIO, operation: "repair") }
        }
        var offset = 0
        while offset < s.buffer.count {
            let n = s.buffer.withUnsafeBytes { raw in
                Glibc.write(s.fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                if offset > 0 { cutBack(&s) }
                throw EventLogError(path: path, errno: e)
            }
            if n == 0 {
                if offset > 0 { cutBack(&s) }
                throw EventLogError(path: path, errno: ENOSPC)
            }
            offset += n
        }
        s.written += s.buffer.count
        s.buffer.removeAll(keepingCapacity: true)
    }

    /// Truncates the file to `written`, its last complete line. ftruncate frees space, so it
    /// works on a full disk; if it still fails the next write tries again first.
    private static func cutBack(_ s: inout State) {
        while true {
            if ftruncate(s.fd, off_t(s.written)) == 0 {
                s.tornTail = false
                return
            }
            if errno != EINTR {
                s.tornTail = true
                return
            }
        }
    }

    static func monotonicMs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }
}
