import CGuardianShim
import CSeccomp
import GuardianEvents
import GuardianNetwork
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

/// Everything the notify workers and the tracer share. Immutable but for the Mutex-guarded
/// maps, so every thread can hold it.
final class SupervisorContext: Sendable {
    let session: String
    let policy: any PolicyEngine
    /// The environment variables the policy reads, matched on bytes.
    let environmentNames: EnvironmentNames
    let log: EventLog
    let logger: Logger
    let tree: ProcessTree
    let resolver: PathResolver
    let syscalls: SyscallTable
    /// Where the tree's TCP connections are handed; nil only in tests that build a context alone.
    let network: NetworkGateway?
    /// Directories and files the tree may read but never write: Guardian's own.
    let guardedPrefixes: [String]
    let guardedFiles: Set<String>
    /// Guardian's own binary: the tree may not run it (it could approve its own requests).
    let selfIdentity: FileIdentity?
    /// Protected files pinned by identity at start, so an older hardlink is still recognised.
    let pinned: [FileIdentity: String]
    let expectations = Mutex<[pid_t: ExecExpectation]>([:])
    /// Calls held for a human, and the grants made for the rest of the session.
    let desk: ApprovalDesk
    /// How long an `ask` waits when its rule names no timeout.
    let askTimeout: Double
    /// Run on every `ask` with the event on stdin (`--notify`), through /bin/sh -c.
    let notifyCommand: String?
    /// Decisions so far, by kind, for `guardian sessions`.
    let counts = Mutex<[String: Int]>([:])
    /// Time per answered notification, by worker.
    let latency = DecisionLatency(workers: 8)
    let notifyFD = Atomic<Int32>(-1)
    /// Tasks that changed (or inherited changed) credentials: the supervisor reads theirs
    /// before acting for them.
    let changedCredentials = Mutex<Set<pid_t>>([])
    /// How many tasks `changedCredentials` holds, read without the lock on every notification.
    let markedTasks = Atomic<Int>(0)
    /// Guardian's ids, when a set*id call naming only them can be told to change nothing.
    let ownIDs: OwnIDs?
    /// Guardian's own filesystem credentials, restored after acting for a marked task.
    let ownCredentials: TaskCredentials?
    /// Guardian's user namespace: mounts run only for tasks in another one.
    let ownUserNamespace = NamespaceHandler.userNamespace("/proc/self/ns/user")

    /// File decisions by (real path, access): the engine is immutable, so a header that two
    /// hundred compiler processes open is decided once. Bounded; cleared when full.
    private let fileDecisions = Mutex<[FileRequest: Evaluation]>([:])
    static let fileDecisionLimit = 65536

    func evaluate(_ request: FileRequest) -> Evaluation {
        if let hit = fileDecisions.withLock({ $0[request] }) { return hit }
        let evaluation = policy.evaluate(request)
        fileDecisions.withLock {
            if $0.count >= SupervisorContext.fileDecisionLimit { $0.removeAll(keepingCapacity: true) }
            $0[request] = evaluation
        }
        return evaluation
    }

    /// Copies and renames of the programs rules name, recognised by content.
    let identities: ProgramIdentity
    /// The `#!` lines of programs run so far.
    let shebangs = ShebangCache()

    /// Whether the operator was told that events cannot be written.
    let logFailureReported = Atomic<Bool>(false)

    /// Set by the kill switch: the tracer kills every task it sees from then on.
    let terminating = Atomic<Bool>(false)

    init(
        session: String, policy: any PolicyEngine, log: EventLog, logger: Logger, tree: ProcessTree,
        guardedPrefixes: [String], guardedFiles: [String], runDirectory: String,
        askTimeout: Double, notifyCommand: String?, pinRoots: [String] = [], searchPath: String? = nil,
        network: NetworkGateway? = nil
    ) {
        self.network = network
        self.identities = ProgramIdentity(names: policy.programNames, searchPath: searchPath)
        self.desk = ApprovalDesk(ids: RequestIDs(runDirectory: runDirectory))
        self.ownCredentials = TaskCredentials.read(getpid())
        self.ownIDs = OwnIDs(ownCredentials)
        self.askTimeout = askTimeout
        self.notifyCommand = notifyCommand
        self.session = session
        self.policy = policy
        self.environmentNames = EnvironmentNames(policy.environmentVariables)
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
        for root in pinRoots {
            SupervisorContext.pinGlobProtected(policy: policy, root: root, into: &pinned)
        }
        self.pinned = pinned
    }

