import Foundation
import Testing

extension World {
    /// `guardian run -q [--profile P] --ask-timeout 1 -- args…`, in the project directory, as
    /// nobody when the run is unprivileged; P is `profile` or the conventions' profile. Nobody answers held calls here: an `ask` is denied
    /// after one second.
    public func guardian(_ args: [String], profile: String? = nil, timeout: Double = 60, stdin: String? = nil, extraEnv: [String: String] = [:]) throws -> Output {
        let prefix = conventions.followsUnprivileged && World.unprivileged ? World.asNobody : []
        let chosen = (profile ?? conventions.profile).map { ["--profile", $0] } ?? []
        return try run(prefix + [World.guardianBinary, "run", "-q"] + chosen + ["--ask-timeout", "1", "--"] + args,
                       timeout: timeout, stdin: stdin, extraEnv: extraEnv)
    }

    /// Runs `argv` to its end (or its timeout) with the world's environment, in the project
    /// directory unless `cwd` says otherwise.
    public func run(_ argv: [String], timeout: Double = 60, stdin: String? = nil, extraEnv: [String: String] = [:], cwd: String? = nil) throws -> Output {
        let output = try start(argv, stdin: stdin, extraEnv: extraEnv, cwd: cwd).wait(timeout: timeout)
        if output.timedOut && conventions.timeoutFails {
            Issue.record("timed out: \(argv.joined(separator: " "))")
        }
        return output
    }

    /// Starts `argv` in the background; the caller waits for it.
    public func start(_ argv: [String], stdin: String? = nil, extraEnv: [String: String] = [:], cwd: String? = nil) throws -> RunningCommand {
        try RunningCommand(argv, environment: environment.merging(extraEnv) { $1 }, cwd: cwd ?? project,
                           stdin: stdin, capture: conventions.capture, scratch: root)
    }
}
