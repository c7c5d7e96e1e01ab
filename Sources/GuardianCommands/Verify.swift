import ArgumentParser
import GuardianEvents
#if canImport(Glibc)
import Glibc
#endif

extension Guardian {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that session logs are intact: no line edited, deleted, moved or cut off.",
            discussion: """
                Each event line carries the hash of the line before it (prev) and its own \
                (hash); see docs/EVENTS.md. verify recomputes the chain and reports the first \
                bad line of each log as FILE:LINE with what is wrong: edited, deleted, \
                reordered, chain-broken, truncated (the session is over but its log has no end \
                event), torn (the last line was cut short) or appended (lines after the end). \
                A session whose Guardian still runs is not expected to have ended.

                Exit status: 0 when every log checked is intact, 1 when any is not.

                Examples:
                  guardian verify                    the most recent session
                  guardian verify a1b2c3             one session (full id, prefix or short id)
                  guardian verify --all --json       every session, one JSON object each
                """
        )

        @Argument(help: ArgumentHelp("The session to check: its full id, a prefix of it, or its short id. Default: the most recent.", valueName: "session"))
        var session: String?

        @Flag(help: "Check every session.")
        var all = false

        @Flag(help: "Print one JSON object per session.")
        var json = false

        func validate() throws {
            if all && session != nil { throw ValidationError("Give a session or --all, not both.") }
        }

        func run() throws {
            let paths = GuardianPaths.fromEnvironment()
            let known = EventReader(paths: paths).sessions()
            let targets: [String]
            if all {
                targets = known
            } else if let session {
                let matches = known.contains(session) ? [session] : known.filter { SessionID.matches($0, session) }
                guard matches.count == 1 else {
                    printError(matches.isEmpty
                        ? "guardian: no session matches \(session) in \(paths.events); guardian verify --all lists them all"
                        : "guardian: \(session) matches \(matches.count) sessions (\(matches.joined(separator: ", "))); give more of the id")
                    throw ExitCode(1)
                }
                targets = matches
            } else {
                targets = known.last.map { [$0] } ?? []
            }
            if targets.isEmpty {
                printError("guardian: no event logs in \(paths.events)")
                if !all { throw ExitCode(1) }
                return
            }

            var failed = 0
            for session in targets {
                let result: SessionVerification
                do {
                    result = try ChainVerifier.verify(paths: paths, session: session)
                } catch {
                    failed += 1
                    printError("guardian: \(error)")
                    continue
                }
                if !result.ok { failed += 1 }
                print(json ? result.jsonLine() : Self.describe(result))
            }
            if !json && targets.count > 1 {
                print(failed == 0 ? "\(targets.count) sessions intact" : "\(failed) of \(targets.count) sessions failed")
            }
            if failed > 0 { throw ExitCode(1) }
        }

        static func describe(_ r: SessionVerification) -> String {
            if let p = r.problem {
                return "FAIL  \(r.file):\(p.line): \(p.kind.rawValue): \(p.message)"
            }
            let plural = r.events == 1 ? "event" : "events"
            return "OK    \(r.session)  \(r.events) \(plural), \(r.status.rawValue), head \(r.head)"
        }
    }
}

fileprivate func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
