import Foundation
import GuardianTestSupport
import Testing

/// WebSocket through the real gateway (Node's WebSocket client against a Node echo server on
/// 127.0.0.1, inside and outside the tree), requests bound to the environment they name, and
/// the events of requests to hosts that rules name.
@Suite struct WebSocketAndBindingTests {
    static let client = Bundle.module.path(forResource: "ws_client", ofType: "js", inDirectory: "servers")!
    static let echo = Bundle.module.path(forResource: "ws_echo", ofType: "js", inDirectory: "servers")!

    /// The dev server's HMR socket, started by the agent itself: the upgrade is decided like any
    /// request and the connection becomes a relay.
    @Test func aWebSocketToAServerInsideTheTreeWorks() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            node "$ECHO" "$PWD/ws.port" &
            for i in $(seq 100); do [ -s ws.port ] && break; sleep 0.1; done
            node --experimental-websocket "$CLIENT" "ws://127.0.0.1:$(cat ws.port)/hmr"
            status=$?
            kill %1
            exit $status
            """
        let r = try w.guardian(["bash", "-c", script], extraEnv: ["ECHO": Self.echo, "CLIENT": Self.client])
        #expect(r.stdout.contains("hello /hmr|echo ping"), "\(r.all.prefix(800))")
        #expect(r.status == 0)
    }

    /// The same client to a listener outside the tree: refused (its frames are not read), with an
    /// event that names the listener; the control shows the server answers without Guardian.
    @Test func aWebSocketToAListenerOutsideTheTreeIsRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let portFile = w.root.path + "/ws.port"
        let server = try Daemon(["node", Self.echo, portFile], environment: w.environment)
        defer { server.stop() }
        let port = try NetworkWorld.waitForFile(portFile)
        let url = "ws://127.0.0.1:\(port)/kernel"
        let control = try w.run(["node", "--experimental-websocket", Self.client, url])
        #expect(control.stdout.contains("hello /kernel|echo ping"), "control: \(control.all.prefix(400))")
        let r = try w.guardian(["node", "--experimental-websocket", Self.client, url])
        #expect(!r.stdout.contains("echo ping"), "\(r.all.prefix(800))")
        #expect(r.status != 0)
        let event = w.events().first { $0["rule"] as? String == "local.websocket" }
        #expect(event != nil, "\(w.events().suffix(3))")
        // Unprivileged, Guardian cannot read a root daemon's descriptors: the listener is unknown.
        if !World.unprivileged { #expect((event?["reason"] as? String ?? "").contains("node"), "\(String(describing: event))") }
    }

    /// To a host that a request rule names, an upgrade is refused whoever listens: its frames
    /// could carry what the rules decide. (The server is outside the tree; the host's rule is
    /// what the event names.)
    @Test func aWebSocketToAHostWithRulesIsRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let portFile = w.root.path + "/ws.port"
        let server = try Daemon(["node", Self.echo, portFile], environment: w.environment)
        defer { server.stop() }
        let port = try NetworkWorld.waitForFile(portFile)
        let profile = w.root.path + "/ws-host.yaml"
        try w.write("""
            name: ws-host
            extends: [dev]
            rules:
              - {id: test.ws-host-deletes, reason: the host's deletes, decision: deny, request: {host: [ws.test.example], method: [DELETE]}}
            """, to: profile)
        chmod(profile, 0o644)
        let r = try w.guardian(["node", "--experimental-websocket", Self.client, "ws://ws.test.example:\(port)/graphql"], profile: profile,
                               extraEnv: ["GUARDIAN_RESOLVE": "ws.test.example:\(port):127.0.0.1"])
        #expect(!r.stdout.contains("echo ping"), "\(r.all.prefix(800))")
        let event = w.events().first { $0["rule"] as? String == "request.websocket" }
        #expect(event?["host"] as? String == "ws.test.example", "\(w.events().suffix(3))")
    }

    static let prod = "1b2c3d4e-0000-4000-8000-0000000000aa"
    static let staging = "5f6a7b8c-0000-4000-8000-0000000000bb"

    /// A staging profile that knows one Railway project's environment ids, reads environmentId
    /// on any host (the stand-in API), and has a rule naming the stand-in's host.
    static func profile(_ w: World) throws -> String {
        let path = w.root.path + "/railway-staging.yaml"
        try w.write("""
            name: railway-staging
            environment: staging
            extends: [staging]
            targets:
              - {kind: railway_environment, request: {graphql: [environmentId]}}
            environments:
              production: {railway_environment: ["\(prod)"]}
              staging: {railway_environment: ["\(staging)"]}
            rules:
              - id: test.api-delete
                reason: the stand-in API's deletes
                decision: deny
                request: {host: [api.test.example], method: [DELETE]}
            """, to: path)
        chmod(path, 0o644)
        return path
    }

    @Test(arguments: [false, true])
    func aRequestNamingProductionIsDeniedUnderStaging(_ tls: Bool) throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import json, os, sys, urllib.request as u, urllib.error as e
            for env in sys.argv[1:]:
                q = 'mutation { serviceInstanceRedeploy(environmentId: "%s", serviceId: "svc") }' % env
                try:
                    r = u.urlopen(u.Request(os.environ["URL"] + "/graphql/v2", data=json.dumps({"query": q}).encode(), headers={"Content-Type": "application/json"}))
                    print(env[:8], r.status)
                except e.HTTPError as x:
                    print(env[:8], x.code, x.headers.get("x-guardian-rule"), x.headers.get("x-guardian-reason"))
            """#
        let r = try net.guardian(["python3", "-c", script, Self.prod, Self.staging], profile: try Self.profile(w),
                                 extraEnv: ["URL": tls ? net.httpsURL : net.httpURL])
        #expect(r.stdout.contains("1b2c3d4e 403 environment.other"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("environmentId '1b2c3d4e...' is production"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("5f6a7b8c 200"), "\(r.all.prefix(800))")
        #expect(!net.received.contains(Self.prod))
        #expect(net.received.contains(Self.staging))
        let denied = w.events().first { $0["rule"] as? String == "environment.other" && $0["kind"] as? String == "net" }
        #expect(denied?["environment"] as? String == "production", "\(w.events().suffix(3))")
    }

