#if canImport(Glibc)
import Glibc
#endif

/// A cgroup v2 leaf for one session, where the machine lets Guardian make one (root, or a
/// delegated subtree): the kill switch then ends every descendant with one write to
/// cgroup.kill, even a process that slipped out of ptrace's view.
public final class SessionCgroup: Sendable {
    public let path: String
    let procsFD: Int32
    /// The directory itself, for clone3's CLONE_INTO_CGROUP.
    let directoryFD: Int32

    private init(path: String, procsFD: Int32, directoryFD: Int32) {
        self.path = path
        self.procsFD = procsFD
        self.directoryFD = directoryFD
    }

    /// A new cgroup beside Guardian's own, or nil when cgroup v2 is not there or not writable.
    public static func create(session: String) -> SessionCgroup? {
        guard let mount = cgroup2Mount(), let own = ownCgroup() else { return nil }
        let parent = mount + (own == "/" ? "" : own)
        let dir = parent + "/guardian-" + session
        guard mkdir(dir, 0o755) == 0 else { return nil }
        let fd = open(dir + "/cgroup.procs", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            rmdir(dir)
            return nil
        }
        return SessionCgroup(path: dir, procsFD: fd, directoryFD: open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    }

    /// SIGKILL to every process in the cgroup (Linux 5.14+).
    public func killAll() {
        let fd = open(path + "/cgroup.kill", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = write(fd, "1", 1)
        close(fd)
    }

    /// Removes the cgroup once it is empty.
    public func remove() {
        close(procsFD)
        if directoryFD >= 0 { close(directoryFD) }
        for _ in 0..<50 {
            if rmdir(path) == 0 || errno == ENOENT { return }
            usleep(20_000)
        }
    }

    /// The mount point of the cgroup v2 hierarchy, from /proc/self/mountinfo.
    static func cgroup2Mount() -> String? {
        guard let text = ProcessTree.readSmallFile("/proc/self/mountinfo") else { return nil }
        for line in text.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            guard halves.count == 2, halves[1].hasPrefix("cgroup2 ") else { continue }
            let fields = halves[0].split(separator: " ")
            if fields.count >= 5 { return String(fields[4]) }
        }
        return nil
    }

    /// This process's cgroup v2 path (the `0::` line of /proc/self/cgroup).
    static func ownCgroup() -> String? {
        guard let text = ProcessTree.readSmallFile("/proc/self/cgroup") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("0::") {
            return String(line.dropFirst(3))
        }
        return nil
    }
}

extension Substring {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
