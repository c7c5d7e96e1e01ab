/// Finds secrets in a text. One pass of a keyword automaton over the bytes finds every place a
/// detector could apply (a format's prefix, a secret-sounding name, `-----BEGIN`, `eyJ`,
/// `://`); each detector then checks only there. One decoding pass scans base64, hex and
/// percent-encoded runs again. Values already registered this session are found wherever they
/// are copied (`KnownSecrets`).
public struct SecretScanner: Sendable {
    enum Detector: Sendable {
        case prefixed(Int)
        case context(String)
        case privateKey
        case jwt
        case urlPassword
    }

    private let automaton: KeywordAutomaton
    private let detectors: [Detector]

    public init() {
        var keywords: [[UInt8]] = []
        var detectors: [Detector] = []
        for (i, format) in PrefixedFormat.catalogue.enumerated() {
            keywords.append(format.prefix)
            detectors.append(.prefixed(i))
        }
        for word in ContextualTokens.nameWords {
            keywords.append(Array(word.utf8))
            detectors.append(.context(word))
        }
        keywords.append(Array("-----BEGIN ".utf8)); detectors.append(.privateKey)
        keywords.append(Array("eyJ".utf8)); detectors.append(.jwt)
        keywords.append(Array("://".utf8)); detectors.append(.urlPassword)
        automaton = KeywordAutomaton(keywords)
        self.detectors = detectors
    }

    /// Every secret in `bytes`, in order, none overlapping.
    public func scan(_ bytes: [UInt8], known: KnownSecrets? = nil) -> [Finding] {
        bytes.withUnsafeBufferPointer { scan($0, known: known, decode: true) }
    }

    func scan(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownSecrets?, decode: Bool) -> [Finding] {
        var found: [Finding] = []
        automaton.scan(bytes) { end, k in
            switch detectors[k] {
            case .prefixed(let i):
                let format = PrefixedFormat.catalogue[i]
                if let r = format.match(bytes, at: end - format.prefix.count) {
                    found.append(Finding(range: r, detector: format.id, keep: format.prefix.count))
                }
            case .context(let word):
                if let r = ContextualTokens.value(bytes, keywordEnd: end, word: word) {
                    found.append(Finding(range: r, detector: Self.contextDetector(bytes, keywordEnd: end, word: word)))
                }
            case .privateKey:
                if let r = StructuredSecrets.privateKey(bytes, keywordEnd: end) {
                    found.append(Finding(range: r, detector: "private-key"))
                }
            case .jwt:
                if let r = StructuredSecrets.jwt(bytes, keywordEnd: end) {
                    found.append(Finding(range: r, detector: "jwt"))
                }
            case .urlPassword:
                if let r = StructuredSecrets.urlPassword(bytes, keywordEnd: end) {
                    found.append(Finding(range: r, detector: "url-password"))
                }
            }
        }
        known?.scan(bytes) { found.append($0) }
        var findings = Self.disjoint(found)
        if decode { findings = Self.disjoint(findings + decoded(bytes, known: known, skipping: findings)) }
        return findings
    }

    /// A provider's name in front of a prefix-less value names the detector (`railway-token`).
    static func contextDetector(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, word: String) -> String {
        let from = max(0, end - word.utf8.count - 24)
        let around = Bytes.lowercased(ArraySlice(UnsafeBufferPointer(rebasing: bytes[from..<end])))
        for provider in ["railway", "cloudflare", "vercel", "render", "netlify", "supabase", "neon", "heroku", "fly", "aws", "azure", "gcp", "google", "datadog", "sentry", "postgres", "mysql", "redis", "mongo"] where Bytes.contains(around, provider) {
            return provider + "-token"
        }
        return "context-token"
    }

    /// Byte classes of encoded runs, one table lookup a byte.
    private static let classes: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for c in 0..<256 {
            let b = UInt8(c)
            var k: UInt8 = 0
            if Bytes.isAlnum(b) { k |= Run.alnum }
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
        static let alnum: UInt8 = 1, hex: UInt8 = 2, plusSlash: UInt8 = 4, dashUnderscore: UInt8 = 8
        static let equals: UInt8 = 16, percent: UInt8 = 32, dotTilde: UInt8 = 64
        static let any: UInt8 = alnum | plusSlash | dashUnderscore | equals | percent | dotTilde
    }

    /// Runs of base64, hex or percent-encoded bytes that decode to text holding a secret.
    private func decoded(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownSecrets?, skipping taken: [Finding]) -> [Finding] {
        var out: [Finding] = []
        var next = 0
        let n = bytes.count
        Self.classes.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                // Most bytes start no run worth decoding: skip them in a tight loop.
                while i < n, table[Int(bytes[i])] & (Run.alnum | Run.plusSlash | Run.dashUnderscore | Run.percent) == 0 { i += 1 }
                guard i < n else { break }
                let start = i
                var seen: UInt8 = 0
                var kinds = 0  // digits 1, capitals 2, small letters 4
                var percents = 0
                while i < n {
                    let k = table[Int(bytes[i])]
                    if k & Run.any == 0 { break }
                    if k & Run.equals != 0 {
                        // Padding ends a run; an `=` with more after it is an assignment.
                        if i + 1 < n, table[Int(bytes[i + 1])] & (Run.alnum | Run.plusSlash) != 0 { break }
                    }
                    if k & Run.dotTilde != 0 && percents == 0 { break }
                    if k & Run.percent != 0 { percents += 1 }
                    seen |= k & ~(Run.hex)
                    if k & Run.alnum != 0 && k & Run.hex == 0 { seen |= 128 }  // a letter beyond f
                    let c = bytes[i]
                    if Bytes.isDigit(c) { kinds |= 1 } else if Bytes.isUpper(c) { kinds |= 2 } else if Bytes.isLower(c) { kinds |= 4 }
                    i += 1
                }
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
                } else if percents == 0 && seen & (128 | Run.plusSlash | Run.dashUnderscore | Run.equals | Run.dotTilde) == 0 && run.count >= 40 {
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
        return out
    }

    /// Sorted by start; of overlapping findings the first (then the longest) is kept.
    static func disjoint(_ findings: [Finding]) -> [Finding] {
        let sorted = findings.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
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
