import Testing
@testable import GuardianPolicy

/// `NameIndex` narrows which globs are tried on a name; it must never leave out one that
/// matches. Held against trying every glob: the built-in credential names, and random globs
/// (case-folded ones among them) against random names.
struct NameIndexTests {
    static func answer(_ index: NameIndex, _ globs: [CompiledGlob], _ name: String) -> (indexed: Bool, tried: Int) {
        var tried = 0
        let indexed = Array(name.utf8).withUnsafeBufferPointer { n in
            index.contains(n) { i in
                tried += 1
                return globs[i].matches(bytes: n)
            }
        }
        return (indexed, tried)
    }

    @Test func theCredentialNamesAreFoundAndOthersTryFewGlobs() {
        let patterns = [".netrc", "_netrc", ".pgpass", "*.pem", "*.key", "*.p12", ".env", ".env.*", "*-service-account*.json",
                        "service-account*.json", "application_default_credentials.json", ".*_history", "kubeconfig*prod*", "*prod*", "rclone.conf"]
        let globs = patterns.map { CompiledGlob($0) }
        let index = NameIndex(globs)
        for (name, expected) in [(".netrc", true), ("server.pem", true), (".env.local", true), (".env", true), ("my-service-account-1.json", true),
                                 (".bash_history", true), ("kubeconfig-prod", true), ("production", true), ("config.json", false),
                                 ("settings.yaml", false), (".envrc", false), ("a", false), ("k", false), ("pem", false)] {
            let (indexed, _) = Self.answer(index, globs, name)
            #expect(indexed == expected, "\(name)")
            #expect(indexed == globs.contains { $0.matches(name) }, "\(name)")
        }
        // A name no literal end fits is tried against the globs that have none (`*prod*`) alone.
        #expect(Self.answer(index, globs, "config.yaml").tried == 1)
    }

    @Test func noMatchingGlobIsLeftOut() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let tokens = ["a", "B", "b", ".", "-", "*", "?", "ab", "Ab", "x", "*.", ".a"]
        let nameTokens = ["a", "A", "b", "B", ".", "-", "ab", "x", "bA"]
        var missed: [String] = []
        var matched = 0, narrowed = 0
        for _ in 0..<4_000 {
            let globs = (0..<(1 + next(8))).map { _ in
                CompiledGlob((0..<(1 + next(4))).map { _ in tokens[next(tokens.count)] }.joined(), caseInsensitive: next(3) == 0)
            }
            let index = NameIndex(globs)
            for _ in 0..<8 {
                let name = (0..<(1 + next(3))).map { _ in nameTokens[next(nameTokens.count)] }.joined()
                let expected = globs.contains { $0.matches(name) }
                let (indexed, tried) = Self.answer(index, globs, name)
                if expected { matched += 1 }
                if tried < globs.count { narrowed += 1 }
                if indexed != expected && missed.count < 5 { missed.append("\(globs.map(\.pattern)) on \(name): \(indexed)") }
            }
        }
        #expect(missed.isEmpty, "\(missed)")
        #expect(matched > 3_000 && narrowed > 10_000, "\(matched) matched, \(narrowed) narrowed")
    }
}
