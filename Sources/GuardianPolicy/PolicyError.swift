// Why a profile cannot be used, with the position a user can jump to.

public struct PolicyError: Error, Sendable, CustomStringConvertible {
    /// The whole message; for a problem in a file it starts with `file:line:column: `.
    public var message: String
    /// Where the (first) problem is, when it is in a file.
    public var location: SourceLocation?

    public init(_ message: String) {
        self.message = message
        self.location = nil
    }

    public init(_ message: String, file: String, line: Int, column: Int) {
        self.message = message
        self.location = SourceLocation(file: file, line: line, column: column)
    }

    public init(_ message: String, at location: SourceLocation) {
        self.message = "\(location): \(message)"
        self.location = location
    }

    /// Several problems as one error, one per line.
    init(all errors: [PolicyError]) {
        self.message = errors.map(\.message).joined(separator: "\n")
        self.location = errors.first?.location
    }

    public var description: String { message }
}
