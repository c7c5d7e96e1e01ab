import Foundation
import Logging
@testable import GuardianNetwork

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A gateway with the test decider, in front of a real HTTPS upstream, driven by real clients.
/// Clients cannot register their socket before connecting, so the gateway is started with a
/// default destination (the upstream, named `host`): every connection is taken as one the
/// supervisor handed over for `host`. Clients reach it with curl's `--connect-to` and trust the
/// session's CA through `caFile`.
final class ProxyHarness {
    static let host = "api.guardian.test"

    let directory: String
    let decider = RecordingDecider()
    let upstream: any TestServer
    let gateway: NetworkGateway
    /// The session's CA, PEM: what a client of the tree trusts.
    let caFile: String

    /// `http2Upstream`: the upstream is `TestHTTP2Upstream` (Node's http2, ALPN h2 only) instead
    /// of `TestUpstream` (Python, HTTP/1.1, no ALPN, or choosing `http/1.1` with `upstreamALPN`).
    init(http2Upstream: Bool = false, upstreamALPN: Bool = false) throws {
        directory = NSTemporaryDirectory() + "guardian-net-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.makeUpstreamCertificate(in: directory)
        upstream = http2Upstream
            ? try TestHTTP2Upstream(directory: directory, certificate: directory + "/leaf.pem", key: directory + "/leaf.key")
            : try TestUpstream(directory: directory, certificate: directory + "/leaf.pem", key: directory + "/leaf.key", alpn: upstreamALPN)
        let authority = try SessionAuthority(sessionName: "test")
        caFile = directory + "/session-ca.pem"
        try authority.caPEM.write(toFile: caFile, atomically: true, encoding: .utf8)
        let destination = Endpoint(family: .v4, address: [127, 0, 0, 1], port: upstream.port)
        do {
            gateway = try NetworkGateway(
                authority: AuthoritySource(authority), upstream: UpstreamTrust(extraBundles: [directory + "/upstream-ca.pem"]),
                decider: decider, names: try NameTable(resolve: []), allowName: { _ in true },
                logger: Logger(label: "test"), threads: 1, bodyLimit: 8 << 20,
                defaultDestination: Expected(destination: destination, origin: ConnectionOrigin(pid: 1, program: "test"), name: Self.host))
        } catch {
            upstream.stop()
            throw error
        }
    }

    deinit {
        gateway.shutdown()
        upstream.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var port: Int { gateway.listenV4.port }

    /// curl through the gateway: `host`:443 (and :80) is connected to the gateway instead.
    func curl(_ arguments: [String]) throws -> Output {
        try run(["curl", "-sS", "--max-time", "20", "--cacert", caFile,
                 "--connect-to", "\(Self.host):443:127.0.0.1:\(port)",
                 "--connect-to", "\(Self.host):80:127.0.0.1:\(port)"] + arguments)
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ argv: [String], environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = argv
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes drained while the client runs, so a large output cannot stall it.
        nonisolated(unsafe) var errData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A throwaway CA and a leaf for `host` (and 127.0.0.1) signed by it, for the upstream.
    static func makeUpstreamCertificate(in directory: String) throws {
        let script = """
            set -e
            cd '\(directory)'
            printf 'subjectAltName=DNS:\(host),IP:127.0.0.1\\nextendedKeyUsage=serverAuth\\nbasicConstraints=CA:FALSE\\n' > leaf.ext
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
              -subj /CN=guardian-test-upstream-ca -keyout upstream-ca.key -out upstream-ca.pem \
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
              -subj /CN=\(host) -keyout leaf.key -out leaf.csr
            openssl x509 -req -in leaf.csr -CA upstream-ca.pem -CAkey upstream-ca.key -CAcreateserial \
              -days 2 -extfile leaf.ext -out leaf.pem
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw HarnessError("openssl could not make the upstream's certificate") }
    }
}
