// Choosing and loading the profile a session enforces.
//
// Resolution order, first that applies:
//   1. `--profile P`: P is a file when it ends in .yaml/.yml or starts with / or .; otherwise a
//      name looked up in <config>/profiles, then <system>/profiles, then the built-in profiles.
//   2. The nearest ancestor of the project directory assigned in <config>/assignments.json.
//   3. The built-in `dev`.
// An invalid profile is an error; Guardian never falls back to another one.

/// Where a profile is looked up, and what `~` and `./` mean in its rules.
public struct PolicyContext: Sendable {
    public var home: String
    /// The project the agent works in; `./` in rules is relative to it.
    public var projectDirectory: String
    /// `${XDG_CONFIG_HOME:-$HOME/.config}/guardian`: user profiles and assignments.
    public var configDirectory: String
    /// System-wide profiles.
    public var systemDirectory: String
    /// Where what the user runs later lives, found at start: `$COMMAND_DIRS`, `$GIT_INCLUDES`
    /// and `$GIT_HOOKS_DIRS` in rules. Asked for once the profile is composed, when its rules
    /// are compiled.
    public var places: PersistencePlaces { findPlaces() }
    private let findPlaces: @Sendable () -> PersistencePlaces

    public init(home: String, projectDirectory: String, configDirectory: String, systemDirectory: String = "/etc/guardian",
                places: PersistencePlaces = PersistencePlaces()) {
        self.init(home: home, projectDirectory: projectDirectory, configDirectory: configDirectory, systemDirectory: systemDirectory) { places }
    }

    /// `findPlaces` gives the places when the rules are compiled: a start finds them on a thread
    /// of its own while the profile is read and composed.
    public init(home: String, projectDirectory: String, configDirectory: String, systemDirectory: String = "/etc/guardian",
                findPlaces: @escaping @Sendable () -> PersistencePlaces) {
        self.home = home
        self.projectDirectory = projectDirectory
        self.configDirectory = configDirectory
        self.systemDirectory = systemDirectory
        self.findPlaces = findPlaces
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

public enum PolicyLoader {
    /// The profile used when neither `--profile` nor an assignment names one.
    public static let defaultProfile = "dev"

    /// Loads `profile` (a name or a file) or, when nil, the assigned profile or the default.
    public static func load(profile: String?, context: PolicyContext) throws -> LoadedPolicy {
        let store = AssignmentStore(configDirectory: context.configDirectory)
        var files: [String] = []
        let reference: String
        let why: String
        if let profile {
            reference = profile
            why = "--profile"
        } else if let assigned = try store.nearest(to: context.projectDirectory) {
            reference = assigned.profile
            why = "assigned to \(assigned.directory)"
            files.append(store.file)
        } else {
            reference = defaultProfile
            why = "default"
        }
        let engine = try compile(reference, context: context)
        files = engine.files + files
        return LoadedPolicy(engine: engine.policy, source: engine.files.first ?? "built-in", why: why, files: files)
    }

    /// Parses, composes, checks examples and compiles one profile. Examples are checked for
    /// every profile that has a file of its own; the built-in ones (embedded, and checked by the
    /// test suite) skip it unless `checkExamples` says otherwise — it is half of start-up.
    public static func compile(_ reference: String, context: PolicyContext, checkExamples: Bool? = nil) throws -> (policy: CompiledPolicy, files: [String]) {
        var composer = ProfileComposer(library: ProfileLibrary(context: context))
        let composed = try composer.compose(reference)
        let expansion = Expansion(home: context.home, project: context.projectDirectory, places: context.places)
        if checkExamples ?? !composed.files.isEmpty {
            let checked = try CompiledPolicy.checkExamples(composed)
            if expansion == .examples { return (checked, composed.files) }
        }
        // The Railway CLI's links name which environment ids are which, on this machine.
        return (try CompiledPolicy(composed, expansion: expansion, facts: RailwayLinks.facts(home: context.home)), composed.files)
    }
}
