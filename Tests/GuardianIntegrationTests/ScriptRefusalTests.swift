import Foundation
import GuardianTestSupport
import Testing

/// A shell refused for what only its script says (SQL in a heredoc, a sourced env file) starts
/// with every program it and its descendants run refused: a harness that runs the tool call as
/// `sh -c SCRIPT` and captures its output reads Guardian's reason, instead of its own failure to
/// start a shell.
@Suite struct ScriptRefusalTests {
    /// Runs `script` through `subprocess.run(shell=True, capture_output=True)`, as agent
    /// harnesses do, `times` times (waiting for a file named `go<N>` in the project before run
    /// N > 1), printing each run's status, time and captured stderr.
    static func harness(_ script: String, times: Int = 1) -> String {
        """
        import json, os, subprocess, time
        for n in range(1, \(times) + 1):
            if n > 1:
                while not os.path.exists('go%d' % n): time.sleep(0.05)
            s = time.monotonic()
            try:
                p = subprocess.run(\(String(reflecting: script)), shell=True, capture_output=True, text=True)
                print(json.dumps({'run': n, 'rc': p.returncode, 'ms': int((time.monotonic() - s) * 1000), 'out': p.stdout, 'err': p.stderr}))
            except OSError as e:
                print(json.dumps({'run': n, 'rc': -1, 'ms': 0, 'out': '', 'err': 'harness: %r' % e}))
        """
    }

    static func runs(_ out: String) -> [[String: Any]] {
        out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    static let heredoc = "psql -h db.internal shop <<EOF\nDELETE FROM orders;\nEOF"

    @Test func aDeniedScriptTellsTheHarnessWhyAndRunsNothing() throws {
        let w = try World()
        defer { w.cleanup() }
        try w.write("# the production settings\n", to: w.project + "/prod.env")
        // What the script's own commands are would be allowed alone: only the sourced file says
        // where they act.
        let r = try w.guardian(["python3", "-c", Self.harness(". ./prod.env; railway logs; echo after=$?")], profile: "staging")
        let run = Self.runs(r.stdout).first ?? [:]
        let err = run["err"] as? String ?? ""
        #expect(!w.marker("railway"), "\(r.all)")
        #expect(err.contains("guardian: blocked") && err.contains("environment.other") && err.contains("production"), "\(r.all)")
        #expect(err.contains("it runs inside"), "the command's own refusal names the script's: \(err)")
        #expect((run["out"] as? String)?.contains("after=126") == true, "the shell reported its command's failure: \(run)")
        let execs = w.events().filter { $0["kind"] as? String == "exec" }
        let started = execs.filter { ($0["detail"] as? [String: String])?["started"] != nil }
        #expect(started.count == 1, "\(execs)")
        let inside = w.events(decision: "deny").filter { ($0["reason"] as? String)?.hasPrefix("it runs inside") == true }
        #expect(inside.contains { ($0["argv"] as? [String])?.first == "railway" }, "\(w.events(decision: "deny"))")
    }

    @Test func withNobodyWatchingAHeredocIsAnsweredAtOnceAndItsApprovedRetryRunsOnce() throws {
        let w = try World()
        defer { w.cleanup() }
        try w.standIn("psql")
        let session = try ApprovalTests.Background(
            w, ["python3", "-c", Self.harness(Self.heredoc, times: 3)], runArgs: ["--profile", "staging", "--ask-timeout", "60"], watched: false)
        let waiting = try ApprovalTests().held(w).first ?? [:]
        #expect(waiting["awaiting_retry"] as? Bool == true, "\(waiting)")
        let id = waiting["id"] as? Int ?? -1
        #expect(!w.marker("psql"), "nothing ran before the approval")
        let approved = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(approved.status == 0, "\(approved.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/go2", contents: nil)
        // The second run is the approved retry; wait for it before the third.
        for _ in 0..<200 where !w.marker("psql") { usleep(50_000) }
        _ = FileManager.default.createFile(atPath: w.project + "/go3", contents: nil)
        let (_, out, err) = session.wait()
        let runs = Self.runs(out)
        #expect(runs.count == 3, "\(out)\(err)")
        let first = runs.first ?? [:]
        let firstErr = first["err"] as? String ?? ""
        #expect((first["ms"] as? Int ?? .max) < 2000, "the harness was answered in \(first["ms"] ?? "?") ms")
        #expect(firstErr.contains("needs a human (request \(id))") && firstErr.contains("guardian approve \(id)"), "\(first)")
        #expect(!firstErr.contains("harness:"), "the harness started its shell: \(first)")
        #expect((first["rc"] as? Int ?? 0) != 0, "\(first)")
        #expect((runs.dropFirst().first?["rc"] as? Int) == 0, "the approved retry ran: \(runs)")
        #expect((runs.last?["rc"] as? Int ?? 0) != 0, "one approval, one run: \(runs)")
        #expect(w.markerText("psql")?.split(separator: "\n").count == 1, "\(w.markerText("psql") ?? "")")
    }

    @Test func aHumanDenialStillReachesTheHarness() throws {
        let w = try World()
        defer { w.cleanup() }
        try w.standIn("psql")
        let session = try ApprovalTests.Background(
            w, ["python3", "-c", Self.harness(Self.heredoc)], runArgs: ["--profile", "staging", "--ask-timeout", "60"])
        let id = try ApprovalTests().held(w).first?["id"] as? Int ?? -1
        _ = try w.run([World.guardianBinary, "deny", String(id)])
        let (_, out, err) = session.wait()
        let run = Self.runs(out).first ?? [:]
        let captured = run["err"] as? String ?? ""
        #expect(!w.marker("psql"))
        #expect(captured.contains("a human denied it") || captured.contains("denied"), "\(out)\(err)")
        #expect(captured.contains("psql") && captured.contains("it runs inside"), "\(out)\(err)")
    }

    /// The refusal is inherited at the fork: a background child that outlives the shell (and
    /// is reparented to Guardian) and a hundred children forked at once are all refused.
    @Test func whatTheShellForksIsRefusedToo() throws {
        let w = try World()
        defer { w.cleanup() }
        try w.write("# the production settings\n", to: w.project + "/prod.env")
        // Only builtins run in the refused shell: the background child waits for `go` in a loop.
        let inner = """
            . ./prod.env
            i=0; while [ $i -lt 100 ]; do railway status & i=$((i+1)); done
            wait; echo forked
            ( while [ ! -e go ]; do :; done; railway status ) &
            """
        try w.write(inner, to: w.project + "/inner.txt")
        // The agent's own shell is not refused: it runs the refused one, then lets the
        // background child (reparented by now) go on, and waits a little for it.
        try w.write("sh -c \"$(cat inner.txt)\"; echo inner=$?; touch go; sleep 1; echo outer-done\n", to: w.project + "/outer.sh")
        let r = try w.guardian(["sh", "outer.sh"], profile: "staging")
        #expect(r.stdout.contains("forked") && r.stdout.contains("outer-done"), "\(r.all)")
        #expect(!w.marker("railway"), "a child of the refused shell ran a program: \(w.markerText("railway") ?? "")")
        #expect(r.stderr.contains("it runs inside"), "\(r.all)")
        let inside = w.events(decision: "deny").filter { ($0["reason"] as? String)?.hasPrefix("it runs inside") == true }
        #expect(!inside.isEmpty, "\(w.events(decision: "deny"))")
    }
}
