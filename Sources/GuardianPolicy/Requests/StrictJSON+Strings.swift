// JSON strings: escapes decoded (so `\u006dutation` is read as `mutation`, as the server will
// read it), surrogate pairs joined, and everything a lenient parser would repair refused:
// raw control characters, invalid UTF-8, a lone surrogate.

extension StrictJSONReader {
    /// Reads a string starting at its opening quote.
    mutating func readString() throws(StrictJSON.Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes between the quotes are the string.
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard ascii || Self.isValidUTF8(raw) else { throw .invalid(offset: start) }
                return String(decoding: raw, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .invalid(offset: index) }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        var scalars: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                let valid = scalars.withUnsafeBufferPointer { Self.isValidUTF8($0) }
                guard valid else { throw .invalid(offset: start) }
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte < 0x20 { throw .invalid(offset: index) }
            guard byte == UInt8(ascii: "\\") else {
                scalars.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try readUnicodeEscape()
                UTF8.encode(scalar) { scalars.append($0) }
            default: throw .invalid(offset: index - 1)
            }
        }
        throw .invalid(offset: index)
    }

    /// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
    /// `String(decoding:)` would repair such bytes where a server might refuse or read them
    /// otherwise; the stdlib's validating initialiser is generic and several times slower.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var scalar: UInt32
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: (need, scalar, minimum) = (1, UInt32(lead & 0x1F), 0x80)
            case 0xE0...0xEF: (need, scalar, minimum) = (2, UInt32(lead & 0x0F), 0x800)
            case 0xF0...0xF4: (need, scalar, minimum) = (3, UInt32(lead & 0x07), 0x10000)
            default: return false
            }
            guard i + need < bytes.count else { return false }
            for k in 1...need {
                let next = bytes[i + k]
                guard next & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
            i += need + 1
        }
        return true
    }

    /// The four hex digits after `\u`, and a second `\uXXXX` when the first is a high surrogate.
    mutating func readUnicodeEscape() throws(StrictJSON.Failure) -> Unicode.Scalar {
        let first = try readHex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw .invalid(offset: index)
            }
            index += 2
            let second = try readHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw .invalid(offset: index) }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw .invalid(offset: index) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw .invalid(offset: index) }  // lone low surrogate
        return scalar
    }

    mutating func readHex4() throws(StrictJSON.Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .invalid(offset: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw .invalid(offset: index)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
