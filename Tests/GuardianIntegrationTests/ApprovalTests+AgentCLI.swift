import Foundation
import GuardianTestSupport
import Testing

extension ApprovalTests {
    /// The incident with a real agent CLI: mini-swe-agent's own agent loop and local environment
    /// (each tool call a `subprocess.Popen(cmd, shell=True, stderr=STDOUT)`), its model replaced
    /// by its own deterministic test model that issues the incident's commands. Under
    /// `--profile staging` with nobody watching, the observation the model gets for `railway
    /// volume delete` comes within 2 s and carries the rule, its reason and the approval
    /// command; after `guardian approve` the identical retry runs once, and the token of the
    /// domains script reaches the model as a stand-in. A heredoc of destructive SQL is answered
    /// as fast, with the reason, from inside the shell that was started with its execs refused. deploy/test.sh installs the CLI
    /// (GUARDIAN_TEST_MINI_SWE_AGENT names its python); without it the test says it is skipped.
    @Test func aRealAgentCLIIsToldWhyItsVolumeDeleteIsHeldAndItsApprovedRetryRunsOnce() throws {
        guard let python = ProcessInfo.processInfo.environment["GUARDIAN_TEST_MINI_SWE_AGENT"] else {
            print("skipped: mini-swe-agent is not installed (deploy/test.sh installs it)")
            return
        }
        let w = try World()
        defer { w.cleanup() }
        try w.standIn("psql")
        let token = "6f1c2a9e-3b7d-4e58-9a10-c4d2e8f7b351"
        try FileManager.default.createDirectory(atPath: w.project + "/scripts", withIntermediateDirectories: true)
        try "#!/bin/sh\nRAILWAY_TOKEN=\(token)\nrailway domain add \"$1\"\n".write(toFile: w.project + "/scripts/domains.sh", atomically: true, encoding: .utf8)
        let railway = w.bin + "/railway"
        let driver = """
            import json, time
            from minisweagent.agents.default import DefaultAgent
            from minisweagent.environments.local import LocalEnvironment
            from minisweagent.models.test_models import DeterministicModel, make_output
            steps = ["grep -rn RAILWAY_TOKEN= scripts", "\(railway) volume delete vol_1",
                     "while [ ! -e approved ]; do sleep 0.05; done",
                     "\(railway) volume delete vol_1", "\(railway) volume delete vol_1",
                     "psql -h db.internal shop <<EOF\\nDELETE FROM orders;\\nEOF",
                     "echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT"]
            model = DeterministicModel(outputs=[make_output("step", [{"command": c}]) for c in steps])
            env = LocalEnvironment(timeout=60)
            seconds = []
            execute = env.execute
            def timed(action, *args, **kwargs):
                start = time.monotonic()
                out = execute(action, *args, **kwargs)
                seconds.append(time.monotonic() - start)
                return out
            env.execute = timed
            agent = DefaultAgent(model, env, system_template="You are a helpful agent.", instance_template="{{task}}", cost_limit=0, step_limit=20)
            result = agent.run("Fix the staging credentials")
            observations = [m["content"] for m in agent.messages if m.get("role") == "user" and "<returncode>" in str(m.get("content"))]
            with open("observations.json", "w") as f:
                json.dump({"observations": observations, "seconds": seconds, "exit": result.get("exit_status")}, f)
            """
        try driver.write(toFile: w.project + "/agent.py", atomically: true, encoding: .utf8)
        let session = try Background(w, [python, "agent.py"], runArgs: ["--profile", "staging"], watched: false)
        let waiting = try held(w).first ?? [:]
        let id = waiting["id"] as? Int ?? -1
        let approval = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(approval.status == 0, "\(approval.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/approved", contents: nil)
        let (status, out, err) = session.wait(timeout: 120)
        #expect(status == 0, "\(out)\(err)")
        let data = FileManager.default.contents(atPath: w.project + "/observations.json") ?? Data()
        let run = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        let observations = run["observations"] as? [String] ?? []
        let seconds = run["seconds"] as? [Double] ?? []
        #expect(run["exit"] as? String == "Submitted", "\(run) \(err.suffix(600))")
        #expect(observations.count == 6, "\(observations)")
        guard observations.count == 6, seconds.count >= 6 else { return }
        #expect(observations[0].contains("RAILWAY_TOKEN=") && !observations[0].contains(token), "the search showed: \(observations[0])")
        let said = observations[1]
        #expect(seconds[1] < 2, "the model was answered after \(seconds[1]) s")
        #expect(said.contains("railway.volume-delete") && said.contains("deleting a volume destroys its data"), "the model read: \(said)")
        #expect(said.contains("guardian approve \(id)") && !said.contains("<returncode>0<"), "the model read: \(said)")
        #expect(observations[3].contains("<returncode>0<"), "the approved retry: \(observations[3])")
        #expect(!observations[4].contains("<returncode>0<"), "a second retry after one approval: \(observations[4])")
        #expect(w.markerText("railway")?.split(separator: "\n").count == 1, "\(w.markerText("railway") ?? "")")
        // SQL in a heredoc: only the script says what psql will do, so the shell starts with its
        // execs refused and the model reads why, not the shell's failure to start.
        let sql = observations[5]
        #expect(seconds[5] < 2, "the model was answered after \(seconds[5]) s")
        #expect(sql.contains("operation.destroy") && sql.contains("needs a human") && sql.contains("guardian approve"), "the model read: \(sql)")
        #expect(!w.marker("psql"), "\(w.markerText("psql") ?? "")")
    }
}
