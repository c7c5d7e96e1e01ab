import Foundation
import Testing
@testable import GuardianEvents

@Suite struct EventLogTests {
    @Test func seqIsGaplessAndTheChainVerifiesUnderConcurrentAppends() async throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.paths.events, session: "s1")
        try log.append(.start("s1", ["agent"]))
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<8 {
                group.addTask {
                    for i in 0..<250 {
                        // Every fifth event durable, so buffered and fsync'd writes interleave.
                        let e = i % 5 == 0 ? Event.open("s1", "/secret/\(t)/\(i)") : Event.exec("s1", ["/bin/true", "\(t)", "\(i)"])
                        _ = try? log.append(e)
                    }
                }
            }
        }
        try log.append(.end("s1", status: 0))
        log.close()

        let events = try EventReader(paths: dir.paths).events(session: "s1")
        #expect(events.map(\.event.seq) == Array(1...2002))
        #expect(events.last?.event.detail?["events"] == "2002")
        let times = events.compactMap(\.event.time)
        #expect(times == times.sorted(), "time is stamped under the lock, in seq order")
        let result = try ChainVerifier.verify(paths: dir.paths, session: "s1")
        #expect(result.ok, "\(String(describing: result.problem))")
        #expect(result.events == 2002)
        #expect(result.head == events.last?.event.hash)
    }

    /// Allowed events are sealed by the log's writer thread, denies before `append` returns:
    /// from several threads at once, the two kinds interleave in one gapless chain, and every
    /// deny is on disk, after every event that took a seq before it, when its append returns.
    @Test func queuedAndSynchronousEventsInterleaveInOneChainAcrossThreads() async throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.paths.events, session: "s1")
        try log.append(.start("s1", ["agent"]))
        let threads = 6, perThread = 400
        let misplaced = await withTaskGroup(of: Int.self) { group in
            for t in 0..<threads {
                group.addTask {
                    var misplaced = 0
                    for i in 0..<perThread {
                        guard i % 7 == 3 else {
                            _ = try? log.append(.exec("s1", ["/bin/true", "\(t)", "\(i)"]))
                            continue
                        }
                        guard let seq = try? log.append(.open("s1", "/secret/\(t)/\(i)")) else {
                            misplaced += 1
                            continue
                        }
                        // Durable: its line and all before it are on disk now, in seq order.
                        let onDisk = lines(of: log.path).filter { !$0.isEmpty }
                        if onDisk.count < seq || !onDisk[seq - 1].contains(#""seq":\#(seq),"#)
                            || !onDisk[seq - 1].contains("/secret/\(t)/\(i)") {
                            misplaced += 1
                        }
                    }
                    return misplaced
                }
            }
            return await group.reduce(0, +)
        }
        #expect(misplaced == 0, "a deny was not on disk in its place when its append returned")
        try log.append(.end("s1", status: 0))
        log.close()

        let total = threads * perThread + 2
        let events = try EventReader(paths: dir.paths).events(session: "s1")
        #expect(events.map(\.event.seq) == Array(1...total))
        let times = events.compactMap(\.event.time)
        #expect(times.count == total && times == times.sorted(), "time is taken with the seq, in seq order")
        let result = try ChainVerifier.verify(paths: dir.paths, session: "s1")
        #expect(result.ok, "\(String(describing: result.problem))")
        #expect(result.events == total)
        #expect(result.head == log.head.hash)
        #expect(log.head.seq == total)
    }

    /// An orderly end writes everything queued: more events than the queue holds (appends wait
    /// for room, none is dropped), closed without a flush — and a log let go without `close`.
    @Test func closeWritesEveryQueuedEventAndAFullQueueWaits() async throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.paths.events, session: "s1")
        let threads = 3, perThread = EventLog.queueLimit
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<threads {
                group.addTask {
                    for i in 0..<perThread { _ = try? log.append(.exec("s1", ["/bin/n", "\(t)", "\(i)"])) }
                }
            }
        }
        log.close()
        let result = try ChainVerifier.verify(paths: dir.paths, session: "s1")
        #expect(result.events == threads * perThread)
        #expect(try EventReader(paths: dir.paths).events(session: "s1").map(\.event.seq) == Array(1...(threads * perThread)))

        do {
            let dropped = try EventLog(directory: dir.paths.events, session: "s2")
            for i in 0..<100 { try dropped.append(.exec("s2", ["/bin/n", "\(i)"])) }
        }
        #expect(try EventReader(paths: dir.paths).events(session: "s2").count == 100)
    }

    /// A queued event reaches the file within the buffer's age limit with nothing else
    /// appended after it: `guardian tail -f` sees it without waiting for the session's end.
    @Test func aQueuedEventIsWrittenWithinTheAgeLimitOnItsOwn() throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "s1")
        try log.append(.exec("s1", ["/bin/true"]))
        var waited = 0
        while lines(of: log.path).count < 2 && waited < 5000 {
            usleep(10_000)
            waited += 10
        }
        #expect(lines(of: log.path).count == 2, "written after \(waited) ms")
        log.close()
    }

    @Test(arguments: ["deny", "ask", "kill", "denied"])
    func durableDecisionsAreOnDiskWhenAppendReturns(_ decision: String) throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "s1")
        try log.append(.exec("s1", ["/bin/true"]))
        #expect(readBytes(log.path).isEmpty, "allow events are buffered")
        let seq = try log.append(.open("s1", "/home/u/.aws/credentials", decision: decision))
        #expect(seq == 2)
        let onDisk = lines(of: log.path)
        #expect(onDisk.count == 3 && onDisk[2].isEmpty, "both lines written, newline-terminated")
        #expect(onDisk[1].contains(#""decision":"\#(decision)""#))
        log.close()
    }

    @Test func bufferedEventsAreWrittenByFlushAndClose() throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "s1")
        try log.append(.exec("s1", ["/bin/a"]))
        try log.flush()
        #expect(lines(of: log.path).count == 2)
        try log.append(.exec("s1", ["/bin/b"]))
        log.close()
        #expect(lines(of: log.path).count == 3)
        #expect(throws: EventLogError.self) { try log.append(.exec("s1", ["/bin/c"])) }
    }

    /// A session's start appended without waiting for its line (the launch goes on while the
    /// writer writes it) takes the first place in the chain; `flush` returns once it is on disk,
    /// and throws when it could not be written — the launch then refuses to release the agent.
    @Test func aSessionStartAppendedWithoutWaitingIsFirstAndFlushReportsItsWrite() async throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "s1")
        let start = Event(session: "s1", pid: 1, ppid: 0, kind: .session, decision: "start", profile: "dev")
        #expect(try log.appendWithoutWaiting(start) == 1)
        try log.append(.exec("s1", ["/bin/a"]))
        try log.flush()
        let onDisk = lines(of: log.path)
        #expect(onDisk.count == 3 && onDisk[0].contains(#""decision":"start""#) && onDisk[1].contains("/bin/a"))
        log.close()
        #expect(ChainVerifier.verify(session: "s1", file: log.path, contents: readBytes(log.path), running: true).ok)

        await #expect(processExitsWith: .success) {
            guard limitFileSize(to: 64) else { exit(3) }
            let dir = TempDirectory()
            guard let log = try? EventLog(directory: dir.path, session: "s1") else { exit(4) }
            let start = Event(session: "s1", pid: 1, ppid: 0, kind: .session, decision: "start", profile: "dev")
            guard (try? log.appendWithoutWaiting(start)) == 1 else { exit(5) }
            do { try log.flush() } catch {
                exit((error as? EventLogError)?.errno == EFBIG && readBytes(log.path).isEmpty ? 0 : 6)
            }
            exit(7)
        }
    }

    @Test func sessionEndRecordsTheEventCountAndHeadIsTheLastHash() throws {
        let dir = TempDirectory()
        let path = try writeSession(dir.path, "s1", execs: 2)
        let events = try EventReader(directory: dir.path).events(session: "s1")
        let end = try #require(events.last?.event)
        #expect(end.kind == .session && end.decision == "end")
        #expect(end.detail?["events"] == "4")
        #expect(end.prev == events[2].event.hash)
        #expect(lines(of: path)[0].contains(#""prev":"\#(EventChain.genesis)""#))
    }

    @Test func aSecondLogForTheSameSessionIsRefused() throws {
        let dir = TempDirectory()
        let first = try EventLog(directory: dir.path, session: "s1")
        #expect(throws: EventLogError.self) { try EventLog(directory: dir.path, session: "s1") }
        first.close()
    }

    @Test func anUncreatableDirectoryThrows() throws {
        let dir = TempDirectory()
        writeBytes(dir.path + "/file", [])  // a file where a directory should be: fails as root too
        #expect {
            try EventLog(directory: dir.path + "/file/events", session: "s1")
        } throws: { error in
            (error as? EventLogError)?.errno == ENOTDIR
        }
    }

    /// A directory Guardian may not write: mode 0500 for an ordinary user; for root, who
    /// ignores modes, a read-only bind mount.
    @Test func anUnwritableDirectoryThrows() throws {
        let dir = TempDirectory()
        let events = dir.path + "/events"
        #expect(mkdir(events, 0o700) == 0)
        if getuid() == 0 {
            guard shell("mount --bind '\(events)' '\(events)' && mount -o remount,bind,ro '\(events)'") == 0 else {
                Issue.record("read-only bind mount failed")
                return
            }
        } else {
            #expect(chmod(events, 0o500) == 0)
        }
        defer { if getuid() == 0 { shell("umount '\(events)'") } }
        #expect {
            try EventLog(directory: events, session: "s1")
        } throws: { error in
            let e = error as? EventLogError
            return e?.errno == EROFS || e?.errno == EACCES
        }
    }

    /// A real full disk: a 64 KiB tmpfs. Needs root (mount); skipped otherwise, the
    /// RLIMIT_FSIZE test below covers the same path unprivileged.
    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func aFullDiskMakesAppendThrowAndLeavesAVerifiableLog() throws {
        let dir = TempDirectory()
        let mnt = dir.path + "/mnt"
        #expect(mkdir(mnt, 0o700) == 0)
        guard shell("mount -t tmpfs -o size=64k tmpfs '\(mnt)'") == 0 else {
            Issue.record("mount failed")
            return
        }
        defer { _ = shell("umount '\(mnt)'") }

        let log = try EventLog(directory: mnt + "/events", session: "s1")
        try log.append(.start("s1", ["agent"]))
        var failure: EventLogError?
        var recorded = 1
        let reason = String(repeating: "x", count: 900)
        for i in 0..<1000 {
            var e = Event.open("s1", "/secret/\(i)")
            e.reason = reason
            do {
                recorded = try log.append(e)
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure, "the disk never filled")
        #expect(error.errno == ENOSPC)
        #expect(error.description.contains("free some space"))
        // Nothing half-written: every line on disk is a complete link of the chain, and the
        // event that failed is not among them.
        let contents = readBytes(log.path)
        #expect(contents.last == 0x0A)
        let result = ChainVerifier.verify(session: "s1", file: log.path, contents: contents, running: true)
        #expect(result.ok, "\(String(describing: result.problem))")
        #expect(result.events == recorded)
        // Still failing while full; once space is freed the log goes on where it stopped.
        var again = Event.open("s1", "/again")
        again.reason = reason
        #expect(throws: EventLogError.self) { try log.append(again) }
        #expect(shell("mount -o remount,size=256k '\(mnt)'") == 0)
        #expect(try log.append(.end("s1", status: 0)) == recorded + 1)
        log.close()
        let after = ChainVerifier.verify(session: "s1", file: log.path, contents: readBytes(log.path), running: false)
        #expect(after.ok, "\(String(describing: after.problem))")
    }

    /// The same failure without root: RLIMIT_FSIZE makes write(2) fail with EFBIG once the file
    /// would grow past the limit. Process-wide, so it runs in its own process.
    @Test func aFileSizeLimitMakesAppendThrow() async {
        await #expect(processExitsWith: .success) {
            guard limitFileSize(to: 8192) else { exit(3) }
            let dir = TempDirectory()
            guard let log = try? EventLog(directory: dir.path, session: "s1") else { exit(4) }
            var recorded = 0
            for i in 0..<1000 {
                do { recorded = try log.append(.open("s1", "/secret/\(i)")) } catch {
                    guard (error as? EventLogError)?.errno == EFBIG else { exit(5) }
                    let result = ChainVerifier.verify(
                        session: "s1", file: log.path, contents: readBytes(log.path), running: true)
                    exit(result.ok && result.events == recorded ? 0 : 6)
                }
            }
            exit(7)
        }
    }
}

/// Files this process writes may not grow past `bytes` (RLIMIT_FSIZE): a write beyond fails
/// with EFBIG (SIGXFSZ ignored). Process-wide: for tests that run in a process of their own.
func limitFileSize(to bytes: rlim_t) -> Bool {
    signal(SIGXFSZ, SIG_IGN)
    var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
    return setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0
}

@discardableResult
func shell(_ command: String) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", command]
    guard (try? p.run()) != nil else { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
}
