// `regex` and `not_regex`: POSIX extended regular expressions, compiled and run by glibc
// (regcomp(3), regexec(3), regex(7)). The one libc import of this module, and no syscall: glibc
// compiles a catalog pattern in well under a millisecond and matches an exec's arguments in
// about a microsecond, where Swift's `Regex` spent tens of microseconds parsing each pattern at
// load and 35–100 µs matching on an exec. Glibc specifically: this relies on its GNU escapes
// and on REG_STARTEND.
import Glibc

/// A compiled `regex`. Immutable after init and shared by the supervisor's threads: glibc's
/// regexec(3) only reads the pattern and locks its lazily built DFA cache itself.
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

    /// Whether the pattern matches somewhere in `text`. (glibc's regexec answers 1 both for no
    /// match and for running out of memory, so there is nothing else to tell.)
    func matches(_ text: String) -> Bool {
        let status = text.utf8.withContiguousStorageIfAvailable { search($0) } ?? search(Array(text.utf8))
        return status == 0
    }

    private func search(_ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { search($0) }
    }

    /// REG_STARTEND bounds the search by the buffer, so it needs no terminating NUL.
    private func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var range = regmatch_t(rm_so: 0, rm_eo: regoff_t(bytes.count))
        guard let base = bytes.baseAddress else {
            return "".withCString { regexec(compiled, $0, 1, &range, REG_STARTEND) }
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            regexec(compiled, $0, 1, &range, REG_STARTEND)
        }
    }
}
