import Foundation
import GuardianTestSupport
import Testing

/// A client that says nothing at first is not thereby a byte stream: the gateway lets the
/// server speak first, but holds the client's bytes until it has seen them. Real clients
/// (Python's socket and ssl), a real API, on 127.0.0.1 and — when GUARDIAN_TEST_REMOTE_ADDR
/// names a test host's address in a network namespace of your own — on that address, which
/// the gateway takes for a remote host (a stream to it is relayed, not a `local:` question).
extension NetworkTests {
    /// Connects, waits 0.6 s (twice the gateway's silence limit), then sends `$QUERY` as a
    /// GraphQL POST, in clear or (`$TLS`) in TLS started only then; prints the status line.
    static let slowClient = #"""
        import json, os, socket, ssl, time
        host, port = os.environ["HOST"], int(os.environ["PORT"])
        s = socket.create_connection((host, port))
        time.sleep(0.6)
        if os.environ.get("TLS"):
            s = ssl.create_default_context().wrap_socket(s, server_hostname=host)
        body = json.dumps({"query": os.environ["QUERY"]}).encode()
        s.sendall(b"POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (host.encode(), len(body)) + body)
        answer = b""
        while True:
            chunk = s.recv(4096)
            if not chunk: break
            answer += chunk
        print(answer.split(b"\r\n")[0].decode())
        """#

    static func address(remote: Bool) -> String? {
        remote ? NetworkWorld.nonLoopbackAddress : "127.0.0.1"
    }

    /// The incident's mutation after a silence, in clear and in TLS, to the API on loopback and
    /// on a remote address: inspected and refused with the reason; the API saw nothing.
    @Test(arguments: [false, true], [false, true])
    func aSilentClientIsStillInspected(_ tls: Bool, _ remote: Bool) throws {
        guard let address = Self.address(remote: remote) else {
            print("GUARDIAN_TEST_REMOTE_ADDR is not set: the remote case is not run")
            return
        }
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w, address: address)
        defer { net.stop() }
        let url = tls ? net.httpsURL : net.httpURL
        let host = String(url.split(separator: "/")[1].split(separator: ":")[0])
        let port = String(url.split(separator: ":").last!)
        let r = try net.guardian(["python3", "-c", Self.slowClient], profile: "staging",
                                 extraEnv: ["HOST": host, "PORT": port, "TLS": tls ? "1" : "", "QUERY": #"mutation { volumeDelete(volumeId: "vol_prod_1") }"#])
        #expect(!net.received.contains("volumeDelete"), "the mutation reached the API: \(r.all.prefix(600))")
        #expect(r.stdout.contains("403"), "\(r.all.prefix(600))")
        #expect(r.all.contains("guardian: blocked"), "\(r.all.prefix(600))")
    }

    /// The same slow client with a read goes through: after a silence the connection is
    /// inspected, not lost.
    @Test(arguments: [false, true], [false, true])
    func aSilentClientsAllowedRequestGoesThrough(_ tls: Bool, _ remote: Bool) throws {
        guard let address = Self.address(remote: remote) else { return }
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w, address: address)
        defer { net.stop() }
        let url = tls ? net.httpsURL : net.httpURL
        let host = String(url.split(separator: "/")[1].split(separator: ":")[0])
        let port = String(url.split(separator: ":").last!)
        let r = try net.guardian(["python3", "-c", Self.slowClient], profile: "staging",
                                 extraEnv: ["HOST": host, "PORT": port, "TLS": tls ? "1" : "", "QUERY": "query { me { id } }"])
        #expect(r.stdout.contains("200"), "\(r.all.prefix(600))")
        #expect(net.received.contains("query { me { id } }"), "\(r.all.prefix(600))")
    }

    /// A server that speaks first (an SMTP-like greeting, then an answer per line) on a remote
    /// address: the greeting reaches the client, and the client's commands — `EHLO` looks like
    /// a method — reach the server. A client that answers the greeting with a TLS hello or an
    /// HTTP request is refused: what the server said cannot be inspected after the fact.
    @Test(arguments: ["EHLO", "TLS", "HTTP"])
    func aServerThatSpeaksFirstWorks(_ reply: String) throws {
        guard let address = NetworkWorld.nonLoopbackAddress else {
            print("GUARDIAN_TEST_REMOTE_ADDR is not set: not run")
            return
        }
        let w = try World()
        defer { w.cleanup() }
        let dir = w.root.path + "/greeter"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let server = try Daemon(["python3", "-c", #"""
            import os, socket, sys, threading
            os.closerange(3, 65536)
            directory, address = sys.argv[1], sys.argv[2]
            listener = socket.create_server((address, 0))
            def serve(c):
                c.sendall(b"220 greeter ready\r\n")
                f = c.makefile("rb")
                for line in f:
                    with open(os.path.join(directory, "heard"), "ab") as log: log.write(line)
                    c.sendall(b"250 " + line)
            def loop():
                while True:
                    c, _ = listener.accept()
                    threading.Thread(target=serve, args=(c,), daemon=True).start()
            threading.Thread(target=loop, daemon=True).start()
            with open(os.path.join(directory, "port.tmp"), "w") as f: f.write(str(listener.getsockname()[1]))
            os.rename(os.path.join(directory, "port.tmp"), os.path.join(directory, "port"))
            threading.Event().wait()
            """#, dir, address], environment: w.environment)
        defer { server.stop() }
        let port = try NetworkWorld.waitForFile(dir + "/port")
        let client = #"""
            import os, socket, ssl
            s = socket.create_connection((os.environ["ADDR"], int(os.environ["PORT"])))
            print(s.recv(100).decode().strip(), flush=True)
            reply = os.environ["REPLY"]
            if reply == "TLS":
                try:
                    ssl.create_default_context().wrap_socket(s, server_hostname="greeter.example")
                    print("handshake done")
                except (OSError, ssl.SSLError) as e:
                    print("refused:", e)
            else:
                s.sendall(b"EHLO client.example\r\n" if reply == "EHLO" else b"GET / HTTP/1.1\r\nHost: greeter\r\n\r\n")
                print(s.recv(100).decode().strip() or "closed")
            """#
        let r = try w.guardian(["python3", "-c", client], extraEnv: ["ADDR": address, "PORT": port, "REPLY": reply])
        let heard = (try? String(contentsOfFile: dir + "/heard", encoding: .utf8)) ?? ""
        #expect(r.stdout.contains("220 greeter ready"), "\(r.all.prefix(600))")
        if reply == "EHLO" {
            #expect(r.stdout.contains("250 EHLO client.example"), "\(r.all.prefix(600))")
            #expect(heard.contains("EHLO client.example"))
        } else {
            #expect(heard.isEmpty, "the server heard: \(heard.prefix(200))")
            #expect(r.all.contains("network.late-handshake"), "\(r.all.prefix(600))")
            #expect(w.events().contains { $0["rule"] as? String == "network.late-handshake" }, "\(w.events().suffix(3))")
        }
    }
}
