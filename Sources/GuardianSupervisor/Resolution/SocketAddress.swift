import GuardianNetwork
#if canImport(Glibc)
import Glibc
#endif

/// `struct sockaddr_in`/`sockaddr_in6` as bytes Guardian copied, to and from `Endpoint`.
enum SocketAddress {
    static func endpoint(_ raw: [UInt8]) -> Endpoint? {
        guard raw.count >= 2 else { return nil }
        let family = Int32(UInt16(raw[0]) | UInt16(raw[1]) << 8)
        switch family {
        case AF_INET where raw.count >= 16:
            return Endpoint(family: .v4, address: Array(raw[4..<8]), port: Int(raw[2]) << 8 | Int(raw[3]))
        case AF_INET6 where raw.count >= 28:
            return Endpoint(family: .v6, address: Array(raw[8..<24]), port: Int(raw[2]) << 8 | Int(raw[3])).unmapped
        default:
            return nil
        }
    }

    static func bytes(_ e: Endpoint) -> [UInt8] {
        switch e.family {
        case .v4:
            var raw = [UInt8](repeating: 0, count: 16)
            raw[0] = UInt8(AF_INET & 0xff); raw[1] = UInt8(AF_INET >> 8)
            raw[2] = UInt8(e.port >> 8); raw[3] = UInt8(e.port & 0xff)
            raw.replaceSubrange(4..<8, with: e.address)
            return raw
        case .v6:
            var raw = [UInt8](repeating: 0, count: 28)
            raw[0] = UInt8(AF_INET6 & 0xff); raw[1] = UInt8(AF_INET6 >> 8)
            raw[2] = UInt8(e.port >> 8); raw[3] = UInt8(e.port & 0xff)
            raw.replaceSubrange(8..<24, with: e.address)
            return raw
        }
    }

    /// A v4 endpoint as `::ffff:a.b.c.d`, for an IPv6 socket.
    static func mapped(_ e: Endpoint) -> [UInt8] {
        bytes(Endpoint(family: .v6, address: [UInt8](repeating: 0, count: 10) + [0xff, 0xff] + e.address, port: e.port))
    }

    static let loopbackV4 = bytes(Endpoint(family: .v4, address: [127, 0, 0, 1], port: 0))
    static let loopbackV6 = bytes(Endpoint(family: .v6, address: [UInt8](repeating: 0, count: 15) + [1], port: 0))
    static let mappedLoopbackV4 = mapped(Endpoint(family: .v4, address: [127, 0, 0, 1], port: 0))

    /// The socket's own address (getsockname), as an endpoint.
    static func local(_ sock: Int32) -> Endpoint? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let rc = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &length) }
        }
        guard rc == 0 else { return nil }
        let raw = withUnsafeBytes(of: &storage) { Array($0.prefix(Int(length))) }
        return endpoint(raw)
    }
}
