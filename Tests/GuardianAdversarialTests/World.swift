import Foundation
import Synchronization
import Testing

/// A throwaway world for one attack: a HOME with canary credentials, a project, a bin/ of
/// stand-in CLIs that leave a marker when they run, GUARDIAN_HOME and Guardian's config
/// directory — and the real `guardian` binary to run in it. (Adapted from the integration
/// tests' harness; test targets cannot share files.)
struct World {
    static let canary = "CANARY-SECRET-7f3a9c"

    let root: URL
    var home: String { root.appendingPathComponent("home").path }
    var project: String { root.appendingPathComponent("project").path }
    var bin: String { root.appendingPathComponent("bin").path }
    var state: String { root.appendingPathComponent("state").path }
    var config: String { root.appendingPathComponent("config").path + "/guardian" }
    var markers: String { root.appendingPathComponent("markers").path }
    var out: String { root.appendingPathComponent("out").path }
    var credentials: String { home + "/.aws/credentials" }
    var sshKey: String { home + "/.ssh/id_ed25519" }

    /// Files that hold the canary on purpose; everything else must stay clean.
    var secretFiles: Set<String> { [credentials, sshKey, project + "/.env"] }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var all: String { stdout + "\n" + stderr }
    }

    /// `base` lets a test build the world beneath a directory of its choosing (a symlinked one).
    init(base: String? = nil) throws {
        let parent = base ?? NSTemporaryDirectory()
        root = URL(fileURLWithPath: parent).appendingPathComponent("guardian-adv-\(UUID().uuidString.prefix(8))")
        let fm = FileManager.default
        for dir in ["home/.aws", "home/.ssh", "home/.config/railway", "project/src", "bin", "markers", "out", "state", "config/guardian"] {
            try fm.createDirectory(atPath: root.appendingPathComponent(dir).path, withIntermediateDirectories: true)
        }
        try "[default]\naws_secret_access_key=\(World.canary)\n".write(toFile: credentials, atomically: false, encoding: .utf8)
        try "ssh-private \(World.canary)\n".write(toFile: sshKey, atomically: false, encoding: .utf8)
        try "ssh-public\n".write(toFile: home + "/.ssh/id_ed25519.pub", atomically: false, encoding: .utf8)
        try "TOKEN=\(World.canary)\n".write(toFile: project + "/.env", atomically: false, encoding: .utf8)
        try "harmless-public-text\n".write(toFile: project + "/README", atomically: false, encoding: .utf8)
        try "print('hello from the project')\n".write(toFile: project + "/src/app.py", atomically: false, encoding: .utf8)
        for tool in ["railway", "terraform", "kubectl"] {
            try standIn(tool)
        }
        // For agents that bring their own sandbox: production, with user namespaces allowed.
        try FileManager.default.createDirectory(atPath: config + "/profiles", withIntermediateDirectories: true)
        try "name: sandboxed\nextends: production\ndefaults:\n  user_namespaces: allow\n"
            .write(toFile: config + "/profiles/sandboxed.yaml", atomically: false, encoding: .utf8)
    }

    /// A stand-in CLI: appends a line with its arguments to its marker.
    func standIn(_ name: String) throws {
        let script = "#!/bin/sh\necho \"$0 $*\" >> \(markers)/\(name)\necho \(name) ran\n"
        let path = bin + "/" + name
        try script.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o755)
    }

    func marker(_ name: String) -> String? {
        try? String(contentsOfFile: markers + "/" + name, encoding: .utf8)
    }

    var environment: [String: String] {
        var env: [String: String] = [:]
        env["HOME"] = home
        env["GUARDIAN_HOME"] = state
        env["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        env["PATH"] = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        env["LANG"] = "C.UTF-8"
        env["OUT"] = out
        env["BIN"] = bin
        env["W"] = root.path
        env["CRED"] = credentials
        env["SSHKEY"] = sshKey
        env["MARKERS"] = markers
        env["H"] = Helpers.directory
        env["CANARY"] = World.canary
        env["GUARDIAN_BIN"] = World.guardianBinary
        env["GCONFIG"] = config
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

    /// `guardian run -q -- args…`, in the project directory.
    func guardian(_ args: [String], profile: String = "production", timeout: Double = 60, extraEnv: [String: String] = [:]) throws -> Output {
        try run([World.guardianBinary, "run", "-q", "--profile", profile, "--ask-timeout", "1", "--"] + args, timeout: timeout, extraEnv: extraEnv)
    }

    func run(_ argv: [String], timeout: Double = 60, extraEnv: [String: String] = [:], cwd: String? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0].hasPrefix("/") ? argv[0] : "/usr/bin/env")
        p.arguments = argv[0].hasPrefix("/") ? Array(argv.dropFirst()) : argv
        p.environment = environment.merging(extraEnv) { $1 }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? project)
        let outFile = root.appendingPathComponent("run-\(UUID().uuidString.prefix(6)).out")
        let errFile = root.appendingPathComponent("run-\(UUID().uuidString.prefix(6)).err")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        // Files, not pipes: a daemon the attack leaves behind must not keep the read open.
        let outHandle = try FileHandle(forWritingTo: outFile)
        let errHandle = try FileHandle(forWritingTo: errFile)
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        var timedOut = false
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            timedOut = true
        }
        p.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let stdout = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
        var stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outFile)
        try? FileManager.default.removeItem(at: errFile)
        if timedOut { stderr += "\n[timed out after \(Int(timeout))s]" }
        return Output(status: p.terminationStatus, stdout: stdout, stderr: stderr)
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

    /// deny, denied (an `ask` nobody could answer) and kill events.
    func blockingEvents() -> [[String: Any]] {
        events().filter { ["deny", "denied", "kill"].contains($0["decision"] as? String ?? "") }
    }

    /// Every regular file under `dir` whose content holds the canary, but for the secrets
    /// themselves.
    func filesHoldingCanary(under dir: String) -> [String] {
        var hits: [String] = []
        // Hardlinks the world itself made to a secret are the secret, not a leak.
        var secretInodes: Set<UInt64> = []
        for f in secretFiles {
            var st = stat()
            if stat(f, &st) == 0 { secretInodes.insert(UInt64(st.st_ino)) }
        }
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        while let rel = e.nextObject() as? String {
            let path = dir + "/" + rel
            if secretFiles.contains(path) { continue }
            var st = stat()
            guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size < 8 << 20 else { continue }
            if st.st_nlink > 1 && secretInodes.contains(UInt64(st.st_ino)) && path.hasPrefix(root.path + "/project/") { continue }
            if let data = FileManager.default.contents(atPath: path),
               data.range(of: Data(World.canary.utf8)) != nil {
                hits.append(path)
            }
        }
        return hits
    }

    /// A fingerprint of Guardian's configuration directory (names, types, sizes, contents).
    func configFingerprint() -> String {
        var lines: [String] = []
        if let e = FileManager.default.enumerator(atPath: config) {
            while let rel = e.nextObject() as? String {
                let path = config + "/" + rel
                var st = stat()
                lstat(path, &st)
                let body = (st.st_mode & S_IFMT) == S_IFREG ? (FileManager.default.contents(atPath: path)?.base64EncodedString() ?? "") : ""
                let link = (st.st_mode & S_IFMT) == S_IFLNK ? ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "") : ""
                lines.append("\(rel) \(st.st_mode) \(st.st_size) \(link) \(body)")
            }
        }
        return lines.sorted().joined(separator: "\n")
    }

    func cleanup() {
        _ = try? run(["/bin/chmod", "-R", "u+rwX", root.path], timeout: 10)
        try? FileManager.default.removeItem(at: root)
    }
}

/// The C helpers, compiled once per test process.
enum Helpers {
    static let directory: String = NSTemporaryDirectory() + "guardian-adv-helpers-\(getpid())"
    private static let built = Mutex<String?>(nil)

    /// Compiles every helper; returns an error text for the ones that failed.
    static func build() -> String {
        built.withLock { state in
            if let state { return state }
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var errors = ""
            for (name, body) in CHelpers.sources {
                let src = directory + "/" + name + ".c"
                try? (CHelpers.prelude + "\n" + body).write(toFile: src, atomically: true, encoding: .utf8)
                let flags = CHelpers.extraFlags[name] ?? []
                let output = directory + "/" + name + (flags.contains("-shared") ? ".so" : "")
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                p.arguments = ["cc", "-O1", "-w", "-pthread", "-o", output, src] + flags
                let err = Pipe()
                p.standardError = err
                p.standardOutput = err
                do { try p.run() } catch { errors += "\(name): \(error)\n"; continue }
                let data = err.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                if p.terminationStatus != 0 { errors += "\(name): " + String(decoding: data, as: UTF8.self) + "\n" }
            }
            state = errors
            return errors
        }
    }
}
