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

    /// A listing started before the policy is known (a session starts it before its profile is
    /// read) pins what the walk in place pins: cut at a budget smaller than the policy's, the
    /// walk goes on to the policy's before the pins are ready — to the end under a policy
    /// without delete rules — and past a budget, on to the end in the background (LatePins).
    @Test func aListingStartedBeforeThePolicyPinsTheSame() throws {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        t.directory("home/.keys/deeper")
        t.directory("home/.other")
        for i in 0..<40 { t.file("home/.keys/k\(i)", "key") }
        t.file("home/.keys/deeper/id", "key")
        t.file("home/.other/x", "x")
        let home = t.root + "/home"
        let policy = KeysPolicy(home: home)
        var expected: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: policy, root: home, into: &expected).isEmpty)
        #expect(expected.count == 41)
        let timeline = StartTimeline()
        let listed = PinnedFiles.startListing(roots: [home], budget: 10, timeline: timeline)
        #expect(listed.get()[0].isComplete == false, "the listing stops at its budget")
        // No delete rules: the whole walk before the pins are ready, nothing left for later.
        let unlimited = PinnedFiles(policy: policy, listed: listed, timeline: timeline)
        #expect(unlimited.finish().pinned == expected && unlimited.finish().late == nil)
        #expect(timeline.summary.contains("(home listing) ") && timeline.summary.contains("(pins) "))
        // A profile with delete rules has the default budget (4,000): the listing cut at 10,
        // the walk goes on to that budget before the pins are ready — here, to the end.
        let budgeted = PinnedFiles(policy: KeysPolicy(home: home, deletes: true), listed: PinnedFiles.startListing(roots: [home], budget: 10))
        #expect(budgeted.finish().late == nil && budgeted.finish().pinned == expected, "walked on to the default budget before the agent")
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
