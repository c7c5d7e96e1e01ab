#if canImport(Glibc)
import Glibc
#endif

/// From what the probes found to works / degraded / missing, each with a one-line fix. Pure:
/// reads only `DoctorFacts`. Required checks are the mechanisms `guardian run` refuses to start
/// without (seccomp notification with ADDFD+SEND, reading the tree's memory, pidfd_getfd, the
/// ptrace exec verifier, openat2, a writable state directory).
public enum DoctorVerdict {
    public static let containerFix =
        "docker run --security-opt seccomp=deploy/container/seccomp-guardian.json … (podman: the same flag; Kubernetes: deploy/kubernetes/seccomp/)"

    public static func report(_ f: DoctorFacts) -> DoctorReport {
        let user = f.uid == 0 ? "uid 0 (root)" : "uid \(f.uid)"
        return DoctorReport(checks: checks(f), system: "Linux \(f.kernel), \(user)")
    }

    public static func checks(_ f: DoctorFacts) -> [DoctorCheck] {
        [notify(f), addfd(f), readMemory(f), pidfd(f), syncWakeUp(f), waitKillable(f), ptrace(f), openat2(f),
         landlock(f), userNamespaces(f), cgroup(f), container(f), libseccomp(f),
         directory(f.state, path: f.statePath, id: "state-dir", title: "state directory", required: true),
         directory(f.config, path: f.configPath, id: "config-dir", title: "config directory", required: false)]
    }

    /// "Operation not permitted (EPERM)"; rc is 0 or -errno as the probes return it.
    static func describe(_ rc: Int32) -> String {
        let e = -rc
        if e == ECANCELED { return "not tried" }
        if e == ETIMEDOUT { return "no answer within the time limit" }
        if e == EPROTO { return "the kernel did not behave as documented" }
        return String(cString: strerror(e)) + (errnoNames[e].map { " (\($0))" } ?? "")
    }

    static let errnoNames: [Int32: String] = [
        EPERM: "EPERM", EACCES: "EACCES", EINVAL: "EINVAL", ENOSYS: "ENOSYS", ENOTTY: "ENOTTY",
        EOPNOTSUPP: "EOPNOTSUPP", ENOENT: "ENOENT", ESRCH: "ESRCH", EBUSY: "EBUSY", EROFS: "EROFS",
    ]

    /// The fix for a call the kernel or a seccomp profile refused.
    static func kernelFix(_ f: DoctorFacts, _ rc: Int32, kernel: String) -> String {
        if rc == -EPERM || rc == -ENOSYS || rc == -EACCES {
            if let fix = sandboxFix(f) { return fix }
        }
        return "upgrade to Linux \(kernel) or newer"
    }

    /// A refusal from a seccomp filter Guardian itself runs under: a container's, or a sandbox's.
    static func sandboxFix(_ f: DoctorFacts) -> String? {
        if !f.containerHints.isEmpty { return containerFix }
        if f.seccompMode == 2 {
            return "run Guardian outside the sandbox whose seccomp filter refuses this, or allow it there (this process runs under \(f.seccompFilters ?? 1) filter(s))"
        }
        return nil
    }

    static func notify(_ f: DoctorFacts) -> DoctorCheck {
        let title = "seccomp user notification"
        func missing(_ detail: String, _ fix: String) -> DoctorCheck {
            DoctorCheck(id: "seccomp-notify", title: title, status: .missing, detail: detail, fix: fix, required: true)
        }
        if let error = f.filterError {
            return missing("libseccomp could not build a filter: \(error)", "apt-get install libseccomp2 (2.5 or newer)")
        }
        let n = f.notify
        if n.install != 0 {
            return missing("installing a NEW_LISTENER filter: \(describe(n.install))", kernelFix(f, n.install, kernel: "5.19"))
        }
        if n.notify != 0 {
            return missing("a trapped getppid was not answered: \(describe(n.notify))", kernelFix(f, n.notify, kernel: "5.19"))
        }
        if n.idValid != 0 {
            return missing("SECCOMP_IOCTL_NOTIF_ID_VALID: \(describe(n.idValid))", kernelFix(f, n.idValid, kernel: "5.19"))
        }
        return DoctorCheck(id: "seccomp-notify", title: title, status: .works,
                           detail: "a trapped getppid in a child was answered by the parent; ID_VALID", required: true)
    }

    static func addfd(_ f: DoctorFacts) -> DoctorCheck {
        let rc = f.notify.addfdSend
        if rc == 0 {
            return DoctorCheck(id: "addfd-send", title: "ADDFD with SEND", status: .works,
                               detail: "the child wrote through a descriptor the parent installed as the call's result", required: true)
        }
        let fix = rc == -ECANCELED ? "fix seccomp user notification first" : kernelFix(f, rc, kernel: "5.14")
        return DoctorCheck(id: "addfd-send", title: "ADDFD with SEND", status: .missing,
                           detail: "SECCOMP_IOCTL_NOTIF_ADDFD with SECCOMP_ADDFD_FLAG_SEND: \(describe(rc))", fix: fix, required: true)
    }

