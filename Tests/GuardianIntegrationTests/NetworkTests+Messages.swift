import Foundation
import GuardianTestSupport
import Testing

/// sendmsg and sendmmsg, performed by Guardian: what real programs do with them keeps working —
/// glibc's resolver (sendmmsg on a connected UDP socket), descriptors passed between processes
/// of the tree (SCM_RIGHTS: Python, Node's child_process IPC) — and the gateway's own port and
/// 0.0.0.0 are decided as what they are.
extension NetworkTests {
    /// getent, Python and curl resolve through glibc (A and AAAA sent together by sendmmsg) and
    /// reach the API by name.
    @Test func nameResolutionStillWorks() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            getent hosts api.test.example
            getent ahosts api.test.example | head -1
            python3 -c 'import socket; print("python", socket.getaddrinfo("api.test.example", 443, proto=socket.IPPROTO_TCP)[0][4][0])'
            curl -sS -o /dev/null -w 'curl %{http_code}\n' "$URL/resolved"
            """#
        let r = try net.guardian(["bash", "-c", script], extraEnv: ["URL": net.httpsURL])
        #expect(r.stdout.contains("127.0.0.1       api.test.example"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("python 127.0.0.1"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("curl 200"), "\(r.all.prefix(800))")
        #expect(net.received.contains("/resolved"))
    }

    /// A descriptor passed over a socketpair between two processes of the tree arrives and works:
    /// Python's socket.send_fds, and a listening server handed to a Node child over IPC.
    @Test func descriptorsPassInsideTheTree() throws {
        let w = try World()
        defer { w.cleanup() }
        let python = #"""
            import os, socket
            a, b = socket.socketpair()
            r, w = os.pipe()
            os.write(w, b"through-scm-rights"); os.close(w)
            if os.fork() == 0:
                a.close()
                msg, fds, _, _ = socket.recv_fds(b, 100, 4)
                print("python child got", msg.decode(), os.read(fds[0], 100).decode(), flush=True)
                os._exit(0)
            b.close()
            socket.send_fds(a, [b"fd-msg"], [r])
            os.wait()
            """#
        let node = #"""
            const { fork } = require('child_process');
            const net = require('net');
            if (process.argv[2] === 'child') {
              process.on('message', (m, handle) => {
                if (handle) { process.send({ got: m, port: handle.address().port }); handle.close(); }
                else process.send({ echo: m });
              });
            } else {
              const c = fork(__filename, ['child']);
              const server = net.createServer().listen(0, '127.0.0.1', () => {
                c.send('plain');
                c.send('server', server);
              });
              let n = 0;
              c.on('message', (m) => {
                console.log('node parent got', JSON.stringify(m), m.port === server.address().port ? 'same-port' : '');
                if (++n == 2) { c.disconnect(); server.close(); }
              });
            }
            """#
        try python.write(toFile: w.project + "/fds.py", atomically: true, encoding: .utf8)
        try node.write(toFile: w.project + "/ipc.js", atomically: true, encoding: .utf8)
        let r = try w.guardian(["bash", "-c", "python3 fds.py; node ipc.js"])
        #expect(r.stdout.contains("python child got fd-msg through-scm-rights"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains(#"node parent got {"echo":"plain"}"#), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("same-port"), "\(r.all.prefix(800))")
    }

    /// The gateway's own listening port is Guardian's: a connect the tree makes to it directly is
    /// refused (`guardian.proxy`). Any of Guardian's listeners but the resolver's port 53 will do
    /// (their order in /proc/net/tcp varies). The tree is told the port from outside (the test finds it
    /// among Guardian's own sockets; the tree cannot read Guardian's /proc entries).
    @Test func aConnectToTheGatewayItselfIsRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let portFile = w.root.path + "/gateway.port"
        // The gateway starts at the tree's first connect: one to a port nobody listens on.
        let script = #"""
            (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null
            for i in $(seq 300); do [ -s "$PORTFILE" ] && break; sleep 0.05; done
            python3 -c 'import errno, os, socket
            s = socket.socket()
            try:
                s.connect(("127.0.0.1", int(open(os.environ["PORTFILE"]).read()))); print("CONNECTED")
            except OSError as e:
                print("REFUSED", errno.errorcode[e.errno])'
            """#
        let prefix = World.unprivileged && w.conventions.followsUnprivileged ? World.asNobody : []
        let running = try w.start(prefix + [World.guardianBinary, "run", "-q", "--", "bash", "-c", script], extraEnv: ["PORTFILE": portFile])
        let port = try #require(Self.gatewayPort(w), "no TCP listener of Guardian's found")
        try port.description.write(toFile: portFile, atomically: true, encoding: .utf8)
        chmod(portFile, 0o644)
        let r = running.wait(timeout: 60)
        #expect(r.stdout.contains("REFUSED EACCES"), "\(r.all.prefix(600))")
        let event = w.events().first { ($0["rule"] as? String) == "guardian.proxy" }
        #expect(event?["port"] as? Int == port, "\(w.events().suffix(3))")
    }

    /// 0.0.0.0 as a destination is this host (Linux connects it to 127.0.0.1): a listener outside
    /// the tree bound to 127.0.0.1 is found and decided as a local port, not refused as absent.
    @Test func theUnspecifiedAddressIsThisHost() throws {
        let w = try World()
        defer { w.cleanup() }
        let dir = w.root.path + "/outside"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let server = try Daemon(["python3", "-c", """
            import socket, sys
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
            open(sys.argv[1] + ".tmp", "w").write(str(s.getsockname()[1]))
            import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
            while True:
                c, _ = s.accept(); c.sendall(b"OUTSIDE-ANSWERED\\n"); c.close()
            """, dir + "/port"], environment: w.environment)
        defer { server.stop() }
        let port = try NetworkWorld.waitForFile(dir + "/port")
        let script = #"exec 3<>/dev/tcp/0.0.0.0/$PORT && head -c 100 <&3"#
        let control = try w.run(["bash", "-c", script], extraEnv: ["PORT": port])
        #expect(control.stdout.contains("OUTSIDE-ANSWERED"), "control: \(control.all.prefix(400))")
        let r = try w.guardian(["bash", "-c", script], profile: "staging", extraEnv: ["PORT": port])
        #expect(!r.stdout.contains("OUTSIDE-ANSWERED"), "\(r.all.prefix(600))")
        #expect(!r.all.contains("Connection refused"), "refused as if nobody listened: \(r.all.prefix(600))")
        let event = w.events().first { ($0["kind"] as? String) == "net" && ($0["listener"] as? String) != nil }
        #expect(event?["host"] as? String == "127.0.0.1", "\(w.events().suffix(3))")
    }

    /// Guardian's TCP listening port: its pid from the session's start event, its listening
    /// sockets from /proc/PID/net/tcp, matched with the sockets it holds.
    static func gatewayPort(_ w: World) -> Int? {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let pid = guardianPid(w), let port = listeningPorts(pid).first { return port }
            usleep(50_000)
        }
        return nil
    }

    static func guardianPid(_ w: World) -> String? {
        guard let start = w.events().first(where: { ($0["kind"] as? String) == "session" }) else { return nil }
        return (start["detail"] as? [String: Any])?["guardian_pid"] as? String
    }

    /// The TCP ports Guardian (`pid`) listens on, but port 53 (as root, the resolver's DNS over
    /// TCP, which a connect to port 53 anywhere reaches on purpose).
    static func listeningPorts(_ pid: String) -> [Int] {
        let held = Set(((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []).compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")
        })
        var ports: [Int] = []
        for file in ["tcp", "tcp6"] {
            let table = (try? String(contentsOfFile: "/proc/\(pid)/net/\(file)", encoding: .utf8)) ?? ""
            for line in table.split(separator: "\n").dropFirst() {
                let f = line.split(separator: " ")
                guard f.count > 9, f[3] == "0A", held.contains("socket:[\(f[9])]"),
                      let port = Int(f[1].split(separator: ":").last ?? "", radix: 16), port != 53 else { continue }
                ports.append(port)
            }
        }
        return ports
    }

    /// A session whose tree reaches no network starts no gateway: Guardian listens on nothing
    /// until the tree's first connect, and then does.
    @Test func theGatewayStartsAtTheTreesFirstConnect() throws {
        let w = try World()
        defer { w.cleanup() }
        let go = w.root.path + "/go", end = w.root.path + "/end"
        let script = #"""
            for i in $(seq 400); do [ -e "$GO" ] && break; sleep 0.05; done
            (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null
            for i in $(seq 400); do [ -e "$END" ] && break; sleep 0.05; done
            """#
        let prefix = World.unprivileged && w.conventions.followsUnprivileged ? World.asNobody : []
        let running = try w.start(prefix + [World.guardianBinary, "run", "-q", "--", "bash", "-c", script], extraEnv: ["GO": go, "END": end])
        var pid: String?
        for _ in 0..<200 where pid == nil { pid = Self.guardianPid(w); if pid == nil { usleep(50_000) } }
        let guardian = try #require(pid)
        usleep(500_000)
        #expect(Self.listeningPorts(guardian).isEmpty, "listening before any connect")
        FileManager.default.createFile(atPath: go, contents: nil)
        #expect(Self.gatewayPort(w) != nil, "no listener after the tree's connect")
        FileManager.default.createFile(atPath: end, contents: nil)
        let r = running.wait(timeout: 60)
        #expect(r.status == 0, "\(r.all.prefix(600))")
    }
}
