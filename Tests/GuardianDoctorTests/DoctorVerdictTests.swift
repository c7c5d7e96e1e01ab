import Foundation
import Testing
@testable import GuardianDoctor

/// The verdicts from probe results, without a kernel: each row breaks one thing.
@Suite struct DoctorVerdictTests {
    static func facts(_ change: (inout DoctorFacts) -> Void = { _ in }) -> DoctorFacts {
        var f = DoctorFacts()
        f.kernel = "6.18.0 x86_64"
        f.uid = 1000
        f.yamaScope = 1
        f.seccompMode = 0
        f.seccompFilters = 0
        f.landlockABI = 7
        f.libseccompVersion = [2, 5, 4]
        f.libseccompAPI = 6
        f.statePath = "/home/u/.local/state/guardian"
        f.configPath = "/home/u/.config/guardian"
        f.config = .creatable
        change(&f)
        return f
    }

    @Test func everythingWorks() {
        let report = DoctorVerdict.report(Self.facts())
        #expect(report.checks.allSatisfy { $0.status == .works }, "\(report.checks.filter { $0.status != .works })")
        #expect(report.canEnforce)
        #expect(report.exitStatus == 0)
        #expect(report.checks.allSatisfy { $0.fix == nil })
        #expect(Set(report.checks.map(\.id)).count == report.checks.count)
        #expect(report.summary == "Guardian can enforce here; everything works.")
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout DoctorFacts) -> Void
        var id: String
        var status: DoctorCheck.Status
        var canEnforce: Bool
        var fix: String?
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "docker's default profile refuses the listener", change: {
            $0.notify.install = -EPERM; $0.seccompMode = 2; $0.seccompFilters = 1; $0.containerHints = ["/.dockerenv"]
        }, id: "seccomp-notify", status: .missing, canEnforce: false, fix: "--security-opt seccomp=deploy/container/seccomp-guardian.json"),
        Row(name: "an old kernel without NEW_LISTENER", change: { $0.notify.install = -EINVAL },
            id: "seccomp-notify", status: .missing, canEnforce: false, fix: "Linux 5.19"),
        Row(name: "libseccomp cannot build a filter", change: { $0.filterError = "no memory" },
            id: "seccomp-notify", status: .missing, canEnforce: false, fix: "libseccomp2"),
        Row(name: "ID_VALID refused", change: { $0.notify.idValid = -ENOTTY },
            id: "seccomp-notify", status: .missing, canEnforce: false, fix: "Linux 5.19"),
        Row(name: "ADDFD without SEND", change: { $0.notify.addfdSend = -EINVAL },
            id: "addfd-send", status: .missing, canEnforce: false, fix: "Linux 5.14"),
        Row(name: "no pidfd_getfd", change: { $0.notify.pidfdGetfd = -ENOSYS },
            id: "pidfd-getfd", status: .missing, canEnforce: false, fix: "Linux 5.6"),
        Row(name: "pidfd_getfd refused in a container", change: { $0.notify.pidfdGetfd = -EPERM; $0.containerHints = ["/run/.containerenv"] },
            id: "pidfd-getfd", status: .missing, canEnforce: false, fix: "seccomp-guardian.json"),
        Row(name: "memory unreadable", change: { $0.notify.readMemory = -EPERM; $0.yamaScope = 2 },
            id: "read-memory", status: .missing, canEnforce: false, fix: "sysctl kernel.yama.ptrace_scope=1"),
        Row(name: "no SYNC_WAKE_UP before 6.6", change: { $0.notify.syncWakeUp = -EINVAL },
            id: "sync-wake-up", status: .degraded, canEnforce: true, fix: "Linux 6.6"),
        Row(name: "no WAIT_KILLABLE_RECV before 5.19", change: { $0.notify.waitKillable = -EINVAL },
            id: "wait-killable-recv", status: .degraded, canEnforce: true, fix: "Linux 5.19"),
        Row(name: "Yama scope 2 for a user", change: { $0.ptrace.seize = -EPERM; $0.yamaScope = 2 },
            id: "ptrace", status: .missing, canEnforce: false, fix: "sysctl kernel.yama.ptrace_scope=1"),
        Row(name: "Yama scope 3", change: { $0.ptrace.seize = -EPERM; $0.yamaScope = 3 },
            id: "ptrace", status: .missing, canEnforce: false, fix: "reboot"),
        Row(name: "ptrace denied in a container", change: { $0.ptrace.seize = -EPERM; $0.yamaScope = nil; $0.containerHints = ["/.dockerenv"] },
            id: "ptrace", status: .missing, canEnforce: false, fix: "SYS_PTRACE"),
        Row(name: "no exec event", change: { $0.ptrace.execEvent = -ETIMEDOUT },
            id: "ptrace", status: .missing, canEnforce: false, fix: "Linux 5.19"),
        Row(name: "no openat2", change: { $0.openat2 = -ENOSYS },
            id: "openat2", status: .missing, canEnforce: false, fix: "Linux 5.6"),
        Row(name: "no Landlock", change: { $0.landlockABI = -EOPNOTSUPP },
            id: "landlock", status: .degraded, canEnforce: true, fix: "lsm=landlock"),
        Row(name: "user namespaces for root only", change: { $0.uid = 0; $0.userNamespaceUnprivileged = -EPERM },
            id: "user-namespaces", status: .degraded, canEnforce: true, fix: "unprivileged_userns_clone"),
        Row(name: "user namespaces blocked in a container", change: { $0.userNamespace = -EPERM; $0.containerHints = ["/.dockerenv"] },
            id: "user-namespaces", status: .degraded, canEnforce: true, fix: "seccomp-guardian.json"),
        Row(name: "cgroup v1", change: { $0.cgroup = .v1 },
            id: "cgroup-v2", status: .missing, canEnforce: true, fix: "systemd.unified_cgroup_hierarchy=1"),
        Row(name: "hybrid cgroups", change: { $0.cgroup = .hybrid },
            id: "cgroup-v2", status: .degraded, canEnforce: true, fix: "systemd.unified_cgroup_hierarchy=1"),
        Row(name: "libseccomp without notify", change: { $0.libseccompVersion = [2, 3, 3]; $0.libseccompAPI = 3 },
            id: "libseccomp", status: .missing, canEnforce: true, fix: "libseccomp2"),
        Row(name: "a sandbox's filter refuses ptrace", change: { $0.ptrace.seize = -EPERM; $0.yamaScope = nil; $0.seccompMode = 2; $0.seccompFilters = 2 },
            id: "ptrace", status: .missing, canEnforce: false, fix: "run Guardian outside the sandbox"),
        Row(name: "libseccomp 2.4", change: { $0.libseccompVersion = [2, 4, 4]; $0.libseccompAPI = 5 },
            id: "libseccomp", status: .degraded, canEnforce: true, fix: "2.5 or newer"),
        Row(name: "read-only state directory", change: { $0.state = .notWritable(-EROFS) },
            id: "state-dir", status: .missing, canEnforce: false, fix: "GUARDIAN_HOME"),
        Row(name: "read-only config directory", change: { $0.config = .notWritable(-EACCES) },
            id: "config-dir", status: .degraded, canEnforce: true, fix: "GUARDIAN_CONFIG"),
    ]

    @Test(arguments: rows) func oneThingBroken(_ row: Row) throws {
        let report = DoctorVerdict.report(Self.facts(row.change))
        let check = try #require(report.checks.first { $0.id == row.id })
        #expect(check.status == row.status, "\(check.detail)")
        #expect(report.canEnforce == row.canEnforce)
        #expect(report.exitStatus == (row.canEnforce ? 0 : 1))
        if let fix = row.fix {
            #expect(check.fix?.contains(fix) == true, "fix was: \(check.fix ?? "nil")")
        }
        #expect(report.checks.filter { $0.status != .works }.map(\.id) == [row.id], "only the broken check changes")
    }

    /// When the listener cannot be installed, everything that needs it says so instead of guessing.
    @Test func notifyMissingCascades() {
        let skipped = -ECANCELED
        let report = DoctorVerdict.report(Self.facts {
            $0.notify = DoctorFacts.Notify(install: -EPERM, syncWakeUp: skipped, notify: skipped, readMemory: skipped,
                                           idValid: skipped, pidfdOpen: skipped, pidfdGetfd: skipped, addfdSend: skipped,
                                           waitKillable: -EPERM)
            $0.containerHints = ["/.dockerenv"]
        })
        #expect(!report.canEnforce)
        #expect(report.blocking.map(\.id) == ["seccomp-notify", "addfd-send", "read-memory", "pidfd-getfd"])
        for id in ["addfd-send", "read-memory", "pidfd-getfd", "sync-wake-up"] {
            let check = report.checks.first { $0.id == id }
            #expect(check?.fix == "fix seccomp user notification first", "\(id)")
            #expect(check?.detail.contains("not tried") == true, "\(id)")
        }
        #expect(report.summary == "Guardian cannot enforce here: seccomp user notification, ADDFD with SEND, process_vm_readv, pidfd_open + pidfd_getfd missing.")
    }

    /// seccomp_api_get reflects what the kernel lets this process do, not the library: a low
    /// level from a new libseccomp is explained, not blamed on the library.
    @Test func libseccompAPILevelUnderAFilter() {
        let check = DoctorVerdict.libseccomp(Self.facts { $0.libseccompAPI = 4 })
        #expect(check.status == .works)
        #expect(check.detail == "2.5.4 (API level 4: the kernel refuses user notification to this process)")
    }

    @Test func errnoIsNamed() {
        #expect(DoctorVerdict.describe(-EPERM) == "Operation not permitted (EPERM)")
        #expect(DoctorVerdict.describe(-ECANCELED) == "not tried")
        #expect(DoctorVerdict.describe(-ETIMEDOUT) == "no answer within the time limit")
    }

    @Test func containerDetail() {
        let inside = DoctorVerdict.container(Self.facts { $0.containerHints = ["/.dockerenv"]; $0.seccompMode = 2; $0.seccompFilters = 1 })
        #expect(inside.detail == "in a container (/.dockerenv); this process runs under 1 seccomp filter")
        let outside = DoctorVerdict.container(Self.facts())
        #expect(outside.detail == "not in a container; no seccomp filter on this process")
    }
}
