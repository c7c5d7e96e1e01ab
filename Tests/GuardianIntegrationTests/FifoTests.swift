import Foundation
import GuardianTestSupport
import Testing

/// FIFOs the tree uses among its own processes keep working: only a reader outside the tree
/// makes opening one for writing a question (the adversarial suite's fifo-outside-reader).
@Suite struct FifoTests {
    @Test func aFifoBetweenTwoOfTheTreesProcessesWorks() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            mkfifo p q
            cat p > got.txt & echo through-the-fifo > p; wait
            cat got.txt
            # A reader that comes second: the writer waits in its open for it.
            (sleep 0.3; cat q) & echo second > q; wait
            # O_RDWR, as make's jobserver opens its FIFO: no other reader at all.
            exec 3<>p; echo token >&3; read -r t <&3; echo "read $t"; exec 3>&-
            """
        let r = try w.guardian(["bash", "-c", script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "through-the-fifo\nsecond\nread token\n", "\(r.stdout) \(r.stderr)")
        #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
    }

    /// An O_WRONLY open whose readers are in the tree is relayed by Guardian (FifoRelay): the
    /// bytes, the end-of-file and a reader that leaves (EPIPE) reach each side as without it.
    @Test func aRelayedFifoKeepsAPipesSemantics() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            mkfifo p
            (head -c 300000 /dev/zero > p; echo "wrote=$?") & n=$(wc -c < p); wait; echo "read=$n"
            (head -c 10 p > /dev/null) & (yes > p); echo "yes=$?"; wait
            """
        let r = try w.guardian(["bash", "-c", script], timeout: 30)
        #expect(r.stdout.contains("wrote=0") && r.stdout.contains("read=300000"), "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("yes=141"), "the writer sees its reader go (SIGPIPE): \(r.stdout) \(r.stderr)")
        #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
    }

    /// A FIFO the tree holds read-write is a pipe of the tree's own: the tree's processes meet
    /// there (through the descriptor and through the FIFO's name), and a reader outside that
    /// opens the FIFO afterwards finds nothing. Without Guardian the same reader gets what the
    /// tree left in it.
    @Test func aReadWriteFifoIsThePipeOfTheTree() throws {
        let script = """
            exec 3<>p
            echo from-tree >&3; read -r t <&3; echo "read $t"
            (echo via-name > p) & wait; read -r u <&3; echo "read $u"
            echo left-in-fifo >&3
            touch ready; sleep 3; exec 3>&-
            """
        for guarded in [false, true] {
            let w = try World()
            defer { w.cleanup() }
            _ = try w.run(["mkfifo", "-m", "666", "p"])
            let session = guarded ? try w.start((World.unprivileged ? World.asNobody : []) + [World.guardianBinary, "run", "-q", "--", "bash", "-c", script])
                                  : try w.start(["bash", "-c", script])
            for _ in 0..<200 where !FileManager.default.fileExists(atPath: w.project + "/ready") { usleep(50_000) }
            // The reader outside: the user's own process, opening the name later.
            let outside = try w.run(["timeout", "-s", "KILL", "1.5", "cat", "p"])
            let r = session.wait(timeout: 30)
            #expect(r.stdout == "read from-tree\nread via-name\n", "\(guarded): \(r.stdout) \(r.stderr)")
            if guarded {
                #expect(!outside.stdout.contains("left-in-fifo"), "the outside reader got the tree's bytes: \(outside.stdout)")
                #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
                #expect(w.events().contains { $0["rule"] as? String == "guardian.fifo-own-pipe" }, "\(w.events().suffix(3))")
            } else {
                #expect(outside.stdout.contains("left-in-fifo"), "control: \(outside.all)")
            }
        }
    }

    /// A read-write open of a FIFO the tree's own processes already hold cannot be the tree's
    /// own pipe (they would be cut off) nor the FIFO (what it writes would wait there): refused.
    @Test func aReadWriteOpenOfAFifoInUseIsRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            mkfifo p; (cat p > /dev/null; echo cat-done) & sleep 0.3
            ( exec 3<>p ); echo "rdwr=$?"; wait
            """
        let r = try w.guardian(["bash", "-c", script], timeout: 30)
        #expect(r.stdout.contains("rdwr=1") && r.stdout.contains("cat-done"), "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("guardian.fifo-shared-read-write"), "the task is told why: \(r.stderr)")
        #expect(w.events().contains { $0["rule"] as? String == "guardian.fifo-shared-read-write" && $0["decision"] as? String == "deny" })
    }

    /// A named FIFO Guardian's caller hands the agent for writing is decided before the agent
    /// runs, like a FIFO it would open: its reader is outside (or none yet), so by default the
    /// session does not start. An anonymous pipe (`guardian run … | tee`) passes as it is.
    @Test func anInheritedFifoForWritingIsDecidedAtStart() throws {
        let w = try World()
        defer { w.cleanup() }
        _ = try w.run(["mkfifo", "-m", "666", "p"])
        let guardian = (World.unprivileged ? World.asNobody : []) + [World.guardianBinary, "run", "-q", "--", "sh", "-c", "echo through >&3; echo ran"]
        let r = try w.run(["bash", "-c", "exec 3<>p; exec \"$@\"", "wrap"] + guardian)
        #expect(r.status == 125 && !r.stdout.contains("ran"), "\(r.all)")
        #expect(r.stderr.contains("descriptor 3") && r.stderr.contains("network.local-outside"), "\(r.stderr)")
        // The test's own stdout is a pipe.
        let piped = try w.run(["bash", "-c", "exec 3>&1; exec \"$@\"", "wrap"] + guardian)
        #expect(piped.status == 0 && piped.stdout == "through\nran\n", "\(piped.all)")
    }

    /// GNU make's jobserver: with make 4.4 a named FIFO its sub-makes open (O_RDWR).
    @Test func parallelMakeRuns() throws {
        let w = try World()
        defer { w.cleanup() }
        try "all: a b c\na b c:\n\t@echo $@ > $@.out\n".write(toFile: w.project + "/Makefile", atomically: true, encoding: .utf8)
        let r = try w.guardian(["make", "-j3", "-s"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.project + "/c.out"))
        #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
    }
}
