import CGuardianShim
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The tree's own pipe in place of a FIFO it opens for reading and writing.
///
/// A FIFO is a name: any process of the user may open it at any moment, and Guardian sees only
/// the tree's opens. A task that holds a FIFO open read-write (`exec 3<>fifo`, a semaphore of
/// tokens) keeps what it writes in the FIFO's buffer, where a reader outside the tree that
/// opens the name later finds it — so such a task never gets the FIFO. It gets an anonymous
/// pipe of Guardian's making, reopened read-write through /proc/self/fd (fifo_open(9) serves
/// pipefs inodes as FIFOs without the wait for a partner); every later open of the same FIFO by
/// the tree, in any mode, gets that pipe too while a task of the tree still holds it, so the
/// tree's processes meet one another as on the FIFO. Nothing the tree writes there reaches the
/// FIFO, and no name leads to the pipe.
final class FifoHubs: Sendable {
    private struct Hub {
        /// O_PATH on the pipe's inode: reopening it gives the pipe (a fresh one once every
        /// descriptor of the old one has closed).
        var path: Int32
        var pipe: FileIdentity
    }

    private let hubs = Mutex<[FileIdentity: Hub]>([:])

    /// A descriptor on the tree's pipe for `fifo` opened with `flags`, made now if the FIFO has
    /// none; nil (errno set) when the pipe cannot be made or opened.
    func open(for fifo: FileIdentity, flags: Int32) -> Int32? {
        let path: Int32? = hubs.withLock { table in
            if let hub = table[fifo] { return hub.path }
            var ends: [Int32] = [-1, -1]
            guard ends.withUnsafeMutableBufferPointer({ gd_pipe_cloexec($0.baseAddress!) }) == 0 else { return nil }
            defer { close(ends[0]); close(ends[1]) }
            let path = Glibc.open("/proc/self/fd/\(ends[0])", GD_O_PATH | O_CLOEXEC)
            guard path >= 0 else { return nil }
            var st = stat()
            guard fstat(path, &st) == 0 else { close(path); return nil }
            table[fifo] = Hub(path: path, pipe: FileIdentity(st))
            return path
        }
        guard let path else { return nil }
        let fd = Glibc.open("/proc/self/fd/\(path)", (flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOFOLLOW)) | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// The tree's pipe for `fifo` while a task of the tree holds it (a descriptor on it in
    /// /proc/PID/fd); a pipe no task holds any more is forgotten, and the FIFO is itself again.
    func live(_ fifo: FileIdentity, tree: ProcessTree) -> Bool {
        guard let hub = hubs.withLock({ $0[fifo] }) else { return false }
        var seen: Set<pid_t> = []
        for tid in tree.all {
            let pid = ProcessTree.threadGroup(of: tid)
            guard seen.insert(pid).inserted else { continue }
            if FifoHubs.holds(pid, hub.pipe) { return true }
        }
        hubs.withLock { table in
            if let current = table[fifo], current.path == hub.path {
                close(current.path)
                table[fifo] = nil
            }
        }
        return false
    }

    /// Whether `pid` has a descriptor on the object `identity`.
    static func holds(_ pid: pid_t, _ identity: FileIdentity) -> Bool {
        guard let dir = opendir("/proc/\(pid)/fd") else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.first?.isNumber == true else { continue }
            var st = stat()
            if stat("/proc/\(pid)/fd/\(name)", &st) == 0 && FileIdentity(st) == identity { return true }
        }
        return false
    }
}
