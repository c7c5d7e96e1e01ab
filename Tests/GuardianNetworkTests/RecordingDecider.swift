import GuardianNetwork
import GuardianPolicy
import Synchronization

/// The tests' policy: every request is allowed except one whose path is `/deny`; whatever Guardian
/// refuses to classify is refused (as the session's decider does); connections that are not
/// HTTP are refused. Every question is kept for the tests to look at.
final class RecordingDecider: RequestDecider {
    private let asked = Mutex<[NetworkQuestion]>([])

    static let denyRule = "test.deny-path"

    func decide(_ question: NetworkQuestion, answer: @escaping @Sendable (NetworkVerdict) -> Void) {
        asked.withLock { $0.append(question) }
        switch question {
        case .request(let facts, _):
            if facts.path == "/deny" {
                answer(NetworkVerdict(allowed: false, rule: Self.denyRule, reason: "the test refuses /deny"))
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
