extension World {
    /// What a finished command left: its status and everything it printed.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// It was still running at its timeout and was killed (stderr ends with a line that
        /// says so).
        public var timedOut = false

        public init(status: Int32, stdout: String, stderr: String, timedOut: Bool = false) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
            self.timedOut = timedOut
        }

        /// Both streams, one after the other on separate lines.
        public var all: String { stdout + "\n" + stderr }
    }
}
