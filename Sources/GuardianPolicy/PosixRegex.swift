// `regex` and `not_regex`: POSIX extended regular expressions, compiled and run by glibc
// (regcomp(3), regex(7); searched with glibc's re_search). The one libc import of this module, and no syscall: glibc
// compiles a catalog pattern in well under a millisecond and matches an exec's arguments in
// about a microsecond, where Swift's `Regex` spent tens of microseconds parsing each pattern at
// load and 35–100 µs matching on an exec. Glibc specifically: this relies on its GNU escapes
// and on re_search (CPosixRegex), which tells a failed search from one that found nothing.
import CPosixRegex
import Glibc

/// A compiled `regex`. Immutable after init and shared by the supervisor's threads: glibc's
/// re_search only reads the pattern and locks its lazily built DFA cache itself.
final class PosixRegex: @unchecked Sendable {
    struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// 0-based offset in characters into the pattern as written, when the problem has a place.
        var offset: Int?
        var message: String
        var description: String { offset.map { "at character \($0 + 1): \(message)" } ?? message }
    }

    private let compiled: UnsafeMutablePointer<regex_t>

    init(_ source: String) throws(SyntaxError) {
        let bytes = Array(source.utf8)
        let translated: (body: [UInt8], caseInsensitive: Bool)
        do {
            translated = try Self.translate(bytes)
        } catch {
            // `translate` counts bytes; a person counts characters.
            let characters = error.offset.map { String(decoding: bytes[..<$0], as: UTF8.self).count }
            throw SyntaxError(offset: characters, message: error.message)
        }
        var flags = REG_EXTENDED | REG_NOSUB
        if translated.caseInsensitive { flags |= REG_ICASE }
        let compiled = UnsafeMutablePointer<regex_t>.allocate(capacity: 1)
        // Anchored behind a `.*`: unanchored, glibc retries the DFA from every place the match
        // could start, quadratic in the text (a 144 KB argument of "mutation " repeated took
        // 4.5 s); this way one pass of the DFA tries every start at once. `translate` has made
        // sure the parentheses balance, so the group holds the whole pattern.
        let pattern = "^.*(" + String(decoding: translated.body, as: UTF8.self) + ")"
        let status = regcomp(compiled, pattern, Int32(flags))
        if status != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            regerror(status, compiled, &buffer, buffer.count)
            compiled.deallocate()
            let end = buffer.firstIndex(of: 0) ?? buffer.count
            throw SyntaxError(message: String(decoding: buffer[..<end].map(UInt8.init(bitPattern:)), as: UTF8.self))
        }
        self.compiled = compiled
    }

    deinit {
        regfree(compiled)
        compiled.deallocate()
    }

    /// What a search found: a match, none, or nothing known because the search failed (glibc
    /// ran out of memory). A rule treats a failed search as a match: it cannot be shown not to
    /// apply, and every rule a match adds is at least as strict as no rule.
    enum Search: Equatable {
        case match, noMatch, failed
    }

    /// Whether the pattern was found in `text` (a failed search is not).
    func matches(_ text: String) -> Bool { search(text) == .match }

    /// Whether the pattern matches somewhere in `text`.
    func search(_ text: String) -> Search {
        let status = text.utf8.withContiguousStorageIfAvailable { search($0) } ?? Array(text.utf8).withUnsafeBufferPointer { search($0) }
        switch status {
        case Int32(GD_REGEX_MATCH): return .match
        case Int32(GD_REGEX_NO_MATCH): return .noMatch
        default: return .failed
        }
    }

    private func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress else {
            return "".withCString { gd_regex_search(compiled, $0, 0) }
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            gd_regex_search(compiled, $0, bytes.count)
        }
    }
}
