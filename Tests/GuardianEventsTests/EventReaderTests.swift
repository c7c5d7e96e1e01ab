import Foundation
import Testing
@testable import GuardianEvents

@Suite struct EventParsingTests {
    @Test func everyFieldSurvivesTheRoundTrip() throws {
        var e = Event(session: "s1", pid: 42, ppid: 7, kind: .exec, decision: "ask", profile: "dev",
                      rule: "no-push", reason: "held for approval")
        e.time = "2026-11-21T10:00:00.123Z"
        e.seq = 9
        e.environment = "staging"
        e.program = "/usr/bin/git"
        e.interpreter = "/bin/sh"
        e.sha256 = String(repeating: "ab", count: 32)
        e.argv = ["git", "push", "--force", "quote\"back\\slash\nnewline\u{1}"]
        e.cwd = "/work/ré pö"
        e.path = "/p"
        e.access = "read"
        e.syscall = "openat"
        e.command = ["claude"]
        e.exitStatus = -3
        e.detail = ["events": "9", "withheld": "AWS_SECRET_ACCESS_KEY"]
        let back = try Event(jsonLine: e.canonicalJSON())
        #expect(back == e)
    }

    @Test func unknownFieldsAreIgnored() throws {
        let line = #"{"time":"2026-11-21T10:00:00.000Z","session":"s","seq":1,"pid":1,"ppid":0,"kind":"open","decision":"deny","rule":null,"profile":"dev","sha256":"abc","new":{"x":[1,2]}}"#
        let e = try Event(jsonLine: Array(line.utf8))
        #expect(e.kind == .open && e.decision == "deny" && e.rule == nil && e.seq == 1)
    }

    @Test(arguments: [
        "not json",
        "[1,2]",
        #"{"session":"s","seq":1,"pid":1,"ppid":0,"decision":"deny","profile":"dev"}"#,
        #"{"session":"s","seq":1,"pid":1,"ppid":0,"kind":"teleport","decision":"deny","profile":"dev"}"#,
        #"{"session":"s","pid":1,"ppid":0,"kind":"open","decision":"deny","profile":"dev"}"#,
    ])
    func linesThatAreNotEventsThrow(_ line: String) {
        #expect(throws: EventParseError.self) { try Event(jsonLine: Array(line.utf8)) }
    }
}

@Suite struct EventReaderTests {
    @Test func lastEventsAcrossSessionsAreInTimeOrder() throws {
        let dir = TempDirectory()
        let a = try EventLog(directory: dir.path, session: "a")
        let b = try EventLog(directory: dir.path, session: "b")
        for i in 0..<10 {
            var e = Event.exec(i % 2 == 0 ? "a" : "b", ["/bin/n", "\(i)"])
            e.time = "2026-11-21T10:00:0\(i).000Z"
            try (i % 2 == 0 ? a : b).append(e)
        }
        a.close()
        b.close()
        let reader = EventReader(directory: dir.path)
        #expect(reader.sessions() == ["a", "b"])
        let last = reader.lastEvents(4)
        #expect(last.map { $0.event.argv?[1] } == ["6", "7", "8", "9"])
        #expect(last.map(\.session) == ["a", "b", "a", "b"])
        let odd = reader.lastEvents(2, where: { Int($0.argv?[1] ?? "") ?? 0 < 5 })
        #expect(odd.map { $0.event.argv?[1] } == ["3", "4"])
        #expect(reader.lastEvents(3, sessions: ["b"]).map { $0.event.argv?[1] } == ["5", "7", "9"])
    }

    @Test func readingBackwardsCrossesChunkBoundariesAndSkipsAnUnfinishedLine() throws {
        let dir = TempDirectory()
        let log = try EventLog(directory: dir.path, session: "s")
        let long = String(repeating: "y", count: 5000)
        for i in 0..<100 { try log.append(.exec("s", ["/bin/n", "\(i)", long])) }
        log.close()
        // A write in progress: half a line with no newline.
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"time":"2026"#.utf8))
        try handle.close()

        let reader = EventReader(directory: dir.path)
        let last = try reader.lastEvents(70, session: "s")
        #expect(last.map(\.event.seq) == Array(31...100))
        #expect(last.allSatisfy { $0.raw.hasPrefix("{") && $0.raw.hasSuffix("\"}") })
        #expect(try reader.events(session: "s").count == 100)
        #expect(try reader.lastEvents(500, session: "s").count == 100)
    }

    @Test func theFollowerSeesNewLinesAndNewSessionsButNotUnfinishedLines() throws {
        let dir = TempDirectory()
        let old = try EventLog(directory: dir.path, session: "old")
        try old.append(.open("old", "/before"))
        var follower = EventFollower(reader: EventReader(directory: dir.path))
        #expect(follower.poll().isEmpty, "starts at the end of existing logs")
        #expect(follower.backlog(5).map { $0.event.path } == ["/before"])

        var after = Event.open("old", "/after")
        after.time = "2099-01-01T00:00:00.000Z"
        try old.append(after)
        let new = try EventLog(directory: dir.path, session: "new")
        var fresh = Event.open("new", "/fresh")
        fresh.time = "2099-01-01T00:00:00.001Z"
        try new.append(fresh)
        #expect(follower.poll().map { $0.event.path } == ["/after", "/fresh"])
        #expect(follower.poll().isEmpty)

        let handle = try #require(FileHandle(forWritingAtPath: new.path))
        handle.seekToEndOfFile()
        let line = #"{"time":"2099-01-01T00:00:00.000Z","session":"new","seq":2,"pid":1,"ppid":0,"kind":"open","decision":"deny","profile":"dev","path":"/late"}"#
        handle.write(Data(line.prefix(30).utf8))
        #expect(follower.poll().isEmpty, "half a line is not an event yet")
        handle.write(Data((line.dropFirst(30) + "\n").utf8))
        try handle.close()
        #expect(follower.poll().map { $0.event.path } == ["/late"])
        old.close()
        new.close()
    }

    @Test func theFollowerFiltersBySessionAndDecision() throws {
        let dir = TempDirectory()
        var follower = EventFollower(
            reader: EventReader(directory: dir.path), sessions: { $0 == "keep" }, where: { $0.decision == "deny" })
        let keep = try EventLog(directory: dir.path, session: "keep")
        let other = try EventLog(directory: dir.path, session: "other")
        try keep.append(.open("keep", "/denied"))
        try keep.append(.open("keep", "/allowed", decision: "allow"))
        try other.append(.open("other", "/elsewhere"))
        keep.close()
        other.close()
        #expect(follower.poll().map { $0.event.path } == ["/denied"])
    }
}
