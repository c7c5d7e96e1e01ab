import Foundation
import Testing

/// A throwaway world for one test: a HOME with canary credentials, a project, a bin/ of
/// stand-in CLIs that leave a marker when they run, and GUARDIAN_HOME — and the real
/// `guardian` binary to run in it.
struct World {
    static let canary = "CANARY-SECRET-7f3a9c"

    let root: URL
    var home: String { root.appendingPathComponent("home").path }
    var project: String { root.appendingPathComponent("project").path }
    var bin: String { root.appendingPathComponent("bin").path }
    var state: String { root.appendingPathComponent("state").path }
    var markers: String { root.appendingPathComponent("markers").path }
    var credentials: String { home + "/.aws/credentials" }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var all: String { stdout + stderr }
    }

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("guardian-it-\(UUID().uuidString.prefix(8))")
        let fm = FileManager.default
        for dir in ["home/.aws", "home/.ssh", "home/.config/railway", "project/src", "bin", "markers"] {
            try fm.createDirectory(atPath: root.appendingPathComponent(dir).path, withIntermediateDirectories: true)
        }
        try "[default]\naws_secret_access_key=\(World.canary)\n".write(toFile: credentials, atomically: true, encoding: .utf8)
        try "ssh-private \(World.canary)\n".write(toFile: home + "/.ssh/id_ed25519", atomically: true, encoding: .utf8)
        try "ssh-public\n".write(toFile: home + "/.ssh/id_ed25519.pub", atomically: true, encoding: .utf8)
        try "TOKEN=\(World.canary)\n".write(toFile: project + "/.env", atomically: true, encoding: .utf8)
        try "TOKEN=example\n".write(toFile: project + "/.env.example", atomically: true, encoding: .utf8)
        try "print('hello from the project')\n".write(toFile: project + "/src/app.py", atomically: true, encoding: .utf8)
        for tool in ["railway", "terraform", "kubectl"] {
            try standIn(tool)
        }
        if World.unprivileged {
            // The whole world belongs to the unprivileged user Guardian runs as.
            _ = try run(["chown", "-R", "65534:65534", root.path])
            chmod(root.path, 0o755)
        }
    }

    /// GUARDIAN_TEST_UNPRIVILEGED=1 (as root): Guardian runs as uid 65534 with no capabilities,
    /// as most agents do. deploy/test.sh runs the exec and open suites both ways.
    static let unprivileged = getuid() == 0 && ProcessInfo.processInfo.environment["GUARDIAN_TEST_UNPRIVILEGED"] == "1"
    static let asNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]

    /// A stand-in CLI: records that it ran, with its arguments.
    func standIn(_ name: String) throws {
        let script = "#!/bin/sh\necho \"$0 $*\" > \(markers)/\(name)\necho \(name) ran\n"
        let path = bin + "/" + name
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
    }

    func marker(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: markers + "/" + name)
    }

    var environment: [String: String] {
        var env: [String: String] = [:]
        env["HOME"] = home
        env["GUARDIAN_HOME"] = state
        env["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        env["PATH"] = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        env["LANG"] = "C.UTF-8"
        return env
    }

    static var guardianBinary: String {
        if let explicit = ProcessInfo.processInfo.environment["GUARDIAN_BIN"] { return explicit }
        // The test bundle sits next to the products of the same build.
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("guardian").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return "guardian"
    }

    /// `guardian run -q -- args…`, in the project directory. Nobody answers held calls here:
    /// an `ask` is denied after one second.
    func guardian(_ args: [String], timeout: Double = 60, stdin: String? = nil, extraEnv: [String: String] = [:]) throws -> Output {
        let prefix = World.unprivileged ? World.asNobody : []
        return try run(prefix + [World.guardianBinary, "run", "-q", "--ask-timeout", "1", "--"] + args, timeout: timeout, stdin: stdin, extraEnv: extraEnv)
    }

    func run(_ argv: [String], timeout: Double = 60, stdin: String? = nil, extraEnv: [String: String] = [:], cwd: String? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0].hasPrefix("/") ? argv[0] : "/usr/bin/env")
        p.arguments = argv[0].hasPrefix("/") ? Array(argv.dropFirst()) : argv
        p.environment = environment.merging(extraEnv) { $1 }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? project)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        try? input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a chatty one cannot fill a pipe and stall.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            Issue.record("timed out: \(argv.joined(separator: " "))")
        }
        p.waitUntilExit()
        group.wait()
        return Output(
            status: p.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Every event line of every session, parsed.
    func events() -> [[String: Any]] {
        let dir = state + "/events"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var out: [[String: Any]] = []
        for f in files.sorted() where f.hasSuffix(".jsonl") {
            guard let text = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                if let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] { out.append(obj) }
            }
        }
        return out
    }

    func events(decision: String) -> [[String: Any]] {
        events().filter { $0["decision"] as? String == decision }
    }

    func cleanup() {
        try? FileManager.default.removeItem(at: root)
    }
}
