// The small, pure interface the supervisor consumes. The supervisor asks questions in plain
// values it has already copied out of the target and resolved (a binary's real path, argv, cwd,
// a file's real path) and gets an `Evaluation` back. Nothing here performs a syscall.

/// What Guardian does with a call. Ordered: the strictest matching decision wins.
public enum Decision: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case allow = 0
    /// Allow, and log the decision as notable.
    case audit = 1
    /// Hold the call until a human approves or denies it.
    case ask = 2
    case deny = 3

    public static func < (lhs: Decision, rhs: Decision) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .allow: "allow"
        case .audit: "audit"
        case .ask: "ask"
        case .deny: "deny"
        }
    }

    public init?(name: String) {
        switch name {
        case "allow": self = .allow
        case "audit": self = .audit
        case "ask": self = .ask
        case "deny": self = .deny
        default: return nil
        }
    }
}

/// How a file is about to be used. An open that can both read and write is asked as `write`
/// after `read`; the supervisor asks each access the call implies and keeps the strictest answer.
public enum FileAccess: String, Sendable, CaseIterable {
    case read
    case write
    /// Creating a file that does not exist yet, or replacing a name (rename/link onto it).
    case create
    /// unlink, rmdir, renaming away, truncating.
    case delete
    case exec
}

/// An exec the supervisor has intercepted, before or after it happened.
public struct ExecRequest: Sendable, Hashable {
    /// The binary the kernel runs, as an absolute path with every symlink resolved. For a `#!`
    /// script this is the script; `interpreter` is the resolved interpreter.
    public var program: String
    public var argv: [String]
    /// The working directory of the process, absolute.
    public var cwd: String
    /// Only the variables named by `PolicyEngine.environmentVariables` (and present).
    public var environment: [String: String]
    /// For `#!` scripts: the resolved interpreter binary.
    public var interpreter: String?
    /// The lowercase hex sha256 of the binary's content, when the supervisor computed it.
    public var sha256: String?
    /// What a script gives the command on stdin, when the script says (a heredoc, `echo … |`):
    /// set only for commands found inside `sh -c` scripts.
    public var stdin: String?
    /// Env files a script sourced before running the command (`source .env.production; …`):
    /// their variables are the command's. Set only for commands found inside `sh -c` scripts.
    public var sourcedFiles: [String] = []
    /// The contents of files the command is given that name where it acts (a kubeconfig, an
    /// env file), keyed by the path as the command names it: what the caller read for
    /// `PolicyEngine.filesNamingTargets`. A file missing here is judged by its name alone.
    public var files: [String: String] = [:]
    /// The words are a command line as it was typed (`guardian check`, a rule's examples), not a
    /// process's argv: a control operator among them ends a command, and the catalog's rules read
    /// each command's own words. In an exec's argv every word is the program's (`rm '&&' -rf /`
    /// hands rm all four), so there the rules read them all.
    public var typedLine = false
    /// Bytes read of each file in `files`: kubeconfigs and env files are small.
    public static let fileLimit = 65536
    /// The words `PolicyEngine.pathsToResolve` listed, each as the object the program will
    /// reach: its directory resolved with every symlink followed (in the process's own view,
    /// placed in Guardian's), then its last name — followed too when the word ends in `/`, as
    /// `rm -r link/` empties the link's target. Rules with `paths:` decide on the word as
    /// written and on this path (`rm -rf /tmp/link/x` with `/tmp/link` → HOME is outside the
    /// project and not scratch). A word missing here is decided as written.
    public var resolvedPaths: [String: String] = [:]
    /// Distinct directories resolved per exec at most; words in others are decided as written.
    public static let resolvedDirectoryLimit = 1024

    public init(
        program: String,
        argv: [String],
        cwd: String,
        environment: [String: String] = [:],
        interpreter: String? = nil,
        sha256: String? = nil
    ) {
        self.program = program
        self.argv = argv
        self.cwd = cwd
        self.environment = environment
        self.interpreter = interpreter
        self.sha256 = sha256
        self.stdin = nil
    }
}

/// What the supervisor found a file to hold, read on its own fd, for rules that do not apply
/// to some contents (`unless_content`).
public enum FileContent: String, Sendable, Hashable, CaseIterable {
    /// PEM certificates and nothing else: no key, no other block, no stray text.
    case certificates
    /// A git configuration that, compared with the file it replaces, adds or changes no setting
    /// that makes git run a program (`GitConfig.runsNothingNew`).
    case inertGitConfig = "inert-git-config"

    /// The accesses this content spares: a read of certificates; the replacement of a git
    /// configuration (a rename over it, performed from Guardian's own copy of the bytes).
    public func spares(_ access: FileAccess) -> Bool {
        switch self {
        case .certificates: access == .read
        case .inertGitConfig: access == .create || access == .write
        }
    }
}

