/// Values a secret-sounding name holds one step removed: in a `value` member of an object
/// under the name or beside it in a name/value list, and key material of any printable byte
/// between quotes.
extension ContextualTokens {
    /// The name starting at `nameStart` is the value of a `name` (or `key`) field:
    /// `name: X`, `"name": "X"`, `Name=X`.
    static func isNameField(_ bytes: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        var j = nameStart
        // The name may end a path (a parameter store's `"Name": "/prod/db/password"`).
        while j > 0, nameStart - j < 120, Bytes.isWord(bytes[j - 1]) || bytes[j - 1] == 0x2F || bytes[j - 1] == 0x2D || bytes[j - 1] == 0x2E { j -= 1 }
        if j > 0, bytes[j - 1] == 0x22 || bytes[j - 1] == 0x27 { j -= 1 }
        while j > 0, Bytes.isSpace(bytes[j - 1]) { j -= 1 }
        guard j > 0, bytes[j - 1] == 0x3A || bytes[j - 1] == 0x3D else { return false }
        j -= 1
        if j > 0, bytes[j - 1] == 0x22 || bytes[j - 1] == 0x27 { j -= 1 }
        for field in ["name", "key"] where j >= field.utf8.count && matchesWord(bytes, j - field.utf8.count, field) {
            let k = j - field.utf8.count
            return k == 0 || !Bytes.isWord(bytes[k - 1])
        }
        return false
    }

    /// After a `name` field's value ending at `from`: where its sibling `value` field's value
    /// starts, within the same entry (before a `}`, a list's next `-` item or another `name`).
    static func siblingValue(_ bytes: UnsafeBufferPointer<UInt8>, after from: Int) -> Int? {
        let n = bytes.count
        var j = from
        while j < n, j - from < 160, bytes[j] != 0x7D, bytes[j] != 0x7B {
            let startsWord = bytes[j - 1] == 0x22 || Bytes.isSpace(bytes[j - 1]) || bytes[j - 1] == 0x0A || bytes[j - 1] == 0x2C
            if startsWord, matchesWord(bytes, j, "name"), j + 4 < n, !Bytes.isWord(bytes[j + 4]) { return nil }
            if bytes[j] == 0x2D, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x0A, j + 1 < n, bytes[j + 1] == 0x20 { return nil }
            if startsWord, matchesWord(bytes, j, "value"), j + 5 < n, !Bytes.isWord(bytes[j + 5]) {
                return valueStart(bytes, afterWordEndingAt: j + 5)
            }
            j += 1
        }
        return nil
    }

    /// Past a `value` word ending at `end` (and the quote closing it, if any): where its value
    /// starts, after `:` or `=` and spaces; nil when neither follows.
    static func valueStart(_ bytes: UnsafeBufferPointer<UInt8>, afterWordEndingAt end: Int) -> Int? {
        let n = bytes.count
        var k = end
        if k < n, bytes[k] == 0x22 || bytes[k] == 0x27 { k += 1 }
        while k < n, Bytes.isSpace(bytes[k]) { k += 1 }
        guard k < n, bytes[k] == 0x3A || bytes[k] == 0x3D else { return nil }
        k += 1
        while k < n, Bytes.isSpace(bytes[k]) { k += 1 }
        return k
    }

    /// The value at `at` of a name/value pair, quoted or bare, shaped as the name's word asks.
    static func pairValue(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, word: NameWord) -> Range<Int>? {
        let n = bytes.count
        var i = at
        var quote: UInt8? = nil
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 { quote = bytes[i]; i += 1 }
        let start = i
        while i < n, bytes[i] > 0x20, bytes[i] < 0x7F, bytes[i] != (quote ?? 0x20), i - start < 512 {
            if quote == nil, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x2C || bytes[i] == 0x7D { break }
            i += 1
        }
        if let quote, !(i < n && bytes[i] == quote) { return nil }
        let r = start..<i
        let shaped = word.password
            ? passwordShaped(bytes, r, quoted: quote != nil, spaced: false)
            : r.allSatisfy { Bytes.isTokenByte(bytes[$0]) } && credentialShaped(bytes, r, weak: word.weak, quoted: quote != nil)
        return shaped ? r : nil
    }

    /// After the `{` at `brace`: where the value of its `value` member starts (after `:` or
    /// `=` and spaces), if the object names it within a few lines and before it closes.
    static func valueMember(_ bytes: UnsafeBufferPointer<UInt8>, openingBraceAt brace: Int) -> Int? {
        let n = bytes.count
        var j = brace + 1
        while j < n, j - brace < 160, bytes[j] != 0x7D, bytes[j] != 0x7B {
            if (bytes[j - 1] == 0x22 || Bytes.isSpace(bytes[j - 1]) || bytes[j - 1] == 0x0A || bytes[j - 1] == 0x7B), matchesWord(bytes, j, "value"), j + 5 < n, !Bytes.isWord(bytes[j + 5]) {
                return valueStart(bytes, afterWordEndingAt: j + 5)
            }
            j += 1
        }
        return nil
    }

    /// Key material of printable bytes: ≥ 24 of them mixing three of small letters, capitals,
    /// digits and punctuation with the variety of random text; not a template, a regex, a
    /// format string or a placeholder.
    static func randomPrintable(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[r]))
        guard value.count >= 24, let first = value.first else { return false }
        if first == 0x24 || first == 0x25 || first == 0x7B || first == 0x3C || first == 0x5E || first == 0x2F || first == 0x28 || first == 0x5B { return false }
        var lower = 0, upper = 0, digits = 0, punctuation = 0
        for c in value {
            if Bytes.isDigit(c) { digits += 1 } else if Bytes.isUpper(c) { upper += 1 } else if Bytes.isLower(c) { lower += 1 } else { punctuation += 1 }
        }
        let kinds = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (punctuation > 0 ? 1 : 0)
        // A URL (its password is the URL detector's) or a format string is not key material.
        for (k, c) in value.enumerated() where c == 0x3A || c == 0x25 {
            let rest = value.dropFirst(k + 1)
            if c == 0x3A, rest.starts(with: [0x2F, 0x2F]) { return false }
            // `%(name)s`: a word between the parentheses.
            if c == 0x25, rest.first == 0x28, let close = rest.dropFirst().firstIndex(where: { !Bytes.isWord($0) }),
               rest[close] == 0x29, close - rest.startIndex > 2 { return false }
        }
        // `<` and `>` are key material here, not a template's brackets.
        guard kinds >= 3, punctuation > 0, !Placeholders.holdsPlaceholderWord(value), !Placeholders.isRepeated(value) else { return false }
        return Bytes.entropy(value) >= 4.2
    }
}
