import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// Threads that drain the listener fd. Several threads call SECCOMP_IOCTL_NOTIF_RECV on the
/// same fd; the kernel hands each notification to exactly one, so parallel jobs in the tree
/// never queue behind one another. The threads are detached: they end with the process.
struct NotifyLoop {
    let fd: Int32
    let handlers: SyscallHandlers
    /// Time per answered notification, by worker.
    let latency: DecisionLatency

    func start(workers: Int) throws(Errno) {
        for worker in 0..<max(1, workers) {
            let loop = self
            let thread = try OSThread.start { loop.run(worker: worker) }
            thread.detach()
        }
    }

    private func run(worker: Int) {
        // Each worker gets its own fs_struct, so it can take a target's umask when it creates
        // a file on the target's behalf without changing anyone else's. Without one, that umask
        // would be Guardian's whole process's, and another thread's create could take it: the
        // session ends instead (exit 125; the tree dies with Guardian, PTRACE_O_EXITKILL).
        let unshared = gd_unshare_fs()
        guard unshared == 0 else {
            let text = "guardian: a notify worker could not get a filesystem context of its own (unshare(CLONE_FS): \(Errno(-unshared))); stopping\n"
            _ = text.withCString { write(2, $0, strlen($0)) }
            _exit(125)
        }
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
            handlers.handle(n, &responder)
            // A handler that forgot to answer must not leave the target hanging: deny.
            if !responder.answered { responder.fail(EACCES) }
            if !responder.handedOffElsewhere {
                let elapsed = DecisionLatency.now() &- received
                // Classified after the answer went out: off the decision's path.
                let kind = DecisionKind.of(handlers.syscalls.kind(n.nr), installed: responder.installed, errno: responder.answeredErrno)
                latency.record(worker: worker, kind: kind, nanoseconds: elapsed)
            }
        }
    }
}
