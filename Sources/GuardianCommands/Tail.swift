import ArgumentParser
import GuardianEvents
import GuardianSupervisor
#if canImport(Glibc)
import Glibc
#endif

extension Guardian {
    struct Tail: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tail",
            abstract: "Show recent decisions of all sessions, or follow them live.",
            discussion: """
                Prints one line per event: time, session (short id), decision, what was decided \
                (program and argv, or path and access) and the rule. On a terminal, deny and \
                kill are red, ask and denied yellow, allow dim, audit cyan; a held request \
                (ask) is marked "ASK held" so it stands out. Events are read from \
                $GUARDIAN_HOME/events.

                Examples:
                  guardian tail                           last 20 events of all sessions
                  guardian tail -f                        follow all sessions live
                  guardian tail -n 100 --decision deny,ask
                  guardian tail --session a1b2c3 --json | jq .argv
                  guardian tail -f --interactive          answer held requests as they come
                """
        )

        @Flag(name: .shortAndLong, help: "Keep running and print events as they are recorded, from every session, including sessions started later. Stop with Ctrl-C.")
        var follow = false

        @Option(name: [.customShort("n"), .customLong("lines")], help: ArgumentHelp("How many of the most recent events to print (first, with -f).", valueName: "n"))
        var count = 20

        @Flag(help: "With -f on a terminal: ask about each held request as it appears — approve once, for the session, or deny.")
        var interactive = false

        @Flag(help: "Print the events' JSON lines as recorded.")
        var json = false

        @Option(help: ArgumentHelp("Only this session: its full id, a prefix of it, or its short id.", valueName: "id"))
        var session: String?

        @Option(help: ArgumentHelp("Only these decisions, comma-separated: \(Self.decisions.joined(separator: ", ")).", valueName: "list"))
        var decision: String?

        static let decisions = ["allow", "audit", "deny", "ask", "approved", "denied", "kill", "start", "end"]

        var decisionSet: Set<String>? {
            decision.map { Set($0.split(separator: ",").map { $0.filter { $0 != " " }.lowercased() }) }
        }

        func validate() throws {
            guard count >= 0 else { throw ValidationError("-n must be 0 or more.") }
            if interactive && !follow { throw ValidationError("--interactive answers held requests as they come: use it with -f.") }
            if interactive && isatty(STDIN_FILENO) != 1 { throw ValidationError("--interactive needs a terminal to ask on.") }
            if let set = decisionSet {
                let unknown = set.subtracting(Self.decisions)
                guard unknown.isEmpty, !set.isEmpty else {
                    throw ValidationError("Unknown decision \(unknown.sorted().joined(separator: ", ")); use \(Self.decisions.joined(separator: ", ")).")
                }
            }
        }

        func run() throws {
            let reader = EventReader(paths: .fromEnvironment())
            let wanted = decisionSet
            let query = session
            var follower = EventFollower(
                reader: reader,
                sessions: { s in query.map { SessionID.matches(s, $0) } ?? true },
                where: { e in wanted?.contains(e.decision) ?? true })
            if !follow {
                let known = reader.sessions()
                if known.isEmpty {
                    printError("guardian: no events yet in \(reader.directory)")
                    return
                }
                if let query, !known.contains(where: { SessionID.matches($0, query) }) {
                    printError("guardian: no session matches \(query) in \(reader.directory)")
                    throw ExitCode(1)
                }
            }
            let formatter = EventFormatter(colour: Self.useColour(), now: Int(time(nil)))
            let client = ControlClient(runDirectory: GuardianPaths.fromEnvironment().run)
            func show(_ lines: [EventLine]) {
                for line in lines {
                    print(json ? line.raw : formatter.format(line.event))
                    fflush(nil)  // stdout, so a pipe sees each line at once
                    if interactive, line.event.decision == "ask", let id = line.event.detail?["request"].flatMap({ Int($0) }) {
                        Self.prompt(id, client)
                    }
                }
            }
            // While it runs, an interactive tail is the sessions' approver: held calls wait for
            // its answer instead of being refused at once.
            var watching: [String: Int32] = [:]
            func watchNewSessions() {
                guard interactive else { return }
                let live = Set(client.sessions())
                for (session, fd) in watching where !live.contains(session) {
                    close(fd)
                    watching[session] = nil
                }
                for session in live where watching[session] == nil && query.map({ SessionID.matches(session, $0) }) ?? true {
                    if let fd = client.watch(session) { watching[session] = fd }
                }
            }
            watchNewSessions()
            show(follower.backlog(count))
            guard follow else { return }
            while true {
                usleep(200_000)
                watchNewSessions()
                show(follower.poll())
            }
        }

        /// Asks on the terminal and answers request `id` through its session's control socket.
        static func prompt(_ id: Int, _ client: ControlClient) {
            guard client.pending().contains(where: { $0["id"] as? Int == id }) else { return }  // answered already
            print("    approve request \(id)? [y] once  [s] for the session  [n] deny  [Enter] leave it: ", terminator: "")
            fflush(nil)
            guard let answer = readLine()?.lowercased() else { return }
            do {
                switch answer.first {
                case "y": _ = try client.answer(id, approve: true, forSession: false); print("    approved \(id)")
                case "s": _ = try client.answer(id, approve: true, forSession: true); print("    approved \(id) for the session")
                case "n": _ = try client.answer(id, approve: false, forSession: false); print("    denied \(id)")
                default: print("    left waiting: guardian approve \(id) | guardian deny \(id)")
                }
            } catch {
                print("    \(error)")
            }
        }

        static func useColour() -> Bool {
            guard isatty(STDOUT_FILENO) == 1 else { return false }
            if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
            if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
            return true
        }
    }
}

fileprivate func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
