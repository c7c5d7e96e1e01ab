import Foundation

/// Real values put back in place of the sentinels a request carries, for the host the
/// decision allowed them to: in header values (inside Basic's base64 too), in the request
/// target (as sent and percent-encoded) and in the body. The rest of the request is the bytes
/// that were decided; the body's length is set again when it is forwarded.
public struct CredentialSubstitution: Sendable, Hashable {
    public var pairs: [Pair]
    /// An AWS request signed with a stand-in secret: signed again with the real one.
    public var sigV4: SigV4Resigning?

    public struct Pair: Sendable, Hashable {
        public var sentinel: [UInt8]
        public var real: [UInt8]
        public init(sentinel: [UInt8], real: [UInt8]) {
            self.sentinel = sentinel
            self.real = real
        }
    }

    public init(_ pairs: [Pair] = []) { self.pairs = pairs }

    public var isEmpty: Bool { pairs.isEmpty && sigV4 == nil }

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

    /// RFC 3986 unreserved characters kept (and `/` with `keepSlash`), everything else `%XX`.
    static func percentEncoded(_ bytes: [UInt8], keepSlash: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for b in bytes {
            let unreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
            if unreserved || (keepSlash && b == 0x2F) { out.append(b) } else { out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return out
    }

    static func jsonEscapingSlashes(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x2F ? [0x5C, 0x2F] : [$0] }
    }
}

/// The way back: a response to a request that carried a substituted credential has each real
/// value replaced by its stand-in again (same length, so framing holds), in header values and
/// in the body as it streams — an API that echoes the credential, or a redirect that names it,
/// does not hand the agent the secret. The request asked for an unencoded response
/// (`Accept-Encoding: identity`); a response that is encoded anyway is not relayed.
final class ResponseMask {
    private let pairs: [(real: [UInt8], sentinel: [UInt8])]
    private let longest: Int
    /// The last bytes of the body seen, which may be the start of a real value.
    private var carry: [UInt8] = []

    init?(_ substitution: CredentialSubstitution) {
        var pairs = substitution.pairs.map { (real: $0.real, sentinel: $0.sentinel) }.filter { $0.real.count == $0.sentinel.count && !$0.real.isEmpty }
        if let sig = substitution.sigV4, let standIn = substitution.pairs.first(where: { Array(sig.realKeyID.utf8) == $0.real }) {
            pairs.append((standIn.real, standIn.sentinel))
        }
        guard !pairs.isEmpty else { return nil }
        self.pairs = pairs
        longest = pairs.map(\.real.count).max() ?? 0
    }

    func header(_ value: String) -> String {
        var bytes = Array(value.utf8)
        for pair in pairs { bytes = CredentialSubstitution.replacing(pair.real, with: pair.sentinel, in: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes that can be sent now; a tail that may begin a real value is kept for the next.
    func body(_ chunk: [UInt8]) -> [UInt8] {
        var bytes = carry + chunk
        for pair in pairs { bytes = CredentialSubstitution.replacing(pair.real, with: pair.sentinel, in: bytes) }
        let keep = min(bytes.count, longest - 1)
        carry = Array(bytes[(bytes.count - keep)...])
        return Array(bytes[..<(bytes.count - keep)])
    }

    /// What is left at the end of the body.
    func finish() -> [UInt8] {
        defer { carry = [] }
        return carry
    }
}
