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
