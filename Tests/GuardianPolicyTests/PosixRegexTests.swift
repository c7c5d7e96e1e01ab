import Foundation
import Testing
@testable import GuardianPolicy

/// `regex` / `not_regex` as docs/PROFILES.md describes them: POSIX extended, GNU escapes,
/// a leading `(?i)`, and Perl-isms rejected with their place.
struct PosixRegexTests {
    @Test(arguments: [
        // Case: only with a leading (?i), and then for ranges and negated lists too.
        ("drop table", "-c DROP TABLE x", false),
        ("(?i)drop table", "-c DROP TABLE x", true),
        ("(?i)[a-z]+_id", "USER_ID", true),
        ("(?i)x[^w]y", "xWy", false),
        ("[^w]y", "Wy", true),
        // Word boundaries and GNU's classes.
        ("\\bdrop\\b", "backdrop", false),
        ("\\bdrop\\b", "-c 'drop table'", true),
        ("\\bdrop\\b", "drop_x", false),
        ("\\bdrop\\b", "a-drop", true),
        ("\\<rm\\>", "perm", false),
        ("\\<rm\\>", "rm -rf", true),
        ("drop\\s+table", "drop \t table", true),
        ("drop\\s+table", "droptable", false),
        ("\\S+@\\S+", "a@b", true),
        ("\\w+-\\w+", "--", false),
        // `.` crosses newlines; ^ and $ are the whole text.
        ("mutation.*delete", "mutation {\n  volumeDelete", false),
        ("(?i)mutation.*delete", "mutation {\n  volumeDelete", true),
        ("^(status|ping)$", "status", true),
        ("^(status|ping)$", "status\nping", false),
        ("(^| )down( |$)", "compose down", true),
        ("(^| )down( |$)", "countdown", false),
        // Escaped punctuation, POSIX classes, a `[` and a `]` as list members.
        ("deleteMany\\(\\s*\\{\\s*\\}\\s*\\)", "db.u.deleteMany({})", true),
        ("deleteMany\\(\\s*\\{\\s*\\}\\s*\\)", "db.u.deleteMany({a: 1})", false),
        ("set[[:space:]]+[^[:space:];]+", "SET a", false),
        ("truncate [a-z_\"`[]", "truncate [t]", true),
        ("[]x]", "]", true),
        (".*", "", true),
        ("x", "", false),
    ])
    func matches(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try PosixRegex(pattern).matches(text) == expected)
    }

    /// The catalog's "UPDATE … SET without WHERE", which POSIX cannot say with a lookahead.
    @Test(arguments: [
        ("-c UPDATE a SET b = 1", true),
        ("-c UPDATE a SET b = 1 WHERE id = 2", false),
        ("-c update a set b = 1 wHeRe id = 2", false),
        ("-c UPDATE a SET b = 'whe' || 'wher' || 'wwhh'", true),
        ("-c UPDATE a SET x=1 WHERE id=1; UPDATE b SET y=2", true),
        ("-c UPDATE a SET x=1; UPDATE b SET y=2 WHERE id=3", false),
        ("-c UPDATE a SET note = 'somewhere'", false),
        ("-c DELETE FROM users", true),
        ("-c DELETE FROM users; SELECT 1 WHERE true", true),
        ("-c DELETE FROM users WHERE id = 3", false),
    ])
    func updateWithoutWhere(_ text: String, _ expected: Bool) throws {
        let tail = "([^w]|w(w|hw|hew|herw)*([^hw]|h[^ew]|he[^rw]|her[^ew]))*(w(w|hw|hew|herw)*(h|he|her)?)?$"
        let pattern = "(?i)\\b(delete\\s+from\\s+[^[:space:];]+\\s*(;|$|'|\")|update\\s+[^[:space:];]+\\s+set\\s+\(tail))"
        #expect(try PosixRegex(pattern).matches(text) == expected)
    }

    @Test(arguments: [
        ("\\d+", 0, "[0-9]"),
        ("a\\D", 1, "[^0-9]"),
        ("x\\ny", 1, "\\s"),
        ("[^\\s;]+", 2, "backslash is an ordinary character"),
        ("(?:a|b)", 0, "(?"),
        ("a(?!b)", 1, "(?"),
        ("a(?i)b", 1, "(?"),
        ("(?i)(a)\\1", 7, "back-references"),
        ("ab\\", 2, "trailing backslash"),
        ("\\Aab", 0, "^ and $"),
        ("x\\q", 1, "not an escape"),
        ("[é]", 1, "ASCII"),
        ("ab[cd", 2, "never closed"),
        ("((a)", 0, "never closed"),
        ("a)|(b", 1, "closes no"),
    ])
    func perlSyntaxIsAnErrorWithItsPlace(_ pattern: String, _ offset: Int, _ hint: String) {
        #expect {
            _ = try PosixRegex(pattern)
        } throws: { error in
            guard let error = error as? PosixRegex.SyntaxError else { return false }
            return error.offset == offset && error.message.contains(hint)
                && "\(error)".hasPrefix("at character \(offset + 1): ")
        }
    }

    @Test func regcompErrorsCarryGlibcsMessage() {
        #expect {
            _ = try PosixRegex("[z-a]")
        } throws: { error in
            guard let error = error as? PosixRegex.SyntaxError else { return false }
            return error.offset == nil && error.message == "Invalid range end"
        }
    }

    /// The pattern is searched as `^.*(P)`: anchors, a leading `\b` and alternation keep
    /// their meaning.
    @Test(arguments: [
        ("^rm", "rm -rf", true),
        ("^rm", "x rm", false),
        ("a|^b", "cb", false),
        ("a|^b", "bc", true),
        ("x$|^y", "xy", false),
        ("\\bdrop", "a drop", true),
        ("\\bdrop", "adrop", false),
        ("", "anything", true),
        // ^ and $ stay the ends of the whole text, after a newline too.
        ("(^| )down( |$)", "compose\ndown", false),
        ("^(status|ping)$", "x\nstatus", false),
        ("^(status|ping)$", "status\n", false),
        ("x^", "x", false),
        ("\\`ping\\'", "ping", true),
        ("[$^]", "a^b", true),
        ("\\$5", "costs $5", true),
    ])
    func searchIsUnanchored(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try PosixRegex(pattern).matches(text) == expected)
    }

    @Test func classesInsideBracketsAreNotMistakenForTheirEnd() throws {
        #expect(try PosixRegex("[[:alpha:]]+[[.-.]]").matches("ab-"))
        #expect(try PosixRegex("(?i)[[:upper:]]").matches("a"))
    }

    /// Two supervisor threads evaluate at once: one compiled pattern, shared.
    @Test func sharedAcrossTasks() async throws {
        let regex = try PosixRegex("(?i)\\bdrop\\s+table\\b")
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask {
                    (0..<2_000).allSatisfy { j in regex.matches((i + j) % 2 == 0 ? "-c DROP TABLE t\(j)" : "-c dropped tables") == ((i + j) % 2 == 0) }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }

    /// A search glibc cannot finish (out of memory) is `.failed`, never `.noMatch`, so a rule
    /// with a `regex` still applies. In a child process whose every allocation fails, a pattern
    /// never searched before cannot even allocate its match context.
    @Test func aSearchThatRunsOutOfMemoryFails() async {
        await #expect(processExitsWith: .exitCode(0)) {
            let regex = try! PosixRegex("volume(Delete|Remove)")
            let text = "mutation { volumeDelete(volumeId: 1) }"
            // The address space mapped now (statm: pages), plus 16 MiB; then every allocation
            // is taken until none is left.
            let statm = try! String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
            let pages = Int(statm.split(separator: " ")[0])!
            var limit = rlimit(rlim_cur: rlim_t(pages * 4096 + (16 << 20)), rlim_max: rlim_t(pages * 4096 + (16 << 20)))
            guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else { _exit(2) }
            var size = 1 << 20
            while size >= 8 {
                while malloc(size) != nil {}
                size /= 2
            }
            _exit(regex.search(text) == .failed ? 0 : 1)
        }
    }

    @Test func searchesThatFinish() throws {
        let regex = try PosixRegex("volume(Delete|Remove)")
        #expect(regex.search("mutation { volumeDelete }") == .match)
        #expect(regex.search("query { volumes }") == .noMatch)
        #expect(regex.search("") == .noMatch)
    }
}
