// One decision, or a session's start or end: one JSON object per line in
// $GUARDIAN_HOME/events/<session>.jsonl.

public struct Event: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case session
        case exec
        case open
        /// A path call other than open: link, rename, truncate, unlink.
        case file
        /// A refused attempt on Guardian itself (control socket, signals, its files).
        case guardian
        /// A connection or an HTTP request of the tree, decided by the network gateway.
        case net
    }

    /// RFC 3339 UTC with milliseconds; filled by the writer when nil.
    public var time: String?
    public var session: String
    /// Per session, gapless from 1; assigned by the writer.
    public var seq: Int
    public var pid: Int32
    public var ppid: Int32
    public var kind: Kind
    /// allow, audit, deny, ask, approved, denied, kill; for session events `start` or `end`.
    public var decision: String
    public var rule: String?
    public var reason: String?
    public var profile: String
    /// The environment the call targets, when it names one.
    public var environment: String?
    // exec
    public var program: String?
    public var argv: [String]?
    public var cwd: String?
    public var interpreter: String?
    /// Hex SHA-256 of the program's binary (content identity: a copied or renamed CLI keeps it).
    public var sha256: String?
    // open and other path calls
    public var path: String?
    public var access: String?
    public var syscall: String?
    // net: where a connection or request went, and what it would do (never bodies or credentials)
    public var host: String?
    public var port: Int?
    public var method: String?
    /// The GraphQL operations and root fields, or the API action (`mutation volumeDelete`).
    public var operation: [String]?
    /// For a local socket: the program listening on it.
    public var listener: String?
    /// The credentials a request carried, by provenance (`railway-token from
    /// scripts/domains.sh:1, substituted`), never their values.
    public var credential: [String]?
    // session
    public var command: [String]?
    public var exitStatus: Int32?
    /// Free-form details (e.g. the profile's source and why it was chosen).
    public var detail: [String: String]?
    // hash chain, filled by the writer
    public var prev: String?
    public var hash: String?

    public init(
        session: String, pid: Int32, ppid: Int32, kind: Kind, decision: String, profile: String,
        rule: String? = nil, reason: String? = nil
    ) {
        self.session = session
        self.seq = 0
        self.pid = pid
        self.ppid = ppid
        self.kind = kind
        self.decision = decision
        self.profile = profile
        self.rule = rule
        self.reason = reason
    }

    /// Whether this event must be on disk before its decision takes effect.
    public var mustBeDurable: Bool {
        decision == "deny" || decision == "ask" || decision == "kill" || decision == "denied"
    }
}
