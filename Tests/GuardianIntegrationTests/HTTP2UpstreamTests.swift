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
        func guardian(_ args: [String], extraEnv: [String: String] = [:], ports: [String] = []) throws -> World.Output {
            let w = net.world
            let resolve = ports.flatMap { ["--resolve", "api.test.example:\($0):\(net.address)"] }
            return try w.run(
                (World.unprivileged && w.conventions.followsUnprivileged ? World.asNobody : [])
                    + [World.guardianBinary, "run", "-q", "--profile", "staging", "--ask-timeout", "1",
                       "--upstream-ca", net.upstreamCA,
                       "--resolve", "api.test.example:\(h2Port):\(net.address)",
                       "--resolve", "api.test.example:\(h1Port):\(net.address)"] + resolve + ["--"] + args,
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

    /// Where python3 finds grpcio (and typing_extensions, which it imports), if they are not
    /// installed for every user: GUARDIAN_TEST_PYTHONPATH (`pip install --target DIR`).
    static let pythonPath = ProcessInfo.processInfo.environment["GUARDIAN_TEST_PYTHONPATH"] ?? ""

    /// Whether python3 can import grpc (grpcio is not a dependency of the suite).
    static let grpcAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import grpc"]
        process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONPATH": pythonPath]) { $1 }
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// A gRPC server (grpcio, HTTP/2 only): /pkg.Greeter/SayHello answers "hello " + the request,
    /// with a trailing metadata entry beside grpc-status.
    static let grpcServer = #"""
    import grpc, sys, concurrent.futures as f
    cert, key, portfile = sys.argv[1:4]
    def hello(request, context):
        context.set_trailing_metadata((("x-served-by", "grpc-test"),))
        return b"hello " + request
    handler = grpc.method_handlers_generic_handler("pkg.Greeter", {"SayHello": grpc.unary_unary_rpc_method_handler(hello)})
    server = grpc.server(f.ThreadPoolExecutor(4))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_secure_port("127.0.0.1:0", grpc.ssl_server_credentials([(open(key, "rb").read(), open(cert, "rb").read())]))
    server.start()
    open(portfile, "w").write(str(port))
    server.wait_for_termination()
    """#

    static let grpcClient = #"""
    import grpc, sys
    channel = grpc.secure_channel(f"api.test.example:{sys.argv[1]}", grpc.ssl_channel_credentials())
    response, call = channel.unary_unary("/pkg.Greeter/SayHello").with_call(b"world", timeout=20)
    print("response", response.decode(), "code", call.code().name, "trailers", dict(call.trailing_metadata()))
    """#

    /// A real gRPC unary call through Guardian: grpcio's client (its roots: the system bundle,
    /// which the tree is served with the session CA) to grpcio's server, which speaks only HTTP/2;
    /// the name resolved by getaddrinfo (`native`) and by c-ares (`ares`, gRPC's own resolver,
    /// which takes an answer only from the server resolv.conf names).
    @Test(.enabled(if: HTTP2UpstreamTests.grpcAvailable, "python3 cannot import grpc (set GUARDIAN_TEST_PYTHONPATH)"),
          arguments: ["native", "ares"])
    func aRealGRPCUnaryCallGoesThrough(_ resolver: String) throws {
        let w = try World()
        defer { w.cleanup() }
        let servers = try Servers(w)
        defer { servers.stop() }
        let dir = w.root.path + "/api"
        let env = w.environment.merging(["PYTHONPATH": Self.pythonPath]) { $1 }
        let grpc = try Daemon(["python3", "-c", Self.grpcServer, dir + "/server.pem", dir + "/server.key", dir + "/grpc.port"], environment: env)
        defer { grpc.stop() }
        let port = try NetworkWorld.waitForFile(dir + "/grpc.port")
        let r = try servers.guardian(["python3", "-c", Self.grpcClient, port], extraEnv: [
            "PYTHONPATH": Self.pythonPath, "GRPC_DNS_RESOLVER": resolver,
            "GRPC_DEFAULT_SSL_ROOTS_FILE_PATH": "/etc/ssl/certs/ca-certificates.crt",
        ], ports: [port])
        #expect(r.status == 0, "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("response hello world code OK trailers {'x-served-by': 'grpc-test'}"), "\(r.all.prefix(1500))")
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
