import Foundation
import GuardianTestSupport
import Testing

/// Guardian's own binary cannot be replaced from inside a session (the next session would run
/// the tree's program as its supervisor), nor, while it looks for its libraries beside itself,
/// can anything be put next to it (a planted libseccomp.so.2 would run inside the next
/// supervisor). Each test runs a second name of this build's binary, in the world, so a failure
/// cannot damage the build.
@Suite struct OwnBinaryTests {
    /// A hardlink of the binary (a copy where the world is on another filesystem) in `dir`.
    func install(_ w: World, in dir: String) throws -> String {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let binary = dir + "/guardian"
        if link(World.guardianBinary, binary) != 0 {
            try FileManager.default.copyItem(atPath: World.guardianBinary, toPath: binary)
        }
        if World.unprivileged { _ = try w.run(["chown", "-R", "65534:65534", dir]) }
        return binary
    }

    func session(_ w: World, _ binary: String, _ script: String) throws -> World.Output {
        let prefix = World.unprivileged ? World.asNobody : []
        return try w.run(prefix + [binary, "run", "-q", "--", "sh", "-c", script])
    }

    func identity(_ path: String) -> [Int] {
        var st = stat()
        guard stat(path, &st) == 0 else { return [] }
        return [Int(st.st_dev), Int(st.st_ino), Int(st.st_size)]
    }

    @Test func theBinaryCannotBeReplacedRemovedOrMoved() throws {
        let w = try World()
        defer { w.cleanup() }
        let dir = w.root.appendingPathComponent("tools").path
        let binary = try install(w, in: dir)
        let before = identity(binary)
        let r = try session(w, binary, """
            cp /bin/true "\(w.project)/x"; mv "\(w.project)/x" "\(binary)"; echo "mv=$?"
            rm -f "\(binary)"; echo "rm=$?"
            ln -f /bin/true "\(binary)"; echo "ln=$?"
            mv "\(dir)" "\(dir)-moved"; echo "mvdir=$?"
            mv "\(binary)" "\(w.project)/moved"; echo "away=$?"
            """)
        for step in ["mv", "rm", "ln", "mvdir", "away"] {
            #expect(!r.stdout.contains("\(step)=0"), "\(step) went through: \(r.stdout) \(r.stderr)")
        }
        #expect(r.stderr.contains("guardian.self-protection"), "the agent is told why: \(r.stderr)")
        #expect(identity(binary) == before, "the binary is the one that was there")
    }

    /// A build that looks for its libraries in its own directory ($ORIGIN, as this test build
    /// does): nothing can be created there, a library by any of the names the loader tries
    /// least of all. The same binary runs afterwards, unharmed.
    @Test func nothingCanBePutBesideABinaryThatLoadsFromThere() throws {
        let w = try World()
        defer { w.cleanup() }
        let dir = w.root.appendingPathComponent("tools").path
        let binary = try install(w, in: dir)
        let runpath = try w.run(["readelf", "-dW", binary])
        try #require(runpath.stdout.contains("$ORIGIN"), "this build's RUNPATH names $ORIGIN: \(runpath.stdout)")
        let r = try session(w, binary, """
            printf x > "\(dir)/libseccomp.so.2"; echo "lib=$?"
            mkdir -p "\(dir)/glibc-hwcaps/x86-64-v3"; echo "hwcaps=$?"
            cp /bin/true "\(dir)/other"; echo "other=$?"
            """)
        for step in ["lib", "hwcaps", "other"] {
            #expect(!r.stdout.contains("\(step)=0"), "\(step) went through: \(r.stdout) \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/libseccomp.so.2"))
        let again = try session(w, binary, "echo ran")
        #expect(again.status == 0 && again.stdout.contains("ran"), "\(again.stderr)")
    }

    /// Guardian started through a symlink on PATH (`~/.local/bin/guardian -> …/guardian`), or
    /// through one named by its path: that name is guarded like the binary, so the next session
    /// cannot be pointed at another program.
    @Test func theNameGuardianWasStartedByCannotBeRepointed() throws {
        let w = try World()
        defer { w.cleanup() }
        let binary = try install(w, in: w.root.appendingPathComponent("tools").path)
        let links = w.root.appendingPathComponent("links").path
        try FileManager.default.createDirectory(atPath: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: links + "/guardian", withDestinationPath: binary)
        if World.unprivileged { _ = try w.run(["chown", "-hR", "65534:65534", links]) }
        let script = """
            ln -sf /bin/true "\(links)/guardian"; echo "ln=$?"
            rm -f "\(links)/guardian"; echo "rm=$?"
            cp /bin/true "\(w.project)/x"; mv "\(w.project)/x" "\(links)/guardian"; echo "mv=$?"
            """
        let prefix = World.unprivileged ? World.asNobody : []
        // By its path, then found on PATH.
        for (argv0, env) in [(links + "/guardian", [String: String]()), ("guardian", ["PATH": links + ":/usr/bin:/bin"])] {
            let r = try w.run(prefix + ["env", "PATH=\(env["PATH"] ?? w.environment["PATH"] ?? "/usr/bin:/bin")", argv0, "run", "-q", "--", "sh", "-c", script])
            for step in ["ln", "rm", "mv"] {
                #expect(!r.stdout.contains("\(step)=0"), "\(argv0): \(step) went through: \(r.stdout) \(r.stderr)")
            }
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: links + "/guardian")
            #expect(target == binary, "\(argv0): the link still leads to Guardian")
        }
    }
}
