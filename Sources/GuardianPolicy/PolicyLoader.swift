// Choosing and loading the profile a session enforces.

/// Where a profile is looked up, and what `~` and `./` mean in its rules.
public struct PolicyContext: Sendable {
    public var home: String
    /// The project the agent works in; `./` in rules is relative to it.
    public var projectDirectory: String
    /// `${XDG_CONFIG_HOME:-$HOME/.config}/guardian`: user profiles and assignments.
    public var configDirectory: String
    /// System-wide profiles.
    public var systemDirectory: String

    public init(home: String, projectDirectory: String, configDirectory: String, systemDirectory: String = "/etc/guardian") {
        self.home = home
        self.projectDirectory = projectDirectory
        self.configDirectory = configDirectory
        self.systemDirectory = systemDirectory
    }
}

/// A profile ready to enforce, and why it was chosen.
public struct LoadedPolicy: Sendable {
    public var engine: any PolicyEngine
    /// Where the profile came from: "built-in", or a file path.
    public var source: String
    /// Why this profile, in words shown at start and logged: "--profile", "default", …
    public var why: String
    /// Profile files in use, which the supervised tree must not write.
    public var files: [String]

    public init(engine: any PolicyEngine, source: String, why: String, files: [String] = []) {
        self.engine = engine
        self.source = source
        self.why = why
        self.files = files
    }
}

public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum PolicyLoader {
    /// Loads `profile` (a built-in name or a file) or, when nil, the default.
    public static func load(profile: String?, context: PolicyContext) throws -> LoadedPolicy {
        switch profile {
        case nil:
            return LoadedPolicy(engine: BasicPolicy.dev(context: context), source: "built-in", why: "default")
        case "dev"?:
            return LoadedPolicy(engine: BasicPolicy.dev(context: context), source: "built-in", why: "--profile")
        case let name?:
            throw PolicyError("unknown profile '\(name)': the built-in profiles are: dev")
        }
    }
}
