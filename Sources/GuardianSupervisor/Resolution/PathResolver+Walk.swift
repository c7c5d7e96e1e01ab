import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

extension PathResolver {
    /// Where a walk stands: a /proc root of Guardian's pid namespace, of one of the tree's own
    /// (mounted inside its namespaces: every process there is the tree's), or neither.
    enum ProcRoot { case none, host, tree }

    /// The component walk: for paths that meet procfs, and — inside a task's own root — for
    /// paths that climb out of its cwd, with `..` stopping at that root as the kernel's does.
    func walk(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool) throws(ResolutionError) -> Int32 {
        var stack: [[UInt8]] = PathResolver.components(path).reversed()
        func openRoot() -> Int32 {
            start.root >= 0 ? fcntl(start.root, F_DUPFD_CLOEXEC, 0) : open("/", GD_O_PATH | O_CLOEXEC)
        }
        var cur = path.first == UInt8(ascii: "/") || start.base == AT_FDCWD ? openRoot() : fcntl(start.base, F_DUPFD_CLOEXEC, 0)
        if cur < 0 { throw .current }
        let rootID = start.root >= 0 ? MountedFile(fd: start.root) : nil
        var links = 0
        var tgid: pid_t? = nil
        func tgidOf() -> pid_t {
            if let tgid { return tgid }
            let t = ProcessTree.threadGroup(of: tid)
            tgid = t
            return t
        }
        do throws(ResolutionError) {
            while var name = stack.popLast() {
                if name.isEmpty || name == [UInt8(ascii: ".")] { continue }
                if name == Array("..".utf8), start.root >= 0, MountedFile(fd: cur) == rootID { continue }
                let isLast = stack.isEmpty
                let procRoot = self.procRoot(cur, namespaced: start.root >= 0)
                switch procRoot {
                case .host:
                    if name == Array("self".utf8) {
                        name = Array(String(tgidOf()).utf8)
                    } else if name == Array("thread-self".utf8) {
                        stack.append(Array(String(tid).utf8))
                        stack.append(Array("task".utf8))
                        name = Array(String(tgidOf()).utf8)
                    }
                    // Another process's /proc entries: only harmless ones are reachable.
                    if !ownership.mayEnter(name, next: stack.last(where: { !$0.isEmpty && $0 != [UInt8(ascii: ".")] })) {
                        throw .foreignProcess
                    }
                case .tree:
                    if name == Array("self".utf8) || name == Array("thread-self".utf8) {
                        // The task's numbers in that instance's pid namespace.
                        guard let (group, task) = PathResolver.pids(tgid: tgidOf(), tid: tid, inProcRoot: cur) else { throw .errno(ENOENT) }
                        if name == Array("thread-self".utf8) {
                            stack.append(Array(String(task).utf8))
                            stack.append(Array("task".utf8))
                        }
                        name = Array(String(group).utf8)
                    }
                case .none:
                    break
                }
                let next = PathResolver.openat(cur, name, GD_O_PATH | O_NOFOLLOW | O_CLOEXEC)
                if next < 0 { throw .current }
                var st = stat()
                fstat(next, &st)
                if (st.st_mode & S_IFMT) == S_IFLNK && (!isLast || followLast) {
                    let onHostProc = UInt64(st.st_dev) == procDevice
                    if procRoot == .none && (onHostProc || (start.root >= 0 && gd_is_procfs(next) == 1)) {
                        // A magic link under /proc/<pid>/ (fd/N, cwd, root, exe): with an explicit
                        // pid the kernel follows it to the same object the target would reach —
                        // for a process of the tree only.
                        close(next)
                        if onHostProc { try checkProcOwner(cur, entry: String(decoding: name, as: UTF8.self), tid: tid) }
                        let followed = PathResolver.openat(cur, name, GD_O_PATH | O_CLOEXEC)
                        if followed < 0 { throw .current }
                        close(cur)
                        cur = followed
                        continue
                    }
                    links += 1
                    if links > PathResolver.maxSymlinks { close(next); throw .errno(ELOOP) }
                    let target = PathResolver.readlink(fd: next, name: [])
                    close(next)
                    guard let target, !target.isEmpty else { throw .errno(ENOENT) }
                    stack.append(contentsOf: PathResolver.components(target).reversed())
                    if target.first == UInt8(ascii: "/") {
                        close(cur)
                        cur = openRoot()
                        if cur < 0 { throw .current }
                    }
                    continue
                }
                close(cur)
                cur = next
            }
            var st = stat()
            if fstat(cur, &st) == 0 {
                if UInt64(st.st_dev) == procDevice { try checkProcOwner(cur, entry: nil, tid: tid) }
                if otherProcDevices.contains(UInt64(st.st_dev)) { throw .foreignProcess }
            }
        } catch {
            close(cur)
            throw error
        }
        return cur
    }

    private func procRoot(_ fd: Int32, namespaced: Bool) -> ProcRoot {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_ino == 1 else { return .none }
        if UInt64(st.st_dev) == procDevice { return .host }
        if namespaced && !otherProcDevices.contains(UInt64(st.st_dev)) && gd_is_procfs(fd) == 1 { return .tree }
        return .none
    }

    /// A task's numbers (thread group, thread) as a /proc instance of one of the tree's pid
    /// namespaces shows them: the level of its NSpid list that instance confirms.
    static func pids(tgid: pid_t, tid: pid_t, inProcRoot root: Int32) -> (pid_t, pid_t)? {
        func nsPids(_ status: String?) -> [Substring] {
            guard let status, let line = status.split(separator: "\n").first(where: { $0.hasPrefix("NSpid:") }) else { return [] }
            return line.dropFirst(6).split(whereSeparator: { $0 == "\t" || $0 == " " })
        }
        let group = nsPids(ProcessTree.readSmallFile("/proc/\(tgid)/status"))
        let task = nsPids(ProcessTree.readSmallFile("/proc/\(tgid)/task/\(tid)/status"))
        guard !group.isEmpty, task.count == group.count else { return nil }
        for level in stride(from: group.count - 1, through: 0, by: -1) {
            let fd = PathResolver.openat(root, Array("\(group[level])/status".utf8), O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard n > 0 else { continue }
            if nsPids(String(decoding: buffer[0..<n], as: UTF8.self)) == Array(group[level...]),
               let g = pid_t(group[level]), let t = pid_t(task[level]) {
                return (g, t)
            }
        }
        return nil
    }
}
