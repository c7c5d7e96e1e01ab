/// Tokens whose format marker sits inside them rather than at their start: a fixed number of
/// bytes before it, a body after it.
struct InfixFormat: Sendable {
    var id: String
    var marker: [UInt8]
    var before: Int
    var beforeAccepts: @Sendable (UInt8) -> Bool
    var body: PrefixedFormat.Body
    var minimum: Int
    var maximum: Int

    static let catalogue: [InfixFormat] = [
        // Azure AD client secrets: three characters, a digit, `Q~`, then 31–34 more.
        InfixFormat(id: "azure-client-secret", marker: Array("Q~".utf8), before: 4,
                    beforeAccepts: { Bytes.isAlnum($0) || $0 == 0x5F || $0 == 0x7E || $0 == 0x2E }, body: .azureSecret, minimum: 31, maximum: 34),
        // Terraform Cloud / Enterprise API tokens: `<14>.atlasv1.<60–70>`.
        InfixFormat(id: "terraform-cloud-token", marker: Array(".atlasv1.".utf8), before: 14,
                    beforeAccepts: { Bytes.isAlnum($0) }, body: .base64Any, minimum: 60, maximum: 70),
        // Firebase Cloud Messaging legacy server keys: `AAAA<7>:APA91b<134>`.
        InfixFormat(id: "firebase-server-key", marker: Array(":APA91b".utf8), before: 11,
                    beforeAccepts: { Bytes.isBase64URL($0) }, body: .base64URL, minimum: 100, maximum: 200),
    ]

    /// The token around the marker ending at `end`, if the format holds there.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, markerEnd end: Int) -> Range<Int>? {
        let markerStart = end - marker.count
        let start = markerStart - before
        guard start >= 0 else { return nil }
        for k in 0..<marker.count where bytes[markerStart + k] != marker[k] { return nil }
        for k in start..<markerStart where !beforeAccepts(bytes[k]) { return nil }
        if start > 0, beforeAccepts(bytes[start - 1]) { return nil }
        var i = end
        while i < bytes.count, i - end < maximum, body.accepts(bytes[i]) { i += 1 }
        guard i - end >= minimum, !(i < bytes.count && body.accepts(bytes[i])) else { return nil }
        var letters = false, digits = false
        for k in start..<i { if Bytes.isDigit(bytes[k]) { digits = true } else if Bytes.isAlpha(bytes[k]) { letters = true } }
        return letters && digits ? start..<i : nil
    }
}
