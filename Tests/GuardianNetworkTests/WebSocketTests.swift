import Foundation
import Logging
import Testing
@testable import GuardianNetwork

/// WebSocket through the gateway with real programs: Node's WebSocket client against a Node
/// echo server on 127.0.0.1 (`servers/ws_echo.js` of the integration tests), in clear and over
/// TLS. The upgrade is decided as a request; on the server's 101 the connection is a relay.
@Suite(.serialized) struct WebSocketTests {
    static let servers = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GuardianIntegrationTests/servers").path

    /// The echo server (TLS with the harness's upstream certificate when `tls`) and a gateway
    /// whose every connection is taken as one going to it, by address (no name: the session's
    /// certificate then names 127.0.0.1).
    final class Harness {
        let directory: String
        let decider = RecordingDecider()
        let server = Process()
        let gateway: NetworkGateway
        let caFile: String

        init(tls: Bool) throws {
            directory = NSTemporaryDirectory() + "guardian-ws-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try ProxyHarness.makeUpstreamCertificate(in: directory)
            let portFile = directory + "/port"
            server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            server.arguments = ["node", WebSocketTests.servers + "/ws_echo.js", portFile] + (tls ? [directory + "/leaf.pem", directory + "/leaf.key"] : [])
            server.standardOutput = FileHandle.nullDevice
            try server.run()
            var port: Int?
            for _ in 0..<200 where port == nil {
                port = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
                if port == nil { usleep(25_000) }
            }
            guard let port else {
                kill(server.processIdentifier, SIGKILL)
                throw HarnessError("the WebSocket echo server did not start")
            }
            let authority = try SessionAuthority(sessionName: "test")
            caFile = directory + "/session-ca.pem"
            try authority.caPEM.write(toFile: caFile, atomically: true, encoding: .utf8)
            gateway = try NetworkGateway(
                authority: AuthoritySource(authority), upstream: UpstreamTrust(extraBundles: [directory + "/upstream-ca.pem"]),
                decider: decider, names: try NameTable(resolve: []), allowName: { _ in true },
                logger: Logger(label: "test"), threads: 1, bodyLimit: 8 << 20,
                defaultDestination: Expected(destination: Endpoint(family: .v4, address: [127, 0, 0, 1], port: port),
                                             origin: ConnectionOrigin(pid: 1, program: "test")))
        }

        deinit {
            gateway.shutdown()
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
            try? FileManager.default.removeItem(atPath: directory)
        }

        func client(_ path: String, tls: Bool) throws -> ProxyHarness.Output {
            let url = "\(tls ? "wss" : "ws")://127.0.0.1:\(gateway.listenV4.port)\(path)"
            return try run(["node", "--experimental-websocket", WebSocketTests.servers + "/ws_client.js", url],
                           environment: ["NODE_EXTRA_CA_CERTS": caFile])
        }

        func curl(_ arguments: [String]) throws -> ProxyHarness.Output {
            try run(["curl", "-sS", "-i", "--max-time", "10", "--cacert", caFile] + arguments)
        }

        private func run(_ argv: [String], environment: [String: String] = [:]) throws -> ProxyHarness.Output {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = argv
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return ProxyHarness.Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
        }

        var upgradesAsked: [String] {
            decider.questions.compactMap { q in
                if case .request(let facts, _) = q, facts.request.isWebSocketUpgrade { facts.path } else { nil }
            }
        }
    }

    @Test(arguments: [false, true])
    func anAllowedUpgradeBecomesARelay(_ tls: Bool) throws {
        let h = try Harness(tls: tls)
        let out = try h.client("/chat?room=1", tls: tls)
        // The greeting the server sent right after its 101, then the echo of the client's frame.
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stdout.contains("hello /chat?room=1|echo ping"), "\(out.stdout)")
        #expect(h.upgradesAsked == ["/chat"])
    }

    @Test func aRefusedUpgradeIsA403AndReachesNoServer() throws {
        let h = try Harness(tls: false)
        let out = try h.curl(["-H", "Upgrade: websocket", "-H", "Connection: Upgrade", "-H", "Sec-WebSocket-Version: 13",
                              "-H", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "http://127.0.0.1:\(h.gateway.listenV4.port)/deny"])
        #expect(out.stdout.hasPrefix("HTTP/1.1 403"), "\(out.stdout)")
        #expect(out.stdout.contains("x-guardian-rule: \(RecordingDecider.denyRule)"))
        let client = try h.client("/deny", tls: false)
        #expect(client.status == 2, "\(client.stdout)")
    }

    /// A server that declines the upgrade answers as it likes; the client hears that answer
    /// and its connection ends with it.
    @Test func aDeclinedUpgradeIsRelayedAsAnAnswer() throws {
        let h = try Harness(tls: false)
        let out = try h.curl(["-H", "Upgrade: websocket", "-H", "Connection: Upgrade", "-H", "Sec-WebSocket-Version: 13",
                              "-H", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "http://127.0.0.1:\(h.gateway.listenV4.port)/refuse"])
        #expect(out.stdout.hasPrefix("HTTP/1.1 403"), "\(out.stdout)")
        #expect(out.stdout.contains("refused"))
        #expect(!out.stdout.contains("x-guardian-rule"))
    }

    /// Plain requests on the same gateway still work after the pipeline change.
    @Test func plainRequestsStillWork() throws {
        let h = try Harness(tls: false)
        let out = try h.curl(["http://127.0.0.1:\(h.gateway.listenV4.port)/plain", "http://127.0.0.1:\(h.gateway.listenV4.port)/plain"])
        #expect(out.stdout.components(separatedBy: "HTTP/1.1 404").count == 3, "\(out.stdout)")
    }
}
