import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import GuardianCommands

/// The session CA and trust bundle made beside the profile's load: under the name the session
/// ends up with, and removed however the start ends.
@Suite struct SessionTrustTests {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    final class Flag: Sendable {
        let value = Mutex(false)
    }

    @Test func madeUnderTheSessionsNameAndRemoved() throws {
        let trust = SessionTrust(session: "20261203T120000-aaaaaa", cacheDirectory: nil, timeline: nil)
        let made = try trust.finish(session: "20261203T120000-aaaaaa").get()
        #expect(made.session == "20261203T120000-aaaaaa")
        #expect(Self.exists(made.bundle))
        // The same answer again: nothing is made twice.
        #expect(try trust.finish(session: "20261203T120000-aaaaaa").get().directory == made.directory)
        trust.remove()
        #expect(!Self.exists(made.bundle) && !Self.exists(made.directory))
    }

    /// The log took another name (another session started in the same second): the CA and the
    /// bundle made under the first are removed and made again under the one the session has.
    @Test func madeAgainWhenTheLogTookAnotherName() throws {
        let ranAfter = Flag()
        let trust = SessionTrust(session: "20261203T120000-aaaaaa", cacheDirectory: nil, timeline: nil, then: { ranAfter.value.withLock { $0 = true } })
        let first = try trust.finish(session: "20261203T120000-aaaaaa").get()
        let again = try trust.finish(session: "20261203T120000-bbbbbb").get()
        #expect(again.session == "20261203T120000-bbbbbb")
        #expect(again.directory != first.directory)
        #expect(!Self.exists(first.directory), "the bundle under the first name is removed")
        #expect(Self.exists(again.bundle))
        #expect(again.authority.caPEM != first.authority.caPEM)
        #expect(ranAfter.value.withLock { $0 }, "the work after the bundle ran before finish returned")
        trust.remove()
        #expect(!Self.exists(again.directory))
    }
}
