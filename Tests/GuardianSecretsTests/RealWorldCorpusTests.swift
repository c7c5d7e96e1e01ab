import Testing
@testable import GuardianSecrets

/// The detectors against a second corpus drawn from the world outside: documented token shapes
/// (providers' format pages, secret-scanning rule sets' documented formats) with random bodies,
/// each in the file it is found in (.env, YAML, JSON, shell, Terraform, kubeconfig, ini, docker
/// config, URLs, PEM, JWT), and hard negatives from the files that look like secrets and are not
/// (lockfile integrity hashes, git SHAs, UUIDs that are identifiers, checksums, data URIs,
/// minified code, public keys and certificates, ciphertexts, placeholders). Split before it was
/// first scored: `realworld-tuning.jsonl` (detectors may be adjusted against it) and
/// `realworld-holdout.jsonl` (only its totals printed, until it was read: now
/// `realworld-tuning2.jsonl`, below).
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
///
/// The held-out part was then read line by line, once the second corpus below had been written
/// and scored, and became a tuning part: `realworld-tuning2.jsonl`. Its 20 misses and 2 false
/// positives fell into classes, each fixed as a mechanism with its own table
/// (`DetectorClassTests`): documented prefixes the catalogue lacked (completed against gitleaks'
/// rule set, not only the ones missed); tokens joined by a comma (Fly's macaroons); a password
/// given as a short option (`mysql -p…`, `docker login -p`, `sshpass -p`, `redis-cli -a`); a
/// secret echoed into `--with-token` / `--password-stdin`; `.pgpass` lines; a URL with a
/// password and no user; quoted key material of any printable byte (Django's `SECRET_KEY`); a
/// secret in an object's `value` member (Terraform state outputs) or a name/value pair's
/// (Kubernetes env lists); an index's quoted key (`$config['api_secret']`); PGP private key
/// blocks; a SAS URL's `sig`; names of public material or digests (`certificate-authority-data`,
/// `checksum/…`) and a captcha's site key. Both tuning parts then scored: 110/111 (one known
/// miss) and 120/120, no false positives.
/// A second real-world corpus, `realworld2-holdout.jsonl` (247 cases: 177 with secrets, 70 hard
/// negatives), was written afterwards and only ever scored by its totals. Its shapes come from
/// providers' format pages and gitleaks' documented rules, with random bodies, and it leans on
/// families the first corpus lacks: AI providers (Anthropic api03/admin01/oat01, OpenAI
/// project/admin/service-account keys, Groq, Replicate, Perplexity, xAI, Cohere and Mistral by
/// name, LangSmith), observability (Grafana `glc_`/`glsa_`, New Relic, Dynatrace, Sentry,
/// Honeycomb), developer platforms (GitLab's token family, Bitbucket, Atlassian, Doppler,
/// Infisical, Tailscale, Vault, SonarQube, Artifactory, registry tokens), payments, messaging,
/// clouds, databases, and the files they sit in. Its labels add four rules to the two above:
/// - a password hash (bcrypt, sha512-crypt, PBKDF2, SCRAM) is no secret: it verifies a password
///   and cannot be presented as one;
/// - a key published by design (Stripe `pk_live_`, Mapbox `pk.`, Supabase `sb_publishable_`,
///   Flutterwave `FLWPUBK-`, a reCAPTCHA site key, a PostHog project key) is no secret, while a
///   Google `AIza` key is masked: its class cannot tell a browser key from a server key;
/// - an access-key id with a provider prefix (`AKIA`, `ASIA`, `LTAI`, `AKID`, `SCW`,
///   `rzp_live_`, Twilio `SK`) is listed with its secret, as half of one credential; an account,
///   tenant, client or application identifier (`AC…`, `_ID`, `client_id`, `sq0idp-`) is not;
/// - ciphertext meant to be committed (sealed-secrets, SOPS), a masked value (`sk-proj-****`) and
///   a reference to a secret store (`op://`, `vault:`, `${{ secrets.X }}`) are no secrets.
/// Its scores, first and after the first corpus's held-out classes were fixed: see
/// `realWorld2TuningPart`. Once the third corpus below had been written and scored, it was read
/// line by line and became a tuning part, `realworld2-tuning.jsonl`. Its 8 misses and 7 false
/// positives fell into classes, each fixed as a mechanism with its own table
/// (`SecondCorpusClassTests`): a directive line whose name opens it and whose value is its one
/// other word (`requirepass …`, `LicenseKey …`); the secret that follows a prefixed access-key
/// id as the next argument or CSV field (`NewCredential("AKID…", "…")`); a quoted password
/// given to a command holds any printable byte; and, whatever the name, no secret in a value
/// with a publishable prefix (`phc_`, `pk.`), a password hash (`pbkdf2_sha256$…`), a record's
/// key (`idempotency_key`), a secret store's resource name (`arn:…:secret:…`) or a member of a
/// SealedSecret's `encryptedData:`. Three misses are left, each without a mechanism that would
/// not cost more than it gains: a Discord bot token passed bare (no prefix, no name), a
/// password as a `mysqli` constructor's third argument, and OpenWeather's `appid` (a name that
/// elsewhere is an identifier).
///
/// A third real-world corpus, `realworld3-holdout.jsonl` (245 cases: 165 with secrets, 80 hard
/// negatives), was written before the second one was read and before any detector change, from
/// other sources than the rule set the prefix catalogue was completed against (a secret
/// scanner's detector list, a code host's supported-patterns page, providers' token-format
/// announcements) and weighted toward the places secrets really leak: shell history and
/// terminal logs, CI logs, `env`/`printenv` and `docker inspect` output, Kubernetes Secrets,
/// notebooks, editor settings and run configurations, API-client collections and exports, HAR
/// files, URLs with tokens in their query, language config idioms, IaC state and parameters,
/// VPN and SSH key files, webhooks. Its labels keep the rules above and add one: a Kubernetes
/// Secret's `data:` value under a secret-sounding key is masked as its base64 text (decoding it
/// is one command), and any base64 value that decodes to text holding a secret is masked whole
/// (a `.dockerconfigjson`, a `tls.key`), while a `tls.crt` or any other base64 that decodes to
/// public material or binary (an image, a font) is not.
@Suite struct RealWorldCorpusTests {
    @Test func tuningPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-tuning"))
        print("secrets real-world corpus, tuning part: \(score)")
        for line in score.misses { print("  \(line)") }
        // One known miss: a tunnel token passed bare as an argument (base64 JSON, no name).
        #expect(score.missed <= 1, "\(score)")
        #expect(score.falsePositives == 0, "\(score)")
    }

    @Test func secondTuningPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld-tuning2"))
        print("secrets real-world corpus, second tuning part: \(score)")
        for line in score.misses { print("  \(line)") }
        #expect(score.missed == 0 && score.falsePositives == 0, "\(score)")
    }

    @Test func realWorld2TuningPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld2-tuning"))
        // Held out until the third corpus was written and scored: first score, before any
        // detector change, recall 165/197, 9 false positives (8 of 70 clean cases flagged);
        // second, after the first real-world held-out part's classes were fixed (its lines
        // read, this part's not), recall 189/197, 7 false positives (6 of 70). Read line by
        // line, its classes fixed: recall 194/197, no false positive (three known misses, see
        // the header).
        print("secrets real-world corpus 2, tuning part: \(score)")
        for line in score.misses { print("  \(line)") }
        #expect(score.missed <= 3, "\(score)")
        #expect(score.falsePositives == 0, "\(score)")
    }

    @Test func realWorld3HeldOutPart() throws {
        let score = CorpusTests.score(try CorpusTests.load("realworld3-holdout"))
        // Totals only: this part is never read line by line against the detectors.
        // First score, before any detector change: recall 167/190, 2 false positives (1 of 80
        // clean cases flagged). Second, after the second corpus's classes were fixed (its lines
        // read, this part's not): recall 171/190, 2 false positives (0 of 80 clean cases
        // flagged).
        print("secrets real-world corpus 3, held-out part: \(score)")
        #expect(score.recall >= 0.89, "\(score)")
        #expect(score.falsePositives <= 2, "\(score)")
    }
}
