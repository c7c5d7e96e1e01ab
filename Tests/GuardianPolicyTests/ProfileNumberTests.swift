import Testing
import Yams
@testable import GuardianPolicy

/// Integers and numbers in profiles read without Yams's general conversion must read as
/// Yams reads them, whatever the text.
@Suite struct ProfileNumberTests {
    static let texts = [
        "0", "1", "2", "10", "123456789", "9223372036854775807", "9223372036854775808", "99999999999999999999",
        "-1", "-0", "-10", "+1", "+0", "00", "01", "017", "08", "0x1F", "0o17", "0b101", "1_000", "1:30", "-1:30",
        "1.5", "2.", ".5", ".", "1.2.3", "0.0", "1e3", "-2.5", ".inf", "-.inf", ".nan", "1_000.5",
        "", " 1", "1 ", "٣", "１", "a", "-a", "--1", "true", "~",
        "'3'", "\"3\"", "!!str 3", "!!int 3", "|\n  3", ">\n  3",
    ]

    static func node(_ text: String) throws -> Node {
        let root = try Yams.compose(yaml: "v: \(text)\n", .basic)
        return try #require(root?.mapping?["v"])
    }

    @Test(arguments: texts)
    func integer(text: String) throws {
        let node = try Self.node(text)
        #expect(ProfileParser(file: "t").integer(node) == node.int)
    }

    @Test(arguments: texts)
    func number(text: String) throws {
        let node = try Self.node(text)
        let mine = ProfileParser(file: "t").number(node), yams = node.float
        #expect(mine == yams || (mine?.isNaN == true && yams?.isNaN == true))
    }

    /// `min_args` in a profile, as the parser reads it.
    @Test func minArgs() throws {
        var parser = ProfileParser(file: "t.yaml")
        let doc = parser.parse("""
            name: t
            rules:
              - {id: a, reason: r, exec: {program: x, min_args: 2}}
              - {id: b, reason: r, exec: {program: x, min_args: 0x10}}
              - {id: c, reason: r, exec: {program: x, min_args: '3'}}
            """)
        #expect(parser.diagnostics.isEmpty)
        #expect(doc?.rules.map { $0.exec?.minArgs } == [2, 16, 0])
    }
}