/// A file the supervisor has resolved to its real path.
public struct FileRequest: Sendable, Hashable {
    /// Absolute, with symlinks, `.` and `..` resolved — the object the kernel would use.
    public var path: String
    public var access: FileAccess
    /// What the file holds, when the supervisor looked (a read of a file a rule protects
    /// `unless_content`); nil otherwise.
    public var content: FileContent?

    public init(path: String, access: FileAccess, content: FileContent? = nil) {
        self.path = path
        self.access = access
        self.content = content
    }
}

/// One rule that matched, with the reason shown to the human and to the agent.
public struct RuleMatch: Sendable, Hashable {
    public var id: String
    public var decision: Decision
    public var reason: String
    /// For file rules: answer ENOENT instead of EACCES, so the file looks absent.
    public var hide: Bool
    /// For `ask`: seconds to wait for a human before the call is denied; nil for the
    /// supervisor's default.
    public var timeout: Double?
    /// For file rules: contents for which the rule does not apply to a read. The supervisor
    /// looks at the file only when such a rule matched.
    public var unlessContent: [FileContent]

    public init(id: String, decision: Decision, reason: String, hide: Bool = false, timeout: Double? = nil, unlessContent: [FileContent] = []) {
        self.id = id
        self.decision = decision
        self.reason = reason
        self.hide = hide
        self.timeout = timeout
        self.unlessContent = unlessContent
    }
}

/// The answer to one question: the decision, every rule that matched (strictest first), and
/// the environment the command targets when it names one.
public struct Evaluation: Sendable, Hashable {
    public var decision: Decision
    public var matches: [RuleMatch]
    public var environment: String?
    /// For a command: where it names the environment it targets (`--namespace 'production'`).
    public var targetSource: String?
    /// For a command: what it does, by its family's grammar (`destroy (kubectl delete)`).
    public var operation: CommandOperation?
    /// For a shell refused only for what its `-c` script says (the shell alone is allowed):
    /// the refusal can be carried out inside it. The shell may start with every program it and
    /// its descendants run refused, so a harness that captures the shell's stderr reads why
    /// (`PolicyEngine.evaluateAtExec`).
    public var refusableInside = false

    public init(decision: Decision, matches: [RuleMatch] = [], environment: String? = nil, targetSource: String? = nil, operation: CommandOperation? = nil) {
        self.decision = decision
        self.matches = matches
        self.environment = environment
        self.targetSource = targetSource
        self.operation = operation
    }

    public static let allow = Evaluation(decision: .allow)

    /// The rule that decided: the first of the strictest matches.
    public var primary: RuleMatch? {
        matches.first { $0.decision == decision } ?? matches.first
    }

    /// Answer ENOENT rather than EACCES when denied.
    public var hide: Bool { decision == .deny && (primary?.hide ?? false) }

    /// Some rule that matched would not apply to a file with other contents.
    public var dependsOnContent: Bool { matches.contains { !$0.unlessContent.isEmpty } }

    /// Some rule that matched would not apply to a file holding `content`.
    public func dependsOn(_ content: FileContent) -> Bool { matches.contains { $0.unlessContent.contains(content) } }
}

extension PolicyEngine {
    public func evaluateLanding(_ path: String) -> Evaluation { evaluateSubtree(path, access: .create) }
    public func readProtection() -> ReadProtection? { nil }
    public var programNames: Set<String> { [] }
    public var askTimeout: Double? { nil }
    public var notifyCommand: String? { nil }
    public var secretVariables: SecretEnvironment { SecretEnvironment() }
    public var allowsUserNamespaces: Bool { false }
    public func evaluate(_ request: RequestFacts) -> Evaluation { .allow }
    public func evaluate(_ local: LocalConnection) -> Evaluation { .allow }
    public func hasRequestRules(forHost host: String) -> Bool { false }
    public func requestOperations(_ request: RequestFacts) -> [String] { [] }
    public func evaluateShape(_ exec: ExecRequest) -> Evaluation { .allow }
    public func evaluateAtExec(_ exec: ExecRequest) -> Evaluation { evaluate(exec) }
    public func filesNamingTargets(_ exec: ExecRequest) -> [String] { [] }
    public func pathsToResolve(_ exec: ExecRequest) -> [String] { [] }
    public func credentialUse(source: String, detector: String, request: RequestFacts, environment: String?) -> CredentialUse { .keep }
    public func unregisteredCredential(_ request: RequestFacts, registered: (String) -> Bool) -> RuleMatch? { nil }
}

