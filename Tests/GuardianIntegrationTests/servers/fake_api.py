#!/usr/bin/env python3
"""A stand-in infrastructure API for the network tests: answers every request with a small
JSON body, and appends one JSON line per request it *received* to --log (method, path, Authorization, body),
so a test can tell whether a request reached it. HTTPS with --cert/--key. Writes its port to
--port-file once it listens."""
import os
# Started by a test runner that starts other commands at the same time: descriptors of theirs
# inherited here would keep their pipes open for as long as this server lives.
os.closerange(3, 65536)
import argparse, http.server, json, ssl, sys, threading

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--port-file", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--bind", default="127.0.0.1")
args = parser.parse_args()
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        with lock, open(args.log, "a") as log:
            log.write(json.dumps({"method": self.command, "path": self.path,
                                  "authorization": self.headers.get("authorization"),
                                  "body": body.decode("utf-8", "replace")}) + "\n")
        out = json.dumps({"data": {"ok": True, "path": self.path}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = answer

    def log_message(self, *_):
        pass


server = http.server.ThreadingHTTPServer((args.bind, 0), Handler)
if args.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(args.port_file + ".tmp", args.port_file)
server.serve_forever()
