/// Tokens without a prefix (a Railway token is a bare UUID, a database password is anything):
/// found by what surrounds them — a name that says secret (`RAILWAY_TOKEN`, `apiKey`,
/// `DB_PASSWORD`, `Authorization: Bearer`) followed by an assignment and a value of the shape
/// and variety of a credential. The assignment is any of the forms credential files use:
/// `name=value`, `name: value`, `"name": "value"`, `<name>value</name>`,
/// `<add key="name" value="value"/>`, and for passwords `password value` (netrc) and
/// `PASSWORD 'value'` (SQL).
enum ContextualTokens {
    /// A word that, inside a name, makes its value a secret.
    struct NameWord: Sendable {
        let text: String
        let bytes: [UInt8]
        /// A value needs to be long and varied to count (`pwd` can be a path, `auth` a method).
        let weak: Bool
        /// A password: its value may hold any printable byte.
        let password: Bool
        /// The value may follow the name after a space (`password hunter2…` in .netrc,
        /// `PASSWORD '…'` in SQL).
        let spaced: Bool
        /// The name must end with the word (`pass`, `SMTP_PASS`, but not `passenger`).
        let atEnd: Bool
        /// `Bearer <token>`: the value follows at once.
        let bearer: Bool
        /// `IDENTIFIED BY '…'`: the value follows, quoted, after a space.
        let sql: Bool
        /// The name must hold more than the word (`APP_KEY`, `AccountKey`, but not a plist's or
        /// a YAML list's bare `key`, which names the next value rather than holding a secret).
        let qualified: Bool

        init(_ text: String, weak: Bool = false, password: Bool = false, spaced: Bool = false, atEnd: Bool = false, bearer: Bool = false, sql: Bool = false, qualified: Bool = false) {
            self.text = text
            bytes = Array(text.utf8)
            self.weak = weak
            self.password = password
            self.spaced = spaced || sql
            self.atEnd = atEnd
            self.bearer = bearer
            self.sql = sql
            self.qualified = qualified
        }
    }

    /// Providers whose tokens carry no prefix are named too: `RAILWAY=…`, `CLOUDFLARE_…`.
    static let nameWords: [NameWord] = [
        NameWord("token"), NameWord("secret"), NameWord("password", password: true, spaced: true), NameWord("passwd", password: true, spaced: true),
        NameWord("passphrase", password: true), NameWord("pass_phrase", password: true), NameWord("pass", password: true, atEnd: true),
        NameWord("pwd", weak: true), NameWord("apikey"), NameWord("api_key"), NameWord("api-key"), NameWord("access_key"),
        NameWord("accesskey"), NameWord("private_key"), NameWord("privatekey"), NameWord("client_secret"),
        NameWord("auth", weak: true), NameWord("credential", weak: true), NameWord("bearer", bearer: true),
        NameWord("railway", weak: true), NameWord("cloudflare", weak: true), NameWord("session_key"), NameWord("signing_key"),
        NameWord("encryption_key"), NameWord("master_key"), NameWord("identified by", password: true, sql: true),
        // A name that ends in `key` (`DD_APP_KEY`, `AZURE_STORAGE_KEY`, `AccountKey=` in a
        // connection string): long and varied values only.
        NameWord("key", weak: true, atEnd: true, qualified: true),
    ]

    /// The last part of a name that says its value identifies or locates something rather than
    /// being the secret: `RAILWAY_PROJECT_ID`, `private_key_id`, `SharedAccessKeyName`,
    /// `POSTGRES_PASSWORD_FILE`, `TOKEN_URL`.
    private static let identifyingEnds: [[UInt8]] = ["id", "ids", "name", "file", "path", "url", "uri", "type", "env", "field"].map { Array($0.utf8) }
    /// Words in a name that make its value public: `PublicKey`, `STRIPE_PUBLISHABLE_KEY`, a
    /// captcha's `data-sitekey`.
    private static let publicWords: [[UInt8]] = ["public", "publishable", "sitekey", "site_key", "site-key"].map { Array($0.utf8) }
    /// Words in a name that say its value is public material or a digest of something
    /// (`certificate-authority-data`, `ssl_fingerprint`, `checksum/config`) — unless the name
    /// also says secret (`CERT_PASSWORD`, `certificate_private_key`).
    private static let materialWords: [[UInt8]] = ["certificate", "fingerprint", "thumbprint", "checksum", "digest", "integrity"].map { Array($0.utf8) }
    private static let secretWords: [[UInt8]] = ["pass", "secret", "private", "token"].map { Array($0.utf8) }
    private static let base64Marker = Array("base64:".utf8)
    private static let valueAttribute = Array("value=".utf8)

