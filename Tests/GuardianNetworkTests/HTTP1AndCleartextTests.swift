import Foundation
import Testing

/// HTTP/1.1 over TLS still works beside HTTP/2, and HTTP/2 in clear (h2c) is refused both ways
/// a client may try it: with prior knowledge (the connection preface) and by `Upgrade: h2c`.
@Suite(.serialized) struct HTTP1AndCleartextTests {
    let url = "https://\(ProxyHarness.host)"

    @Test func http1OverTLSStillWorks() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http1.1", "-w", "\n%{http_version} %{http_code}", "\(url)/hello"])
        #expect(out.stdout == "upstream says GET /hello 0\n1.1 200", "\(out.stderr)")
        let denied = try harness.curl(["--http1.1", "-i", "\(url)/deny"])
        #expect(denied.stdout.hasPrefix("HTTP/1.1 403"))
        #expect(denied.stdout.contains("x-guardian-rule: \(RecordingDecider.denyRule)"))
    }

    @Test func pythonHTTP1ClientKeepsItsConnectionForTwoRequests() throws {
        let harness = try ProxyHarness()
        let script = harness.directory + "/client.py"
        try Self.pythonClient.write(toFile: script, atomically: true, encoding: .utf8)
        let out = try harness.run(["python3", script, String(harness.port), harness.caFile, ProxyHarness.host])
        #expect(out.stdout == "200 upstream says GET /one 0\n200 upstream says POST /two 3\n", "\(out.stderr)")
        #expect(harness.decider.requestPaths == ["/one", "/two"])
    }

    @Test func cleartextHTTP2WithPriorKnowledgeIsRefused() throws {
        let harness = try ProxyHarness()
        let out = try harness.curl(["--http2-prior-knowledge", "http://\(ProxyHarness.host)/hello"])
        #expect(out.status != 0)
        #expect(harness.decider.refusalRules == ["request.h2c"])
        #expect(harness.decider.requestPaths.isEmpty)
    }

    @Test func anUpgradeToH2CIsRefusedWith403() throws {
        let harness = try ProxyHarness()
        // curl --http2 on http:// asks for h2c with Upgrade and HTTP2-Settings.
        let out = try harness.curl(["--http2", "-i", "http://\(ProxyHarness.host)/hello"])
        #expect(out.stdout.hasPrefix("HTTP/1.1 403"), "\(out.stdout) \(out.stderr)")
        #expect(out.stdout.contains("x-guardian-rule: request.upgrade"))
        #expect(harness.decider.refusalRules == ["request.upgrade"])
    }

    /// http.client on a socket it connected itself, so it can reach the gateway under the
    /// upstream's name; one kept-alive connection, a GET then a POST.
    static let pythonClient = #"""
    import http.client, socket, ssl, sys
    port, ca, host = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    context = ssl.create_default_context(cafile=ca)
    conn = http.client.HTTPSConnection(host, context=context)
    conn.sock = context.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname=host)
    for method, path, body in (("GET", "/one", None), ("POST", "/two", b"abc")):
        conn.request(method, path, body=body)
        response = conn.getresponse()
        print(response.status, response.read().decode())
    """#
}
