import Foundation
import Testing
@testable import GuardianEvents

/// Every kind of tampering, done to a real log on disk, is caught at the right line.
@Suite struct ChainVerifierTests {
    /// A session log of 6 lines: start, 4 execs, end.
    struct Fixture {
        let dir = TempDirectory()
        let path: String
        var lines: [String]

        init(end: Bool = true) throws {
            path = try writeSession(dir.paths.events, "s1", execs: 4, end: end)
            lines = GuardianEventsTests.lines(of: path).dropLast()  // the empty tail after the last newline
        }

        func store(_ lines: [String], trailingNewline: Bool = true) {
            writeBytes(path, Array((lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")).utf8))
        }

        func verify() throws -> SessionVerification {
            try ChainVerifier.verify(paths: dir.paths, session: "s1")
        }
    }

    @Test func anIntactEndedSessionIsOK() throws {
        let f = try Fixture()
        let r = try f.verify()
        #expect(r.ok && r.status == .ended && r.events == 6)
        #expect(r.head == (try Event(jsonLine: Array(f.lines[5].utf8))).hash)
    }

    @Test func anEditedLineIsReportedAtThatLine() throws {
        var f = try Fixture()
        f.lines[2] = f.lines[2].replacingOccurrences(of: "step 1", with: "step X")
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .edited && r.problem?.line == 3)
        #expect(r.events == 2)
    }

    @Test func aLineRewrittenWithARecomputedHashBreaksTheNextLinesPrev() throws {
        var f = try Fixture()
        // An attacker who knows the recipe re-seals their edit of line 3.
        let canonical = Array(f.lines[2].replacingOccurrences(of: "step 1", with: "step X").utf8)
        let parts = try #require(EventChain.split(canonical[...]))
        let edited = parts.canonical.withUnsafeBytes { EventChain.hash(prev: parts.prev, canonical: $0) }
        var sealed: [UInt8] = []
        _ = EventChain.seal(parts.canonical, prev: parts.prev, into: &sealed)
        #expect(EventChain.split(sealed[...])?.hash == edited)
        f.lines[2] = String(decoding: sealed, as: UTF8.self)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .chainBroken && r.problem?.line == 4)
    }

    @Test func aDeletedLineIsReportedWhereTheGapIs() throws {
        var f = try Fixture()
        f.lines.remove(at: 2)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .deleted && r.problem?.line == 3)
        #expect(r.problem?.message.contains("event 3 is missing") == true)
    }

    @Test func deletingTheFirstLineIsCaught() throws {
        var f = try Fixture()
        f.lines.removeFirst()
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .deleted && r.problem?.line == 1)
    }

    @Test func swappedLinesAreReportedAsReordered() throws {
        var f = try Fixture()
        f.lines.swapAt(2, 3)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .reordered && r.problem?.line == 3)
    }

    @Test func aLineMovedBackIsReportedAsReordered() throws {
        var f = try Fixture()
        let moved = f.lines.remove(at: 1)
        f.lines.insert(moved, at: 4)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .reordered && r.problem?.line == 2)
    }

    @Test func aDuplicatedLineIsReportedAsReordered() throws {
        var f = try Fixture()
        f.lines.insert(f.lines[2], at: 3)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .reordered && r.problem?.line == 4)
    }

    @Test func cuttingTheTailIsTruncation() throws {
        var f = try Fixture()
        f.lines.removeLast(2)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .truncated && r.problem?.line == 5)
    }

    @Test func anEmptyLogOfAFinishedSessionIsTruncation() throws {
        let f = try Fixture()
        f.store([], trailingNewline: false)
        let r = try f.verify()
        #expect(r.problem?.kind == .truncated && r.problem?.line == 1)
    }

    @Test func aTornFinalLineIsReported() throws {
        var f = try Fixture()
        f.lines[5] = String(f.lines[5].prefix(40))
        f.store(f.lines, trailingNewline: false)
        let r = try f.verify()
        #expect(r.problem?.kind == .torn && r.problem?.line == 6)
        #expect(r.events == 5)
    }

    @Test func linesAfterTheEndEventAreReported() throws {
        var f = try Fixture()
        f.lines.append(f.lines[1])
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .appended && r.problem?.line == 7)
    }

    @Test func aLineFromAnotherSessionIsReported() throws {
        var f = try Fixture()
        let other = try writeSession(f.dir.paths.events, "s2", execs: 4)
        f.lines[2] = lines(of: other)[2]
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .edited && r.problem?.line == 3)
    }

    @Test func aLineThatIsNotJSONIsReported() throws {
        var f = try Fixture()
        f.lines.insert("hello", at: 1)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .edited && r.problem?.line == 2)
    }

    @Test func aRunningSessionWithoutEndIsNotTruncation() throws {
        let f = try Fixture(end: false)
        let lock = try SessionLock.acquire(paths: f.dir.paths, session: "s1")
        // An unfinished last line of a running session is a write in progress.
        f.store(f.lines + [String(f.lines[1].prefix(30))], trailingNewline: false)
        let r = try f.verify()
        #expect(r.ok && r.status == .running && r.events == 5)
        lock.release()
        let after = try f.verify()
        #expect(after.problem?.kind == .torn)
    }

    @Test func aForgedEndCountIsReported() throws {
        var f = try Fixture()
        // Re-seal the end event with a wrong count; the chain itself stays valid.
        var end = try Event(jsonLine: Array(f.lines[5].utf8))
        end.detail?["events"] = "99"
        let parts = try #require(EventChain.split(Array(f.lines[5].utf8)[...]))
        var sealed: [UInt8] = []
        _ = EventChain.seal(end.canonicalJSON(), prev: parts.prev, into: &sealed)
        f.lines[5] = String(decoding: sealed, as: UTF8.self)
        f.store(f.lines)
        let r = try f.verify()
        #expect(r.problem?.kind == .edited && r.problem?.line == 6)
    }
}
