// Checking a JSON value without building it: the same rules as reading one (duplicate keys,
// escapes, UTF-8, depth), with no arrays or strings allocated but the keys of objects.

extension StrictJSONReader {
    /// The top-level value, building only the members `keep` accepts of the top-level object
    /// or of each object directly in a top-level array.
    mutating func readEnvelopes() throws(StrictJSON.Failure) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw .invalid(offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try readObject(keeping: keep)
        case UInt8(ascii: "["):
            try enter()
            var values: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(values)
            }
            while true {
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "{") {
                    values.append(try readObject(keeping: keep))
                } else {
                    try skipValue()
                    values.append(.null)
                }
                skipWhitespace()
                guard index < bytes.count else { throw .invalid(offset: index) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == UInt8(ascii: "]") else { throw .invalid(offset: index) }
                index += 1
                depth -= 1
                return .array(values)
            }
        default:
            try skipValue()
            return .null
        }
    }

    mutating func skipValue() throws(StrictJSON.Failure) {
        skipWhitespace()
        guard index < bytes.count else { throw .invalid(offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): _ = try readObject(keeping: { _ in false })
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        default: _ = try readNumber()
        }
    }

    mutating func skipArray() throws(StrictJSON.Failure) {
        try enter()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return
        }
        while true {
            try skipValue()
            skipWhitespace()
            guard index < bytes.count else { throw .invalid(offset: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw .invalid(offset: index) }
            index += 1
            depth -= 1
            return
        }
    }

    /// Past a string, checking it as `readString` does. Escapes are ASCII, so the raw bytes
    /// between the quotes are well-formed UTF-8 exactly when the string is.
    mutating func skipString() throws(StrictJSON.Failure) {
        index += 1
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard ascii || Self.isValidUTF8(raw) else { throw .invalid(offset: start) }
                return
            }
            if byte < 0x20 { throw .invalid(offset: index) }
            if byte >= 0x80 { ascii = false }
            index += 1
            guard byte == UInt8(ascii: "\\") else { continue }
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                continue
            case UInt8(ascii: "u"):
                _ = try readUnicodeEscape()
            default:
                throw .invalid(offset: index - 1)
            }
        }
        throw .invalid(offset: index)
    }
}
