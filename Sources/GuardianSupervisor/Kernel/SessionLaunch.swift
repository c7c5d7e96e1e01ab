import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// A session from the tracer thread, which must own every ptrace request and waitpid: fork the
/// agent (the child side is C, `gd_spawn`), attach with PTRACE_SEIZE, receive the listener,
/// start the notify workers, release the child to its exec, then trace until the tree is gone.
/// If any step before the exec fails the agent is killed: it never runs unsupervised.
struct SessionLaunch {
    let filter: Filter
    let launch: LaunchRequest
    let tree: ProcessTree
    let handlers: SyscallHandlers
    let latency: DecisionLatency
    let tracer: ExecTracer
    let workers: Int
    /// The session cgroup's cgroup.procs and directory, or -1.
    let cgroupFD: Int32
    let cgroupDirectoryFD: Int32
    /// The child makes itself unable to connect TCP on its own (Landlock).
    let landlock: Bool
    let timeline: StartTimeline?
    /// Last check before the agent is released (the pin walk is over); a throw kills it first.
    let beforeRelease: @Sendable () throws(GuardianError) -> Void

    /// On the tracer thread: fork, attach, hand over the listener, release the child, trace.
    func run() throws(GuardianError) -> Termination {
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
        tree.setRoot(pid)
        timeline?.mark("spawn")

        func abandon(_ error: GuardianError) -> GuardianError {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = gd_wait(pid, &status, __WALL)
            return error
        }

        let seized = gd_ptrace_seize(pid, GD_PTRACE_OPTIONS)
        if seized < 0 {
            throw abandon(GuardianError("ptrace", "ptrace is not permitted here (PTRACE_SEIZE failed); in a container allow ptrace in its seccomp profile — see deploy/container/README.md", errno: Errno(-seized)))
        }
        // Nothing in the tree may read Guardian's memory or fds. Only now: a child forked from
        // a non-dumpable parent could not be attached without CAP_SYS_PTRACE.
        _ = gd_set_dumpable(0)
        let listener = SessionLaunch.receiveListener(pid: pid, sock: sock[0])
        timeline?.mark("listener")
        guard listener >= 0 else {
            let failure = SessionLaunch.childFailure(err[0])
            var status: Int32 = 0
            _ = gd_wait(pid, &status, __WALL)
            if let (stage, e) = failure, stage == Int32(GD_STAGE_FILTER) {
                throw GuardianError("filter", "the kernel refused the seccomp filter with a user-notification listener; Guardian will not run the agent unsupervised", errno: Errno(e))
            }
            let detail = failure.map { "stage \($0.0)" } ?? "no report"
            throw GuardianError("spawn", "the agent's process failed before exec (\(detail))", errno: failure.map { Errno($0.1) })
        }
        if let mode = getenv("GUARDIAN_SYNC_WAKE_UP"), String(cString: mode) == "1" {
            _ = gd_notif_set_flags(listener, GD_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP)
        }
        do {
            try NotifyLoop(fd: listener, handlers: handlers, latency: latency).start(workers: workers)
        } catch {
            throw abandon(GuardianError("thread", "could not start the notify workers", errno: error))
        }
        timeline?.mark("workers")
        do { try beforeRelease() } catch { throw abandon(error) }
        // The listener is served and every pin is in place: let the child exec (its first
        // trapped call).
        var byte: UInt8 = 1
        guard write(go[1], &byte, 1) == 1 else {
            throw abandon(GuardianError("spawn", "could not release the agent's process", errno: .current))
        }

        let status = tracer.loop(root: pid, timeline: timeline)
        timeline?.mark("agent")
        if let (stage, e) = SessionLaunch.childFailure(err[0]) {
            if stage == Int32(GD_STAGE_EXEC) { return .execFailed(e) }
            throw GuardianError("spawn", "the agent's process failed before exec (stage \(stage))", errno: Errno(e))
        }
        if gd_wifexited(status) != 0 { return .exited(gd_wexitstatus(status)) }
        return .signaled(gd_wtermsig(status))
    }

    /// Waits for the listener's fd number while still answering ptrace stops of the child (a
    /// signal can stop it before it sends), then takes the listener out of the child with
    /// pidfd_getfd: the child cannot pass it with SCM_RIGHTS, as its sendmsg is already trapped.
    private static func receiveListener(pid: pid_t, sock: Int32) -> Int32 {
        while true {
            var pfd = pollfd(fd: sock, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, 50)
            if ready > 0 {
                var number: Int32 = -1
                let n = withUnsafeMutableBytes(of: &number) { read(sock, $0.baseAddress, 4) }
                guard n == 4 else { return n < 0 ? -errno : -EPIPE }
                return gd_take_fd(pid, number)
            }
            var status: Int32 = 0
            let r = gd_wait(pid, &status, __WALL | WNOHANG)
            if r == pid {
                if gd_wifstopped(status) != 0 {
                    let sig = gd_wstopsig(status)
                    _ = gd_ptrace_cont(pid, gd_wptrace_event(status) == 0 ? sig : 0)
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
}
