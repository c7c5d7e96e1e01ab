import Foundation
import GuardianTestSupport
import Testing

/// Exec decisions with real processes under the real filter: the denied command never runs
/// (its stand-in's marker never appears), whatever wrapper starts it.
@Suite struct ExecTests {
    @Test func allowedProgramsKeepOutputAndStatus() throws {
        let w = try World()
        defer { w.cleanup() }
        var r = try w.guardian(["echo", "hello"])
        #expect(r.status == 0)
        #expect(r.stdout == "hello\n")
        r = try w.guardian(["sh", "-c", "exit 7"])
        #expect(r.status == 7)
        r = try w.guardian(["python3", "-c", "print(1)"])
        #expect(r.status == 0)
        #expect(r.stdout == "1\n")
        r = try w.guardian(["sh", "-c", "kill -TERM $$"])
        #expect(r.status == 128 + 15)
        let starts = w.events(decision: "start")
        #expect(starts.count == 4)
        #expect(w.events().contains { $0["kind"] as? String == "exec" && ($0["argv"] as? [String]) == ["echo", "hello"] })
    }

    @Test func notFoundAndNotExecutable() throws {
        let w = try World()
        defer { w.cleanup() }
        var r = try w.guardian(["no-such-program-xyz"])
        #expect(r.status == 127)
        #expect(r.stderr.contains("not found"))
        try "plain".write(toFile: w.project + "/plain.txt", atomically: true, encoding: .utf8)
        r = try w.guardian(["./plain.txt"])
        #expect(r.status == 126)
    }

    @Test func aScriptRewrittenInPlaceRunsItsNewInterpreter() throws {
        // Same inode, same size: only the content (and so mtime and ctime) differs, and the
        // second run must be decided — and verified at exec — on the new #! line.
        let w = try World()
        defer { w.cleanup() }
        let script = #"printf '#!/bin/sh\necho AAA\n' > s; chmod +x s; ./s; printf '#!/bin/bash\necho B\n' > s; ./s; ./s"#
        let r = try w.guardian(["sh", "-c", script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "AAA\nB\nB\n")
        #expect(!w.events().contains { $0["decision"] as? String == "kill" })
        #expect(w.events().contains { $0["kind"] as? String == "exec" && $0["interpreter"] as? String == "/usr/bin/bash" })
    }

    static let wrappers: [(String, [String])] = [
        ("direct", ["railway", "volume", "delete", "vol_1"]),
        ("sh -c", ["sh", "-c", "railway volume delete vol_1"]),
        ("bash -lc", ["bash", "-c", "railway --json volume delete vol_1; true"]),
        ("env", ["env", "railway", "volume", "delete", "vol_1"]),
        ("xargs", ["sh", "-c", "echo vol_1 | xargs railway volume delete"]),
        ("find -exec", ["find", ".", "-maxdepth", "0", "-exec", "railway", "volume", "delete", "vol_1", ";"]),
        ("python subprocess", ["python3", "-c", "import subprocess; subprocess.run(['railway','volume','delete','vol_1'])"]),
        ("python os.execv", ["python3", "-c", "import os, shutil; os.execv(shutil.which('railway'), ['railway','volume','delete','vol_1'])"]),
        ("python thread", ["python3", "-c", "import subprocess, threading\ndef go(): subprocess.run(['railway','volume','delete','vol_1'])\nt = threading.Thread(target=go); t.start(); t.join()"]),
        ("symlinked name", ["sh", "-c", "ln -s \"$(command -v railway)\" ./rw && ./rw volume delete vol_1"]),
    ]

    @Test(arguments: wrappers)
    func deniedExecNeverRuns(_ name: String, _ argv: [String]) throws {
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(argv)
        #expect(!w.marker("railway"), "the stand-in ran via \(name)")
        #expect(!r.stdout.contains("railway ran"))
        // Under another name the program's own rules do not apply; its verb path still says it
        // destroys (operation.destroy), before any shape is looked at.
        let rules = name == "symlinked name" ? ["railway.volume-delete", "operation.destroy"] : ["railway.volume-delete"]
        #expect(rules.contains { r.stderr.contains("rule \($0)") }, "the agent is told why: \(r.stderr)")
        // Under dev a volume deletion waits for a human; with nobody to approve, it is denied.
        let denies = w.events().filter { ["deny", "denied"].contains($0["decision"] as? String) && $0["kind"] as? String == "exec" }
        #expect(denies.contains { rules.contains($0["rule"] as? String ?? "") })
    }

    @Test func theSameCommandWorksWithoutGuardian() throws {
        // The control: the stand-in really runs and leaves its marker when unguarded.
        let w = try World()
        defer { w.cleanup() }
        let r = try w.run(["sh", "-c", "railway volume delete vol_1"])
        #expect(r.status == 0)
        #expect(w.marker("railway"))
    }

    @Test func deniedExecFailsWithEACCES() throws {
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(["python3", "-c", """
            import os, shutil, errno
            try:
                os.execv(shutil.which('railway'), ['railway', 'volume', 'delete', 'vol_1'])
            except OSError as e:
                print('errno', e.errno == errno.EACCES)
            """])
        #expect(r.stdout.contains("errno True"))
        #expect(!w.marker("railway"))
    }

    @Test func anExecWithoutArgumentsIsRefusedBeforeItRuns() throws {
        // argv = {NULL}: the kernel would run it with [""], and setuid programs that read
        // argv[1] have read the environment instead (CVE-2021-4034).
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(["python3", "-c", """
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            argv = (ctypes.c_char_p * 1)(None)
            libc.execve(b"/bin/echo", argv, argv)
            print("errno", ctypes.get_errno())
            """])
        #expect(r.stdout.contains("errno 13"), "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("exec.empty-argv"))
        #expect(w.events(decision: "deny").contains { $0["rule"] as? String == "exec.empty-argv" && $0["program"] as? String == "/usr/bin/echo" })
    }

    @Test func otherRulesOfTheFirstNoList() throws {
        let w = try World()
        defer { w.cleanup() }
        _ = try w.guardian(["sh", "-c", "terraform destroy -auto-approve; kubectl delete namespace prod"])
        #expect(!w.marker("terraform"))
        #expect(!w.marker("kubectl"))
        let r = try w.guardian(["sh", "-c", "terraform plan && kubectl get pods"])
        #expect(r.status == 0)
        #expect(w.marker("terraform") && w.marker("kubectl"), "everyday commands still run")
    }
}
