import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Every task (thread or process) of the supervised tree, as the tracer has seen it. The tracer
/// adds and removes; notify workers read (is this pid ours?) to refuse reaching outside it.
public final class ProcessTree: Sendable {
    private struct State {
        var tasks: Set<pid_t> = []
        var parents: [pid_t: pid_t] = [:]
        var root: pid_t = 0
    }
    private let state = Mutex(State())

    public init() {}

    func add(_ pid: pid_t) { state.withLock { _ = $0.tasks.insert(pid) } }
    /// A task the tracer saw created by `parent` (fork, vfork or clone).
    func add(_ pid: pid_t, parent: pid_t) {
        state.withLock {
            $0.tasks.insert(pid)
            $0.parents[pid] = parent
        }
    }
    func remove(_ pid: pid_t) {
        state.withLock {
            $0.tasks.remove(pid)
            $0.parents.removeValue(forKey: pid)
        }
    }
    /// The parent the tracer recorded, if it saw the task being created.
    func parent(of pid: pid_t) -> pid_t? { state.withLock { $0.parents[pid] } }
    func setRoot(_ pid: pid_t) { state.withLock { $0.root = pid; $0.tasks.insert(pid) } }
    public var root: pid_t { state.withLock { $0.root } }
    public func contains(_ pid: pid_t) -> Bool { state.withLock { $0.tasks.contains(pid) } }
    public var all: [pid_t] { state.withLock { Array($0.tasks) } }
    public var count: Int { state.withLock { $0.tasks.count } }

    /// The thread-group id of a task, from /proc/<tid>/status; the tid itself when unreadable.
    static func threadGroup(of tid: pid_t) -> pid_t {
        statusField(tid, "Tgid:").flatMap { pid_t($0) } ?? tid
    }

    static func parent(of pid: pid_t) -> pid_t {
        statusField(pid, "PPid:").flatMap { pid_t($0) } ?? 0
    }

    static func umask(of tid: pid_t) -> mode_t? {
        statusField(tid, "Umask:").flatMap { mode_t($0, radix: 8) }
    }

    static func statusField(_ pid: pid_t, _ key: String) -> String? {
        guard let text = readSmallFile("/proc/\(pid)/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return line.dropFirst(key.count).trimmingCharacters(in: " \t")
        }
        return nil
    }

    static func readSmallFile(_ path: String, limit: Int = 1 << 20) -> String? {
        guard let bytes = readBytes(path, limit: limit) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func readBytes(_ path: String, limit: Int = 1 << 20) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while out.count < limit {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// `/proc/PID/cmdline` or `/proc/PID/environ`, whose read fills the buffer as far as the
    /// process's memory goes (fs/proc/base.c: get_mm_cmdline and environ_read loop until the
    /// count is met or the memory ends): a short read is the end, and no second read is made to
    /// learn it.
    static func readProcessMemoryFile(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: Swift.min(16384, limit))
        var filled = 0
        while filled < limit {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: Swift.min(out.count, limit - out.count))) }
            let want = out.count - filled
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, want) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            filled += n
            if n < want { break }
        }
        out.removeSubrange(filled...)
        return out
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = self[...]
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
