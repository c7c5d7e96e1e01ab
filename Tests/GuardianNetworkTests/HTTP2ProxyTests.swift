import Foundation
import Testing

/// HTTP/2 between a real client and the gateway (ALPN h2): every request on every stream is
/// decided, answered on its own stream, and HTTP/2's rules hold — to a real HTTP/1.1 upstream
/// (no ALPN: the gateway falls back to HTTP/1.1 connections) and to a real HTTP/2 one (its
/// trailers reach the client).
@Suite(.serialized) struct HTTP2ProxyTests {
    let url = "https://\(ProxyHarness.host)"

    @Test func aGetOverHTTP2ReachesTheUpstreamAndReturnsItsBody() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2", "-w", "\n%{http_version} %{http_code}", "\(url)/hello?x=1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "upstream says GET /hello?x=1 0\n2 200")
        #expect(harness.decider.requestPaths == ["/hello"])
    }

    @Test func aDeniedRequestOverHTTP2Gets403WithTheRule() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2", "-i", "\(url)/deny"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("HTTP/2 403"))
        #expect(out.stdout.contains("x-guardian-rule: \(RecordingDecider.denyRule)"))
        #expect(out.stdout.contains("guardian: blocked GET \(ProxyHarness.host)/deny"))
        #expect(!out.stdout.lowercased().contains("connection:"))
    }

    @Test func aPostBodyOverHTTP2IsDecidedThenForwarded() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2", "-d", "hello=world", "-w", "\n%{http_version}", "\(url)/post"])
        #expect(out.stdout == "upstream says POST /post 11\n2", "\(out.stderr)")
    }

    @Test func twoConcurrentStreamsOnOneConnectionBothWork() throws {
        let harness = try ProxyHarness()
        // The upstream answers /barrier only while both requests are in it at once, so two
        // 200s prove the streams were forwarded side by side, not one after the other.
        let out = try harness.curl([
            "--http2", "--parallel", "--parallel-max", "2",
            "-w", "%{http_version} %{http_code} %{num_connects}\n",
            "-o", "/dev/null", "\(url)/barrier/a", "-o", "/dev/null", "\(url)/barrier/b",
        ])
        let lines = out.stdout.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(lines.count == 2, "\(out.stdout) \(out.stderr)")
        #expect(lines.allSatisfy { $0.count == 3 && $0[0] == "2" && $0[1] == "200" }, "\(out.stdout)")
        // One TLS connection for both transfers: the second was multiplexed onto the first.
        #expect(lines.compactMap { Int($0.last ?? "") }.reduce(0, +) == 1, "\(out.stdout)")
    }

    @Test func streamsOneAfterAnotherShareOneUpstreamConnection() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2", "-w", " %{http_version} %{num_connects}\n", "\(url)/peer", "\(url)/peer", "\(url)/peer"])
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(out.stdout) \(out.stderr)")
        // curl kept its one connection; the gateway kept its one upstream connection.
        #expect(lines.map { $0.split(separator: " ").last } == ["1", "0", "0"], "\(out.stdout)")
        #expect(Set(lines.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }).count == 1, "\(out.stdout)")
        #expect(lines.allSatisfy { $0.contains(" 2 ") })
    }

    @Test func connectionSpecificResponseFieldsAreDroppedOverHTTP2() throws {
        let harness = try ProxyHarness()
        // The upstream answers with Transfer-Encoding, Connection and Keep-Alive; an HTTP/2
        // client treats any of them as a malformed response (RFC 9113 §8.2.2).
        let out = try harness.curl(["--http2", "-i", "\(url)/chunked"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("HTTP/2 200"))
        #expect(out.stdout.hasSuffix("\r\n\r\nchunked reply"))
        let head = out.stdout.lowercased()
        for field in ["transfer-encoding:", "connection:", "keep-alive:"] { #expect(!head.contains(field)) }
    }

    @Test func aLargeResponseStreamsThroughOverHTTP2() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2", "-o", "/dev/null", "-w", "%{http_version} %{http_code} %{size_download}", "\(url)/large"])
        #expect(out.stdout == "2 200 \(TestUpstream.largeSize)", "\(out.stderr)")
    }

    @Test func nodeHTTP2ClientMultiplexesAllowedAndDeniedStreams() throws {
        let harness = try ProxyHarness()
        let script = harness.directory + "/client.js"
        try Self.nodeClient.write(toFile: script, atomically: true, encoding: .utf8)
        let out = try harness.run(["node", script, String(harness.port), harness.caFile, ProxyHarness.host])
        #expect(out.status == 0, "\(out.stderr)")
        let results = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]] ?? []
        let byPath = Dictionary(uniqueKeysWithValues: results.map { ($0["path"] as? String ?? "", $0) })
        #expect(byPath["/barrier/a"]?["status"] as? Int == 200)
        #expect(byPath["/barrier/b"]?["status"] as? Int == 200)
        #expect(byPath["/barrier/a"]?["body"] as? String == "upstream says GET /barrier/a 0")
        #expect(byPath["/deny"]?["status"] as? Int == 403)
        #expect(byPath["/deny"]?["rule"] as? String == RecordingDecider.denyRule)
        #expect(byPath["/chunked"]?["body"] as? String == "chunked reply")
        // node's stream window is 64 KiB: the 8 MiB answer crosses it many times, so the
        // relay stops and resumes reading the server (backpressure) on the way.
        #expect(byPath["/large"]?["bytes"] as? Int == TestUpstream.largeSize)
        #expect(Set(harness.decider.requestPaths) == ["/barrier/a", "/barrier/b", "/deny", "/chunked", "/large"])
    }

    @Test func aServerThatChoosesHTTP1ByALPNIsReachedOverHTTP1OnTheConnectionItChoseOn() throws {
        let harness = try ProxyHarness(upstreamALPN: true)
        let out = try harness.curl(["--http2", "-H", "te: trailers", "-w", " %{http_version}\n", "\(url)/peer", "\(url)/peer", "\(url)/hello"])
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(out.stdout) \(out.stderr)")
        // One upstream connection: the one whose handshake chose http/1.1 carries every request.
        #expect(lines.count == 3 && lines[0] == lines[1] && lines[0].hasPrefix("peer "), "\(out.stdout)")
        #expect(lines.last == "upstream says GET /hello 0 2", "\(out.stdout)")
    }

    // MARK: An HTTP/2 server: the upstream connection speaks HTTP/2 too

    @Test func anHTTP2ServerHearsHTTP2AndItsTrailersReachTheClient() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "-i", "-H", "te: trailers", "-H", "content-type: application/grpc",
                                    "--data-binary", "abc", "\(url)/pkg.Service/Call"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("HTTP/2 200"), "\(out.stdout)")
        // curl -i prints the trailers after the body.
        #expect(out.stdout.contains("\r\n\r\nh2 says POST /pkg.Service/Call te=trailers bytes=3grpc-status: 0\r\ngrpc-message: ok\r\n"),
                "\(out.stdout)")
        #expect(harness.decider.requestPaths == ["/pkg.Service/Call"])
    }

    @Test func teIsForwardedToAnHTTP2ServerOnlyWhenTheClientAskedForTrailers() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "\(url)/plain"])
        #expect(out.stdout == "h2 says GET /plain te= bytes=0", "\(out.stderr)")
    }

    @Test func aDeniedRequestToAnHTTP2ServerGets403() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "-i", "-H", "te: trailers", "\(url)/deny"])
        #expect(out.stdout.hasPrefix("HTTP/2 403"), "\(out.stdout) \(out.stderr)")
        #expect(out.stdout.contains("x-guardian-rule: \(RecordingDecider.denyRule)"))
        #expect(!out.stdout.contains("grpc-status"))
    }

    @Test func requestsOneAfterAnotherShareOneHTTP2ConnectionToTheServer() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "-w", "\n", "\(url)/peer", "\(url)/peer", "\(url)/peer"])
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 3 && Set(lines).count == 1 && lines[0].hasPrefix("peer "), "\(out.stdout) \(out.stderr)")
    }

    @Test func aSubstitutedCredentialReachesAnHTTP2ServerAndIsMaskedInBodyAndTrailers() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "-i", "-H", "authorization: Bearer \(RecordingDecider.standIn)", "\(url)/substitute"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("auth=Bearer \(RecordingDecider.standIn) real=true"), "\(out.stdout)")
        #expect(out.stdout.contains("x-auth: Bearer \(RecordingDecider.standIn)\r\n"), "\(out.stdout)")
        #expect(!out.stdout.contains(RecordingDecider.realValue))
    }

    @Test func aStreamTheServerResetsUnansweredGets502() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let out = try harness.curl(["--http2", "-i", "\(url)/reset", "-w", "\n", "\(url)/plain"])
        #expect(out.stdout.hasPrefix("HTTP/2 502"), "\(out.stdout) \(out.stderr)")
        // The connection's other streams go on.
        #expect(out.stdout.contains("h2 says GET /plain"), "\(out.stdout)")
    }

    @Test func nodeHTTP2ClientGetsTrailersOnConcurrentStreamsOverOneServerConnection() throws {
        let harness = try ProxyHarness(http2Upstream: true)
        let script = harness.directory + "/client.js"
        try Self.nodeTrailersClient.write(toFile: script, atomically: true, encoding: .utf8)
        let out = try harness.run(["node", script, String(harness.port), harness.caFile, ProxyHarness.host])
        #expect(out.status == 0, "\(out.stderr)")
        let results = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]] ?? []
        let byPath = Dictionary(uniqueKeysWithValues: results.map { ($0["path"] as? String ?? "", $0) })
        // The server answers /barrier only while both streams are in it at once.
        for path in ["/barrier/a", "/barrier/b"] {
            #expect(byPath[path]?["status"] as? Int == 200)
            #expect(byPath[path]?["body"] as? String == "h2 says GET \(path) te=trailers bytes=0")
            #expect(byPath[path]?["grpc"] as? String == "0")
        }
        #expect(byPath["/deny"]?["status"] as? Int == 403)
        #expect(byPath["/deny"]?["grpc"] == nil || byPath["/deny"]?["grpc"] is NSNull)
        // 8 MiB through node's 64 KiB stream window, then the trailers.
        #expect(byPath["/large"]?["bytes"] as? Int == 8 << 20)
        #expect(byPath["/large"]?["grpc"] as? String == "0")
        let peers = Set(["/peer/1", "/peer/2"].compactMap { byPath[$0]?["body"] as? String })
        #expect(peers.count == 1, "one connection to the server carries every stream: \(peers)")
    }

    /// One HTTP/2 session, streams at once, each asking for trailers.
    static let nodeTrailersClient = #"""
    const http2 = require('http2'), tls = require('tls'), fs = require('fs');
    const [port, ca, host] = process.argv.slice(2);
    const session = http2.connect(`https://${host}`, {
      createConnection: () => tls.connect({ host: '127.0.0.1', port: +port, servername: host,
                                            ca: fs.readFileSync(ca), ALPNProtocols: ['h2'] }),
    });
    session.on('error', e => { console.error(e); process.exit(1); });
    const get = path => new Promise((resolve, reject) => {
      const req = session.request({ ':path': path.startsWith('/peer') ? '/peer' : path, te: 'trailers' });
      let status = 0, body = '', bytes = 0, grpc = null;
      req.on('response', h => { status = h[':status']; });
      req.on('trailers', t => { grpc = t['grpc-status']; });
      req.on('data', d => { bytes += d.length; if (body.length < 200) body += d.toString('utf8'); });
      req.on('end', () => resolve({ path, status, bytes, body: body.slice(0, 200), grpc }));
      req.on('error', reject);
      req.end();
    });
    Promise.all(['/barrier/a', '/barrier/b', '/deny', '/large', '/peer/1', '/peer/2'].map(get)).then(
      r => { console.log(JSON.stringify(r)); session.close(); },
      e => { console.error(e); process.exit(1); });
    """#

    /// One HTTP/2 session (node's own http2 module), five streams at once.
    static let nodeClient = #"""
    const http2 = require('http2'), tls = require('tls'), fs = require('fs');
    const [port, ca, host] = process.argv.slice(2);
    const session = http2.connect(`https://${host}`, {
      createConnection: () => tls.connect({ host: '127.0.0.1', port: +port, servername: host,
                                            ca: fs.readFileSync(ca), ALPNProtocols: ['h2'] }),
    });
    session.on('error', e => { console.error(e); process.exit(1); });
    const get = path => new Promise((resolve, reject) => {
      const req = session.request({ ':path': path });
      let status = 0, rule = null, body = '';
      req.on('response', h => { status = h[':status']; rule = h['x-guardian-rule'] || null; });
      req.setEncoding('utf8');
      req.on('data', d => { body += d; });
      req.on('end', () => resolve({ path, status, rule, bytes: body.length, body: body.slice(0, 200) }));
      req.on('error', reject);
      req.end();
    });
    Promise.all(['/barrier/a', '/barrier/b', '/deny', '/chunked', '/large'].map(get)).then(
      r => { console.log(JSON.stringify(r)); session.close(); },
      e => { console.error(e); process.exit(1); });
    """#
}
