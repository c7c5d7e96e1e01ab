import Foundation
import GuardianTestSupport
import Testing

/// Resolver libraries other than glibc's, under the real filter: they read /etc/resolv.conf and
/// take an answer only from the server they asked (c-ares compares the address; musl, dnspython
/// and hickory the port too). Under Guardian that server is Guardian's resolver.
extension NetworkTests {
    /// Node's `dns.resolve4` and a `dns.Resolver` (c-ares: a connected UDP socket, EDNS, answers
    /// taken only from the server's address) resolve an allowed name; a name that looks like
    /// encoded data is refused without being forwarded (an event says so); `dns.lookup`
    /// (getaddrinfo) still works.
    @Test func nodeCaresResolverGetsItsAnswers() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let encoded = "0123456789abcdef0123456789abcdef.example.test"
        let script = """
            const dns = require('dns');
            const r = new dns.Resolver({ timeout: 3000, tries: 1 });
            console.log('servers', dns.getServers().join(','));
            const done = (tag) => (e, a) => console.log(tag, e ? e.code : [].concat(a).join(','));
            dns.resolve4('api.test.example', done('resolve4'));
            r.resolve4('backboard.railway.com', done('resolver'));
            r.resolve6('api.test.example', done('resolve6'));
            r.resolve4('\(encoded)', done('encoded'));
            dns.lookup('api.test.example', done('lookup'));
            """
        let r = try net.guardian(["node", "-e", script])
        #expect(r.stdout.contains("resolve4 127.0.0.1"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("resolver 127.0.0.1"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("lookup 127.0.0.1"), "\(r.all.prefix(1200))")
        // --resolve maps the name to an IPv4 address only: an empty answer, not a timeout.
        #expect(r.stdout.contains("resolve6 ENODATA"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("encoded EREFUSED"), "\(r.all.prefix(1200))")
        #expect(!r.all.contains("ETIMEOUT"), "\(r.all.prefix(1200))")
        let refusal = w.events().first { $0["rule"] as? String == "network.dns-exfiltration" }
        #expect(refusal?["host"] as? String == encoded, "\(w.events().suffix(4))")
    }

    /// The same property any library relies on, checked directly: the tree's resolv.conf names
    /// one server, and the answer to a query sent to it (connected socket, then an unconnected
    /// sendto) comes back from that very address — and from port 53 when Guardian could bind
    /// it (root), so a library that compares the port as well gets it too.
    @Test func answersComeFromTheServerResolvConfNames() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            import socket, struct
            servers = [l.split()[1] for l in open("/etc/resolv.conf") if l.split()[:1] == ["nameserver"]]
            print("servers", servers)
            q = struct.pack(">HHHHHH", 0x4242, 0x0100, 1, 0, 0, 0) + b"\x03api\x04test\x07example\x00\x00\x01\x00\x01"
            for connected in (True, False):
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(5)
                if connected:
                    s.connect((servers[0], 53)); s.send(q)
                else:
                    s.sendto(q, (servers[0], 53))
                data, frm = s.recvfrom(512)
                print("connected" if connected else "sendto", "from", frm[0], frm[1], "id", hex(struct.unpack(">H", data[:2])[0]), "answers", data[7], "last", list(data[-4:]))
            """#
        let r = try net.guardian(["python3", "-c", script])
        let out = r.stdout
        #expect(out.contains("servers ['127."), "exactly one loopback server: \(r.all.prefix(800))")
        let server = out.split(separator: "'").dropFirst().first.map(String.init) ?? "?"
        for how in ["connected", "sendto"] {
            #expect(out.contains("\(how) from \(server) "), "\(r.all.prefix(800))")
            #expect(out.contains("\(how) from \(server) ") && out.contains("id 0x4242 answers 1 last [127, 0, 0, 1]"), "\(r.all.prefix(800))")
        }
        if getuid() == 0 && !World.unprivileged {
            #expect(out.contains("connected from \(server) 53 "), "as root the resolver answers from port 53: \(r.all.prefix(800))")
        }
    }
}
