import CGuardianShim
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What to run, prepared by the caller: an absolute executable path (PATH already searched),
/// argv, and the environment the agent gets.
public struct LaunchRequest: Sendable {
    public var executable: String
    public var argv: [String]
    public var environment: [String]

    public init(executable: String, argv: [String], environment: [String]) {
        self.executable = executable
        self.argv = argv
        self.environment = environment
    }
}

/// How a supervised run ended.
public enum Termination: Sendable, Equatable {
    case exited(Int32)
    case signaled(Int32)
    /// PROGRAM could not be executed: errno of the execve (ENOENT → 127, else 126).
    case execFailed(Int32)

    /// The exit status `guardian run` returns (the conventions of env(1) and timeout(1)).
    public var exitCode: Int32 {
        switch self {
        case .exited(let c): c
        case .signaled(let s): 128 + s
        case .execFailed(let e): e == ENOENT ? 127 : 126
        }
    }
}

/// One supervised session: the filter, the notify workers, the tracer, and the agent.
public final class Supervisor: Sendable {
    let context: SupervisorContext
    let options: FilterPlan.Options
    let workers: Int
    /// Whether the child makes itself unable to connect TCP on its own (Landlock).
    let landlockNetwork: Bool
    /// The session's cgroup, where the machine allows one.
    public let cgroup: SessionCgroup?

    public init(
        session: String, policy: any PolicyEngine, log: EventLog, logger: Logger,
        guardedPrefixes: [String], guardedFiles: [String], runDirectory: String,
        askTimeout: Double = 300, notifyCommand: String? = nil, pinRoots: [String] = [], searchPath: String? = nil,
        workers: Int = 2, network: NetworkSetup? = nil
    ) throws(GuardianError) {
        var gateway: NetworkGateway?
        let decisions = NetworkDecisions()
        if let network {
            do {
                gateway = try NetworkGateway(
                    authority: network.authority, upstream: network.upstream, decider: decisions,
                    names: network.names, allowName: { decisions.allowName($0) }, logger: logger)
            } catch {
                throw GuardianError("network", "could not start the network gateway (\(error)); Guardian will not run the agent with its network unsupervised")
            }
        }
        let cgroup = SessionCgroup.create(session: session)
        self.cgroup = cgroup
        self.landlockNetwork = network?.landlock ?? false
        context = SupervisorContext(
            session: session, policy: policy, log: log, logger: logger, tree: ProcessTree(),
            guardedPrefixes: guardedPrefixes + (cgroup.map { [$0.path] } ?? []), guardedFiles: guardedFiles,
            runDirectory: runDirectory,
            askTimeout: askTimeout, notifyCommand: notifyCommand, pinRoots: pinRoots, searchPath: searchPath,
            network: gateway
        )
        decisions.attach(context)
        // unlink and rmdir are always trapped: Guardian's own files must survive `rm -rf` whatever
        // the profile says.
        options = FilterPlan.Options(trapDeletes: true, allowUserNamespaces: policy.allowsUserNamespaces, guardianPid: UInt64(getpid()))
        self.workers = workers
    }

    public var tree: ProcessTree { context.tree }
    /// The supervisor's own time per answered notification (held calls excluded).
    public var decisionLatency: LatencyHistogram { context.latency.merged }

    /// Runs the agent under supervision and returns when it has exited. Throws only for
    /// Guardian's own failures, before the agent ran: it is never run unsupervised.
    public func run(_ launch: LaunchRequest) throws(GuardianError) -> Termination {
        let filter = try Filter.compile(FilterPlan.make(options))
        if gd_notif_check_sizes() != 0 {
            throw GuardianError("notify", "this kernel does not offer seccomp user notification (Linux 5.9 or newer is needed); Guardian will not run the agent unsupervised")
        }
        // Orphans of the tree come to us, not to init.
        _ = gd_set_child_subreaper()
        signal(SIGPIPE, SIG_IGN)

        let outcome = Mutex<Result<Termination, GuardianError>?>(nil)
        let context = self.context
        let workers = self.workers
        let cgroupFD = cgroup?.procsFD ?? -1
        let cgroupDirectoryFD = cgroup?.directoryFD ?? -1
        let landlock = landlockNetwork
        defer { cgroup?.remove() }
        let thread: OSThread
        do {
            thread = try OSThread.start {
                let result = Result<Termination, GuardianError> { () throws(GuardianError) -> Termination in
                    try Supervisor.traceSession(context, filter: filter, launch: launch, workers: workers, cgroupFD: cgroupFD, cgroupDirectoryFD: cgroupDirectoryFD, landlock: landlock)
                }
                outcome.withLock { $0 = result }
            }
        } catch {
            throw GuardianError("thread", "could not start the tracer thread", errno: error)
        }
        thread.join()
        guard let result = outcome.withLock({ $0 }) else {
            throw GuardianError("tracer", "the tracer thread ended without a result")
        }
        return try result.get()
    }

