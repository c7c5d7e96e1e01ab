import ArgumentParser

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
