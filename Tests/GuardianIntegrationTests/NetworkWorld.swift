import Foundation
import GuardianTestSupport
import Testing

/// What the network tests start outside the supervised tree: the stand-in API (HTTP and
/// HTTPS, with a CA of its own that Guardian is told to trust upstream) and the outside daemons.
struct NetworkWorld {
    let world: World
    let httpURL: String
    let httpsURL: String
    /// The stand-in API's CA, for `--upstream-ca`.
    let upstreamCA: String
    /// The same CA under a name no credential rule protects, for a client that pins it.
    var pinnedCA: String { String(upstreamCA.dropLast(4)) + ".crt" }
    let apiLog: String
    /// Where the API listens: 127.0.0.1, or GUARDIAN_TEST_REMOTE_ADDR (a test host's address).
    let address: String
    private var servers: [Daemon] = []

    static func server(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: "py", inDirectory: "servers")!
    }

    /// `apiArguments`: more arguments for the stand-in API (`--aws KEYID:SECRET`).
    init(_ world: World, address: String = "127.0.0.1", apiArguments: [String] = []) throws {
        self.world = world
        self.address = address
        let dir = world.root.path + "/api"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        upstreamCA = dir + "/ca.pem"
        apiLog = dir + "/requests.jsonl"
        try NetworkWorld.makeCertificates(in: dir, world: world)
        var servers: [Daemon] = []
        var ports: [String] = []
        for (tag, tls) in [("http", false), ("https", true)] {
            let portFile = dir + "/\(tag).port"
            var argv = ["python3", NetworkWorld.server("fake_api"), "--log", apiLog, "--port-file", portFile, "--bind", address] + apiArguments
            if tls { argv += ["--cert", dir + "/server.pem", "--key", dir + "/server.key"] }
            servers.append(try Daemon(argv, environment: world.environment))
            ports.append(try NetworkWorld.waitForFile(portFile))
        }
        self.servers = servers
        httpURL = "http://\(address):\(ports[0])"
        // A name, so TLS clients send SNI: mapped to the address with --resolve.
        httpsURL = "https://api.test.example:\(ports[1])"
    }

    /// Guardian with the API's CA trusted upstream and its name resolved to the API's address;
    /// `backboard.railway.com` (Railway's API host) resolves there too, on the same port.
    func guardian(_ args: [String], profile: String? = nil, extraEnv: [String: String] = [:]) throws -> World.Output {
        let port = httpsURL.split(separator: ":").last!
        return try world.run(
            (World.unprivileged && world.conventions.followsUnprivileged ? World.asNobody : [])
                + [World.guardianBinary, "run", "-q"] + (profile.map { ["--profile", $0] } ?? [])
                + ["--ask-timeout", "1", "--upstream-ca", upstreamCA, "--resolve", "api.test.example:\(port):\(address)",
                   "--resolve", "backboard.railway.com:\(port):\(address)", "--"] + args,
            timeout: 90, extraEnv: extraEnv)
    }

    /// Every request the API received, one JSON object per line.
    var received: String { (try? String(contentsOfFile: apiLog, encoding: .utf8)) ?? "" }

    func stop() {
        for s in servers { s.stop() }
    }

    /// An address the gateway takes for a remote host, where a test server can listen:
    /// `GUARDIAN_TEST_REMOTE_ADDR`, set to an address of a test host in a network namespace of
    /// your own (the tests never aim at an address of this machine's real interfaces, nor at
    /// any other host); nil — those cases skip with a note — when unset.
    static var nonLoopbackAddress: String? {
        guard let address = ProcessInfo.processInfo.environment["GUARDIAN_TEST_REMOTE_ADDR"], !address.isEmpty,
              !address.hasPrefix("127.") else { return nil }
        return address
    }

    /// Waits for a file a server writes once it listens: up to a minute, as a Python server can
    /// take more than 15 s to start while the parallel suite loads both cores.
    static func waitForFile(_ path: String, seconds: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
            usleep(20_000)
        }
        throw NetworkTestError("\(path) never appeared")
    }

    static func waitForSocket(_ path: String, seconds: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var st = stat()
        while Date() < deadline {
            if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK { return path }
            usleep(20_000)
        }
        throw NetworkTestError("no socket at \(path)")
    }

    static func makeCertificates(in dir: String, world: World) throws {
        let script = """
            set -e; cd '\(dir)'
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=Network test CA' -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign' 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj '/CN=api.test.example' 2>/dev/null
            printf 'subjectAltName=DNS:api.test.example,DNS:backboard.railway.com,IP:127.0.0.1\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile ext.cnf 2>/dev/null
            cp ca.pem ca.crt
            chmod 644 *
            """
        let r = try world.run(["sh", "-c", script])
        guard r.status == 0 else { throw NetworkTestError("openssl: \(r.all)") }
    }
}

struct NetworkTestError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
