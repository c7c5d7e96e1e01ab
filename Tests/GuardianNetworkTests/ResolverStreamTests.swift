import Glibc
import NIOPosix
import Testing
@testable import GuardianNetwork

/// The resolver's TCP side on a real socket: RFC 7766 framing (two-byte lengths, several
/// queries per write, one query across writes), answers by id, refusals, and what closes a
/// connection.
@Suite struct ResolverStreamTests {
    final class Stub {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let stub: ResolverStub
        init() throws {
            let names = try NameTable(resolve: ["api.test.example:443:127.0.0.1"])
            stub = try ResolverStub(group: group, names: names, allow: { !$0.hasPrefix("denied.") })
        }
        deinit {
            stub.shutdown()
            try? group.syncShutdownGracefully()
        }
    }

    static func connect(_ e: Endpoint) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_port = UInt16(e.port).bigEndian
        inet_pton(AF_INET, e.host, &sin.sin_addr)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let rc = withUnsafePointer(to: &sin) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        try #require(rc == 0, "connect: errno \(errno)")
        return fd
    }

    static func framed(_ packet: [UInt8]) -> [UInt8] { [UInt8(packet.count >> 8), UInt8(packet.count & 0xff)] + packet }

    static func send(_ fd: Int32, _ bytes: [UInt8]) { _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }

    static func read(_ fd: Int32, _ n: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: n)
        var got = 0
        while got < n {
            let k = out.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + got, n - got, 0) }
            if k <= 0 { return nil }
            got += k
        }
        return out
    }

    static func answer(_ fd: Int32) -> [UInt8]? {
        guard let length = read(fd, 2) else { return nil }
        return read(fd, Int(length[0]) << 8 | Int(length[1]))
    }

    @Test func framedQueriesAreAnsweredOnTheConnection() throws {
        let s = try Stub()
        #expect(s.stub.streamV4.host == s.stub.listenV4.host, "TCP and UDP on the same address")
        let fd = try Self.connect(s.stub.streamV4)
        defer { close(fd) }
        // Two queries in one write, then a third split across two writes.
        Self.send(fd, Self.framed(ResolverTests.query("api.test.example", id: 1)) + Self.framed(ResolverTests.query("denied.example", id: 2)))
        let third = Self.framed(ResolverTests.query("api.test.example", type: 16, id: 3))
        Self.send(fd, Array(third.prefix(5)))
        usleep(50_000)
        Self.send(fd, Array(third.dropFirst(5)))
        var byID: [UInt16: [UInt8]] = [:]
        for _ in 0..<3 {
            let a = try #require(Self.answer(fd))
            byID[UInt16(a[0]) << 8 | UInt16(a[1])] = a
        }
        let first = try #require(byID[1])
        #expect(first[3] & 0x0F == 0 && first[7] == 1 && Array(first.suffix(4)) == [127, 0, 0, 1])
        #expect(byID[2].map { $0[3] & 0x0F } == 5, "refused")
        let other = try #require(byID[3])
        #expect(other[3] & 0x0F == 0 && other[7] == 0, "another type: an empty answer")
    }

    @Test func aFrameTooShortForAHeaderClosesTheConnection() throws {
        let s = try Stub()
        let fd = try Self.connect(s.stub.streamV4)
        defer { close(fd) }
        Self.send(fd, Self.framed([0, 1, 2, 3]))
        #expect(Self.read(fd, 1) == nil, "closed, nothing answered")
    }
}
