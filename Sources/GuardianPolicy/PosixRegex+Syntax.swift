// What regcomp(3) would accept but read differently from the Perl-style syntax most people
// write: `\d` is a plain `d` to glibc, and inside `[...]` a backslash is an ordinary character, so
// `[^\s;]` would exclude `\`, `s` and `;`. Those are errors here, with the place and the POSIX
// spelling, so a pattern never silently matches something else than its author meant. The
// parentheses must balance too: PosixRegex wraps the pattern in a group.

extension PosixRegex {
    /// `pattern` checked and made ready for regcomp: a leading `(?i)` taken off (it becomes
    /// REG_ICASE), and `^` and `$` outside brackets written as GNU's buffer anchors \` and \'.
    ///
    /// Without REG_NEWLINE both spellings mean the start and the end of the text; but inside
    /// the `^.*(…)` that PosixRegex searches with, glibc's DFA lets a `^` match after a newline
    /// (its transition on '\n' takes the newline context whatever REG_NEWLINE says), and \` has
    /// no such exception.
    static func translate(_ pattern: [UInt8]) throws(SyntaxError) -> (body: [UInt8], caseInsensitive: Bool) {
        let caseInsensitive = pattern.starts(with: "(?i)".utf8)
        var i = caseInsensitive ? 4 : 0
        var body: [UInt8] = []
        body.reserveCapacity(pattern.count + 8)
        var open: [Int] = []
        while i < pattern.count {
            switch pattern[i] {
            case UInt8(ascii: "\\"):
                guard i + 1 < pattern.count else { throw SyntaxError(offset: i, message: "a trailing backslash escapes nothing") }
                if let problem = escapeProblem(pattern[i + 1]) { throw SyntaxError(offset: i, message: problem) }
                body += pattern[i...(i + 1)]
                i += 2
            case UInt8(ascii: "("):
                if i + 1 < pattern.count, pattern[i + 1] == UInt8(ascii: "?") {
                    throw SyntaxError(offset: i, message: "`(?` groups (non-capturing, lookaround, flags) are not POSIX; only a leading `(?i)` is accepted, for case-insensitive")
                }
                open.append(i)
                body.append(pattern[i])
                i += 1
            case UInt8(ascii: ")"):
                guard open.popLast() != nil else { throw SyntaxError(offset: i, message: "`)` closes no `(`: write \\) for the character") }
                body.append(pattern[i])
                i += 1
            case UInt8(ascii: "["):
                let end = try bracketEnd(pattern, from: i)
                body += pattern[i..<end]
                i = end
            case UInt8(ascii: "^"):
                body += "\\`".utf8
                i += 1
            case UInt8(ascii: "$"):
                body += "\\'".utf8
                i += 1
            default:
                body.append(pattern[i])
                i += 1
            }
        }
        if let unclosed = open.last { throw SyntaxError(offset: unclosed, message: "`(` is never closed by `)`") }
        return (body, caseInsensitive)
    }

    /// GNU's escapes (regex(7), "GNU operators"), and a backslash before punctuation.
    static func escapeProblem(_ c: UInt8) -> String? {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "s"), UInt8(ascii: "S"):
            return nil
        case UInt8(ascii: "d"): return "`\\d` is not POSIX: write [0-9]"
        case UInt8(ascii: "D"): return "`\\D` is not POSIX: write [^0-9]"
        case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"):
            return "`\\\(Character(Unicode.Scalar(c)))` is not POSIX: write \\s or [[:space:]] for any whitespace"
        case UInt8(ascii: "1")...UInt8(ascii: "9"): return "back-references are not supported"
        case UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"): return "write ^ and $ for the start and end"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0"):
            return "`\\\(Character(Unicode.Scalar(c)))` is not an escape POSIX or GNU know (they have \\b \\B \\w \\W \\s \\S \\< \\>)"
        default:
            return nil
        }
    }

    /// The index after the `]` that closes the bracket expression opened at `open`.
    static func bracketEnd(_ pattern: [UInt8], from open: Int) throws(SyntaxError) -> Int {
        var i = open + 1
        if i < pattern.count, pattern[i] == UInt8(ascii: "^") { i += 1 }
        // A `]` first in the list is a member, not the end.
        if i < pattern.count, pattern[i] == UInt8(ascii: "]") { i += 1 }
        while i < pattern.count {
            let c = pattern[i]
            if c == UInt8(ascii: "]") { return i + 1 }
            if c == UInt8(ascii: "["), i + 1 < pattern.count, let close = classClose(pattern[i + 1]) {
                // [:alpha:], [.-.], [=e=]: runs to the matching `:]`, `.]` or `=]`.
                var j = i + 2
                while j + 1 < pattern.count, !(pattern[j] == close && pattern[j + 1] == UInt8(ascii: "]")) { j += 1 }
                guard j + 1 < pattern.count else { break }
                i = j + 2
                continue
            }
            if c == UInt8(ascii: "\\") {
                throw SyntaxError(offset: i, message: "inside [...] a backslash is an ordinary character: write [[:space:]] for \\s, [^[:space:]] for \\S, [[:alnum:]_] for \\w, [0-9] for \\d, and a `]` first or a `-` last to include them")
            }
            if c >= 0x80 {
                throw SyntaxError(offset: i, message: "inside [...] only ASCII characters: the expression is matched byte by byte")
            }
            i += 1
        }
        throw SyntaxError(offset: open, message: "`[` is never closed by `]`")
    }

    private static func classClose(_ c: UInt8) -> UInt8? {
        c == UInt8(ascii: ":") || c == UInt8(ascii: ".") || c == UInt8(ascii: "=") ? c : nil
    }
}
