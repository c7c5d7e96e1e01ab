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
    /// Where the API listens: 127.0.0.1, or a non-loopback address of this machine.
    let address: String
    private var servers: [Daemon] = []

    static func server(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: "py", inDirectory: "servers")!
    }

    init(_ world: World, address: String = "127.0.0.1") throws {
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
            var argv = ["python3", NetworkWorld.server("fake_api"), "--log", apiLog, "--port-file", portFile, "--bind", address]
            if tls { argv += ["--cert", dir + "/server.pem", "--key", dir + "/server.key"] }
            servers.append(try Daemon(argv, environment: world.environment))
            ports.append(try NetworkWorld.waitForFile(portFile))
        }
        self.servers = servers
        httpURL = "http://\(address):\(ports[0])"
        // A name, so TLS clients send SNI: mapped to the address with --resolve.
        httpsURL = "https://api.test.example:\(ports[1])"
    }

    /// Guardian with the API's CA trusted upstream and its name resolved to the API's address.
    func guardian(_ args: [String], profile: String? = nil, extraEnv: [String: String] = [:]) throws -> World.Output {
        let port = httpsURL.split(separator: ":").last!
        return try world.run(
            (World.unprivileged && world.conventions.followsUnprivileged ? World.asNobody : [])
                + [World.guardianBinary, "run", "-q"] + (profile.map { ["--profile", $0] } ?? [])
                + ["--ask-timeout", "1", "--upstream-ca", upstreamCA, "--resolve", "api.test.example:\(port):\(address)", "--"] + args,
            timeout: 90, extraEnv: extraEnv)
    }

    /// Every request the API received, one JSON object per line.
    var received: String { (try? String(contentsOfFile: apiLog, encoding: .utf8)) ?? "" }

    func stop() {
        for s in servers { s.stop() }
    }

    /// This machine's first non-loopback IPv4 address, which the gateway takes for a remote
    /// host (the kernel still delivers to it locally); nil when there is none.
    static var nonLoopbackAddress: String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var next: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = next {
            next = entry.pointee.ifa_next
            guard let sa = entry.pointee.ifa_addr, sa.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var address = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            guard inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil else { continue }
            let string = String(cString: text)
            if !string.hasPrefix("127.") { return string }
        }
        return nil
    }

    static func waitForFile(_ path: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
            usleep(20_000)
        }
        throw NetworkTestError("\(path) never appeared")
    }

    static func waitForSocket(_ path: String, seconds: Double = 15) throws -> String {
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
            printf 'subjectAltName=DNS:api.test.example,IP:127.0.0.1\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
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
