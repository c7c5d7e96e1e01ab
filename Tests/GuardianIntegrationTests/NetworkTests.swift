import Foundation
import GuardianTestSupport
import Testing

/// The incident's API call, however a program sends it, through the real gateway: real clients
/// (curl, Python, Node, bash, git) against a stand-in API on 127.0.0.1, over HTTP and HTTPS.
@Suite struct NetworkTests {
    /// One way of sending `mutation { volumeDelete … }`; `$URL` is the API's base URL.
    struct Sender: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var testDescription: String { name }
    }

    static let mutation = #"{"query":"mutation { volumeDelete(volumeId: \"vol_prod_1\") }"}"#

    static let senders: [Sender] = [
        Sender(name: "curl argv", script: #"curl -sS -X POST "$URL/graphql" -H 'Content-Type: application/json' -d '\#(mutation)'"#),
        Sender(name: "curl @file", script: #"printf '%s' '\#(mutation)' > body.json; curl -sS "$URL/graphql" -H 'Content-Type: application/json' -d @body.json"#),
        Sender(name: "curl @- (stdin)", script: #"printf '%s' '\#(mutation)' | curl -sS "$URL/graphql" -H 'Content-Type: application/json' --data-binary @-"#),
        Sender(name: "python urllib", script: #"python3 -c 'import os,urllib.request as u; print(u.urlopen(u.Request(os.environ["URL"]+"/graphql", data=open("/dev/stdin","rb").read(), headers={"Content-Type":"application/json"})).read())' <<'B'"# + "\n" + mutation + "\nB"),
        Sender(name: "python requests", script: #"python3 -c 'import os,requests; r=requests.post(os.environ["URL"]+"/graphql", json={"query":"mutation { volumeDelete(volumeId: \"vol_prod_1\") }"}); print(r.status_code, r.text)'"#),
        Sender(name: "node fetch", script: #"node -e 'fetch(process.env.URL+"/graphql",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({query:"mutation { volumeDelete(volumeId: \"vol_prod_1\") }"})}).then(r=>r.text().then(t=>console.log(r.status,t)),e=>{console.error(String(e));process.exit(3)})'"#),
        Sender(name: "alias", script: #"python3 -c 'import os,urllib.request as u; u.urlopen(u.Request(os.environ["URL"]+"/graphql", data=b"{\"query\":\"mutation m { harmless: volumeDelete(volumeId: \\\"v\\\") }\"}", headers={"Content-Type":"application/json"}))'"#),
        Sender(name: "batch", script: #"python3 -c 'import os,json,urllib.request as u; b=json.dumps([{"query":"query { me { id } }"},{"query":"mutation { volumeDelete(volumeId: \"v\") }"}]).encode(); u.urlopen(u.Request(os.environ["URL"]+"/graphql", data=b, headers={"Content-Type":"application/json"}))'"#),
        Sender(name: "gzip-encoded", script: #"python3 -c 'import os,gzip,urllib.request as u; b=gzip.compress(b"{\"query\":\"mutation { volumeDelete(volumeId: \\\"v\\\") }\"}"); u.urlopen(u.Request(os.environ["URL"]+"/graphql", data=b, headers={"Content-Type":"application/json","Content-Encoding":"gzip"}))'"#),
        Sender(name: "GET query=", script: #"curl -sS -G "$URL/graphql" --data-urlencode 'query=mutation { volumeDelete(volumeId: "v") }'"#),
    ]

    /// bash's /dev/tcp speaks plain HTTP only.
    static let rawSender = Sender(name: "bash /dev/tcp", script: #"exec 3<>/dev/tcp/127.0.0.1/$PORT; b='\#(mutation)'; printf 'POST /graphql HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' ${#b} "$b" >&3; cat <&3"#)

    @Test(arguments: senders + [rawSender], [false, true])
    func theDestructiveMutationIsStoppedWithAReason(_ sender: Sender, _ tls: Bool) throws {
        if tls && sender.name == Self.rawSender.name { return }
        // The unprivileged rerun's python has no third-party packages it may read.
        if World.unprivileged && sender.name.contains("requests") { return }
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let url = tls ? net.httpsURL : net.httpURL
        let port = String(net.httpURL.split(separator: ":").last!)
        let r = try net.guardian(["bash", "-c", sender.script], profile: "staging", extraEnv: ["URL": url, "PORT": port])
        #expect(!net.received.contains("volumeDelete"), "the mutation reached the API: \(r.all.prefix(600))")
        #expect(r.all.contains("guardian: blocked") || r.all.contains("403"), "the agent is told why: \(r.all.prefix(600))")
    }

    @Test(arguments: [false, true])
    func readsAndAllowedMutationsGoThrough(_ tls: Bool) throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import json, os, urllib.request as u
            for q in ["query { me { id } }", "mutation { customDomainCreate(input: {domain: \"a.example\"}) { id } }"]:
                r = u.urlopen(u.Request(os.environ["URL"] + "/graphql", data=json.dumps({"query": q}).encode(), headers={"Content-Type": "application/json"}))
                print(r.status)
            """#
        let r = try net.guardian(["python3", "-c", script], profile: "staging", extraEnv: ["URL": tls ? net.httpsURL : net.httpURL])
        #expect(r.status == 0, "\(r.all.prefix(800))")
        #expect(net.received.contains("query { me { id } }"))
        #expect(net.received.contains("customDomainCreate"))
    }

    /// The agent's own model call under staging: a messages-API POST whose prompt quotes the
    /// incident's mutation as text (JSON, not a GraphQL request) goes through, key and all.
    @Test func theAgentsModelCallGoesThrough() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import json, os, urllib.request as u
            body = {"model": "m", "max_tokens": 64, "messages": [{"role": "user", "content": "Why did mutation { volumeDelete(volumeId: \"vol_prod_1\") } run?"}]}
            r = u.urlopen(u.Request(os.environ["URL"] + "/v1/messages", data=json.dumps(body).encode(),
                                    headers={"content-type": "application/json", "x-api-key": "model-key", "anthropic-version": "2023-06-01"}))
            print(r.status)
            """#
        let r = try net.guardian(["python3", "-c", script], profile: "staging", extraEnv: ["URL": net.httpsURL])
        #expect(r.status == 0 && r.stdout.contains("200"), "\(r.all.prefix(800))")
        #expect(net.received.contains("/v1/messages"), "\(r.all.prefix(800))")
    }

    /// Every mainstream client trusts the session's CA without any setup, even when the user's
    /// own CA variables point elsewhere.
    @Test(arguments: [
        ("/curl", #"curl -sS "$URL/curl""#),
        ("/urllib", #"python3 -c 'import os,urllib.request as u; u.urlopen(os.environ["URL"]+"/urllib")'"#),
        ("/requests", #"python3 -c 'import os,requests; requests.get(os.environ["URL"]+"/requests").raise_for_status()'"#),
        ("/node", #"node -e 'fetch(process.env.URL+"/node").then(r=>process.exit(r.ok?0:4),e=>{console.error(String(e.cause||e));process.exit(3)})'"#),
        ("/repo.git/info/refs", #"git ls-remote "$URL/repo.git" 2>&1; true"#),
    ])
    func clientsTrustTheSessionWithoutConfiguration(_ path: String, _ script: String) throws {
        if World.unprivileged && path == "/requests" { return }
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let conflicting = ["SSL_CERT_FILE": "/nonexistent.pem", "CURL_CA_BUNDLE": "/nonexistent.pem", "REQUESTS_CA_BUNDLE": "/nonexistent.pem",
                           "NODE_EXTRA_CA_CERTS": "/nonexistent.pem", "GIT_SSL_CAINFO": "/nonexistent.pem", "URL": net.httpsURL]
        let r = try net.guardian(["bash", "-c", script], extraEnv: conflicting)
        #expect(net.received.contains(path), "\(path) did not reach the API: \(r.all.prefix(600))")
    }

    /// A client that trusts only its own roots, embedded in the program (not a file it opens,
    /// which would be served with the session CA), refuses Guardian's certificate: nothing is
    /// sent, and the event names the program and the host.
    @Test func aClientWithItsOwnRootsFailsClosed() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"import os, ssl, urllib.request as u; u.urlopen(os.environ["URL"] + "/pinned", context=ssl.create_default_context(cadata=os.environ["PINNED"]))"#
        let embedded = try String(contentsOfFile: net.upstreamCA, encoding: .utf8)
        let r = try net.guardian(["python3", "-c", script], extraEnv: ["URL": net.httpsURL, "PINNED": embedded])
        #expect(r.status != 0)
        #expect(!net.received.contains("/pinned"))
        let event = w.events().first { $0["rule"] as? String == "network.client-rejected-ca" }
        #expect(event?["host"] as? String == "api.test.example", "\(w.events().suffix(3))")
    }

    /// A server the agent starts itself is the agent's own: reached over TCP (HTTP, and a
    /// database's byte streams) and a Unix socket.
    @Test func listenersInsideTheTreeWork() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            python3 -u -m http.server 0 --bind 127.0.0.1 --directory . > server.log 2>&1 &
            for i in $(seq 50); do port=$(grep -o 'port [0-9]*' server.log | grep -o '[0-9]*'); [ -n "$port" ] && break; sleep 0.1; done
            curl -sS "http://127.0.0.1:$port/src/app.py"
            python3 -c 'import socket,os
            s=socket.socket(socket.AF_UNIX); s.bind("inside.sock"); s.listen()
            if os.fork()==0:
                c=socket.socket(socket.AF_UNIX); c.connect("inside.sock"); print(c.recv(10).decode(), flush=True); os._exit(0)
            a,_=s.accept(); a.sendall(b"unix-ok"); os.wait()'
            python3 -c 'import socket,os
            # Two shapes of a database on loopback TCP, not HTTP: the server speaks first (a
            # MySQL-like greeting), and the client speaks first in binary (a Postgres-like
            # startup message).
            s=socket.create_server(("127.0.0.1",0)); port=s.getsockname()[1]
            if os.fork()==0:
                for greet in (True, False):
                    c=socket.create_connection(("127.0.0.1",port))
                    if greet: print(c.recv(20).decode(), flush=True); c.sendall(b"\\x00\\x01login")
                    else: c.sendall(b"\\x00\\x00\\x00\\x08\\x00\\x03\\x00\\x00"); print(c.recv(20).decode(), flush=True)
                    c.close()
                os._exit(0)
            for greet in (True, False):
                a,_=s.accept()
                if greet: a.sendall(b"db-greeting"); a.recv(10)
                else: a.recv(8); a.sendall(b"db-startup-ok")
                a.close()
            os.wait()'
            kill %1
            """
        let r = try w.guardian(["bash", "-c", script])
        #expect(r.stdout.contains("hello from the project"), "\(r.all.prefix(600))")
        #expect(r.stdout.contains("unix-ok"), "\(r.all.prefix(600))")
        #expect(r.stdout.contains("db-greeting"), "\(r.all.prefix(600))")
        #expect(r.stdout.contains("db-startup-ok"), "\(r.all.prefix(600))")
    }
}
