/// Finds secrets in a text. One pass of a keyword automaton over the bytes finds every place a
/// detector could apply (a format's prefix, a secret-sounding name, `-----BEGIN`, `eyJ`,
/// `://`); each detector then checks only there. One decoding pass scans base64, hex and
/// percent-encoded runs again. Values already registered this session are found wherever they
/// are copied (`KnownSecrets`).
public struct SecretScanner: Sendable {
    enum Detector: Sendable {
        case prefixed(Int)
        case context(Int)
        case privateKey
        case puttyKey
        case jwt
        case urlPassword
        case botToken
        case userOption
        case infix(Int)
        case commandPassword
        case pipedSecret(Int)
        case pgpass
        case signature
    }

    private let automaton: KeywordAutomaton
    private let detectors: [Detector]

    /// One scanner for the process, built on first use (its automaton takes about a
    /// millisecond to build).
    public static let shared = SecretScanner()

    /// Builds the shared scanner and the detectors' own tables (one small scan), so that a
    /// session's start can do it on a thread beside the rest rather than at the first open.
    public static func warm() {
        _ = shared.scan(Array("TOKEN=3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69 https://u:p4ssw0rd!@h\n".utf8))
    }

    public init() {
        var keywords: [[UInt8]] = []
        var detectors: [Detector] = []
        // A format's first bytes are its keyword (`match` checks the rest of the prefix): fewer
        // states in the automaton, so more of its table stays in the cache.
        for (i, format) in PrefixedFormat.catalogue.enumerated() {
            keywords.append(Array(format.prefix.prefix(PrefixedFormat.keywordLength)))
            detectors.append(.prefixed(i))
        }
        for (i, word) in ContextualTokens.nameWords.enumerated() {
            keywords.append(word.bytes)
            detectors.append(.context(i))
        }
        keywords.append(Array("-----BEGIN ".utf8)); detectors.append(.privateKey)
        keywords.append(Array("Private-Lines:".utf8)); detectors.append(.puttyKey)
        keywords.append(Array("eyJ".utf8)); detectors.append(.jwt)
        keywords.append(Array("://".utf8)); detectors.append(.urlPassword)
        keywords.append(Array(":AA".utf8)); detectors.append(.botToken)
        keywords.append(Array(" -u ".utf8)); detectors.append(.userOption)
        keywords.append(Array(" --user ".utf8)); detectors.append(.userOption)
        for (i, format) in InfixFormat.catalogue.enumerated() {
            keywords.append(format.marker); detectors.append(.infix(i))
        }
        for option in [" -p", "\t-p", " -a"] {
            keywords.append(Array(option.utf8)); detectors.append(.commandPassword)
        }
        for option in ["--password-stdin", "--with-token", "--token-stdin"] {
            keywords.append(Array(option.utf8)); detectors.append(.pipedSecret(option.utf8.count))
        }
        for port in [":5432:", ":6432:", ":*:"] {
            keywords.append(Array(port.utf8)); detectors.append(.pgpass)
        }
        keywords.append(Array("sig=".utf8)); detectors.append(.signature)
        automaton = KeywordAutomaton(keywords)
        self.detectors = detectors
    }

    /// Every secret in `bytes`, in order, none overlapping.
    public func scan(_ bytes: [UInt8], known: KnownSecrets? = nil) -> [Finding] {
        bytes.withUnsafeBufferPointer { scan($0, known: known, decode: true) }
    }

    func scan(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownSecrets?, decode: Bool) -> [Finding] {
        var found: [Finding] = []
        func add(_ range: Range<Int>?, _ detector: String) {
            if let range { found.append(Finding(range: range, detector: detector)) }
        }
        automaton.scan(bytes) { end, k in
            switch detectors[k] {
            case .prefixed(let i):
                let format = PrefixedFormat.catalogue[i]
                if let r = format.match(bytes, at: end - min(format.prefix.count, PrefixedFormat.keywordLength)) {
                    found.append(Finding(range: r, detector: format.id, keep: format.prefix.count))
                    if let pair = StructuredSecrets.pairedIds[format.id], let secret = StructuredSecrets.pairedSecret(bytes, afterId: r) {
                        found.append(Finding(range: secret, detector: pair))
                    }
                }
            case .context(let w):
                let word = ContextualTokens.nameWords[w]
                if let r = ContextualTokens.value(bytes, keywordEnd: end, word: word) {
                    found.append(Finding(range: r, detector: Self.contextDetector(bytes, keywordEnd: end, word: word.bytes.count)))
                }
            case .privateKey: add(StructuredSecrets.privateKey(bytes, keywordEnd: end), "private-key")
            case .puttyKey: add(StructuredSecrets.puttyKey(bytes, keywordEnd: end), "private-key")
            case .jwt: add(StructuredSecrets.jwt(bytes, keywordEnd: end), "jwt")
            case .urlPassword: add(StructuredSecrets.urlPassword(bytes, keywordEnd: end), "url-password")
            case .userOption: add(StructuredSecrets.userOption(bytes, keywordEnd: end), "command-line-password")
            case .infix(let i):
                let format = InfixFormat.catalogue[i]
                add(format.match(bytes, markerEnd: end), format.id)
            case .commandPassword: add(StructuredSecrets.commandPassword(bytes, keywordEnd: end), "command-line-password")
            case .pipedSecret(let length): add(StructuredSecrets.pipedSecret(bytes, keywordEnd: end, keyword: length), "piped-secret")
            case .pgpass: add(StructuredSecrets.pgpassLine(bytes, keywordEnd: end), "pgpass-password")
            case .signature: add(StructuredSecrets.signatureParameter(bytes, keywordEnd: end), "sas-signature")
            case .botToken: add(StructuredSecrets.botToken(bytes, keywordEnd: end), "telegram-bot-token")
            }
        }
        known?.scan(bytes) { found.append($0) }
        var findings = Self.joined(Self.disjoint(found), in: bytes)
        if !findings.isEmpty { findings = Self.disjoint(findings + Self.repeats(of: findings, in: bytes)) }
        if decode { findings = Self.disjoint(findings + decoded(bytes, known: known, skipping: findings)) }
        return findings
    }