    /// The value assigned after the keyword ending at `end`, if there is one that looks like a
    /// credential.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, word: NameWord) -> Range<Int>? {
        guard let (value, name) = candidate(bytes, keywordEnd: end, word: word) else { return nil }
        // Whether the name says public is asked last: most names hold no credential-shaped value.
        if let name, saysPublic(bytes, name) { return nil }
        if let name, word.atEnd, word.qualified, holdsIdentifyingWord(bytes, name) { return nil }
        if let name, insideResourceName(bytes, nameStart: name.lowerBound) || underCiphertextKey(bytes, nameStart: name.lowerBound) { return nil }
        if isPublishedOrDerived(bytes, value) { return nil }
        return value
    }

    /// Words that make a `…key` name a record's or a request's key rather than a credential:
    /// `idempotency_key`, `cache_key`, `partition_key`, `routing_key`.
    private static let keyIdentifyingWords: [[UInt8]] = ["idempoten", "dedup", "cache", "partition", "routing", "sort_key", "sortkey", "primary_key", "primarykey", "foreign_key", "lookup"].map { Array($0.utf8) }

    static func holdsIdentifyingWord(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        keyIdentifyingWords.contains { contains(bytes, name, $0) }
    }

    /// The name is part of a resource name (`arn:aws:secretsmanager:…:secret:prod/db-AbCdEf`): a
    /// reference to a secret store, not a value.
    static func insideResourceName(_ bytes: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        guard nameStart > 0, bytes[nameStart - 1] == 0x3A else { return false }
        var j = nameStart - 1
        while j > 0, nameStart - j < 160, bytes[j - 1] > 0x20, bytes[j - 1] != 0x22, bytes[j - 1] != 0x27, bytes[j - 1] != 0x3D { j -= 1 }
        return matchesWord(bytes, j, "arn:")
    }

    private static let ciphertextKeys: [[UInt8]] = ["encrypteddata:", "encrypted_data:"].map { Array($0.utf8) }

    /// The name is a member of a YAML mapping whose key says its values are ciphertext meant to
    /// be committed (a SealedSecret's `encryptedData:`): the nearest less-indented line's key.
    static func underCiphertextKey(_ bytes: UnsafeBufferPointer<UInt8>, nameStart: Int) -> Bool {
        var lineStart = nameStart
        while lineStart > 0, bytes[lineStart - 1] == 0x20 { lineStart -= 1 }
        guard lineStart < nameStart, lineStart == 0 || bytes[lineStart - 1] == 0x0A else { return false }
        let indent = nameStart - lineStart
        var end = lineStart - 1  // the newline before the name's line
        var lines = 0
        while end > 0, lines < 64 {
            var start = end
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            var k = start
            while k < end, bytes[k] == 0x20 { k += 1 }
            if k < end, k - start < indent {
                return ciphertextKeys.contains { matches(bytes, k, $0) }
            }
            end = start - 1
            lines += 1
        }
        return false
    }

    /// Documented prefixes of keys published by design (Stripe's and Mapbox's public keys, a
    /// PostHog project key, Supabase's publishable key).
    private static let publishedPrefixes: [[UInt8]] = ["pk_live_", "pk_test_", "pk.ey", "phc_", "sb_publishable_", "flwpubk"].map { Array($0.utf8) }
    /// Names of hash algorithms that open a stored password hash (`pbkdf2_sha256$…$…$…`,
    /// `pbkdf2:sha256:600000$…$…`, `scrypt:32768:8:1$…$…`).
    private static let hashAlgorithms: [[UInt8]] = ["pbkdf2", "argon2", "bcrypt", "scrypt", "sha1", "sha256", "sha512", "md5", "crypt"].map { Array($0.utf8) }

    /// A value that is public by design (a documented publishable prefix) or a password hash:
    /// whatever its name, it is no secret.
    static func isPublishedOrDerived(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for prefix in publishedPrefixes where matches(bytes, r.lowerBound, prefix) { return true }
        // `algorithm$…$…`: the first `$` after an algorithm's name, one more at least after it.
        var dollar = r.lowerBound
        while dollar < r.upperBound, dollar - r.lowerBound < 32, bytes[dollar] != 0x24 { dollar += 1 }
        guard dollar < r.upperBound, bytes[dollar] == 0x24, dollar > r.lowerBound else { return false }
        var more = 0
        for k in (dollar + 1)..<r.upperBound where bytes[k] == 0x24 { more += 1 }
        guard more >= 1 else { return false }
        return hashAlgorithms.contains { contains(bytes, r.lowerBound..<dollar, $0) }
    }

    /// A quoted password given to a command: the quotes, not the alphabet, delimit it, so any
    /// printable byte counts (`-p 'K#:<A5…'`); still ≥ 8 bytes of three kinds, no reference,
    /// no placeholder word.
    static func quotedPasswordShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[r]))
        guard value.count >= 8, value.count <= 256, value.first != 0x24 else { return false }
        var lower = 0, upper = 0, digits = 0, punctuation = 0
        for c in value {
            if Bytes.isDigit(c) { digits += 1 } else if Bytes.isUpper(c) { upper += 1 } else if Bytes.isLower(c) { lower += 1 } else { punctuation += 1 }
        }
        let kinds = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (punctuation > 0 ? 1 : 0)
        guard kinds >= 3, !Placeholders.holdsPlaceholderWord(value), !Placeholders.isRepeated(value) else { return false }
        return Bytes.entropy(value) >= 2.8
    }

    static func candidate(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, word: NameWord) -> (Range<Int>, Range<Int>?)? {
        var name: Range<Int>? = nil
        var i = end
        let n = bytes.count
        var spaced = false  // `password value`, `PASSWORD 'value'`
        var element = false // `<password>value</password>`
        if word.bearer {
            // `Bearer <token>` / `bearer: <token>`.
            guard i < n, bytes[i] == 0x20 || bytes[i] == 0x3A else { return nil }
        } else if word.sql {
            spaced = true
        } else {
            // The rest of the name: RAILWAY_TOKEN_PROD, apiKeyProd, token-value.
            var steps = 0
            while i < n, Bytes.isWord(bytes[i]) || bytes[i] == 0x2D || bytes[i] == 0x2E, steps < 40 { i += 1; steps += 1 }
            if word.atEnd && i != end { return nil }
            let bare = i == end
            let nameStart = Self.nameStart(bytes, before: end - word.bytes.count)
            if word.qualified && i - nameStart <= word.bytes.count { return nil }
            if Self.identifies(bytes, nameStart..<i) { return nil }
            name = nameStart..<i
            // The name is itself a `name` field's value, its secret in the `value` field beside
            // it: Kubernetes' and ECS's env lists (`- name: API_TOKEN` / `  value: …`).
            if Self.isNameField(bytes, nameStart: nameStart), let at = Self.siblingValue(bytes, after: i) {
                return Self.pairValue(bytes, at: at, word: word).map { ($0, name) }
            }
            // `--auth-token VALUE`: a command-line option, its value after a space.
            let option = nameStart >= 2 && bytes[nameStart - 1] == 0x2D && bytes[nameStart - 2] == 0x2D
            // A closing quote of a JSON or dict key, then the assignment.
            var quotedName = false
            if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x5D { quotedName = bytes[i] != 0x5D; i += 1 }
            // An index's quoted key: `$config['api_secret'] = …`, `os.environ["API_TOKEN"] = …`.
            if quotedName, i < n, bytes[i] == 0x5D { i += 1 }
            let afterName = i
            while i < n, Bytes.isSpace(bytes[i]) { i += 1 }
            guard i < n else { return nil }
            // `key="ClearTextPassword" value="…"` (nuget, .NET configuration).
            if quotedName, i > afterName, i + valueAttribute.count <= n, matches(bytes, i, valueAttribute) {
                i += valueAttribute.count - 1
            }
            switch bytes[i] {
            case 0x3D:  // =  (also => ; == is a comparison)
                i += 1
                if i < n, bytes[i] == 0x3D { return nil }
                if i < n, bytes[i] == 0x3E { i += 1 }
            case 0x3A:  // :  (also :=)
                i += 1
                if i < n, bytes[i] == 0x3D { i += 1 }
            case 0x3E where !quotedName && i == afterName && opensElement(bytes, before: end - word.bytes.count):
                element = true
                i += 1
            case 0x2C where quotedName && Self.opensCall(bytes, beforeQuoteAt: nameStart - 1):
                // `define('DB_PASSWORD', '…')`, `setenv("API_TOKEN", "…")`: a name and its
                // value as a call's first two quoted arguments (not two items of a list).
                i += 1
                while i < n, Bytes.isSpace(bytes[i]) { i += 1 }
                guard i < n, bytes[i] == 0x22 || bytes[i] == 0x27 else { return nil }
            default:
                if option, !quotedName, i > afterName {
                    spaced = true
                    break
                }
                // A directive line, `requirepass …` (redis.conf), `LicenseKey …` (GeoIP.conf):
                // the name opens its line, its value is the line's one other word.
                if !quotedName, i > afterName, startsLine(bytes, nameStart), valueEndsLine(bytes, from: i) {
                    spaced = true
                    break
                }
                // `password value`: a password word that ends the name, then a space.
                guard word.spaced, bare, !quotedName, i > afterName, end - word.bytes.count == 0 || !Bytes.isWord(bytes[end - word.bytes.count - 1]) else { return nil }
                spaced = true
            }
        }
        if !element {
            while i < n, Bytes.isSpace(bytes[i]) || (!spaced && bytes[i] == 0x3A) { i += 1 }
            // An object that holds the value under `value` (Terraform state's outputs, a
            // parameter store's export): `"api_key": { "value": "…", "sensitive": true }`.
            if !spaced, !word.bearer, !word.sql, i < n, bytes[i] == 0x7B, let at = Self.valueMember(bytes, openingBraceAt: i) { i = at }
        }
        // `Bearer` after an `Authorization:` name, and quotes around the value.
        var quote: UInt8? = nil
        if !element, i < n, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x60 { quote = bytes[i]; i += 1 }
        if word.sql && quote == nil { return nil }
        if !word.bearer && !word.password {
            // An authorization scheme before the token: `Bearer`, `Basic`, `Token`, `SSWS`, `Key`.
            var j = i
            while j < n, Bytes.isAlpha(bytes[j]), j - i <= 12 { j += 1 }
            if j - i >= 2, j + 1 < n, bytes[j] == 0x20, Bytes.isTokenByte(bytes[j + 1]) { i = j + 1 }
            // A format marker before key material: Laravel's `APP_KEY=base64:…`.
            if matches(bytes, i, base64Marker) { i += base64Marker.count }
        }
        let start = i
        if word.password {
            // Any printable byte but a space or the quote; an element's value ends at `<`.
            let stop: UInt8 = element ? 0x3C : (quote ?? 0x20)
            while i < n, bytes[i] > 0x20, bytes[i] < 0x7F, bytes[i] != stop, i - start < 256 {
                if quote == nil, bytes[i] == 0x22 || bytes[i] == 0x27 { break }
                i += 1
            }
        } else {
            while i < n, Bytes.isTokenByte(bytes[i]), i - start < 512 { i += 1 }
            // Between quotes, key material may hold any printable byte (Django's SECRET_KEY,
            // WordPress's salts): the quotes, not the alphabet, delimit it.
            if let quote, i < n, bytes[i] != quote, bytes[i] > 0x20, bytes[i] < 0x7F {
                var j = i
                while j < n, bytes[j] > 0x20, bytes[j] < 0x7F, bytes[j] != 0x22, bytes[j] != 0x27, bytes[j] != 0x5C, j - start < 512 { j += 1 }
                if j < n, bytes[j] == quote, randomPrintable(bytes, start..<j) {
                    return (start..<j, name)
                }
            }
        }
        let value = start..<i
        // A call, an index, a reference or a path: code, not a literal.
        if !word.password, i < n, bytes[i] == 0x28 || bytes[i] == 0x5B || bytes[i] == 0x24 || bytes[i] == 0x7B { return nil }
        if let quote, !(i < n && bytes[i] == quote) { return nil }
        if element, !(i + 1 < n && bytes[i] == 0x3C && bytes[i + 1] == 0x2F) { return nil }
        if word.password {
            guard passwordShaped(bytes, value, quoted: quote != nil || element, spaced: spaced) else { return nil }
        } else {
            guard credentialShaped(bytes, value, weak: word.weak, quoted: quote != nil) else { return nil }
        }
        return (value, name)
    }

    /// Only spaces or tabs between the line's start and `at`.
    static func startsLine(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var j = at
        while j > 0, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
        return j == 0 || bytes[j - 1] == 0x0A
    }

    /// One word from `from` to the end of its line (then only spaces).
    static func valueEndsLine(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var j = from
        let n = bytes.count
        while j < n, bytes[j] > 0x20, j - from < 300 { j += 1 }
        guard j > from else { return false }
        while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
        return j == n || bytes[j] == 0x0A
    }

    /// `(` (then spaces) just before the quote at `at` that opens a name.
    static func opensCall(_ bytes: UnsafeBufferPointer<UInt8>, beforeQuoteAt at: Int) -> Bool {
        guard at >= 1, bytes[at] == 0x22 || bytes[at] == 0x27 else { return false }
        var j = at - 1
        while j >= 0, Bytes.isSpace(bytes[j]), at - j < 8 { j -= 1 }
        return j >= 0 && bytes[j] == 0x28
    }

    /// Where the name holding the keyword that starts at `wordStart` begins.
    static func nameStart(_ bytes: UnsafeBufferPointer<UInt8>, before wordStart: Int) -> Int {
        var j = wordStart
        while j > 0, wordStart - j < 40, Bytes.isWord(bytes[j - 1]) || bytes[j - 1] == 0x2D || bytes[j - 1] == 0x2E { j -= 1 }
        // A leading `--` is an option's, not the name's.
        while j < wordStart, bytes[j] == 0x2D { j += 1 }
        return j
    }

    /// The name ends in an identifying part: `_ID`, `Name`, `_FILE`, `_URL`, ….
    static func identifies(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        guard name.count > 0 else { return false }
        for word in identifyingEnds where word.count < name.count {
            let at = name.upperBound - word.count
            guard matches(bytes, at, word) else { continue }
            let before = bytes[at - 1], first = bytes[at]
            // `_id`, `-id`, `.id`, or a capital after a small letter (`privateKeyId`).
            if before == 0x5F || before == 0x2D || before == 0x2E || (Bytes.isUpper(first) && Bytes.isLower(before)) { return true }
        }
        return false
    }

    /// The name (or the word before it on its line) says the value is public, or names public
    /// material or a digest and no secret.
    static func saysPublic(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        guard name.count > 0 else { return false }
        // The word just before the name, on its line, counts too (`# public key: …`).
        var from = name.lowerBound
        while from > 0, name.lowerBound - from < 2, bytes[from - 1] == 0x20 { from -= 1 }
        if from < name.lowerBound { while from > 0, name.lowerBound - from < 14, Bytes.isWord(bytes[from - 1]) { from -= 1 } }
        for word in publicWords where contains(bytes, from..<name.upperBound, word) { return true }
        // A path-like key counts whole: `checksum/secret` (a chart's annotation).
        var whole = name.lowerBound
        while whole > 0, name.lowerBound - whole < 40, Bytes.isWord(bytes[whole - 1]) || bytes[whole - 1] == 0x2D || bytes[whole - 1] == 0x2E || bytes[whole - 1] == 0x2F { whole -= 1 }
        let key = whole..<name.upperBound
        if materialWords.contains(where: { contains(bytes, key, $0) }), !secretWords.contains(where: { contains(bytes, name, $0) }) || contains(bytes, key, materialWords[3]) { return true }
        return false
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ word: [UInt8]) -> Bool {
        var k = r.lowerBound
        while k + word.count <= r.upperBound {
            if matches(bytes, k, word) { return true }
            k += 1
        }
        return false
    }

    /// `<` just before the name that holds the keyword starting at `wordStart`.
    static func opensElement(_ bytes: UnsafeBufferPointer<UInt8>, before wordStart: Int) -> Bool {
        var j = wordStart - 1
        var steps = 0
        while j >= 0, Bytes.isWord(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x2E || bytes[j] == 0x3A, steps < 40 { j -= 1; steps += 1 }
        return j >= 0 && bytes[j] == 0x3C
    }

    @inline(__always) static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: [UInt8]) -> Bool {
        guard at >= 0, at + word.count <= bytes.count else { return false }
        for k in 0..<word.count where KeywordAutomaton.fold(bytes[at + k]) != word[k] { return false }
        return true
    }

    static func matchesWord(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: String) -> Bool {
        matches(bytes, at, Array(word.utf8))
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

    /// A password a person chose: ≥ 8 bytes of at least three of small letters, capitals,
    /// digits and punctuation (or a credential-shaped token); not a reference (`$X`, `${X}`,
    /// `%(x)s`, `{{ x }}`), a call or an index, not a placeholder.
    static func passwordShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, quoted: Bool, spaced: Bool) -> Bool {
        let value = ArraySlice(UnsafeBufferPointer(rebasing: bytes[r]))
        guard value.count >= 8, value.count <= 256 else { return false }
        // After a space, a value is a password only if nothing in it reads as code or an
        // option (`password reset`, `--password-file=x`, `password `-p``).
        if spaced, value.contains(where: { $0 == 0x3D || $0 == 0x60 || $0 == 0x2C || $0 == 0x3A }) { return false }
        if let first = value.first, first == 0x24 || first == 0x25 || first == 0x7B || first == 0x3C || first == 0x2F || first == 0x7E || first == 0x2E || first == 0x21 || first == 0x26 || first == 0x2A { return false }
        var lower = 0, upper = 0, digits = 0, punctuation = 0
        for c in value {
            if Bytes.isDigit(c) { digits += 1 } else if Bytes.isUpper(c) { upper += 1 } else if Bytes.isLower(c) { lower += 1 } else {
                // Code: a call, an index, an interpolation, a member of something.
                if c == 0x28 || c == 0x5B || c == 0x7B || c == 0x3C { return false }
                punctuation += 1
            }
        }
        let kinds = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (punctuation > 0 ? 1 : 0)
        if Placeholders.isPlaceholder(value) { return false }
        if kinds >= 3 && Bytes.entropy(value) >= 2.8 { return true }
        return credentialShaped(bytes, r, weak: spaced, quoted: quoted)
    }
}

