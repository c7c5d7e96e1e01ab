import Foundation
import GuardianTestSupport
import Testing

/// Everyday things that must keep working under Guardian (and did not): bash process
/// substitution, a `#!` chain, a HOME under /tmp, `ps`, and long argument lists.
@Suite struct UsabilityTests {
    /// `<(cmd)` hands the program /dev/fd/63 (a pipe), and `exec N<file` a high descriptor:
    /// opened through /dev/fd or /proc/self/fd they are the target's own, whatever Guardian has.
    @Test func processSubstitutionAndHighDescriptors() throws {
        let w = try World()
        defer { w.cleanup() }
        try "from a file\n".write(toFile: w.project + "/f.txt", atomically: true, encoding: .utf8)
        let script = """
            diff <(echo a) <(echo b) > d.txt; echo "diff $?"; grep -c '^[<>]' d.txt
            n=0; while read l; do n=$((n + l)); done < <(seq 3); echo "sum $n"
            exec 70<f.txt 99<f.txt; cat /dev/fd/70; cat /proc/self/fd/99
            cat <(echo substituted)
            """
        let r = try w.guardian(["bash", "-c", script])
        #expect(r.stdout == "diff 1\n2\nsum 6\nfrom a file\nfrom a file\nsubstituted\n", "\(r.stdout) \(r.stderr)")
        #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
    }

    /// A script whose interpreter is itself a script: the kernel runs the chain's last binary,
    /// and that is what must be expected after the exec.
    @Test func aNestedShebangChainRuns() throws {
        let w = try World()
        defer { w.cleanup() }
        try "#!/bin/sh\necho \"wrapper: $1\"\nexec /bin/sh \"$@\"\n".write(toFile: w.project + "/wrapper", atomically: true, encoding: .utf8)
        try "#!\(w.project)/wrapper\necho \"inner ran\"\n".write(toFile: w.project + "/inner", atomically: true, encoding: .utf8)
        chmod(w.project + "/wrapper", 0o755)
        chmod(w.project + "/inner", 0o755)
        let r = try w.guardian(["./inner"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrapper: ") && r.stdout.hasSuffix("inner\ninner ran\n"), "\(r.stdout) \(r.stderr)")
        #expect(!w.events().contains { $0["decision"] as? String == "kill" })
    }

    /// HOME under /tmp (as here: the world lives in the temporary directory) is still HOME.
    @Test func removingADirectoryOfAHomeUnderTmpIsHeld() throws {
        let w = try World()
        defer { w.cleanup() }
        #expect(w.home.hasPrefix("/tmp/"), "the world is not under /tmp: the case proves nothing")
        try FileManager.default.createDirectory(atPath: w.home + "/backups/2026", withIntermediateDirectories: true)
        let r = try w.guardian(["rm", "-rf", w.home + "/backups"])
        #expect(FileManager.default.fileExists(atPath: w.home + "/backups/2026"), "removed: \(r.stderr)")
        #expect(w.blockingEvents().contains { $0["rule"] as? String == "rm.recursive-outside-project" })
        // Scratch space under /tmp that is not HOME's is still scratch.
        let scratch = w.root.path + "/scratch"
        let s = try w.guardian(["sh", "-c", "mkdir -p \"$0/x\" && rm -rf \"$0\"", scratch])
        #expect(s.status == 0 && !FileManager.default.fileExists(atPath: scratch), "\(s.stderr)")
    }

    /// A symlink does not carry a removal out of scratch space or the project: `rm -rf` through
    /// a link under /tmp or in the project to a directory of HOME is decided on where it leads,
    /// as the process sees it. The link itself, removed without a trailing `/`, is the project's
    /// own entry.
    @Test func removingThroughASymlinkIsDecidedWhereItLeads() throws {
        let w = try World()
        defer { w.cleanup() }
        try FileManager.default.createDirectory(atPath: w.home + "/notes/2026", withIntermediateDirectories: true)
        let scratch = w.root.path + "/scratch"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch + "/link", withDestinationPath: w.home)
        try FileManager.default.createSymbolicLink(atPath: w.project + "/h", withDestinationPath: w.home + "/notes")
        // Each is refused (no one is watching to approve it): the shell reports 126.
        let r = try w.guardian(["sh", "-c", "rm -rf \"$0\"/link/notes/2026; echo \"one $?\"; rm -rf h/2026; echo \"two $?\"; rm -rf h/; echo \"three $?\"", scratch])
        #expect(FileManager.default.fileExists(atPath: w.home + "/notes/2026"), "removed: \(r.stdout) \(r.stderr)")
        #expect(r.stdout == "one 126\ntwo 126\nthree 126\n", "\(r.stdout) \(r.stderr)")
        let held = w.blockingEvents().filter { $0["rule"] as? String == "rm.recursive-outside-project" }
        #expect(held.count == 3, "\(w.blockingEvents())")
        // Each reason says where the word led.
        #expect(held.allSatisfy { ($0["reason"] as? String ?? "").contains(" leads to \(w.home)/notes") }, "\(held.map { $0["reason"] ?? "" })")
        let l = try w.guardian(["rm", "-rf", "h"])
        #expect(l.status == 0, "\(l.stderr)")
        #expect(!FileManager.default.fileExists(atPath: w.project + "/h") && FileManager.default.fileExists(atPath: w.home + "/notes/2026"))
        // The control: without Guardian the first removes HOME's notes.
        let native = try w.run(["sh", "-c", "ln -s \"$0\" link && rm -rf link/notes/2026 && test ! -e \"$0/notes/2026\" && echo gone", w.home], cwd: scratch)
        #expect(native.stdout == "gone\n", "the control differs: \(native.stdout) \(native.stderr)")
    }

    /// `ps -e` reads every other process's environ and meets a refusal for each: a few events
    /// with a count, not one per process.
    @Test func psWritesAFewEventsNotOnePerProcess() throws {
        let w = try World()
        defer { w.cleanup() }
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int($0) != nil }.count
        #expect(others > 10, "too few processes on this machine for the case to show anything")
        let r = try w.guardian(["sh", "-c", "ps -e > /dev/null; ps -e -o pid,comm > /dev/null; echo ok"])
        #expect(r.stdout == "ok\n", "\(r.stderr)")
        let refusals = w.blockingEvents().filter { $0["rule"] as? String == "guardian.foreign-process" }
        #expect(!refusals.isEmpty, "ps met no refusal: the case proves nothing")
        #expect(refusals.count <= 4, "\(refusals.count) events for two ps runs")
        let counted = refusals.compactMap { ($0["detail"] as? [String: Any])?["repeats"] as? String }.compactMap(Int.init).reduce(0, +)
        #expect(counted + refusals.count >= 2, "the refusals that were not written are not counted")
        #expect(r.stderr.components(separatedBy: "\n").filter { $0.contains("guardian.foreign-process") }.count <= 4, "\(r.stderr)")
    }

