/// Tokens whose format says what they are: a fixed prefix, then a body of known characters and
/// length. The most precise detectors; the catalogue follows the issuers' documented formats.
struct PrefixedFormat: Sendable {
    enum Body: Sendable {
        case alnum, lowerAlnum, upperBase32, hexLower, base64URL, base64URLDot, slack, bech32Upper, urlPath
        /// Either base64 alphabet with padding: `+/=` and `-_` (macaroons, base64-wrapped JSON).
        case base64Any
        /// Letters, digits and dots (`dt0c01.<id>.<secret>`).
        case alnumDot
        /// Letters, digits and `$` (`access_token$production$<id>$<secret>`).
        case alnumDollar
        /// Capitals, digits and dashes (1Password's account key).
        case upperAlnumDash
        /// An Azure AD client secret's body: letters, digits, `_~.-`.
        case azureSecret
        func accepts(_ c: UInt8) -> Bool {
            switch self {
            case .base64Any: return Bytes.isBase64URL(c) || c == 0x2B || c == 0x2F || c == 0x3D
            case .alnumDot: return Bytes.isAlnum(c) || c == 0x2E
            case .alnumDollar: return Bytes.isAlnum(c) || c == 0x24
            case .upperAlnumDash: return Bytes.isUpper(c) || Bytes.isDigit(c) || c == 0x2D
            case .azureSecret: return Bytes.isBase64URL(c) || c == 0x7E || c == 0x2E
            case .alnum: return Bytes.isAlnum(c)
            case .lowerAlnum: return Bytes.isDigit(c) || Bytes.isLower(c)
            case .upperBase32: return Bytes.isUpper(c) || (c >= 0x32 && c <= 0x37)
            case .hexLower: return Bytes.isDigit(c) || (c >= 0x61 && c <= 0x66)
            case .base64URL: return Bytes.isBase64URL(c)
            case .base64URLDot: return Bytes.isBase64URL(c) || c == 0x2E
            case .slack: return Bytes.isAlnum(c) || c == 0x2D
            case .bech32Upper: return Bytes.isDigit(c) || Bytes.isUpper(c)
            case .urlPath: return Bytes.isBase64URL(c) || c == 0x2F
            }
        }
    }

    var id: String
    var prefix: [UInt8]
    var body: Body
    var minimum: Int
    var maximum: Int
    /// The byte before the prefix must not be a letter or digit (`AKIA` inside a word is not a key).
    var boundary: Bool = true

    init(_ id: String, _ prefix: String, _ body: Body, _ minimum: Int, _ maximum: Int? = nil, boundary: Bool = true) {
        self.id = id
        self.prefix = Array(prefix.utf8)
        self.body = body
        self.minimum = minimum
        self.maximum = maximum ?? minimum
        self.boundary = boundary
    }

