import Foundation
import Testing
@testable import GuardianPolicy

/// A shell's `-c` script at the shell's exec: left to the execs of its commands when each one
/// that stops it is a program the shell will exec and is stopped as firmly on its own; refused
/// at the shell otherwise.
struct ShellScriptTests {
    static func shell(_ script: String, _ shell: String = "/bin/sh", flag: String = "-c") -> ExecRequest {
        ExecRequest(program: shell, argv: [shell.split(separator: "/").last.map(String.init) ?? shell, flag, script],
                    cwd: Fixture.project, environment: ["HOME": Fixture.home])
    }

    /// Scripts whose stopping commands are all decided again, as firmly, at their own execs.
    static let leftToTheirExecs: [(profile: String, script: String)] = [
        ("staging", "railway volume delete vol_1"),
        ("staging", "ls scripts; railway volume delete vol_1; echo done"),
        ("staging", "cd /tmp && railway volume delete vol_1"),
        ("staging", "yes | railway volume delete vol_1"),
        ("staging", "echo y | railway volume delete vol_1"),
        ("staging", "RAILWAY_ENVIRONMENT=production railway logs"),
        ("dev", "rm -rf ~/backups"),
        ("dev", "git status && terraform destroy -auto-approve"),
        ("dev", "/usr/bin/env terraform destroy"),
    ]

    /// Scripts the shell's exec must refuse: what stops them is only in the script (SQL on
    /// stdin), or the stopping word is a builtin or a function of the script.
    static let refusedAtTheShell: [(profile: String, script: String)] = [
        ("dev", "mysql <<EOF\nDROP DATABASE shop;\nEOF"),
        ("dev", "echo 'DROP TABLE users' | psql"),
        ("dev", "psql <<< 'DROP TABLE users'"),
        ("staging", "railway() { command railway \"$@\"; }; railway volume delete vol_1"),
        ("staging", "function railway { :; }; railway volume delete vol_1"),
    ]

    @Test(arguments: leftToTheirExecs)
    func aScriptWhoseCommandsAreDecidedAtTheirExecsStarts(_ line: (profile: String, script: String)) {
        let policy = Fixture.policy(line.profile)
        for (shell, flags) in [("/bin/sh", ["-c"]), ("/bin/bash", ["-lc"]), ("/usr/bin/dash", ["-c"]), ("/bin/bash", ["-c", "-l"]), ("/bin/sh", ["-ec"])] {
            let request = ExecRequest(program: shell, argv: [String(shell.split(separator: "/").last!)] + flags + [line.script],
                                      cwd: Fixture.project, environment: ["HOME": Fixture.home])
            #expect(policy.evaluate(request).decision >= .ask, "the script does not stop: \(line.script)")
            #expect(policy.evaluateAtExec(request).decision < .ask, "\(shell) \(flags) \(line.script)")
        }
    }

    @Test(arguments: refusedAtTheShell)
    func aScriptStoppedByWhatOnlyItSaysIsRefusedAtTheShell(_ line: (profile: String, script: String)) {
        let policy = Fixture.policy(line.profile)
        let request = Self.shell(line.script)
        let full = policy.evaluate(request)
        #expect(full.decision >= .ask, "the script does not stop: \(line.script)")
        var atExec = policy.evaluateAtExec(request)
        // Refused for what only its script says: the refusal can be carried out inside it.
        #expect(atExec.refusableInside, "\(line.script)")
        atExec.refusableInside = false
        #expect(atExec == full, "\(line.script)")
    }

