#!/usr/bin/env python3
"""Servers outside the supervised tree for the network attacks: outside.py DIR ABSTRACT_NAME.
A command runner on loopback TCP (DIR/tcp.port), on a Unix socket (DIR/runner.sock) and on an
abstract Unix socket (@ABSTRACT_NAME): each runs the one line it is sent with the shell and
sends back its output; one on Unix datagram sockets (DIR/dgram.sock, @ABSTRACT_NAME-dgram)
runs every datagram it receives. A UDP listener (DIR/udp.port) appends every datagram to DIR/udp.log. A
stand-in HTTP API (DIR/api.port) appends every request it received to DIR/api.log, and is a
WebSocket terminal to a GET with `Upgrade: websocket` (each text frame a command); the same
API on GUARDIAN_TEST_REMOTE_ADDR, a test host's address in a network namespace of the
operator's own (DIR/remote.addr, DIR/remote.port: 127.0.0.1 when unset), which Guardian's gateway takes for a remote host. A DNS
server over TCP on port 53 of that address (with the argument `dns`, root only; DIR/dns.port) logs what it receives to DIR/dns.log. Ports are
written once every server listens (DIR/ready last)."""
import os
# Started by a test runner that starts other commands at the same time: descriptors of theirs
# inherited here would keep their pipes open for as long as this server lives.
os.closerange(3, 65536)
import http.server, json, socket, subprocess, sys, threading

directory, abstract = sys.argv[1], sys.argv[2]
lock = threading.Lock()


def append(name, text):
    with lock, open(os.path.join(directory, name), "a") as log:
        log.write(text + "\n")


def write(name, text):
    with open(os.path.join(directory, name + ".tmp"), "w") as f:
        f.write(text)
    os.rename(os.path.join(directory, name + ".tmp"), os.path.join(directory, name))


def run_commands(conn):
    data = b""
    while b"\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    command = data.decode(errors="replace").strip()
    if command:
        append("ran.log", command)
        conn.sendall(subprocess.run(command, shell=True, capture_output=True).stdout)
    conn.close()


def serve(listener, handle):
    listener.listen(16)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def run_datagrams(listener):
    while True:
        command = listener.recv(65536).decode(errors="replace").strip()
        if command:
            append("ran.log", command)
            subprocess.run(command, shell=True, capture_output=True)


def udp(listener):
    while True:
        data, _ = listener.recvfrom(65536)
        append("udp.log", data.decode(errors="replace"))


class API(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        append("api.log", json.dumps({"method": self.command, "path": self.path, "body": body.decode("utf-8", "replace")}))
        out = json.dumps({"data": {"ok": True}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def do_GET(self):
        if self.headers.get("upgrade", "").lower() == "websocket":
            return self.terminal()
        self.answer()

    do_POST = answer
    do_DELETE = answer

    def terminal(self):
        """A WebSocket terminal (the shape of a notebook's or an editor's): every text frame
        is a shell command, answered with its output."""
        import base64, hashlib, struct
        key = self.headers.get("sec-websocket-key", "")
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        self.wfile.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: %s\r\n\r\n" % accept).encode())
        self.wfile.flush()
        while True:
            head = self.rfile.read(2)
            if len(head) < 2 or head[0] & 15 == 8:
                return
            length = head[1] & 127
            if length == 126:
                length = struct.unpack(">H", self.rfile.read(2))[0]
            mask = self.rfile.read(4) if head[1] & 128 else b"\0\0\0\0"
            data = bytes(b ^ mask[i % 4] for i, b in enumerate(self.rfile.read(length)))
            command = data.decode(errors="replace")
            append("ran.log", command)
            out = subprocess.run(command, shell=True, capture_output=True).stdout[:100] or b"done"
            self.wfile.write(bytes([0x81, len(out)]) + out)
            self.wfile.flush()

    def log_message(self, *_):
        pass


tcp = socket.socket()
tcp.bind(("127.0.0.1", 0))
unix = socket.socket(socket.AF_UNIX)
unix.bind(os.path.join(directory, "runner.sock"))
os.chmod(os.path.join(directory, "runner.sock"), 0o777)
hidden = socket.socket(socket.AF_UNIX)
hidden.bind("\0" + abstract)
unix_datagrams = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
unix_datagrams.bind(os.path.join(directory, "dgram.sock"))
os.chmod(os.path.join(directory, "dgram.sock"), 0o777)
hidden_datagrams = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
hidden_datagrams.bind("\0" + abstract + "-dgram")
datagrams = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
datagrams.bind(("127.0.0.1", 0))
api = http.server.ThreadingHTTPServer(("127.0.0.1", 0), API)


def non_loopback():
    # Only an address of a test host in a network namespace of the operator's own
    # (GUARDIAN_TEST_REMOTE_ADDR); never one of this machine's real interfaces.
    address = os.environ.get("GUARDIAN_TEST_REMOTE_ADDR", "")
    return address if address and not address.startswith("127.") else "127.0.0.1"


remote_api = http.server.ThreadingHTTPServer((non_loopback(), 0), API)
# A DNS server over TCP on port 53 of the same address (root only): it logs every query's bytes
# to DIR/dns.log and answers nothing.
def dns_over_tcp(listener):
    while True:
        conn, _ = listener.accept()
        data = conn.recv(4096)
        append("dns.log", data.decode("latin-1") + "\n")
        conn.close()


try:
    if "dns" not in sys.argv[3:]:
        raise OSError("not asked for")
    dns_tcp = socket.create_server((non_loopback(), 53))
    threading.Thread(target=dns_over_tcp, args=(dns_tcp,), daemon=True).start()
    write("dns.port", "53")
except OSError:
    pass
for listener in (tcp, unix, hidden):
    threading.Thread(target=serve, args=(listener, run_commands), daemon=True).start()
threading.Thread(target=udp, args=(datagrams,), daemon=True).start()
for listener in (unix_datagrams, hidden_datagrams):
    threading.Thread(target=run_datagrams, args=(listener,), daemon=True).start()
threading.Thread(target=api.serve_forever, daemon=True).start()
threading.Thread(target=remote_api.serve_forever, daemon=True).start()
write("tcp.port", str(tcp.getsockname()[1]))
write("udp.port", str(datagrams.getsockname()[1]))
write("api.port", str(api.server_address[1]))
write("remote.addr", remote_api.server_address[0])
write("remote.port", str(remote_api.server_address[1]))
write("ready", "yes")
threading.Event().wait()
