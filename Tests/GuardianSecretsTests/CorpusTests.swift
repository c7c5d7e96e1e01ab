import Foundation
import Testing
@testable import GuardianSecrets

/// The detectors against a labelled corpus: `tuning.jsonl` (detectors were adjusted against
/// it) and `holdout.jsonl` (written with them, never tuned on). Both scores are printed; the
/// tuning part must be perfect, the held-out part must stay above its floor.
@Suite struct CorpusTests {
    struct Case: Decodable {
        var text: String
        var secrets: [String]
        var note: String
    }

    struct Score: CustomStringConvertible {
        var found = 0, missed = 0, falsePositives = 0, cleanCases = 0, cleanCasesFlagged = 0
        var misses: [String] = []
        var recall: Double { found + missed == 0 ? 1 : Double(found) / Double(found + missed) }
        var description: String {
            "recall \(found)/\(found + missed), false positives \(falsePositives) (clean cases flagged \(cleanCasesFlagged)/\(cleanCases))"
        }
    }

    static func load(_ name: String) throws -> [Case] {
        let url = Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "corpus")!
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    static func score(_ cases: [Case]) -> Score {
        let scanner = SecretScanner()
        var score = Score()
        for c in cases {
            let bytes = Array(c.text.utf8)
            let findings = scanner.scan(bytes)
            var expected: [Range<Int>] = []
            // Every occurrence of each secret must be covered by a finding.
            for secret in Set(c.secrets) {
                let s = Array(secret.utf8)
                let at = (0...(bytes.count - s.count)).filter { Array(bytes[$0..<($0 + s.count)]) == s }
                #expect(!at.isEmpty, "\(c.note): a listed secret is not in the text")
                for start in at {
                    let r = start..<(start + s.count)
                    expected.append(r)
                    if findings.contains(where: { $0.range.lowerBound <= r.lowerBound && $0.range.upperBound >= r.upperBound }) {
                        score.found += 1
                    } else {
                        score.missed += 1
                        score.misses.append("missed in \(c.note): \(findings)")
                    }
                }
            }
            let wrong = findings.filter { f in !expected.contains { $0.overlaps(f.range) } }
            score.falsePositives += wrong.count
            if !wrong.isEmpty {
                score.misses.append("false positive in \(c.note): \(wrong.map { "\($0.detector) '\(String(decoding: bytes[$0.range], as: UTF8.self).prefix(40))'" })")
            }
            if c.secrets.isEmpty {
                score.cleanCases += 1
                if !findings.isEmpty { score.cleanCasesFlagged += 1 }
            }
        }
        return score
    }

    @Test func tuningCorpusIsPerfect() throws {
        let score = Self.score(try Self.load("tuning"))
        print("secrets corpus, tuning part: \(score)")
        #expect(score.missed == 0 && score.falsePositives == 0, "\(score.misses)")
    }

    @Test func heldOutCorpusStaysAboveItsFloor() throws {
        let score = Self.score(try Self.load("holdout"))
        print("secrets corpus, held-out part: \(score)")
        for line in score.misses { print("  \(line)") }
        // Floors, not targets: the held-out part measures how the detectors generalise.
        #expect(score.recall >= 0.75, "\(score)")
        #expect(score.falsePositives <= 2, "\(score)")
    }
}
