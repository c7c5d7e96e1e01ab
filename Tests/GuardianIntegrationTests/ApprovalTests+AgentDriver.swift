import Foundation
import GuardianTestSupport
import Testing

extension ApprovalTests {
    /// The incident, driven the way agent CLIs run their tool calls: each step is one
    /// `subprocess.run(cmd, shell=True, stdout=PIPE, stderr=STDOUT, timeout=60)` whose output is
    /// the observation the model reads next. Under `--profile staging` with nobody watching, the
    /// held `railway volume delete` must come back within 2 s with the reason and the approval
    /// command in that observation (the agent's own 60 s timeout never fires); after
    /// `guardian approve ID` the retry runs once and a further retry is held again. The token in
    /// the domains script reaches the model as a stand-in, never as itself.
    @Test func anAgentsToolCallUnderStagingIsAnsweredWithTheReasonAndItsApprovedRetryRunsOnce() throws {
        let w = try World()
        defer { w.cleanup() }
        let token = "6f1c2a9e-3b7d-4e58-9a10-c4d2e8f7b351"
        try FileManager.default.createDirectory(atPath: w.project + "/scripts", withIntermediateDirectories: true)
        try "#!/bin/sh\nRAILWAY_TOKEN=\(token)\nrailway domain add \"$1\"\n".write(toFile: w.project + "/scripts/domains.sh", atomically: true, encoding: .utf8)
        let driver = """
            import json, os, subprocess, sys, time
            def execute(command):
                start = time.monotonic()
                try:
                    r = subprocess.run(command, shell=True, text=True, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, timeout=60)
                    observation = {"returncode": r.returncode, "output": r.stdout}
                except subprocess.TimeoutExpired:
                    observation = {"returncode": None, "output": "timed out"}
                observation["seconds"] = time.monotonic() - start
                observation["command"] = command
                return observation
            railway = sys.argv[1]
            steps = ["grep -rn RAILWAY_TOKEN= .", railway + " volume delete vol_1", "approval",
                     railway + " volume delete vol_1", railway + " volume delete vol_1"]
            with open("observations.jsonl", "w") as log:
                for step in steps:
                    if step == "approval":
                        while not os.path.exists("approved"):
                            time.sleep(0.05)
                        continue
                    log.write(json.dumps(execute(step)) + "\\n")
                    log.flush()
            """
        try driver.write(toFile: w.project + "/agent.py", atomically: true, encoding: .utf8)
        let session = try Background(w, ["python3", "agent.py", w.bin + "/railway"], runArgs: ["--profile", "staging", "--ask-timeout", "60"], watched: false)
        let waiting = try held(w).first ?? [:]
        let id = waiting["id"] as? Int ?? -1
        let approval = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(approval.status == 0, "\(approval.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/approved", contents: nil)
        let (status, out, err) = session.wait(timeout: 60)
        #expect(status == 0, "\(out)\(err)")
        let observations = ((try? String(contentsOfFile: w.project + "/observations.jsonl", encoding: .utf8)) ?? "")
            .split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(observations.count == 4, "\(observations)")
        guard observations.count == 4 else { return }
        let search = observations[0]["output"] as? String ?? ""
        #expect(search.contains("RAILWAY_TOKEN=") && !search.contains(token), "the search showed: \(search)")
        let first = observations[1]
        let said = first["output"] as? String ?? ""
        #expect((first["seconds"] as? Double ?? 99) < 2, "answered after \(first["seconds"] ?? "?") s")
        #expect(first["returncode"] as? Int != 0, "\(first)")
        #expect(said.contains("guardian: blocked") && said.contains("volume delete") && said.contains("guardian approve \(id)"), "the agent read: \(said)")
        #expect(said.contains("railway.volume-delete") && said.contains("deleting a volume destroys its data"), "no reason in what the agent read: \(said)")
        #expect(observations[2]["returncode"] as? Int == 0, "the approved retry: \(observations[2])")
        #expect(observations[3]["returncode"] as? Int != 0, "a second retry after one approval: \(observations[3])")
        #expect(w.markerText("railway")?.split(separator: "\n").count == 1, "\(w.markerText("railway") ?? "")")
    }
}
