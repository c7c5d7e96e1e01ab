import Foundation
import GuardianTestSupport
import Testing

/// An HTTP request that needs a human, with nobody watching: refused at once with the request
/// id; an approval lets the identical request (same method, URL and body) through once.
@Suite struct NetworkApprovalTests {
    @Test func anApprovedRequestGoesThroughOnItsRetryAndOnlyThatRequest() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import json, os, time, urllib.request, urllib.error
            url = os.environ["URL"] + "/graphql"
            def post(volume):
                body = json.dumps({"query": 'mutation { volumeDelete(volumeId: "%s") }' % volume}).encode()
                request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(request) as r:
                        return r.status
                except urllib.error.HTTPError as e:
                    return e.code
            start = time.time()
            print("first", post("vol_1"), "ms", int((time.time() - start) * 1000), flush=True)
            while not os.path.exists("approved"):
                time.sleep(0.05)
            print("other", post("vol_2"), flush=True)
            print("second", post("vol_1"), flush=True)
            print("third", post("vol_1"), flush=True)
            """#
        let port = net.httpsURL.split(separator: ":").last!
        let session = try w.start(
            (World.unprivileged ? World.asNobody : [])
                + [World.guardianBinary, "run", "-q", "--profile", "staging", "--ask-timeout", "60", "--upstream-ca", net.upstreamCA,
                   "--resolve", "api.test.example:\(port):127.0.0.1", "--", "python3", "-c", script],
            extraEnv: ["URL": net.httpsURL])
        var request: [String: Any]? = nil
        for _ in 0..<300 where request == nil {
            let r = try w.run([World.guardianBinary, "pending", "--json"])
            request = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.first
            if request == nil { usleep(50_000) }
        }
        let id = request?["id"] as? Int ?? -1
        #expect(request?["awaiting_retry"] as? Bool == true, "\(String(describing: request))")
        let approve = try w.run([World.guardianBinary, "approve", String(id)])
        #expect(approve.status == 0, "\(approve.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/approved", contents: nil)
        let output = session.wait(timeout: 60)
        let out = output.stdout
        #expect(out.contains("first 403"), "\(out)\(output.stderr)")
        let ms = out.split(separator: " ms ").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? .max
        #expect(ms < 1000, "answered in \(ms) ms")
        #expect(out.contains("other 403"), "another body is another request: \(out)")
        #expect(out.contains("second 200"), "the approved retry went through: \(out)\(output.stderr)")
        #expect(out.contains("third 403"), "one approval, one request: \(out)")
        #expect(output.stderr.contains("needs a human (request \(id))"), "\(output.stderr)")
        let received = net.received
        #expect(received.components(separatedBy: "vol_1").count - 1 == 1, "\(received)")
        #expect(!received.contains("vol_2"))
    }
}
