import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GuardianSupervisor

/// The pin walk on its own thread: what it finds is what the walk in place finds, a lookup
/// waits for it, and an unlistable directory with protected files beneath it is still reported.
@Suite struct PinnedFilesTests {
    typealias Tree = ProgramIdentityTests.Tree
    typealias KeysPolicy = HardeningUnitTests.KeysPolicy

    @Test func theWalkOnItsThreadPinsWhatTheWalkInPlacePins() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        t.directory("home/.other")
        t.file("home/.keys/id", "key")
        t.file("home/.other/x", "x")
        let policy = KeysPolicy(home: t.root + "/home")
        var expected: [FileIdentity: String] = [:]
        _ = PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &expected)
        let timeline = StartTimeline()
        let pins = PinnedFiles(policy: policy, roots: [t.root + "/home"], timeline: timeline)
        // Asked before anyone waited: the lookup waits for the walk.
        var st = stat()
        #expect(stat(t.root + "/home/.keys/id", &st) == 0)
        #expect(pins.name(of: FileIdentity(st)) == t.root + "/home/.keys/id")
        #expect(stat(t.root + "/home/.other/x", &st) == 0)
        #expect(pins.name(of: FileIdentity(st)) == nil)
        #expect(pins.finish().pinned == expected)
        #expect(pins.unlisted.isEmpty)
        #expect(timeline.summary.contains("(pins) "))
    }

    /// Root reads any directory: the unprivileged rerun is the one that sees the refusal.
    @Test func anUnlistableDirectoryIsReportedAfterTheWalk() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        t.file("home/.keys/id", "key")
        let policy = KeysPolicy(home: t.root + "/home")
        chmod(t.root + "/home/.keys", 0)
        defer { chmod(t.root + "/home/.keys", 0o755) }
        let pins = PinnedFiles(policy: policy, roots: [t.root + "/home"])
        if geteuid() == 0 {
            #expect(pins.unlisted.isEmpty)  // root lists it all the same
        } else {
            #expect(pins.unlisted == [t.root + "/home/.keys"])
        }
    }

    @Test func aStartStepIsOverWhenWaitedFor() {
        final class Flag: @unchecked Sendable { var set = false }
        let flag = Flag()
        let step = StartStep("test") {
            usleep(20_000)
            flag.set = true
        }
        step.wait()
        #expect(flag.set)
        step.wait()  // a second wait returns at once
    }
}
