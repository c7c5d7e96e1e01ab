import Testing
@testable import GuardianPolicy

/// A glob searches for its longest plain run before running its matcher. The search may only
/// say no where the matcher would: held here against the matcher alone, on cases that catch the
/// `**/` that matches zero directories, and on many random patterns and strings.
struct GlobFilterTests {
    /// The matcher without the search: literal prefix compared, then the matcher.
    static func reference(_ glob: CompiledGlob, _ string: [UInt8]) -> Bool {
        string.withUnsafeBufferPointer { s in
            if glob.isLiteral { return glob.matches(bytes: s) }
            guard s.count >= glob.literalPrefix.count, s.prefix(glob.literalPrefix.count).elementsEqual(glob.literalPrefix) else { return false }
            return glob.matchAfterPrefix(s)
        }
    }

    @Test(arguments: [
        ("**/*-service-account*.json", "-service-account"),
        ("**/.env", ".env"),           // the slash of `**/` is not required: it can match zero directories
        ("/a/**/b", ""),               // "/b" is not required ("/a/b" matches); "b" is one byte
        ("~/.kube/*prod*", "prod"),
        ("**/kubeconfig*prod*", "kubeconfig"),
        ("/x/*.pem", ".pem"),
        ("a?bc*de", "bc"),
        ("/tmp/**", ""),
    ])
    func theRequiredRunIsTheLongestPlainRunOutsideTheWildcards(_ pattern: String, _ run: String) {
        #expect(CompiledGlob(pattern).requiredLiteral == Array(run.utf8))
    }

    @Test func zeroDirectoriesAndTheFilterAgree() {
        let cases: [(String, String, Bool)] = [
            ("**/.env", ".env", true),
            ("**/.env", "/p/.env", true),
            ("/a/**/b", "/a/b", true),
            ("/a/**/bc", "/a/bc", true),
            ("**/*-service-account*.json", "/k/prod-service-account.json", true),
            ("**/*-service-account*.json", "/k/service.json", false),
            ("**/*-service-account*.json", "/k-service-account/x.json", false),
        ]
        for (pattern, string, expected) in cases {
            let glob = CompiledGlob(pattern)
            #expect(glob.matches(string) == expected, "\(pattern) on \(string)")
            #expect(Self.reference(glob, Array(string.utf8)) == expected, "\(pattern) on \(string), matcher alone")
        }
    }

    @Test(arguments: [true, false])
    func randomPatternsAgreeWithTheMatcherAlone(_ pathMode: Bool) {
        var state: UInt64 = pathMode ? 0x9E37_79B9_7F4A_7C15 : 0xD1B5_4A32_D192_ED03
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let patternTokens = ["a", "b", "ab", "/", ".", "-", "*", "**", "**/", "?", "ba/"]
        let stringTokens = ["a", "b", "/", ".", "-", "ab"]
        var disagreements: [String] = []
        var matched = 0
        for _ in 0..<30_000 {
            let pattern = (0..<(1 + next(7))).map { _ in patternTokens[next(patternTokens.count)] }.joined()
            let string = (0..<next(9)).map { _ in stringTokens[next(stringTokens.count)] }.joined()
            let glob = CompiledGlob(pattern, pathMode: pathMode)
            let bytes = Array(string.utf8)
            let fast = bytes.withUnsafeBufferPointer { glob.matches(bytes: $0) }
            let slow = Self.reference(glob, bytes)
            if fast { matched += 1 }
            if fast != slow && disagreements.count < 5 { disagreements.append("\(pattern) on \(string): \(fast) against \(slow)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        // The corpus must exercise matches, not only rejections.
        #expect(matched > 1_000)
    }
}
