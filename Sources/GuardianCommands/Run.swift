import ArgumentParser

extension Guardian {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run a command under Guardian.")
        @Argument(parsing: .captureForPassthrough) var command: [String] = []
        func run() async throws {}
    }
}
