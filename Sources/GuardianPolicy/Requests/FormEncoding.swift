// Percent-decoding and `name=value&…` lists, for the request target's query and for
// `application/x-www-form-urlencoded` bodies. Decoded once: `%2541` is `%41`, never `A`, as a
// server that decodes once reads it.

enum FormEncoding {
    /// Splits an origin-form target into its path and the raw query after the first `?`
    /// (a fragment, which a client never sends, is kept as part of the query).
    static func splitTarget(_ target: String) -> (path: Substring, query: Substring?) {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return (target[...], nil) }
        return (target[..<mark], target[target.utf8.index(after: mark)...])
    }

    /// Percent-decodes `text` once. A `%` not followed by two hex digits stays as it is (what
    /// servers do); `plusIsSpace` for query strings and form bodies, where `+` means a space.
    static func percentDecode<S: StringProtocol>(_ text: S, plusIsSpace: Bool) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) else {
            return String(text)
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "%") {
                let h = utf8.index(after: i)
                if h != utf8.endIndex, let high = hexValue(utf8[h]) {
                    let l = utf8.index(after: h)
                    if l != utf8.endIndex, let low = hexValue(utf8[l]) {
                        out.append(high << 4 | low)
                        i = utf8.index(after: l)
                        continue
                    }
                }
                out.append(byte)
            } else if plusIsSpace, byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(byte)
            }
            i = utf8.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `a=1&b=2&a=3` → items in order, names and values decoded. An item with no `=` has an empty
    /// value; empty items (`a=1&&b=2`) are skipped.
    static func items<S: StringProtocol>(_ text: S) -> [RequestFacts.QueryItem] where S.SubSequence == Substring {
        var items: [RequestFacts.QueryItem] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            if let eq = part.firstIndex(of: "=") {
                items.append(.init(percentDecode(part[..<eq], plusIsSpace: true),
                                   percentDecode(part[part.index(after: eq)...], plusIsSpace: true)))
            } else {
                items.append(.init(percentDecode(part, plusIsSpace: true), ""))
            }
        }
        return items
    }

    static func items(body: [UInt8]) -> [RequestFacts.QueryItem] {
        let text = String(decoding: body, as: UTF8.self)
        return items(text[...])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}

extension Array where Element == RequestFacts.QueryItem {
    /// Every value named `name`, in order.
    func values(_ name: String) -> [String] {
        compactMap { $0.name == name ? $0.value : nil }
    }

    /// The one value of `name`; a refusal when it is there more than once, because servers
    /// differ on which of several they take.
    func single(_ name: String, in place: String) throws(RequestRefusal) -> String? {
        let found = values(name)
        if found.count > 1 {
            throw RequestRefusal(rule: RequestRefusal.duplicateParameter,
                                 reason: "the \(place) names `\(name)` \(found.count) times; servers differ on which one they use")
        }
        return found.first
    }
}
