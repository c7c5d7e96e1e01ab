import CGuardianShim
import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Resolves a path exactly as a target process would, to an O_PATH fd on the object itself.
/// Decisions are taken on that object (its real path and device+inode), never on the string,
/// so symlinks, hardlinks, `..`, `/proc/self/root` and `/proc/self/fd/N` all land on one answer.
///
/// Fast path: openat2(RESOLVE_NO_MAGICLINKS) from the target's cwd or dirfd. A path that meets
/// procfs (a magic link, or `/proc/self`, which would mean the supervisor) takes the slow path:
/// a component walk that reads `self` as the target and follows magic links only under an
/// explicit pid that belongs to the supervised tree.
final class PathResolver: Sendable {
    let procDevice: UInt64
    /// Other procfs instances Guardian sees (another pid namespace's /proc mounted somewhere):
    /// their pid numbers are not the tree's, so nothing under them is reachable.
    let otherProcDevices: Set<UInt64>
    let tree: ProcessTree
    /// Set once the tree made a user or mount namespace (`defaults: user_namespaces: allow`):
    /// from then on each call is resolved through the task's own root, and objects on mounts
    /// of other namespaces are placed in Guardian's by the mount tables.
    let namespaced: Atomic<Bool>
    let hostMounts: HostMounts
    /// Where mounts of the tree's own namespaces show (mountinfo entries, mount points as the
    /// kernel names them for Guardian), by unique mount id.
    private let placements = Mutex<[UInt64: MountEntry]>([:])
    /// Guardian's root, as `identity` gives it.
    let ownRoot: [UInt64]

    init(tree: ProcessTree) {
        var st = stat()
        procDevice = stat("/proc", &st) == 0 ? UInt64(st.st_dev) : UInt64.max
        self.tree = tree
        hostMounts = HostMounts()
        let proc = procDevice
        otherProcDevices = Set(hostMounts.current().entries.filter { $0.fsType == "proc" && $0.device != proc }.map(\.device))
        let root = open("/", GD_O_PATH | O_CLOEXEC)
        ownRoot = PathResolver.identity(root)
        close(root)
        namespaced = Atomic(false)
    }

    /// Thrown for another process's /proc entries; answered as EACCES, and logged (an errno the
    /// kernel never gives for a path, so the handler can tell it from a permission error).
    static let foreignProcess = Errno(EKEYREJECTED)
    static let foreignRule = RuleMatch(
        id: "guardian.foreign-process", decision: .deny,
        reason: "memory, environment, descriptors and files of processes outside the session are out of reach"
    )
    /// Thrown for an object on a mount of another namespace that Guardian cannot place in its
    /// own (an overlay or FUSE mounted inside the agent's namespace, a hidden mount).
    static let unplaceable = Errno(EKEYREVOKED)
    static let unplaceableRule = RuleMatch(
        id: "guardian.unplaceable-mount", decision: .deny,
        reason: "the file is on a filesystem mounted inside the agent's namespace that Guardian cannot map to its own view (overlay, FUSE, a hidden mount)"
    )
    static let maxSymlinks = 40

    /// Where one call's path is resolved from. `base` is the target's cwd or dirfd, or for an
    /// absolute path its root; `root` is the target's root when it is not Guardian's (a task
    /// that pivoted or chrooted inside its own namespaces), else -1.
    struct Start {
        var base: Int32
        var root: Int32
        func close() {
            if base >= 0 { Glibc.close(base) }
            if root >= 0 && root != base { Glibc.close(root) }
        }
    }

    /// Opens what `path` is resolved from. The caller closes it. `resolve` carries the target's
    /// own openat2 RESOLVE_* flags: with RESOLVE_IN_ROOT or RESOLVE_BENEATH an absolute path
    /// is resolved from the dirfd too.
    func start(tid: pid_t, dirfd: Int32, path: [UInt8], resolve: UInt64 = 0) throws(Errno) -> Start {
        let root = namespaced.load(ordering: .acquiring) ? try targetRoot(tid) : -1
        let scoped = resolve & (GD_RESOLVE_IN_ROOT | GD_RESOLVE_BENEATH) != 0
        if path.first == UInt8(ascii: "/") && !scoped { return Start(base: root >= 0 ? root : AT_FDCWD, root: root) }
        let link = dirfd == AT_FDCWD ? "/proc/\(tid)/cwd" : "/proc/\(tid)/fd/\(dirfd)"
        let fd = open(link, GD_O_PATH | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            if root >= 0 { close(root) }
            // The target's own dirfd is not open (or not a directory): the kernel says EBADF.
            throw e == ENOENT ? Errno(EBADF) : Errno(e)
        }
        return Start(base: fd, root: root)
    }

