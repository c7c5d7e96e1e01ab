import Foundation
import GuardianTestSupport
import Testing

/// DNS over TCP, and the resolver libraries that insist on port 53, under the real filter: a
/// connect to port 53 over TCP reaches Guardian's resolver whatever server it names, so a name
/// asked over TCP is decided like one asked over UDP and never leaves the machine.
extension NetworkTests {
    /// Whether this run's Guardian may bind port 53 (root, not the unprivileged run): its
    /// resolver then answers UDP from the very address and port resolv.conf names.
    static var resolverOnPort53: Bool { getuid() == 0 && !World.unprivileged }

    static let debianPython = "/usr/bin/python3"

    static var hasDig: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/dig") }
    static var hasMusl: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/musl-gcc") }
    static var hasDNSPython: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: debianPython)
        p.arguments = ["-c", "import dns.resolver, dns.query"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// The framing itself, by a client that writes bytes: two queries in one write and a third
    /// split across two writes, on a connection to the server resolv.conf names and on one to a
    /// server of the documentation range nothing routes to; every answer comes back on its
    /// connection with its query's id, and the exfiltration-shaped name is refused.
    @Test func queriesOverTCPAreAnsweredByGuardian() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import socket, struct
            servers = [l.split()[1] for l in open("/etc/resolv.conf") if l.split()[:1] == ["nameserver"]]
            def q(i, name, qtype=1):
                body = struct.pack(">HHHHHH", i, 0x0100, 1, 0, 0, 0) + b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00" + struct.pack(">HH", qtype, 1)
                return struct.pack(">H", len(body)) + body
            def read(s, n):
                out = b""
                while len(out) < n:
                    chunk = s.recv(n - len(out))
                    if not chunk: raise SystemExit("closed after %d bytes" % len(out))
                    out += chunk
                return out
            for server in (servers[0], "192.0.2.1"):
                s = socket.create_connection((server, 53), timeout=5)
                s.sendall(q(0x101, "api.test.example") + q(0x102, "0123456789abcdef0123456789abcdef.example.test"))
                third = q(0x103, "api.test.example", 16)
                s.sendall(third[:7]); s.sendall(third[7:])
                for _ in range(3):
                    n = struct.unpack(">H", read(s, 2))[0]
                    m = read(s, n)
                    i, flags, _, count = struct.unpack(">HHHH", m[:8])
                    print(server, "id", hex(i), "rcode", flags & 0xf, "answers", count, "last", list(m[-4:]) if count else [])
                s.close()
            """#
        let r = try net.guardian(["python3", "-c", script])
        let out = r.stdout
        for server in ["192.0.2.1", out.split(separator: " ").first.map(String.init) ?? "?"] {
            #expect(out.contains("\(server) id 0x101 rcode 0 answers 1 last [127, 0, 0, 1]"), "\(r.all.prefix(1500))")
            #expect(out.contains("\(server) id 0x102 rcode 5 answers 0"), "refused: \(r.all.prefix(1500))")
            #expect(out.contains("\(server) id 0x103 rcode 0 answers 0"), "TXT: an empty answer: \(r.all.prefix(1500))")
        }
        #expect(r.status == 0, "\(r.all.prefix(1500))")
        let refusals = w.events().filter { $0["rule"] as? String == "network.dns-exfiltration" }
        #expect(refusals.count == 2, "\(w.events().suffix(6))")
        // No stream to port 53 was carried anywhere: the only events about port 53 are the
        // resolver's refusals.
        #expect(!w.events().contains { ($0["port"] as? Int) == 53 && ($0["rule"] as? String) != "network.dns-exfiltration" }, "\(w.events().suffix(6))")
    }

    /// Real clients: `dig` over UDP and `dig +tcp` (the server from resolv.conf, and one named
    /// with @),
    /// and glibc told to use TCP (`RES_OPTIONS=use-vc`, what `options use-vc` in resolv.conf
    /// does) through getent and Python's getaddrinfo.
    @Test(.enabled(if: NetworkTests.hasDig, "dig is not installed (apt-get install dnsutils)"))
    func digAndGlibcOverTCP() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let r = try net.guardian(["sh", "-c", """
            echo "dig udp: $(dig +notcp +short +time=3 +tries=1 api.test.example)"
            echo "dig udp@: $(dig +notcp +short +time=3 +tries=1 @192.0.2.1 api.test.example)"
            echo "dig: $(dig +tcp +short +time=3 +tries=1 api.test.example)"
            echo "dig@: $(dig +tcp +short +time=3 +tries=1 @192.0.2.1 api.test.example)"
            dig +tcp +time=3 +tries=1 0123456789abcdef0123456789abcdef.example.test | grep -o 'status: [A-Z]*' | sed 's/^/encoded /'
            echo "getent: $(RES_OPTIONS=use-vc getent ahostsv4 api.test.example | head -1)"
            RES_OPTIONS=use-vc python3 -c 'import socket; print("python:", socket.getaddrinfo("api.test.example", 443, socket.AF_INET)[0][4][0])'
            """])
        // dig's UDP sockets are connected (to the resolver, by Guardian): taken as root and not.
        #expect(r.stdout.contains("dig udp: 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("dig udp@: 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("dig: 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("dig@: 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("encoded status: REFUSED"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("getent: 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("python: 127.0.0.1"), "\(r.all.prefix(1500))")
    }

    /// dnspython reads resolv.conf and takes a UDP answer only from the address and port it
    /// asked: it resolves over UDP when Guardian answers from port 53 (root), and otherwise
    /// fails (the answer from another port is ignored; nothing was forwarded). Over TCP it
    /// resolves either way.
    @Test(.enabled(if: NetworkTests.hasDNSPython, "/usr/bin/python3 cannot import dns (apt-get install python3-dnspython)"))
    func dnspythonResolves() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import dns.resolver, dns.message, dns.query, time
            r = dns.resolver.Resolver()
            for tcp in (False, True):
                t = time.time()
                try:
                    a = r.resolve("api.test.example", "A", tcp=tcp, lifetime=4)
                    print("tcp" if tcp else "udp", "ok", ",".join(x.address for x in a))
                except Exception as e:
                    print("tcp" if tcp else "udp", "failed", type(e).__name__, "after", round(time.time() - t, 1))
            a = dns.query.tcp(dns.message.make_query("api.test.example", "A"), "192.0.2.1", timeout=4)
            print("explicit", ",".join(rr.address for rrset in a.answer for rr in rrset))
            """#
        let r = try net.guardian([NetworkTests.debianPython, "-c", script])
        #expect(r.stdout.contains("tcp ok 127.0.0.1"), "\(r.all.prefix(1500))")
        #expect(r.stdout.contains("explicit 127.0.0.1"), "\(r.all.prefix(1500))")
        if NetworkTests.resolverOnPort53 {
            #expect(r.stdout.contains("udp ok 127.0.0.1"), "\(r.all.prefix(1500))")
        } else {
            // Closed: the answer from another port is ignored until the lifetime runs out
            // (dnspython 2.3; later versions may give up on the server at once).
            #expect(r.stdout.contains("udp failed"), "fails closed: \(r.all.prefix(1500))")
        }
    }

    /// musl's resolver (a static binary from musl-gcc): UDP to the resolv.conf server, answers
    /// compared by address and port. It resolves when Guardian answers from port 53; an
    /// unprivileged Guardian's answers are dropped and the lookup fails after musl's timeout.
    @Test(.enabled(if: NetworkTests.hasMusl, "musl-gcc is not installed (apt-get install musl-tools)"))
    func muslResolves() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let source = w.root.path + "/lookup.c"
        let binary = w.root.path + "/lookup-musl"
        try """
            #include <arpa/inet.h>
            #include <netdb.h>
            #include <stdio.h>
            int main(int argc, char **argv) {
                struct addrinfo hints = {0}, *res;
                hints.ai_family = AF_INET;
                hints.ai_socktype = SOCK_STREAM;
                int e = getaddrinfo(argv[1], 0, &hints, &res);
                if (e) { printf("musl failed %s\\n", gai_strerror(e)); return 1; }
                char text[64];
                inet_ntop(AF_INET, &((struct sockaddr_in *)res->ai_addr)->sin_addr, text, sizeof text);
                printf("musl ok %s\\n", text);
                return 0;
            }
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let cc = try w.run(["musl-gcc", "-static", "-O1", "-o", binary, source])
        try #require(cc.status == 0, "\(cc.all)")
        _ = try w.run(["chmod", "755", binary])
        let r = try net.guardian([binary, "api.test.example"])
        if NetworkTests.resolverOnPort53 {
            #expect(r.stdout.contains("musl ok 127.0.0.1"), "\(r.all.prefix(1500))")
        } else {
            #expect(r.stdout.contains("musl failed"), "fails closed: \(r.all.prefix(1500))")
        }
    }
}
