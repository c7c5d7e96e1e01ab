import CGuardianShim
import GuardianEvents
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The operator's `--notify` command, run on every `ask` with the event JSON on its stdin,
/// through /bin/sh -c. It runs outside the tree (no filter, not traced); the tracer reaps it.
struct NotifyHook: Sendable {
    let command: String?
    let logger: Logger

    func run(_ event: Event) {
        guard let command else { return }
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
}
