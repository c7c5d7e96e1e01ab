// Secrets that live in environment variables rather than files. At launch Guardian withholds
// the secret-looking ones from the agent, unless passed; the session event lists the withheld
// names, never their values.

public struct SecretEnvironment: Sendable {
    /// Name patterns (`*` matches any run of characters) that look like credentials.
    public var withheld: [String]
    /// Names or patterns passed through even if they look secret.
    public var passed: [String]

    public static let defaultWithheld = [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
        "*_TOKEN", "*_TOKEN_*", "*_SECRET", "*_SECRET_*", "*SECRET_KEY*", "*_PASSWORD", "*_PASSWD",
        "*_API_KEY", "*_APIKEY", "*_ACCESS_KEY", "*_PRIVATE_KEY", "*_CREDENTIALS", "*_AUTH",
        "DATABASE_URL", "*_DATABASE_URL", "REDIS_URL", "MONGODB_URI", "PGPASSWORD", "MYSQL_PWD",
        "GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "RAILWAY_TOKEN", "RAILWAY_API_TOKEN",
        "VERCEL_TOKEN", "NETLIFY_AUTH_TOKEN", "FLY_API_TOKEN", "HEROKU_API_KEY",
        "SUPABASE_ACCESS_TOKEN", "CLOUDFLARE_API_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN",
        "GOOGLE_APPLICATION_CREDENTIALS", "AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET",
        "KUBECONFIG_DATA", "NPM_TOKEN", "DOCKER_PASSWORD", "SENTRY_AUTH_TOKEN",
    ]

    /// The agent's own model credentials: without them the agent cannot work at all, and they
    /// reach no infrastructure.
    public static let defaultPassed = [
        "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN", "OPENAI_API_KEY",
        "AZURE_OPENAI_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY", "MISTRAL_API_KEY",
        "GROQ_API_KEY", "OPENROUTER_API_KEY", "DEEPSEEK_API_KEY", "CURSOR_API_KEY", "XAI_API_KEY",
        "COHERE_API_KEY", "TOGETHER_API_KEY", "FIREWORKS_API_KEY",
    ]

    public init(withheld: [String] = SecretEnvironment.defaultWithheld, passed: [String] = SecretEnvironment.defaultPassed) {
        self.withheld = withheld
        self.passed = passed
    }

    public func isWithheld(_ name: String) -> Bool {
        if passed.contains(where: { SecretEnvironment.matches($0, name) }) { return false }
        return withheld.contains { SecretEnvironment.matches($0, name) }
    }

    /// Splits `NAME=value` entries into what the agent gets and the names withheld.
    public func filter(_ environment: [String]) -> (kept: [String], withheld: [String]) {
        var kept: [String] = []
        var names: [String] = []
        for entry in environment {
            let name = entry.split(separator: "=", maxSplits: 1).first.map(String.init) ?? entry
            if isWithheld(name) { names.append(name) } else { kept.append(entry) }
        }
        return (kept, names.sorted())
    }

    /// `*` matches any run of characters, case-sensitively (environment names are).
    static func matches(_ pattern: String, _ name: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return pattern == name }
        var rest = Substring(name)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 { return part.isEmpty || rest.hasSuffix(part) }
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
