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
        Compiled(self).isWithheld(Array(name.utf8))
    }

    /// Splits `NAME=value` entries into what the agent gets and the names withheld.
    public func filter(_ environment: [String]) -> (kept: [String], withheld: [String]) {
        let compiled = Compiled(self)
        var kept: [String] = []
        var names: [String] = []
        for entry in environment {
            let bytes = Array(entry.utf8)
            let name = bytes.firstIndex(of: UInt8(ascii: "=")).map { Array(bytes[..<$0]) } ?? bytes
            if compiled.isWithheld(name) { names.append(String(decoding: name, as: UTF8.self)) } else { kept.append(entry) }
        }
        return (kept, names.sorted())
    }

    /// A pattern names variables: letters, digits, `_` and `*`, not empty.
    public static func isValidPattern(_ pattern: String) -> Bool {
        !pattern.isEmpty && pattern.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2A
        }
    }

    /// The patterns split once, matched on bytes: start-up filters every variable against
    /// every pattern.
    struct Compiled {
        var passed: [NamePattern]
        var withheld: [NamePattern]

        init(_ environment: SecretEnvironment) {
            passed = environment.passed.map(NamePattern.init)
            withheld = environment.withheld.map(NamePattern.init)
        }

        func isWithheld(_ name: [UInt8]) -> Bool {
            if passed.contains(where: { $0.matches(name) }) { return false }
            return withheld.contains { $0.matches(name) }
        }
    }

    /// `*` matches any run of characters, case-sensitively (environment names are).
    struct NamePattern {
        /// The literal runs between stars; one run means no star.
        var parts: [[UInt8]]

        init(_ pattern: String) {
            parts = Array(pattern.utf8).split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false).map(Array.init)
        }

        func matches(_ name: [UInt8]) -> Bool {
            if parts.count == 1 { return parts[0] == name }
            let first = parts[0], last = parts[parts.count - 1]
            guard name.count >= first.count + last.count,
                  name.starts(with: first), name[(name.count - last.count)...].elementsEqual(last) else { return false }
            // The middle runs, in order, between the prefix and the suffix.
            var at = first.count
            let end = name.count - last.count
            for part in parts.dropFirst().dropLast() where !part.isEmpty {
                guard let found = NamePattern.find(part, in: name, from: at, to: end) else { return false }
                at = found + part.count
            }
            return true
        }

        static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, to end: Int) -> Int? {
            guard end - from >= needle.count else { return nil }
            var i = from
            while i + needle.count <= end {
                if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
    }
}
