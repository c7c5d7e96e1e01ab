import Foundation
import GuardianTestSupport
import Testing

/// Held calls, answered from outside the tree: approve, deny, timeout, --for-session, the kill
/// switch, and every way the agent might try to approve itself.
@Suite struct ApprovalTests {
    /// A session running in the background, its output collected. `watched`: an approver is
    /// connected before the command starts (it waits for a go file until then), so held calls
    /// wait for an answer; otherwise nobody watches and they are refused at once.
    struct Background {
        let command: RunningCommand
        let approver: Approver?

        init(_ w: World, _ argv: [String], runArgs: [String] = [], watched: Bool = true) throws {
            let go = w.project + "/.go"
            let gated = watched ? ["sh", "-c", "while [ ! -e '\(go)' ]; do sleep 0.05; done; exec \"$@\"", "gate"] + argv : argv
            command = try w.start([World.guardianBinary, "run", "-q"] + runArgs + ["--"] + gated)
            if watched {
                let approver = Approver(w)
                if !approver.connected { Issue.record("no session to watch") }
                self.approver = approver
                _ = FileManager.default.createFile(atPath: go, contents: nil)
            } else {
                approver = nil
            }
        }

        func wait(timeout: Double = 30) -> (Int32, String, String) {
            let output = command.wait(timeout: timeout)
            if output.timedOut { Issue.record("the session did not end") }
            return (output.status, output.stdout, output.stderr)
        }
    }

    /// Waits until some request is held; returns the held requests.
    func held(_ w: World, count: Int = 1) throws -> [[String: Any]] {
        for _ in 0..<200 {
            let r = try w.run([World.guardianBinary, "pending", "--json"])
            let list = r.stdout.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            if list.count >= count { return list }
            usleep(50_000)
        }
        Issue.record("nothing was held")
        return []
    }

    @Test func approvedCallCompletesWithItsOutput() throws {
        let w = try World()
        defer { w.cleanup() }
        let session = try Background(w, ["sh", "-c", "\(w.bin)/terraform destroy -auto-approve; echo status=$?"], runArgs: ["--ask-timeout", "60"])
        let list = try held(w)
        #expect(list.first?["rule"] as? String == "terraform.destroy")
        #expect(!w.marker("terraform"), "nothing runs while held")
        let id = list.first?["id"] as? Int ?? -1
        let r = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(r.status == 0, "\(r.all)")
        let (status, out, err) = session.wait()
        #expect(status == 0)
        #expect(out.contains("terraform ran") && out.contains("status=0"), "\(out)\(err)")
        #expect(w.marker("terraform"))
        #expect(err.contains("waiting for approval (id \(id))"))
        #expect(!err.contains("waiting for approval (id \(id + 1))"), "one question for one command")
        #expect(w.events(decision: "approved").count >= 1)
    }

    @Test func deniedCallFailsAndTheAgentReadsWhy() throws {
        let w = try World()
        defer { w.cleanup() }
        // The parent captures the child's stderr, as an agent's tool runner does.
        try "\(w.bin)/terraform destroy\n".write(toFile: w.project + "/destroy.sh", atomically: true, encoding: .utf8)
        let script = "import subprocess; p = subprocess.run(['sh', 'destroy.sh'], capture_output=True, text=True); print('rc', p.returncode); print('captured:', p.stderr)"
        let session = try Background(w, ["python3", "-c", script], runArgs: ["--ask-timeout", "60"])
        let id = try held(w).first?["id"] as? Int ?? -1
        _ = try w.run([World.guardianBinary, "deny", String(id)])
        let (status, out, err) = session.wait()
        #expect(!w.marker("terraform"))
        #expect(out.contains("captured: guardian: waiting for approval"), "status \(status) \(out) \(err)")
        #expect(out.contains("guardian: blocked") && out.contains("a human denied it"), "\(out)")
        #expect(w.events(decision: "denied").count == 1)
    }

    @Test func unansweredCallIsDeniedAtTheTimeout() throws {
        let w = try World()
        defer { w.cleanup() }
        let start = Date()
        let script = "import subprocess; print('status', subprocess.run(['\(w.bin)/terraform', 'destroy']).returncode)"
        let session = try Background(w, ["python3", "-c", script], runArgs: ["--ask-timeout", "1"])
        let (_, out, err) = session.wait()
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(!w.marker("terraform"))
        #expect(out.contains("status 126") || err.contains("Permission denied"), "\(out)\(err)")
        #expect(err.contains("no human answered in time") && err.contains("guardian approve"), "\(err)")
    }

