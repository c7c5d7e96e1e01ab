// A profile as written: the YAML's content with the position of every value, before
// `extends` is resolved and before anything is compiled.

/// Where something was written, for messages a user can jump to.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation
}

struct ProfileDocument: Sendable {
    var name: String
    var description: String = ""
    var environment: String?
    var extends: [Located<String>] = []
    /// Environment name → value kind (`kube_context`, `host`, …, or `any`) → value globs, in order.
    var environments: [(name: String, kinds: [(kind: String, patterns: [String])])] = []
    var defaults = ProfileDefaults()
    /// Rule id or tag → decision, applied to every rule the profile sees.
    var decisions: [(key: String, decision: Decision)] = []
    /// Rule ids (globs) removed from what the profile extends.
    var disable: [String] = []
    var targets: [TargetSpec] = []
    var rules: [RuleSpec] = []
    var location: SourceLocation
}

struct ProfileDefaults: Sendable {
    /// The decision for a command that targets an environment other than the profile's.
    var otherEnvironment: Decision?
    /// The decision for credential files tagged with the profile's own environment.
    var ownCredentials: Decision?
    /// Environments besides the profile's own that commands may target (a staging agent may
    /// still use the local dev database).
    var reachable: [String]?
    /// Seconds a held call waits for a human before it is denied.
    var askTimeout: Double?
    /// A command run (through /bin/sh -c) on every held call, the event JSON on its stdin.
    var notify: String?
    /// Environment variable name patterns withheld from the agent besides the built-in list,
    /// and passed to it although they look secret (`defaults: secret_variables`).
    var withholdVariables: [String]?
    var passVariables: [String]?
    /// Whether the tree may create user namespaces (`defaults: user_namespaces: allow`), for
    /// agents that bring their own sandbox (bubblewrap).
    var userNamespaces: Bool?
}

/// How a tool names the environment it acts on.
struct TargetSpec: Sendable {
    var programs: [String]
    /// The value kind the profile's `environments:` maps (`railway`, `kube_context`, `host`, …).
    var kind: String
    var options: [String] = []
    var env: [String] = []
    /// Flags that imply a value: vercel `--prod` → `production`.
    var flags: [(flag: String, value: String)] = []
    /// A positional after this subcommand names the target: terraform `workspace select NAME`.
    var after: [[String]] = []
    /// Take the host from URLs and `host=` connection strings in arguments and option values.
    var urls = false
    /// Variables holding a URL whose host is the target (DATABASE_URL).
    var urlEnv: [String] = []
    /// Globs over positionals: a matching positional is itself the value (`*.tfvars` files).
    var args: [String] = []
    var location: SourceLocation
}

struct RuleSpec: Sendable {
    var id: String
    var reason: String
    var decision: Decision
    var tags: [String] = []
    var timeout: Double?
    var exec: ExecSpec?
    var file: FileSpec?
    var request: RequestSpec?
    var local: LocalSpec?
    var matchExamples: [Located<String>] = []
    var notMatchExamples: [Located<String>] = []
    var location: SourceLocation
}

struct ExecSpec: Sendable {
    /// Basenames, absolute paths, or `sha256:HEX`. Empty: any program.
    var programs: [String] = []
    /// Each element lists alternatives (`delete|rm`).
    var subcommand: [[String]] = []
    /// Every group must be present; a group is any of its spellings (`-f|--force`).
    var flags: [String] = []
    /// Any of these present and the rule does not match.
    var notFlags: [String] = []
    /// Option spelling → value glob (case-insensitive); all must be present.
    var options: [(option: String, value: String)] = []
    /// Some positional after the subcommand matches one of these globs.
    var args: [String] = []
    /// Some argument contains one of these (case-insensitive): a cheap test before `regex`.
    var contains: [String] = []
    var regex: Located<String>?
    var notRegex: Located<String>?
    var env: [(name: String, value: String)] = []
    var cwd: [String] = []
    var paths: PathSpec?
    /// The command targets one of these environments.
    var targetEnvironment: [String] = []
    /// Minimum number of positionals after the subcommand.
    var minArgs = 0
}

struct PathSpec: Sendable {
    /// Globs over the resolved path (`~`, `./` expanded).
    var match: [String] = []
    var outsideProject = false
    /// The path is the project or one of its ancestors (`.`, `..`, `~`).
    var containsProject = false
    var except: [String] = []
}

struct FileSpec: Sendable {
    var paths: [String]
    var except: [String] = []
    var access: [FileAccess] = FileAccess.allCases
    /// The environment these credentials belong to.
    var environment: String?
    var hide = false
}
