import CGuardianShim
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
    /// Paths that met a symlink when resolved lexically (`resolveNamed`).
    let symlinkedPaths = SymlinkedPaths()
    /// Which filesystems keep names as spelled (`resolveNamed`).
    let caseFolding = CaseFolding()
    /// Objects on mounts of the tree's own namespaces, named in Guardian's view.
    let placement: MountPlacement
    /// Whether a procfs object belongs to the tree.
    let ownership: ProcOwnership
    /// Guardian's root.
    let ownRoot: MountedFile?

    init(tree: ProcessTree) {
        var st = stat()
        procDevice = stat("/proc", &st) == 0 ? UInt64(st.st_dev) : UInt64.max
        self.tree = tree
        placement = MountPlacement()
        ownership = ProcOwnership(tree: tree)
        let proc = procDevice
        otherProcDevices = Set(placement.hostMounts.current().entries.filter { $0.fsType == "proc" && $0.device != proc }.map(\.device))
        let root = open("/", GD_O_PATH | O_CLOEXEC)
        ownRoot = MountedFile(fd: root)
        close(root)
        namespaced = Atomic(false)
    }

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
    func start(tid: pid_t, dirfd: Int32, path: [UInt8], resolve: UInt64 = 0) throws(ResolutionError) -> Start {
        let root = namespaced.load(ordering: .acquiring) ? try targetRoot(tid) : -1
        let scoped = resolve & (GD_RESOLVE_IN_ROOT | GD_RESOLVE_BENEATH) != 0
        if path.first == UInt8(ascii: "/") && !scoped { return Start(base: root >= 0 ? root : AT_FDCWD, root: root) }
        let link = dirfd == AT_FDCWD ? "/proc/\(tid)/cwd" : "/proc/\(tid)/fd/\(dirfd)"
        let fd = open(link, GD_O_PATH | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            if root >= 0 { close(root) }
            // The target's own dirfd is not open (or not a directory): the kernel says EBADF.
            throw .errno(e == ENOENT ? EBADF : e)
        }
        return Start(base: fd, root: root)
    }

    /// The target's root when it is not Guardian's, else -1.
    private func targetRoot(_ tid: pid_t) throws(ResolutionError) -> Int32 {
        let fd = open("/proc/\(tid)/root", GD_O_PATH | O_CLOEXEC)
        if fd < 0 { throw errno == ENOENT ? .errno(ESRCH) : .current }
        if MountedFile(fd: fd) == ownRoot {
            close(fd)
            return -1
        }
        return fd
    }

    /// Resolves to an O_PATH fd. `resolve` carries the target's own openat2 RESOLVE_* flags.
    func resolve(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool, resolve: UInt64 = 0) throws(ResolutionError) -> Int32 {
        try resolveWithStat(tid: tid, start, path: path, followLast: followLast, resolve: resolve).fd
    }

    /// `resolve`, with the object's `stat` when the resolution took one (openat2 answered; the
    /// component walk takes none).
    func resolveWithStat(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool, resolve: UInt64 = 0) throws(ResolutionError) -> (fd: Int32, stat: stat?) {
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
                    throw .foreignProcess
                }
                return (fd, st)
            }
            close(fd)
        } else if fd == -ELOOP && resolve & GD_RESOLVE_NO_MAGICLINKS == 0 {
            // A magic link (or /proc/self): the walk follows it for the tree only.
        } else if start.root >= 0 && resolve == 0 && (fd == -EXDEV || fd == -EAGAIN) {
            // Climbed out of the cwd, or met an absolute symlink: the walk stops at the root.
        } else if resolve == 0 && fd == -ENOENT && PathResolver.mayMeetProcSelf(path) {
            // openat2 read `self` as Guardian: `/dev/fd/63` (bash's `<(cmd)`) or
            // `/proc/self/fd/70` is ENOENT whenever Guardian has no descriptor of that number
            // (or, inside the task's own /proc, no pid of that number). The walk reads it as
            // the target.
        } else {
            throw .errno(-fd)
        }
        if resolve != 0 {
            // The target asked for a restricted walk (RESOLVE_BENEATH, …) that meets procfs:
            // refuse rather than emulate it loosely.
            throw .errno(EXDEV)
        }
        return (try walk(tid: tid, start, path: path, followLast: followLast), nil)
    }

    static func namesProcSelf(_ path: [UInt8]) -> Bool {
        var found = false
        eachComponent(path) { c in
            if c.elementsEqual("self".utf8) || c.elementsEqual("thread-self".utf8) { found = true }
            return !found
        }
        return found
    }

    /// Whether a path that failed with ENOENT may have met `/proc/self` on the way: it names
    /// `self` or `thread-self`, or goes through `/dev/fd`, `/dev/stdin`, `/dev/stdout` or
    /// `/dev/stderr`, which are symlinks into it. A symlink of one's own into /proc/self is
    /// not seen here: it stays ENOENT, which refuses nothing that should be decided.
    /// One pass, no allocation: every failing open asks.
    static func mayMeetProcSelf(_ path: [UInt8]) -> Bool {
        var found = false
        var afterDev = false
        var sawDev = false
        eachComponent(path) { c in
            if c.elementsEqual("self".utf8) || c.elementsEqual("thread-self".utf8) {
                found = true
            } else if afterDev {
                found = c.elementsEqual("fd".utf8) || c.elementsEqual("stdin".utf8) || c.elementsEqual("stdout".utf8) || c.elementsEqual("stderr".utf8)
            }
            // The component after the first `dev` only.
            afterDev = !sawDev && c.elementsEqual("dev".utf8)
            if afterDev { sawDev = true }
            return !found
        }
        return found
    }

    /// Calls `body` with each non-empty component of `path` until it returns false.
    static func eachComponent(_ path: [UInt8], _ body: (ArraySlice<UInt8>) -> Bool) {
        var i = 0
        let slash = UInt8(ascii: "/")
        while i < path.count {
            while i < path.count && path[i] == slash { i += 1 }
            var j = i
            while j < path.count && path[j] != slash { j += 1 }
            if j > i && !body(path[i..<j]) { return }
            i = j
        }
    }

    /// The path decisions are taken on for a resolved object: its real path as the kernel names
    /// it — in Guardian's mount namespace. Once the tree has namespaces of its own, an object on
    /// one of their mounts is placed through the mount tables, and one that cannot be placed is
    /// refused.
    func decisionPath(of fd: Int32, tid: pid_t) throws(ResolutionError) -> [UInt8] {
        guard let view = PathResolver.realPath(of: fd) else { throw .errno(EACCES) }
        guard namespaced.load(ordering: .acquiring) else { return view }
        return try placement.place(view, fd, tid: tid)
    }

    /// Refuses a procfs object of a process outside the tree unless it is harmless, wherever
    /// the object shows: Guardian's /proc bind-mounted elsewhere inside the agent's namespace
    /// still reads as /proc.
    func checkProcOwner(_ fd: Int32, entry: String?, tid: pid_t) throws(ResolutionError) {
        try ownership.check(try decisionPath(of: fd, tid: tid), entry: entry)
    }

    /// A task's working directory as exec rules see it: in Guardian's view, like every path;
    /// nil when it cannot be known there (the exec is then refused: `cwd` conditions and
    /// relative paths in arguments are decided on it).
    func workingDirectory(of tid: pid_t) -> String? {
        workingDirectoryBytes(of: tid).map { String(decoding: $0, as: UTF8.self) }
    }

    func workingDirectoryBytes(of tid: pid_t) -> [UInt8]? {
        if namespaced.load(ordering: .relaxed) {
            // On a mount of the tree's own namespace the kernel's name for it is the sandbox's
            // view: only the placed path is Guardian's.
            let fd = open("/proc/\(tid)/cwd", GD_O_PATH | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            do { return try decisionPath(of: fd, tid: tid) } catch { return nil }
        }
        return PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/\(tid)/cwd".utf8))
    }
}