    /// On the tracer thread: fork, attach, hand over the listener, release the child, trace.
    private static func traceSession(_ context: SupervisorContext, filter: Filter, launch: LaunchRequest, workers: Int, cgroupFD: Int32, cgroupDirectoryFD: Int32, landlock: Bool) throws(GuardianError) -> Termination {
        var sock: [Int32] = [-1, -1]
        var go: [Int32] = [-1, -1]
        var err: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &sock) == 0,
              gd_pipe_cloexec(&go) == 0, gd_pipe_cloexec(&err) == 0
        else { throw GuardianError("spawn", "could not create the pipes to start the agent", errno: .current) }
        defer { for fd in [sock[0], go[1], err[0]] { close(fd) } }

        let previousMask = umask(0o022)
        umask(previousMask)
        let argv = CStringArray(launch.argv)
        let envp = CStringArray(launch.environment)
        let pid: pid_t = filter.instructions.withUnsafeBufferPointer { prog in
            launch.executable.withCString { path in
                var args = gd_spawn_args(
                    path: path, argv: argv.pointer, envp: envp.pointer,
                    filter: prog.baseAddress, filter_len: UInt16(prog.count),
                    filter_flags: GD_SECCOMP_FILTER_FLAG_NEW_LISTENER | GD_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV,
                    listener_sock: sock[1], go_fd: go[0], err_fd: err[1],
                    umask_value: UInt32(previousMask), parent_pid: getpid(), cgroup_procs_fd: cgroupFD,
                    cgroup_dir_fd: cgroupDirectoryFD, landlock_net: landlock ? 1 : 0
                )
                return gd_spawn(&args)
            }
        }
        close(sock[1]); close(go[0]); close(err[1])
        guard pid > 0 else { throw GuardianError("spawn", "fork failed", errno: Errno(-pid)) }
        context.tree.setRoot(pid)

        func abandon(_ error: GuardianError) -> GuardianError {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = gd_wait(pid, &status, ExecTracer.WALL)
            return error
        }

        let seized = gd_ptrace_seize(pid, GD_PTRACE_OPTIONS)
        if seized < 0 {
            throw abandon(GuardianError("ptrace", "ptrace is not permitted here (PTRACE_SEIZE failed); in a container allow ptrace in its seccomp profile — see deploy/container/README.md", errno: Errno(-seized)))
        }
        // Nothing in the tree may read Guardian's memory or fds. Only now: a child forked from
        // a non-dumpable parent could not be attached without CAP_SYS_PTRACE.
        _ = gd_set_dumpable(0)
        let listener = receiveListener(pid: pid, sock: sock[0])
        guard listener >= 0 else {
            let failure = childFailure(err[0])
            var status: Int32 = 0
            _ = gd_wait(pid, &status, ExecTracer.WALL)
            if let (stage, e) = failure, stage == Int32(GD_STAGE_FILTER) {
                throw GuardianError("filter", "the kernel refused the seccomp filter with a user-notification listener; Guardian will not run the agent unsupervised", errno: Errno(e))
            }
            let detail = failure.map { "stage \($0.0)" } ?? "no report"
            throw GuardianError("spawn", "the agent's process failed before exec (\(detail))", errno: failure.map { Errno($0.1) })
        }
        context.notifyFD.store(listener, ordering: .releasing)
        if let mode = getenv("GUARDIAN_SYNC_WAKE_UP"), String(cString: mode) == "1" {
            _ = gd_notif_set_flags(listener, GD_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP)
        }
        do {
            try NotifyLoop(context: context, fd: listener).start(workers: workers)
        } catch {
            throw abandon(GuardianError("thread", "could not start the notify workers", errno: error))
        }
        // The listener is served: let the child exec (its first trapped call).
        var byte: UInt8 = 1
        guard write(go[1], &byte, 1) == 1 else {
            throw abandon(GuardianError("spawn", "could not release the agent's process", errno: .current))
        }

