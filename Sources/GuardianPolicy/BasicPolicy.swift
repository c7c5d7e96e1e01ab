// The core's first profile: credential paths and the first no-list, in code. The full policy
// language replaces it through `PolicyEngine`; the supervisor does not change.

public struct BasicPolicy: PolicyEngine {
    struct FileRule: Sendable {
        var id: String
        var patterns: [String]
        var except: [String]
        var reason: String
    }

    struct ExecRule: Sendable {
        var id: String
        var reason: String
        var matches: @Sendable (ExecRequest, _ home: String) -> Bool
    }

    public let profileName: String
    public let environmentName: String
    public let environmentVariables: Set<String> = ["HOME"]
    public let protectedPaths: [String]
    public let hasDeleteRules = false
    let home: String
    let fileRules: [FileRule]
    let execRules: [ExecRule]

    public static func dev(context: PolicyContext) -> BasicPolicy {
        let h = context.home
        let credentials = FileRule(
            id: "credentials.read",
            patterns: [
                "\(h)/.aws/credentials", "\(h)/.aws/config", "\(h)/.config/gcloud/**", "\(h)/.azure/**",
                "\(h)/.kube/config", "\(h)/.docker/config.json", "\(h)/.netrc", "\(h)/.pgpass",
                "\(h)/.git-credentials", "\(h)/.ssh/id_*", "\(h)/.config/railway/**",
                "\(h)/.config/gh/hosts.yml",
            ],
            except: ["\(h)/.ssh/id_*.pub"],
            reason: "credential files are not for the agent"
        )
        let dotenv = FileRule(
            id: "credentials.dotenv",
            patterns: ["**/.env", "**/.env.*"],
            except: ["**/.env.example", "**/.env.sample"],
            reason: ".env files hold secrets"
        )
        return BasicPolicy(
            profileName: "dev", environmentName: "dev",
            protectedPaths: credentials.patterns.filter { !$0.contains("*") },
            home: h, fileRules: [credentials, dotenv], execRules: Self.noList
        )
    }

    public func evaluate(_ file: FileRequest) -> Evaluation {
        var matches: [RuleMatch] = []
        for rule in fileRules where rule.patterns.contains(where: { Glob.matches($0, file.path) })
            && !rule.except.contains(where: { Glob.matches($0, file.path) })
        {
            matches.append(RuleMatch(id: rule.id, decision: .deny, reason: rule.reason))
        }
        return matches.isEmpty ? .allow : Evaluation(decision: .deny, matches: matches)
    }

    public func evaluateSubtree(_ directory: String, access: FileAccess) -> Evaluation {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for rule in fileRules {
            for pattern in rule.patterns where pattern.hasPrefix(prefix) || Glob.matches(pattern, directory) {
                return Evaluation(decision: .deny, matches: [RuleMatch(id: rule.id, decision: .deny, reason: rule.reason)])
            }
        }
        return .allow
    }

    public func evaluate(_ exec: ExecRequest) -> Evaluation {
        var request = exec
        if let interpreter = exec.interpreter, request.argv.isEmpty == false {
            // The script's own name is what a person reads; rules see it as the program.
            request.interpreter = interpreter
        }
        let matches = execRules.filter { $0.matches(request, home) }
            .map { RuleMatch(id: $0.id, decision: .deny, reason: $0.reason) }
        return matches.isEmpty ? .allow : Evaluation(decision: .deny, matches: matches)
    }
}

extension BasicPolicy {
    static func base(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Arguments after the program, options removed, in order.
    static func words(_ argv: [String]) -> [String] {
        argv.dropFirst().filter { !$0.hasPrefix("-") }
    }

    static func program(_ request: ExecRequest, is name: String) -> Bool {
        base(request.program) == name || base(request.argv.first ?? "") == name
    }

    static let noList: [ExecRule] = [
        ExecRule(id: "railway.volume-delete", reason: "deleting a volume destroys its data and backups") { r, _ in
            program(r, is: "railway") && words(r.argv).starts(with: ["volume", "delete"])
        },
        ExecRule(id: "railway.down", reason: "railway down removes the latest deployment") { r, _ in
            program(r, is: "railway") && words(r.argv).first == "down"
        },
        ExecRule(id: "terraform.destroy", reason: "terraform destroy deletes every resource in the workspace") { r, _ in
            (program(r, is: "terraform") || program(r, is: "tofu")) && words(r.argv).first == "destroy"
        },
        ExecRule(id: "kubectl.delete-namespace", reason: "deleting a namespace deletes everything in it") { r, _ in
            program(r, is: "kubectl") && words(r.argv).starts(with: ["delete"])
                && ["namespace", "namespaces", "ns"].contains(words(r.argv).dropFirst().first ?? "")
        },
        ExecRule(id: "rm.recursive-root-or-home", reason: "recursive removal of / or the home directory") { r, home in
            guard program(r, is: "rm") else { return false }
            let flags = r.argv.dropFirst().filter { $0.hasPrefix("-") && !$0.hasPrefix("--") }.joined()
            let recursive = flags.contains("r") || flags.contains("R") || r.argv.contains("--recursive")
            let targets = Set(["/", "/*", "~", "~/", "$HOME", home, home + "/"])
            return recursive && words(r.argv).contains { targets.contains($0) }
        },
        ExecRule(id: "git.force-push-main", reason: "force-pushing main or master rewrites shared history") { r, _ in
            guard program(r, is: "git"), words(r.argv).first == "push" else { return false }
            let args = r.argv.dropFirst()
            let force = args.contains { $0 == "--force" || $0 == "-f" || $0.hasPrefix("--force-with-lease")
                || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.contains("f")) }
            let words = words(r.argv)
            let plusMain = words.contains { $0.hasPrefix("+") && ($0.hasSuffix("main") || $0.hasSuffix("master")) }
            let main = words.contains { $0 == "main" || $0 == "master" || $0.hasSuffix(":main") || $0.hasSuffix(":master") }
            return (force && main) || plusMain
        },
        ExecRule(id: "curl.graphql-volume-delete", reason: "a GraphQL volumeDelete mutation destroys a volume") { r, _ in
            program(r, is: "curl") && r.argv.contains { $0.contains("volumeDelete") }
        },
    ]
}

/// Shell-style globs over absolute paths: `*` and `?` stay within one segment, `**` spans any.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        matches(Array(pattern.utf8), 0, Array(path.utf8), 0)
    }

    private static func matches(_ p: [UInt8], _ pi: Int, _ s: [UInt8], _ si: Int) -> Bool {
        var pi = pi
        var si = si
        let slash = UInt8(ascii: "/")
        while pi < p.count {
            let c = p[pi]
            if c == UInt8(ascii: "*") {
                if pi + 1 < p.count, p[pi + 1] == UInt8(ascii: "*") {
                    // `**/` also matches zero directories.
                    var next = pi + 2
                    if next < p.count, p[next] == slash { next += 1 }
                    var k = si
                    while k <= s.count {
                        if matches(p, next, s, k) { return true }
                        k += 1
                    }
                    return false
                }
                var k = si
                while true {
                    if matches(p, pi + 1, s, k) { return true }
                    if k >= s.count || s[k] == slash { return false }
                    k += 1
                }
            }
            guard si < s.count else { return false }
            if c == UInt8(ascii: "?") {
                if s[si] == slash { return false }
            } else if c != s[si] {
                return false
            }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
