import Foundation
import GuardianPolicy
import Testing
import SwiftASN1
import X509
@testable import GuardianNetwork

@Suite struct GatewayPartsTests {
    @Test(arguments: [
        (Endpoint(family: .v4, address: [127, 0, 0, 1], port: 80), "127.0.0.1:80", true),
        (Endpoint(family: .v6, address: Array(repeating: 0, count: 15) + [1], port: 443), "[::1]:443", true),
        (Endpoint(family: .v6, address: [0x20, 0x01, 0x0d, 0xb8] + Array(repeating: 0, count: 11) + [1], port: 22), "[2001:db8::1]:22", false),
        (Endpoint(family: .v6, address: Array(repeating: 0, count: 10) + [0xff, 0xff, 127, 0, 0, 9], port: 8), "127.0.0.9:8", true),
        (Endpoint(family: .v4, address: [10, 1, 2, 3], port: 5432), "10.1.2.3:5432", false),
    ])
    func endpoints(_ e: Endpoint, _ text: String, _ loopback: Bool) {
        #expect(e.description == text)
        #expect(e.isLoopback == loopback)
    }

    /// After a server spoke first, only a whole HTTP/1 request line counts as HTTP: SMTP's and
    /// FTP's commands look like methods.
    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: a\r\n\r\n", true as Bool?),
        ("POST /graphql HTTP/1.0\n", true),
        ("EHLO client.example\r\n", false),
        ("USER anonymous\r\n", false),
        ("MAIL FROM:<a@b> SIZE=10\r\n", false),
        ("GET / HTTP/1.1", nil),
        ("EHLO", nil),
    ])
    func requestLinesAfterAGreeting(_ text: String, _ expected: Bool?) {
        #expect(ConnectionSniffer.requestLine(Array(text.utf8)) == expected)
    }

    @Test func aHandshakeRecordIsTwoBytesAtLeast() {
        #expect(ConnectionSniffer.isHandshake([0x16, 0x03, 0x01, 0x02, 0x00] as [UInt8]))
        #expect(!ConnectionSniffer.isHandshake([0x16, 0x00, 0x00] as [UInt8]))
        #expect(!ConnectionSniffer.isHandshake([0x16] as [UInt8]))
    }

    @Test func aMappedAddressIsTheSameKeyAsItsV4Form() {
        let mapped = Endpoint(family: .v6, address: Array(repeating: 0, count: 10) + [0xff, 0xff, 127, 0, 0, 1], port: 5000)
        #expect(mapped.unmapped == Endpoint(family: .v4, address: [127, 0, 0, 1], port: 5000))
    }

    /// 127.0.0.1 and ::1 have separate port spaces: a server of the tree's on 127.0.0.1 whose
    /// port has the number of the v6 listener's is not the gateway (a CI run once refused one).
    @Test func aListenersPortIsItsOwnFamilysOnly() throws {
        let harness = try ProxyHarness()
        let g = harness.gateway
        let v4Ports: Set = [g.listenV4.port, g.resolver.streamV4.port]
        let loopback6 = [UInt8](repeating: 0, count: 15) + [1]
        let mapped = [UInt8](repeating: 0, count: 10) + [0xff, 0xff, 127, 0, 0, 1]
        for port in v4Ports {
            #expect(g.isListener(Endpoint(family: .v4, address: [127, 0, 0, 1], port: port)))
            #expect(g.isListener(Endpoint(family: .v4, address: [0, 0, 0, 0], port: port)))
            #expect(g.isListener(Endpoint(family: .v6, address: mapped, port: port)))
            #expect(!g.isListener(Endpoint(family: .v4, address: [10, 0, 0, 1], port: port)))
        }
        let v6Ports = Set([g.listenV6?.port, g.resolver.streamV6?.port].compactMap { $0 })
        for port in v6Ports {
            #expect(g.isListener(Endpoint(family: .v6, address: loopback6, port: port)))
            #expect(g.isListener(Endpoint(family: .v4, address: [127, 0, 0, 1], port: port)) == v4Ports.contains(port))
        }
        for port in v4Ports where !v6Ports.contains(port) {
            #expect(!g.isListener(Endpoint(family: .v6, address: loopback6, port: port)))
        }
    }

    static func gzip(_ text: String) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gw-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try text.write(to: dir.appendingPathComponent("b"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-n", dir.appendingPathComponent("b").path]
        try p.run()
        p.waitUntilExit()
        return Array(try Data(contentsOf: dir.appendingPathComponent("b.gz")))
    }

    @Test func gzipBodiesAreDecodedBeforeTheyAreDecided() throws {
        let body = #"{"query":"mutation { volumeDelete(volumeId: \"v\") }"}"#
        let decoded = BodyDecoding.decode(try Self.gzip(body), encoding: "gzip", limit: 1 << 20)
        #expect(try decoded.get() == Array(body.utf8))
    }

    @Test func aBombIsRefusedAtTheLimitAndUnknownEncodingsAreRefused() throws {
        let big = String(repeating: "a", count: 3 << 20)
        let bomb = try Self.gzip(big)
        #expect(bomb.count < 64 << 10)
        guard case .failure(let refusal) = BodyDecoding.decode(bomb, encoding: "gzip", limit: 1 << 20) else {
            Issue.record("3 MiB decoded under a 1 MiB limit")
            return
        }
        #expect(refusal.rule == "request.too-large")
        guard case .failure(let other) = BodyDecoding.decode([1, 2, 3], encoding: "br", limit: 1 << 20) else {
            Issue.record("br accepted")
            return
        }
        #expect(other.rule == "request.content-encoding")
        guard case .failure = BodyDecoding.decode([1, 2, 3], encoding: "gzip", limit: 1 << 20) else {
            Issue.record("garbage accepted as gzip")
            return
        }
    }

    @Test func theTrustVariablesAreAllOverwritten() {
        let before = ["PATH=/bin", "SSL_CERT_FILE=/mine.pem", "REQUESTS_CA_BUNDLE=/mine.pem", "HOME=/h"]
        let after = TrustBundle.apply(to: before, bundlePath: "/run/trust.crt")
        #expect(after.contains("PATH=/bin") && after.contains("HOME=/h"))
        #expect(!after.contains("SSL_CERT_FILE=/mine.pem") && !after.contains("REQUESTS_CA_BUNDLE=/mine.pem"))
        for name in TrustBundle.variables {
            #expect(after.filter { $0.hasPrefix(name + "=") } == [name + "=/run/trust.crt"])
        }
    }

    @Test func theSessionAuthorityMintsALeafPerHostThatItsCASigned() throws {
        let authority = try SessionAuthority(sessionName: "test")
        #expect(authority.caPEM.hasPrefix("-----BEGIN CERTIFICATE-----"))
        let leaf = try authority.leaf(for: "api.example.com")
        #expect(leaf.issuer.description.contains("Guardian session test"))
        let ip = try authority.leaf(for: "127.0.0.1")
        let names = try ip.extensions.subjectAlternativeNames
        #expect(names?.contains(.ipAddress(.init(contentBytes: [127, 0, 0, 1]))) == true)
        // Contexts are cached by host.
        #expect(try authority.serverContext(for: "a.example") === authority.serverContext(for: "a.example"))
    }
}
