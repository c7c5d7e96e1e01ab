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
parser.add_argument("--aws", help="KEYID:SECRET — check Signature Version 4 requests with botocore and answer as STS")
parser.add_argument("--port-file", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--bind", default="127.0.0.1")
parser.add_argument("--git", help="serve the repositories under this directory over smart HTTP (git http-backend) at /NAME.git/…")
args = parser.parse_args()
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        if args.git and ".git/" in self.path:
            return self.git()
        if self.command == "GET" and self.path.startswith("/bytes/"):
            return self.send_bytes(int(self.path[len("/bytes/"):]))
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        aws = self.check_aws(body) if args.aws and (self.headers.get("authorization") or "").startswith("AWS4-HMAC-SHA256") else None
        with lock, open(args.log, "a") as log:
            log.write(json.dumps({"method": self.command, "path": self.path,
                                  "authorization": self.headers.get("authorization"), "aws": aws,
                                  "body": body.decode("utf-8", "replace")}) + "\n")
        if aws is not None:
            ok = aws == "signature ok"
            out = (b"<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/agent</Arn>"
                   b"<UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
                   b"<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>") if ok else (
                   b"<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>" + aws.encode() +
                   b"</Message></Error><RequestId>r-1</RequestId></ErrorResponse>")
            self.send_response(200 if ok else 403)
            self.send_header("content-type", "text/xml")
            self.send_header("content-length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)
            return
        # Echoes the path and the Authorization it got, as some APIs echo a credential back.
        out = json.dumps({"data": {"ok": True, "path": self.path, "authorization": self.headers.get("authorization")}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def git(self):
        """git's smart HTTP through git http-backend (CGI), pushes allowed; each request logged
        with its method and path."""
        import subprocess
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        with lock, open(args.log, "a") as log:
            log.write(json.dumps({"method": self.command, "path": self.path, "body": ""}) + "\n")
        path, _, query = self.path.partition("?")
        env = dict(os.environ, GIT_PROJECT_ROOT=args.git, GIT_HTTP_EXPORT_ALL="1", REMOTE_USER="agent", REMOTE_ADDR="127.0.0.1",
                   REQUEST_METHOD=self.command, PATH_INFO=path, QUERY_STRING=query,
                   CONTENT_TYPE=self.headers.get("content-type") or "", CONTENT_LENGTH=str(len(body)))
        out = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True).stdout
        head, _, payload = out.partition(b"\r\n\r\n")
        status = 200
        headers = []
        for line in head.split(b"\r\n"):
            name, _, value = line.decode().partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def send_bytes(self, n):
        """GET /bytes/N: N bytes, block k of 64 KiB being k as 8 big-endian bytes repeated (a
        block lost, repeated or out of order changes the digest), with a Content-Length."""
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(n))
        self.end_headers()
        k = 0
        while n > 0:
            block = (k.to_bytes(8, "big") * 8192)[:n]
            self.wfile.write(block)
            n -= len(block)
            k += 1

    def check_aws(self, body):
        """The request's Signature Version 4, computed again by botocore over the headers the
        client listed as signed, with the real key."""
        from botocore.auth import SigV4Auth, S3SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials
        key, secret = args.aws.split(":", 1)
        fields = dict(p.strip().split("=", 1) for p in self.headers["authorization"][len("AWS4-HMAC-SHA256 "):].split(","))
        kid, date, region, service, _ = fields["Credential"].split("/")
        if kid != key:
            return "unknown access key " + kid[:4] + "…"
        signed = fields["SignedHeaders"].split(";")
        headers = {h: self.headers[h] for h in signed}
        request = AWSRequest(method=self.command, url="https://" + self.headers["host"] + self.path, data=body, headers=headers)
        request.context["timestamp"] = self.headers["x-amz-date"]
        auth = (S3SigV4Auth if service == "s3" else SigV4Auth)(Credentials(key, secret), service, region)
        expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
        return "signature ok" if expected == fields["Signature"] else "signature mismatch"

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
