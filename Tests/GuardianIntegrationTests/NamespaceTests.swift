import Foundation
import GuardianTestSupport
import Testing

/// `defaults: user_namespaces: allow`, for agents that bring their own sandbox: the sandbox
/// works under Guardian (its own /proc, a tmpfs, the project bound in), and what it binds in
/// is still decided as itself (the adversarial suite's `userns-allowed-*` attacks).
@Suite struct NamespaceTests {
    static let profile = "name: sandboxed\nextends: dev\ndefaults:\n  user_namespaces: allow\n"

    func sandboxed(_ w: World, _ script: String) throws -> World.Output {
        let profiles = w.root.appendingPathComponent("config/guardian/profiles").path
        try FileManager.default.createDirectory(atPath: profiles, withIntermediateDirectories: true)
        try NamespaceTests.profile.write(toFile: profiles + "/sandboxed.yaml", atomically: false, encoding: .utf8)
        let prefix = World.unprivileged ? World.asNobody : []
        return try w.run(prefix + [World.guardianBinary, "run", "-q", "--profile", "sandboxed", "--", "sh", "-c", script])
    }

    static var hasBubblewrap: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/bwrap") }

    @Test(.enabled(if: NamespaceTests.hasBubblewrap))
    func aBubblewrapSandboxWorks() throws {
        let w = try World()
        defer { w.cleanup() }
        try "notes for the sandbox\n".write(toFile: w.project + "/notes.txt", atomically: false, encoding: .utf8)
        let r = try sandboxed(w, """
            bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --bind "$PWD" /work --chdir /work --unshare-all -- sh -c '
              cat notes.txt; cat /work/notes.txt; echo made > /tmp/t && cat /tmp/t
              grep ^Name: /proc/self/status; head -c 5 /proc/thread-self/comm; echo; ls /proc/1/ >/dev/null && echo proc-ok
              echo written > out.txt'
            """)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.components(separatedBy: "notes for the sandbox").count == 3, "\(r.all)")
        #expect(r.stdout.contains("made"), "\(r.all)")
        #expect(r.stdout.contains("Name:\tgrep"), "\(r.all)")
        #expect(r.stdout.contains("proc-ok"), "\(r.all)")
        #expect((try? String(contentsOfFile: w.project + "/out.txt", encoding: .utf8)) == "written\n", "\(r.all)")
        let start = w.events().first { $0["kind"] as? String == "session" }
        #expect((start?["detail"] as? [String: Any])?["user_namespaces"] as? String == "allow")
        #expect(w.events().contains { $0["rule"] as? String == "guardian.user-namespaces" })
    }

    @Test func theDefaultProfilesRefuseUserNamespaces() throws {
        let w = try World()
        defer { w.cleanup() }
        let r = try w.guardian(["sh", "-c", "unshare -Ur true && echo MADE || echo REFUSED"])
        #expect(r.stdout.contains("REFUSED") && !r.stdout.contains("MADE"), "\(r.all)")
    }
}