    /// The id → name facts of the Railway CLI's links (`railway link` in some project on this
    /// machine) bind a request the profile knows nothing about.
    @Test func anIdLinkedByTheRailwayCLIIsKnown() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        try FileManager.default.createDirectory(atPath: w.home + "/.railway", withIntermediateDirectories: true)
        chmod(w.home + "/.railway", 0o755)
        let linked = "77aa88bb-0000-4000-8000-0000000000cc"
        try w.write(#"{"projects":{"/srv/app":{"projectPath":"/srv/app","name":"app","project":"p","environment":"\#(linked)","environmentName":"production"}},"user":{"token":"tok"}}"#,
                    to: w.home + "/.railway/config.json")
        let script = #"""
            import json, os, sys, urllib.request as u, urllib.error as e
            q = 'mutation { serviceInstanceRedeploy(environmentId: "%s") }' % sys.argv[1]
            try:
                u.urlopen(u.Request(os.environ["URL"] + "/graphql/v2", data=json.dumps({"query": q}).encode(), headers={"Content-Type": "application/json"}))
                print("sent")
            except e.HTTPError as x:
                print(x.code, x.headers.get("x-guardian-reason"))
            """#
        let r = try net.guardian(["python3", "-c", script, linked], profile: try Self.profile(w), extraEnv: ["URL": net.httpURL])
        #expect(r.stdout.contains("403") && r.stdout.contains("(Railway CLI config)"), "\(r.all.prefix(800))")
        #expect(!net.received.contains(linked))
    }

    /// Every request to a host a rule names is an event, the ones no rule matched included
    /// (with what they do, never their body); requests to other hosts are not.
    @Test func requestsToAHostWithRulesAreEvents() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            curl -sS -o /dev/null "$HTTPS/things/1?token=abc"
            curl -sS -o /dev/null -X POST "$HTTPS/graphql" -H 'Content-Type: application/json' -d '{"query":"mutation { serviceInstanceRedeploy(serviceId: \"s\") }","variables":{"password":"hunter2"}}'
            curl -sS -o /dev/null "$HTTP/elsewhere"
            """#
        let r = try net.guardian(["bash", "-c", script], profile: try Self.profile(w), extraEnv: ["HTTPS": net.httpsURL, "HTTP": net.httpURL])
        #expect(net.received.contains("/elsewhere"), "\(r.all.prefix(600))")
        let events = w.events().filter { $0["kind"] as? String == "net" }
        let get = events.first { $0["path"] as? String == "/things/1" }
        #expect(get?["decision"] as? String == "allow", "\(events)")
        #expect(get?["host"] as? String == "api.test.example")
        #expect(get?["method"] as? String == "GET")
        let post = events.first { $0["path"] as? String == "/graphql" }
        #expect((post?["operation"] as? [String]) == ["mutation serviceInstanceRedeploy"], "\(String(describing: post))")
        #expect(!events.contains { $0["path"] as? String == "/elsewhere" })
        let text = events.map { "\($0)" }.joined()
        #expect(!text.contains("hunter2") && !text.contains("token=abc"))
    }
}