    /// Tokens of one format joined by a comma are one credential (Fly's `FlyV1 fm2_…,fm2_…`, a
    /// macaroon and its discharges): one finding, so that one stand-in replaces the whole.
    static func joined(_ findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard findings.count > 1 else { return findings }
        var out: [Finding] = []
        for f in findings {
            if let last = out.last, last.detector == f.detector, last.encoding == nil, f.encoding == nil,
               f.range.lowerBound == last.range.upperBound + 1, bytes[last.range.upperBound] == 0x2C {
                out[out.count - 1] = Finding(range: last.range.lowerBound..<f.range.upperBound, detector: last.detector, keep: last.keep)
            } else {
                out.append(f)
            }
        }
        return out
    }

    /// Every other place in the text a value found in it appears: a secret found where it is
    /// named (`auth_token = "…"`) is masked too where it is only passed (`Client(sid, "…")`).
    static func repeats(of findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var values: [[UInt8]] = []
        var detectors: [[UInt8]: Finding] = [:]
        for f in findings where f.encoding == nil && f.range.count >= 8 {
            let value = Array(bytes[f.range])
            if detectors[value] == nil { values.append(value); detectors[value] = f }
        }
        guard !values.isEmpty else { return [] }
        var out: [Finding] = []
        let automaton = KeywordAutomaton(values, caseInsensitive: false)
        automaton.scan(bytes) { end, k in
            let first = detectors[values[k]]!
            let r = (end - values[k].count)..<end
            if r != first.range { out.append(Finding(range: r, detector: first.detector, keep: first.keep)) }
        }
        return out
    }

    /// A provider's name in front of a prefix-less value names the detector (`railway-token`).
    static func contextDetector(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, word: Int) -> String {
        let from = max(0, end - word - 24)
        var named: Int? = nil
        providers.scan(UnsafeBufferPointer(rebasing: bytes[from..<end])) { _, k in named = min(named ?? k, k) }
        return named.map { providerDetectors[$0] } ?? "context-token"
    }

    /// Providers named in front of a prefix-less value, first in the list first.
    static let providerNames = ["railway", "cloudflare", "vercel", "render", "netlify", "supabase", "neon", "heroku", "fly", "aws", "azure",
                                "gcp", "google", "datadog", "sentry", "postgres", "mysql", "redis", "mongo"]
    private static let providers = KeywordAutomaton(providerNames.map { Array($0.utf8) })
    private static let providerDetectors = providerNames.map { $0 + "-token" }

