import CGuardianShim
import Foundation
import GuardianEvents
import Testing
@testable import GuardianDoctor

/// The real probes on this machine (its kernel offers everything Guardian uses, docs/KERNEL.md,
/// also to an unprivileged user). Every check must say `works` here — except cgroup v2, which is
/// compared with what the mount table says, since machines here differ (some mount only a hybrid
/// hierarchy).
@Suite struct DoctorProbeTests {
    static func scratch(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "guardian-doctor-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir + "/state", withIntermediateDirectories: true)
        return dir
    }

    @Test func everyProbeWorksHere() throws {
        let dir = try Self.scratch("self")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = GuardianPaths(home: dir, state: dir + "/state", config: dir + "/config")
        let facts = DoctorFacts.probe(paths: paths)
        let report = DoctorVerdict.report(facts)
        for check in report.checks where check.id != "cgroup-v2" {
            #expect(check.status == .works, "\(check.id): \(check.detail) — \(check.fix ?? "")")
        }
        #expect(facts.cgroup == Self.cgroupFromMounts())
        #expect(report.canEnforce)
        #expect(facts.notify == DoctorFacts.Notify(), "every step of the notify round trip returned 0")
        #expect(facts.ptrace == DoctorFacts.Ptrace())
        #expect(facts.landlockABI >= 1)
        if getuid() == 0 { #expect(facts.userNamespaceUnprivileged == 0) }
        // The probe left nothing behind in the state directory.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/state").isEmpty)
    }

    /// The hierarchy as /proc/self/mounts tells it, independently of the probe's file checks.
    static func cgroupFromMounts() -> DoctorFacts.Cgroup {
        let mounts = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        let entries = mounts.split(separator: "\n").map { $0.split(separator: " ") }.filter { $0.count > 2 }
        if entries.contains(where: { $0[1] == "/sys/fs/cgroup" && $0[2] == "cgroup2" }) { return .v2 }
        if entries.contains(where: { $0[1].hasPrefix("/sys/fs/cgroup/") && $0[2] == "cgroup2" }) { return .hybrid }
        if entries.contains(where: { $0[2] == "cgroup" }) { return .v1 }
        return .none
    }

    @Test func probesLeaveNoChildren() throws {
        _ = DoctorFacts.probe(paths: GuardianPaths(home: "/tmp", state: "/tmp", config: "/tmp"), timeoutMilliseconds: 2000)
        // Every child was reaped by pid: none is left for anyone to wait for.
        // Other tests running in parallel have children of their own (programs they spawn);
        // a probe left behind is a fork of this very binary that never exec'd.
        let children = try String(contentsOfFile: "/proc/self/task/\(gd_gettid())/children", encoding: .utf8)
        let ownExe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "?"
        let probes = children.split(separator: " ").filter { pid in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) == ownExe
        }
        #expect(probes.isEmpty, "probe children left: \(probes)")
    }

    static var guardianBinary: String? {
        var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("guardian").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// `guardian doctor --json` as nobody, through setpriv: the unprivileged case agents run in.
    @Test(.enabled(if: getuid() == 0 && guardianBinary != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func everyProbeWorksForNobody() throws {
        let dir = try Self.scratch("nobody")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        chmod(dir, 0o777)
        chown(dir + "/state", 65534, 65534)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Self.guardianBinary!, "doctor", "--json"]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": dir, "GUARDIAN_HOME": dir + "/state", "GUARDIAN_CONFIG": dir + "/config"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["can_enforce"] as? Bool == true)
        #expect((object["system"] as? String)?.hasSuffix("uid 65534") == true)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.count == DoctorVerdict.report(DoctorFacts()).checks.count)
        for check in checks where check["id"] as? String != "cgroup-v2" {
            #expect(check["status"] as? String == "works", "\(check["id"] ?? ""): \(check["detail"] ?? "")")
        }
    }
}
