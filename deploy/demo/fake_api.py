#!/usr/bin/env python3
"""A stand-in for an infrastructure provider's GraphQL API, for the demo only.

It listens on 127.0.0.1 (a free port chosen by the kernel, written to --port-file),
accepts POST /graphql, and appends one JSON line to --record for every volume
deletion it is asked to perform. Nothing is deleted anywhere: the record is the
evidence the demo reads afterwards. It stops by itself after --lifetime seconds,
or earlier on SIGTERM/SIGINT.
"""

import argparse
import json
import os
import re
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

VOLUME_DELETE = re.compile(r'volumeDelete\s*\(\s*volumeId\s*:\s*\\?"([^"\\]+)\\?"')


def mask(token):
    if not token:
        return None
    return token[:6] + "..." if len(token) > 6 else "..."


class Handler(BaseHTTPRequestHandler):
    server_version = "fake-infra-api/1"
    record_path = None

    def log_message(self, fmt, *args):  # keep the demo's terminal quiet
        pass

    def _reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._reply(200, {"ok": True})
        else:
            self._reply(404, {"errors": [{"message": "not found"}]})

    def do_POST(self):
        if self.path != "/graphql":
            self._reply(404, {"errors": [{"message": "not found"}]})
            return
        length = min(int(self.headers.get("Content-Length") or 0), 1 << 20)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            query = json.loads(raw).get("query", "")
        except (ValueError, AttributeError):
            query = raw
        match = VOLUME_DELETE.search(query)
        if not match:
            self._reply(200, {"data": None, "errors": [{"message": "unsupported query"}]})
            return
        auth = self.headers.get("Authorization", "")
        token = auth.split(" ", 1)[1] if auth.lower().startswith("bearer ") else ""
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "mutation": "volumeDelete",
            "volumeId": match.group(1),
            "client": self.headers.get("User-Agent", ""),
            "token": mask(token),
        }
        with open(self.record_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
        self._reply(200, {"data": {"volumeDelete": True}})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--record", required=True)
    parser.add_argument("--lifetime", type=float, default=300.0)
    args = parser.parse_args()

    Handler.record_path = args.record
    open(args.record, "a").close()
    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 0.5
    deadline = time.monotonic() + args.lifetime
    stopping = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopping.append(True))

    with open(args.port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    # Rename so a reader never sees a half-written port.
    os.replace(args.port_file + ".tmp", args.port_file)

    while not stopping and time.monotonic() < deadline:
        server.handle_request()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
