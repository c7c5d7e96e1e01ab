import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GuardianSupervisor

/// What the tracer accepts at PTRACE_EVENT_EXEC as the arguments that were decided, and which
/// variables it reads from the image's environment — on bytes, as /proc shows them.
@Suite struct ExecExpectationTests {
    static func expectation(_ argv: [String], interpreter: String? = nil, scriptName: String = "") -> ExecExpectation {
        var st = stat()
        st.st_dev = 1
        st.st_ino = 2
        return ExecExpectation(
            identity: FileIdentity(st),
            request: ExecRequest(program: "/usr/bin/x", argv: argv, cwd: "/w", interpreter: interpreter),
            decision: .allow, scriptName: scriptName)
    }

    static func cmdline(_ args: [String]) -> [UInt8] {
        args.flatMap { Array($0.utf8) + [0] }
    }

    @Test(arguments: [
        (["git", "status"], ["git", "status"], true),
        (["git", "status"], ["git", "push"], false),
        (["git", "status"], ["git"], false),
        (["git"], ["git", ""], false),
        (["a", "é"], ["a", "é"], true),
        // As before: an exec with no arguments does not match the empty cmdline.
        ([], [], false),
    ])
    func program(decided: [String], after: [String], same: Bool) {
        #expect(Self.expectation(decided).sameArguments(Self.cmdline(after)) == same)
    }

    @Test func programCanonicallyEqual() {
        // Decomposed bytes after the exec, precomposed in the decision: equal as Strings, as the
        // decision compared them.
        #expect(Self.expectation(["a", "\u{E9}"]).sameArguments(Array("a\0e\u{301}\0".utf8)))
    }

    @Test(arguments: [
        (["./s", "x"], ["/bin/sh", "./s", "x"], true),
        (["./s", "x"], ["/bin/sh", "-e", "./s", "x"], true),
        (["./s", "x"], ["/bin/sh", "./t", "x"], false),
        (["./s", "x"], ["/bin/sh", "./s", "y"], false),
        (["./s", "x"], ["./s", "x"], false),
        (["./s"], ["/bin/sh", "./s"], true),
        ([], ["/bin/sh", "./s"], true),
        ([], ["./s"], false),
    ])
    func script(decided: [String], after: [String], same: Bool) {
        let e = Self.expectation(decided, interpreter: "/bin/sh", scriptName: "./s")
        #expect(e.sameArguments(Self.cmdline(after)) == same)
    }

    @Test func arguments() {
        #expect(ExecExpectation.arguments(Array("a\0b\0".utf8)) == ["a", "b"])
        #expect(ExecExpectation.arguments(Array("a\0b".utf8)) == ["a", "b"])
        #expect(ExecExpectation.arguments([]) == [""])
    }

    @Test func environmentSelection() {
        let names = EnvironmentNames(["RAILWAY_ENVIRONMENT", "AWS_PROFILE"])
        let block = Array("PATH=/bin\0AWS_PROFILE=dev\0RAILWAY_ENVIRONMENT=staging\0\0NOEQ\0AWS_PROFILE=prod\0=x\0".utf8)
        // The first copy is each name's value; a second copy that differs makes the name
        // conflicting (glibc's getenv reads the first, bash the last).
        #expect(names.select(from: block) == NamedEnvironment(values: ["AWS_PROFILE": "dev", "RAILWAY_ENVIRONMENT": "staging"], conflicting: ["AWS_PROFILE"]))
        #expect(names.select(from: []) == NamedEnvironment())
        #expect(EnvironmentNames([]).select(from: block) == NamedEnvironment())
        // Equal copies are one value; only bytes that differ conflict.
        let same = Array("AWS_PROFILE=dev\0RAILWAY_ENVIRONMENT=dev\0AWS_PROFILE=dev\0".utf8)
        #expect(names.select(from: same) == NamedEnvironment(values: ["AWS_PROFILE": "dev", "RAILWAY_ENVIRONMENT": "dev"]))
        let spelled = Array("RAILWAY_ENVIRONMENT=caf\u{E9}\0RAILWAY_ENVIRONMENT=cafe\u{301}\0".utf8)
        #expect(names.select(from: spelled).conflicting == ["RAILWAY_ENVIRONMENT"])
        #expect(names.longest == "RAILWAY_ENVIRONMENT".utf8.count)
    }

    @Test func environmentNamesAsStrings() {
        // String equality is canonical equivalence: the Kelvin sign reads as K, as it did when
        // every name was decoded.
        let names = EnvironmentNames(["KEY"])
        #expect(names.match(Array("\u{212A}EY".utf8)) == "\u{212A}EY")
        #expect(names.match(Array("KEY".utf8)) == "KEY")
        #expect(names.match(Array("KEX".utf8)) == nil)
        let wide = EnvironmentNames(["CL\u{C9}"])
        #expect(wide.match(Array("CLE\u{301}".utf8)) != nil)
    }

    @Test(arguments: ["/usr/bin/true", "true", "/usr/bin/", "a//b//", "/", "", "//", "/x/\u{301}y", "rel/a b"])
    func basename(path: String) {
        #expect(BasicName.of(path) == (path.split(separator: "/").last.map(String.init) ?? path))
    }
}

/// The `#!` line as the kernel reads it (fs/binfmt_script.c: blanks before the interpreter, the
/// interpreter ends at a blank or the line's end).
@Suite struct ShebangTests {
    @Test(arguments: [
        ("#!/bin/sh\necho", "/bin/sh"),
        ("#! /usr/bin/env -S railway volume\n", "/usr/bin/env"),
        ("#!\t/bin/bash -e", "/bin/bash"),
        ("#!\n", nil),
        ("#!", nil),
        ("\u{7F}ELF", nil),
        ("", nil),
    ] as [(String, String?)])
    func interpreter(head: String, expected: String?) {
        #expect(ShebangCache.interpreter(Array(head.utf8)).map { String(decoding: $0, as: UTF8.self) } == expected)
    }
}
