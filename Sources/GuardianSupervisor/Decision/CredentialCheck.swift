import Foundation
import GuardianNetwork
import GuardianPolicy
import GuardianSecrets

/// The credentials in a request, decided: each sentinel of this session it carries is traced
/// to where its secret was found and either replaced by the real value (where the profile's
/// binding, or the issuer's own host, allows), left as a stand-in (any other host: a sentinel
/// is never laundered into a secret), or refused. A secret's *real* value in a request is
/// refused wherever it goes (the agent was only ever given the stand-in), and a protected
/// API host refuses a credential Guardian did not hand out.
struct CredentialCheck: Sendable {
    let registry: SecretRegistry?

    struct Outcome {
        var substitution = CredentialSubstitution()
        /// The strictest refusal, with the credential's provenance in its reason.
        var refusal: RuleMatch?
        /// One line per credential, for the event.
        var provenance: [String] = []
    }

    func check(_ facts: RequestFacts, environment: String?, policy: any PolicyEngine) -> Outcome {
        var outcome = Outcome()
        let seen = Self.searchable(facts)
        var sentinels: [[UInt8]] = []
        if let registry {
            for (sentinel, real, entry) in registry.sentinels(in: seen) {
                sentinels.append(sentinel)
                let origin = Self.origin(entry)
                switch policy.credentialUse(source: entry.source, detector: entry.detector, request: facts, environment: environment) {
                case .substitute(let grant):
                    outcome.substitution.pairs.append(.init(sentinel: sentinel, real: real))
                    outcome.provenance.append("\(origin), real value for this host (\(grant))")
                case .keep:
                    outcome.provenance.append("\(origin), kept as a stand-in (not bound to \(facts.request.host))")
                    // Recorded, not refused: the stand-in is worthless wherever it goes.
                    Self.keepStrictest(&outcome.refusal, RuleMatch(
                        id: "credentials.stand-in", decision: .audit,
                        reason: "the request carries the stand-in of a secret (\(origin)) to a host it is not bound to; it is sent as the stand-in, never the real value"))
                case .refuse(var rule):
                    rule.reason += " (\(origin))"
                    outcome.provenance.append("\(origin), refused (\(rule.id))")
                    Self.keepStrictest(&outcome.refusal, rule)
                }
            }
            for entry in registry.realValues(in: seen) {
                let origin = Self.origin(entry)
                outcome.provenance.append("\(origin), its real value, refused")
                Self.keepStrictest(&outcome.refusal, RuleMatch(
                    id: "credentials.real-value", decision: .deny,
                    reason: "the request carries the real value of a secret Guardian masked (\(origin)); the session only ever handed out its stand-in, so this copy came from somewhere Guardian could not mask, and it is not sent"))
            }
        }
        if let registry, let resigning = Self.sigV4(facts, outcome.substitution, registry) {
            outcome.substitution.sigV4 = resigning
        }
        let unregistered = policy.unregisteredCredential(facts) { value in
            let bytes = Array(value.utf8)
            return sentinels.contains { Self.contains(bytes, $0) }
        }
        if let unregistered {
            outcome.provenance.append("unregistered credential, \(unregistered.decision)")
            Self.keepStrictest(&outcome.refusal, unregistered)
        }
        return outcome
    }

    /// An AWS request whose access key id is a stand-in being substituted: the secret access
    /// key found with it (the variable beside it, or the same file a few lines away), for
    /// signing the request again with the real secret.
    static func sigV4(_ facts: RequestFacts, _ substitution: CredentialSubstitution, _ registry: SecretRegistry) -> SigV4Resigning? {
        guard let value = facts.request.values("authorization").first, let auth = SigV4Resigning.Authorization(value) else { return nil }
        let keyID = Array(auth.keyID.utf8)
        guard let pair = substitution.pairs.first(where: { $0.sentinel == keyID }),
              let key = registry.entry(for: pair.real) else { return nil }
        let all = registry.all
        let secret: (entry: SecretRegistry.Entry, real: [UInt8])?
        if key.source.hasPrefix("$") {
            let name = key.source.replacingOccurrences(of: "ACCESS_KEY_ID", with: "SECRET_ACCESS_KEY")
            secret = all.first { $0.entry.source == name }
        } else {
            // AWS secret access keys are 40 characters of base64.
            secret = all.filter { $0.entry.source == key.source && $0.real.count == 40 && abs($0.entry.line - key.line) <= 5 && $0.real != pair.real }
                .min { abs($0.entry.line - key.line) < abs($1.entry.line - key.line) }
        }
        guard let secret else { return nil }
        return SigV4Resigning(standInSecret: secret.entry.sentinel, realKeyID: String(decoding: pair.real, as: UTF8.self), realSecret: secret.real)
    }

    static func origin(_ entry: SecretRegistry.Entry) -> String {
        "\(entry.detector) from \(entry.source)\(entry.line > 0 ? ":\(entry.line)" : "")"
    }

    static func keepStrictest(_ current: inout RuleMatch?, _ rule: RuleMatch) {
        if current.map({ rule.decision > $0.decision }) ?? true { current = rule }
    }

    /// Every place a credential can travel in, as one buffer: header values (and what a Basic
    /// header's base64 holds), the target as sent and percent-decoded, the body.
    static func searchable(_ facts: RequestFacts) -> [UInt8] {
        var out: [UInt8] = []
        for header in facts.request.headers {
            out += Array(header.value.utf8)
            out.append(0)
            for value in RequestCredentials.authorizationValues(header.value) where header.name == "authorization" || header.name == "proxy-authorization" {
                out += Array(value.utf8)
                out.append(0)
            }
        }
        out += Array(facts.request.target.utf8)
        out.append(0)
        if let decoded = facts.request.target.removingPercentEncoding { out += Array(decoded.utf8); out.append(0) }
        out += facts.request.body
        return out
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
