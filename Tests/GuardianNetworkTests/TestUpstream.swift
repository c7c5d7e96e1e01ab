import Foundation

/// A real HTTPS server on 127.0.0.1 (Python's http.server, HTTP/1.1 with keep-alive) for the
/// gateway to forward to, with a certificate for `ProxyHarness.host` from a throwaway CA.
/// Paths: anything → "upstream says METHOD PATH BODYLENGTH"; `/chunked` answers with
/// Transfer-Encoding, Connection and Keep-Alive (fields HTTP/2 forbids); `/large` streams 8 MiB;
/// `/barrier…` answers only once two such requests are in the server at the same time; `/peer`
/// tells the port the gateway's connection came from.
/// A test server the harness forwards to.
protocol TestServer {
    var port: Int { get }
    func stop()
}

final class TestUpstream: TestServer {
    let process = Process()
    let port: Int

    static let largeSize = 8 << 20

    /// `alpn`: the server answers ALPN, choosing `http/1.1` (as most HTTP/1.1-only servers do);
    /// otherwise it answers none.
    init(directory: String, certificate: String, key: String, alpn: Bool = false) throws {
        let script = directory + "/upstream.py"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, certificate, key] + (alpn ? ["alpn"] : [])
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        // The server prints its port once it listens.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            throw HarnessError("the test upstream did not start")
        }
        self.port = port
    }

    /// SIGKILL: a child of the test runner inherits its blocked signals, SIGTERM among them.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    static let script = #"""
    import http.server, ssl, sys, threading

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        barrier = threading.Barrier(2, timeout=5)

        def log_message(self, *args):
            pass

        def do_GET(self):
            self.respond()

        def do_POST(self):
            self.respond()

        def respond(self):
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path
            if path.startswith("/barrier"):
                try:
                    Handler.barrier.wait()
                except threading.BrokenBarrierError:
                    return self.text(504, "the two streams never were in the server together")
            if path == "/peer":
                return self.text(200, "peer %d" % self.client_address[1])
            if path == "/chunked":
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "keep-alive")
                self.send_header("Keep-Alive", "timeout=5")
                self.end_headers()
                for part in (b"chunked ", b"reply"):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.write(b"0\r\n\r\n")
                return
            if path == "/large":
                self.send_response(200)
                self.send_header("Content-Length", str(8 << 20))
                self.end_headers()
                chunk = b"x" * 65536
                for _ in range((8 << 20) // 65536):
                    self.wfile.write(chunk)
                return
            self.text(200, "upstream says %s %s %d" % (self.command, path, len(body)))

        def text(self, status, text):
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[1], sys.argv[2])
    if sys.argv[3:] == ["alpn"]:
        context.set_alpn_protocols(["http/1.1"])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#
}
