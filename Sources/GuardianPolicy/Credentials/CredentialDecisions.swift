// Deciding a credential's use in a request, and the requests to protected hosts that carry a
// credential Guardian did not hand out.

extension CompiledPolicy {
    /// What to do with a sentinel for the secret found in `source` by `detector`, seen in
    /// `request`, which acts on `environment` (nil: it names none).
    public func credentialUse(source: String, detector: String, request: RequestFacts, environment: String?) -> CredentialUse {
        let host = request.request.host
        let bound = credentialBindings.filter { $0.covers(source: source) }
        if bound.isEmpty {
            return CredentialIssuers.covers(detector: detector, source: source, host: host) ? .substitute(grant: "the issuer's host") : .keep
        }
        var refusal: RuleMatch?
        for binding in bound where binding.covers(host: host) {
            if !binding.environments.isEmpty, let environment, !binding.environments.contains(environment) {
                let rule = RuleMatch(id: "credentials.environment", decision: .deny,
                                     reason: "the credential from \(source) is bound to \(binding.environments.sorted().joined(separator: ", ")); this request acts on \(environment)")
                if refusal.map({ rule.decision > $0.decision }) ?? true { refusal = rule }
                continue
            }
            if let matcher = binding.request, matcher.match(request) == nil, binding.otherwise > .audit {
                let rule = RuleMatch(id: "credentials.binding", decision: binding.otherwise,
                                     reason: "the credential from \(source) may be used at \(host) only for \(binding.requestText ?? "requests")")
                if refusal.map({ rule.decision > $0.decision }) ?? true { refusal = rule }
                continue
            }
            return .substitute(grant: "the profile's binding for \(binding.sourceText)")
        }
        if let refusal { return .refuse(refusal) }
        // Bound, but not to this host: the real value does not go there.
        return .keep
    }

    /// A request to a host API rules decide that authenticates with something Guardian did
    /// not hand out (a token rebuilt from pieces, decoded, or read where Guardian could not
    /// mask it): `defaults: unregistered_credentials`. Nil when the request carries none.
    public func unregisteredCredential(_ request: RequestFacts, registered: (String) -> Bool) -> RuleMatch? {
        guard hasRequestRules(forHost: request.request.host) else { return nil }
        for credential in RequestCredentials.find(in: request) where !credential.values.contains(where: registered) {
            return RuleMatch(id: "credentials.unregistered", decision: unregisteredCredentials,
                             reason: "\(request.request.host) is a protected API and the request authenticates (\(credential.place)) with a credential Guardian did not hand out; use the stand-in the session gave you (masked files and variables), or bind the credential in the profile")
        }
        return nil
    }
}
