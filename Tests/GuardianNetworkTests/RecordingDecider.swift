import GuardianNetwork
import GuardianPolicy
import Synchronization

/// The tests' policy: every request is allowed except one whose path is `/deny`; whatever Guardian
/// refuses to classify is refused (as the session's decider does); connections that are not
/// HTTP are refused. Every question is kept for the tests to look at.
final class RecordingDecider: RequestDecider {
    private let asked = Mutex<[NetworkQuestion]>([])

    static let denyRule = "test.deny-path"
    /// A request whose path starts with `/substitute` is allowed with `standIn` replaced by
    /// `realValue` on its way out (and the reverse on the response's way back).
    static let standIn = "gdn-standin-0123456789abcdef"
    static let realValue = "real-secret-9876543210fedcba"

    func decide(_ question: NetworkQuestion, answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        asked.withLock { $0.append(question) }
        switch question {
        case .request(let facts, _):
            if facts.path == "/deny" {
                answer(NetworkVerdict(allowed: false, rule: Self.denyRule, reason: "the test refuses /deny"))
            } else if facts.path.hasPrefix("/substitute") {
                let pair = CredentialSubstitution.Pair(sentinel: Array(Self.standIn.utf8), real: Array(Self.realValue.utf8))
                answer(NetworkVerdict(allowed: true, substitution: CredentialSubstitution([pair])))
            } else {
                answer(.allow)
            }
        case .unclassifiable(_, let refusal, _):
            answer(NetworkVerdict(allowed: false, rule: refusal.rule, reason: refusal.reason))
        case .stream, .clientRejectedCertificate, .lateHandshake, .silence:
            answer(NetworkVerdict(allowed: false, rule: "test.no-streams", reason: "not HTTP"))
        }
    }

    var questions: [NetworkQuestion] { asked.withLock { $0 } }

    /// The paths of the classified requests, in the order they were asked about.
    var requestPaths: [String] {
        questions.compactMap { if case .request(let facts, _) = $0 { facts.path } else { nil } }
    }

    /// The rules of the refusals to classify (`request.h2c`, `request.upgrade`, …).
    var refusalRules: [String] {
        questions.compactMap { if case .unclassifiable(_, let refusal, _) = $0 { refusal.rule } else { nil } }
    }
}
