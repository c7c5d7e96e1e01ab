#if canImport(Glibc)
import Glibc
#endif

// The optional half of the verdicts: what the agent's own tools need (user namespaces), what
// defence in depth could use (Landlock, cgroup v2), where Guardian runs and keeps its files.
extension DoctorVerdict {
    static func landlock(_ f: DoctorFacts) -> DoctorCheck {
        if f.landlockABI > 0 {
            return DoctorCheck(id: "landlock", title: "Landlock", status: .works, detail: "ABI \(f.landlockABI)")
        }
        let fix = f.landlockABI == -ENOSYS || f.landlockABI == -EPERM
            ? sandboxFix(f) ?? "boot with Landlock in the LSM list (lsm=landlock,…; CONFIG_SECURITY_LANDLOCK=y, Linux 5.13+)"
            : "boot with Landlock in the LSM list (lsm=landlock,…; CONFIG_SECURITY_LANDLOCK=y, Linux 5.13+)"
        return DoctorCheck(id: "landlock", title: "Landlock", status: .degraded,
                           detail: "landlock_create_ruleset: \(describe(f.landlockABI)); no second, unprivileged file sandbox", fix: fix)
    }

    static let usernsFix =
        "sysctl kernel.unprivileged_userns_clone=1 (Debian) or kernel.apparmor_restrict_unprivileged_userns=0 (Ubuntu), and user.max_user_namespaces > 0"

    static func userNamespaces(_ f: DoctorFacts) -> DoctorCheck {
        let title = "user namespaces"
        let consequence = "agents that sandbox themselves (bubblewrap, Claude Code's or Codex's sandbox) cannot start theirs"
        if f.userNamespace != 0 {
            return DoctorCheck(id: "user-namespaces", title: title, status: .degraded,
                               detail: "unshare(CLONE_NEWUSER): \(describe(f.userNamespace)); \(consequence)",
                               fix: sandboxFix(f) ?? usernsFix)
        }
        if let unprivileged = f.userNamespaceUnprivileged, unprivileged != 0 {
            return DoctorCheck(id: "user-namespaces", title: title, status: .degraded,
                               detail: "root can create them; an unprivileged user cannot (\(describe(unprivileged))): \(consequence)",
                               fix: usernsFix)
        }
        let who = f.userNamespaceUnprivileged == nil ? "this user" : "root and an unprivileged user (nobody)"
        return DoctorCheck(id: "user-namespaces", title: title, status: .works, detail: "\(who) can create one")
    }

    static func cgroup(_ f: DoctorFacts) -> DoctorCheck {
        let fix = "boot with systemd.unified_cgroup_hierarchy=1 (cgroup v2 only)"
        switch f.cgroup {
        case .v2:
            return DoctorCheck(id: "cgroup-v2", title: "cgroup v2", status: .works, detail: "unified hierarchy at /sys/fs/cgroup")
        case .hybrid:
            return DoctorCheck(id: "cgroup-v2", title: "cgroup v2", status: .degraded,
                               detail: "hybrid hierarchy: v2 only at /sys/fs/cgroup/unified", fix: fix)
        case .v1:
            return DoctorCheck(id: "cgroup-v2", title: "cgroup v2", status: .missing, detail: "cgroup v1 only", fix: fix)
        case .none:
            return DoctorCheck(id: "cgroup-v2", title: "cgroup v2", status: .missing,
                               detail: "no cgroup file system at /sys/fs/cgroup",
                               fix: f.containerHints.isEmpty ? fix : "give the container its cgroup file system (docker run --cgroupns=private)")
        }
    }

    static func container(_ f: DoctorFacts) -> DoctorCheck {
        let filters: String
        switch (f.seccompMode, f.seccompFilters) {
        case (2?, let n?): filters = "this process runs under \(n) seccomp filter\(n == 1 ? "" : "s")"
        case (2?, nil): filters = "this process runs under a seccomp filter"
        case (1?, _): filters = "this process is in strict seccomp mode"
        case (0?, _): filters = "no seccomp filter on this process"
        default: filters = "seccomp status unknown"
        }
        let detail = f.containerHints.isEmpty
            ? "not in a container; \(filters)"
            : "in a container (\(f.containerHints.joined(separator: ", "))); \(filters)"
        return DoctorCheck(id: "container", title: "container", status: .works, detail: detail)
    }

    static func libseccomp(_ f: DoctorFacts) -> DoctorCheck {
        let fix = "apt-get install libseccomp2 libseccomp-dev (2.5 or newer), then rebuild"
        guard let v = f.libseccompVersion, v.count == 3 else {
            return DoctorCheck(id: "libseccomp", title: "libseccomp", status: .missing, detail: "seccomp_version() unavailable", fix: fix)
        }
        // SCMP_ACT_NOTIFY needs libseccomp 2.5 for the notify API Guardian calls.
        if (v[0], v[1]) < (2, 4) {
            return DoctorCheck(id: "libseccomp", title: "libseccomp", status: .missing,
                               detail: "\(v[0]).\(v[1]).\(v[2]): no user notification", fix: fix)
        }
        if (v[0], v[1]) < (2, 5) {
            return DoctorCheck(id: "libseccomp", title: "libseccomp", status: .degraded,
                               detail: "\(v[0]).\(v[1]).\(v[2]): older than 2.5", fix: fix)
        }
        // seccomp_api_get(3) is what this kernel, through any filter above this process, offers
        // libseccomp; below 5 the notify probe above says why.
        let api = f.libseccompAPI >= 5 ? "API level \(f.libseccompAPI)" : "API level \(f.libseccompAPI): the kernel refuses user notification to this process"
        let version = "\(v[0]).\(v[1]).\(v[2]) (\(api))"
        return DoctorCheck(id: "libseccomp", title: "libseccomp", status: .works, detail: version)
    }

    static func directory(_ d: DoctorFacts.Directory, path: String, id: String, title: String, required: Bool) -> DoctorCheck {
        switch d {
        case .writable:
            return DoctorCheck(id: id, title: title, status: .works, detail: "\(path) (writable)", required: required)
        case .creatable:
            let when = required ? "the first run creates it" : "`guardian init` creates it"
            return DoctorCheck(id: id, title: title, status: .works, detail: "\(path) (not created yet; \(when))", required: required)
        case .notWritable(let rc):
            let variable = required ? "GUARDIAN_HOME" : "GUARDIAN_CONFIG"
            return DoctorCheck(id: id, title: title, status: required ? .missing : .degraded,
                               detail: "\(path): \(describe(rc))",
                               fix: "set \(variable) to a directory this user can write", required: required)
        }
    }
}
