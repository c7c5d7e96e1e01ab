import Crypto
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
import GuardianSecrets
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The gateway's questions answered with the session's policy: every request to a rule's
/// host, every refusal and every held request is an event; a refused process is told why on
/// its stderr, as for an exec. Bodies and credentials are never logged.
final class NetworkDecisions: RequestDecider {
    let gate: PolicyGate
    let recorder: Recorder
    let channel: any TargetMessaging
    let held: HeldCalls
    /// A loopback listener inside the tree is the agent's own.
    let tree: ProcessTree
    let credentials: CredentialCheck

    init(gate: PolicyGate, recorder: Recorder, channel: any TargetMessaging, held: HeldCalls, tree: ProcessTree, secrets: SecretRegistry? = nil) {
        self.credentials = CredentialCheck(registry: secrets)
        self.gate = gate
        self.recorder = recorder
        self.channel = channel
        self.held = held
        self.tree = tree
    }

    func decide(_ question: NetworkQuestion, answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        switch question {
        case .request(let facts, let expected):
            request(facts, expected, answer)
        case .unclassifiable(let request, let refusal, let expected):
            var e = event(expected, decision: "deny", rule: RuleMatch(id: refusal.rule, decision: .deny, reason: refusal.reason))
            describe(&e, request)
            _ = recorder.record(e)
            tell(expected, request, rule: refusal.rule, reason: refusal.reason)
            answer(NetworkVerdict(allowed: false, rule: refusal.rule, reason: refusal.reason))
        case .stream(let expected, let host, let tls):
            stream(expected, host: host, tls: tls, answer)
        case .silence(let expected):
            answer(streamPassesUnasked(expected) ? .allow : NetworkVerdict(allowed: false))
        case .lateHandshake(let expected, let tls):
            let what = tls ? "a TLS hello" : "an HTTP request"
            let rule = RuleMatch(id: "network.late-handshake", decision: .deny, reason: "the client sent \(what) after the server had spoken first, so it could not be inspected")
            _ = recorder.record(event(expected, decision: "deny", rule: rule))
            channel.tell(expected.origin.pid, "guardian: blocked a connection to \(expected.name ?? expected.destination.description) — rule \(rule.id): \(rule.reason)")
            answer(NetworkVerdict(allowed: false, rule: rule.id, reason: rule.reason))
        case .clientRejectedCertificate(let expected, let host):
            let rule = RuleMatch(id: "network.client-rejected-ca", decision: .deny, reason: "the program does not trust Guardian's session certificate (pinned or built-in roots), so nothing was sent")
            var e = event(expected, decision: "deny", rule: rule)
            e.host = host
            _ = recorder.record(e)
            answer(NetworkVerdict(allowed: false, rule: rule.id, reason: rule.reason))
        }
    }

    /// Whether the tree may resolve `name`. A label that looks like encoded data (a long run of
    /// hex, or of base32/base64 letters mixed with digits) is how DNS carries data out: refused
    /// without being forwarded, and recorded.
    func allowName(_ name: String) -> Bool {
        guard let label = NetworkDecisions.encodedLabel(name) else { return true }
        let rule = RuleMatch(id: "network.dns-exfiltration", decision: .deny, reason: "a name with a label that looks like encoded data (\(label.count) characters) is not resolved: DNS queries carry their labels to whoever runs the zone")
        var e = recorder.event(pid: 0, kind: .net, decision: "deny", rule: rule)
        e.host = name
        e.port = 53
        _ = recorder.record(e)
        return false
    }

