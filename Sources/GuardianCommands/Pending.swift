import ArgumentParser
import Foundation
import GuardianEvents
import GuardianSupervisor

extension Guardian {
    struct Pending: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pending",
            abstract: "List calls held for a human's approval, in every running session.",
            discussion: """
                A held call waits in its syscall while an approver watches the session (`guardian
                tail -f --interactive`, or a `--notify` hook), until you answer it or its timeout
                refuses it. With nobody watching, the call is refused at once and stays listed:
                approving it lets the identical call through when the agent retries it.

                Examples:
                  guardian pending
                  guardian pending --json
                  guardian approve 12
                  guardian deny 12
                """
        )

        @Flag(help: "One JSON object per line.")
        var json = false

        func run() throws {
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            let list = client.pending()
            if json {
                for item in list {
                    let data = try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys])
                    print(String(decoding: data, as: UTF8.self))
                }
                return
            }
            if list.isEmpty {
                print("No held requests.")
                return
            }
            let now = Date().timeIntervalSince1970
            for item in list {
                let id = item["id"] as? Int ?? 0
                let session = item["session"] as? String ?? "?"
                let what: String
                if let argv = item["argv"] as? [String] {
                    what = argv.joined(separator: " ")
                } else {
                    what = "\(item["access"] as? String ?? "open") \(item["path"] as? String ?? "?")"
                }
                let age = Int(now - (item["since"] as? Double ?? now))
                let left = Int((item["deadline"] as? Double ?? now) - now)
                print("\(id)  \(SessionID.short(session))  pid \(item["pid"] as? Int ?? 0)  \(what)")
                print("    rule \(item["rule"] as? String ?? "?"): \(item["reason"] as? String ?? "")")
                if item["awaiting_retry"] as? Bool == true {
                    print("    refused for now \(age)s ago, waiting for its retry — guardian approve \(id) lets the identical call through once (open \(max(0, left) / 60) min more)   |   guardian deny \(id)")
                } else {
                    print("    waiting \(age)s, denied in \(max(0, left))s — guardian approve \(id)   |   guardian deny \(id)")
                }
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve",
            abstract: "Let a held call proceed exactly as it was requested.",
            discussion: """
                Examples:
                  guardian approve 12                 # this call only
                  guardian approve 12 --for-session   # and identical ones (same rule, binary, argv) for the rest of the session
                """
        )

        @Argument(help: "The request id shown by `guardian pending` and `guardian tail`.")
        var id: Int

        @Flag(help: "Also allow identical requests for the rest of that session.")
        var forSession = false

        func run() throws {
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            do {
                let (session, retry) = try client.answer(id, approve: true, forSession: forSession)
                let scope = forSession ? " (and identical requests for the rest of the session)" : ""
                print("approved \(id) in session \(SessionID.short(session))\(scope)\(retry ? "; the call was refused for now, so it runs when the agent retries it" : "")")
            } catch {
                FileHandleOut.stderr("guardian: \(error)\n")
                throw ExitCode(1)
            }
        }
    }

    struct Deny: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deny",
            abstract: "Refuse a held call: it fails with EACCES and the agent is told why.",
            discussion: """
                Examples:
                  guardian deny 12
                """
        )

        @Argument(help: "The request id shown by `guardian pending` and `guardian tail`.")
        var id: Int

        func run() throws {
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            do {
                let (session, retry) = try client.answer(id, approve: false, forSession: false)
                print("denied \(id) in session \(SessionID.short(session))\(retry ? "; its retries are refused too" : "")")
            } catch {
                FileHandleOut.stderr("guardian: \(error)\n")
                throw ExitCode(1)
            }
        }
    }
}
