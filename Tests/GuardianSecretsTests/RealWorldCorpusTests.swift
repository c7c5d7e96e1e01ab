import Testing
@testable import GuardianSecrets

/// The detectors against a second corpus drawn from the world outside: documented token shapes
/// (providers' format pages, secret-scanning rule sets' documented formats) with random bodies,
/// each in the file it is found in (.env, YAML, JSON, shell, Terraform, kubeconfig, ini, docker
/// config, URLs, PEM, JWT), and hard negatives from the files that look like secrets and are not
/// (lockfile integrity hashes, git SHAs, UUIDs that are identifiers, checksums, data URIs,
/// minified code, public keys and certificates, ciphertexts, placeholders). Split before it was
/// first scored: `realworld-tuning.jsonl` (detectors may be adjusted against it) and
/// `realworld-holdout.jsonl` (never looked at line by line; only its totals are printed).
///
/// Documented examples are labelled by one rule: a value a detector's class matches is masked
/// even when a provider publishes it (`AKIAIOSFODNN7EXAMPLE`, Stripe's `sk_test_…` sample,
/// jwt.io's token) — masking a public value costs nothing; a value holding a placeholder word
/// (`…EXAMPLEKEY`, `your-api-key-here`) is not a secret.
///
/// First score, before any detector was changed against it: tuning part recall 97/111, 10 false
/// positives (4 of 102 clean cases flagged); held-out part recall 93/120, 1 false positive (1 of
/// 71 clean cases flagged).
@Suite struct RealWorldCorpusTests {
    @Test func tuningPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-tuning"))
        print("secrets real-world corpus, tuning part: \(score)")
        for line in score.misses { print("  \(line)") }
        #expect(score.recall >= 0.95, "\(score)")
        #expect(score.falsePositives <= 3, "\(score)")
    }

    @Test func heldOutPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-holdout"))
        // Totals only: the held-out part is not tuned on, line by line or otherwise.
        print("secrets real-world corpus, held-out part: \(score)")
        #expect(score.recall >= 0.75, "\(score)")
        #expect(score.falsePositives <= 10, "\(score)")
    }
}
