/// Tokens without a prefix (a Railway token is a bare UUID, a database password is anything):
/// found by what surrounds them — a name that says secret (`RAILWAY_TOKEN`, `apiKey`,
/// `DB_PASSWORD`, `Authorization: Bearer`) followed by an assignment and a value of the shape
/// and variety of a credential.
enum ContextualTokens {
    /// Words that, inside a name, make its value a secret. Providers whose tokens carry no
    /// prefix are named too: `RAILWAY=…`, `CLOUDFLARE_…`.
    static let nameWords = [
        "token", "secret", "password", "passwd", "pwd", "apikey", "api_key", "api-key", "access_key",
        "accesskey", "private_key", "privatekey", "client_secret", "auth", "credential", "bearer",
        "railway", "cloudflare", "session_key", "signing_key", "encryption_key", "master_key",
    ]

    /// Names whose values are secrets only when long and varied enough (a `pwd` can be a path).
    static let weakWords: Set<String> = ["pwd", "auth", "credential", "railway", "cloudflare"]

    /// The value assigned after the keyword ending at `end`, if there is one that looks like a
    /// credential.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, word: String) -> Range<Int>? {
        var i = end
        let n = bytes.count
        let bearer = word == "bearer"
        if bearer {
            // `Bearer <token>` / `bearer: <token>`: the value follows at once.
            guard i < n, bytes[i] == 0x20 || bytes[i] == 0x3A else { return nil }
        } else {
            // The rest of the name: RAILWAY_TOKEN_PROD, apiKeyProd, token-value.
            var steps = 0
            while i < n, Bytes.isWord(bytes[i]) || bytes[i] == 0x2D || bytes[i] == 0x2E, steps < 40 { i += 1; steps += 1 }
            // A closing quote of a JSON or dict key, then the assignment.
            if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x5D { i += 1 }
            while i < n, Bytes.isSpace(bytes[i]) { i += 1 }
            guard i < n else { return nil }
            switch bytes[i] {
            case 0x3D:  // =  (also == and =>)
                i += 1
                if i < n, bytes[i] == 0x3D { return nil }  // a comparison
                if i < n, bytes[i] == 0x3E { i += 1 }
            case 0x3A:  // :  (also :=)
                i += 1
                if i < n, bytes[i] == 0x3D { i += 1 }
            default:
                return nil
            }
        }
        while i < n, Bytes.isSpace(bytes[i]) || bytes[i] == 0x3A { i += 1 }
        // `Bearer` after an `Authorization:` name, and quotes around the value.
        var quote: UInt8? = nil
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x60 { quote = bytes[i]; i += 1 }
        if !bearer {
            for scheme in ["bearer ", "token ", "basic "] where matchesWord(bytes, i, scheme) {
                i += scheme.utf8.count
                break
            }
        }
        let start = i
        while i < n, Bytes.isTokenByte(bytes[i]), i - start < 512 { i += 1 }
        let value = start..<i
        // A call, an index, a reference or a path: code, not a literal.
        if i < n, bytes[i] == 0x28 || bytes[i] == 0x5B || bytes[i] == 0x24 || bytes[i] == 0x7B { return nil }
        if quote != nil, i < n, bytes[i] != quote! { return nil }
        guard credentialShaped(bytes, value, weak: weakWords.contains(word), quoted: quote != nil) else { return nil }
        return value
    }

    static func matchesWord(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard at + w.count <= bytes.count else { return false }
        for k in 0..<w.count where KeywordAutomaton.fold(bytes[at + k]) != w[k] { return false }
        return true
    }

    /// A UUID; or ≥ 16 bytes mixing letters and digits with the variety of random text; and
    /// not a placeholder, a path, a URL, a number or a word.
    static func credentialShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, weak: Bool, quoted: Bool) -> Bool {
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[r]))
        if Bytes.isUUID(value) { return !Placeholders.isPlaceholder(value) }
        guard value.count >= (weak ? 20 : 12), value.count <= 512 else { return false }
        if value.first == 0x2F || value.first == 0x2E || value.first == 0x7E { return false }  // a path
        var letters = 0, digits = 0, upper = 0, lower = 0
        for c in value {
            if Bytes.isDigit(c) { digits += 1 } else if Bytes.isUpper(c) { upper += 1; letters += 1 } else if Bytes.isLower(c) { lower += 1; letters += 1 }
        }
        guard letters > 0, digits > 0 || (upper > 0 && lower > 0 && value.count >= 24) else { return false }
        if Placeholders.isPlaceholder(value) { return false }
        // Dotted identifiers (`settings.API_TOKEN`, `process.env.X`) are references.
        if value.contains(0x2E), value.allSatisfy({ Bytes.isWord($0) || $0 == 0x2E }), digits == 0 { return false }
        let h = Bytes.entropy(value)
        let allHex = value.allSatisfy(Bytes.isHex)
        return h >= (allHex ? 3.0 : (weak ? 3.7 : 3.3))
    }
}

/// Values written to look like a secret without being one: examples, templates, masks.
enum Placeholders {
    static let words = ["example", "sample", "dummy", "placeholder", "your", "xxxx", "changeme", "change_me",
                        "redacted", "replace", "insert", "fake", "todo", "****", "....", "<", ">", "${", "{{", "0000000", "1234567", "abcdef"]

    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        let lower = Bytes.lowercased(value)
        for w in words where Bytes.contains(lower, w) { return true }
        // One character repeated, or nearly so.
        if Set(value).count <= 3 { return true }
        return false
    }
}
