import Testing
@testable import GuardianPolicy

/// Programs that run another program inside the same exec are decided as that program: the
/// dynamic loader given a program (`ld.so [OPTIONS] PROGRAM ARGS`) and a multi-call binary's
/// applet (`busybox wget …`).
@Suite struct ProgramWithinTests {
    static let loader = "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
    static let mutation = #"--post-data '{"query":"mutation { volumeDelete(volumeId: \"v\") }"}' https://backboard.railway.app/graphql/v2"#

    static func decision(_ request: ExecRequest) -> Decision { Fixture.dev.evaluate(request).decision }

    static func loaderRun(_ args: [String]) -> ExecRequest {
        ExecRequest(program: loader, argv: ["/lib64/ld-linux-x86-64.so.2"] + args, cwd: Fixture.project, environment: ["HOME": Fixture.home])
    }

    /// (as run, as the program it runs would be run directly)
    static let applets: [(String, String)] = [
        ("busybox wget \(mutation)", "wget \(mutation)"),
        ("toybox wget \(mutation)", "wget \(mutation)"),
        ("/bin/busybox wget \(mutation)", "wget \(mutation)"),
        ("busybox sh -c 'railway volume delete v'", "railway volume delete v"),
        ("busybox env railway volume delete v", "railway volume delete v"),
        ("busybox rm -rf /home/user", "rm -rf /home/user"),
    ]

    @Test(arguments: applets)
    func anAppletIsDecidedAsItself(_ line: String, _ direct: String) {
        let expected = Self.decision(Fixture.exec(direct))
        #expect(expected > .audit, "the direct form \(direct) is not refused: the case proves nothing")
        #expect(Self.decision(Fixture.exec(line)) == expected, "\(line)")
    }

    @Test func theAppletArgvZeroNamesIsAmongTheKeys() {
        // /usr/bin/wget → /bin/busybox: the binary is busybox, argv[0] is the applet.
        let request = ExecRequest(program: "/usr/bin/busybox", argv: ["wget"] + ShellWords.split(Self.mutation), cwd: Fixture.project)
        #expect(Self.decision(request) == Self.decision(Fixture.exec("wget \(Self.mutation)")))
    }

    @Test(arguments: ["busybox ls -la", "busybox --list", "busybox", "toybox echo hi", "busybox wget https://example.com/file.tgz"])
    func harmlessAppletsRun(_ line: String) {
        #expect(Self.decision(Fixture.exec(line)) <= .audit, "\(line)")
    }

    static let loaded: [[String]] = [
        ["/usr/local/bin/railway", "volume", "delete", "v"],
        ["--library-path", "/opt/lib", "/usr/local/bin/railway", "volume", "delete", "v"],
        ["--preload", "/opt/x.so", "--inhibit-cache", "/usr/local/bin/railway", "volume", "delete", "v"],
        ["--argv0", "railway", "/tmp/copy", "volume", "delete", "v"],
        ["--audit", "/opt/a.so", "--argv0", "x", "bin/railway", "volume", "delete", "v"],
        // Options glibc refuses but another loader might read: every reading is decided.
        ["--", "/usr/local/bin/railway", "volume", "delete", "v"],
        ["--argv0=railway", "/tmp/copy", "volume", "delete", "v"],
        ["--future-option", "value", "/usr/local/bin/railway", "volume", "delete", "v"],
    ]

    @Test(arguments: loaded)
    func theLoadersProgramIsDecided(_ args: [String]) {
        #expect(Self.decision(Self.loaderRun(args)) == Self.decision(Fixture.exec("railway volume delete v")), "\(args)")
    }

    @Test func theLoaderOnItsOwnOrOnAHarmlessProgramRuns() {
        #expect(Self.decision(Self.loaderRun(["--list-tunables"])) == .allow)
        #expect(Self.decision(Self.loaderRun(["/usr/bin/ls", "-la"])) == .allow)
        #expect(Self.decision(Self.loaderRun(["--library-path", "/usr/local/bin/railway", "/usr/bin/true"])) == .allow)
    }

    @Test func loaderPrograms() {
        func programs(_ args: [String]) -> [Int] { CompiledPolicy.loaderPrograms(["ld.so"] + args).map(\.index) }
        #expect(programs(["/bin/true", "a"]) == [1])
        #expect(programs(["--library-path", "/x", "/bin/true"]) == [3])
        #expect(programs(["--list", "/bin/true"]) == [2])
        #expect(programs(["--argv0", "name"]) == [])
        #expect(programs(["--", "/bin/true", "a"]) == [3, 2])
        #expect(CompiledPolicy.loaderPrograms(["ld.so", "--argv0", "name", "/bin/true"]).map(\.argv0) == ["name"])
        #expect(CompiledPolicy.isDynamicLoader("ld-linux-x86-64.so.2") && CompiledPolicy.isDynamicLoader("ld-musl-x86_64.so.1"))
        #expect(!CompiledPolicy.isDynamicLoader("ldd") && !CompiledPolicy.isDynamicLoader("ld"))
    }
}
