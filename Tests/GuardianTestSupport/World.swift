import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway world for one test: a HOME with canary credentials, a project, a bin/ of
/// stand-in CLIs that leave a marker when they run, GUARDIAN_HOME and Guardian's config
/// directory — and the real `guardian` binary to run in it. The integration and adversarial
/// suites both build theirs here; `conventions` says what differs between them.
public struct World {
    public static let canary = "CANARY-SECRET-7f3a9c"

    public let root: URL
    public let conventions: Conventions
    /// Variables every command run in this world gets, besides the world's own.
    public var variables: [String: String] = [:]

    public var home: String { root.appendingPathComponent("home").path }
    public var project: String { root.appendingPathComponent("project").path }
    public var bin: String { root.appendingPathComponent("bin").path }
    public var state: String { root.appendingPathComponent("state").path }
    public var config: String { root.appendingPathComponent("config").path + "/guardian" }
    public var markers: String { root.appendingPathComponent("markers").path }
    public var credentials: String { home + "/.aws/credentials" }
    public var sshKey: String { home + "/.ssh/id_ed25519" }

    /// Builds the world beneath `base` (a symlinked directory, say) or the temporary directory;
    /// `layout` adds what one suite needs before the world is handed to Guardian's user.
    public init(
        _ conventions: Conventions = .integration, base: String? = nil, layout: (World) throws -> Void = { _ in }
    ) throws {
        self.conventions = conventions
        let parent = base ?? NSTemporaryDirectory()
        root = URL(fileURLWithPath: parent).appendingPathComponent("\(conventions.prefix)-\(UUID().uuidString.prefix(8))")
        let fm = FileManager.default
        for dir in ["home/.aws", "home/.ssh", "home/.config/railway", "project/src", "bin", "markers"] {
            try fm.createDirectory(atPath: root.appendingPathComponent(dir).path, withIntermediateDirectories: true)
        }
        try write("[default]\naws_secret_access_key=\(World.canary)\n", to: credentials)
        try write("ssh-private \(World.canary)\n", to: sshKey)
        try write("ssh-public\n", to: home + "/.ssh/id_ed25519.pub")
        try write("TOKEN=\(World.canary)\n", to: project + "/.env")
        try write("TOKEN=example\n", to: project + "/.env.example")
        try write("print('hello from the project')\n", to: project + "/src/app.py")
        for tool in ["railway", "terraform", "kubectl"] {
            try standIn(tool)
        }
        try layout(self)
        if conventions.followsUnprivileged && World.unprivileged {
            // The whole world belongs to the unprivileged user Guardian runs as.
            _ = try run(["chown", "-R", "65534:65534", root.path])
            chmod(root.path, 0o755)
        }
    }

    /// GUARDIAN_TEST_UNPRIVILEGED=1 (as root): Guardian runs as uid 65534 with no capabilities,
    /// as most agents do. deploy/test.sh runs the exec and open suites both ways.
    public static let unprivileged = getuid() == 0 && ProcessInfo.processInfo.environment["GUARDIAN_TEST_UNPRIVILEGED"] == "1"
    public static let asNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]

    /// Writes `text` to `path` in place (not through a renamed temporary file).
    public func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// A stand-in CLI: appends a line with its arguments to its marker. Written through a
    /// close-on-exec descriptor: a process another test starts meanwhile must not inherit a
    /// writable descriptor on it, or running it fails with ETXTBSY while that process lives.
    public func standIn(_ name: String) throws {
        let path = bin + "/" + name
        let bytes = Array("#!/bin/sh\necho \"$0 $*\" >> \(markers)/\(name)\necho \(name) ran\n".utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        chmod(path, 0o755)
    }

    /// Whether the stand-in `name` ran.
    public func marker(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: markers + "/" + name)
    }

    /// What the stand-in `name` recorded, a line a run; nil when it never ran.
    public func markerText(_ name: String) -> String? {
        try? String(contentsOfFile: markers + "/" + name, encoding: .utf8)
    }

    public var environment: [String: String] {
        var env: [String: String] = [:]
        env["HOME"] = home
        env["GUARDIAN_HOME"] = state
        env["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        env["PATH"] = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        env["LANG"] = "C.UTF-8"
        return env.merging(variables) { $1 }
    }

    /// The `guardian` binary of this build: $GUARDIAN_BIN, or the one next to the test bundle.
    public static var guardianBinary: String {
        if let explicit = ProcessInfo.processInfo.environment["GUARDIAN_BIN"] { return explicit }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("guardian").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return "guardian"
    }

    public func cleanup() {
        // A test may have taken the owner's rights away somewhere (a 0700 directory of nobody's).
        _ = try? run(["/bin/chmod", "-R", "u+rwX", root.path], timeout: 10)
        try? FileManager.default.removeItem(at: root)
    }
}
