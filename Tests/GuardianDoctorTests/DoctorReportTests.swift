import Foundation
import Testing
@testable import GuardianDoctor

/// The table and the JSON `guardian doctor` prints.
@Suite struct DoctorReportTests {
    static let report = DoctorReport(checks: [
        DoctorCheck(id: "ptrace", title: "ptrace exec verifier", status: .missing,
                    detail: "PTRACE_SEIZE of a child: Operation not permitted (EPERM); Yama ptrace_scope 2",
                    fix: "sysctl kernel.yama.ptrace_scope=1 (scope 2 lets only root trace)", required: true),
        DoctorCheck(id: "landlock", title: "Landlock", status: .works, detail: "ABI 7"),
        DoctorCheck(id: "sync-wake-up", title: "SYNC_WAKE_UP", status: .degraded,
                    detail: "not in this kernel", fix: "upgrade to Linux 6.6 or newer"),
    ], system: "Linux 6.1.0 x86_64, uid 1000")

    @Test func table() {
        let expected = """
            guardian doctor — Linux 6.1.0 x86_64, uid 1000

              missing   ptrace exec verifier  PTRACE_SEIZE of a child: Operation not permitted (EPERM); Yama ptrace_scope 2
                                              fix: sysctl kernel.yama.ptrace_scope=1 (scope 2 lets only root trace)
              works     Landlock              ABI 7
              degraded  SYNC_WAKE_UP          not in this kernel
                                              fix: upgrade to Linux 6.6 or newer

            Guardian cannot enforce here: ptrace exec verifier missing.
            """
        #expect(Self.report.table() == expected)
        #expect(Self.report.exitStatus == 1)
    }

    @Test func summaryWhenOnlyOptionalFeaturesLack() {
        var report = Self.report
        report.checks.removeFirst()
        #expect(report.canEnforce)
        #expect(report.summary == "Guardian can enforce here; 1 optional feature is degraded or missing.")
    }

    @Test func json() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.json().utf8)) as? [String: Any])
        #expect(object["can_enforce"] as? Bool == false)
        #expect(object["system"] as? String == "Linux 6.1.0 x86_64, uid 1000")
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == ["ptrace", "landlock", "sync-wake-up"])
        #expect(checks.map { $0["status"] as? String } == ["missing", "works", "degraded"])
        #expect(checks[0]["required"] as? Bool == true)
        #expect(checks[1]["fix"] is NSNull)
        #expect(checks[0]["fix"] as? String == "sysctl kernel.yama.ptrace_scope=1 (scope 2 lets only root trace)")
    }

    @Test func jsonEscapes() throws {
        let report = DoctorReport(checks: [
            DoctorCheck(id: "x", title: "quote \" backslash \\ tab \t", status: .works, detail: "line\nbreak \u{1}")
        ], system: "s")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let check = try #require((object["checks"] as? [[String: Any]])?.first)
        #expect(check["title"] as? String == "quote \" backslash \\ tab \t")
        #expect(check["detail"] as? String == "line\nbreak \u{1}")
    }
}
