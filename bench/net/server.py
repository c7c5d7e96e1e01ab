#!/usr/bin/env python3
"""The network cells' server: HTTP/1.1 on one loopback port and HTTPS on another, a thread per
connection, keep-alive. It runs natively, outside the measured tree, so the same server answers
the native client and the client under Guardian (whose proxy reaches it as the real server).

  GET /small        200, a 2-byte body
  GET /bytes/N      200, N bytes (sent from one preallocated buffer in 1 MiB writes)

Usage: server.py CERT KEY [ADDRESS] — listens on ADDRESS (default 127.0.0.1), prints
{"http": PORT, "https": PORT} on one line, then serves until its stdin closes (the suite holds the
other end) or it gets SIGTERM.
"""
import json
import socket
import ssl
import sys
import threading

CHUNK = 1 << 20
ZEROS = memoryview(bytes(CHUNK))
SMALL = b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok"


def read_head(conn, pending):
    """The next request head (bytes up to the blank line) and what follows it, or None at EOF."""
    while b"\r\n\r\n" not in pending:
        data = conn.recv(65536)
        if not data:
            return None, b""
        pending += data
    head, _, rest = pending.partition(b"\r\n\r\n")
    return head, rest


def serve(conn, tls_context):
    try:
        if tls_context is not None:
            conn = tls_context.wrap_socket(conn, server_side=True)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        pending = b""
        while True:
            head, pending = read_head(conn, pending)
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            close = any(h.lower().replace(" ", "") == "connection:close" for h in lines[1:])
            extra = b"connection: close\r\n" if close else b""
            if path.startswith("/bytes/"):
                n = int(path[len("/bytes/"):])
                conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
                             + extra + b"content-length: %d\r\n\r\n" % n)
                while n > 0:
                    k = min(n, CHUNK)
                    conn.sendall(ZEROS[:k])
                    n -= k
            elif path == "/small":
                conn.sendall(SMALL.replace(b"\r\n\r\n", b"\r\n" + extra + b"\r\n", 1) if close else SMALL)
            else:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                return
            if close:
                return
    except (OSError, ValueError, ssl.SSLError):
        pass  # clients that close after the handshake, or mid-response
    finally:
        try:
            conn.close()
        except OSError:
            pass


def listen(tls_context, address):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, 0))
    s.listen(512)

    def accept():
        while True:
            conn, _ = s.accept()
            threading.Thread(target=serve, args=(conn, tls_context), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return s.getsockname()[1]


def main():
    cert, key = sys.argv[1], sys.argv[2]
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    tls.set_alpn_protocols(["http/1.1"])
    address = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1"
    ports = {"http": listen(None, address), "https": listen(tls, address)}
    print(json.dumps(ports), flush=True)
    sys.stdin.read()  # until the suite closes our stdin (or ends)


if __name__ == "__main__":
    main()
