import Testing
@testable import GuardianPolicy

/// `/tmp/**` is exempt from the removal rules as scratch space. A HOME that lies under /tmp
/// (CI runners, containers, test worlds) is still HOME: its directories are not scratch.
@Suite struct ScratchExceptionTests {
    static let home = "/tmp/ci-1/home"
    static let project = "/tmp/ci-1/home/project"
    static let dev = try! PolicyLoader.compile("dev", context: PolicyContext(
        home: home, projectDirectory: project, configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")).policy

    static func decision(_ line: String) -> Decision {
        dev.evaluate(CompiledPolicy.request(line, home: home, cwd: project)).decision
    }

    @Test(arguments: [
        ("rm -rf ~/backups", Decision.ask),
        ("rm -rf /tmp/ci-1/home/backups", .ask),
        ("find ~/backups -delete", .ask),
        ("rm -rf ~", .deny),
        // What the exceptions are for still passes.
        ("rm -rf /tmp/build-123", .allow),
        ("rm -rf ~/.cache/pip", .allow),
        ("rm -rf /tmp/ci-1/scratch", .allow),
        ("rm -rf build", .allow),
    ])
    func removals(_ line: String, _ expected: Decision) {
        #expect(Self.decision(line) == expected, "\(line)")
    }
}
