import Foundation
import Testing
@testable import GuardianPolicy

/// The repository root, from this file's location.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

@Test func embeddedProfilesMatchTheYAMLFiles() throws {
    var onDisk: [String: String] = [:]
    for directory in ["profiles", "profiles/catalog"] {
        for file in try FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/\(directory)") where file.hasSuffix(".yaml") {
            let name = (directory == "profiles" ? "" : "catalog/") + String(file.dropLast(5))
            onDisk[name] = try String(contentsOfFile: "\(repositoryRoot)/\(directory)/\(file)", encoding: .utf8)
        }
    }
    #expect(Set(onDisk.keys) == Set(BuiltinProfiles.texts.keys), "run sh profiles/embed.sh")
    for (name, text) in onDisk {
        #expect(BuiltinProfiles.texts[name].map { $0 + "\n" } == text, "profiles/\(name).yaml differs from the embedded copy: run sh profiles/embed.sh")
    }
}

struct LintTests {
    static func problems(_ yaml: String) -> String {
        do {
            let document = try ProfileLibrary.parse(yaml, file: "p.yaml")
            var composed = ComposedProfile(name: document.name, description: "", environment: document.environment ?? "dev")
            composed.rules = document.rules
            composed.targets = document.targets
            _ = try CompiledPolicy.checkExamples(composed)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("name: x\nrules: [\n", "p.yaml:3:1: invalid YAML"),
        ("name: x\ncolour: red\n", "p.yaml:2:1: unknown key 'colour'"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    exec: {program: git, subcomand: push}\n", "p.yaml:5:26: unknown key 'subcomand'"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    decision: maybe\n    exec: {program: git}\n", "p.yaml:5:15: unknown decision 'maybe'"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    exec: {program: git, regex: '(unclosed'}\n", "p.yaml:5:33: invalid regex"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    exec: {program: git, regex: 'push\\d+'}\n", "p.yaml:5:33: invalid regex 'push\\d+': at character 5: `\\d` is not POSIX: write [0-9]"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    exec: {program: git, subcommand: push}\n    examples: {match: ['git pull']}\n", "p.yaml:6:24: rule 'a': example 'git pull' should match but does not"),
        ("name: x\nrules:\n  - id: a\n    reason: r\n    file: {paths: ['~/.aws/**']}\n    examples: {not_match: ['~/.aws/config']}\n", "p.yaml:6:28: rule 'a': example '~/.aws/config' should not match but does"),
        ("name: x\nrules:\n  - id: a\n    exec: {program: git}\n", "p.yaml:3:5: rule 'a' needs a `reason`"),
        ("name: x\ndefaults:\n  secret_variables: {withhold: ['MY-TOKEN']}\n", "p.yaml:3:32: `MY-TOKEN` is not a variable name pattern"),
        ("name: x\ndefaults:\n  secret_variables: {hide: [X]}\n", "p.yaml:3:22: unknown key 'hide'"),
        ("name: x\ndefaults:\n  user_namespaces: yes\n", "p.yaml:3:20: `user_namespaces` is `allow` or `deny`"),
    ])
    func reportsPosition(_ yaml: String, _ expected: String) {
        let message = Self.problems(yaml)
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test func validProfileHasNoProblems() {
        #expect(Self.problems("name: x\nrules:\n  - id: a\n    reason: r\n    exec: {program: git, subcommand: push}\n    examples: {match: ['git push'], not_match: ['git pull']}\n") == "")
    }
}

struct LoaderTests {
    /// A configuration directory holding these user profiles (file name → YAML). The caller
    /// removes it.
    static func profileDirectory(_ name: String, _ profiles: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("guardian-\(name)-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir + "/profiles", withIntermediateDirectories: true)
        for (file, yaml) in profiles {
            try yaml.write(toFile: dir + "/profiles/" + file, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func invalidUserProfileIsAnErrorNotAFallback() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("guardian-test-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir + "/profiles", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "name: broken\nrules: [".write(toFile: dir + "/profiles/broken.yaml", atomically: true, encoding: .utf8)
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/project", configDirectory: dir, systemDirectory: "/nonexistent")
        #expect(throws: PolicyError.self) { try PolicyLoader.load(profile: "broken", context: context) }
    }

    /// A user's catalog file that is there but unreadable must not fall through to the built-in
    /// one of the same name (a stricter override silently ignored).
    @Test(arguments: ["directory", "not UTF-8"])
    func unreadableUserCatalogFileIsAnErrorNotTheBuiltin(_ kind: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("guardian-unreadable-\(getpid())-\(kind == "directory" ? "d" : "u")").path
        try FileManager.default.createDirectory(atPath: dir + "/profiles/catalog", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/profiles/catalog/credentials.yaml"
        if kind == "directory" {
            try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
        } else {
            try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: file))
        }
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/project", configDirectory: dir, systemDirectory: "/nonexistent")
        let error = try #require(throws: PolicyError.self) { try PolicyLoader.load(profile: "dev", context: context) }
        #expect("\(error)".contains("cannot read profile file \(file)"))
    }

    @Test func assignmentChoosesTheProfile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("guardian-assign-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = AssignmentStore(configDirectory: dir)
        try store.assign("/home/user/shop", profile: "staging")
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/shop/api", configDirectory: dir, systemDirectory: "/nonexistent")
        let loaded = try PolicyLoader.load(profile: nil, context: context)
        #expect(loaded.engine.profileName == "staging")
        #expect(loaded.why == "assigned to /home/user/shop")
        #expect(loaded.files.contains(store.file))
        let elsewhere = try PolicyLoader.load(profile: nil, context: PolicyContext(home: "/home/user", projectDirectory: "/home/user/other", configDirectory: dir, systemDirectory: "/nonexistent"))
        #expect(elsewhere.engine.profileName == "dev")
        #expect(elsewhere.why == "default")
        #expect(try store.unassign("/home/user/shop"))
    }

    @Test func userProfileExtendsBuiltin() throws {
        let dir = try LoaderTests.profileDirectory("user", ["shop.yaml": """
            name: shop
            extends: [dev]
            rules:
              - id: shop.protect-migrations
                reason: migrations are reviewed by a human
                decision: ask
                file: {paths: ["./db/migrations/**"], access: [write, delete]}
                examples: {match: ["write ./db/migrations/001.sql"], not_match: ["read ./db/migrations/001.sql"]}
            """])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/shop", configDirectory: dir, systemDirectory: "/nonexistent")
        let loaded = try PolicyLoader.load(profile: "shop", context: context)
        #expect(loaded.files == [dir + "/profiles/shop.yaml"])
        #expect(loaded.engine.hasDeleteRules)
        #expect(loaded.engine.evaluate(FileRequest(path: "/home/user/shop/db/migrations/001.sql", access: .delete)).decision == .ask)
        #expect(loaded.engine.evaluate(FileRequest(path: "/home/user/.aws/credentials", access: .read)).decision == .deny)
    }

    @Test func profilesAddSecretVariablePatternsAlongExtends() throws {
        let dir = try LoaderTests.profileDirectory("secrets", [
            "team.yaml": """
                name: team
                extends: [dev]
                defaults:
                  secret_variables: {withhold: ["INTERNAL_*"], pass: [GITHUB_TOKEN]}
                """,
            "shop.yaml": """
                name: shop
                extends: [team]
                defaults:
                  secret_variables: {withhold: [SHOP_SIGNING_SEED]}
                """,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/shop", configDirectory: dir, systemDirectory: "/nonexistent")
        let secrets = try PolicyLoader.load(profile: "shop", context: context).engine.secretVariables
        let (kept, withheld) = secrets.filter([
            "INTERNAL_DEPLOY_KEY=k", "SHOP_SIGNING_SEED=s", "GITHUB_TOKEN=g", "AWS_SECRET_ACCESS_KEY=a", "PATH=/bin",
        ])
        #expect(withheld == ["AWS_SECRET_ACCESS_KEY", "INTERNAL_DEPLOY_KEY", "SHOP_SIGNING_SEED"])
        #expect(kept == ["GITHUB_TOKEN=g", "PATH=/bin"])
        // Built-in profiles keep the built-in list alone.
        let dev = try PolicyLoader.load(profile: "dev", context: context).engine.secretVariables
        #expect(dev.isWithheld("GITHUB_TOKEN") && !dev.isWithheld("INTERNAL_DEPLOY_KEY"))
    }

    @Test func userNamespacesAreInheritedAndOverridden() throws {
        let dir = try LoaderTests.profileDirectory("userns", [
            "sandboxed.yaml": "name: sandboxed\nextends: [production]\ndefaults: {user_namespaces: allow}\n",
            "inherits.yaml": "name: inherits\nextends: [sandboxed]\n",
            "closes.yaml": "name: closes\nextends: [sandboxed]\ndefaults: {user_namespaces: deny}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/app", configDirectory: dir, systemDirectory: "/nonexistent")
        func allows(_ name: String) throws -> Bool { try PolicyLoader.load(profile: name, context: context).engine.allowsUserNamespaces }
        #expect(try allows("sandboxed"))
        #expect(try allows("inherits"))
        #expect(try !allows("closes"))
        for builtin in ["dev", "staging", "production"] { #expect(try !allows(builtin), "\(builtin)") }
    }
}