    /// Files that glob rules protect (`~/.ssh/id_*`, `~/.config/gcloud/**`) pinned by identity
    /// too: a bounded walk of the dot-directories under `root` (HOME), asking the policy about
    /// each regular file. A hardlink made before the session then still reads as the original.
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = 4000) {
        var budget = limit
        var queue: [(String, Int)] = []
        for name in (try? listDirectory(root)) ?? [] where name.hasPrefix(".") && !skipped.contains(name) {
            queue.append((root + "/" + name, 1))
        }
        while let (path, depth) = queue.popLast(), budget > 0 {
            budget -= 1
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR where depth < 5:
                for name in (try? listDirectory(path)) ?? [] { queue.append((path + "/" + name, depth + 1)) }
            case S_IFREG:
                if policy.evaluate(FileRequest(path: path, access: .read)).decision > .audit {
                    pinned[FileIdentity(st)] = path
                }
            default:
                continue
            }
        }
    }

    /// Large caches that hold no credentials; walking them would only spend the budget.
    static let skipped: Set<String> = [".cache", ".npm", ".cargo", ".rustup", ".gradle", ".m2", ".pyenv", ".nvm", ".local", ".vscode-server", ".git", ".swiftpm", ".bun", ".deno"]

    /// Whether a socket is one of Guardian's control sockets, whatever name reaches it.
    func isGuardedSocket(_ identity: FileIdentity) -> Bool {
        for prefix in guardedPrefixes {
            guard let names = try? SupervisorContext.listDirectory(prefix + "/run") else { continue }
            for name in names where name.hasSuffix(".sock") {
                var st = stat()
                if stat(prefix + "/run/" + name, &st) == 0 && FileIdentity(st) == identity { return true }
            }
        }
        return false
    }

    static func listDirectory(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out
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
        counts.withLock { $0[event.decision, default: 0] += 1 }
        do {
            try log.append(event)
            return true
        } catch {
            // Once is enough on the operator's terminal: every call from now on is denied
            // until the log can be written again.
            if !logFailureReported.exchange(true, ordering: .relaxed) {
                writeOperatorWarning("guardian: \(error); every call that cannot be recorded is denied until it can\n")
            }
            return false
        }
    }

    func event(pid: pid_t, kind: Event.Kind, decision: String, rule: RuleMatch? = nil, reason: String? = nil) -> Event {
        var e = Event(
            session: session, pid: pid, ppid: tree.parent(of: pid) ?? ProcessTree.parent(of: pid), kind: kind, decision: decision,
            profile: policy.profileName, rule: rule?.id, reason: reason ?? rule?.reason
        )
        e.environment = nil
        return e
    }

    /// Answers a call the resolver refused: a reach into another process's /proc entries or
    /// onto a mount Guardian cannot place is logged and explained; any other errno is the
    /// kernel's answer, passed on.
    func refuse(_ tid: pid_t, _ error: Errno, path: [UInt8]?, syscall: String, _ r: inout Responder) {
        let rule: RuleMatch
        switch error {
        case PathResolver.foreignProcess: rule = PathResolver.foreignRule
        case PathResolver.unplaceable: rule = PathResolver.unplaceableRule
        default: return r.fail(error.rawValue)
        }
        let shown = path.map { String(decoding: $0, as: UTF8.self) } ?? "a path"
        let kind: Event.Kind = syscall.hasPrefix("open") || syscall == "creat" ? .open : syscall.hasPrefix("exec") ? .exec : .file
        var e = event(pid: tid, kind: kind, decision: "deny", rule: rule)
        e.path = shown
        e.syscall = syscall
        // Denied whether or not the line could be written.
        _ = record(e)
        let verb = kind == .open ? "opening" : kind == .exec ? "running" : syscall
        tellTarget(tid, "guardian: blocked \(verb) \(shown) — rule \(rule.id): \(rule.reason)")
        r.fail(EACCES)
    }

    /// Runs the operator's `--notify` command with the event JSON on its stdin. It runs
    /// outside the tree (no filter, not traced); the tracer reaps it.
    func notifyOperator(_ event: Event) {
        guard let command = notifyCommand else { return }
        var fds: [Int32] = [-1, -1]
        guard gd_pipe_cloexec(&fds) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        var pid: pid_t = 0
        let argv = CStringArray(["/bin/sh", "-c", command])
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv.pointer, environ)
        posix_spawn_file_actions_destroy(&actions)
        close(fds[0])
        if rc == 0 {
            var line = event.canonicalJSON()
            line.append(0x0A)
            _ = line.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        } else {
            logger.warning("guardian: --notify command could not start: \(String(cString: strerror(rc)))")
        }
        close(fds[1])
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
        var shared: Int32 = -1
        let pidfd = gd_pidfd_open(tid)
        if pidfd >= 0 {
            shared = gd_pidfd_getfd(pidfd, 2)
            close(pidfd)
        }
        defer { if shared >= 0 { close(shared) } }
        var st = stat()
        if shared >= 0 && fstat(shared, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                _ = text.withUnsafeBytes { write(shared, $0.baseAddress, $0.count) }
                return
            case S_IFSOCK:
                _ = text.withUnsafeBytes { send(shared, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT | MSG_NOSIGNAL)) }
                return
            default:
                break
            }
        }
        let fd = open("/proc/\(tid)/fd/2", O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd >= 0 {
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            return
        }
        // A pipe we may not reopen (another user's): write through the target's own description,
        // only when the line fits in what the pipe has free, so the write cannot block.
        guard shared >= 0, (st.st_mode & S_IFMT) == S_IFIFO else { return }
        let room = Int(gd_pipe_room(shared))
        if room >= text.count {
            _ = text.withUnsafeBytes { write(shared, $0.baseAddress, $0.count) }
        }
    }
}

