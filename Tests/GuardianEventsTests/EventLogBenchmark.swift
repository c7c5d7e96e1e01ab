import Foundation
import Testing
import GuardianEvents

/// Appends per second on the hot path; run with GUARDIAN_BENCH=1 (best in release:
/// `GUARDIAN_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter EventLogBenchmark`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GUARDIAN_BENCH"] != nil))
struct EventLogBenchmark {
    @Test func allowAppendsFromFourThreads() async throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "bench")
        let perThread = 50_000
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<4 {
                group.addTask {
                    var e = Event(session: "bench", pid: 1000 + Int32(t), ppid: 1, kind: .exec, decision: "allow", profile: "dev")
                    e.program = "/usr/bin/git"
                    e.argv = ["git", "status", "--porcelain", "--untracked-files=all"]
                    e.cwd = "/home/me/project"
                    for _ in 0..<perThread { _ = try? log.append(e) }
                }
            }
        }
        log.close()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("allow appends: \(Int(Double(4 * perThread) / seconds))/s, \(seconds * 1e6 / Double(4 * perThread)) µs each")
        #expect(log.head.seq == 4 * perThread)
    }

    @Test func denyAppendsWithFsync() throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "bench")
        let n = 500
        let start = ContinuousClock.now
        for i in 0..<n {
            var e = Event(session: "bench", pid: 1, ppid: 1, kind: .open, decision: "deny", profile: "dev", rule: "secrets")
            e.path = "/home/me/.aws/credentials\(i)"
            try log.append(e)
        }
        log.close()
        let elapsed = ContinuousClock.now - start
        print("deny appends (fsync): \(elapsed / n) each")
    }
}
