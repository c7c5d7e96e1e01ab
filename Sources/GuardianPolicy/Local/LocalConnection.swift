// A connection to a listener on this machine that is not part of the agent's tree: a Unix
// socket (by path or abstract name) or a loopback TCP port. What matters is who listens: a
// terminal multiplexer, a container engine or an agent holding keys will do whatever the tree
// asks, outside every rule. The supervisor finds the listener; these rules decide.

/// The question: which socket, and which program listens on it.
public struct LocalConnection: Sendable, Hashable {
    /// A Unix socket's path, `@name` for an abstract one, or `tcp:ADDRESS:PORT`.
    public var socket: String
    /// The listening process's executable, absolute; nil when it cannot be read.
    public var program: String?
    /// Whether the bytes are HTTP (inspected by the request rules as well) — for TCP only.
    public var http: Bool

    public init(socket: String, program: String?, http: Bool = false) {
        self.socket = socket
        self.program = program
        self.http = http
    }
}

/// A `local:` rule as written.
package struct LocalSpec: Sendable {
    /// Globs over the socket (`**/docker.sock`, `@/tmp/.X11-unix/*`, `tcp:*:5432`).
    package var sockets: [String] = []
    /// Basenames or absolute paths of the listening program.
    package var programs: [String] = []
}

struct LocalMatcher: Sendable {
    let sockets: [CompiledGlob]
    let programs: Set<String>

    init(_ spec: LocalSpec) {
        sockets = spec.sockets.map { CompiledGlob($0, pathMode: true) }
        programs = Set(spec.programs)
    }

    /// Either list may be empty; a rule with both needs both to match.
    func matches(_ c: LocalConnection) -> Bool {
        if !sockets.isEmpty && !sockets.contains(where: { $0.matches(c.socket) }) { return false }
        if !programs.isEmpty {
            guard let program = c.program else { return false }
            let base = program.split(separator: "/").last.map(String.init) ?? program
            if !programs.contains(base) && !programs.contains(program) { return false }
        }
        return !(sockets.isEmpty && programs.isEmpty)
    }
}

struct LocalRule: Sendable {
    var matcher: LocalMatcher
    var match: RuleMatch
}

extension CompiledPolicy {
    /// The rule for a listener outside the tree that no `local:` rule names.
    public static let localDefault = RuleMatch(
        id: "network.local-outside", decision: .deny,
        reason: "a listener outside the agent's process tree would act for it beyond Guardian's reach")

    public func evaluate(_ connection: LocalConnection) -> Evaluation {
        let matches = localRules.filter { $0.matcher.matches(connection) }.map(\.match)
        // Plain HTTP to the user's own servers is inspected request by request instead.
        if matches.isEmpty { return connection.http ? .allow : Self.evaluation([Self.localDefault], environment: nil) }
        return Self.evaluation(matches, environment: nil)
    }
}
