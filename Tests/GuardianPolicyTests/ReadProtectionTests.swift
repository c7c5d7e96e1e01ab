import Foundation
import Testing
@testable import GuardianPolicy

/// The pin walk asks a directory at a time whether a rule protects a file from reading
/// (`ReadProtection`). Its answers must be those of the plain evaluation: held here against
/// `evaluate` and `FileIndex.matchingRules` on the built-in profiles (hand-picked paths, and
/// paths made from every one of their globs), and against `matchingRules` on random rule sets;
/// the directory filter (`couldMatchEntry`) against the matcher.
struct ReadProtectionTests {
    static let read = FileRule.bit(.read)

    /// The plain question: a rule that matches `path` for reading with a decision above audit.
    static func plain(_ rules: [FileRule], _ index: FileIndex, _ path: String) -> Bool {
        index.matchingRules(path, access: read, rules: rules).contains { rules[$0].match.decision > .audit }
    }

    /// The question as the walk asks it: of the directory the path is an entry of, by the
    /// entry's whole path and by its name (as the walk has it from a listing) — the two must
    /// agree.
    static func perDirectory(_ protection: ReadProtection, _ path: String) -> Bool? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let scope = protection.entries(of: String(path[..<slash]))
        let byPath = scope.protects(path)
        let name = String(path[path.index(after: slash)...])
        if !name.isEmpty && scope.protects(entry: name) != byPath { return nil }
        return byPath
    }

    static let paths = [
        "/home/user/.ssh/id_rsa", "/home/user/.ssh/id_rsa.pub", "/home/user/.ssh/id_ed25519", "/home/user/.ssh/known_hosts",
        "/home/user/.ssh/config", "/home/user/.ssh/.hidden", "/home/user/.aws/credentials", "/home/user/.aws/config",
        "/home/user/.aws/sso/cache/abc.json", "/home/user/.aws/cli/cache/x/y.json", "/home/user/.aws/credentials.bak",
        "/home/user/.config/gcloud/application_default_credentials.json", "/home/user/.config/gcloud/legacy_credentials/me@x.com/adc.json",
        "/home/user/.config/app1/d1/f1.json", "/home/user/.config/app1/d1/prod-service-account.json",
        "/home/user/.config/gh/hosts.yml", "/home/user/.config/op/config",
        "/home/user/project/.env", "/home/user/project/.env.example", "/home/user/project/.env.local",
        "/home/user/project/sub/dir/.env.production", "/home/user/project/.envrc", "/home/user/project/key.pem",
        "/home/user/project/a/b/c/d/e/f/g/server.key", "/home/user/project/node_modules/pkg/key.pem",
        "/home/user/project/.git/config", "/home/user/project/.git/hooks/pre-commit", "/home/user/project/.git/hooks/pre-commit.sample",
        "/home/user/project/my-service-account-prod.json", "/home/user/project/service-account.json",
        "/home/user/project/terraform.tfstate", "/home/user/project/.dev.vars", "/home/user/project/src/main.swift",
        "/home/user/.kube/config", "/home/user/.kube/prod.yaml", "/home/user/.kube/config-staging", "/home/user/.kube/cache/x",
        "/home/user/.docker/config.json", "/home/user/.netrc", "/home/user/.git-credentials", "/home/user/.npmrc",
        "/home/user/.pypirc", "/home/user/.mozilla/profile/f1.sqlite", "/home/user/.gnupg/private-keys-v1.d/ABC.key",
        "/home/user/.password-store/x.gpg", "/home/user/.bashrc", "/home/user/.terraform.d/credentials.tfrc.json",
        "/home/user/.azure/accessTokens.json", "/home/user/.vault-token", "/home/user/.local/share/keyrings/login.keyring",
        "/etc/shadow", "/etc/passwd", "/home/other/.ssh/id_rsa", "/tmp/.env", "/home/user/.ssh/id_rsa/inside",
    ]

    /// Paths made from each of the profile's file globs: wildcards filled in a few ways, `**/`
    /// globs under the project and deep, each also with a suffix and in a sibling directory.
    static func generated(_ policy: CompiledPolicy) -> [String] {
        var out: [String] = []
        for rule in policy.fileRules {
            for glob in rule.globs + rule.except {
                var bases: [String] = []
                for (double, single, question) in [("", "", "q"), ("a/b/", "zz", "Q"), ("x/", "prod-x", "1")] {
                    var p = glob.pattern
                    p = p.replacingOccurrences(of: "**/", with: double)
                    p = p.replacingOccurrences(of: "**", with: double.isEmpty ? "x" : String(double.dropLast()))
                    p = p.replacingOccurrences(of: "*", with: single)
                    p = p.replacingOccurrences(of: "?", with: question)
                    bases.append(p.hasPrefix("/") ? p : "/home/user/project/" + p)
                    if !p.hasPrefix("/") { bases.append("/home/user/.config/deep/a/b/c/" + p) }
                }
                for b in bases where !b.hasSuffix("/") {
                    out.append(b)
                    out.append(b + ".bak")
                    if let slash = b.lastIndex(of: "/") {
                        out.append(b[..<slash] + "-other" + b[slash...])
                        out.append(b[..<slash] + "/sub" + b[slash...])
                    }
                }
            }
        }
        return out
    }

    @Test(arguments: ["dev", "staging", "production"])
    func theBuiltinProfilesAnswerAsTheirEvaluation(_ name: String) throws {
        let policy = Fixture.policy(name)
        let protection = try #require(policy.readProtection())
        var protected = 0, not = 0
        var disagreements: [String] = []
        for path in Self.paths + Self.generated(policy) {
            let expected = policy.evaluate(FileRequest(path: path, access: .read)).decision > .audit
            let answer = Self.perDirectory(protection, path)
            if answer != expected || Self.plain(policy.fileRules, policy.fileIndex, path) != expected || Self.written(policy.fileRules, path) != expected {
                disagreements.append("\(path): \(String(describing: answer)), evaluate says \(expected)")
            }
            if expected { protected += 1 } else { not += 1 }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        // The paths must reach both answers, and many rules.
        #expect(protected > 100 && not > 100, "\(protected) protected, \(not) not")
    }

    @Test func theHandPickedPathsIncludeTheWalksCases() throws {
        let protection = try #require(Fixture.dev.readProtection())
        #expect(Self.perDirectory(protection, "/home/user/.ssh/id_ed25519") == true)
        #expect(Self.perDirectory(protection, "/home/user/.ssh/id_ed25519.pub") == false, "an except of the rule")
        #expect(Self.perDirectory(protection, "/home/user/.aws/credentials") == true)
        #expect(Self.perDirectory(protection, "/home/user/.config/gcloud/legacy_credentials/me@x.com/adc.json") == true)
        #expect(Self.perDirectory(protection, "/home/user/.config/app1/d1/f1.json") == false)
        #expect(Self.perDirectory(protection, "/home/user/project/a/b/c/d/e/f/g/prod-service-account.json") == true)
        #expect(Self.perDirectory(protection, "/home/user/.mozilla/profile/f1.sqlite") == false)
    }

    /// What is not an entry of the directory asked about is not answered: the walk asks the
    /// policy instead.
    @Test(arguments: [
        ("/home/user/.ssh", "/home/user/.aws/credentials"),
        ("/home/user/.ssh", "/home/user/.ssh/keys/id_rsa"),
        ("/home/user/.ssh", "/home/user/.ssh/"),
        ("/home/user/.ssh", "/home/user/.ssh"),
        ("/home/user/.ssh", "/home/user/.sshx/id_rsa"),
        ("/home/user/.ssh", "/home/user"),
    ])
    func aPathOutsideTheDirectoryIsNotAnswered(_ directory: String, _ path: String) throws {
        let protection = try #require(Fixture.dev.readProtection())
        #expect(protection.entries(of: directory).protects(path) == nil)
    }

    @Test(arguments: [
        ("**/.git/config", "/h/p/.git/", true),
        ("**/.git/config", "/h/.ssh/", false),
        ("**/.git/hooks/**", "/h/p/.git/", false),
        ("**/.git/hooks/**", "/h/p/.git/hooks/a/", true),
        ("/h/.config/gcloud/**", "/h/.config/", false),
        ("/h/.config/gcloud/**", "/h/.config/gcloud/", true),
        ("/h/.config/gcloud/**", "/h/.config/gcloud/a/b/", true),
        ("/h/.config/gcloud/**", "/h/.config/gcloudx/", false),
        ("/h/.aws/credentials", "/h/.aws/", true),
        ("/h/.aws/credentials", "/h/", false),
        ("/h/.aws/credentials", "/h/.aws/credentials/", false),
        ("**/.env", "/anything/", true),
        ("/a/**/b", "/a/", true),          // `**/` matches zero directories: /a/b
        ("/a/**/b/c", "/a/", false),
        ("/a/**/b/c", "/a/x/y/b/", true),
        ("/a/*/c", "/a/b/", true),
        ("/a/*/c", "/a/", false),
        ("/a/b*", "/a/bcd/", false),
        ("/a/b**", "/a/bcd/", true),       // `**` not before a `/` spans segments
        ("**/*.pem", "/x/", true),
        ("/a/b", "/a/b/", false),
        ("/a/?/c", "/a/b/", true),
        ("/a/?/c", "/a/bb/", false),
    ])
    func aGlobIsKeptForADirectoryWhereAnEntryCouldMatch(_ pattern: String, _ directory: String, _ expected: Bool) {
        let glob = CompiledGlob(pattern)
        #expect(Array(directory.utf8).withUnsafeBufferPointer { glob.couldMatchEntry(of: $0) } == expected)
    }

    static func generator(_ seed: UInt64) -> (Int) -> Int {
        var state = seed
        return { n in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// No glob is left out of a directory where it matches an entry: random patterns,
    /// directories and names.
    @Test func theDirectoryFilterNeverLeavesOutAMatch() {
        let next = Self.generator(0x1234_5678_9ABC_DEF1)
        let patternTokens = ["a", "b", "ab", "/", ".", "-", "*", "**", "**/", "?", "ba/", "/a/"]
        let directoryTokens = ["a", "b", "/", ".", "ab", "-"]
        let nameTokens = ["a", "b", ".", "-", "ab", "ba"]
        var missed: [String] = []
        var matched = 0, left = 0
        for _ in 0..<40_000 {
            let pattern = (0..<(1 + next(7))).map { _ in patternTokens[next(patternTokens.count)] }.joined()
            let glob = CompiledGlob(pattern)
            var directory = "/" + (0..<next(6)).map { _ in directoryTokens[next(directoryTokens.count)] }.joined()
            if !directory.hasSuffix("/") { directory += "/" }
            let kept = Array(directory.utf8).withUnsafeBufferPointer { glob.couldMatchEntry(of: $0) }
            if !kept { left += 1 }
            for _ in 0..<6 {
                let name = (0..<(1 + next(3))).map { _ in nameTokens[next(nameTokens.count)] }.joined()
                guard glob.matches(directory + name) else { continue }
                matched += 1
                if !kept && missed.count < 5 { missed.append("\(pattern) left out of \(directory), matches \(name)") }
            }
        }
        #expect(missed.isEmpty, "\(missed)")
        // The corpus must both match and leave globs out.
        #expect(matched > 5_000 && left > 10_000, "\(matched) matches, \(left) left out")
    }

    /// The rules as written: a glob of a rule that protects from reading matches, and none of
    /// its excepts does.
    static func written(_ rules: [FileRule], _ path: String) -> Bool {
        rules.contains { rule in
            rule.access & read != 0 && rule.match.decision > .audit
                && rule.globs.contains { $0.matches(path) } && !rule.except.contains { $0.matches(path) }
        }
    }

    /// Random rule sets — `**/` globs, globs with a literal directory, anchored globs with
    /// wildcards in their directories, excepts, every access and decision — asked about random
    /// paths: the answer per directory and the plain one are the rules' as written (globs with a
    /// `**` in their last segment, `/h/**/b**`, among them).
    @Test func randomRuleSetsAnswerAsMatchingRules() {
        let next = Self.generator(0xD1B5_4A32_D192_ED03)
        let starts = ["/h/", "**/", "/h/.a/", "/", "/h/*/", "/h/**/", "**/.a/"]
        let tokens = ["a", "b", ".a", ".", "-", "*", "**", "**/", "?", "b/", "a/", ".b"]
        let directories = ["/h", "/h/.a", "/h/.a/b", "/h/.b/a", "/h/a/.a/a", "/x/.a", "/h/.a/a/b/a", "/h/b"]
        let names = ["a", "b", ".a", ".b", "a.b", "ab", "-a", "b-", ".a.b", "ba"]
        let accesses: [FileAccess] = [.read, .write, .create, .delete, .exec]
        var disagreements: [String] = []
        var protected = 0, not = 0
        for set in 0..<1_500 {
            var rules: [FileRule] = []
            for r in 0..<(1 + next(4)) {
                func glob() -> CompiledGlob {
                    CompiledGlob(starts[next(starts.count)] + (0..<(1 + next(3))).map { _ in tokens[next(tokens.count)] }.joined())
                }
                let decision = Decision.allCases[next(Decision.allCases.count)]
                rules.append(FileRule(
                    globs: (0..<(1 + next(3))).map { _ in glob() }, except: (0..<next(3)).map { _ in glob() },
                    access: FileRule.mask((0..<(1 + next(2))).map { _ in accesses[next(accesses.count)] }),
                    match: RuleMatch(id: "r\(r)", decision: decision, reason: "r"), environment: nil))
            }
            let index = FileIndex(rules)
            let protection = ReadProtection(rules)
            for directory in directories {
                let scope = protection.entries(of: directory)
                for name in names {
                    let path = directory + "/" + name
                    let expected = Self.written(rules, path)
                    let answer = scope.protects(path)
                    if expected { protected += 1 } else { not += 1 }
                    if (answer != expected || scope.protects(entry: name) != expected || Self.plain(rules, index, path) != expected)
                        && disagreements.count < 5 {
                        disagreements.append("set \(set) \(rules.map { ($0.globs.map(\.pattern), $0.except.map(\.pattern)) }) on \(path): \(String(describing: answer)), plain \(expected)")
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(protected > 5_000 && not > 5_000, "\(protected) protected, \(not) not")
    }
}
