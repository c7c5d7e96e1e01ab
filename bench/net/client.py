#!/usr/bin/env python3
"""The network cells' client, run natively and under `guardian run`: it times inside the process
(start-up excluded) and prints one JSON line. It reaches the server at 127.0.0.1 and, for TLS,
names the host by SNI only (no DNS), and trusts whatever the default context trusts: natively
SSL_CERT_FILE names the bench's CA, under Guardian the session bundle Guardian points it at.

  client.py connect   PORT N                 N fresh plain-HTTP connections: connect, GET, close
  client.py handshake PORT NEW SAME          TLS: one untimed warm-up, then NEW connections to
                                             NEW distinct host names (new0..), then SAME to one
                                             name (its first use untimed); each connect,
                                             full handshake (no resumption), GET, close
  client.py keepalive PORT N [--tls]         one connection, 20 untimed requests, then N timed
  client.py download  PORT BYTES [--tls]     one connection, one warm-up request, then BYTES

--address A reaches the server at A instead of 127.0.0.1: a non-loopback address of this machine
measures the proxy without what Guardian does for loopback destinations only (it looks up the
listener). Every sample is in nanoseconds.
"""
import json
import socket
import ssl
import sys
import time

DOMAIN = "bench.test"
ADDRESS = "127.0.0.1"
now = time.perf_counter_ns
_context = None


def context():
    global _context
    if _context is None:
        _context = ssl.create_default_context()
        _context.set_alpn_protocols(["http/1.1"])
    return _context


def open_connection(port, host=None):
    s = socket.create_connection((ADDRESS, port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if host is not None:
        s = context().wrap_socket(s, server_hostname=host)  # the full handshake happens here
    return s


class Reader:
    """A response reader for what the bench's server sends (content-length, or chunked should a
    proxy re-frame it)."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()
        self.block = bytearray(1 << 20)

    def _fill(self):
        n = self.sock.recv_into(self.block)
        if n == 0:
            raise ConnectionError("the connection closed mid-response")
        self.buf += memoryview(self.block)[:n]

    def _line(self):
        while b"\r\n" not in self.buf:
            self._fill()
        i = self.buf.index(b"\r\n")
        line = bytes(self.buf[:i])
        del self.buf[:i + 2]
        return line

    def _skip(self, n):
        """Consumes n body bytes without keeping them."""
        take = min(n, len(self.buf))
        del self.buf[:take]
        n -= take
        view = memoryview(self.block)
        while n > 0:
            k = self.sock.recv_into(view[:min(n, len(self.block))])
            if k == 0:
                raise ConnectionError("the connection closed mid-body")
            n -= k

    def response(self):
        """Reads one response; returns (status, body length)."""
        status = int(self._line().split(b" ", 2)[1])
        length, chunked = None, False
        while True:
            line = self._line()
            if not line:
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if chunked:
            total = 0
            while True:
                size = int(self._line().split(b";")[0], 16)
                if size == 0:
                    while self._line():
                        pass
                    return status, total
                self._skip(size)
                self._line()
                total += size
        self._skip(length or 0)
        return status, length or 0


def get(sock, reader, path, host, close=False):
    sock.sendall(f"GET {path} HTTP/1.1\r\nhost: {host}\r\nuser-agent: guardian-bench\r\n"
                 f"{'connection: close' + chr(13) + chr(10) if close else ''}\r\n".encode())
    status, n = reader.response()
    if status != 200:
        raise SystemExit(f"client: GET {path} from {host} answered {status}")
    return n


def one_connection(port, host):
    """(connect [+ handshake] ns, to the first response ns)."""
    t0 = now()
    s = open_connection(port, host)
    t1 = now()
    get(s, Reader(s), "/small", host or f"{ADDRESS}:{port}", close=True)
    t2 = now()
    s.close()
    return t1 - t0, t2 - t0


def main(argv):
    global ADDRESS
    if "--address" in argv:
        i = argv.index("--address")
        ADDRESS = argv[i + 1]
        del argv[i:i + 2]
    mode, port = argv[0], int(argv[1])
    tls = "--tls" in argv
    out = {"mode": mode}
    if mode == "connect":
        samples = [one_connection(port, None) for _ in range(int(argv[2]))]
        out["connect_ns"] = [a for a, _ in samples]
        out["first_response_ns"] = [b for _, b in samples]
    elif mode == "handshake":
        new, same = int(argv[2]), int(argv[3])
        one_connection(port, f"warm.{DOMAIN}")
        fresh = [one_connection(port, f"new{i}.{DOMAIN}") for i in range(new)]
        one_connection(port, f"same.{DOMAIN}")
        again = [one_connection(port, f"same.{DOMAIN}") for _ in range(same)]
        out["new_host_handshake_ns"] = [a for a, _ in fresh]
        out["new_host_first_response_ns"] = [b for _, b in fresh]
        out["same_host_handshake_ns"] = [a for a, _ in again]
        out["same_host_first_response_ns"] = [b for _, b in again]
    elif mode == "keepalive":
        n = int(argv[2])
        host = f"keepalive.{DOMAIN}" if tls else f"{ADDRESS}:{port}"
        s = open_connection(port, host if tls else None)
        r = Reader(s)
        for _ in range(20):
            get(s, r, "/small", host)
        lat = []
        for _ in range(n):
            t = now()
            get(s, r, "/small", host)
            lat.append(now() - t)
        s.close()
        out["request_ns"] = lat
    elif mode == "download":
        size = int(argv[2])
        host = f"download.{DOMAIN}" if tls else f"{ADDRESS}:{port}"
        s = open_connection(port, host if tls else None)
        r = Reader(s)
        get(s, r, "/small", host)
        t = now()
        got = get(s, r, f"/bytes/{size}", host)
        out["download_ns"] = now() - t
        if tls:
            out["tls"] = f"{s.version()} {s.cipher()[0]}"  # what this connection negotiated
        s.close()
        if got != size:
            raise SystemExit(f"client: downloaded {got} bytes of {size}")
        out["bytes"] = size
    else:
        raise SystemExit(f"client: unknown mode {mode}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
