import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `guardian` command line. Each subcommand lives in its own file.
public struct Guardian: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "guardian",
        abstract: "Run an AI coding agent under a kernel-enforced policy.",
        discussion: """
            Every program the agent's process tree executes and every open of a protected path \
            is decided by Guardian before it happens, and logged as an event.

            Examples:
              guardian run -- claude
              guardian run --profile staging -- codex
              guardian tail -f
            """,
        version: "0.1.0",
        subcommands: Guardian.subcommandList
    )

    public init() {}
}

extension Guardian {
    /// The process entry point. `guardian run` starts every agent session, so it is parsed on
    /// its own — ArgumentParser's reflection over the whole command tree costs several
    /// milliseconds of start-up — and its usual forms without ArgumentParser at all. Anything
    /// `run` does not accept as is (help, an error) goes through the full tree, which prints
    /// the usual messages.
    /// Ends the process once a session is over. Its threads are still running — notify
    /// workers, the proxy's event loops, a background pre-scan or pin walk still walking — and
    /// exit(3) would run the libraries' static destructors under them (a thread that touches a
    /// destroyed global crashes, and the session's exit status is lost). Everything the session
    /// must leave behind is written and synced before this point; stdio is flushed here.
    static func endSession(_ code: Int32) -> Never {
        fflush(nil)
        _exit(code)
    }

    public static func entry() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "run", let direct = Run.directArguments(Array(arguments.dropFirst())) {
            endSession(Run.launch(direct))
        }
        if arguments.first == "run", let command = try? Run.parse(Array(arguments.dropFirst())) {
            do {
                try command.run()
            } catch let code as ExitCode {
                // ArgumentParser's own exit builds a help screen to print nothing.
                endSession(code.rawValue)
            } catch {
                Guardian.exit(withError: error)
            }
            return
        }
        Guardian.main()
    }
}
