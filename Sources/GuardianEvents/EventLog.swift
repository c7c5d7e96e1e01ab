#if canImport(Glibc)
import Glibc
#endif

/// Appends a session's events to `<directory>/<session>.jsonl`, each line sealed into the hash
/// chain (see `EventChain`). Thread-safe: the supervisor's threads all append here.
///
/// Every event takes its `seq` and `time` under one lock, in the order of the calls. The lines
/// themselves — the canonical JSON, its SHA-256 link, the write — are made by one writer thread of
/// the log's own, in `seq` order:
///
/// - Events that must be durable (deny, ask, kill, denied) and session events are *synchronous*:
///   `append` hands the event to the writer and returns only once its line, and every line queued
///   before it, is written — and for a durable event fsync'd. No event takes a `seq` while one is
///   in flight, so a failed one gives its `seq` back.
/// - The rest (allow, audit) are *queued*: `append` returns once the event has its place in the
///   chain. The writer seals them in order and writes them once its buffer is over 64 KiB or its
///   oldest line is 200 ms old, with the next synchronous event, or by `flush()`/`close()`. The
///   queue is bounded: an append waits for room rather than drop an event.
///
/// When a write fails (disk full, I/O error) the file is cut back to its last complete line. A
/// synchronous event that failed is dropped (its seq and hash are not used) and `append` throws,
/// so the log never says a call was decided one way when the caller then refuses it. Lines sealed
/// earlier stay buffered and are retried every 200 ms and with the next write; until a write
/// succeeds again every queued append throws (the caller refuses the call), so nothing is let
/// through that the log could not record.
public final class EventLog: Sendable {
    public let path: String
    public let session: String
    private let core: EventLogCore

    /// Events queued and not yet sealed, at most; an append waits while the queue is full.
    static let queueLimit = 4096
    /// The queue length at which an append wakes the writer before its 200 ms are up.
    static let queueWake = 1024
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
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let core = EventLogCore(path: path, fd: fd, directory: directoryFD)
        do throws(EventLogError) {
            try core.start()
        } catch {
            _ = Glibc.close(fd)
            if directoryFD >= 0 { _ = Glibc.close(directoryFD) }
            throw error
        }
        self.core = core
    }

    deinit { core.close() }

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
        try core.append(event)
    }

    /// Appends a session event without waiting for its line: it takes its `seq` now, and the
    /// writer, woken at once, writes it in order. The caller must `flush()` before it acts on
    /// the event having been recorded — a session's start before its agent runs — and refuse
    /// when that throws.
    @discardableResult
    public func appendWithoutWaiting(_ event: Event) throws(EventLogError) -> Int {
        try core.append(event, waiting: false)
    }

    /// Writes every event appended so far.
    public func flush() throws(EventLogError) {
        try core.flush()
    }

    /// Writes every event appended so far, fsyncs and closes the file, and ends the writer.
    /// Later appends throw.
    public func close() {
        core.close()
    }

    /// The number of events appended so far and the hash of the last one (the chain's head).
    public var head: (seq: Int, hash: String) {
        core.head
    }

    static func monotonicMs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }
}

/// The log's state and its writer thread. The fields under "shared" are read and written with
/// `mutex` held; those under "the writer's" only by the writer thread (and by `close` once the
/// writer has ended).
final class EventLogCore: @unchecked Sendable {
    let path: String

    /// An event waiting to be sealed, or (`event` nil) a request to write what is buffered.
    struct Item {
        var event: Event?
        /// Written before `append` returns (and fsync'd when durable).
        var sync: Bool
        var durable: Bool
        /// CLOCK_REALTIME when the event took its seq, formatted by the writer (when `time` is nil).
        var seconds: Int
        var milliseconds: Int
    }

    enum Outcome {
        case written
        case failed(EventLogError)
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The writer waits here for work.
    private let work: UnsafeMutablePointer<pthread_cond_t>
    /// Appenders wait here for room in the queue, for a synchronous event in flight, and for
    /// its outcome; `close` for the writer's end.
    private let progress: UnsafeMutablePointer<pthread_cond_t>

