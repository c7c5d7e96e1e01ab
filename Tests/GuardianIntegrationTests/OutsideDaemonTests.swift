import Foundation
import GuardianTestSupport
import Testing

/// Processes outside the tree that would do what the tree asks — a Unix-socket command runner,
/// one that hands over a file descriptor, a loopback TCP command runner, a tmux server, a GNU
/// screen session, ssh-agent — are refused, with an event naming the listener. Each also works without Guardian
/// (the control), so the refusal is Guardian's.
@Suite struct OutsideDaemonTests {
    struct Route: CustomTestStringConvertible, Sendable {
        var name: String
        /// Run with RUNNER, FDSERVER, TCPPORT, TMUX_SOCKET, SCREENDIR, SSH_AUTH_SOCK, MARKER set.
        var script: String
        /// What the API of the daemon leaves behind when the route worked.
        var evidence: String
        var testDescription: String { name }
    }

    static let routes: [Route] = [
        Route(name: "unix command runner", script: #"python3 -c 'import os,socket; s=socket.socket(socket.AF_UNIX); s.connect(os.environ["RUNNER"]); s.sendall(("touch "+os.environ["MARKER"]).encode()); s.recv(10)'"#, evidence: "marker"),
        Route(name: "fd handed over (SCM_RIGHTS)", script: #"python3 -c 'import os,socket,array; s=socket.socket(socket.AF_UNIX); s.connect(os.environ["FDSERVER"]); s.sendall(b"fd"); m,a,_,_=s.recvmsg(1, socket.CMSG_LEN(4)); fd=array.array("i", a[0][2])[0]; print(os.read(fd, 200).decode())'"#, evidence: "canary"),
        Route(name: "loopback command runner", script: #"exec 3<>/dev/tcp/127.0.0.1/$TCPPORT; echo "touch $MARKER" >&3; cat <&3"#, evidence: "marker"),
        Route(name: "tmux server", script: #"tmux -S "$TMUX_SOCKET" send-keys -t outside "touch $MARKER" Enter; sleep 0.5"#, evidence: "marker"),
        // screen checks that SCREENDIR is its user's own: as nobody it refuses before connecting.
        Route(name: "GNU screen session", script: #"screen -S outside -X stuff "touch $MARKER$(printf '\r')"; sleep 0.5"#, evidence: "marker"),
        Route(name: "ssh-agent", script: #"ssh-add -l"#, evidence: "agent"),
    ]

    @Test(arguments: routes)
    func anOutsideDaemonIsRefused(_ route: Route) throws {
        if route.name.hasPrefix("GNU screen") && World.unprivileged { return }
        let w = try World()
        defer { w.cleanup() }
        let dir = w.root.path + "/daemons"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o777)
        let daemons = try Daemon(["python3", NetworkWorld.server("outside_daemons"), "--runner", dir + "/runner.sock", "--fd-server", dir + "/fd.sock",
                                   "--secret", w.credentials, "--port-file", dir + "/tcp.port", "--log", dir + "/daemons.log"], environment: w.environment)
        defer { daemons.stop() }
        let port = try NetworkWorld.waitForFile(dir + "/tcp.port")
        // Daemons keep no pipe of ours open (the run waits for its pipes to close).
        try Daemon(["tmux", "-S", dir + "/tmux.sock", "new-session", "-d", "-s", "outside", "sh"], environment: w.environment).wait()
        let screenDir = dir + "/screen"
        try FileManager.default.createDirectory(atPath: screenDir, withIntermediateDirectories: true)
        chmod(screenDir, 0o700)
        let screenEnvironment = w.environment.merging(["SCREENDIR": screenDir]) { $1 }
        try Daemon(["screen", "-dmS", "outside", "sh"], environment: screenEnvironment).wait()
        let agent = try Daemon(["ssh-agent", "-D", "-a", dir + "/agent.sock"], environment: w.environment)
        defer {
            try? Daemon(["screen", "-S", "outside", "-X", "quit"], environment: screenEnvironment).wait()
            try? Daemon(["tmux", "-S", dir + "/tmux.sock", "kill-server"], environment: w.environment).wait()
            agent.stop()
        }
        for socket in ["tmux.sock", "agent.sock"] { _ = try NetworkWorld.waitForSocket(dir + "/" + socket) }
        for socket in ["runner.sock", "fd.sock", "tmux.sock", "agent.sock"] { chmod(dir + "/" + socket, 0o777) }
        for _ in 0..<100 where ((try? FileManager.default.contentsOfDirectory(atPath: screenDir)) ?? []).isEmpty { usleep(50_000) }
        let env = ["RUNNER": dir + "/runner.sock", "FDSERVER": dir + "/fd.sock", "TCPPORT": port, "TMUX_SOCKET": dir + "/tmux.sock",
                   "SCREENDIR": screenDir, "SSH_AUTH_SOCK": dir + "/agent.sock"]

        // The control: without Guardian the route works.
        let control = try w.run(["bash", "-c", route.script], extraEnv: env.merging(["MARKER": dir + "/control"]) { $1 })
        switch route.evidence {
        case "marker": #expect(FileManager.default.fileExists(atPath: dir + "/control"), "control: \(control.all.prefix(400))")
        case "canary": #expect(control.stdout.contains(World.canary), "control: \(control.all.prefix(400))")
        default: #expect(control.all.contains("no identities") || control.status == 0, "control: \(control.all.prefix(400))")
        }

        let guarded = try w.guardian(["bash", "-c", route.script], extraEnv: env.merging(["MARKER": dir + "/guarded"]) { $1 })
        #expect(!FileManager.default.fileExists(atPath: dir + "/guarded"), "\(guarded.all.prefix(400))")
        #expect(!guarded.all.contains(World.canary))
        #expect(guarded.stderr.contains("guardian: blocked connecting") || guarded.stderr.contains("guardian: waiting"), "\(guarded.all.prefix(400))")
        let refusal = w.events().first { ($0["kind"] as? String) == "net" && ($0["listener"] as? String) != nil }
        #expect(refusal != nil, "an event names the listener: \(w.events().suffix(4))")
    }
}
