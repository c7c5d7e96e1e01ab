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
/// 71 clean cases flagged). After the classes the tuning part missed were fixed (a name ending
/// in `key`; a name's identifying last part — `_ID`, `Name`, `_FILE` — or a `public` word
/// says its value is no secret; `--option value`; `define('NAME', 'value')`; any authorization
/// scheme word; a value masked at every place in the file it repeats; `-u user:password`; bot
/// tokens; webhook URLs; more documented prefixes; a DSN's public key): tuning part recall
/// 108/111, no false positives; held-out part recall 100/120, 2 false positives (2 of 71 clean
/// cases flagged). Laravel's `APP_KEY` case of the tuning part was relabelled: the secret is
/// the key material after its `base64:` marker, which stays.
@Suite struct RealWorldCorpusTests {
    @Test func tuningPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-tuning"))
        print("secrets real-world corpus, tuning part: \(score)")
        for line in score.misses { print("  \(line)") }
        // Three known misses: a tunnel token passed bare as an argument, `az login -p`, and a
        // WordPress salt (any printable byte under a `_KEY` name).
        #expect(score.missed <= 3, "\(score)")
        #expect(score.falsePositives == 0, "\(score)")
    }

    @Test func heldOutPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-holdout"))
        // Totals only: the held-out part is not tuned on, line by line or otherwise.
        print("secrets real-world corpus, held-out part: \(score)")
        #expect(score.recall >= 0.8, "\(score)")
        #expect(score.falsePositives <= 3, "\(score)")
    }
}