    // shared
    private var seq = 0
    private var pending: [Item] = []
    /// The writer waits for work with no deadline: the next append must wake it.
    private var idle = false
    /// A synchronous item is queued or being written; no append takes a seq until it is done.
    private var syncBusy = false
    private var syncOutcome: Outcome?
    /// The last write failed: queued appends throw until a write succeeds.
    private var failure: EventLogError?
    /// No more appends; the writer ends once it has written what is queued.
    private var closed = false
    private var writerDone = false
    /// What the writer has sealed: the chain's head.
    private var sealedSeq = 0
    private var sealedHead: [UInt8] = EventChain.genesisBytes
    private var thread = pthread_t()
    private var started = false

    // the writer's
    private var fd: Int32
    /// Hash of the last line sealed, the next line's prev.
    private var chainHead: [UInt8] = EventChain.genesisBytes
    private var headSeq = 0
    /// Sealed lines not yet written.
    private var buffer: [UInt8] = []
    /// When the oldest buffered line was added, or the last write failed (CLOCK_MONOTONIC_COARSE, ms).
    private var bufferedSince = 0
    /// Bytes of complete lines on disk; a failed write is cut back to here.
    private var written = 0
    /// A failed write may have left a partial line after `written` that could not be cut.
    private var tornTail = false
    /// The log's directory, until it has been fsync'd once (-1 after).
    private var directory: Int32
    /// The batch being sealed (its capacity kept from one batch to the next).
    private var batch: [Item] = []

    init(path: String, fd: Int32, directory: Int32) {
        self.path = path
        self.fd = fd
        self.directory = directory
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        work = .allocate(capacity: 1)
        pthread_cond_init(work, &attributes)
        progress = .allocate(capacity: 1)
        pthread_cond_init(progress, &attributes)
        pthread_condattr_destroy(&attributes)
        pending.reserveCapacity(64)
        batch.reserveCapacity(64)
    }

    deinit {
        pthread_cond_destroy(work)
        pthread_cond_destroy(progress)
        pthread_mutex_destroy(mutex)
        work.deallocate()
        progress.deallocate()
        mutex.deallocate()
    }

    func start() throws(EventLogError) {
        let context = Unmanaged.passRetained(self).toOpaque()
        let rc = pthread_create(&thread, nil, { context in
            let core = Unmanaged<EventLogCore>.fromOpaque(context!).takeRetainedValue()
            // Signals go to the other threads: a write or an fsync here is never interrupted.
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_BLOCK, &all, nil)
            core.run()
            return nil
        }, context)
        if rc != 0 {
            Unmanaged<EventLogCore>.fromOpaque(context).release()
            throw EventLogError(path: path, errno: rc, operation: "start the writer")
        }
        started = true
    }

    private func lock() { pthread_mutex_lock(mutex) }
    private func unlock() { pthread_mutex_unlock(mutex) }

    // MARK: appending

    /// `waiting` false: a synchronous event is queued instead, the writer woken for it now
    /// (`EventLog.appendWithoutWaiting`).
    func append(_ event: Event, waiting: Bool = true) throws(EventLogError) -> Int {
        var event = event
        let durable = event.mustBeDurable
        let sync = (durable || event.kind == .session) && waiting
        lock()
        while syncBusy || pending.count >= EventLog.queueLimit { pthread_cond_wait(progress, mutex) }
        if closed {
            unlock()
            throw EventLogError(path: path, errno: EBADF, operation: "append to closed")
        }
        if !sync, let failure {
            unlock()
            throw failure
        }
        seq += 1
        let seq = self.seq
        event.seq = seq
        // Stamped under the lock so that time order and seq order agree; formatted by the writer.
        var ts = timespec()
        if event.time == nil { clock_gettime(CLOCK_REALTIME, &ts) }
        if event.kind == .session && event.decision == "end" {
            event.detail = (event.detail ?? [:]).merging(["events": String(seq)]) { _, new in new }
        }
        pending.append(Item(event: event, sync: sync, durable: durable, seconds: ts.tv_sec, milliseconds: ts.tv_nsec / 1_000_000))
        guard sync else {
            if idle || pending.count == EventLog.queueWake || !waiting {
                idle = false
                pthread_cond_signal(work)
            }
            unlock()
            return seq
        }
        let outcome = awaitSync()
        if case .failed(let error) = outcome {
            self.seq -= 1  // nothing took a seq after it: the next event takes this one
            unlock()
            throw error
        }
        unlock()
        return seq
    }

