/// One secret in a text: where its value lies, which detector saw it, and what a stand-in for
/// it must look like.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// Byte offsets of the value itself (not its name or quotes).
    public var range: Range<Int>
    /// The detector's id: `github-token`, `railway-token`, `private-key`, `context-token`, …
    public var detector: String
    /// Bytes at the start of the value a sentinel keeps (a `ghp_` prefix stays `ghp_`).
    public var keep: Int
    /// The value was found inside an encoded blob (base64, hex, percent): the whole blob is
    /// replaced, and this says how it was encoded.
    public var encoding: String?

    public init(range: Range<Int>, detector: String, keep: Int = 0, encoding: String? = nil) {
        self.range = range
        self.detector = detector
        self.keep = keep
        self.encoding = encoding
    }

    public var description: String { "\(detector)@\(range.lowerBound)..<\(range.upperBound)" + (encoding.map { " (\($0))" } ?? "") }
}