    @Test func withNobodyWatchingTheAgentIsAnsweredAtOnceAndApprovalLetsItsRetryRunOnce() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            s=$(date +%s%N); \(w.bin)/railway volume delete vol_1; echo first=$? ms=$(( ($(date +%s%N) - s) / 1000000 ))
            while [ ! -e approved ]; do sleep 0.05; done
            \(w.bin)/railway volume delete vol_1; echo second=$?
            \(w.bin)/railway volume delete vol_1; echo third=$?
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let session = try Background(w, ["sh", "agent.sh"], runArgs: ["--ask-timeout", "60"], watched: false)
        let waiting = try held(w).first ?? [:]
        #expect(waiting["awaiting_retry"] as? Bool == true, "\(waiting)")
        let id = waiting["id"] as? Int ?? -1
        let listed = try w.run([World.guardianBinary, "pending"])
        #expect(listed.stdout.contains("waiting for its retry"), "\(listed.all)")
        let r = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(r.status == 0 && r.stdout.contains("runs when the agent retries it"), "\(r.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/approved", contents: nil)
        let (_, out, err) = session.wait()
        #expect(out.contains("first=126") || out.contains("first=1"), "\(out)")
        let ms = out.split(separator: "ms=").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? .max
        #expect(ms < 1000, "the agent was answered in \(ms) ms")
        #expect(err.contains("guardian: blocked") && err.contains("needs a human (request \(id))") && err.contains("guardian approve \(id)"), "\(err)")
        #expect(out.contains("second=0"), "the approved retry ran: \(out)\(err)")
        #expect(!out.contains("third=0"), "one approval, one run: \(out)")
        #expect(w.markerText("railway")?.split(separator: "\n").count == 1, "\(w.markerText("railway") ?? "")")
        let approved = w.events(decision: "approved")
        #expect(approved.contains { ($0["reason"] as? String)?.contains("retry of request \(id)") == true }, "\(approved)")
    }

    @Test func aDenialOfAnAnsweredCallRefusesItsRetries() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            \(w.bin)/terraform destroy; echo first=$?
            while [ ! -e denied ]; do sleep 0.05; done
            \(w.bin)/terraform destroy; echo second=$?
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let session = try Background(w, ["sh", "agent.sh"], watched: false)
        let id = try held(w).first?["id"] as? Int ?? -1
        _ = try w.run([World.guardianBinary, "deny", String(id)])
        _ = FileManager.default.createFile(atPath: w.project + "/denied", contents: nil)
        let (_, out, err) = session.wait()
        #expect(!out.contains("second=0") && !w.marker("terraform"), "\(out)")
        #expect(err.contains("a human denied this request already (request \(id))"), "\(err)")
    }

    @Test func approvalForTheSessionCoversIdenticalRequests() throws {
        let w = try World()
        defer { w.cleanup() }
        try "\(w.bin)/kubectl delete namespace tmp-1; echo first=$?; \(w.bin)/kubectl delete namespace tmp-1; echo second=$?\n".write(toFile: w.project + "/twice.sh", atomically: true, encoding: .utf8)
        let session = try Background(w, ["sh", "twice.sh"], runArgs: ["--ask-timeout", "60"])
        let id = try held(w).first?["id"] as? Int ?? -1
        _ = try w.run([World.guardianBinary, "approve", String(id), "--for-session"])
        let (_, out, err) = session.wait()
        #expect(out.contains("first=0") && out.contains("second=0"), "\(out)\(err)")
    }

    @Test func theAgentCannotApproveItself() throws {
        let w = try World()
        defer { w.cleanup() }
        // Inside the tree: run guardian approve, connect to the socket, and try again via a
        // symlink to it. Meanwhile a held call waits.
        let attack = """
            "$(dirname "$0")/../bin/terraform" destroy &
            sleep 1
            "\(World.guardianBinary)" approve 1; echo exec=$?
            python3 - <<'EOF'
            import glob, json, os, socket
            for path in glob.glob(os.environ["GUARDIAN_HOME"] + "/run/*.sock"):
                for target in [path, "/tmp/gd-link-%d" % os.getpid()]:
                    try:
                        if target != path: os.symlink(path, target)
                        s = socket.socket(socket.AF_UNIX); s.connect(target)
                        s.sendall(b'{"v":1,"op":"pending"}\\n'); print("answer", s.recv(4096))
                    except OSError as e:
                        print("refused", e.errno)
            EOF
            wait
            """
        // A script file: the profile reads `sh -c` strings, not files, so the shell itself runs.
        try attack.write(toFile: w.project + "/attack.sh", atomically: true, encoding: .utf8)
        let session = try Background(w, ["sh", "attack.sh"], runArgs: ["--ask-timeout", "4"], watched: false)
        let (_, out, _) = session.wait()
        #expect(out.contains("exec=126"), "running guardian inside is blocked: \(out)")
        #expect(!out.contains("\"ok\":true") && !out.contains("\"ok\": true"), "the socket answered the agent: \(out)")
        #expect(!w.marker("terraform"), "the held call was approved from inside")
        let refusals = w.events().filter { ($0["rule"] as? String)?.hasPrefix("guardian.self") == true }
        #expect(refusals.count >= 2, "each attempt is logged")
    }

    @Test func aForgedClientFromInsideIsRefusedByThePeerCheck() throws {
        // Even a connection the filter let through (here: a socket inherited from outside
        // is not possible, so connect from a process reparented away) is refused by SO_PEERCRED.
        let w = try World()
        defer { w.cleanup() }
        let attack = "setsid python3 -c \"import glob,os,socket,time\nfor p in glob.glob(os.environ['GUARDIAN_HOME']+'/run/*.sock'):\n  s=socket.socket(socket.AF_UNIX)\n  try:\n    s.connect(p); s.sendall(b'{\\\"v\\\":1,\\\"op\\\":\\\"kill\\\"}\\\\n'); print('answer', s.recv(999))\n  except OSError as e: print('refused', e.errno)\n\" ; sleep 0.5"
        let r = try w.guardian(["sh", "-c", attack])
        #expect(!r.stdout.contains("\"ok\":true"), "\(r.all)")
    }

    @Test func theNotifyHookGetsTheHeldEvent() throws {
        let w = try World()
        defer { w.cleanup() }
        let inbox = w.root.appendingPathComponent("inbox.jsonl").path
        let session = try Background(w, ["sh", "-c", "\(w.bin)/terraform destroy"], runArgs: ["--ask-timeout", "3", "--notify", "cat >> \(inbox)"], watched: false)
        _ = session.wait()
        let text = (try? String(contentsOfFile: inbox, encoding: .utf8)) ?? ""
        let event = try? JSONSerialization.jsonObject(with: Data((text.split(separator: "\n").first ?? "").utf8)) as? [String: Any]
        #expect(event?["decision"] as? String == "ask", "\(text)")
        #expect(event?["rule"] as? String == "terraform.destroy")
        #expect((event?["detail"] as? [String: String])?["request"] != nil)
    }

    @Test func tailInteractiveAnswersAHeldCall() throws {
        let w = try World()
        defer { w.cleanup() }
        // The agent's command waits until the interactive tail has connected as the approver.
        // A script file: a `sh -c` string naming terraform destroy would itself be decided.
        let go = w.project + "/.go"
        try "while [ ! -e '\(go)' ]; do sleep 0.05; done; \(w.bin)/terraform destroy; echo status=$?\n"
            .write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let session = try Background(w, ["sh", "agent.sh"], runArgs: ["--ask-timeout", "60"], watched: false)
        _ = Approver(w, timeout: 20)  // the session's socket exists; this approver leaves at once
        // A terminal for `guardian tail -f --interactive`, driven by pexpect.
        let driver = """
            import pexpect, sys, time
            child = pexpect.spawn(sys.argv[1], ["tail", "-f", "--interactive", "-n", "50"], timeout=20, encoding="utf-8")
            time.sleep(1.5)
            open(sys.argv[2], "w").close()
            child.expect("approve request")
            child.sendline("y")
            child.expect("approved")
            print("answered")
            child.terminate(force=True)
            """
        let r = try w.run(["python3", "-c", driver, World.guardianBinary, go])
        #expect(r.stdout.contains("answered"), "\(r.all)")
        let (_, out, _) = session.wait()
        #expect(out.contains("status=0"))
        #expect(w.marker("terraform"))
    }

    @Test func theKillSwitchEndsTheWholeSessionAtOnce() throws {
        let w = try World()
        defer { w.cleanup() }
        let tag = "\(Int.random(in: 100_000...999_999))"
        let session = try Background(w, ["sh", "-c", "(setsid sleep 4\(tag) &); sleep 5\(tag) & sleep 6\(tag)"])
        var seen = 0
        for _ in 0..<100 where seen < 3 {
            usleep(50_000)
            seen = LifecycleTests.processes(matching: tag).count
        }
        #expect(seen == 3)
        let sessions = try w.run([World.guardianBinary, "sessions", "--json"])
        let id = (try? JSONSerialization.jsonObject(with: Data(sessions.stdout.split(separator: "\n").first.map(String.init)?.utf8 ?? "".utf8)) as? [String: Any])?["session"] as? String ?? "?"
        let start = Date()
        let r = try w.run([World.guardianBinary, "kill", id])
        #expect(r.status == 0, "\(r.all)")
        var left = LifecycleTests.processes(matching: tag)
        while !left.isEmpty && Date().timeIntervalSince(start) < 1 {
            usleep(20_000)
            left = LifecycleTests.processes(matching: tag)
        }
        #expect(left.isEmpty, "alive a second after the kill switch: \(left)")
        _ = session.wait()
        #expect(w.events(decision: "kill").count == 1)
    }
}
