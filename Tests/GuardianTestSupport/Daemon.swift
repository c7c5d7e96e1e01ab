import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A process a test starts outside the supervised tree and outside Foundation's
/// Process: a long-lived server would otherwise hold the pipes (and the socket Foundation
/// watches for a child's exit) of commands other tests start at the same time, and those
/// commands would never be seen to end. It runs in a session of its own, stdio on /dev/null,
/// every other descriptor closed before it execs.
public struct Daemon: Sendable {
    public let pid: pid_t

    public init(_ argv: [String], environment: [String: String]) throws {
        let launcher = ["python3", "-c", "import os, sys; os.setsid(); os.closerange(3, 65536); os.execvp(sys.argv[1], sys.argv[1:])"] + argv
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let args = launcher.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in args + env { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "python3", &actions, &attributes, args, env)
        guard rc == 0 else { throw DaemonError("could not start \(argv.joined(separator: " ")): \(String(cString: strerror(rc)))") }
        self.pid = pid
    }

    /// Waits for a launcher that returns at once (a daemon that forks itself away).
    public func wait() {
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
    }

    /// Kills the daemon and its session's process group (it called setsid, so the group is its
    /// pid): a child it forked — a loop's `sh < fifo` still blocked opening the FIFO — would
    /// otherwise outlive it.
    public func stop() {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        wait()
    }
}

public struct DaemonError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
