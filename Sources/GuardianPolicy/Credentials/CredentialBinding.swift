// What a credential found by content may be used for. A secret Guardian masked reaches the
// agent as a sentinel; when the agent sends that sentinel in a request, the proxy puts the
// real value back only where a binding (or, without one, the issuer's own hosts) allows it.

/// A `credentials:` entry as written.
package struct CredentialBindingSpec: Sendable {
    /// Where the secret was found: path globs (`./scripts/domains.sh`, `~/.config/gh/**`) or an
    /// environment variable (`$GITHUB_TOKEN`).
    package var sources: [String] = []
    /// Host globs the real value may be sent to.
    package var hosts: [String] = []
    /// What a request carrying it must look like (the `request:` vocabulary of rules); nil:
    /// any request to `hosts`.
    package var request: RequestSpec?
    /// Environments the request may act on; empty: any the session may reach.
    package var environments: [String] = []
    /// The decision for any other use at `hosts`.
    package var otherwise: Decision = .ask
    package var location: SourceLocation
}

struct CredentialBinding: Sendable {
    let sources: [CompiledGlob]
    let sourceText: String
    let hosts: [CompiledGlob]
    let request: RequestMatcher?
    let requestText: String?
    let environments: Set<String>
    let otherwise: Decision

    init(_ spec: CredentialBindingSpec, expansion: Expansion) {
        sources = spec.sources.map { s in
            s.hasPrefix("$") ? CompiledGlob(s, pathMode: false) : CompiledGlob(expansion.pattern(s))
        }
        sourceText = spec.sources.joined(separator: ", ")
        hosts = spec.hosts.map { CompiledGlob($0.lowercased(), pathMode: false, caseInsensitive: true) }
        request = spec.request.map(RequestMatcher.init)
        requestText = spec.request.map(Self.describe)
        environments = Set(spec.environments)
        otherwise = spec.otherwise
    }

    func covers(source: String) -> Bool { sources.contains { $0.matches(source) } }
    func covers(host: String) -> Bool { hosts.contains { $0.matches(host) } }

    static func describe(_ spec: RequestSpec) -> String {
        var parts: [String] = []
        if !spec.methods.isEmpty { parts.append(spec.methods.joined(separator: "/")) }
        if !spec.paths.isEmpty { parts.append(spec.paths.joined(separator: ", ")) }
        if let g = spec.graphql {
            let types = g.types.isEmpty ? "operations" : g.types.map { $0.rawValue + "s" }.joined(separator: "/")
            let names = g.fields + g.verbs.map { "…\($0)…" }
            parts.append(names.isEmpty ? "GraphQL \(types)" : "GraphQL \(types) \(names.joined(separator: ", "))")
        }
        if let a = spec.aws { parts.append("AWS \((a.services + a.actions).joined(separator: " "))") }
        return parts.isEmpty ? "requests" : parts.joined(separator: " ")
    }
}

/// What the proxy does with one sentinel found in a request.
public enum CredentialUse: Sendable, Hashable {
    /// Put the real value in its place; `grant` says what allowed it, for the event.
    case substitute(grant: String)
    /// Leave the sentinel as it is: the real value is not for this host (no laundering).
    case keep
    /// The request uses the credential for something its binding does not allow.
    case refuse(RuleMatch)
}

/// The issuers' own API hosts, by detector: where a token of that format is meant to go when
/// no binding says otherwise.
enum CredentialIssuers {
    static let hosts: [String: [String]] = [
        "github-token": ["github.com", "api.github.com", "uploads.github.com", "*.githubusercontent.com"],
        "github-fine-grained-token": ["github.com", "api.github.com", "uploads.github.com", "*.githubusercontent.com"],
        "gitlab-token": ["gitlab.com", "*.gitlab.com"],
        "slack-token": ["slack.com", "*.slack.com"],
        "anthropic-key": ["api.anthropic.com"],
        "openai-key": ["api.openai.com"],
        "stripe-key": ["api.stripe.com"],
        "npm-token": ["registry.npmjs.org"],
        "pypi-token": ["upload.pypi.org", "test.pypi.org"],
        "huggingface-token": ["huggingface.co", "*.huggingface.co"],
        "railway-token": ["backboard.railway.com", "backboard.railway.app"],
        // Signature Version 4: the key id is replaced and the request signed again.
        "aws-access-key-id": ["*.amazonaws.com", "*.amazonaws.com.cn"],
        "vercel-token": ["api.vercel.com"],
        "fly-token": ["api.fly.io", "api.machines.dev"],
        "digitalocean-token": ["api.digitalocean.com"],
        "heroku-key": ["api.heroku.com"],
        "sentry-token": ["sentry.io", "*.sentry.io"],
        "linear-key": ["api.linear.app"],
        "sendgrid-key": ["api.sendgrid.com"],
        "supabase-token": ["api.supabase.com"],
        "neon-key": ["console.neon.tech"],
        "doppler-token": ["api.doppler.com"],
        "cloudflare-token": ["api.cloudflare.com"],
        "netlify-token": ["api.netlify.com"],
        "render-token": ["api.render.com"],
        "datadog-token": ["api.datadoghq.com", "api.datadoghq.eu", "*.datadoghq.com"],
    ]

    static let compiled: [String: [CompiledGlob]] = hosts.mapValues { $0.map { CompiledGlob($0, pathMode: false, caseInsensitive: true) } }

    /// Providers whose name in a variable or a file's path says whose a prefix-less token is
    /// (`$RAILWAY_TOKEN`, `~/.railway/config.json`), as the scanner does with the name a value
    /// is assigned to.
    static let providerWords: [(word: String, detector: String)] = [
        ("railway", "railway-token"), ("cloudflare", "cloudflare-token"), ("vercel", "vercel-token"), ("netlify", "netlify-token"),
        ("render", "render-token"), ("supabase", "supabase-token"), ("heroku", "heroku-key"), ("flyctl", "fly-token"),
        ("fly_", "fly-token"), ("/.fly/", "fly-token"), ("digitalocean", "digitalocean-token"), ("doctl", "digitalocean-token"),
        ("github", "github-token"), ("/gh/", "github-token"), ("gitlab", "gitlab-token"), ("huggingface", "huggingface-token"),
        ("sentry", "sentry-token"), ("linear", "linear-key"), ("datadog", "datadog-token"), ("neon", "neon-key"),
    ]

    /// The detector whose issuer a secret belongs to: its own when the format says, else the
    /// provider its source names.
    static func issuer(detector: String, source: String) -> String? {
        if hosts[detector] != nil { return detector }
        let lowered = source.lowercased()
        // The variable's name, or the path's last components (not the user's home or project).
        let named = lowered.hasPrefix("$") ? lowered : lowered.split(separator: "/").suffix(3).map { "/" + $0 }.joined() + "/"
        return providerWords.first { named.contains($0.word) }?.detector
    }

    static func covers(detector: String, source: String, host: String) -> Bool {
        guard let issuer = issuer(detector: detector, source: source) else { return false }
        return compiled[issuer]?.contains { $0.matches(host) } ?? false
    }
}
