/// Byte classes the detectors speak in (ASCII only: secrets are ASCII).
enum Bytes {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isAlpha(_ c: UInt8) -> Bool { isLower(c) || isUpper(c) }
    static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isAlpha(c) }
    static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46) }
    /// Letters, digits and `_`: a variable name's characters.
    static func isWord(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x5F }
    static func isBase64(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x2B || c == 0x2F || c == 0x3D }
    static func isBase64URL(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x2D || c == 0x5F }
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    /// What a token's value is made of: letters, digits and `-_.+/=~`.
    static func isTokenByte(_ c: UInt8) -> Bool {
        isAlnum(c) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x2B || c == 0x2F || c == 0x3D || c == 0x7E
    }

    /// Shannon entropy in bits per byte.
    static func entropy(_ s: ArraySlice<UInt8>) -> Double {
        guard !s.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for c in s { counts[Int(c)] += 1 }
        let n = Double(s.count)
        var h = 0.0
        for k in counts where k > 0 {
            let p = Double(k) / n
            h -= p * log2(p)
        }
        return h
    }

    /// 8-4-4-4-12 hexadecimal digits.
    static func isUUID(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count == 36 else { return false }
        for (i, c) in s.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                if c != 0x2D { return false }
            } else if !isHex(c) {
                return false
            }
        }
        return true
    }

    static func lowercased(_ s: ArraySlice<UInt8>) -> [UInt8] { s.map(KeywordAutomaton.fold) }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= haystack.count, !n.isEmpty else { return false }
        for i in 0...(haystack.count - n.count) where haystack[i] == n[0] {
            if Array(haystack[i..<(i + n.count)]) == n { return true }
        }
        return false
    }
}

/// log2 without Foundation.
@inline(__always) func log2(_ x: Double) -> Double {
    // ln(x)/ln(2) through the standard library's own elementary functions is not exposed on
    // every platform without Foundation; a series on the mantissa is accurate enough here.
    guard x > 0 else { return -.infinity }
    var m = x
    var e = 0.0
    while m >= 2 { m /= 2; e += 1 }
    while m < 1 { m *= 2; e -= 1 }
    // ln(m) for m in [1, 2) via atanh series: ln(m) = 2 * atanh((m-1)/(m+1)).
    let t = (m - 1) / (m + 1)
    let t2 = t * t
    var term = t
    var sum = 0.0
    var k = 1.0
    for _ in 0..<12 {
        sum += term / k
        term *= t2
        k += 2
    }
    return e + 2 * sum / 0.6931471805599453
}
