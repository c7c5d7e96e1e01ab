// A strict RFC 8259 reader for request bodies. Strict where parsers disagree, because the
// proxy and the server must read the same request: a key twice in one object
// (`{"query":"query{me}","query":"mutation{…}"}` is the first for one parser and the last for
// another), a lone surrogate escape, invalid UTF-8, trailing bytes after the value and
// nesting past a bound are all errors. Foundation's JSONSerialization keeps the last duplicate
// silently, so it cannot be used here.

/// A JSON value as read from a request. Numbers keep their text, so nothing is rounded; object
/// members keep their order.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key` in an object (keys are unique: the reader refuses duplicates).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

public enum StrictJSON {
    public enum Failure: Error, Sendable, Hashable {
        case invalid(offset: Int)
        case duplicateKey(String)
        case tooDeep(limit: Int)
    }

    /// Reads one JSON value that is the whole of `bytes` (a UTF-8 byte order mark before it is
    /// skipped, whitespace around it allowed). Linear in the input; recursion bounded by `maxDepth`.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 256) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in
            var reader = StrictJSONReader(bytes: buffer, maxDepth: maxDepth)
            return try reader.readDocument()
        }
    }

    /// Reads `bytes` as strictly as `parse`, building only the top-level object's members whose
    /// keys `keep` accepts (each object's, for a top-level array); the others are checked and
    /// given as `null`. For bodies of which only a few top-level keys matter: a model API call of
    /// a megabyte is checked without building its strings.
    static func parse(_ bytes: [UInt8], maxDepth: Int, keepingMembers keep: @escaping (String) -> Bool) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in
            var reader = StrictJSONReader(bytes: buffer, maxDepth: maxDepth, keep: keep)
            return try reader.readDocument()
        }
    }

    public static func parse(_ text: String, maxDepth: Int = 256) throws(Failure) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}

struct StrictJSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    /// When set, only the members of the top-level object (or of each object in a top-level
    /// array) whose keys it accepts are built; everything else is checked and skipped.
    let keep: ((String) -> Bool)?
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, keep: ((String) -> Bool)? = nil) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.keep = keep
    }

    mutating func readDocument() throws(StrictJSON.Failure) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        let value = keep == nil ? try readValue() : try readEnvelopes()
        skipWhitespace()
        guard index == bytes.count else { throw .invalid(offset: index) }
        return value
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func readValue() throws(StrictJSON.Failure) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw .invalid(offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        default: return .number(try readNumber())
        }
    }

    mutating func enter() throws(StrictJSON.Failure) {
        depth += 1
        if depth > maxDepth { throw .tooDeep(limit: maxDepth) }
        index += 1
    }

    mutating func readObject(keeping keep: ((String) -> Bool)? = nil) throws(StrictJSON.Failure) -> JSONValue {
        try enter()
        var members: [JSONValue.Member] = []
        // Small objects compare keys directly; a set only when an object grows, so a body of
        // many small objects allocates no sets and a large one stays linear.
        var seen: Set<String>? = nil
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw .invalid(offset: index) }
            let key = try readString()
            if var set = seen {
                if !set.insert(key).inserted { throw .duplicateKey(key) }
                seen = set
            } else {
                if members.contains(where: { $0.key == key }) { throw .duplicateKey(key) }
                if members.count >= 8 { seen = Set(members.map(\.key) + [key]) }
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw .invalid(offset: index) }
            index += 1
            if let keep, !keep(key) {
                try skipValue()
                members.append(.init(key, .null))
            } else {
                members.append(.init(key, try readValue()))
            }
            skipWhitespace()
            guard index < bytes.count else { throw .invalid(offset: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { throw .invalid(offset: index) }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    mutating func readArray() throws(StrictJSON.Failure) -> JSONValue {
        try enter()
        var values: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(values)
        }
        while true {
            values.append(try readValue())
            skipWhitespace()
            guard index < bytes.count else { throw .invalid(offset: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw .invalid(offset: index) }
            index += 1
            depth -= 1
            return .array(values)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(StrictJSON.Failure) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw .invalid(offset: index) }
        for i in 0..<count where bytes[index + i] != literal.utf8Start[i] { throw .invalid(offset: index) }
        index += count
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    mutating func readNumber() throws(StrictJSON.Failure) -> String {
        let start = index
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { throw .invalid(offset: index) }
        if bytes[index] == 0x30 { index += 1 } else { while digit(index) { index += 1 } }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { throw .invalid(offset: index) }
            while digit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit(index) else { throw .invalid(offset: index) }
            while digit(index) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
}