    static func encodedLabel(_ name: String) -> Substring? {
        if name.utf8.count > 200 { return Substring(name) }
        for label in name.split(separator: ".") where label.utf8.count >= 32 {
            let bytes = Array(label.utf8)
            let hex = bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
            let digits = bytes.filter { $0 >= 48 && $0 <= 57 }.count
            let alphanumeric = bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 }
            if hex || (label.utf8.count >= 40 && alphanumeric && digits * 5 >= bytes.count) { return label }
        }
        return nil
    }

    private func request(_ facts: RequestFacts, _ expected: Expected, _ answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        let policy = gate.policy
        var evaluation = policy.evaluate(facts)
        var listener: String?
        if facts.request.isWebSocketUpgrade, evaluation.decision != .deny, let (refusal, program) = webSocketToOutsider(expected) {
            evaluation = Evaluation(decision: .deny, matches: [refusal] + evaluation.matches, environment: evaluation.environment)
            listener = program
        }
        let used = credentials.check(facts, environment: evaluation.environment, policy: policy)
        if let refusal = used.refusal, refusal.decision >= evaluation.decision {
            evaluation = Evaluation(decision: refusal.decision, matches: [refusal] + evaluation.matches, environment: evaluation.environment)
        }
        let allowed = NetworkVerdict(allowed: true, substitution: used.substitution)
        let rule = evaluation.primary
        let namedHost = policy.hasRequestRules(forHost: facts.request.host)
        // A request no rule speaks about goes through without an event, as an open does —
        // unless it goes to a host that rules name, or carries a credential: every request to
        // such a host, and every use of a secret, is an event.
        guard rule != nil || namedHost || !used.provenance.isEmpty else { return answer(allowed) }
        var e = event(expected, decision: evaluation.decision.description, rule: rule)
        e.environment = evaluation.environment
        describe(&e, facts.request)
        e.path = facts.path
        e.listener = listener
        if !used.provenance.isEmpty { e.credential = used.provenance }
        var operations = policy.requestOperations(facts)
        if operations.isEmpty { operations = Self.operations(facts) }
        if !operations.isEmpty { e.operation = operations }
        guard let rule else {
            return answer(recorder.record(e) ? allowed : NetworkVerdict(allowed: false, rule: "guardian.log", reason: "the event could not be recorded"))
        }
        // The agent learns whose credential the refused request carried, never its value.
        let reason = rule.reason + (used.provenance.isEmpty || rule.id.hasPrefix("credentials.") ? "" : " (credential: \(used.provenance.joined(separator: "; ")))")
        switch evaluation.decision {
        case .allow, .audit:
            answer(recorder.record(e) ? allowed : NetworkVerdict(allowed: false, rule: "guardian.log", reason: "the event could not be recorded"))
        case .deny:
            _ = recorder.record(e)
            tell(expected, facts.request, rule: rule.id, reason: reason)
            answer(NetworkVerdict(allowed: false, rule: rule.id, reason: reason))
        case .ask:
            var asked = rule
            asked.reason = reason
            hold(e, expected, facts.request, rule: asked, allowed: allowed, answer)
        }
    }

    /// What a request no rule matched does, for its event: GraphQL root fields, the AWS action,
    /// a WebSocket upgrade. Names only, never argument values; bounded.
    static func operations(_ facts: RequestFacts) -> [String] {
        var out: [String] = []
        for operation in facts.graphql {
            for field in operation.fields where !out.contains("\(operation.type.rawValue) \(field)") {
                out.append("\(operation.type.rawValue) \(field)")
            }
        }
        if let aws = facts.aws { out.append("\(aws.service) \(aws.action)") }
        if facts.request.isWebSocketUpgrade { out.append("websocket") }
        return Array(out.prefix(16))
    }

    /// A WebSocket upgrade to a listener on this machine that is not the tree's: its frames
    /// are not inspected, and a program outside the session (a notebook, an editor's terminal
    /// server, a debugger) would act on them beyond Guardian's reach.
    private func webSocketToOutsider(_ expected: Expected) -> (RuleMatch, listener: String)? {
        let destination = expected.destination
        guard destination.isLoopback || destination.isUnspecified else { return nil }
        let owner = LoopbackListeners.inode(for: destination).flatMap { LoopbackListeners.owner(of: $0, candidates: tree.all) }
        if let owner, tree.contains(owner) { return nil }
        let listener = owner.flatMap { ProcessTree.executable(of: $0) } ?? owner.map { "pid \($0)" } ?? "unknown"
        return (RuleMatch(id: "local.websocket", decision: .deny,
                          reason: "WebSocket frames are not inspected, and the listener on \(destination) (\(listener)) runs outside the session, so the upgrade is refused"),
                listener)
    }

    /// A connection that is not HTTP. Remote services (a database, ssh to a git host) pass as
    /// a stream and are recorded; a listener on this machine outside the tree is the question
    /// of docs/SECURITY.md ("who is listening").
    private func stream(_ expected: Expected, host: String?, tls: Bool, _ answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        let destination = expected.destination
        if destination.isLoopback || destination.isUnspecified {
            return local(expected, answer)
        }
        var e = event(expected, decision: "audit", rule: nil)
        e.reason = tls ? "a TLS connection Guardian did not terminate" : "a connection that is not HTTP"
        _ = recorder.record(e)
        answer(.allow)
    }

    /// Whether a stream to `expected` would be allowed without a question: a remote host, the
    /// tree's own listener, or one a `local:` rule allows. Nothing is recorded.
    private func streamPassesUnasked(_ expected: Expected) -> Bool {
        let destination = expected.destination
        guard destination.isLoopback || destination.isUnspecified else { return true }
        let owner = LoopbackListeners.inode(for: destination).flatMap { LoopbackListeners.owner(of: $0, candidates: tree.all) }
        if let owner, tree.contains(owner) { return true }
        let program = owner.flatMap { ProcessTree.executable(of: $0) }
        let evaluation = gate.policy.evaluate(LocalConnection(socket: "tcp:\(destination.host):\(destination.port)", program: program))
        switch evaluation.decision {
        case .allow, .audit: return true
        case .deny, .ask: return false
        }
    }

    /// A byte stream to a listener on this machine: the tree's own listener is the agent's
    /// business; another one is a `local:` question (`tcp:ADDRESS:PORT`), refused by default.
    private func local(_ expected: Expected, _ answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        let destination = expected.destination
        let owner = LoopbackListeners.inode(for: destination).flatMap { LoopbackListeners.owner(of: $0, candidates: tree.all) }
        if let owner, tree.contains(owner) { return answer(.allow) }
        let program = owner.flatMap { ProcessTree.executable(of: $0) }
        let socket = "tcp:\(destination.host):\(destination.port)"
        let evaluation = gate.policy.evaluate(LocalConnection(socket: socket, program: program))
        let rule = evaluation.primary ?? CompiledPolicy.localDefault
        var e = event(expected, decision: evaluation.decision.description, rule: evaluation.primary)
        e.listener = program ?? owner.map { "pid \($0)" } ?? "unknown"
        e.reason = e.reason ?? "a connection that is not HTTP"
        switch evaluation.decision {
        case .allow, .audit:
            answer(recorder.record(e) ? .allow : NetworkVerdict(allowed: false, rule: "guardian.log", reason: "the event could not be recorded"))
        case .deny:
            _ = recorder.record(e)
            channel.tell(expected.origin.pid, "guardian: blocked connecting to \(destination) (listener: \(e.listener!)) — rule \(rule.id): \(rule.reason)")
            answer(NetworkVerdict(allowed: false, rule: rule.id, reason: rule.reason))
        case .ask:
            let once = Once(answer)
            held.holdRequest(
                tid: expected.origin.pid, event: e, rule: rule, summary: "connecting to \(destination) (listener: \(e.listener!))",
                key: "local|\(rule.id)|\(socket)",
                proceed: { once.call(.allow) },
                refuse: { why in once.call(NetworkVerdict(allowed: false, rule: rule.id, reason: why)) })
        }
    }

    private func hold(_ event: Event, _ expected: Expected, _ request: HTTPRequest, rule: RuleMatch, allowed: NetworkVerdict,
                      _ answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        let summary = "\(request.method) \(request.scheme)://\(request.host)\(request.target.prefix(120))"
        let once = Once(answer)
        held.holdRequest(
            tid: expected.origin.pid, event: event, rule: rule, summary: summary,
            // The body is part of what was decided: an approval of one mutation is not one of
            // another sent to the same endpoint.
            key: "net|\(rule.id)|\(request.method)|\(request.host)|\(request.target)|\(SHA256.hash(data: request.body).map { String($0, radix: 16) }.joined())",
            proceed: { once.call(allowed) },
            refuse: { why in once.call(NetworkVerdict(allowed: false, rule: rule.id, reason: why)) })
    }

    private func event(_ expected: Expected, decision: String, rule: RuleMatch?) -> Event {
        var e = recorder.event(pid: expected.origin.pid, kind: .net, decision: decision, rule: rule)
        e.host = expected.name ?? expected.destination.host
        e.port = expected.destination.port
        e.program = expected.origin.program
        return e
    }

    private func describe(_ e: inout Event, _ request: HTTPRequest) {
        e.host = request.host
        e.method = request.method
        e.path = String(request.target.prefix { $0 != "?" })
    }

    private func tell(_ expected: Expected, _ request: HTTPRequest, rule: String, reason: String) {
        let path = String(request.target.prefix { $0 != "?" }.prefix(120))
        channel.tell(expected.origin.pid, "guardian: blocked \(request.method) \(request.scheme)://\(request.host)\(path) — rule \(rule): \(reason)")
    }
}

/// A callback that runs at most once, whoever calls it.
final class Once<Value: Sendable>: Sendable {
    private let body: Mutex<(@Sendable (Value) -> Void)?>
    init(_ body: @escaping @Sendable (Value) -> Void) { self.body = Mutex(body) }
    func call(_ value: Value) {
        let taken = body.withLock { b -> (@Sendable (Value) -> Void)? in defer { b = nil }; return b }
        taken?(value)
    }
}