    /// Not a shell, or a shell that stops on its own account: `evaluateAtExec` is `evaluate`.
    @Test func otherExecsAreDecidedAsBefore() throws {
        for line in ["railway volume delete vol_1", "sudo railway volume delete vol_1", "env railway volume delete vol_1"] {
            let request = Fixture.exec(line)
            #expect(Fixture.staging.evaluateAtExec(request) == Fixture.staging.evaluate(request), "\(line)")
        }
        // A rule stops the shell itself, not only its script: the refusal is not carried out
        // inside it.
        let yaml = """
            name: t
            extends: [dev]
            rules:
              - id: no.traced-shells
                reason: shells are not traced here
                decision: deny
                exec: {program: [sh, bash], regex: "^-x "}
                examples: {match: ["sh -x -c ls"], not_match: ["sh -c ls"]}
            """
        let dir = try LoaderTests.profileDirectory("own-shell", ["t.yaml": yaml])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: Fixture.home, projectDirectory: Fixture.project, configDirectory: dir, systemDirectory: "/nonexistent")
        let policy = try PolicyLoader.load(profile: "t", context: context).engine
        let script = "psql <<EOF\nDROP TABLE users;\nEOF"
        let own = ExecRequest(program: "/bin/sh", argv: ["sh", "-x", "-c", script], cwd: Fixture.project, environment: ["HOME": Fixture.home])
        let atExec = policy.evaluateAtExec(own)
        #expect(atExec.decision == .deny && !atExec.refusableInside, "\(atExec)")
        let scriptOnly = ExecRequest(program: "/bin/sh", argv: ["sh", "-c", script], cwd: Fixture.project, environment: ["HOME": Fixture.home])
        #expect(policy.evaluateAtExec(scriptOnly).refusableInside)
    }
}

/// The script tokenizer: operators with or without spaces, quoted ones as words.
struct ScriptTokenTests {
    static func render(_ line: String) -> String {
        ShellWords.scriptTokens(line).map { $0.isOperator ? "<\($0.text)>" : "[\($0.text)]" }.joined()
    }

    static let cases: [(String, String)] = [
        ("cd x&&rm -rf y", "[cd][x]<&&>[rm][-rf][y]"),
        ("ls;rm a", "[ls]<;>[rm][a]"),
        ("echo 'DROP TABLE t;'|psql", "[echo][DROP TABLE t;]<|>[psql]"),
        ("find . -exec rm {} \\;", "[find][.][-exec][rm][{}][;]"),
        ("a || b & c", "[a]<||>[b]<&>[c]"),
        ("make 2>&1 | tee log", "[make][2>&1]<|>[tee][log]"),
        ("cmd &>/dev/null; next", "[cmd][&>/dev/null]<;>[next]"),
        ("echo $(date; id) done", "[echo][$(date; id)][done]"),
        ("(cd /tmp && rm -rf x)", "<(>[cd][/tmp]<&&>[rm][-rf][x]<)>"),
        ("psql<<EOF", "[psql][<<EOF]"),
        ("a |& b", "[a]<|>[b]"),
        ("echo \"a;b\" 'c|d'", "[echo][a;b][c|d]"),
    ]

    @Test(arguments: cases)
    func tokens(_ c: (String, String)) {
        #expect(Self.render(c.0) == c.1, "\(c.0)")
    }

    /// What the script feeds a database shell is read whatever the spacing.
    /// Where the script is: after the options that follow `-c` (Claude Code's `bash -c -l`).
    @Test func theScriptFollowsTheOptionsAfterDashC() {
        #expect(CompiledPolicy.shellScriptIndex(["bash", "-c", "-l", "cmd"]) == 3)
        #expect(CompiledPolicy.shellScriptIndex(["sh", "-ec", "cmd", "name"]) == 2)
        #expect(CompiledPolicy.shellScriptIndex(["bash", "-c", "--", "cmd"]) == 3)
        #expect(CompiledPolicy.shellScriptIndex(["bash", "-c", "-o", "pipefail", "cmd"]) == 4)
        #expect(CompiledPolicy.shellScriptIndex(["bash", "script.sh"]) == nil)
        let request = ExecRequest(program: "/bin/bash", argv: ["bash", "-c", "-l", "psql <<EOF\nDROP TABLE users;\nEOF"], cwd: Fixture.project, environment: ["HOME": Fixture.home])
        #expect(Fixture.dev.evaluate(request).decision >= .ask)
    }

    @Test func sqlOnStdinIsReadWithoutSpacesAndWithQuotedSemicolons() {
        for script in ["echo 'DROP DATABASE shop;' | psql", "echo 'DROP DATABASE shop;'|psql", "cd /tmp&&psql<<EOF\nDROP TABLE users;\nEOF"] {
            let request = ShellScriptTests.shell(script)
            #expect(Fixture.dev.evaluate(request).decision >= .ask, "\(script)")
            #expect(Fixture.dev.evaluateAtExec(request).decision >= .ask, "\(script)")
        }
    }
}
