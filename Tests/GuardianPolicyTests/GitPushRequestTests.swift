@testable import GuardianPolicy
import Testing

/// A git push over smart HTTP, read from its command list (`GitPushCommands`).
@Suite struct GitPushRequestTests {
    static let a = String(repeating: "a", count: 40), b = String(repeating: "b", count: 40), zero = String(repeating: "0", count: 40)

    static func pkt(_ line: String) -> String { String(format: "%04x", line.utf8.count + 4) + line }

    static func push(_ lines: [String], path: String = "/acme/app.git/git-receive-pack", tail: String = "0000PACK") -> HTTPRequest {
        Req.post(path, lines.map(pkt).joined() + tail, type: "application/x-git-receive-pack-request", host: "git.example.com")
    }

    @Test func deletionsAreReadWhereverTheyAreInTheList() throws {
        let (a, b, zero) = (Self.a, Self.b, Self.zero)
        func push(_ lines: [String], tail: String = "0000PACK") -> HTTPRequest { Self.push(lines, tail: tail) }
        let cases: [(String, HTTPRequest, [String])] = [
            ("a delete push", push(["\(a) \(zero) refs/heads/feature\0report-status\n"], tail: "0000"), ["refs/heads/feature"]),
            ("a mirror push: one update, one delete", push(["\(a) \(b) refs/heads/main\0report-status\n", "\(b) \(zero) refs/tags/v1\n"]), ["refs/tags/v1"]),
            ("after shallow lines", push(["shallow \(a)\n", "\(a) \(zero) refs/heads/x\0report-status\n"], tail: "0000"), ["refs/heads/x"]),
            ("in a push certificate", push(["push-cert\0report-status\n", "certificate version 0.1\n", "pusher A <a@b> 1 +0000\n", "\n",
                                            "\(a) \(zero) refs/heads/y\n", "push-cert-end\n"], tail: "0000"), ["refs/heads/y"]),
            ("a sha256 repository", push(["\(String(repeating: "c", count: 64)) \(String(repeating: "0", count: 64)) refs/heads/z\0object-format=sha256\n"], tail: "0000"),
             ["refs/heads/z"]),
            ("an ordinary push", push(["\(a) \(b) refs/heads/main\0report-status\n"]), []),
        ]
        for (label, request, deleted) in cases {
            let facts = try RequestClassifier.classify(request).get()
            #expect(facts.gitPush.filter(\.deletes).map(\.ref) == deleted, "\(label): \(facts.gitPush)")
            let held = Fixture.dev.evaluate(facts).matches.contains { $0.id == "git.push-deletes-ref" }
            #expect(held == !deleted.isEmpty, "\(label)")
        }
    }

    @Test func anUnreadableCommandListIsRefused() {
        for body in ["zzzz", "0032 not a command at all, no ids here\n", "00ff" + Self.a] {
            let request = Req.post("/r.git/git-receive-pack", body, type: "application/x-git-receive-pack-request", host: "git.example.com")
            guard case .failure(let refusal) = RequestClassifier.classify(request) else { Issue.record("\(body) was read"); continue }
            #expect(refusal.rule == RequestRefusal.gitPushUnreadable)
        }
    }

    @Test func otherRequestsAreNotPushes() throws {
        let fetch = Req.post("/r.git/git-upload-pack", "0000", type: "application/x-git-upload-pack-request", host: "git.example.com")
        #expect(try RequestClassifier.classify(fetch).get().gitPush.isEmpty)
        let refs = Req.get("/r.git/info/refs?service=git-receive-pack", host: "git.example.com")
        #expect(try RequestClassifier.classify(refs).get().gitPush.isEmpty)
    }
}
