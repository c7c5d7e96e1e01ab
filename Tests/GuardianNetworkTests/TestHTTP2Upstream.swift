import Foundation

/// A real HTTP/2-only TLS server on 127.0.0.1 (Node's http2: its ALPN offers `h2` alone), with
/// the harness's certificate for `ProxyHarness.host`. Every answer ends with trailers
/// (`grpc-status: 0`, `grpc-message: ok`), as a gRPC server's does. Paths: anything → "h2 says
/// METHOD PATH te=TE bytes=N"; `/large` streams 8 MiB; `/barrier…` answers only once two such
/// streams are in the server at the same time; `/peer` tells the port of the connection the
/// stream came on; `/reset` resets the stream without answering; `/substitute…` answers with the
/// Authorization it received in the body and in a trailer (`x-auth`), and says whether it was
/// the real value.
final class TestHTTP2Upstream: TestServer {
    let process = Process()
    let port: Int

    init(directory: String, certificate: String, key: String) throws {
        let script = directory + "/h2upstream.js"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", script, certificate, key, RecordingDecider.realValue]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            throw HarnessError("the HTTP/2 test upstream did not start")
        }
        self.port = port
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    static let script = #"""
    const http2 = require('http2'), fs = require('fs');
    const [cert, key, real] = process.argv.slice(2);
    const server = http2.createSecureServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) });
    const waiting = [];
    const trailers = stream => stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': 'ok' }));
    server.on('stream', (stream, headers) => {
      stream.on('error', () => {});
      let bytes = 0;
      stream.on('data', c => { bytes += c.length; });
      stream.on('end', () => {
        const path = headers[':path'];
        const answer = (text, extra = {}) => {
          stream.respond({ ':status': 200, 'content-type': 'text/plain' }, { waitForTrailers: true });
          stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': 'ok', ...extra }));
          stream.end(text);
        };
        if (path === '/reset') return stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
        if (path === '/peer') return answer(`peer ${stream.session.socket.remotePort}`);
        if (path.startsWith('/substitute')) {
          const auth = headers['authorization'] || '';
          return answer(`auth=${auth} real=${auth === 'Bearer ' + real}`, { 'x-auth': auth });
        }
        if (path === '/large') {
          stream.respond({ ':status': 200, 'content-type': 'application/octet-stream' }, { waitForTrailers: true });
          trailers(stream);
          const chunk = Buffer.alloc(64 * 1024, 120);
          let left = 128;
          const pump = () => {
            while (left > 0) { left--; if (!stream.write(chunk)) return stream.once('drain', pump); }
            stream.end();
          };
          return pump();
        }
        const text = `h2 says ${headers[':method']} ${path} te=${headers['te'] || ''} bytes=${bytes}`;
        if (path.startsWith('/barrier')) {
          waiting.push(() => answer(text));
          if (waiting.length === 2) waiting.splice(0).forEach(f => f());
          return;
        }
        answer(text);
      });
    });
    server.on('sessionError', () => {});
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));
    """#
}
