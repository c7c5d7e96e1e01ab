import Crypto

/// The hash chain that makes a session's log tamper-evident.
///
/// Every line ends with the two chain fields, always last and always 64 lowercase hex digits:
///
///     {...canonical fields...,"prev":"<64 hex>","hash":"<64 hex>"}
///
/// The canonical line is the line with that suffix replaced by `}`, byte for byte, so a reader
/// never has to re-serialise JSON to check a hash (and fields a newer writer adds are covered).
///
///     hash = hex(SHA-256(prev ‖ canonical))   prev as its 64 ASCII hex digits
///
/// The first line's prev is `genesis`, 64 zeros; every later line's prev is the hash of the line
/// before it. Editing a line breaks its hash; deleting, inserting or moving one breaks the next
/// line's prev (and the gapless `seq`).
public enum EventChain {
    /// The prev of a session's first line.
    public static let genesis = String(repeating: "0", count: 64)
    static let genesisBytes = [UInt8](repeating: UInt8(ascii: "0"), count: 64)

    static let prevKey: [UInt8] = Array(#","prev":""#.utf8)
    static let hashKey: [UInt8] = Array(#"","hash":""#.utf8)
    static let close: [UInt8] = Array(#""}"#.utf8)
    /// Length of `,"prev":"…","hash":"…"}`.
    static let suffixLength = prevKey.count + 64 + hashKey.count + 64 + close.count

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// hex(SHA-256(prev ‖ canonical)) as 64 ASCII bytes.
    static func hash(prev: [UInt8], canonical: UnsafeRawBufferPointer) -> [UInt8] {
        var hasher = SHA256()
        prev.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: canonical)
        let digest = hasher.finalize()
        var out = [UInt8]()
        out.reserveCapacity(64)
        digest.withUnsafeBytes { raw in
            for b in raw {
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
            }
        }
        return out
    }

    /// The hash of a canonical line (a complete JSON object without the chain fields).
    public static func hash(prev: String, canonical: [UInt8]) -> String {
        let h = canonical.withUnsafeBytes { hash(prev: Array(prev.utf8), canonical: $0) }
        return String(decoding: h, as: UTF8.self)
    }

    /// Appends the sealed line for `canonical` (without a newline) to `out`; returns its hash.
    static func seal(_ canonical: [UInt8], prev: [UInt8], into out: inout [UInt8]) -> [UInt8] {
        let h = canonical.withUnsafeBytes { hash(prev: prev, canonical: $0) }
        out.append(contentsOf: canonical[..<(canonical.count - 1)])  // drop the closing brace
        out.append(contentsOf: prevKey)
        out.append(contentsOf: prev)
        out.append(contentsOf: hashKey)
        out.append(contentsOf: h)
        out.append(contentsOf: close)
        return h
    }

    /// A sealed line taken apart: the canonical bytes the hash covers, and the two chain fields.
    struct Parts {
        var canonical: [UInt8]
        var prev: [UInt8]
        var hash: [UInt8]
    }

    /// Splits a line (without its newline) into its parts; nil when the chain suffix is missing
    /// or not in the exact form the writer produces.
    static func split(_ line: ArraySlice<UInt8>) -> Parts? {
        guard line.count >= suffixLength + 2, line.first == UInt8(ascii: "{") else { return nil }
        var i = line.endIndex - suffixLength
        func expect(_ literal: [UInt8]) -> Bool {
            guard line[i..<(i + literal.count)].elementsEqual(literal) else { return false }
            i += literal.count
            return true
        }
        func hex() -> [UInt8]? {
            let digits = line[i..<(i + 64)]
            guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
            i += 64
            return Array(digits)
        }
        guard expect(prevKey), let prev = hex(), expect(hashKey), let hash = hex(), expect(close) else { return nil }
        var canonical = Array(line[..<(line.endIndex - suffixLength)])
        canonical.append(UInt8(ascii: "}"))
        return Parts(canonical: canonical, prev: prev, hash: hash)
    }
}
