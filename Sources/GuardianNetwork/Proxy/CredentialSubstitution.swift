import Foundation

/// Real values put back in place of the sentinels a request carries, for the host the
/// decision allowed them to: in header values (inside Basic's base64 too), in the request
/// target (as sent and percent-encoded) and in the body. The rest of the request is the bytes
/// that were decided; the body's length is set again when it is forwarded.
public struct CredentialSubstitution: Sendable, Hashable {
    public var pairs: [Pair]

    public struct Pair: Sendable, Hashable {
        public var sentinel: [UInt8]
        public var real: [UInt8]
        public init(sentinel: [UInt8], real: [UInt8]) {
            self.sentinel = sentinel
            self.real = real
        }
    }

    public init(_ pairs: [Pair] = []) { self.pairs = pairs }

    public var isEmpty: Bool { pairs.isEmpty }

    public func body(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for pair in pairs {
            out = Self.replacing(pair.sentinel, with: pair.real, in: out)
            // A JSON string may escape `/` (a base64 token's slash).
            let escapedSentinel = Self.jsonEscapingSlashes(pair.sentinel)
            if escapedSentinel != pair.sentinel {
                out = Self.replacing(escapedSentinel, with: Self.jsonEscapingSlashes(pair.real), in: out)
            }
        }
        return out
    }

    public func target(_ uri: String) -> String {
        var out = Array(uri.utf8)
        for pair in pairs {
            out = Self.replacing(pair.sentinel, with: Self.percentEncoded(pair.real), in: out)
            let encoded = Self.percentEncoded(pair.sentinel)
            if encoded != pair.sentinel { out = Self.replacing(encoded, with: Self.percentEncoded(pair.real), in: out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func header(_ value: String) -> String {
        var out = Array(value.utf8)
        for pair in pairs { out = Self.replacing(pair.sentinel, with: pair.real, in: out) }
        var text = String(decoding: out, as: UTF8.self)
        // `Basic base64(user:password)`: decoded, substituted, encoded again.
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count > 6, trimmed.prefix(6).lowercased() == "basic ",
           let decoded = Data(base64Encoded: trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces)) {
            var inner = Array(decoded)
            for pair in pairs { inner = Self.replacing(pair.sentinel, with: pair.real, in: inner) }
            if inner != Array(decoded) { text = "Basic " + Data(inner).base64EncodedString() }
        }
        return text
    }

    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in haystack: [UInt8]) -> [UInt8] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
        var out: [UInt8] = []
        var i = 0
        var changed = false
        let first = needle[0]
        while i < haystack.count {
            if haystack[i] == first, i + needle.count <= haystack.count, haystack[i..<(i + needle.count)].elementsEqual(needle) {
                if !changed { out.reserveCapacity(haystack.count); out.append(contentsOf: haystack[..<i]); changed = true }
                out.append(contentsOf: replacement)
                i += needle.count
            } else {
                if changed { out.append(haystack[i]) }
                i += 1
            }
        }
        return changed ? out : haystack
    }

    /// RFC 3986 unreserved characters kept, everything else `%XX`.
    static func percentEncoded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for b in bytes {
            let unreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
            if unreserved { out.append(b) } else { out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return out
    }

    static func jsonEscapingSlashes(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x2F ? [0x5C, 0x2F] : [$0] }
    }
}
