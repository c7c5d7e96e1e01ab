/// What to run, prepared by the caller: an absolute executable path (PATH already searched),
/// argv, and the environment the agent gets.
public struct LaunchRequest: Sendable {
    public var executable: String
    public var argv: [String]
    public var environment: [String]

    public init(executable: String, argv: [String], environment: [String]) {
        self.executable = executable
        self.argv = argv
        self.environment = environment
    }
}