/// Values written to look like a secret without being one: examples, templates, masks.
enum Placeholders {
    static let words = ["example", "sample", "dummy", "placeholder", "your", "xxxx", "changeme", "change_me",
                        "redacted", "replace", "insert", "fake", "todo", "****", "....", "<", ">", "${", "{{", "0000000", "1234567", "abcdef"]
        .map { Array($0.utf8) }
    private static let automaton = KeywordAutomaton(words)
    private static let wordAutomaton = KeywordAutomaton(words.filter { $0.count > 1 })

    /// A placeholder word or mask (`your`, `xxxx`, `${`), brackets alone not counted.
    static func holdsPlaceholderWord(_ value: ArraySlice<UInt8>) -> Bool {
        var found = false
        value.withUnsafeBufferPointer { buffer in
            wordAutomaton.scan(buffer) { _, _ in found = true }
        }
        return found
    }

    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        var found = false
        value.withUnsafeBufferPointer { buffer in
            automaton.scan(buffer) { _, _ in found = true }
        }
        return found || isRepeated(value)
    }

    /// One character repeated, or nearly so: three distinct bytes at most.
    static func isRepeated(_ value: ArraySlice<UInt8>) -> Bool {
        var seen: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var distinct = 0
        for c in value {
            let bit = UInt64(1) << UInt64(c & 63)
            switch c >> 6 {
            case 0: if seen.0 & bit == 0 { seen.0 |= bit; distinct += 1 }
            case 1: if seen.1 & bit == 0 { seen.1 |= bit; distinct += 1 }
            case 2: if seen.2 & bit == 0 { seen.2 |= bit; distinct += 1 }
            default: if seen.3 & bit == 0 { seen.3 |= bit; distinct += 1 }
            }
            if distinct > 3 { return false }
        }
        return true
    }
}
