import Testing
@testable import GuardianNetwork

@Suite struct ResolverTests {
    /// A query for `name` of `type`, as a stub resolver sends it.
    static func query(_ name: String, type: UInt16 = 1, id: UInt16 = 0x1234) -> [UInt8] {
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xff), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") {
            out.append(UInt8(label.utf8.count))
            out += Array(label.utf8)
        }
        out += [0, UInt8(type >> 8), UInt8(type & 0xff), 0, 1]
        return out
    }

    @Test func aQueryIsReadAndAnsweredWithItsAddresses() throws {
        let q = try #require(DNSQuery(Self.query("API.Example.com")))
        #expect(q.name == "api.example.com")
        #expect(q.type == DNSQuery.a)
        let answer = q.answer(.ok, addresses: [[127, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]])
        #expect(Array(answer[0..<2]) == [0x12, 0x34])
        #expect(answer[3] & 0x0F == 0, "NOERROR")
        #expect(answer[7] == 1, "one A record: the AAAA address is not of the query's type")
        #expect(Array(answer.suffix(4)) == [127, 0, 0, 1])
    }

    @Test func refusalsAndOtherTypes() throws {
        let q = try #require(DNSQuery(Self.query("x.example", type: 16)))
        let refused = q.answer(.refused)
        #expect(refused[3] & 0x0F == 5)
        #expect(refused[7] == 0)
        let empty = q.answer(.ok, addresses: [[1, 2, 3, 4]])
        #expect(empty[7] == 0, "a TXT query gets no records back")
    }

    @Test(arguments: [
        [UInt8](),
        Array(repeating: 0, count: 11),
        // A response, not a query.
        [0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0x61, 0, 0, 1, 0, 1],
        // Two questions.
        [0, 1, 0x01, 0x00, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0x61, 0, 0, 1, 0, 1],
        // A compression pointer in the question.
        [0, 1, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1],
        // A label running past the end.
        [0, 1, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 40, 0x61],
    ])
    func malformedQueriesAreNotRead(_ packet: [UInt8]) {
        #expect(DNSQuery(packet) == nil)
    }

    @Test func resolveEntriesMapNamesAndNameAddresses() throws {
        let names = try NameTable(resolve: ["api.test.example:443:127.0.0.1", "v6.example:80:[::1]"])
        #expect(names.fixedAddresses("api.test.example") == [[127, 0, 0, 1]])
        #expect(names.name(for: Endpoint(family: .v4, address: [127, 0, 0, 1], port: 9)) == "api.test.example")
        #expect(names.name(for: Endpoint(family: .v6, address: Array(repeating: 0, count: 15) + [1], port: 9)) == "v6.example")
        names.record("other.example", [[10, 0, 0, 1]])
        #expect(names.name(for: Endpoint(family: .v4, address: [10, 0, 0, 1], port: 443)) == "other.example")
    }

    @Test(arguments: ["api.example", "api.example:443", "api.example:x:127.0.0.1", "api.example:443:not-an-address"])
    func malformedResolveEntriesAreErrors(_ entry: String) {
        #expect(throws: NameTableError.self) { try NameTable(resolve: [entry]) }
    }
}
