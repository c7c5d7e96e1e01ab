import GuardianPolicy

/// What the gateway asks about a connection or a request. The supervisor answers: it owns the
/// policy, the event log and the approval desk.
public enum NetworkQuestion: Sendable {
    /// An HTTP request, classified.
    case request(RequestFacts, Expected)
    /// An HTTP request Guardian refuses to classify (and so to forward).
    case unclassifiable(HTTPRequest, RequestRefusal, Expected)
    /// A connection that is not HTTP (or TLS Guardian could not terminate): bytes would flow
    /// unseen. `tls` when the client sent a TLS hello.
    case stream(Expected, host: String?, tls: Bool)
    /// A client to a listener on this machine has said nothing yet: may the server speak first
    /// now? Yes (nothing recorded) when a stream there would pass without a question — the
    /// tree's own listener, or a `local:` rule that allows it; otherwise the client is given
    /// longer to speak, since plain HTTP to that listener may be allowed where a stream is not.
    case silence(Expected)
    /// A client that let the server speak first, then sent a TLS hello (`tls`) or an HTTP
    /// request line: what the server already said cannot be unsaid, so the connection can no
    /// longer be inspected, and is refused.
    case lateHandshake(Expected, tls: Bool)
    /// The client refused Guardian's certificate (pinned or embedded roots): nothing was sent.
    case clientRejectedCertificate(Expected, host: String)
}

/// The answer: forward or refuse, with the rule and reason the agent is told.
public struct NetworkVerdict: Sendable, Hashable {
    public var allowed: Bool
    public var rule: String?
    public var reason: String?
    /// For an allowed request: the real values to put back in place of the sentinels it carries.
    public var substitution: CredentialSubstitution

    public init(allowed: Bool, rule: String? = nil, reason: String? = nil, substitution: CredentialSubstitution = CredentialSubstitution()) {
        self.allowed = allowed
        self.rule = rule
        self.reason = reason
        self.substitution = substitution
    }

    public static let allow = NetworkVerdict(allowed: true)
}

public protocol RequestDecider: Sendable {
    /// Called from a gateway event loop; must call `answer` exactly once, from any thread,
    /// possibly much later (a request held for a human).
    func decide(_ question: NetworkQuestion, answer: @escaping @Sendable (NetworkVerdict) -> Void)
}
