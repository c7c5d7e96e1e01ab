/// A stand-in for a secret: the same length and the same format — prefix kept, each letter and
/// digit replaced by a random one of its kind (hex stays hex, a UUID stays a version-4 UUID),
/// punctuation kept — so a program that checks the format still accepts it, and the file's
/// size and offsets do not change.
public enum Sentinel {
    public static func make(for value: [UInt8], keep: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return make(for: value, keep: keep, using: &rng)
    }

    static func make<G: RandomNumberGenerator>(for value: [UInt8], keep: Int, using rng: inout G) -> [UInt8] {
        let keep = min(keep, value.count)
        let body = value[keep...]
        let hex = body.allSatisfy { Bytes.isHex($0) || !Bytes.isAlnum($0) } && body.contains { Bytes.isDigit($0) }
        let lowerDigits: [UInt8] = Array("0123456789".utf8)
        let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)
        let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)
        let lowers: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let uppers: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        for _ in 0..<8 {
            var out = Array(value[..<keep])
            out.reserveCapacity(value.count)
            var escaped = false
            for c in body {
                // An escape inside a quoted string (`\n` in a JSON-encoded key) stays an escape.
                if escaped {
                    out.append(c)
                    escaped = false
                    continue
                }
                if c == 0x5C {
                    out.append(c)
                    escaped = true
                    continue
                }
                if hex && Bytes.isHex(c) {
                    out.append(Bytes.isUpper(c) ? upperHex.randomElement(using: &rng)! : lowerHex.randomElement(using: &rng)!)
                } else if Bytes.isDigit(c) {
                    out.append(lowerDigits.randomElement(using: &rng)!)
                } else if Bytes.isLower(c) {
                    out.append(lowers.randomElement(using: &rng)!)
                } else if Bytes.isUpper(c) {
                    out.append(uppers.randomElement(using: &rng)!)
                } else {
                    out.append(c)
                }
            }
            if keep == 0, Bytes.isUUID(out[...]) {
                // Version 4, RFC 4122 variant.
                out[14] = UInt8(ascii: "4")
                let variant: [UInt8] = Bytes.isUpper(value[19]) ? Array("89AB".utf8) : Array("89ab".utf8)
                out[19] = variant.randomElement(using: &rng)!
            }
            if out != value { return out }
        }
        return value.map { Bytes.isAlnum($0) ? UInt8(ascii: "x") : $0 }
    }
}
