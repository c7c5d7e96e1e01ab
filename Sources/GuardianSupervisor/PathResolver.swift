import CGuardianShim
import GuardianPolicy
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
struct PathResolver: Sendable {
    let procDevice: UInt64
    let tree: ProcessTree

    init(tree: ProcessTree) {
        var st = stat()
        procDevice = stat("/proc", &st) == 0 ? UInt64(st.st_dev) : UInt64.max
        self.tree = tree
    }

    static let O_PATH: Int32 = 0o10000000
    /// Thrown for another process's /proc entries; answered as EACCES, and logged (an errno the
    /// kernel never gives for a path, so the handler can tell it from a permission error).
    static let foreignProcess = Errno(EKEYREJECTED)
    static let foreignRule = RuleMatch(
        id: "guardian.foreign-process", decision: .deny,
        reason: "memory, environment, descriptors and files of processes outside the session are out of reach"
    )
    static let maxSymlinks = 40

    /// An fd from which `path` is resolved: the target's cwd or its dirfd. The caller closes it.
    func base(tid: pid_t, dirfd: Int32, path: [UInt8]) throws(Errno) -> Int32 {
        if path.first == UInt8(ascii: "/") { return AT_FDCWD }
        let link = dirfd == AT_FDCWD ? "/proc/\(tid)/cwd" : "/proc/\(tid)/fd/\(dirfd)"
        let fd = open(link, PathResolver.O_PATH | O_CLOEXEC)
        if fd < 0 {
            // The target's own dirfd is not open (or not a directory): the kernel says EBADF.
            throw errno == ENOENT ? Errno(EBADF) : Errno.current
        }
        return fd
    }

    /// Resolves to an O_PATH fd. `resolve` carries the target's own openat2 RESOLVE_* flags.
    func resolve(tid: pid_t, base: Int32, path: [UInt8], followLast: Bool, resolve: UInt64 = 0) throws(Errno) -> Int32 {
        let flags = UInt64(PathResolver.O_PATH | O_CLOEXEC | (followLast ? 0 : O_NOFOLLOW))
        let fd = path.withCString { gd_openat2(base, $0, flags, 0, resolve | GD_RESOLVE_NO_MAGICLINKS) }
        if fd >= 0 {
            var st = stat()
            if fstat(fd, &st) == 0 && UInt64(st.st_dev) != procDevice { return fd }
            close(fd)
        } else if fd != -ELOOP || resolve & GD_RESOLVE_NO_MAGICLINKS != 0 {
            throw Errno(-fd)
        }
        if resolve != 0 {
            // The target asked for a restricted walk (RESOLVE_BENEATH, …) that meets procfs:
            // refuse rather than emulate it loosely.
            throw Errno(EXDEV)
        }
        return try walk(tid: tid, base: base, path: path, followLast: followLast)
    }

    /// The component walk for paths that meet procfs.
    func walk(tid: pid_t, base: Int32, path: [UInt8], followLast: Bool) throws(Errno) -> Int32 {
        var stack: [[UInt8]] = PathResolver.components(path).reversed()
        var cur = path.first == UInt8(ascii: "/") || base == AT_FDCWD
            ? open("/", PathResolver.O_PATH | O_CLOEXEC) : fcntl(base, F_DUPFD_CLOEXEC, 0)
        if cur < 0 { throw Errno.current }
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
                let isLast = stack.isEmpty
                let inProcRoot = isProcRoot(cur)
                if inProcRoot {
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
                }
                let next = PathResolver.openat(cur, name, PathResolver.O_PATH | O_NOFOLLOW | O_CLOEXEC)
                if next < 0 { throw Errno.current }
                var st = stat()
                fstat(next, &st)
                if (st.st_mode & S_IFMT) == S_IFLNK && (!isLast || followLast) {
                    if UInt64(st.st_dev) == procDevice && !inProcRoot {
                        // A magic link under /proc/<pid>/ (fd/N, cwd, root, exe): with an explicit
                        // pid the kernel follows it to the same object the target would reach —
                        // for a process of the tree only.
                        close(next)
                        try checkProcOwner(cur, entry: String(decoding: name, as: UTF8.self))
                        let followed = PathResolver.openat(cur, name, PathResolver.O_PATH | O_CLOEXEC)
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
                        cur = open("/", PathResolver.O_PATH | O_CLOEXEC)
                        if cur < 0 { throw Errno.current }
                    }
                    continue
                }
                close(cur)
                cur = next
            }
            var st = stat()
            if fstat(cur, &st) == 0 && UInt64(st.st_dev) == procDevice { try checkProcOwner(cur, entry: nil) }
        } catch {
            close(cur)
            throw error
        }
        return cur
    }

    /// Refuses a procfs object of a process outside the tree unless it is harmless — decided
    /// on where the object is (its path as the kernel names it), however the walk got there:
    /// from /proc, from a cwd or dirfd inside /proc/<pid>, or through a symlink.
    func checkProcOwner(_ fd: Int32, entry extra: String?) throws(Errno) {
        guard let real = PathResolver.realPath(of: fd) else { throw Errno(EACCES) }
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

    private func isProcRoot(_ fd: Int32) -> Bool {
        var st = stat()
        return fstat(fd, &st) == 0 && UInt64(st.st_dev) == procDevice && st.st_ino == 1
    }

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
