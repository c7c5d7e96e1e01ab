import CGuardianShim
import CSeccomp
import GuardianEvents
import GuardianPolicy
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A file's identity: what a decision on "the object" is keyed by.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// What the supervisor allowed an exec to become; checked at PTRACE_EVENT_EXEC.
struct ExecExpectation: Sendable {
    /// The binary the kernel must be running after the exec: the program, or for a `#!`
    /// script its interpreter.
    var identity: FileIdentity
    var request: ExecRequest
    var decision: Decision
}

/// Everything the notify workers and the tracer share. Immutable but for the Mutex-guarded
/// maps, so every thread can hold it.
final class SupervisorContext: Sendable {
    let session: String
    let policy: any PolicyEngine
    let log: EventLog
    let logger: Logger
    let tree: ProcessTree
    let resolver: PathResolver
    let syscalls: SyscallTable
    /// Directories and files the tree may read but never write: Guardian's own.
    let guardedPrefixes: [String]
    let guardedFiles: Set<String>
    /// Guardian's own binary: the tree may not run it (it could approve its own requests).
    let selfIdentity: FileIdentity?
    /// Protected files pinned by identity at start, so an older hardlink is still recognised.
    let pinned: [FileIdentity: String]
    let expectations = Mutex<[pid_t: ExecExpectation]>([:])
    let notifyFD = Atomic<Int32>(-1)

    init(
        session: String, policy: any PolicyEngine, log: EventLog, logger: Logger, tree: ProcessTree,
        guardedPrefixes: [String], guardedFiles: [String]
    ) {
        self.session = session
        self.policy = policy
        self.log = log
        self.logger = logger
        self.tree = tree
        self.resolver = PathResolver(tree: tree)
        self.syscalls = SyscallTable()
        self.guardedPrefixes = guardedPrefixes.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.guardedFiles = Set(guardedFiles)
        var st = stat()
        selfIdentity = stat("/proc/self/exe", &st) == 0 ? FileIdentity(st) : nil
        var pinned: [FileIdentity: String] = [:]
        for path in policy.protectedPaths where stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
            pinned[FileIdentity(st)] = path
        }
        self.pinned = pinned
    }

    /// Whether a real path is Guardian's own (state, config, profiles in use).
    func isGuarded(_ path: String) -> Bool {
        if guardedFiles.contains(path) { return true }
        for prefix in guardedPrefixes where path == prefix || path.hasPrefix(prefix + "/") {
            return true
        }
        return false
    }

    /// Records an event; false when it could not be recorded (the caller then denies).
    func record(_ event: Event) -> Bool {
        do {
            try log.append(event)
            return true
        } catch {
            logger.error("guardian: \(error)")
            writeOperatorWarning("guardian: \(error); denying the call it concerns\n")
            return false
        }
    }

    func event(pid: pid_t, kind: Event.Kind, decision: String, rule: RuleMatch? = nil, reason: String? = nil) -> Event {
        var e = Event(
            session: session, pid: pid, ppid: ProcessTree.parent(of: pid), kind: kind, decision: decision,
            profile: policy.profileName, rule: rule?.id, reason: reason ?? rule?.reason
        )
        e.environment = nil
        return e
    }

    private func writeOperatorWarning(_ text: String) {
        _ = text.withCString { write(2, $0, strlen($0)) }
    }

    /// One line on the blocked process's stderr, so the agent reads why it was stopped. A
    /// regular file or socket is written through the target's own description (its offset
    /// stays right; a socket gets MSG_DONTWAIT); a pipe or tty is reopened non-blocking, so a
    /// full pipe never stalls a supervisor thread.
    func tellTarget(_ tid: pid_t, _ line: String) {
        let text = Array((line + "\n").utf8)
        let pidfd = gd_pidfd_open(tid)
        if pidfd >= 0 {
            let fd = gd_pidfd_getfd(pidfd, 2)
            close(pidfd)
            if fd >= 0 {
                defer { close(fd) }
                var st = stat()
                if fstat(fd, &st) == 0 {
                    let type = st.st_mode & S_IFMT
                    if type == S_IFREG {
                        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                        return
                    }
                    if type == S_IFSOCK {
                        _ = text.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT | MSG_NOSIGNAL)) }
                        return
                    }
                }
            }
        }
        let fd = open("/proc/\(tid)/fd/2", O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}

/// Syscall numbers of this architecture, resolved once through libseccomp.
struct SyscallTable: Sendable {
    enum Kind: Sendable {
        case open, openat, openat2, creat, execve, execveat
        case link, linkat, rename, renameat, renameat2, truncate
        case unlink, unlinkat, rmdir
    }

    private let table: [Int32: Kind]

    init() {
        var t: [Int32: Kind] = [:]
        let names: [(String, Kind)] = [
            ("open", .open), ("openat", .openat), ("openat2", .openat2), ("creat", .creat),
            ("execve", .execve), ("execveat", .execveat), ("link", .link), ("linkat", .linkat),
            ("rename", .rename), ("renameat", .renameat), ("renameat2", .renameat2),
            ("truncate", .truncate), ("unlink", .unlink), ("unlinkat", .unlinkat), ("rmdir", .rmdir),
        ]
        for (name, kind) in names {
            let nr = seccomp_syscall_resolve_name(name)
            if nr != __NR_SCMP_ERROR { t[nr] = kind }
        }
        table = t
    }

    func kind(_ nr: Int32) -> Kind? { table[nr] }
}
