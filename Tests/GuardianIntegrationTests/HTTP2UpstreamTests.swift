import Foundation
import GuardianTestSupport
import Testing

/// HTTP/2 end to end under `guardian run`: a client in the tree speaks h2 to the gateway, and the
/// gateway speaks h2 to a server that chose it (Node's http2, answering with trailers as gRPC
/// does), or HTTP/1.1 to one that did not (the stand-in API). Requests are decided as ever.
@Suite struct HTTP2UpstreamTests {
    static let server = Bundle.module.path(forResource: "h2_trailers", ofType: "js", inDirectory: "servers")!

    /// The stand-in API (HTTP/1.1 only) and the HTTP/2 server, both for api.test.example.
    struct Servers {
        let net: NetworkWorld
        let h2: Daemon
        let h2Port: String
        let h2Log: String

        init(_ w: World) throws {
            net = try NetworkWorld(w)
            let dir = w.root.path + "/api"
            h2Log = dir + "/h2-requests.jsonl"
            let portFile = dir + "/h2.port"
            do {
                h2 = try Daemon(["node", HTTP2UpstreamTests.server, portFile, dir + "/server.pem", dir + "/server.key", h2Log],
                                environment: w.environment)
                h2Port = try NetworkWorld.waitForFile(portFile)
            } catch {
                net.stop()
                throw error
            }
        }

        var h2Received: String { (try? String(contentsOfFile: h2Log, encoding: .utf8)) ?? "" }
        var h1Port: String { String(net.httpsURL.split(separator: ":").last!) }

        /// `guardian run --profile staging` with both servers' ports resolved for api.test.example.
        func guardian(_ args: [String], extraEnv: [String: String] = [:]) throws -> World.Output {
            let w = net.world
            return try w.run(
                (World.unprivileged && w.conventions.followsUnprivileged ? World.asNobody : [])
                    + [World.guardianBinary, "run", "-q", "--profile", "staging", "--ask-timeout", "1",
                       "--upstream-ca", net.upstreamCA,
                       "--resolve", "api.test.example:\(h2Port):\(net.address)",
                       "--resolve", "api.test.example:\(h1Port):\(net.address)", "--"] + args,
                timeout: 90, extraEnv: extraEnv)
        }

        func stop() {
            h2.stop()
            net.stop()
        }
    }

    /// Node's http2 client in the tree, one session per server, a unary gRPC-shaped call, a
    /// plain GET to the HTTP/1.1-only server and the incident's mutation.
    static let client = #"""
    const http2 = require('http2');
    const [h2Port, h1Port] = process.argv.slice(1);
    const call = (port, headers, body) => new Promise((resolve, reject) => {
      const session = http2.connect(`https://api.test.example:${port}`);
      session.on('error', reject);
      const req = session.request(headers);
      let status = 0, rule = null, text = '', trailers = null;
      req.on('response', h => { status = h[':status']; rule = h['x-guardian-rule'] || null; });
      req.on('trailers', t => { trailers = { 'grpc-status': t['grpc-status'], 'grpc-message': t['grpc-message'] }; });
      req.setEncoding('utf8');
      req.on('data', d => { text += d; });
      req.on('end', () => { session.close(); resolve({ status, rule, body: text.slice(0, 300), trailers }); });
      req.on('error', reject);
      req.end(body);
    });
    (async () => {
      const out = {};
      out.unary = await call(h2Port, { ':method': 'POST', ':path': '/pkg.Greeter/SayHello', 'content-type': 'application/grpc',
                                       te: 'trailers' }, Buffer.from([0, 0, 0, 0, 5, 104, 101, 108, 108, 111]));
      out.h1 = await call(h1Port, { ':method': 'GET', ':path': '/from-h2-client' });
      out.denied = await call(h2Port, { ':method': 'POST', ':path': '/graphql', 'content-type': 'application/json', te: 'trailers' },
                              JSON.stringify({ query: 'mutation { volumeDelete(volumeId: "vol_prod_1") }' }));
      console.log(JSON.stringify(out));
    })().catch(e => { console.error(String(e)); process.exit(3); });
    """#

    @Test func nodeHTTP2ClientGetsStatusBodyAndTrailersAndTheMutationIsStillRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let servers = try Servers(w)
        defer { servers.stop() }
        let r = try servers.guardian(["node", "-e", Self.client, servers.h2Port, servers.h1Port])
        #expect(r.status == 0, "\(r.all.prefix(1500))")
        let line = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let out = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: Any]] ?? [:]
        // The HTTP/2 server heard HTTP/2 (it speaks nothing else), te: trailers included, and
        // its trailers came back on the client's stream.
        #expect(out["unary"]?["status"] as? Int == 200, "\(r.all.prefix(1500))")
        #expect(out["unary"]?["body"] as? String == "h2 says POST /pkg.Greeter/SayHello te=trailers bytes=10")
        #expect(out["unary"]?["trailers"] as? [String: String] == ["grpc-status": "0", "grpc-message": "ok"])
        // The HTTP/1.1-only server still answers an HTTP/2 client.
        #expect(out["h1"]?["status"] as? Int == 200)
        #expect((out["h1"]?["body"] as? String ?? "").contains("/from-h2-client"))
        #expect(servers.net.received.contains("/from-h2-client"))
        // The mutation is refused by Guardian and never reaches the server.
        #expect(out["denied"]?["status"] as? Int == 403, "\(r.all.prefix(1500))")
        #expect(out["denied"]?["rule"] is String)
        #expect(servers.h2Received.contains("SayHello"))
        #expect(!servers.h2Received.contains("volumeDelete"), "the mutation reached the server")
    }

    @Test func curlOverHTTP2ShowsTheServersTrailers() throws {
        let w = try World()
        defer { w.cleanup() }
        let servers = try Servers(w)
        defer { servers.stop() }
        let url = "https://api.test.example:\(servers.h2Port)"
        let script = #"""
            curl -sS --http2 -i -H 'te: trailers' -H 'content-type: application/grpc' --data-binary hello "$URL/pkg.Greeter/SayHello"
            echo; echo ---
            printf '%s' '{"query":"mutation { volumeDelete(volumeId: \"vol_prod_1\") }"}' > body.json
            curl -sS --http2 -i -H 'content-type: application/json' --data-binary @body.json "$URL/graphql"
            """#
        let r = try servers.guardian(["bash", "-c", script], extraEnv: ["URL": url])
        #expect(r.status == 0, "\(r.all.prefix(1500))")
        let parts = r.stdout.components(separatedBy: "\n---\n")
        #expect(parts.count == 2, "\(r.all.prefix(1500))")
        let unary = parts.first ?? ""
        #expect(unary.hasPrefix("HTTP/2 200"), "\(unary)")
        #expect(unary.contains("h2 says POST /pkg.Greeter/SayHello te=trailers bytes=5grpc-status: 0\r\ngrpc-message: ok"), "\(unary)")
        let denied = parts.last ?? ""
        #expect(denied.hasPrefix("HTTP/2 403"), "\(denied)")
        #expect(denied.contains("guardian: blocked"))
        #expect(!servers.h2Received.contains("volumeDelete"), "the mutation reached the server")
    }
}