    /// With the lock held and a synchronous item just queued: wakes the writer and waits for the
    /// item's outcome, then lets the other appends go on.
    private func awaitSync() -> Outcome {
        syncBusy = true
        idle = false
        pthread_cond_signal(work)
        while syncOutcome == nil { pthread_cond_wait(progress, mutex) }
        let outcome = syncOutcome!
        syncOutcome = nil
        syncBusy = false
        pthread_cond_broadcast(progress)
        return outcome
    }

    func flush() throws(EventLogError) {
        lock()
        while syncBusy || pending.count >= EventLog.queueLimit { pthread_cond_wait(progress, mutex) }
        if closed {
            unlock()
            return
        }
        pending.append(Item(event: nil, sync: true, durable: false, seconds: 0, milliseconds: 0))
        let outcome = awaitSync()
        unlock()
        if case .failed(let error) = outcome { throw error }
    }

    func close() {
        lock()
        while syncBusy { pthread_cond_wait(progress, mutex) }
        if closed {
            while !writerDone && started { pthread_cond_wait(progress, mutex) }
            unlock()
            return
        }
        closed = true
        idle = false
        pthread_cond_signal(work)
        unlock()
        if started {
            pthread_join(thread, nil)
        } else {
            finish()
        }
        lock()
        writerDone = true
        pthread_cond_broadcast(progress)
        unlock()
    }

    var head: (seq: Int, hash: String) {
        try? flush()
        lock()
        defer { unlock() }
        return (sealedSeq, String(decoding: sealedHead, as: UTF8.self))
    }

    // MARK: the writer

    private func run() {
        lock()
        while true {
            if pending.isEmpty && !closed {
                if buffer.isEmpty {
                    idle = true
                    pthread_cond_wait(work, mutex)
                    idle = false
                    continue
                }
                let wait = bufferedSince + EventLog.bufferAgeLimitMs - EventLog.monotonicMs()
                if wait > 0 {
                    var deadline = timespec()
                    clock_gettime(CLOCK_MONOTONIC, &deadline)
                    deadline.tv_sec += wait / 1000
                    deadline.tv_nsec += (wait % 1000) * 1_000_000
                    if deadline.tv_nsec >= 1_000_000_000 {
                        deadline.tv_sec += 1
                        deadline.tv_nsec -= 1_000_000_000
                    }
                    pthread_cond_timedwait(work, mutex, &deadline)
                    continue
                }
            }
            swap(&pending, &batch)
            let ending = closed
            pthread_cond_broadcast(progress)  // room in the queue
            unlock()

            var outcome: Outcome? = nil
            var wrote: EventLogError?? = nil  // nil: no write tried; .some(nil): a write succeeded
            for item in batch {
                if item.sync {
                    outcome = writeSync(item)
                    if case .failed(let error) = outcome { wrote = .some(error) } else { wrote = .some(nil) }
                } else if let event = item.event {
                    seal(event, item)
                }
            }
            batch.removeAll(keepingCapacity: true)
            if outcome == nil, !buffer.isEmpty,
               ending || buffer.count > EventLog.bufferLimit
                || EventLog.monotonicMs() - bufferedSince >= EventLog.bufferAgeLimitMs {
                do throws(EventLogError) {
                    try write()
                    wrote = .some(nil)
                } catch {
                    wrote = .some(error)
                    bufferedSince = EventLog.monotonicMs()  // tried again in 200 ms
                }
            }
            if ending { finish() }

            lock()
            // Queued appends fail while sealed lines wait for a write that failed; a failed
            // synchronous event that left nothing behind fails alone (its caller refuses it).
            if let wrote { failure = buffer.isEmpty && !tornTail ? nil : wrote }
            sealedSeq = headSeq
            sealedHead = chainHead
            if let outcome { syncOutcome = outcome }
            pthread_cond_broadcast(progress)
            if ending {
                unlock()
                return
            }
        }
    }