    static let catalogue: [PrefixedFormat] = [
        PrefixedFormat("github-token", "ghp_", .alnum, 36),
        PrefixedFormat("github-token", "gho_", .alnum, 36),
        PrefixedFormat("github-token", "ghu_", .alnum, 36),
        PrefixedFormat("github-token", "ghs_", .alnum, 36),
        PrefixedFormat("github-token", "ghr_", .alnum, 36),
        PrefixedFormat("github-fine-grained-token", "github_pat_", .base64URL, 82),
        // Routable GitLab tokens carry `.<version><crc>` after the body.
        PrefixedFormat("gitlab-token", "glpat-", .base64URLDot, 20, 300),
        PrefixedFormat("gitlab-token", "glptt-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "gldt-", .base64URLDot, 20, 300),
        PrefixedFormat("gitlab-token", "glrt-", .base64URLDot, 20, 300),
        PrefixedFormat("gitlab-token", "glcbt-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "glft-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "glimt-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "glsoat-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "gloas-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "GR1348941", .base64URL, 20, 64),
        PrefixedFormat("slack-token", "xoxb-", .slack, 20, 255),
        PrefixedFormat("slack-token", "xoxp-", .slack, 20, 255),
        PrefixedFormat("slack-token", "xoxa-", .slack, 20, 255),
        PrefixedFormat("slack-token", "xoxr-", .slack, 20, 255),
        PrefixedFormat("slack-token", "xoxe-", .slack, 20, 255),
        PrefixedFormat("slack-token", "xapp-", .slack, 20, 255),
        PrefixedFormat("aws-access-key-id", "AKIA", .upperBase32, 16),
        PrefixedFormat("aws-access-key-id", "ASIA", .upperBase32, 16),
        PrefixedFormat("aws-access-key-id", "ABIA", .upperBase32, 16),
        PrefixedFormat("aws-access-key-id", "ACCA", .upperBase32, 16),
        PrefixedFormat("anthropic-key", "sk-ant-api03-", .base64URL, 80, 120),
        PrefixedFormat("anthropic-key", "sk-ant-admin01-", .base64URL, 80, 120),
        PrefixedFormat("anthropic-key", "sk-ant-oat01-", .base64URL, 80, 120),
        PrefixedFormat("openai-key", "sk-proj-", .base64URL, 40, 200),
        PrefixedFormat("openai-key", "sk-svcacct-", .base64URL, 40, 200),
        PrefixedFormat("openai-key", "sk-admin-", .base64URL, 40, 200),
        PrefixedFormat("stripe-key", "sk_live_", .alnum, 20, 255),
        PrefixedFormat("stripe-key", "sk_test_", .alnum, 20, 255),
        PrefixedFormat("stripe-key", "rk_live_", .alnum, 20, 255),
        PrefixedFormat("stripe-key", "rk_test_", .alnum, 20, 255),
        PrefixedFormat("stripe-webhook-secret", "whsec_", .alnum, 24, 64),
        PrefixedFormat("npm-token", "npm_", .alnum, 36),
        PrefixedFormat("pypi-token", "pypi-AgEIcHlwaS5vcmc", .base64URL, 50, 300),
        PrefixedFormat("huggingface-token", "hf_", .alnum, 34, 40),
        PrefixedFormat("planetscale-token", "pscale_tkn_", .base64URLDot, 32, 64),
        PrefixedFormat("planetscale-password", "pscale_pw_", .base64URLDot, 32, 64),
        PrefixedFormat("planetscale-oauth", "pscale_oauth_", .base64URLDot, 32, 64),
        PrefixedFormat("heroku-key", "HRKU-AA", .base64URL, 58, 64),
        PrefixedFormat("digitalocean-token", "dop_v1_", .hexLower, 64),
        PrefixedFormat("digitalocean-token", "doo_v1_", .hexLower, 64),
        PrefixedFormat("digitalocean-token", "dor_v1_", .hexLower, 64),
        PrefixedFormat("fly-token", "fo1_", .base64URL, 40, 50),
        PrefixedFormat("fly-token", "fm1r_", .base64Any, 40, 1000),
        PrefixedFormat("fly-token", "fm1a_", .base64Any, 40, 1000),
        PrefixedFormat("fly-token", "fm2_", .base64Any, 40, 1000),
        PrefixedFormat("supabase-token", "sbp_", .hexLower, 40),
        PrefixedFormat("neon-key", "napi_", .lowerAlnum, 64),
        PrefixedFormat("vercel-token", "vcp_", .alnum, 24, 64),
        PrefixedFormat("google-api-key", "AIza", .base64URL, 35),
        PrefixedFormat("google-oauth-secret", "GOCSPX-", .base64URL, 28),
        PrefixedFormat("shopify-token", "shpat_", .hexLower, 32),
        PrefixedFormat("sendgrid-key", "SG.", .base64URLDot, 66, 69),
        PrefixedFormat("linear-key", "lin_api_", .alnum, 40),
        PrefixedFormat("doppler-token", "dp.st.", .base64URLDot, 40, 80),
        PrefixedFormat("databricks-token", "dapi", .hexLower, 32),
        PrefixedFormat("sentry-token", "sntrys_", .base64Any, 40, 300),
        PrefixedFormat("sentry-token", "sntryu_", .hexLower, 64),
        PrefixedFormat("age-secret-key", "AGE-SECRET-KEY-1", .bech32Upper, 58),
        // Webhook URLs whose path is the credential: the rest of the path is masked.
        PrefixedFormat("slack-webhook", "hooks.slack.com/services/", .urlPath, 40, 80, boundary: false),
        PrefixedFormat("discord-webhook", "discord.com/api/webhooks/", .urlPath, 60, 100, boundary: false),
        PrefixedFormat("discord-webhook", "discordapp.com/api/webhooks/", .urlPath, 60, 100, boundary: false),
        PrefixedFormat("grafana-token", "glsa_", .base64URL, 32, 48),
        PrefixedFormat("atlassian-token", "ATATT3", .base64Any, 180, 200),
        PrefixedFormat("twilio-key", "SK", .hexLower, 32),
        PrefixedFormat("docker-token", "dckr_pat_", .base64URL, 27, 64),
        PrefixedFormat("rubygems-key", "rubygems_", .hexLower, 48),
        PrefixedFormat("netlify-token", "nfp_", .alnum, 36, 40),
        PrefixedFormat("crates-token", "cio", .alnum, 32),
        PrefixedFormat("google-oauth-token", "ya29.", .base64URL, 30, 2048),
        PrefixedFormat("google-refresh-token", "1//0", .base64URL, 40, 512),
        // AI providers.
        PrefixedFormat("groq-key", "gsk_", .alnum, 52),
        PrefixedFormat("replicate-token", "r8_", .alnum, 37),
        PrefixedFormat("perplexity-key", "pplx-", .alnum, 48),
        PrefixedFormat("xai-key", "xai-", .alnum, 80),
        PrefixedFormat("huggingface-token", "api_org_", .alnum, 34),
        PrefixedFormat("langsmith-key", "lsv2_pt_", .base64URL, 43),
        PrefixedFormat("langsmith-key", "lsv2_sk_", .base64URL, 43),
        // Observability.
        PrefixedFormat("grafana-token", "glc_", .base64Any, 32, 400),
        PrefixedFormat("newrelic-key", "NRAK-", .bech32Upper, 27),
        PrefixedFormat("newrelic-key", "NRII-", .base64URL, 32),
        PrefixedFormat("dynatrace-token", "dt0c01.", .alnumDot, 89),
        PrefixedFormat("dynatrace-token", "dt0s01.", .alnumDot, 89),
        PrefixedFormat("dynatrace-token", "dt0s16.", .alnumDot, 89),
        PrefixedFormat("honeycomb-key", "hcaik_", .lowerAlnum, 58),
        PrefixedFormat("honeycomb-key", "hcxik_", .lowerAlnum, 58),
        // Developer platforms and registries.
        PrefixedFormat("bitbucket-token", "ATBB", .alnum, 32),
        PrefixedFormat("atlassian-token", "ATCTT3", .base64Any, 180, 200),
        PrefixedFormat("notion-token", "ntn_", .alnum, 46),
        PrefixedFormat("figma-token", "figd_", .base64URL, 40, 44),
        PrefixedFormat("postman-key", "PMAK-", .base64URL, 59),
        PrefixedFormat("doppler-token", "dp.pt.", .alnum, 40, 44),
        PrefixedFormat("doppler-token", "dp.sa.", .alnum, 40, 44),
        PrefixedFormat("doppler-token", "dp.ct.", .alnum, 40, 44),
        PrefixedFormat("doppler-token", "dp.scim.", .alnum, 40, 44),
        PrefixedFormat("doppler-token", "dp.audit.", .alnum, 40, 44),
        PrefixedFormat("1password-token", "ops_eyJ", .base64Any, 250, 4000),
        PrefixedFormat("1password-secret-key", "A3-", .upperAlnumDash, 36, 37),
        PrefixedFormat("tailscale-key", "tskey-", .slack, 40, 100),
        PrefixedFormat("pulumi-token", "pul-", .hexLower, 40),
        PrefixedFormat("vault-token", "hvs.", .base64URL, 90, 120),
        PrefixedFormat("vault-token", "hvb.", .base64URL, 138, 300),
        PrefixedFormat("prefect-key", "pnu_", .alnum, 36),
        PrefixedFormat("sonar-token", "squ_", .hexLower, 40),
        PrefixedFormat("sonar-token", "sqp_", .hexLower, 40),
        PrefixedFormat("sonar-token", "sqa_", .hexLower, 40),
        PrefixedFormat("octopus-key", "API-", .bech32Upper, 26),
        PrefixedFormat("artifactory-key", "AKCp", .alnum, 69),
        PrefixedFormat("artifactory-token", "cmVmdGtu", .alnum, 40, 80),
        PrefixedFormat("clojars-token", "CLOJARS_", .alnum, 60),
        PrefixedFormat("nuget-key", "oy2", .lowerAlnum, 43),
        PrefixedFormat("docker-token", "dckr_oat_", .base64URL, 27, 64),
        PrefixedFormat("openshift-token", "sha256~", .base64URL, 43),
        PrefixedFormat("readme-key", "rdme_", .lowerAlnum, 70),
        PrefixedFormat("infracost-key", "ico-", .alnum, 32),
        PrefixedFormat("scalingo-token", "tk-us-", .base64URL, 48),
        PrefixedFormat("frameio-token", "fio-u-", .base64URL, 64),
        PrefixedFormat("intra42-secret", "s-s4t2ud-", .hexLower, 64),
        PrefixedFormat("intra42-secret", "s-s4t2af-", .hexLower, 64),
        // Payments and commerce.
        PrefixedFormat("square-token", "EAAA", .base64URL, 22, 60),
        PrefixedFormat("square-token", "sq0atp-", .base64URL, 22, 60),
        PrefixedFormat("square-secret", "sq0csp-", .base64URL, 43),
        PrefixedFormat("braintree-token", "access_token$production$", .alnumDollar, 40, 80),
        PrefixedFormat("braintree-token", "access_token$sandbox$", .alnumDollar, 40, 80),
        PrefixedFormat("razorpay-key", "rzp_live_", .alnum, 14),
        PrefixedFormat("razorpay-key", "rzp_test_", .alnum, 14),
        PrefixedFormat("flutterwave-secret", "FLWSECK-", .base64URL, 34),
        PrefixedFormat("flutterwave-secret", "FLWSECK_TEST-", .base64URL, 34),
        PrefixedFormat("shopify-token", "shpss_", .hexLower, 32),
        PrefixedFormat("shopify-token", "shpca_", .hexLower, 32),
        PrefixedFormat("shopify-token", "shppa_", .hexLower, 32),
        PrefixedFormat("shippo-token", "shippo_live_", .hexLower, 40),
        PrefixedFormat("shippo-token", "shippo_test_", .hexLower, 40),
        PrefixedFormat("easypost-key", "EZAK", .alnum, 54),
        PrefixedFormat("easypost-key", "EZTK", .alnum, 54),
        PrefixedFormat("duffel-token", "duffel_live_", .base64URL, 43),
        PrefixedFormat("duffel-token", "duffel_test_", .base64URL, 43),
        // Messaging.
        PrefixedFormat("mailgun-key", "key-", .hexLower, 32),
        PrefixedFormat("resend-key", "re_", .base64URL, 33, 40),
        PrefixedFormat("brevo-key", "xkeysib-", .base64URL, 81),
        // Clouds.
        PrefixedFormat("alibaba-access-key-id", "LTAI", .alnum, 20),
        PrefixedFormat("tencent-secret-id", "AKID", .alnum, 32, 36),
        PrefixedFormat("scaleway-access-key", "SCW", .bech32Upper, 17),
        PrefixedFormat("aws-bedrock-key", "ABSK", .base64Any, 109, 272),
        PrefixedFormat("mapbox-secret-token", "sk.eyJ", .base64URLDot, 60, 300),
        // Databases.
        PrefixedFormat("supabase-secret-key", "sb_secret_", .base64URL, 28, 64),
    ]

    /// How many of a prefix's first bytes the scanner's keyword automaton looks for.
    static let keywordLength = 7

    /// The value starting at `start` (the prefix's first byte), if the format holds there.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int>? {
        guard start >= 0, start + prefix.count <= bytes.count else { return nil }
        for i in 0..<prefix.count where bytes[start + i] != prefix[i] { return nil }
        if boundary, start > 0, Bytes.isAlnum(bytes[start - 1]) { return nil }
        var end = start + prefix.count
        let limit = min(bytes.count, end + maximum)
        while end < limit, body.accepts(bytes[end]) { end += 1 }
        // A body that runs on past the format's length is something else (or another token).
        if end < bytes.count, end - start - prefix.count == maximum, body.accepts(bytes[end]) { return nil }
        // A sentence's full stop after a token is not part of it.
        while end > start + prefix.count, bytes[end - 1] == 0x2E, body.accepts(0x2E) { end -= 1 }
        let length = end - start - prefix.count
        guard length >= minimum else { return nil }
        // The shortest, most common prefixes need some variety to be a token and not a word.
        if prefix.count <= 3 && !hasLetterAndDigit(bytes, start + prefix.count, end) { return nil }
        // A mask in documentation and test fixtures: `ghp_xxxx…`. (Not the placeholder words: a
        // format's own documented examples, AWS's `…EXAMPLE` keys, are still that format.)
        if Placeholders.isRepeated(ArraySlice(UnsafeBufferPointer(rebasing: bytes[(start + prefix.count)..<end]))) { return nil }
        return start..<end
    }

    private func hasLetterAndDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var letter = false, digit = false
        for i in from..<to {
            if Bytes.isDigit(bytes[i]) { digit = true } else if Bytes.isAlpha(bytes[i]) { letter = true }
        }
        return letter && digit
    }
}
