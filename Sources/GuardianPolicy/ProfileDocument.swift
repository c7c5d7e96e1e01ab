// A profile as written: the YAML's content with the position of every value, before
// `extends` is resolved and before anything is compiled. Package-visible for profile-embed,
// which writes the built-in profiles' documents out as Swift (BuiltinDocuments.swift).

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

package struct Located<Value: Sendable>: Sendable {
    package var value: Value
    package var location: SourceLocation
}

package struct ProfileDocument: Sendable {
    package var name: String
    package var description: String = ""
    package var environment: String?
    package var extends: [Located<String>] = []
    /// Environment name → value kind (`kube_context`, `host`, …, or `any`) → value globs, in order.
    package var environments: [(name: String, kinds: [(kind: String, patterns: [String])])] = []
    package var defaults = ProfileDefaults()
    /// Rule id or tag → decision, applied to every rule the profile sees.
    package var decisions: [(key: String, decision: Decision)] = []
    /// Rule ids (globs) removed from what the profile extends.
    package var disable: [String] = []
    package var targets: [TargetSpec] = []
    package var rules: [RuleSpec] = []
    /// What credentials found by content may be used for (`credentials:`).
    package var credentials: [CredentialBindingSpec] = []
    package var location: SourceLocation
}

package struct ProfileDefaults: Sendable {
    /// The decision for a command that targets an environment other than the profile's.
    package var otherEnvironment: Decision?
    /// The decision for credential files tagged with the profile's own environment.
    package var ownCredentials: Decision?
    /// Environments besides the profile's own that commands may target (a staging agent may
    /// still use the local dev database).
    package var reachable: [String]?
    /// Seconds a held call waits for a human before it is denied.
    package var askTimeout: Double?
    /// A command run (through /bin/sh -c) on every held call, the event JSON on its stdin.
    package var notify: String?
    /// Environment variable name patterns withheld from the agent besides the built-in list,
    /// and passed to it although they look secret (`defaults: secret_variables`).
    package var withholdVariables: [String]?
    package var passVariables: [String]?
    /// Whether the tree may create user namespaces (`defaults: user_namespaces: allow`), for
    /// agents that bring their own sandbox (bubblewrap).
    package var userNamespaces: Bool?
    /// The decision for a request to a protected API host that authenticates with a credential
    /// Guardian did not hand out (`defaults: unregistered_credentials`).
    package var unregisteredCredentials: Decision?
}

/// How a tool names the environment it acts on.
package struct TargetSpec: Sendable {
    package var programs: [String]
    /// The value kind the profile's `environments:` maps (`railway`, `kube_context`, `host`, …).
    package var kind: String
    package var options: [String] = []
    package var env: [String] = []
    /// Flags that imply a value: vercel `--prod` → `production`.
    package var flags: [(flag: String, value: String)] = []
    /// A positional after this subcommand names the target: terraform `workspace select NAME`.
    package var after: [[String]] = []
    /// Take the host from URLs and `host=` connection strings in arguments and option values.
    package var urls = false
    /// Variables holding a URL whose host is the target (DATABASE_URL).
    package var urlEnv: [String] = []
    /// Globs over positionals: a matching positional is itself the value (`*.tfvars` files).
    package var args: [String] = []
    /// Where an HTTP request names the value (instead of `programs`).
    package var request: RequestTargetSpec?
    package var location: SourceLocation
}

package struct RuleSpec: Sendable {
    package var id: String
    package var reason: String
    package var decision: Decision
    package var tags: [String] = []
    package var timeout: Double?
    package var exec: ExecSpec?
    package var file: FileSpec?
    package var request: RequestSpec?
    package var local: LocalSpec?
    package var matchExamples: [Located<String>] = []
    package var notMatchExamples: [Located<String>] = []
    package var location: SourceLocation
}

package struct ExecSpec: Sendable {
    /// Basenames, absolute paths, or `sha256:HEX`. Empty: any program.
    package var programs: [String] = []
    /// Each element lists alternatives (`delete|rm`).
    package var subcommand: [[String]] = []
    /// Every group must be present; a group is any of its spellings (`-f|--force`).
    package var flags: [String] = []
    /// Any of these present and the rule does not match.
    package var notFlags: [String] = []
    /// Option spelling → value glob (case-insensitive); all must be present.
    package var options: [(option: String, value: String)] = []
    /// Some positional after the subcommand matches one of these globs.
    package var args: [String] = []
    /// Some argument contains one of these (case-insensitive): a cheap test before `regex`.
    package var contains: [String] = []
    package var regex: Located<String>?
    package var notRegex: Located<String>?
    package var env: [(name: String, value: String)] = []
    package var cwd: [String] = []
    package var paths: PathSpec?
    /// The command targets one of these environments.
    package var targetEnvironment: [String] = []
    /// Minimum number of positionals after the subcommand.
    package var minArgs = 0
    /// The command's operation class is one of these (`read`, `local`, `write`, `destroy`).
    package var operations: [String] = []
}

package struct PathSpec: Sendable {
    /// Globs over the resolved path (`~`, `./` expanded).
    package var match: [String] = []
    package var outsideProject = false
    /// The path is the project or one of its ancestors (`.`, `..`, `~`).
    package var containsProject = false
    package var except: [String] = []
}

package struct FileSpec: Sendable {
    package var paths: [String]
    package var except: [String] = []
    package var access: [FileAccess] = FileAccess.allCases
    /// The environment these credentials belong to.
    package var environment: String?
    package var hide = false
    /// A read of a file with one of these contents is not matched (`unless_content`).
    package var unlessContent: [FileContent] = []
}