    /// Seals a queued event onto the buffer.
    private func seal(_ event: Event, _ item: Item) {
        var event = event
        if event.time == nil { event.time = Timestamp.format(seconds: item.seconds, milliseconds: item.milliseconds) }
        if buffer.isEmpty { bufferedSince = EventLog.monotonicMs() }
        chainHead = EventChain.seal(event.canonicalJSON(), prev: chainHead, into: &buffer)
        buffer.append(0x0A)
        headSeq = event.seq
    }

    /// Seals a synchronous event (or, for a flush, nothing) and writes the buffer; fsyncs when
    /// durable. On failure the event's line is taken back: it is not in the buffer, not on disk,
    /// and its hash is not the head.
    private func writeSync(_ item: Item) -> Outcome {
        guard var event = item.event else {
            do throws(EventLogError) {
                try write()
                return .written
            } catch {
                return .failed(error)
            }
        }
        if event.time == nil { event.time = Timestamp.format(seconds: item.seconds, milliseconds: item.milliseconds) }
        let mark = buffer.count
        let hash = EventChain.seal(event.canonicalJSON(), prev: chainHead, into: &buffer)
        buffer.append(0x0A)
        let lineLength = buffer.count - mark
        do throws(EventLogError) {
            try write()
        } catch {
            buffer.removeSubrange(mark...)
            bufferedSince = EventLog.monotonicMs()  // what is left tried again in 200 ms
            return .failed(error)
        }
        if item.durable {
            syncDirectory()
            if fsync(fd) != 0 {
                let e = errno
                // Take this line back off the file: the caller will refuse the call.
                written -= lineLength
                cutBack()
                return .failed(EventLogError(path: path, errno: e, operation: "fsync"))
            }
        }
        chainHead = hash
        headSeq = event.seq
        return .written
    }

    /// The writer's last step: what is buffered written, the file fsync'd and closed.
    private func finish() {
        guard fd >= 0 else { return }
        try? write()
        syncDirectory()
        _ = fsync(fd)
        _ = Glibc.close(fd)
        fd = -1
    }

    /// Makes the file's directory entry durable, once, before the first line fsync'd into it.
    private func syncDirectory() {
        guard directory >= 0 else { return }
        _ = fsync(directory)
        _ = Glibc.close(directory)
        directory = -1
    }

    /// Writes the whole buffer or nothing: on failure the file is cut back to its last complete
    /// line and the buffer is kept for the next attempt.
    private func write() throws(EventLogError) {
        if tornTail {
            cutBack()
            if tornTail { throw EventLogError(path: path, errno: EIO, operation: "repair") }
        }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                if offset > 0 { cutBack() }
                throw EventLogError(path: path, errno: e)
            }
            if n == 0 {
                if offset > 0 { cutBack() }
                throw EventLogError(path: path, errno: ENOSPC)
            }
            offset += n
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Truncates the file to `written`, its last complete line. ftruncate frees space, so it
    /// works on a full disk; if it still fails the next write tries again first.
    private func cutBack() {
        while true {
            if ftruncate(fd, off_t(written)) == 0 {
                tornTail = false
                return
            }
            if errno != EINTR {
                tornTail = true
                return
            }
        }
    }
}