        let status = ExecTracer(context: context).loop(root: pid)
        if let (stage, e) = childFailure(err[0]) {
            if stage == Int32(GD_STAGE_EXEC) { return .execFailed(e) }
            throw GuardianError("spawn", "the agent's process failed before exec (stage \(stage))", errno: Errno(e))
        }
        if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
        return .signaled(status & 0x7F)
    }

    /// Waits for the listener fd while still answering ptrace stops of the child (a signal can
    /// stop it before it sends).
    private static func receiveListener(pid: pid_t, sock: Int32) -> Int32 {
        while true {
            var pfd = pollfd(fd: sock, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, 50)
            if ready > 0 { return gd_recv_fd(sock) }
            var status: Int32 = 0
            let r = gd_wait(pid, &status, ExecTracer.WALL | WNOHANG)
            if r == pid {
                if status & 0xFF == 0x7F {
                    let sig = (status >> 8) & 0xFF
                    _ = gd_ptrace_cont(pid, status >> 16 == 0 ? sig : 0)
                } else {
                    return -ECHILD  // the child ended before sending
                }
            } else if r < 0 {
                return r
            }
        }
    }

    /// The (stage, errno) the child reported, if it failed.
    private static func childFailure(_ fd: Int32) -> (Int32, Int32)? {
        var msg: (Int32, Int32) = (0, 0)
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        let n = withUnsafeMutableBytes(of: &msg) { read(fd, $0.baseAddress, 8) }
        return n == 8 ? msg : nil
    }

    /// Held requests, for the control channel.
    public var pending: [HeldRequest] { context.desk.pending }

    /// Answers a held request. Returns false when no such request is waiting.
    public func answer(_ id: Int, approve: Bool, forSession: Bool, by who: String) -> Bool {
        let why = approve ? "approved by a human (request \(id), from \(who))" : "a human denied it (request \(id), from \(who))"
        return context.desk.resolve(id, approve: approve, forSession: forSession, why: why).0 != .unknown
    }

    /// Denies held requests whose time is up; called periodically.
    public func expireHeldRequests() {
        for id in context.desk.expired(at: ApprovalDesk.now()) {
            _ = context.desk.resolve(id, approve: false, why: "no human answered in time (denied by timeout)")
        }
    }

    /// Denies every held request (the session is ending).
    public func denyAllHeld(_ why: String) { context.desk.denyAll(why: why) }

    /// Decisions recorded so far, by decision.
    public var counts: [String: Int] { context.counts.withLock { $0 } }

    public var session: String { context.session }

    /// The kill switch: every task of the tree dies now, with a `kill` event.
    public func killTree(by who: String) {
        var e = context.event(pid: context.tree.root, kind: .session, decision: "kill", reason: "session killed by \(who)")
        e.detail = ["tasks": String(context.tree.count)]
        _ = context.record(e)
        context.terminating.store(true, ordering: .sequentiallyConsistent)
        cgroup?.killAll()
        context.desk.denyAll(why: "the session was killed by \(who)")
        for _ in 0..<3 {
            for pid in context.tree.all { kill(pid, SIGKILL) }
        }
    }

    /// Sends a signal to every process of the tree.
    public func signalTree(_ sig: Int32) {
        for pid in context.tree.all { kill(pid, sig) }
    }
}

/// A NULL-terminated array of C strings that lives until deinit; built before fork, because
/// the child may not allocate.
final class CStringArray: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (i, s) in strings.enumerated() { pointer[i] = strdup(s) }
        pointer[strings.count] = nil
    }

    deinit {
        for i in 0..<count { free(pointer[i]) }
        pointer.deallocate()
    }
}

/// What the network layer of a session needs: the session's CA, how to verify real servers,
/// and whether the kernel's Landlock backstop is applied.
public struct NetworkSetup: Sendable {
    public var authority: SessionAuthority
    public var upstream: UpstreamTrust
    public var landlock: Bool
    /// `--resolve` mappings, and the record of what the tree resolved.
    public var names: NameTable

    public init(authority: SessionAuthority, upstream: UpstreamTrust, landlock: Bool, names: NameTable) {
        self.authority = authority
        self.upstream = upstream
        self.landlock = landlock
        self.names = names
    }
}

extension NetworkSetup {
    /// Landlock with TCP connect control (ABI 4, Linux 6.7) is there.
    public static var landlockAvailable: Bool { gd_landlock_abi() >= 4 }
}
