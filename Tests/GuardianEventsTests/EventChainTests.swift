import Foundation
import Testing
@testable import GuardianEvents

@Suite struct EventChainTests {
    @Test func sealedLineEndsWithPrevThenHash() throws {
        var e = Event.exec("s1", ["/bin/ls", "-l"])
        e.time = "2026-11-21T10:00:00.000Z"
        e.seq = 1
        var out: [UInt8] = []
        let hash = EventChain.seal(e.canonicalJSON(), prev: EventChain.genesisBytes, into: &out)
        let line = String(decoding: out, as: UTF8.self)
        #expect(line.hasPrefix(#"{"time":"2026-11-21T10:00:00.000Z","session":"s1","seq":1,"#))
        #expect(line.hasSuffix(#","prev":"\#(EventChain.genesis)","hash":"\#(String(decoding: hash, as: UTF8.self))"}"#))
        let parts = try #require(EventChain.split(out[...]))
        #expect(parts.canonical == e.canonicalJSON())
        #expect(parts.prev == EventChain.genesisBytes)
        #expect(parts.hash == hash)
    }

    /// The documented recipe: sha256 over the prev hex digits followed by the canonical line.
    @Test func hashIsSha256OfPrevHexAndCanonicalLine() throws {
        let canonical = Array(#"{"session":"s","seq":1}"#.utf8)
        let expected = try sha256sum(Array(EventChain.genesis.utf8) + canonical)
        #expect(EventChain.hash(prev: EventChain.genesis, canonical: canonical) == expected)
    }

    @Test(arguments: [
        "",
        "{}",
        #"{"a":1,"prev":"00","hash":"11"}"#,
        #"{"a":1,"hash":"\#(String(repeating: "0", count: 64))","prev":"\#(String(repeating: "0", count: 64))"}"#,
        #"{"a":1,"prev":"\#(String(repeating: "G", count: 64))","hash":"\#(String(repeating: "0", count: 64))"}"#,
        #"{"a":1,"prev":"\#(String(repeating: "0", count: 64))","hash":"\#(String(repeating: "A", count: 64))"}"#,
    ])
    func splitRejectsLinesNotInTheWritersForm(_ line: String) {
        #expect(EventChain.split(Array(line.utf8)[...]) == nil)
    }

    func sha256sum(_ bytes: [UInt8]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }
}

/// Integers in event lines are written as `String(v)` writes them: the canonical form the chain
/// covers must not change with the formatter.
@Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12345, -98765, Int64(Int32.max), Int64(Int32.min), Int64.max, Int64.min])
func integersAreWrittenAsStringDoes(_ v: Int64) {
    var w = JSONWriter()
    w.bytes.removeAll()
    w.integer(v)
    #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
}