    /// An exec is refused only where the kernel would refuse it: `cat dir/*` over thousands of
    /// files, a 20,000-word argv and ten arguments of 130 KB each (1.3 MB in all) run; a 100 KB value of a variable rules read is read whole;
    /// past the kernel's own limits the answer is the kernel's (E2BIG). A rule still sees every
    /// argument of a long list.
    @Test func longArgumentListsRunAsTheyDoWithoutGuardian() throws {
        let w = try World()
        defer { w.cleanup() }
        try FileManager.default.createDirectory(atPath: w.project + "/many", withIntermediateDirectories: true)
        for i in 0..<5000 { FileManager.default.createFile(atPath: w.project + "/many/f\(i)", contents: Data("x\n".utf8)) }
        try FileManager.default.createDirectory(atPath: w.home + "/backups/2026", withIntermediateDirectories: true)
        let script = """
            cat many/* | wc -l
            /bin/true $(seq 20000); echo "many $?"
            /bin/true $(for i in $(seq 10); do head -c 130000 /dev/zero | tr '\\0' a; echo; done); echo "long $?"
            env AWS_PROFILE=$(head -c 100000 /dev/zero | tr '\\0' a) sh -c 'echo ${#AWS_PROFILE}'
            /bin/true $(seq 400000) 2>/dev/null; echo "past the kernel's limit $?"
            env X=$(head -c 140000 /dev/zero | tr '\\0' a) /bin/true 2>/dev/null; echo "one string past it $?"
            rm -rf $(seq 6000 | sed 's/^/scratch-/') ~/backups; echo "rm $?"
            """
        // The control: without Guardian the first removes HOME's notes.
        let native = try w.run(["bash", "-c", script])
        try FileManager.default.createDirectory(atPath: w.home + "/backups/2026", withIntermediateDirectories: true)
        let expected = "5000\nmany 0\nlong 0\n100000\npast the kernel's limit 126\none string past it 126\n"
        #expect(native.stdout == expected + "rm 0\n", "the control differs: \(native.stdout) \(native.stderr)")
        let r = try w.guardian(["bash", "-c", script])
        #expect(r.stdout.hasPrefix(expected), "\(r.stdout) \(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.home + "/backups/2026"), "removed: \(r.stdout) \(r.stderr)")
        #expect(w.blockingEvents().contains { $0["rule"] as? String == "rm.recursive-outside-project" }, "\(w.blockingEvents())")
    }
}