    /// Byte classes of encoded runs, one table lookup a byte.
    private static let classes: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 256)
        for c in 0..<256 {
            let b = UInt8(c)
            var k: UInt16 = 0
            if Bytes.isAlnum(b) { k |= Run.alnum }
            if Bytes.isAlnum(b) && !Bytes.isHex(b) { k |= Run.beyondF }
            if Bytes.isDigit(b) { k |= Run.digit }
            if Bytes.isUpper(b) { k |= Run.upper }
            if Bytes.isLower(b) { k |= Run.lower }
            if Bytes.isHex(b) { k |= Run.hex }
            if b == 0x2B || b == 0x2F { k |= Run.plusSlash }
            if b == 0x2D || b == 0x5F { k |= Run.dashUnderscore }
            if b == 0x3D { k |= Run.equals }
            if b == 0x25 { k |= Run.percent }
            if b == 0x2E || b == 0x7E { k |= Run.dotTilde }
            t[c] = k
        }
        return t
    }()

    private enum Run {
        static let alnum: UInt16 = 1, hex: UInt16 = 2, plusSlash: UInt16 = 4, dashUnderscore: UInt16 = 8
        static let equals: UInt16 = 16, percent: UInt16 = 32, dotTilde: UInt16 = 64
        /// A letter beyond f: the run is not hexadecimal.
        static let beyondF: UInt16 = 128
        static let digit: UInt16 = 256, upper: UInt16 = 512, lower: UInt16 = 1024
        static let any: UInt16 = alnum | plusSlash | dashUnderscore | equals | percent | dotTilde
    }

    /// Runs of base64, hex or percent-encoded bytes that decode to text holding a secret.
    private func decoded(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownSecrets?, skipping taken: [Finding]) -> [Finding] {
        var out: [Finding] = []
        var next = 0
        let n = bytes.count
        Self.classes.withUnsafeBufferPointer { table in
            for wide in Self.longRuns(bytes, table) {
              var i = wide.lowerBound
              while i < wide.upperBound {
                while i < wide.upperBound, table[Int(bytes[i])] & (Run.alnum | Run.plusSlash | Run.dashUnderscore | Run.percent) == 0 { i += 1 }
                guard wide.upperBound - i >= 24 else { break }
                let start = i
                var seen: UInt16 = 0
                var percents = 0
                while i < wide.upperBound {
                    let k = table[Int(bytes[i])]
                    if k & Run.equals != 0 {
                        // Padding ends a run; an `=` with more after it is an assignment.
                        if i + 1 < n, table[Int(bytes[i + 1])] & (Run.alnum | Run.plusSlash) != 0 { break }
                    }
                    if k & Run.dotTilde != 0 && percents == 0 { break }
                    if k & Run.percent != 0 { percents += 1 }
                    seen |= k
                    i += 1
                }
                // Which of digits, capitals and small letters the run holds.
                let kinds = Int(seen >> 8) & 7
                if i == start { i += 1; continue }
                let run = start..<i
                // Encoded data mixes at least two of digits, capitals and small letters; a
                // long snake_case or CamelCase identifier alone is a name, not data.
                guard run.count >= 24, kinds.nonzeroBitCount >= 2 || percents >= 3 else { continue }
                while next < taken.count, taken[next].range.upperBound <= run.lowerBound { next += 1 }
                if next < taken.count && taken[next].range.overlaps(run) { continue }
                let slice = UnsafeBufferPointer(rebasing: bytes[run])
                let plain: [UInt8]?
                let encoding: String
                if percents >= 3 {
                    plain = Decoding.percent(slice); encoding = "percent"
                } else if percents == 0 && seen & (Run.beyondF | Run.plusSlash | Run.dashUnderscore | Run.equals | Run.dotTilde) == 0 && run.count >= 40 {
                    plain = Decoding.hex(slice); encoding = "hex"
                } else if percents == 0 && seen & Run.dotTilde == 0 {
                    let standard = seen & Run.dashUnderscore == 0
                    let urlSafe = seen & Run.plusSlash == 0
                    guard standard || urlSafe else { continue }
                    plain = Decoding.base64(slice, url: !standard); encoding = "base64"
                } else {
                    continue
                }
                if let plain, Decoding.isText(plain) {
                    let inner = plain.withUnsafeBufferPointer { scan($0, known: known, decode: false) }
                    if let first = inner.first {
                        out.append(Finding(range: run, detector: first.detector, encoding: encoding))
                    }
                }
              }
            }
        }
        return out
    }

    /// The runs of ≥ 24 bytes that could be encoded data (letters, digits, `+/-_=%.~`): all
    /// the decoding pass looks at. One pass without a branch a byte but the rare one taken when
    /// a run reaches 24: most runs are words and numbers, far shorter.
    private static func longRuns(_ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        guard let base = bytes.baseAddress, let classes = table.baseAddress else { return runs }
        let n = bytes.count
        var length = 0
        var i = 0
        while i < n {
            // length + 1 inside a run, 0 outside it.
            let inRun = Int(classes[Int(base[i])] & Run.any != 0 ? 1 : 0)
            length = (length &+ 1) & (0 &- inRun)
            i &+= 1
            if length == 24 {
                let start = i - 24
                while i < n, classes[Int(base[i])] & Run.any != 0 { i += 1 }
                runs.append(start..<i)
                length = 0
            }
        }
        return runs
    }

    /// Sorted by start; of overlapping findings the first (then the longest, then the one of
    /// a known format, whose sentinel keeps its prefix) is kept.
    static func disjoint(_ findings: [Finding]) -> [Finding] {
        let sorted = findings.sorted { ($0.range.lowerBound, -$0.range.count, -$0.keep) < ($1.range.lowerBound, -$1.range.count, -$1.keep) }
        var out: [Finding] = []
        for f in sorted {
            if let last = out.last, last.range.overlaps(f.range) { continue }
            out.append(f)
        }
        return out
    }
}

/// Every secret value registered this session, found wherever it is copied — under any name,
/// in any file — by exact match.
public struct KnownSecrets: Sendable {
    private let automaton: KeywordAutomaton?

    public init(_ values: [[UInt8]]) {
        let usable = values.filter { $0.count >= 8 }
        automaton = usable.isEmpty ? nil : KeywordAutomaton(usable, caseInsensitive: false)
    }

    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Finding) -> Void) {
        guard let automaton else { return }
        automaton.scan(bytes) { end, k in
            body(Finding(range: (end - automaton.keywords[k].count)..<end, detector: "known-secret"))
        }
    }
}
