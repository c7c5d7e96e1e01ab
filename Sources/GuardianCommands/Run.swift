import ArgumentParser
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
import GuardianSecrets
import GuardianSupervisor
import Logging
#if canImport(Glibc)
import Glibc
#endif

extension Guardian {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a command — the agent — under Guardian.",
            discussion: """
                Every program the command's process tree executes, every open of a protected \
                path and every connection it makes (each HTTP request by what it does) is decided \
                by the profile before it happens, and logged as an event in \
                $GUARDIAN_HOME/events/<session>.jsonl (watch with `guardian tail -f`).

                Exit status: the command's own; 128+N if it was killed by signal N; 125 when \
                Guardian itself failed (it never runs the command unsupervised); 126 when the \
                command cannot be executed (or was blocked); 127 when it is not found.

                Examples:
                  guardian run -- claude
                  guardian run --profile staging -- codex
                  guardian run --project ~/src/app -- aider
                  guardian run -- sh -c 'make test'
                """
        )

        @Option(name: .long, help: "A built-in profile name or a profile file (default: the project's assignment, else dev).")
        var profile: String?

        @Option(name: .long, help: "The project directory (default: the current directory).")
        var project: String?

        @Flag(name: [.short, .long], help: "Do not print the session line at start.")
        var quiet = false

        @Option(name: .long, help: ArgumentHelp("Seconds a held call waits while an approver watches, before it is refused and left for an approval of its retry (default: the profile's `ask_timeout`, else \(Int(HeldCalls.defaultAskTimeout)); a rule's own shorter timeout wins).", valueName: "seconds"))
        var askTimeout: Double?

        @Option(name: .long, help: ArgumentHelp("A command run (through /bin/sh -c) on every held call, with the event JSON on its stdin: a desktop notification, a chat webhook, a pager.", valueName: "command"))
        var notify: String?

        @Option(name: .customLong("upstream-ca"), help: ArgumentHelp("A PEM bundle of CAs Guardian trusts, besides the system's roots, when it connects to the real servers on the agent's behalf: a corporate TLS proxy's, a test server's (repeatable; also GUARDIAN_UPSTREAM_CA, colon-separated).", valueName: "file"))
        var upstreamCA: [String] = []

        @Option(name: .customLong("resolve"), help: ArgumentHelp("Resolve HOST to ADDRESS for the agent, as curl's --resolve (repeatable; also GUARDIAN_RESOLVE, space-separated): split-horizon names, or a test server on 127.0.0.1.", valueName: "host:port:address"))
        var resolve: [String] = []

        @Option(name: .customLong("pass-env"), help: ArgumentHelp("Pass this secret-looking environment variable to the agent (repeatable; `*` matches any run of characters). By default credentials such as AWS_SECRET_ACCESS_KEY, *_TOKEN, *_PASSWORD, DATABASE_URL, plus the profile's `defaults.secret_variables`, reach the agent as same-format stand-ins; the agent's own model keys (ANTHROPIC_API_KEY, OPENAI_API_KEY, …) pass.", valueName: "name"))
        var passEnv: [String] = []

        @Flag(name: .customLong("no-secret-scan"), help: ArgumentHelp("Hand the agent files as they are instead of masking the secrets found in them, for measuring what masking costs, or finding out whether it is what breaks a tool. The agent can then read every secret in the files its profile lets it open. Variables still reach it as stand-ins, and requests carrying a real value are still refused."))
        var noSecretScan = false

        @Argument(parsing: .postTerminator, help: "The command to run, after --.")
        var command: [String] = []

        func validate() throws {
            if command.isEmpty {
                throw ValidationError("name the command to run after --, e.g. guardian run -- claude")
            }
        }

        func run() throws {
            throw ExitCode(Run.launch(arguments))
        }

        static func fail(_ message: String) -> Int32 {
            FileHandleOut.stderr("guardian: \(message)\n")
            return 125
        }

        /// Bytes of command line the start evaluates once ahead of the agent's exec (`rehearsal`).
        static let rehearsalLimit = 4096

        static func microseconds(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }

        static func launch(_ arguments: Arguments) -> Int32 {
            launch(profile: arguments.profile, project: arguments.project, quiet: arguments.quiet, command: arguments.command,
                   askTimeout: arguments.askTimeout, notify: arguments.notify, passEnv: arguments.passEnv,
                   upstreamCA: arguments.upstreamCA, resolve: arguments.resolve, secretScan: arguments.secretScan)
        }

        static func launch(profile: String?, project: String?, quiet: Bool, command: [String], askTimeout: Double? = nil, notify: String? = nil, passEnv: [String] = [], upstreamCA: [String] = [], resolve: [String] = [], secretScan: Bool = true) -> Int32 {
            // Where this start spends its time, for the end event (`start_ms`).
            let timeline = StartTimeline()
            // Decisions are on real paths: a HOME or state dir behind a symlink is resolved first.
            var paths = GuardianPaths.fromEnvironment()
            paths.home = realPath(paths.home)
            paths.state = realPath(paths.state)
            paths.config = realPath(paths.config)
            // The pin walk's listing of HOME's dot-directories needs no profile: started first,
            // it runs while the profile is read and compiled; the pins are made from it after
            // (PinnedFiles), and the launch waits for them before the agent's first instruction.
            // The directories unchanged since the last session's listing are not read again
            // (ListingCache, in the state directory the tree cannot write).
            let listed = PinnedFiles.startListing(roots: [paths.home], cache: paths.state + "/" + PinnedFiles.listingCacheName, timeline: timeline)
            let cwd = currentDirectory()
            let projectDirectory = project.map { absolute($0, from: cwd) } ?? cwd
            // What needs nothing the profile says is started first, on a thread of its own, and
            // made while the profile loads: the secret scanner's automaton. The launch waits for
            // it before the agent's first instruction. The network layer makes nothing here: its
            // CA, gateway and Java store are made at their first use (NetworkStart).
            var session = SessionID.generate()
            let warm: @Sendable () -> Void = {
                let began = NetworkStart.now()
                SecretScanner.warm()
                timeline.span("secret scanner", nanoseconds: NetworkStart.now() &- began)
            }
            let warming = StartStep("secret scanner", timeline: nil) { if secretScan { warm() } }
            // Where the user's commands and git's includes and hooks live: found beside the
            // profile's reading and composing, and waited for when its rules are compiled.
            let home = paths.home
            let launchEnvironment = currentEnvironment()
            let places = StartValue("places", timeline: timeline) {
                persistencePlaces(home: home, project: projectDirectory, environment: launchEnvironment)
            }
            let loaded: LoadedPolicy
            do {
                loaded = try PolicyLoader.load(
                    profile: profile,
                    context: PolicyContext(home: paths.home, projectDirectory: projectDirectory, configDirectory: paths.config,
                                           findPlaces: { places.get() })
                )
            } catch {
                return fail("\(error) — fix the profile or choose another with --profile; Guardian does not fall back to a weaker one")
            }
            timeline.mark("policy")
            // The pins are made from the listing now, beside the rest of the start; the launch
            // waits for them before the agent's first instruction.
            let pins = PinnedFiles(policy: loaded.engine, listed: listed, timeline: timeline)
            // Secrets outside files: credential-looking variables reach the agent as stand-ins
            // of the same format (a tool that needs one configured still starts); the real
            // values stay in Guardian's registry.
            var secrets = loaded.engine.secretVariables
            secrets.passed += passEnv
            let registry = SecretRegistry()
            let current = currentEnvironment()
            var (environment, withheldNames) = secrets.filter(current)
            environment += StandInEnvironment.entries(for: withheldNames, in: current, registry: registry)
            let program: String
            switch ProgramLookup.find(command[0], path: environmentValue(environment, "PATH"), cwd: cwd) {
            case .found(let p): program = p
            case .notFound:
                FileHandleOut.stderr("guardian: \(command[0]): command not found\n")
                return 127
            case .notExecutable(let p):
                FileHandleOut.stderr("guardian: \(p): permission denied (not executable)\n")
                return 126
            }

            timeline.mark("environment")
            // The agent's own exec, evaluated once beside the rest of the start: the rules'
            // matchers and the tables they read are set up at their first use, which would
            // otherwise fall on the agent's exec, when nothing else runs. The answer is not kept:
            // the exec is decided on what the kernel shows when it comes. A long command line (a
            // script given to `sh -c`) is not rehearsed: its evaluation would be paid twice.
            let rehearsedPolicy = loaded.engine
            let rehearsal = command.reduce(0) { $0 + $1.utf8.count } > Run.rehearsalLimit ? nil
                : StartStep("rehearsal", timeline: timeline) { [cwd, command] in
                    _ = rehearsedPolicy.evaluate(ExecRequest(program: program, argv: command, cwd: cwd))
                    _ = rehearsedPolicy.evaluate(FileRequest(path: "/etc/ld.so.cache", access: .read))
                }
            var opened: EventLog? = nil
            for _ in 0..<5 where opened == nil {
                do {
                    opened = try EventLog(directory: paths.events, session: session)
                } catch let error where error.errno == EEXIST {
                    session = SessionID.generate()  // another session started in the same second
                } catch {
                    return fail("\(error) — set GUARDIAN_HOME to a writable directory")
                }
            }
            guard let log = opened else { return fail("could not create a unique session log in \(paths.events)") }
            // Held for the whole session: `guardian verify` tells a running session from a cut one.
            let lock: SessionLock
            do { lock = try SessionLock.acquire(paths: paths, session: session) } catch {
                return fail("\(error) — set GUARDIAN_HOME to a writable directory")
            }
            defer { lock.release() }
            let policy = loaded.engine
            var start = Event(session: session, pid: getpid(), ppid: getppid(), kind: .session, decision: "start", profile: policy.profileName)
            start.command = command
            start.cwd = cwd
            start.program = program
            start.environment = policy.environmentName
            start.detail = ["profile_source": loaded.source, "profile_why": loaded.why, "project": projectDirectory, "guardian_pid": String(getpid()),
                            "withheld_env": withheldNames.joined(separator: ","),
                            "user_namespaces": loaded.engine.allowsUserNamespaces ? "allow" : "deny",
                            "secret_scan": secretScan ? "on" : "off"]
            // The start takes the log's first place now; its line is written by the log's own
            // thread while the start goes on, and the agent is not released before it is on
            // disk (Supervisor.readyToRelease flushes the log, and a failure stops the start).
            do { try log.appendWithoutWaiting(start) } catch {
                return fail("\(error) — set GUARDIAN_HOME to a writable directory")
            }
            if !quiet {
                FileHandleOut.stderr("guardian: session \(session) · profile \(policy.profileName) (\(loaded.why)) · environment \(policy.environmentName) · events \(log.path)\n")
                if !secretScan {
                    FileHandleOut.stderr("guardian: --no-secret-scan: files reach the agent unmasked, secrets in them included\n")
                }
                if !withheldNames.isEmpty {
                    FileHandleOut.stderr("guardian: the agent sees stand-ins for: \(withheldNames.joined(separator: " ")) (pass one with --pass-env NAME)\n")
                }
            }

            timeline.mark("log")
            var logger = Logger(label: "guardian")
            logger.logLevel = .warning
            #if GUARDIAN_WITHOUT_NETWORK_LAYER
            // A build for measuring the network layer's share of a start (bench/README.md): none
            // of it is made, and the tree's IPv4 and IPv6 connects fail (EAFNOSUPPORT).
            if !quiet { FileHandleOut.stderr("guardian: a measurement build without the network layer: the agent's IP connections fail\n") }
            let network: NetworkSetup? = nil
            #else
            let network: NetworkSetup
            switch NetworkStart.prepare(session: session, stateDirectory: paths.state,
                                        upstreamCA: upstreamCA + NetworkStart.upstreamFromEnvironment(),
                                        resolve: resolve + NetworkStart.resolveFromEnvironment(), timeline: timeline) {
            case .success(let setup): network = setup
            case .failure(let error): return fail(error.message)
            }
            environment = TrustBundle.apply(to: environment, bundlePath: network.trust.bundle, javaStore: network.trust.javaStore != nil)
            #endif
            let supervisor: Supervisor
            do {
                supervisor = try Supervisor(
                session: session, policy: policy, log: log, logger: logger,
                guardedPrefixes: [paths.state, paths.config, "/etc/guardian"], guardedFiles: loaded.files,
                runDirectory: paths.run, askTimeout: askTimeout ?? policy.askTimeout ?? HeldCalls.defaultAskTimeout,
                notifyCommand: notify ?? policy.notifyCommand, pinRoots: [paths.home],
                searchPath: environmentValue(environment, "PATH"), network: network, secrets: registry,
                scanFiles: secretScan, prescan: secretScan ? [projectDirectory] : [],
                pins: pins, startSteps: [warming] + (rehearsal.map { [$0] } ?? []), warmsScanner: false,
                timeline: timeline
            )
            } catch {
                return fail(error.description)
            }
            let control: ControlServer
            do {
                control = try ControlServer(supervisor: supervisor, runDirectory: paths.run, info: [
                    "profile": policy.profileName, "environment": policy.environmentName, "project": projectDirectory,
                    "command": command.joined(separator: " "), "started": Timestamp.now(), "guardian_pid": String(getpid()),
                ])
                try control.start()
            } catch {
                return fail(error.description)
            }
            defer { control.stop() }
            do { try SignalForwarder.install(supervisor) } catch {
                return fail("could not install signal handlers (\(error))")
            }
            timeline.mark("control")
            let termination: Termination
            do {
                termination = try supervisor.run(LaunchRequest(executable: program, argv: command, environment: environment))
            } catch {
                var end = Event(session: session, pid: getpid(), ppid: getppid(), kind: .session, decision: "end", profile: policy.profileName, reason: "\(error)")
                end.exitStatus = 125
                _ = try? log.append(end)
                log.close()
                return fail("\(error)")
            }
            supervisor.denyAllHeld("the session ended")
            var end = Event(session: session, pid: getpid(), ppid: getppid(), kind: .session, decision: "end", profile: policy.profileName)
            end.exitStatus = termination.exitCode
            end.command = command
            // The supervisor's own clock, RECV to answer: what each trapped call cost it.
            let latency = supervisor.decisionLatency
            if let p50 = latency.percentile(0.5), let p99 = latency.percentile(0.99), let max = latency.percentile(1) {
                end.detail = [
                    "decisions": String(latency.total), "decision_us_p50": Run.microseconds(p50),
                    "decision_us_p99": Run.microseconds(p99), "decision_us_max": Run.microseconds(max),
                ]
                // By kind: "count p50 p99 max" (µs), e.g. decision_us_open_fd, decision_us_exec.
                for (kind, h) in supervisor.decisionLatencyByKind {
                    if let p50 = h.percentile(0.5), let p99 = h.percentile(0.99), let max = h.percentile(1) {
                        end.detail?["decision_us_" + kind.name] =
                            "\(h.total) \(Run.microseconds(p50)) \(Run.microseconds(p99)) \(Run.microseconds(max))"
                    }
                }
            }
            end.detail = (end.detail ?? [:]).merging(["start_ms": timeline.summary]) { $1 }
            let listing = listed.get().reduce((directories: 0, fromCache: 0)) { ($0.directories + $1.summary.directories, $0.fromCache + $1.summary.fromCache) }
            end.detail?["home_listing"] = "directories \(listing.directories), from the cache \(listing.fromCache)"
            if let prescan = supervisor.prescanReport {
                end.detail = (end.detail ?? [:]).merging(["secret_prescan": prescan.summary]) { $1 }
            }
            if case .execFailed(let e) = termination {
                end.reason = "\(command[0]): \(String(cString: strerror(e)))"
                if e != EACCES {
                    FileHandleOut.stderr("guardian: \(command[0]): \(String(cString: strerror(e)))\n")
                }
            }
            _ = try? log.append(end)
            log.close()
            // After the agent, never during the start: the HOME listing kept for the next session.
            pins.saveListingCache()
            return termination.exitCode
        }
    }
}
