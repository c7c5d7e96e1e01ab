import Testing
@testable import GuardianPolicy

/// The index answers exactly what trying every rule's globs on the whole path answers: its
/// buckets (by the last segment's literal, prefix or suffix) only narrow which globs are tried.
struct FileIndexTests {
    static let globs: [String] = [
        "/h/.aws/credentials", "**/.env", "**/.env.*", "/h/.ssh/id_*", "**/*.pem", "/h/.config/gcloud/**",
        // A `**` inside the last segment matches across `/`: the last segment cannot bucket it.
        "/h/**/b**", "/h/secrets/key**", "/h/**/*cred**", "**/x?y", "/h/a*/z",
    ]

    static let paths: [String] = [
        "/h/.aws/credentials", "/h/p/.env", "/h/p/.env.local", "/h/.ssh/id_ed25519", "/h/.ssh/known_hosts",
        "/h/p/tls/server.pem", "/h/.config/gcloud/creds.db", "/h/bx/y", "/h/b", "/h/q/bee/tree/leaf",
        "/h/secrets/key", "/h/secrets/keys/prod/db", "/h/p/my-credentials/notes.txt", "/h/p/xay", "/h/p/x/y",
        "/h/ab/z", "/h/a/b/z", "/h/other",
    ]

    static func rules() -> [FileRule] {
        globs.enumerated().map { i, glob in
            FileRule(globs: [CompiledGlob(glob)], except: [], access: FileRule.mask([.read]),
                     match: RuleMatch(id: "r\(i)", decision: .deny, reason: glob), environment: nil)
        }
    }

    @Test(arguments: paths) func indexAgreesWithEveryGlobTried(_ path: String) {
        let rules = Self.rules()
        let index = FileIndex(rules)
        var bytes = Array(path.utf8)
        let expected = bytes.withUnsafeMutableBufferPointer { p in
            rules.indices.filter { rules[$0].matches(UnsafeBufferPointer(p)) }
        }
        #expect(index.matchingRules(path, access: FileRule.bit(.read), rules: rules) == expected, "\(path)")
    }

    @Test func aDoubleStarInTheLastSegmentReachesDeeperFiles() {
        let rules = Self.rules()
        let index = FileIndex(rules)
        let ids = index.matchingRules("/h/bx/y", access: FileRule.bit(.read), rules: rules).map { rules[$0].match.reason }
        #expect(ids.contains("/h/**/b**"))
        #expect(index.matchingRules("/h/secrets/keys/prod/db", access: FileRule.bit(.read), rules: rules).map { rules[$0].match.reason }
                    .contains("/h/secrets/key**"))
    }
}
