import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// One notification, copied out of the kernel: who asked, which syscall, with what arguments.
struct Notification {
    var id: UInt64
    var tid: pid_t
    var nr: Int32
    var args: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    init(_ n: gd_notif) {
        id = n.id
        tid = pid_t(bitPattern: n.pid)
        nr = n.nr
        args = n.args
    }

    func arg(_ i: Int) -> UInt64 {
        switch i {
        case 0: args.0
        case 1: args.1
        case 2: args.2
        case 3: args.3
        case 4: args.4
        default: args.5
        }
    }

    /// An fd argument as the kernel reads it (an int).
    func fdArg(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: arg(i)) }
}

/// Threads that drain the listener fd. Several threads call SECCOMP_IOCTL_NOTIF_RECV on the
/// same fd; the kernel hands each notification to exactly one, so parallel jobs in the tree
/// never queue behind one another. The threads are detached: they end with the process.
struct NotifyLoop {
    let context: SupervisorContext
    let fd: Int32

    func start(workers: Int) throws(Errno) {
        for worker in 0..<max(1, workers) {
            let loop = self
            let thread = try OSThread.start { loop.run(worker: worker) }
            thread.detach()
        }
    }

    private func run(worker: Int) {
        // Each worker gets its own fs_struct, so it can take a target's umask when it creates
        // a file on the target's behalf without changing anyone else's.
        _ = gd_unshare_fs()
        var raw = gd_notif()
        while true {
            let rc = gd_notif_recv(fd, &raw)
            if rc == -EINTR { continue }
            if rc == -ENOENT {
                // The target went away — or no task uses the filter any more, and every receive
                // fails at once. Wait for the listener: POLLHUP means the tree is gone.
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&pfd, 1, 1000)
                if ready > 0 && pfd.revents & Int16(POLLHUP) != 0 && pfd.revents & Int16(POLLIN) == 0 { return }
                continue
            }
            if rc < 0 { return }
            let received = DecisionLatency.now()
            let n = Notification(raw)
            var responder = Responder(fd: fd, id: n.id)
            handle(n, &responder)
            // A handler that forgot to answer must not leave the target hanging: deny.
            if !responder.answered { responder.fail(EACCES) }
            if !responder.handedOffElsewhere {
                context.latency.record(worker: worker, nanoseconds: DecisionLatency.now() &- received)
            }
        }
    }

    private func handle(_ n: Notification, _ r: inout Responder) {
        guard let kind = context.syscalls.kind(n.nr) else {
            r.fail(ENOSYS)
            return
        }
        if kind == .credentials {
            context.noteCredentialCall(n)
            return r.continueCall()
        }
        context.actingAs(n.tid, &r) { r in dispatch(n, kind, &r) }
    }

    private func dispatch(_ n: Notification, _ kind: SyscallTable.Kind, _ r: inout Responder) {
        switch kind {
        case .credentials:
            r.continueCall()
        case .open, .openat, .openat2, .creat:
            OpenHandler(context: context).handle(n, kind, &r)
        case .execve, .execveat:
            ExecHandler(context: context).handle(n, kind, &r)
        case .link, .linkat, .rename, .renameat, .renameat2, .truncate, .unlink, .unlinkat, .rmdir,
             .symlink, .symlinkat, .mkdir, .mkdirat, .mknod, .mknodat:
            PathCallHandler(context: context).handle(n, kind, &r)
        case .connect:
            ConnectHandler(context: context).handle(n, &r)
        case .sendto:
            NetworkSend(context: context).handle(n, &r)
        case .mount:
            NamespaceHandler(context: context).mount(n, syscall: context.syscalls.name(n.nr), &r)
        case .namespace:
            NamespaceHandler(context: context).namespace(n, syscall: context.syscalls.name(n.nr), &r)
        }
    }
}

/// Answers one notification exactly once.
struct Responder {
    let fd: Int32
    let id: UInt64
    private(set) var answered = false
    /// Answered by another thread (held for a human, a blocking FIFO open) or not at all.
    private(set) var handedOffElsewhere = false

    init(fd: Int32, id: UInt64) {
        self.fd = fd
        self.id = id
    }

    /// Whether the target is still waiting for this answer (it may have died or been
    /// interrupted, and its pid reused): check after copying, before acting.
    func isValid() -> Bool { gd_notif_id_valid(fd, id) == 0 }

    mutating func fail(_ errno: Int32) {
        answered = true
        // Guardian's internal marker for a foreign process is EACCES to the target.
        let e = errno == PathResolver.foreignProcess.rawValue || errno == PathResolver.unplaceable.rawValue ? EACCES : errno
        _ = gd_notif_respond(fd, id, 0, -e, 0)
    }

    mutating func succeed(_ value: Int64) {
        answered = true
        _ = gd_notif_respond(fd, id, value, 0, 0)
    }

    /// Lets the kernel run the syscall. Only for execve, which cannot be emulated and is
    /// verified again at PTRACE_EVENT_EXEC; never for a path-based open.
    mutating func continueExec() {
        answered = true
        _ = gd_notif_continue(fd, id)
    }

    /// Lets the kernel run a call that reaches no protected object (a connect elsewhere).
    mutating func continueCall() {
        answered = true
        _ = gd_notif_continue(fd, id)
    }

    /// Installs `file` into the target and answers with its fd number, in one step.
    mutating func install(_ file: Int32, cloexec: Bool) {
        answered = true
        let rc = gd_notif_addfd_send(fd, id, file, cloexec ? UInt32(O_CLOEXEC) : 0)
        if rc < 0 && rc != -ENOENT {
            _ = gd_notif_respond(fd, id, 0, rc, 0)
        }
    }

    /// Answered elsewhere (the call is held on another thread).
    mutating func handedOff() {
        answered = true
        handedOffElsewhere = true
    }
}
