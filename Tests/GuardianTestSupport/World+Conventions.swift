extension World {
    /// What a suite expects of its worlds, where the two suites differ.
    public struct Conventions: Sendable {
        /// The world's directory name begins with this.
        public var prefix: String
        /// How a command's output comes back.
        public var capture: Capture
        /// GUARDIAN_TEST_UNPRIVILEGED=1 makes Guardian run as nobody, in a world nobody owns.
        public var followsUnprivileged: Bool
        /// A command still running at its timeout is a test failure, not only a line in its
        /// stderr.
        public var timeoutFails: Bool
        /// The profile `guardian(_:)` runs under when the call names none (nil: Guardian's own
        /// choice, from the assignments).
        public var profile: String?

        public init(prefix: String, capture: Capture, followsUnprivileged: Bool, timeoutFails: Bool, profile: String? = nil) {
            self.prefix = prefix
            self.capture = capture
            self.followsUnprivileged = followsUnprivileged
            self.timeoutFails = timeoutFails
            self.profile = profile
        }

        /// The integration tests': output through pipes, as an agent's usually is, and the
        /// unprivileged rerun of deploy/test.sh honoured.
        public static let integration = Conventions(prefix: "guardian-it", capture: .pipes, followsUnprivileged: true, timeoutFails: true)
    }

    /// Where a command's stdout and stderr go while it runs.
    public enum Capture: Sendable {
        /// Pipes read while the command runs (so a chatty one cannot fill a pipe and stall), and
        /// a pipe for stdin: what an agent started by another program has.
        case pipes
        /// Files read once it has exited: a daemon it leaves behind cannot keep a read open.
        /// Stdin is /dev/null.
        case files
    }
}
