import NIOCore

/// An IP address and port as Guardian copied it out of a `struct sockaddr`: values it owns,
/// never a pointer into the target.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public enum Family: Sendable, Hashable { case v4, v6 }
    public var family: Family
    /// Network order: 4 bytes for v4, 16 for v6.
    public var address: [UInt8]
    public var port: Int

    public init(family: Family, address: [UInt8], port: Int) {
        self.family = family
        self.address = address
        self.port = port
    }

    /// The address as text (`127.0.0.1`, `::1`).
    public var host: String {
        switch family {
        case .v4:
            return address.map(String.init).joined(separator: ".")
        case .v6:
            if isV4Mapped { return address[12...].map(String.init).joined(separator: ".") }
            var groups: [String] = []
            for i in stride(from: 0, to: 16, by: 2) {
                groups.append(String(UInt16(address[i]) << 8 | UInt16(address[i + 1]), radix: 16))
            }
            return Endpoint.compress(groups)
        }
    }

    public var description: String { family == .v6 && !isV4Mapped ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// `::ffff:a.b.c.d`: an IPv4 peer reached through an IPv6 socket.
    public var isV4Mapped: Bool {
        family == .v6 && address[0..<10].allSatisfy { $0 == 0 } && address[10] == 0xff && address[11] == 0xff
    }

    /// 127.0.0.0/8, ::1, and their v4-mapped forms: a listener on this machine.
    public var isLoopback: Bool {
        switch family {
        case .v4: return address[0] == 127
        case .v6: return isV4Mapped ? address[12] == 127 : address == [UInt8](repeating: 0, count: 15) + [1]
        }
    }

    /// 0.0.0.0 or ::, which a connect reaches as loopback.
    public var isUnspecified: Bool { address.allSatisfy { $0 == 0 } && !(family == .v6 && isV4Mapped) }

    /// The same endpoint as an IPv4 one when it is v4-mapped, so a proxy that sees a v4 peer and
    /// a table keyed by what the tree's v6 socket reported agree.
    public var unmapped: Endpoint {
        isV4Mapped ? Endpoint(family: .v4, address: Array(address[12...]), port: port) : self
    }

    public init?(_ address: SocketAddress) {
        guard let port = address.port else { return nil }
        switch address {
        case .v4(let a):
            var raw = a.address.sin_addr.s_addr
            self.init(family: .v4, address: withUnsafeBytes(of: &raw) { Array($0) }, port: port)
        case .v6(let a):
            var raw = a.address.sin6_addr
            self.init(family: .v6, address: withUnsafeBytes(of: &raw) { Array($0) }, port: port)
        default:
            return nil
        }
        self = unmapped
    }

    public func socketAddress() throws -> SocketAddress {
        try SocketAddress(ipAddress: host, port: port)
    }

    private static func compress(_ groups: [String]) -> String {
        // The longest run of zero groups becomes "::" (RFC 5952).
        var best = (start: -1, length: 0)
        var i = 0
        while i < groups.count {
            guard groups[i] == "0" else { i += 1; continue }
            var j = i
            while j < groups.count && groups[j] == "0" { j += 1 }
            if j - i > best.length && j - i > 1 { best = (i, j - i) }
            i = j
        }
        guard best.start >= 0 else { return groups.joined(separator: ":") }
        let head = groups[..<best.start].joined(separator: ":")
        let tail = groups[(best.start + best.length)...].joined(separator: ":")
        return head + "::" + tail
    }
}