    /// The target's root when it is not Guardian's, else -1.
    private func targetRoot(_ tid: pid_t) throws(Errno) -> Int32 {
        let fd = open("/proc/\(tid)/root", GD_O_PATH | O_CLOEXEC)
        if fd < 0 { throw errno == ENOENT ? Errno(ESRCH) : Errno.current }
        if PathResolver.identity(fd) == ownRoot {
            close(fd)
            return -1
        }
        return fd
    }

    /// Resolves to an O_PATH fd. `resolve` carries the target's own openat2 RESOLVE_* flags.
    func resolve(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool, resolve: UInt64 = 0) throws(Errno) -> Int32 {
        let flags = UInt64(GD_O_PATH | O_CLOEXEC | (followLast ? 0 : O_NOFOLLOW))
        var how = resolve | GD_RESOLVE_NO_MAGICLINKS
        if start.root >= 0 && resolve & (GD_RESOLVE_IN_ROOT | GD_RESOLVE_BENEATH) == 0 {
            // Inside the task's own root: an absolute path and its absolute symlinks start
            // there and `..` stops there (RESOLVE_IN_ROOT from it). A relative path is tried
            // beneath the cwd first; one that climbs out takes the walk, which stops at the root.
            how |= path.first == UInt8(ascii: "/") ? GD_RESOLVE_IN_ROOT : GD_RESOLVE_BENEATH
        }
        let fd = path.withCString { gd_openat2(start.base, $0, flags, 0, how) }
        if fd >= 0 {
            var st = stat()
            if fstat(fd, &st) == 0 && UInt64(st.st_dev) != procDevice {
                if !otherProcDevices.isEmpty && otherProcDevices.contains(UInt64(st.st_dev)) {
                    close(fd)
                    throw PathResolver.foreignProcess
                }
                return fd
            }
            close(fd)
        } else if fd == -ELOOP && resolve & GD_RESOLVE_NO_MAGICLINKS == 0 {
            // A magic link (or /proc/self): the walk follows it for the tree only.
        } else if start.root >= 0 && resolve == 0 && (fd == -EXDEV || fd == -EAGAIN) {
            // Climbed out of the cwd, or met an absolute symlink: the walk stops at the root.
        } else if start.root >= 0 && resolve == 0 && fd == -ENOENT && PathResolver.namesProcSelf(path) {
            // `self` in the task's own /proc names a pid Guardian does not have there.
        } else {
            throw Errno(-fd)
        }
        if resolve != 0 {
            // The target asked for a restricted walk (RESOLVE_BENEATH, …) that meets procfs:
            // refuse rather than emulate it loosely.
            throw Errno(EXDEV)
        }
        return try walk(tid: tid, start, path: path, followLast: followLast)
    }

    static func namesProcSelf(_ path: [UInt8]) -> Bool {
        components(path).contains { $0 == Array("self".utf8) || $0 == Array("thread-self".utf8) }
    }

    /// The path decisions are taken on for a resolved object: its real path as the kernel names
    /// it — in Guardian's mount namespace. Once the tree has namespaces of its own, an object on
    /// one of their mounts is placed through the mount tables (a bind mount of `~/.aws` at
    /// `/tmp/x` reads as `~/.aws`), and one that cannot be placed is refused.
    func decisionPath(of fd: Int32, tid: pid_t) throws(Errno) -> [UInt8] {
        guard let view = PathResolver.realPath(of: fd) else { throw Errno(EACCES) }
        guard namespaced.load(ordering: .acquiring) else { return view }
        let mount = gd_mount_id(fd)
        let host = hostMounts.current()
        if host.ids.contains(mount) { return view }
        // Mounts by their never-reused id: a mount's filesystem root never changes, and where it
        // shows in the kernel's names changes only if it is moved — then the placing below fails
        // its identity check and is redone from a fresh mountinfo.
        let unique = gd_mount_id_unique(fd)
        if unique != 0, let cached = placements.withLock({ $0[unique] }) {
            if let placed = place(view, fd, on: cached, host: host.entries) { return placed }
            _ = placements.withLock { $0.removeValue(forKey: unique) }
        }
        // mountinfo names mount points from the task's root; the kernel names `view` from the
        // root of the task's mount namespace. They differ by where the root is (a chroot).
        guard let text = ProcessTree.readBytes("/proc/\(tid)/mountinfo", limit: 4 << 20),
              var entry = MountInfo.parse(text).first(where: { $0.id == mount }),
              let root = PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/\(tid)/root".utf8))
        else { throw PathResolver.unplaceable }
        if root != [UInt8(ascii: "/")] { entry.mountPoint = MountInfo.rebase(entry.mountPoint, from: [UInt8(ascii: "/")], onto: root) }
        guard let placed = place(view, fd, on: entry, host: host.entries) else { throw PathResolver.unplaceable }
        if unique != 0 {
            placements.withLock {
                if $0.count >= 4096 { $0.removeAll(keepingCapacity: true) }
                $0[unique] = entry
            }
        }
        return placed
    }

