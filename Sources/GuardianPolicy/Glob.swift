// Shell-style globs, compiled once at load and matched over UTF-8 bytes on the hot path.

/// Shell-style globs over absolute paths: `*` and `?` stay within one segment, `**` spans any.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        CompiledGlob(pattern).matches(path)
    }
}

/// A glob ready to match. Path globs keep `*` within a segment; value globs (`pathMode: false`,
/// used for environment names, hosts and argument values) let `*` match anything.
public struct CompiledGlob: Sendable, Hashable {
    public let pattern: String
    let bytes: [UInt8]
    let pathMode: Bool
    let caseInsensitive: Bool
    /// The bytes before the first wildcard: a path that does not start with them cannot match.
    let literalPrefix: [UInt8]
    /// The pattern has no wildcard at all: compare bytes.
    let isLiteral: Bool

    public init(_ pattern: String, pathMode: Bool = true, caseInsensitive: Bool = false) {
        self.pattern = pattern
        var bytes = Array(pattern.utf8)
        if caseInsensitive { bytes = bytes.map(Self.lower) }
        self.bytes = bytes
        self.pathMode = pathMode
        self.caseInsensitive = caseInsensitive
        let firstWild = bytes.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
        self.literalPrefix = Array(bytes[..<(firstWild ?? bytes.count)])
        self.isLiteral = firstWild == nil
    }

    public func matches(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { matches(bytes: $0) }
    }

    @inline(__always) func matches(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
        if isLiteral {
            guard s.count == bytes.count else { return false }
            for i in 0..<s.count where fold(s[i]) != bytes[i] { return false }
            return true
        }
        guard s.count >= literalPrefix.count else { return false }
        for i in 0..<literalPrefix.count where fold(s[i]) != literalPrefix[i] { return false }
        return bytes.withUnsafeBufferPointer { p in
            match(p, literalPrefix.count, s, literalPrefix.count)
        }
    }

    /// Whether some path beneath `directory` (which ends in `/`) could match: used to decide
    /// what moving a directory takes with it.
    func couldMatchBeneath(_ directory: [UInt8]) -> Bool {
        let n = min(directory.count, literalPrefix.count)
        for i in 0..<n where directory[i] != literalPrefix[i] { return false }
        if literalPrefix.count >= directory.count { return true }
        // The directory goes deeper than the literal part: only a wildcard can reach below it.
        return !isLiteral
    }

    @inline(__always) private func fold(_ c: UInt8) -> UInt8 { caseInsensitive ? Self.lower(c) : c }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 {
        c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c
    }

    private func match(_ p: UnsafeBufferPointer<UInt8>, _ pi: Int, _ s: UnsafeBufferPointer<UInt8>, _ si: Int) -> Bool {
        var pi = pi
        var si = si
        let slash = UInt8(ascii: "/")
        let star = UInt8(ascii: "*")
        while pi < p.count {
            let c = p[pi]
            if c == star {
                let double = pi + 1 < p.count && p[pi + 1] == star
                if double || !pathMode {
                    var next = pi + (double ? 2 : 1)
                    // `**/` matches zero or more whole directories: what follows starts a segment.
                    var segmentStart = false
                    if double, next < p.count, p[next] == slash {
                        next += 1
                        segmentStart = true
                    }
                    if next == p.count { return true }
                    var k = si
                    while k <= s.count {
                        if (!segmentStart || k == si || s[k - 1] == slash), match(p, next, s, k) { return true }
                        k += 1
                    }
                    return false
                }
                var k = si
                while true {
                    if match(p, pi + 1, s, k) { return true }
                    if k >= s.count || s[k] == slash { return false }
                    k += 1
                }
            }
            guard si < s.count else { return false }
            if c == UInt8(ascii: "?") {
                if pathMode && s[si] == slash { return false }
            } else if c != fold(s[si]) {
                return false
            }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
