// Shell-style globs, compiled once at load and matched over UTF-8 bytes on the hot path.

#if canImport(Glibc)
import Glibc
#endif

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
    /// The longest run of plain bytes after the literal prefix: no wildcard produces those bytes,
    /// so a string without them cannot match (`-service-account` for
    /// `**/*-service-account*.json`). Searched for before the matcher runs; empty when there is
    /// no run of two bytes or more, and for case-insensitive globs.
    let requiredLiteral: [UInt8]

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
        self.requiredLiteral = caseInsensitive || firstWild == nil ? [] : Self.longestRun(bytes, from: firstWild!)
    }

    /// The longest run of bytes other than `*` and `?` in `bytes[from...]`. The `/` of a `**/`
    /// belongs to the wildcard (it matches zero directories too, consuming the slash).
    static func longestRun(_ bytes: [UInt8], from: Int) -> [UInt8] {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        var best = 0..<0
        var runStart = -1
        var i = from
        func close(_ end: Int) {
            if runStart >= 0 && end - runStart > best.count { best = runStart..<end }
            runStart = -1
        }
        while i < bytes.count {
            let c = bytes[i]
            if c == star {
                close(i)
                let double = i + 1 < bytes.count && bytes[i + 1] == star
                i += double ? 2 : 1
                if double && i < bytes.count && bytes[i] == slash { i += 1 }
            } else if c == question {
                close(i)
                i += 1
            } else {
                if runStart < 0 { runStart = i }
                i += 1
            }
        }
        close(bytes.count)
        return best.count >= 2 ? Array(bytes[best]) : []
    }

    public func matches(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { matches(bytes: $0) }
    }

    @inline(__always) func matches(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
        if isLiteral {
            guard s.count == bytes.count else { return false }
            return Self.startsWith(s, bytes, folding: caseInsensitive)
        }
        guard s.count >= literalPrefix.count else { return false }
        if !Self.startsWith(s, literalPrefix, folding: caseInsensitive) { return false }
        if !requiredLiteral.isEmpty && !Self.contains(s, requiredLiteral) { return false }
        return matchAfterPrefix(s)
    }

    /// Whether `s` (at least as long) starts with `prefix`: memcmp, unless ASCII case is folded.
    /// A path is compared with every anchored glob's literal prefix (`/home/u/.aws/sso/cache/`)
    /// on each decision and on each file of the pin walk; byte by byte it was most of their time.
    @inline(__always) static func startsWith(_ s: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], folding: Bool) -> Bool {
        if prefix.isEmpty { return true }
        if folding {
            for i in 0..<prefix.count where lower(s[i]) != prefix[i] { return false }
            return true
        }
        return prefix.withUnsafeBufferPointer { memcmp(s.baseAddress!, $0.baseAddress!, $0.count) } == 0
    }

    /// The matcher alone, past the literal prefix (which the caller has compared).
    func matchAfterPrefix(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            match(p, literalPrefix.count, s, literalPrefix.count)
        }
    }

    /// Whether `needle` (two bytes or more) occurs in `s`.
    @inline(__always) static func contains(_ s: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(s, $0) }
    }

    /// Whether `n` (one byte or more) occurs in `s`.
    @inline(__always) static func contains(_ s: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = n[0], last = n.count - 1
        var i = 0
        while i + last < s.count {
            if s[i] == first && s[i + last] == n[last] {
                var k = 1
                while k < last && s[i + k] == n[k] { k += 1 }
                if k >= last { return true }
            }
            i += 1
        }
        return false
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

    /// Whether some entry of the directory `prefix` (a path ending in `/`) could match: false
    /// only where no name — one segment, not empty — put after `prefix` makes a path this glob
    /// matches. The matcher run over `prefix` alone; where it reaches the end of `prefix` with
    /// pattern left, that rest must be able to match a name: it must hold no `/` a name would
    /// have to contain. Value globs (`*` across `/`) are always kept.
    func couldMatchEntry(of prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard pathMode, prefix.last == UInt8(ascii: "/") else { return true }
        // Two quick refusals first (the walk asks this of every glob in every directory): a path
        // it matches starts with the literal prefix, so the two must agree where both have bytes;
        // and it holds `requiredLiteral`, whose part up to its last `/` cannot lie in a name,
        // so must be in `prefix`.
        for i in 0..<min(prefix.count, literalPrefix.count) where fold(prefix[i]) != literalPrefix[i] { return false }
        if let lastSlash = requiredLiteral.lastIndex(of: UInt8(ascii: "/")),
           !requiredLiteral.withUnsafeBufferPointer({ Self.contains(prefix, UnsafeBufferPointer(rebasing: $0[...lastSlash])) }) {
            return false
        }
        return bytes.withUnsafeBufferPointer { p in continues(p, 0, prefix, 0) }
    }

    /// `match` over a string that goes on past its end with a name: true where the pattern left
    /// at the end could match one (`restFitsOneSegment`).
    private func continues(_ p: UnsafeBufferPointer<UInt8>, _ pi: Int, _ s: UnsafeBufferPointer<UInt8>, _ si: Int) -> Bool {
        var pi = pi
        var si = si
        let slash = UInt8(ascii: "/")
        let star = UInt8(ascii: "*")
        while pi < p.count {
            if si == s.count { return Self.restFitsOneSegment(p, from: pi) }
            let c = p[pi]
            if c == star {
                let double = pi + 1 < p.count && p[pi + 1] == star
                if double {
                    var next = pi + 2
                    var segmentStart = false
                    if next < p.count, p[next] == slash {
                        next += 1
                        segmentStart = true
                    }
                    if next == p.count { return true }
                    var k = si
                    while k <= s.count {
                        if (!segmentStart || k == si || s[k - 1] == slash), continues(p, next, s, k) { return true }
                        k += 1
                    }
                    return false
                }
                var k = si
                while true {
                    if continues(p, pi + 1, s, k) { return true }
                    if k >= s.count || s[k] == slash { return false }
                    k += 1
                }
            }
            if c == UInt8(ascii: "?") {
                if s[si] == slash { return false }
            } else if c != fold(s[si]) {
                return false
            }
            pi += 1
            si += 1
        }
        // The pattern is used up before the name begins: it matches no path with a name.
        return false
    }

    /// Whether `p[from...]` could match some string without `/`: its tokens, read as the matcher
    /// reads them (`**` and the `/` right after it are one token), include no literal `/`.
    static func restFitsOneSegment(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
        var i = from
        while i < p.count {
            if p[i] == star {
                if i + 1 < p.count && p[i + 1] == star {
                    i += 2
                    if i < p.count && p[i] == slash { i += 1 }
                } else {
                    i += 1
                }
            } else if p[i] == slash {
                return false
            } else {
                i += 1
            }
        }
        return true
    }

    @inline(__always) private func fold(_ c: UInt8) -> UInt8 { caseInsensitive ? Self.lower(c) : c }

    /// `*` or `?`: the bytes a glob matches other than as themselves.
    static func isWildcard(_ c: UInt8) -> Bool { c == UInt8(ascii: "*") || c == UInt8(ascii: "?") }

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
