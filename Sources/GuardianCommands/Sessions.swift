import ArgumentParser
import Foundation
import GuardianEvents
import GuardianSupervisor

extension Guardian {
    struct Sessions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions",
            abstract: "List running sessions: profile, environment, project, command, decisions so far.",
            discussion: """
                Examples:
                  guardian sessions
                  guardian sessions --json
                  guardian kill 20261121T103000-a1b2c3
                """
        )

        @Flag(help: "One JSON object per line.")
        var json = false

        func run() throws {
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            var found = 0
            for session in client.sessions() {
                guard let answer = try? client.send(["op": "session"], to: session),
                      var info = answer["session"] as? [String: Any] else { continue }
                found += 1
                info["counts"] = answer["counts"]
                info["pending"] = answer["pending"]
                if json {
                    let data = try JSONSerialization.data(withJSONObject: info, options: [.sortedKeys])
                    print(String(decoding: data, as: UTF8.self))
                    continue
                }
                let counts = (answer["counts"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                print("\(session)  profile \(info["profile"] ?? "?") (\(info["environment"] ?? "?"))  root pid \(info["root_pid"] ?? "?")  tasks \(info["tasks"] ?? "?")")
                print("    \(info["command"] ?? "")")
                print("    project \(info["project"] ?? "?") · started \(info["started"] ?? "?") · pending \(answer["pending"] ?? 0) · \(counts)")
            }
            if found == 0 && !json { print("No running sessions.") }
        }
    }

    struct Kill: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kill",
            abstract: "The kill switch: every process of a session's tree dies now.",
            discussion: """
                Includes double-forked daemons and processes reparented away. A kill event is logged.

                Examples:
                  guardian kill 20261121T103000-a1b2c3
                  guardian kill a1b2c3          # a unique short id or prefix works too
                  guardian kill --all
                """
        )

        @Argument(help: "The session id (or a unique prefix or short id).")
        var session: String?

        @Flag(help: "Kill every running session.")
        var all = false

        func validate() throws {
            if (session == nil) == !all { throw ValidationError("name one session, or --all") }
        }

        func run() throws {
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            let running = client.sessions()
            let targets = all ? running : running.filter { SessionID.matches($0, session!) }
            if targets.isEmpty {
                FileHandleOut.stderr("guardian: no running session matches \(session ?? "")\n")
                throw ExitCode(1)
            }
            if targets.count > 1 && !all {
                FileHandleOut.stderr("guardian: \(session!) matches \(targets.count) sessions; use the full id\n")
                throw ExitCode(1)
            }
            var failed = false
            for t in targets {
                do {
                    _ = try client.send(["op": "kill"], to: t)
                    print("killed session \(t)")
                } catch {
                    FileHandleOut.stderr("guardian: \(t): \(error)\n")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
