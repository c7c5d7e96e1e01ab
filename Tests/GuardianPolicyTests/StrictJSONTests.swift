import GuardianPolicy
import Testing

@Suite struct StrictJSONTests {
    @Test(arguments: [
        (#"{"a":1,"b":[true,false,null],"c":"x"}"#, JSONValue.object([.init("a", .number("1")),
            .init("b", .array([.bool(true), .bool(false), .null])), .init("c", .string("x"))])),
        (#"  [ -0.5e+3 , 0 , 12 ]  "#, .array([.number("-0.5e+3"), .number("0"), .number("12")])),
        (#""\u006dutation \"q\" \\ \/ \n\t""#, .string("mutation \"q\" \\ / \n\t")),
        (#""\ud83d\ude00 é""#, .string("😀 é")),
        ("\u{FEFF}{}", .object([])),
        (#"{"a":{"a":{"a":[]}}}"#, .object([.init("a", .object([.init("a", .object([.init("a", .array([]))]))]))])),
    ])
    func reads(_ text: String, _ value: JSONValue) throws {
        #expect(try StrictJSON.parse(text) == value)
    }

    @Test(arguments: [
        #"{"a":1,"a":2}"#, #"{"a":1,"\u0061":2}"#, #"[{"x":{"k":1,"k":1}}]"#,
        #"{"1":0,"2":0,"3":0,"4":0,"5":0,"6":0,"7":0,"8":0,"9":0,"10":0,"3":0}"#,
    ])
    func refusesDuplicateKeys(_ text: String) {
        #expect(throws: StrictJSON.Failure.self) { try StrictJSON.parse(text) }
        do { _ = try StrictJSON.parse(text) } catch { #expect({ if case .duplicateKey = error { true } else { false } }()) }
    }

    @Test(arguments: [
        "", " ", "{", "[1,]", #"{"a":1,}"#, "{} {}", "[1] x", "01", "1.", ".5", "-", "1e", "+1", "tru", "nul", "NaN",
        #""\ud800""#, #""\udc00x""#, #""\ud800\u0041""#, "\"a\u{1}b\"", #""\x""#, #""abc"#, "{'a':1}", "{a:1}",
        "[1 2]", #"{"a" 1}"#, "// c\n{}",
    ])
    func refusesInvalid(_ text: String) {
        #expect(throws: StrictJSON.Failure.self) { try StrictJSON.parse(text) }
    }

    @Test func refusesInvalidUTF8() throws {
        #expect(throws: StrictJSON.Failure.self) { try StrictJSON.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: StrictJSON.Failure.self) { try StrictJSON.parse([0x22, 0x5C, 0x6E, 0xFF, 0x22]) }
        for bytes: [UInt8] in [[0xC0, 0x80], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            #expect(throws: StrictJSON.Failure.self, "\(bytes)") { try StrictJSON.parse([0x22] + bytes + [0x22]) }
        }
        #expect(try StrictJSON.parse([0x22, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC, 0x22]) == .string("😀€"))
    }

    @Test func depthIsBounded() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: StrictJSON.Failure.tooDeep(limit: 256)) { try StrictJSON.parse(deep) }
        let fine = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        _ = try StrictJSON.parse(fine)
    }
}
