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

    /// Runs of base64, hex or percent-encoded bytes that decode to text holding a secret.
    private func decoded(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownSecrets?, skipping taken: [Finding]) -> [Finding] {
        var out: [Finding] = []
        var i = 0
        var next = 0
        let n = bytes.count
        func covered(_ r: Range<Int>) -> Bool {
            while next < taken.count, taken[next].range.upperBound <= r.lowerBound { next += 1 }
            return next < taken.count && taken[next].range.overlaps(r)
        }
        while i < n {
            guard Bytes.isBase64(bytes[i]) || bytes[i] == 0x25 || bytes[i] == 0x2D || bytes[i] == 0x5F else { i += 1; continue }
            let start = i
            var percents = 0, base64 = true, hex = true, url = true
            while i < n {
                let c = bytes[i]
                if c == 0x25 { percents += 1; base64 = false; hex = false; url = false }
                else if Bytes.isAlnum(c) { if !Bytes.isHex(c) { hex = false } }
                else if c == 0x2B || c == 0x2F { hex = false; url = false }
                else if c == 0x2D || c == 0x5F { hex = false; base64 = false }
                else if c == 0x3D {
                    // Padding ends a run; an `=` with more after it is an assignment.
                    if i + 1 < n, Bytes.isAlnum(bytes[i + 1]) || bytes[i + 1] == 0x2B || bytes[i + 1] == 0x2F { break }
                    hex = false
                }
                else if c == 0x2E || c == 0x7E { if percents == 0 { break }; base64 = false; hex = false; url = false }
                else { break }
                i += 1
            }
            let run = start..<i
            if run.count < 24 || covered(run) { if i == start { i += 1 }; continue }
            let slice = UnsafeBufferPointer(rebasing: bytes[run])
            var plain: [UInt8]? = nil
            var encoding = ""
            if percents >= 3 {
                plain = Decoding.percent(slice); encoding = "percent"
            } else if hex && run.count >= 40 {
                plain = Decoding.hex(slice); encoding = "hex"
            } else if (base64 || url) && run.count >= 24 {
                plain = Decoding.base64(slice, url: !base64); encoding = "base64"
            }
            if let plain, Decoding.isText(plain) {
                let inner = plain.withUnsafeBufferPointer { scan($0, known: known, decode: false) }
                if let first = inner.first {
                    out.append(Finding(range: run, detector: first.detector, encoding: encoding))
                }
            }
            if i == start { i += 1 }
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