/// Syscall numbers of this architecture, resolved once through libseccomp.
struct SyscallTable: Sendable {
    enum Kind: Sendable {
        case open, openat, openat2, creat, execve, execveat
        case link, linkat, rename, renameat, renameat2, truncate
        case unlink, unlinkat, rmdir
        case connect
        case sendto
        case symlink, symlinkat, mkdir, mkdirat, mknod, mknodat
        case credentials
        /// mount and its family (notified only when the profile allows user namespaces).
        case mount
        /// unshare, and clone making a user or mount namespace.
        case namespace
    }

    /// Which ids a credential call sets, by how many uid/gid arguments it takes.
    enum CredentialCall: Sendable {
        case uid(Int)
        case gid(Int)
        case other
    }

    private let table: [Int32: Kind]
    private let credentialCalls: [Int32: CredentialCall]
    private let names: [Int32: String]

    init() {
        var t: [Int32: Kind] = [:]
        let names: [(String, Kind)] = [
            ("open", .open), ("openat", .openat), ("openat2", .openat2), ("creat", .creat),
            ("execve", .execve), ("execveat", .execveat), ("link", .link), ("linkat", .linkat),
            ("rename", .rename), ("renameat", .renameat), ("renameat2", .renameat2),
            ("truncate", .truncate), ("unlink", .unlink), ("unlinkat", .unlinkat), ("rmdir", .rmdir),
            ("connect", .connect), ("sendto", .sendto), ("symlink", .symlink), ("symlinkat", .symlinkat), ("mkdir", .mkdir),
            ("mkdirat", .mkdirat), ("mknod", .mknod), ("mknodat", .mknodat),
            ("unshare", .namespace), ("clone", .namespace),
        ] + FilterPlan.mountCalls.map { ($0, Kind.mount) }
        var calls: [Int32: CredentialCall] = [:]
        let shapes: [String: CredentialCall] = [
            "setuid": .uid(1), "setfsuid": .uid(1), "setreuid": .uid(2), "setresuid": .uid(3),
            "setgid": .gid(1), "setfsgid": .gid(1), "setregid": .gid(2), "setresgid": .gid(3),
        ]
        for name in FilterPlan.credentialCalls {
            let nr = seccomp_syscall_resolve_name(name)
            if nr != __NR_SCMP_ERROR {
                t[nr] = .credentials
                calls[nr] = shapes[name] ?? .other
            }
        }
        credentialCalls = calls
        var named: [Int32: String] = [:]
        for (name, kind) in names {
            let nr = seccomp_syscall_resolve_name(name)
            if nr != __NR_SCMP_ERROR {
                t[nr] = kind
                named[nr] = name
            }
        }
        table = t
        self.names = named
    }

    func kind(_ nr: Int32) -> Kind? { table[nr] }
    /// The syscall's name, for events.
    func name(_ nr: Int32) -> String { names[nr] ?? "syscall \(nr)" }
    func credentialCall(_ nr: Int32) -> CredentialCall? { credentialCalls[nr] }
}