    /// The name in Guardian's view of the object `fd` on a mount of another namespace, or nil.
    private func place(_ view: [UInt8], _ fd: Int32, on entry: MountEntry, host: [MountEntry]) -> [UInt8]? {
        if let placed = MountInfo.hostPath(of: view, on: entry, host: host) {
            // The name must lead to this very object in Guardian's view, or the placing is wrong
            // (a mount over it there): refuse rather than decide on another file.
            var mine = stat(), there = stat()
            let same = fstat(fd, &mine) == 0 && placed.withCString { lstat($0, &there) } == 0
                && mine.st_dev == there.st_dev && mine.st_ino == there.st_ino
            return same ? placed : nil
        }
        if MountInfo.selfContained.contains(entry.fsType) && !host.contains(where: { $0.device == entry.device }) {
            guard MountInfo.isAncestor(entry.mountPoint, of: view) else { return nil }
            return view
        }
        return nil
    }

    /// Where a walk stands: a /proc root of Guardian's pid namespace, of one of the tree's own
    /// (mounted inside its namespaces: every process there is the tree's), or neither.
    enum ProcRoot { case none, host, tree }

    /// The component walk: for paths that meet procfs, and — inside a task's own root — for
    /// paths that climb out of its cwd, with `..` stopping at that root as the kernel's does.
    func walk(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool) throws(Errno) -> Int32 {
        var stack: [[UInt8]] = PathResolver.components(path).reversed()
        func openRoot() -> Int32 {
            start.root >= 0 ? fcntl(start.root, F_DUPFD_CLOEXEC, 0) : open("/", GD_O_PATH | O_CLOEXEC)
        }
        var cur = path.first == UInt8(ascii: "/") || start.base == AT_FDCWD ? openRoot() : fcntl(start.base, F_DUPFD_CLOEXEC, 0)
        if cur < 0 { throw Errno.current }
        let rootID = start.root >= 0 ? PathResolver.identity(start.root) : nil
        var links = 0
        var tgid: pid_t? = nil
        func tgidOf() -> pid_t {
            if let tgid { return tgid }
            let t = ProcessTree.threadGroup(of: tid)
            tgid = t
            return t
        }
        do throws(Errno) {
            while var name = stack.popLast() {
                if name.isEmpty || name == [UInt8(ascii: ".")] { continue }
                if name == Array("..".utf8), let rootID, PathResolver.identity(cur) == rootID { continue }
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
                    if let pid = PathResolver.number(name), !tree.contains(pid),
                       let entry = stack.last(where: { !$0.isEmpty && $0 != [UInt8(ascii: ".")] }),
                       !PathResolver.harmlessForeignEntries.contains(String(decoding: entry, as: UTF8.self)) {
                        // Another process's /proc entries: only harmless ones are reachable.
                        throw PathResolver.foreignProcess
                    }
                case .tree:
                    if name == Array("self".utf8) || name == Array("thread-self".utf8) {
                        // The task's numbers in that instance's pid namespace.
                        guard let (group, task) = PathResolver.pids(tgid: tgidOf(), tid: tid, inProcRoot: cur) else { throw Errno(ENOENT) }
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
                if next < 0 { throw Errno.current }
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
                        if followed < 0 { throw Errno.current }
                        close(cur)
                        cur = followed
                        continue
                    }
                    links += 1
                    if links > PathResolver.maxSymlinks { close(next); throw Errno(ELOOP) }
                    let target = PathResolver.readlink(fd: next, name: [])
                    close(next)
                    guard let target, !target.isEmpty else { throw Errno(ENOENT) }
                    stack.append(contentsOf: PathResolver.components(target).reversed())
                    if target.first == UInt8(ascii: "/") {
                        close(cur)
                        cur = openRoot()
                        if cur < 0 { throw Errno.current }
                    }
                    continue
                }
                close(cur)
                cur = next
            }
            var st = stat()
            if fstat(cur, &st) == 0 {
                if UInt64(st.st_dev) == procDevice { try checkProcOwner(cur, entry: nil, tid: tid) }
                if otherProcDevices.contains(UInt64(st.st_dev)) { throw PathResolver.foreignProcess }
            }
        } catch {
            close(cur)
            throw error
        }
        return cur
    }

    /// A task's working directory as exec rules see it: in Guardian's view, like every path.
    func workingDirectory(of tid: pid_t) -> String {
        workingDirectoryBytes(of: tid).map { String(decoding: $0, as: UTF8.self) } ?? "/"
    }

    func workingDirectoryBytes(of tid: pid_t) -> [UInt8]? {
        if namespaced.load(ordering: .relaxed) {
            let fd = open("/proc/\(tid)/cwd", GD_O_PATH | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                if let path = try? decisionPath(of: fd, tid: tid) { return path }
            }
        }
        return PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/\(tid)/cwd".utf8))
    }

    /// Which mount and object an fd is: `..` stops at the task's root only on that very mount.
    static func identity(_ fd: Int32) -> [UInt64] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return [] }
        return [gd_mount_id(fd), UInt64(st.st_dev), UInt64(st.st_ino)]
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

    /// Refuses a procfs object of a process outside the tree unless it is harmless — decided
    /// on where the object is (its path as the kernel names it), however the walk got there:
    /// from /proc, from a cwd or dirfd inside /proc/<pid>, or through a symlink.
    func checkProcOwner(_ fd: Int32, entry extra: String?, tid: pid_t) throws(Errno) {
        // Where the object is in Guardian's view: Guardian's /proc bind-mounted elsewhere inside
        // the agent's namespace still reads as /proc.
        let real = try decisionPath(of: fd, tid: tid)
        var parts = PathResolver.components(real).map { String(decoding: $0, as: UTF8.self) }
        if let extra { parts.append(extra) }
        guard parts.first == "proc", parts.count >= 2, let pid = pid_t(parts[1]) else { return }
        if tree.contains(pid) { return }
        var rest = Array(parts.dropFirst(2))
        if rest.first == "task", rest.count >= 2 {
            guard let tid = pid_t(rest[1]) else { throw Errno(EACCES) }
            if tree.contains(tid) { return }
            rest = Array(rest.dropFirst(2))
        }
        if rest.isEmpty { return }  // the directory itself: listing names reveals nothing
        if rest.count == 1 && PathResolver.harmlessForeignEntries.contains(rest[0]) { return }
        throw PathResolver.foreignProcess
    }

    /// Entries of a process outside the tree that reveal nothing secret (ps, top, htop read them).
    static let harmlessForeignEntries: Set<String> = ["stat", "status", "statm", "comm", "cmdline", "cgroup", "loginuid", "sessionid", "wchan", "oom_score", "sched", "schedstat"]

    static func number(_ name: [UInt8]) -> pid_t? {
        guard !name.isEmpty, name.count < 10, name.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return pid_t(String(decoding: name, as: UTF8.self))
    }

    static func components(_ path: [UInt8]) -> [[UInt8]] {
        path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
    }

    static func openat(_ dirfd: Int32, _ name: [UInt8], _ flags: Int32, _ mode: UInt32 = 0) -> Int32 {
        var z = name
        z.append(0)
        return z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { Glibc.openat(dirfd, $0, flags, mode) }
        }
    }

    /// readlinkat(fd, name); an empty name reads the link `fd` itself refers to.
    static func readlink(fd: Int32, name: [UInt8]) -> [UInt8]? {
        var z = name
        z.append(0)
        var buffer = [UInt8](repeating: 0, count: 4097)
        let n = z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { namePtr in
                buffer.withUnsafeMutableBytes { readlinkat(fd, namePtr, $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4096) }
            }
        }
        guard n >= 0 else { return nil }
        return Array(buffer[0..<n])
    }

    /// The absolute path of what an fd refers to, as the kernel names it.
    static func realPath(of fd: Int32) -> [UInt8]? {
        var link = Array("/proc/self/fd/\(fd)".utf8)
        link.append(0)
        var buffer = [UInt8](repeating: 0, count: 4097)
        let n = link.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { l in
                buffer.withUnsafeMutableBytes { Glibc.readlink(l, $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4096) }
            }
        }
        guard n >= 0 else { return nil }
        return Array(buffer[0..<n])
    }

    /// Splits off the last component: (parent path, name). `a/b/` → ("a", "b"); `b` → (".", "b").
    static func splitLast(_ path: [UInt8]) -> (parent: [UInt8], name: [UInt8]) {
        var p = path
        while p.count > 1, p.last == UInt8(ascii: "/") { p.removeLast() }
        guard let slash = p.lastIndex(of: UInt8(ascii: "/")) else { return (Array(".".utf8), p) }
        let parent = slash == 0 ? [UInt8(ascii: "/")] : Array(p[..<slash])
        return (parent, Array(p[(slash + 1)...]))
    }
}

extension Array where Element == UInt8 {
    /// The bytes with a NUL appended, for a C call.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        var z = self
        z.append(0)
        return z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count, body)
        }
    }
}
