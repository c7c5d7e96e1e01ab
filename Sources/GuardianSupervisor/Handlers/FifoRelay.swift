import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// A FIFO opened write-only, its readers all in the tree: the task gets the write end of a pipe
/// instead of the FIFO, and Guardian carries what it writes into the FIFO — looking at the
/// FIFO's readers again before each chunk. A process outside the tree that opened the FIFO
/// after the open was decided (a loop whose next `sh < fifo` comes later) is then met when the
/// data would flow: the rest is refused (the pipe closes, the task's next write fails with
/// EPIPE), with an event naming the reader. What remains is in docs/SECURITY.md: a reader that
/// opens between the look and the write, or reads what already sits in the FIFO.
struct FifoRelay: Sendable {
    let writer: FifoWriter
    let tid: pid_t
    let path: [UInt8]
    let identity: FileIdentity

    /// Installs a pipe's write end for the task (with the open's O_NONBLOCK) and starts the
    /// relay from its read end into `fifo` (Guardian's own write end). False when the pipe or
    /// the thread cannot be made: the caller refuses the open.
    func start(fifo: Int32, flags: Int32, cloexec: Bool, _ r: inout Responder) -> Bool {
        var ends: [Int32] = [-1, -1]
        guard ends.withUnsafeMutableBufferPointer({ gd_pipe_cloexec($0.baseAddress!) }) == 0 else { return false }
        let (source, sink) = (ends[0], ends[1])
        if flags & O_NONBLOCK != 0 { _ = fcntl(sink, F_SETFL, O_NONBLOCK) }
        let relay = self
        do {
            try OSThread.start { relay.run(from: source, to: fifo) }.detach()
        } catch {
            close(source)
            close(sink)
            return false
        }
        r.install(sink, cloexec: cloexec)
        close(sink)
        return true
    }

    private func run(from source: Int32, to fifo: Int32) {
        defer { close(source); close(fifo) }
        // A FIFO whose readers left fails the write with EPIPE; the signal stays with this
        // thread, blocked, and goes with it.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }  // every copy of the task's end is closed: the FIFO's readers see EOF
            // The readers now, as the data would flow: one outside (or none visible) ends it.
            let readers = FifoWriter.readers(of: identity, tree: writer.tree, settle: 1)
            let outside = FifoWriter.outsideReader(readers, of: identity, tree: writer.tree)
            if outside != nil || readers.isEmpty {
                if readers.isEmpty && FifoRelay.noReader(fifo) { return }
                // Refused (deny, or an ask, which cannot hold data in flight): the rest goes nowhere.
                if writer.refuseFlow(tid, path: path, reader: outside) { return }
            }
            guard forward(buffer, n, fifo) else { return }
        }
    }

    /// Writes the chunk whole; false when the FIFO has no reader left (EPIPE) or fails.
    private func forward(_ buffer: [UInt8], _ count: Int, _ fifo: Int32) -> Bool {
        var done = 0
        while done < count {
            let n = buffer.withUnsafeBytes { write(fifo, $0.baseAddress! + done, count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Whether the FIFO has no reader at all (its write end polls POLLERR): the readers left,
    /// rather than being out of Guardian's sight.
    private static func noReader(_ fifo: Int32) -> Bool {
        var pfd = pollfd(fd: fifo, events: Int16(POLLOUT), revents: 0)
        return poll(&pfd, 1, 0) == 1 && pfd.revents & Int16(POLLERR) != 0
    }
}
