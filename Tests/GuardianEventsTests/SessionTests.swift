import Foundation
import Testing
@testable import GuardianEvents

@Suite struct SessionIDTests {
    @Test func idsAreShortSortableAndUnique() {
        let ids = (0..<2000).map { _ in SessionID.generate() }
        #expect(Set(ids).count == ids.count)
        let id = ids[0]
        #expect(id.count == 22)
        #expect(id.wholeMatch(of: /\d{8}T\d{6}-[0-9a-f]{6}/) != nil)
        #expect(SessionID.isValid(id))
    }

    @Test func idsSortByStartTime() {
        let earlier = SessionID.make(seconds: 1_795_000_000, random: 0xFFFFFF)
        let later = SessionID.make(seconds: 1_795_000_001, random: 0)
        #expect(earlier == "20261118T110640-ffffff")
        #expect(earlier < later)
    }

    @Test func shortFormsAndMatching() {
        let id = "20261121T103000-a1b2c3"
        #expect(SessionID.short(id) == "a1b2c3")
        #expect(SessionID.matches(id, "a1b2c3"))
        #expect(SessionID.matches(id, "20261121T10"))
        #expect(!SessionID.matches(id, "b2c3"))
    }

    @Test(arguments: ["", ".", "..", "a/b", "a b", "x\u{7F}"])
    func invalidIds(_ name: String) {
        #expect(!SessionID.isValid(name))
    }
}

@Suite struct SessionLockTests {
    @Test func aHeldLockMarksTheSessionRunningUntilReleased() throws {
        let dir = TempDirectory()
        #expect(!SessionLock.isHeld(paths: dir.paths, session: "s1"))
        let lock = try SessionLock.acquire(paths: dir.paths, session: "s1")
        #expect(SessionLock.isHeld(paths: dir.paths, session: "s1"))
        #expect(!SessionLock.isHeld(paths: dir.paths, session: "s2"))
        var st = stat()
        #expect(stat(lock.path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(lock.path == dir.paths.run + "/s1.lock")
        #expect(throws: EventLogError.self) { try SessionLock.acquire(paths: dir.paths, session: "s1") }
        lock.release()
        #expect(!SessionLock.isHeld(paths: dir.paths, session: "s1"))
        lock.release()
    }

    /// The kernel drops the lock when its process dies, however it dies.
    @Test func aLockHeldByAKilledProcessIsNotHeld() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.paths.run, withIntermediateDirectories: true)
        let lockPath = dir.paths.run + "/s1.lock"
        // A process that holds the lock itself (not through a child that would inherit it).
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import fcntl,sys,time\nf=open(sys.argv[1],'w')\nfcntl.flock(f,fcntl.LOCK_EX)\ntime.sleep(30)", lockPath]
        try p.run()
        var held = false
        for _ in 0..<250 where !held {
            held = SessionLock.isHeld(paths: dir.paths, session: "s1")
            if !held { usleep(20_000) }
        }
        #expect(held)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(!SessionLock.isHeld(paths: dir.paths, session: "s1"))
    }
}
