import Foundation
import GuardianTestSupport
import Testing

/// The session's life: terminals, signals, Guardian's death, and running without privileges.
@Suite struct LifecycleTests {
    /// Runs guardian inside a pseudo-terminal driven by python's pty module, types `input`,
    /// and returns what the terminal showed.
    func throughPty(_ w: World, _ argv: [String], input: String) throws -> World.Output {
        let driver = """
            import os, pty, sys, select, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = b''
            time.sleep(0.5)
            os.write(fd, sys.stdin.buffer.read())
            deadline = time.time() + 20
            while time.time() < deadline:
                r, _, _ = select.select([fd], [], [], 0.2)
                if r:
                    try:
                        data = os.read(fd, 4096)
                    except OSError:
                        break
                    if not data:
                        break
                    out += data
            _, status = os.waitpid(pid, 0)
            sys.stdout.write(out.decode(errors='replace'))
            sys.exit(os.waitstatus_to_exitcode(status))
            """
        return try w.run(["python3", "-c", driver, World.guardianBinary, "run", "-q", "--"] + argv, stdin: input)
    }

    @Test func anInteractiveProgramWorksThroughAPty() throws {
        let w = try World()
        defer { w.cleanup() }
        // Raw mode, one keystroke, the terminal's size: what a full-screen agent needs.
        let program = "tty; stty size; stty raw -echo; c=$(dd bs=1 count=1 2>/dev/null); stty sane; echo \"got[$c]\""
        let r = try throughPty(w, ["sh", "-c", program], input: "q")
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.contains("/dev/pts/"))
        #expect(r.stdout.contains("got[q]"))
    }

    @Test func sigkillOfGuardianKillsTheWholeTree() throws {
        let w = try World()
        defer { w.cleanup() }
        let tag = "\(Int.random(in: 100_000...999_999))"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: World.guardianBinary)
        // A child, a double-forked setsid daemon, and the shell itself.
        p.arguments = ["run", "-q", "--", "sh", "-c", "sleep 1\(tag) & (setsid sleep 2\(tag) &) ; sleep 3\(tag)"]
        p.environment = w.environment
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var seen = 0
        for _ in 0..<100 where seen < 3 {
            usleep(50_000)
            seen = LifecycleTests.processes(matching: tag).count
        }
        #expect(seen == 3, "the tree did not start")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        var left = LifecycleTests.processes(matching: tag)
        for _ in 0..<40 where !left.isEmpty {
            usleep(50_000)
            left = LifecycleTests.processes(matching: tag)
        }
        #expect(left.isEmpty, "still alive after Guardian died: \(left)")
    }

    /// A shell that exec's Guardian leaves it a child that is not the tree's: a process
    /// substitution reading until the pipe Guardian inherited closes. The session ends with the
    /// agent all the same.
    @Test func aChildOfGuardianOutsideTheTreeDoesNotHoldTheSessionOpen() throws {
        let w = try World()
        defer { w.cleanup() }
        let started = Date()
        let out = try w.run(["bash", "-c", #"exec 3> >(cat >/dev/null); exec "$0" run -q -- sh -c 'echo done'"#, World.guardianBinary], timeout: 30)
        #expect(!out.timedOut, "the session did not end: \(out.all.prefix(300))")
        #expect(out.status == 0 && out.stdout.contains("done"), "\(out.all.prefix(300))")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func sigtermIsForwardedAndWaitedFor() throws {
        let w = try World()
        defer { w.cleanup() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: World.guardianBinary)
        p.arguments = ["run", "-q", "--", "sh", "-c", "trap 'echo caught; exit 3' TERM; echo ready; while :; do sleep 0.05; done"]
        p.environment = w.environment
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        var ready = Data()
        while !String(decoding: ready, as: UTF8.self).contains("ready") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            ready.append(chunk)
        }
        kill(p.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        if p.isRunning {
            Issue.record("SIGTERM did not end the session")
            kill(p.processIdentifier, SIGKILL)
        }
        p.waitUntilExit()
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        #expect(String(decoding: rest, as: UTF8.self).contains("caught"))
        #expect(p.terminationStatus == 3)
    }

    @Test func runsTheSameWithoutPrivileges() throws {
        let w = try World()
        defer { w.cleanup() }
        guard getuid() == 0 else { return }  // already unprivileged: every other test covers it
        _ = try w.run(["chown", "-R", "65534:65534", w.root.path])
        _ = try w.run(["chmod", "755", w.root.path])
        let setpriv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", World.guardianBinary, "run", "-q", "--ask-timeout", "1", "--"]
        var r = try w.run(setpriv + ["sh", "-c", "id -u; cat $HOME/.aws/credentials; python3 -c 'print(2)'"])
        #expect(r.stdout.hasPrefix("65534\n"), "status \(r.status): \(r.all)")
        #expect(!r.all.contains(World.canary))
        #expect(r.stdout.contains("2\n"), "\(r.all)")
        // The agent's stderr is a pipe of the unprivileged user, as in a real session.
        let unprivileged = Array(setpriv.prefix(6))
        r = try w.run(unprivileged + ["sh", "-c", "\(World.guardianBinary) run -q --ask-timeout 1 -- python3 -c \"import subprocess; subprocess.run(['railway', 'volume', 'delete', 'v'])\" 2>&1 | cat"])
        #expect(!w.marker("railway"))
        #expect(r.stdout.contains("railway.volume-delete"), "\(r.all)")
        r = try w.run(setpriv + ["sh", "-c", "exit 9"])
        #expect(r.status == 9)
    }

    @Test func guardiansOwnDescriptorsNeverReachTheAgent() throws {
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(["sh", "-c", "for f in /proc/$$/fd/*; do readlink \"$f\"; done"])
        #expect(r.status == 0)
        for forbidden in ["seccomp", ".jsonl", ".lock", "/dev/null"] {
            #expect(!r.stdout.contains(forbidden), "leaked: \(r.stdout)")
        }
    }

    @Test func secretLookingVariablesReachTheAgentAsStandIns() throws {
        let w = try World()
        defer { w.cleanup() }
        let extra = ["AWS_SECRET_ACCESS_KEY": World.canary, "GITHUB_TOKEN": World.canary, "ANTHROPIC_API_KEY": "model-key", "AWS_PROFILE": "dev"]
        var r = try w.guardian(["sh", "-c", "env; cat /proc/self/environ | tr '\\0' '\\n'"], extraEnv: extra)
        #expect(!r.all.contains(World.canary))
        #expect(r.stdout.contains("ANTHROPIC_API_KEY=model-key"), "the agent's own model key passes")
        #expect(r.stdout.contains("AWS_PROFILE=dev"))
        // A stand-in of the same shape takes the secret's place, so a tool that needs the
        // variable set still starts.
        let standIn = r.stdout.split(separator: "\n").first { $0.hasPrefix("GITHUB_TOKEN=") }.map { String($0.dropFirst("GITHUB_TOKEN=".count)) }
        #expect(standIn?.count == World.canary.count && standIn != World.canary, "\(r.stdout)")
        #expect(standIn?.filter { $0 == "-" }.count == World.canary.filter { $0 == "-" }.count)
        let start = w.events(decision: "start").last?["detail"] as? [String: String]
        #expect(start?["withheld_env"] == "AWS_SECRET_ACCESS_KEY,GITHUB_TOKEN")
        r = try w.run([World.guardianBinary, "run", "-q", "--pass-env", "GITHUB_TOKEN", "--", "sh", "-c", "echo $GITHUB_TOKEN"], extraEnv: extra)
        #expect(r.stdout == World.canary + "\n")
    }

    /// A 64 KiB tmpfs mounted in the world (root only); the caller unmounts it.
    static func smallFileSystem(in w: World, named name: String) throws -> String {
        let path = w.root.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(mount("tmpfs", path, "tmpfs", 0, "size=64k") == 0)
        return path
    }

    @Test func aFullDiskMakesGuardianDenyNotAllow() throws {
        guard getuid() == 0 else { return }  // mounting a tiny file system needs root
        let w = try World()
        defer { w.cleanup() }
        let small = try Self.smallFileSystem(in: w, named: "small")
        defer { umount(small) }
        // 400 execs' events overflow 64 KiB: from then on every exec is denied, not let through.
        let r = try w.run([World.guardianBinary, "run", "-q", "--", "sh", "-c",
                           "i=0; while [ $i -lt 400 ]; do /bin/true || exit 9; i=$((i+1)); done; /bin/echo unrecorded"],
                          extraEnv: ["GUARDIAN_HOME": small])
        #expect(r.status == 9, "\(r.stderr.prefix(400))")
        #expect(!r.stdout.contains("unrecorded"))
        #expect(r.stderr.components(separatedBy: "cannot record events").count == 2, "the operator is told once")
    }

    /// The session's start is on disk before the agent runs: its line is written while the
    /// start goes on, and a log that cannot take it (GUARDIAN_HOME on a file system already
    /// full) stops the start before the agent's first instruction — exit 125, the fix named,
    /// nothing run.
    @Test func aLogThatCannotTakeTheStartStopsTheStart() throws {
        guard getuid() == 0 else { return }  // mounting a tiny file system needs root
        let w = try World()
        defer { w.cleanup() }
        let small = try Self.smallFileSystem(in: w, named: "full")
        defer { umount(small) }
        // Directories and empty files take no pages here; a line of the log would.
        let filled = try w.run(["sh", "-c", "dd if=/dev/zero of='\(small)/filler' bs=4k 2>/dev/null; true"])
        #expect(filled.status == 0)
        let marker = w.root.appendingPathComponent("ran").path
        let r = try w.run([World.guardianBinary, "run", "-q", "--", "touch", marker], extraEnv: ["GUARDIAN_HOME": small])
        #expect(r.status == 125, "\(r.stderr.prefix(400))")
        #expect(r.stderr.contains("GUARDIAN_HOME"), "\(r.stderr.prefix(400))")
        #expect(!FileManager.default.fileExists(atPath: marker), "the agent ran")
        // The same start with room for its log runs the agent.
        unlink(small + "/filler")
        let ok = try w.run([World.guardianBinary, "run", "-q", "--", "touch", marker], extraEnv: ["GUARDIAN_HOME": small])
        #expect(ok.status == 0 && FileManager.default.fileExists(atPath: marker), "\(ok.stderr.prefix(400))")
    }

    /// The session's end says where its start went: the listing of HOME begun before the
    /// profile, the pins made from it, and the rehearsal of the agent's own command — which a
    /// command line over the limit (a long script for `sh -c`) does not get, as its evaluation
    /// would be paid twice.
    @Test func theStartsStepsAreInItsEndEvent() throws {
        let w = try World()
        defer { w.cleanup() }
        /// The start of the session whose command began with `program`.
        func startSteps(_ program: String) -> String {
            let end = w.events(decision: "end").last { ($0["command"] as? [String])?.first == program }
            return ((end?["detail"] as? [String: String])?["start_ms"]) ?? ""
        }
        let short = try w.guardian(["true"])
        #expect(short.status == 0, "\(short.stderr.prefix(400))")
        let steps = startSteps("true")
        for step in ["(home listing) ", "(pins) ", "(rehearsal) ", "policy ", "exec ", "total "] {
            #expect(steps.contains(step), "\(step) in \(steps)")
        }
        let long = try w.guardian(["sh", "-c", "true # " + String(repeating: "x", count: 5000)])
        #expect(long.status == 0, "\(long.stderr.prefix(400))")
        let longSteps = startSteps("sh")
        #expect(longSteps.contains("(pins) ") && !longSteps.contains("(rehearsal)"), "\(longSteps)")
    }

    /// The pin walk's listings kept in the state directory for the next session: a session
    /// reads only the directories changed since, and a protected key added to ~/.ssh after the
    /// cache was written — hardlinked into the project before the session — is still pinned.
    @Test func theNextSessionReadsOnlyTheDirectoriesChangedSince() throws {
        let w = try World()
        defer { w.cleanup() }
        /// "directories N, from the cache M" of the last session that ran `program`.
        func listing(_ program: String) -> (directories: Int, fromCache: Int)? {
            let end = w.events(decision: "end").last { ($0["command"] as? [String])?.first == program }
            let text = (end?["detail"] as? [String: String])?["home_listing"] ?? ""
            let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
        // A directory changed within two seconds of its listing is not kept: the world's are new.
        sleep(3)
        let first = try w.guardian(["true"])
        #expect(first.status == 0, "\(first.stderr.prefix(400))")
        #expect(FileManager.default.fileExists(atPath: w.state + "/pin-listing.cache"))
        let before = try #require(listing("true"))
        #expect(before.directories >= 4 && before.fromCache == 0, "\(before)")
        let second = try w.guardian(["ls", w.home + "/.aws"])
        #expect(second.status == 0, "\(second.stderr.prefix(400))")
        #expect(listing("ls").map { $0 == (before.directories, before.directories) } == true, "\(String(describing: listing("ls")))")
        try w.write("ssh-private \(World.canary)\n", to: w.home + "/.ssh/id_rsa")
        try FileManager.default.linkItem(atPath: w.home + "/.ssh/id_rsa", toPath: w.project + "/notes.txt")
        if World.unprivileged { _ = try w.run(["chown", "-h", "65534:65534", w.home + "/.ssh/id_rsa"]) }
        let third = try w.guardian(["cat", "notes.txt"])
        #expect(!third.stdout.contains(World.canary), "\(third.all.prefix(400))")
        #expect(w.blockingEvents().contains { ($0["path"] as? String ?? "").hasSuffix("/notes.txt") }, "the read through the hardlink is refused")
        // ~/.ssh alone was read again.
        #expect(listing("cat").map { $0 == (before.directories, before.directories - 1) } == true, "\(String(describing: listing("cat")))")
    }

    static func processes(matching tag: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid -> String? in
            guard Int(pid) != nil, let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let cmd = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            return cmd.hasPrefix("sleep ") && cmd.contains(tag) ? "\(pid): \(cmd)" : nil
        }
    }

    /// The agent starts with no signal blocked and every disposition the default, whatever
    /// Guardian inherited (this test process blocks several) and whatever it blocks across the
    /// fork that starts the agent.
    @Test func theAgentStartsWithNoSignalBlockedOrIgnored() throws {
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(["grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        #expect(r.stdout == "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n", "\(r.all)")
    }
}
