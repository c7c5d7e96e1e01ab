// A cheap lexical pass over a GraphQL document before the parser sees it. GraphQLSwift's parser
// recurses once per nesting level with no limit, and links every token (comments included)
// into a list that is freed recursively when the parse ends: 100,000 nested braces, or a
// megabyte of commas, would exhaust the stack. This pass counts tokens and nesting with the
// lexer's rules for strings, block strings and comments, in one linear walk over the bytes.

struct GraphQLDocumentScan {
    var tokens = 0
    var maxNesting = 0

    /// Scans `document`, stopping as soon as a bound is passed.
    init(_ document: String, limits: RequestClassifier.Limits) throws(RequestRefusal) {
        let bytes = document.utf8
        if bytes.count > limits.documentBytes {
            throw Self.refusal("is \(bytes.count) bytes, over the bound of \(limits.documentBytes)")
        }
        var nesting = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i != end {
            let byte = bytes[i]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), 0xEF, 0xBB, 0xBF:
                i = bytes.index(after: i)
                continue
            case UInt8(ascii: "#"):
                while i != end, bytes[i] != 0x0A, bytes[i] != 0x0D { i = bytes.index(after: i) }
            case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
                nesting += 1
                maxNesting = Swift.max(maxNesting, nesting)
                if nesting > limits.documentNesting {
                    throw Self.refusal("nests deeper than \(limits.documentNesting) levels")
                }
                i = bytes.index(after: i)
            case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                nesting -= 1
                i = bytes.index(after: i)
            case UInt8(ascii: "\""):
                i = Self.skipString(bytes, from: i)
            default:
                if Self.isNameByte(byte) {
                    while i != end, Self.isNameByte(bytes[i]) { i = bytes.index(after: i) }
                } else {
                    i = bytes.index(after: i)
                }
            }
            tokens += 1
            if tokens > limits.documentTokens {
                throw Self.refusal("has more than \(limits.documentTokens) tokens")
            }
        }
    }

    /// Past a `"…"` or `"""…"""` string starting at `start` (or to the end, unterminated: the
    /// parser reports that).
    static func skipString(_ bytes: String.UTF8View, from start: String.Index) -> String.Index {
        let end = bytes.endIndex
        let quote = UInt8(ascii: "\"")
        var i = bytes.index(after: start)
        if i != end, bytes[i] == quote, bytes.index(after: i) != end, bytes[bytes.index(after: i)] == quote {
            i = bytes.index(i, offsetBy: 2)
            // Block string: ends at the next `"""` not escaped as `\"""`.
            while i != end {
                if bytes[i] == UInt8(ascii: "\\") {
                    i = bytes.index(after: i)
                    if i != end { i = bytes.index(after: i) }
                    continue
                }
                if bytes[i] == quote, bytes[i...].starts(with: [quote, quote, quote]) {
                    return bytes.index(i, offsetBy: 3)
                }
                i = bytes.index(after: i)
            }
            return end
        }
        while i != end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") {
                i = bytes.index(after: i)
                if i != end { i = bytes.index(after: i) }
                continue
            }
            if byte == quote || byte == 0x0A || byte == 0x0D { return bytes.index(after: i) }
            i = bytes.index(after: i)
        }
        return end
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    static func refusal(_ what: String) -> RequestRefusal {
        RequestRefusal(rule: RequestRefusal.graphqlTooLarge, reason: "the GraphQL document \(what)")
    }
}

extension GraphQLExtraction {
    /// Whether a `query` value off a GraphQL path is a document a server would run: it holds a
    /// selection set and begins, past ignored tokens, with `{`, an operation or fragment keyword,
    /// or a description string.
    static func looksLikeDocument(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return false }
        var i = bytes.startIndex
        while i != bytes.endIndex {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), 0xEF, 0xBB, 0xBF:
                i = bytes.index(after: i)
            case UInt8(ascii: "#"):
                while i != bytes.endIndex, bytes[i] != 0x0A, bytes[i] != 0x0D { i = bytes.index(after: i) }
            case UInt8(ascii: "{"), UInt8(ascii: "\""):
                return true
            default:
                var j = i
                while j != bytes.endIndex, GraphQLDocumentScan.isNameByte(bytes[j]) { j = bytes.index(after: j) }
                return ["query", "mutation", "subscription", "fragment"].contains(text[i..<j])
            }
        }
        return false
    }
}
