/// The little of RFC 1035 the resolver stub needs: a query's header and single question in,
/// an answer of A/AAAA records (or an error code) out. Anything else in a query is refused.
struct DNSQuery: Sendable, Hashable {
    var id: UInt16
    var recursionDesired: Bool
    /// Lowercase, without the trailing dot.
    var name: String
    var type: UInt16
    var questionBytes: [UInt8]

    static let a: UInt16 = 1
    static let aaaa: UInt16 = 28

    /// Nil for anything that is not one standard query with one question.
    init?(_ packet: [UInt8]) {
        guard packet.count >= 12 else { return nil }
        id = UInt16(packet[0]) << 8 | UInt16(packet[1])
        let flags = UInt16(packet[2]) << 8 | UInt16(packet[3])
        guard flags & 0x8000 == 0, (flags >> 11) & 0xF == 0 else { return nil }  // a query, opcode QUERY
        recursionDesired = flags & 0x0100 != 0
        let questions = UInt16(packet[4]) << 8 | UInt16(packet[5])
        guard questions == 1 else { return nil }
        var i = 12
        var labels: [String] = []
        var total = 0
        while true {
            guard i < packet.count else { return nil }
            let length = Int(packet[i])
            i += 1
            if length == 0 { break }
            // No compression pointers in a question we accept; labels of 1–63 bytes.
            guard length <= 63, i + length <= packet.count else { return nil }
            total += length + 1
            guard total <= 255 else { return nil }
            labels.append(String(decoding: packet[i..<(i + length)], as: UTF8.self).lowercased())
            i += length
        }
        guard i + 4 <= packet.count else { return nil }
        type = UInt16(packet[i]) << 8 | UInt16(packet[i + 1])
        let qclass = UInt16(packet[i + 2]) << 8 | UInt16(packet[i + 3])
        guard qclass == 1 else { return nil }
        name = labels.joined(separator: ".")
        questionBytes = Array(packet[12..<(i + 4)])
    }

    enum Code: UInt16 { case ok = 0, formatError = 1, serverFailure = 2, nameError = 3, notImplemented = 4, refused = 5 }

    /// The answer: each address as an A or AAAA record of this query's type, with a short TTL
    /// so a later policy or mapping change is seen soon.
    func answer(_ code: Code, addresses: [[UInt8]] = [], ttl: UInt32 = 30) -> [UInt8] {
        let records = code == .ok ? addresses.filter { $0.count == (type == Self.a ? 4 : 16) } : []
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xff)]
        let flags: UInt16 = 0x8000 | 0x0080 | (recursionDesired ? 0x0100 : 0) | code.rawValue
        out += [UInt8(flags >> 8), UInt8(flags & 0xff), 0, 1, UInt8(records.count >> 8), UInt8(records.count & 0xff), 0, 0, 0, 0]
        out += questionBytes
        for address in records {
            out += [0xC0, 12]  // the name: a pointer to the question's
            out += [UInt8(type >> 8), UInt8(type & 0xff), 0, 1]
            out += [UInt8(ttl >> 24), UInt8((ttl >> 16) & 0xff), UInt8((ttl >> 8) & 0xff), UInt8(ttl & 0xff)]
            out += [UInt8(address.count >> 8), UInt8(address.count & 0xff)] + address
        }
        return out
    }

    /// An error answer for a packet that is not a query this stub takes (id kept when present).
    static func refusal(for packet: [UInt8]) -> [UInt8]? {
        guard packet.count >= 12 else { return nil }
        return [packet[0], packet[1], 0x81, 0x85, 0, 0, 0, 0, 0, 0, 0, 0]
    }
}
