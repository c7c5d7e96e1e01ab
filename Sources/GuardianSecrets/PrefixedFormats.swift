/// Tokens whose format says what they are: a fixed prefix, then a body of known characters and
/// length. The most precise detectors; the catalogue follows the issuers' documented formats.
struct PrefixedFormat: Sendable {
    enum Body: Sendable {
        case alnum, lowerAlnum, upperBase32, hexLower, base64URL, base64URLDot, slack, bech32Upper, urlPath
        func accepts(_ c: UInt8) -> Bool {
            switch self {
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
        PrefixedFormat("gitlab-token", "glpat-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "glptt-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "gldt-", .base64URL, 20, 64),
        PrefixedFormat("gitlab-token", "glrt-", .base64URL, 20, 64),
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
        PrefixedFormat("fly-token", "fm1r_", .base64URL, 40, 1000),
        PrefixedFormat("fly-token", "fm1a_", .base64URL, 40, 1000),
        PrefixedFormat("fly-token", "fm2_", .base64URL, 40, 1000),
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
        PrefixedFormat("sentry-token", "sntrys_", .base64URLDot, 40, 300),
        PrefixedFormat("sentry-token", "sntryu_", .hexLower, 64),
        PrefixedFormat("age-secret-key", "AGE-SECRET-KEY-1", .bech32Upper, 58),
        // Webhook URLs whose path is the credential: the rest of the path is masked.
        PrefixedFormat("slack-webhook", "hooks.slack.com/services/", .urlPath, 40, 80, boundary: false),
        PrefixedFormat("discord-webhook", "discord.com/api/webhooks/", .urlPath, 60, 100, boundary: false),
        PrefixedFormat("discord-webhook", "discordapp.com/api/webhooks/", .urlPath, 60, 100, boundary: false),
        PrefixedFormat("grafana-token", "glsa_", .base64URL, 32, 48),
        PrefixedFormat("atlassian-token", "ATATT3", .base64URLDot, 180, 200),
        PrefixedFormat("twilio-key", "SK", .hexLower, 32),
        PrefixedFormat("docker-token", "dckr_pat_", .base64URL, 27, 64),
        PrefixedFormat("rubygems-key", "rubygems_", .hexLower, 48),
        PrefixedFormat("netlify-token", "nfp_", .alnum, 36, 40),
        PrefixedFormat("crates-token", "cio", .alnum, 32),
        PrefixedFormat("google-oauth-token", "ya29.", .base64URL, 30, 2048),
        PrefixedFormat("google-refresh-token", "1//0", .base64URL, 40, 512),
    ]

    /// The value starting at `start` (the prefix's first byte), if the format holds there.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int>? {
        guard start >= 0, start + prefix.count <= bytes.count else { return nil }
        for i in 0..<prefix.count where bytes[start + i] != prefix[i] { return nil }
        if boundary, start > 0, Bytes.isAlnum(bytes[start - 1]) { return nil }
        var end = start + prefix.count
        let limit = min(bytes.count, end + maximum)
        while end < limit, body.accepts(bytes[end]) { end += 1 }
        let length = end - start - prefix.count
        guard length >= minimum else { return nil }
        // A body that runs on past the format's length is something else (or another token).
        if end < bytes.count, body.accepts(bytes[end]) { return nil }
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