    static func ptraceFix(_ f: DoctorFacts) -> String {
        switch f.yamaScope {
        case 3?: return "kernel.yama.ptrace_scope is 3 and cannot be lowered until reboot: set it to 1 in /etc/sysctl.d and reboot"
        case 2? where f.uid != 0: return "sysctl kernel.yama.ptrace_scope=1 (scope 2 lets only root trace)"
        default:
            if !f.containerHints.isEmpty { return containerFix + " — or --cap-add SYS_PTRACE" }
            if let fix = sandboxFix(f) { return fix }
            return "allow this user to ptrace its own children (check AppArmor/SELinux denials in the kernel log)"
        }
    }

    static func readMemory(_ f: DoctorFacts) -> DoctorCheck {
        let rc = f.notify.readMemory
        let title = "process_vm_readv"
        if rc == 0 {
            return DoctorCheck(id: "read-memory", title: title, status: .works,
                               detail: "read a notified call's argument from the child's memory", required: true)
        }
        let fix = rc == -ECANCELED ? "fix seccomp user notification first" : rc == -EPERM ? ptraceFix(f) : kernelFix(f, rc, kernel: "5.19")
        return DoctorCheck(id: "read-memory", title: title, status: .missing,
                           detail: "reading the tree's memory: \(describe(rc))", fix: fix, required: true)
    }

    static func pidfd(_ f: DoctorFacts) -> DoctorCheck {
        let n = f.notify
        let title = "pidfd_open + pidfd_getfd"
        if n.pidfdOpen == 0 && n.pidfdGetfd == 0 {
            return DoctorCheck(id: "pidfd-getfd", title: title, status: .works,
                               detail: "took a descriptor from a process waiting on a notification", required: true)
        }
        let (call, rc) = n.pidfdOpen != 0 ? ("pidfd_open", n.pidfdOpen) : ("pidfd_getfd", n.pidfdGetfd)
        let fix = rc == -ECANCELED ? "fix seccomp user notification first" : rc == -EPERM ? ptraceFix(f) : kernelFix(f, rc, kernel: "5.6")
        return DoctorCheck(id: "pidfd-getfd", title: title, status: .missing, detail: "\(call): \(describe(rc))", fix: fix, required: true)
    }

    static func syncWakeUp(_ f: DoctorFacts) -> DoctorCheck {
        let rc = f.notify.syncWakeUp
        let title = "SYNC_WAKE_UP"
        if rc == 0 {
            return DoctorCheck(id: "sync-wake-up", title: title, status: .works,
                               detail: "SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP set: the supervisor wakes on the target's CPU")
        }
        let fix = rc == -ECANCELED ? "fix seccomp user notification first" : "upgrade to Linux 6.6 or newer"
        return DoctorCheck(id: "sync-wake-up", title: title, status: .degraded,
                           detail: "SECCOMP_IOCTL_NOTIF_SET_FLAGS: \(describe(rc)); each intercepted call costs a cross-CPU wake-up (~3×)", fix: fix)
    }

    static func waitKillable(_ f: DoctorFacts) -> DoctorCheck {
        let rc = f.notify.waitKillable
        let title = "WAIT_KILLABLE_RECV"
        if rc == 0 {
            return DoctorCheck(id: "wait-killable-recv", title: title, status: .works,
                               detail: "a call being decided is not interrupted by non-fatal signals")
        }
        let fix = rc == -ECANCELED ? "fix seccomp user notification first" : kernelFix(f, rc, kernel: "5.19")
        return DoctorCheck(id: "wait-killable-recv", title: title, status: .degraded,
                           detail: "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV: \(describe(rc)); signals restart calls under decision", fix: fix)
    }

    static func ptrace(_ f: DoctorFacts) -> DoctorCheck {
        let p = f.ptrace
        let title = "ptrace exec verifier"
        let yama = f.yamaScope.map { "Yama ptrace_scope \($0)" } ?? "no Yama"
        if p.seize == 0 && p.forkEvent == 0 && p.execEvent == 0 {
            return DoctorCheck(id: "ptrace", title: title, status: .works,
                               detail: "PTRACE_SEIZE with EXITKILL; fork and exec events seen; \(yama)", required: true)
        }
        if p.seize != 0 {
            return DoctorCheck(id: "ptrace", title: title, status: .missing,
                               detail: "PTRACE_SEIZE of a child: \(describe(p.seize)); \(yama)", fix: ptraceFix(f), required: true)
        }
        let (event, rc) = p.forkEvent != 0 ? ("fork", p.forkEvent) : ("exec", p.execEvent)
        return DoctorCheck(id: "ptrace", title: title, status: .missing,
                           detail: "attached, but the \(event) event: \(describe(rc))", fix: "upgrade to Linux 5.19 or newer", required: true)
    }

    static func openat2(_ f: DoctorFacts) -> DoctorCheck {
        if f.openat2 == 0 {
            return DoctorCheck(id: "openat2", title: "openat2", status: .works,
                               detail: "resolves paths with RESOLVE_NO_MAGICLINKS", required: true)
        }
        return DoctorCheck(id: "openat2", title: "openat2", status: .missing,
                           detail: "openat2: \(describe(f.openat2))", fix: kernelFix(f, f.openat2, kernel: "5.6"), required: true)
    }
}
