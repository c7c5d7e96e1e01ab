// An HTTP/2-only TLS server (Node's http2; ALPN offers h2 alone) for the tests: answers every
// request with 200, a body naming what it heard ("h2 says METHOD PATH te=TE bytes=N") and
// trailers (grpc-status: 0, grpc-message: ok), as a gRPC server does. Appends each request
// it receives to LOG as one JSON line; writes its port to PORTFILE once it listens.
const http2 = require('http2'), fs = require('fs');
const [portFile, cert, key, log] = process.argv.slice(2);

const server = http2.createSecureServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) });
server.on('stream', (stream, headers) => {
  const chunks = [];
  stream.on('data', c => chunks.push(c));
  stream.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const method = headers[':method'], path = headers[':path'], te = headers['te'] || '';
    fs.appendFileSync(log, JSON.stringify({ method, path, te, authority: headers[':authority'], body }) + '\n');
    stream.respond({ ':status': 200, 'content-type': 'text/plain' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': 'ok' }));
    stream.end(`h2 says ${method} ${path} te=${te} bytes=${body.length}`);
  });
});
server.on('sessionError', () => {});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(portFile, String(server.address().port)));