/// The policy as the supervisor sees it. Implementations are immutable values, safe to share
/// between supervisor threads, and answer in microseconds: they run on every trapped open.
public protocol PolicyEngine: Sendable {
    /// The profile's name, as logged in every event.
    var profileName: String { get }
    /// The environment this agent works in (`dev`, `staging`, `production`, …).
    var environmentName: String { get }
    /// Environment variable names exec rules read; the supervisor copies only these.
    var environmentVariables: Set<String> { get }
    /// Absolute paths without wildcards that file rules protect. The supervisor pins their
    /// (device, inode) at start so a hardlink made before the session is still recognised.
    var protectedPaths: [String] { get }
    /// Whether any rule decides `delete`; when false the supervisor leaves unlink/rmdir alone.
    var hasDeleteRules: Bool { get }

    /// Program basenames that exec rules name. The supervisor recognises a copy of one of these
    /// binaries (found on PATH) under another name by its content and asks about it as itself.
    var programNames: Set<String> { get }

    /// Seconds a held call waits for a human (`defaults: ask_timeout`), when the profile says.
    var askTimeout: Double? { get }
    /// A command to run on every held call (`defaults: notify`), when the profile says.
    var notifyCommand: String? { get }
    /// Which environment variables are withheld from the agent at launch: the built-in
    /// patterns plus the profile's `defaults: secret_variables`.
    var secretVariables: SecretEnvironment { get }
    /// Whether the tree may create user namespaces and mount inside them (`defaults:
    /// user_namespaces: allow`). Paths are then resolved through each task's own root.
    var allowsUserNamespaces: Bool { get }

    func evaluate(_ exec: ExecRequest) -> Evaluation
    /// The decision for `exec` as the supervisor takes it at the exec: `evaluate`, except that a
    /// shell's `-c` script whose stopping commands will each be trapped, and stopped as firmly,
    /// at their own execs is left to them — the shell starts and reports their refusal itself.
    func evaluateAtExec(_ exec: ExecRequest) -> Evaluation
    func evaluate(_ file: FileRequest) -> Evaluation
    /// For renaming or moving a directory: the strictest decision over everything a file rule
    /// protects beneath `directory` (moving `~/.aws` away moves the credentials with it).
    func evaluateSubtree(_ directory: String, access: FileAccess) -> Evaluation
    /// For the pin walk, which asks about every file under HOME's dot-directories whether a rule
    /// protects it from reading (`evaluate(FileRequest(path:access: .read)).decision > .audit`):
    /// the same question, asked a directory at a time. nil: the walk asks `evaluate`.
    func readProtection() -> ReadProtection?
    /// For a directory (or a symlink, which may name one) arriving at `path` by rename or
    /// symlink: the strictest create rule that a file beneath it could match once it is there —
    /// the rules beneath the place (`~/.config/autostart/**`), and the `**/…` rules whose match
    /// would begin in the place's own name (a directory renamed to `repo/.git` brings a
    /// `config` and `hooks/` that `**/.git/config` and `**/.git/hooks/**` decide).
    func evaluateLanding(_ path: String) -> Evaluation
    /// For a program no rule names and Guardian could not identify (a changed copy of a CLI,
    /// a binary built or downloaded in the session): whether its arguments have the shape of a
    /// catalogued destructive command (`volume delete`, `destroy -auto-approve`, `delete
    /// namespace`) — then at least `ask`.
    func evaluateShape(_ exec: ExecRequest) -> Evaluation
    /// Files whose contents say where `exec` acts (a kubeconfig named by `--kubeconfig` or
    /// `KUBECONFIG`, an env file named by `--env-file`), as the command names them. The caller
    /// reads them (regular files only, at most `ExecRequest.fileLimit` bytes each) into
    /// `exec.files` before asking `evaluate`.
    func filesNamingTargets(_ exec: ExecRequest) -> [String]
    /// Words of `exec` a rule with `paths:` reads as paths (`rm -r`'s and `find -delete`'s
    /// arguments), for the caller to resolve into `exec.resolvedPaths` before asking
    /// `evaluate`. Empty for every other command.
    func pathsToResolve(_ exec: ExecRequest) -> [String]
    /// An HTTP request the network gateway classified: which `request:` rules apply, and the
    /// environment its host names.
    func evaluate(_ request: RequestFacts) -> Evaluation
    /// A connection to a listener on this machine outside the tree (`local:` rules).
    func evaluate(_ local: LocalConnection) -> Evaluation
    /// Whether a request rule names `host` explicitly: every request to it is an event, and
    /// WebSocket upgrades to it are refused.
    func hasRequestRules(forHost host: String) -> Bool
    /// What made each matching request rule apply (`mutation volumeDelete`), for events.
    func requestOperations(_ request: RequestFacts) -> [String]
    /// Whether the real value of a secret found in `source` by `detector` may replace its
    /// sentinel in `request` (`credentials:` bindings, or the issuer's own hosts).
    func credentialUse(source: String, detector: String, request: RequestFacts, environment: String?) -> CredentialUse
    /// A credential Guardian did not hand out, sent to a host API rules decide.
    func unregisteredCredential(_ request: RequestFacts, registered: (String) -> Bool) -> RuleMatch?
}
