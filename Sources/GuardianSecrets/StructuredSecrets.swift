/// Secrets recognised by their structure: PEM private keys, JSON Web Tokens, and the password
/// in a URL's user information.
enum StructuredSecrets {
    /// At `-----BEGIN` (keyword end `end`): a `… PRIVATE KEY-----` block; the value is the
    /// encoded body between the header line and the `-----END` line.
    static func privateKey(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        var i = end
        // The label: up to 40 bytes of capitals and spaces, then PRIVATE KEY-----.
        let labelStart = i
        while i < n, i - labelStart < 48, Bytes.isUpper(bytes[i]) || bytes[i] == 0x20 { i += 1 }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<i]), as: UTF8.self)
        guard label.hasSuffix("PRIVATE KEY") || label.hasSuffix("PRIVATE KEY BLOCK"), i + 5 <= n, (0..<5).allSatisfy({ bytes[i + $0] == 0x2D }) else { return nil }
        i += 5
        // Headers of encrypted keys (Proc-Type, DEK-Info) belong to the body.
        let bodyStart = i
        var j = i
        while j + 8 <= n {
            if bytes[j] == 0x2D, (0..<5).allSatisfy({ bytes[j + $0] == 0x2D }), ContextualTokens.matchesWord(bytes, j + 5, "end") {
                // Trim the line breaks at both ends: they stay as they are.
                var lo = bodyStart, hi = j
                while lo < hi, bytes[lo] == 0x0A || bytes[lo] == 0x0D { lo += 1 }
                while hi > lo, bytes[hi - 1] == 0x0A || bytes[hi - 1] == 0x0D { hi -= 1 }
                return hi - lo >= 32 ? lo..<hi : nil
            }
            j += 1
            if j - bodyStart > 64 * 1024 { return nil }
        }
        return nil
    }

    /// At `eyJ` (a base64url JSON object's first bytes): header.payload.signature, with a
    /// header that decodes to JSON naming an `alg`.
    static func jwt(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let start = end - 3
        if start > 0, Bytes.isBase64URL(bytes[start - 1]) { return nil }
        var i = start
        var parts: [Range<Int>] = []
        for part in 0..<3 {
            let s = i
            while i < bytes.count, Bytes.isBase64URL(bytes[i]) { i += 1 }
            parts.append(s..<i)
            if part < 2 {
                guard i < bytes.count, bytes[i] == 0x2E else { return nil }
                i += 1
            }
        }
        guard parts[0].count >= 10, parts[1].count >= 10, parts[2].count >= 16 else { return nil }
        guard let header = Decoding.base64(UnsafeBufferPointer(rebasing: bytes[parts[0]]), url: true),
              Bytes.contains(header, "\"alg\"") || Bytes.contains(header, "\"typ\"") else { return nil }
        return start..<i
    }

    /// At `Private-Lines: N` of a PuTTY key file: the N lines that follow, the private key.
    static func puttyKey(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        var i = end
        while i < n, bytes[i] == 0x20 { i += 1 }
        var lines = 0
        while i < n, Bytes.isDigit(bytes[i]), lines < 1000 { lines = lines * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard lines > 0, i < n, bytes[i] == 0x0D || bytes[i] == 0x0A else { return nil }
        while i < n, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        let start = i
        var last = i
        for _ in 0..<lines {
            while i < n, Bytes.isBase64(bytes[i]) { i += 1 }
            last = i
            while i < n, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }
        return last - start >= 16 ? start..<last : nil
    }

    /// The host starting at `from` has an `ingest` label: a DSN's, whose user is a public key.
    static func hostIsIngest(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var j = from
        while j < bytes.count, j - from < 253, Bytes.isAlnum(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x2E {
            if (j == from || bytes[j - 1] == 0x2E), ContextualTokens.matchesWord(bytes, j, "ingest."), j + 7 <= bytes.count { return true }
            j += 1
        }
        return false
    }

    /// After `-u ` or `--user ` (curl, wget, httpie): `user:password`, the password.
    static func userOption(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        var i = end
        var quote: UInt8? = nil
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 { quote = bytes[i]; i += 1 }
        let userStart = i
        while i < n, i - userStart < 64, Bytes.isTokenByte(bytes[i]) || bytes[i] == 0x40 { i += 1 }
        guard i > userStart, i < n, bytes[i] == 0x3A else { return nil }
        i += 1
        let start = i
        while i < n, i - start < 256, bytes[i] > 0x20, bytes[i] < 0x7F, bytes[i] != (quote ?? 0x20) {
            if quote == nil, bytes[i] == 0x22 || bytes[i] == 0x27 { break }
            i += 1
        }
        if let quote, !(i < n && bytes[i] == quote) { return nil }
        guard ContextualTokens.passwordShaped(bytes, start..<i, quoted: quote != nil, spaced: false) else { return nil }
        return start..<i
    }

    /// At `:AA` of a chat bot's token (`<8–10 digits>:AA<33 base64url>`, Telegram's shape):
    /// the whole token.
    static func botToken(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let colon = end - 3
        guard bytes[colon + 1] == 0x41, bytes[colon + 2] == 0x41 else { return nil }
        var start = colon
        while start > 0, Bytes.isDigit(bytes[start - 1]), colon - start <= 10 { start -= 1 }
        guard colon - start >= 8, colon - start <= 10 else { return nil }
        if start > 0, Bytes.isAlnum(bytes[start - 1]) { return nil }
        var i = end
        while i < bytes.count, Bytes.isBase64URL(bytes[i]), i - end <= 40 { i += 1 }
        guard i - end == 33 else { return nil }
        return start..<i
    }

    /// At `://`: `scheme://user:password@host` — the password, unless it is a placeholder or
    /// a reference (`${DB_PASSWORD}`, `$PASS`); or `scheme://token@host`, a user that is a
    /// token (git remotes: `https://<token>@github.com/…`).
    static func urlPassword(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        var i = end
        let userStart = i
        while i < n, i - userStart < 128, Bytes.isTokenByte(bytes[i]) || bytes[i] == 0x25 { i += 1 }
        // A token, not a path or a host name (`lore.kernel.org/git/<message-id>@host`), nor
        // the public key of an event-ingest endpoint (a Sentry DSN: `https://<key>@o1.ingest.sentry.io/2`).
        if i < n, bytes[i] == 0x40, i - userStart >= 20,
           !UnsafeBufferPointer(rebasing: bytes[userStart..<i]).contains(where: { $0 == 0x2F || $0 == 0x2E }),
           !hostIsIngest(bytes, from: i + 1),
           ContextualTokens.credentialShaped(bytes, userStart..<i, weak: false, quoted: false) {
            return userStart..<i
        }
        guard i < n, bytes[i] == 0x3A else { return nil }
        // No user, only a password: `redis://:password@host`.
        let noUser = i == userStart
        i += 1
        let passStart = i
        while i < n, i - passStart < 256, bytes[i] != 0x40, bytes[i] != 0x2F, bytes[i] > 0x20, bytes[i] != 0x22, bytes[i] != 0x27 { i += 1 }
        guard i < n, bytes[i] == 0x40, i - passStart >= 4 else { return nil }
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[passStart..<i]))
        if value.first == 0x24 || value.contains(0x7B) || value.contains(0x3C) { return nil }
        if Placeholders.isPlaceholder(value) { return nil }
        let lower = Bytes.lowercased(value)
        if ["password", "pass", "secret", "pwd", "postgres", "root", "admin"].contains(where: { lower == Array($0.utf8) }) { return nil }
        if noUser, !ContextualTokens.passwordShaped(bytes, passStart..<i, quoted: true, spaced: false) { return nil }
        return passStart..<i
    }

    /// At a PostgreSQL port field (`:5432:`, `:6432:`) or a wildcard one (`:*:`): a password
    /// file's line, `host:port:database:user:password` — the password.
    static func pgpassLine(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        var lineStart = end
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, end - lineStart < 300 { lineStart -= 1 }
        guard lineStart == 0 || bytes[lineStart - 1] == 0x0A, lineStart < n, bytes[lineStart] != 0x23 else { return nil }
        var lineEnd = end
        while lineEnd < n, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D, lineEnd - lineStart < 600 { lineEnd += 1 }
        // Four fields without spaces, then the password (the rest of the line).
        var fields = 0
        var i = lineStart
        var fieldStart = i
        while i < lineEnd, fields < 4 {
            if bytes[i] == 0x5C { i += 2; continue }
            if bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x2F || bytes[i] == 0x3D || bytes[i] == 0x22 || bytes[i] == 0x27 { return nil }
            if bytes[i] == 0x3A {
                guard i > fieldStart else { return nil }
                if fields == 1 {
                    let port = UnsafeBufferPointer(rebasing: bytes[fieldStart..<i])
                    guard (port.count == 1 && port[0] == 0x2A) || port.allSatisfy(Bytes.isDigit) else { return nil }
                }
                fields += 1
                fieldStart = i + 1
            }
            i += 1
        }
        guard fields == 4, i < lineEnd else { return nil }
        var hi = lineEnd
        while hi > i, bytes[hi - 1] == 0x20 { hi -= 1 }
        guard ContextualTokens.passwordShaped(bytes, i..<hi, quoted: true, spaced: false) else { return nil }
        return i..<hi
    }

    /// At `sig=` of a URL's query (an Azure shared access signature): the signature, the part
    /// of the URL that grants the access.
    static func signatureParameter(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let at = end - 4
        guard at > 0, bytes[at - 1] == 0x26 || bytes[at - 1] == 0x3F || bytes[at - 1] == 0x3B else { return nil }
        var i = end
        while i < bytes.count, i - end < 256, Bytes.isBase64(bytes[i]) || bytes[i] == 0x25 { i += 1 }
        guard i - end >= 30 else { return nil }
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[end..<i]))
        guard !Placeholders.isPlaceholder(value), Bytes.entropy(value) >= 3.5 else { return nil }
        return end..<i
    }
}
