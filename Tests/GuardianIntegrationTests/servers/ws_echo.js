// A WebSocket echo server (RFC 6455 framing, enough for text frames and close) for the tests:
// greets each connection with "hello PATH", answers each text frame with "echo TEXT", and
// answers `GET /plain` (any request without Upgrade) with 404. Prints nothing; writes its port
// to PORTFILE once it listens. With CERT and KEY it speaks TLS.
const http = require('http'), https = require('https'), crypto = require('crypto'), fs = require('fs');
const [portFile, cert, key] = process.argv.slice(2);

function frame(payload, opcode = 1) {
  const data = Buffer.from(payload);
  const head = data.length < 126 ? Buffer.from([0x80 | opcode, data.length])
    : Buffer.from([0x80 | opcode, 126, data.length >> 8, data.length & 255]);
  return Buffer.concat([head, data]);
}

function parse(buffer) {
  if (buffer.length < 2) return null;
  const opcode = buffer[0] & 15, masked = buffer[1] & 128;
  let length = buffer[1] & 127, offset = 2;
  if (length === 126) { if (buffer.length < 4) return null; length = buffer.readUInt16BE(2); offset = 4; }
  else if (length === 127) { if (buffer.length < 10) return null; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
  const mask = masked ? buffer.subarray(offset, offset + 4) : null;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return null;
  const data = Buffer.from(buffer.subarray(offset, offset + length));
  if (mask) for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
  return { opcode, data, size: offset + length };
}

const handler = (req, res) => { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not a websocket\n'); };
const server = cert ? https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, handler) : http.createServer(handler);
server.on('upgrade', (req, socket, head) => {
  if ((req.headers.upgrade || '').toLowerCase() !== 'websocket' || req.url === '/refuse') {
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 8\r\nConnection: close\r\n\r\nrefused\n');
    return;
  }
  const accept = crypto.createHash('sha1').update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ' + accept + '\r\n\r\n');
  socket.write(frame('hello ' + req.url));
  let pending = head;
  const take = (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (let f = parse(pending); f; f = parse(pending)) {
      pending = pending.subarray(f.size);
      if (f.opcode === 8) { socket.end(frame(f.data.subarray(0, 2), 8)); return; }
      if (f.opcode === 1) socket.write(frame('echo ' + f.data.toString()));
      if (f.opcode === 9) socket.write(frame(f.data, 10));
    }
  };
  socket.on('data', take);
  socket.on('error', () => {});
  take(Buffer.alloc(0));
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(portFile, String(server.address().port)));
