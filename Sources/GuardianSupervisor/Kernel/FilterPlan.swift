// The seccomp filter as a pure value: which syscalls go to the supervisor, which fail in the
// kernel, which kill. `Filter` turns a plan into BPF through libseccomp; tests read the plan.

import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

public struct FilterPlan: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// Ask the supervisor (SECCOMP_RET_USER_NOTIF).
        case notify
        /// Fail in the kernel with this errno, without a round trip.
        case errno(Int32)
        case killProcess
    }

    /// One argument comparison: `(arg & mask) == value`, or `arg != value`, or `arg >= value`.
    public struct Condition: Sendable, Hashable {
        public enum Comparison: Sendable, Hashable { case maskedEqual, notEqual, greaterOrEqual }
        public var argument: UInt32
        public var mask: UInt64
        public var value: UInt64
        public var comparison: Comparison = .maskedEqual

        public init(argument: UInt32, mask: UInt64, value: UInt64, comparison: Comparison = .maskedEqual) {
            self.argument = argument
            self.mask = mask
            self.value = value
            self.comparison = comparison
        }
    }

    public struct Rule: Sendable, Hashable {
        public var syscall: String
        public var action: Action
        public var conditions: [Condition]

        public init(syscall: String, action: Action, conditions: [Condition]) {
            self.syscall = syscall
            self.action = action
            self.conditions = conditions
        }
    }

    public var rules: [Rule]
    /// The architecture whose values the conditions hold, and which the filter is built for.
    public var architecture: FilterArchitecture

    /// A plan of exactly these rules (`guardian doctor` builds a one-rule filter).
    public init(rules: [Rule], architecture: FilterArchitecture = .native) {
        self.rules = rules
        self.architecture = architecture
    }

    /// Options that shape the plan; everything else is fixed.
    public struct Options: Sendable, Hashable {
        /// Trap unlink/unlinkat/rmdir (when the profile has delete rules).
        public var trapDeletes: Bool = false
        /// Let the tree create user namespaces (agents that bring their own sandbox).
        public var allowUserNamespaces: Bool = false
        /// Guardian's own pid: the tree may not signal it or open a pidfd on it.
        public var guardianPid: UInt64? = nil
        public init(trapDeletes: Bool = false, allowUserNamespaces: Bool = false, guardianPid: UInt64? = nil) {
            self.trapDeletes = trapDeletes
            self.allowUserNamespaces = allowUserNamespaces
            self.guardianPid = guardianPid
        }
    }

    /// Syscalls that would take the tree around the supervisor or into Guardian. They fail with
    /// EPERM in the kernel (docs/SECURITY.md, threat model: calls around the filter or the path).
    public static let deniedOutright: [String] = [
        "io_uring_setup", "io_uring_enter", "io_uring_register",
        "ptrace", "process_vm_readv", "process_vm_writev", "userfaultfd",
        "open_by_handle_at", "name_to_handle_at",
        "setns", "bpf", "perf_event_open", "kexec_load", "kexec_file_load",
        "init_module", "finit_module", "delete_module",
        "keyctl", "add_key", "request_key",
        // Takes a descriptor out of another process — Guardian's listener included, as root.
        "pidfd_getfd",
    ]

    /// Calls that change what a path names. Denied outright, unless the profile allows user
    /// namespaces: then they reach the supervisor, which lets them run only for a task in a
    /// user namespace of its own (it changes its own mounts, never Guardian's).
    public static let mountCalls: [String] = [
        "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree",
        "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    ]

    /// Descriptor numbers masked copies are served at when free (960–1023, below the usual
    /// soft limit of 1,024): `fstat`/`statx` on them reaches the supervisor, which shows the original's
    /// identity (MaskedIdentities), so a copy's inode check (`cp`) passes. A process's own
    /// descriptors take the lowest free numbers and reach the band only past 960 open files.
    public static let servedBand = (base: UInt64(960), mask: UInt64(0xFFFF_FFC0))

    public static let credentialCalls = [
        "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setfsuid", "setfsgid",
        "setgroups", "capset",
    ]

    /// The plan for `architecture`: the machine's own unless a test renders another's.
    public static func make(_ options: Options = Options(), for architecture: FilterArchitecture = .native) -> FilterPlan {
        let k = architecture.values
        let (O_DIRECTORY, O_PATH, CLONE_NEWUSER, CLONE_NEWNS, CLONE_UNTRACED) = (k.O_DIRECTORY, k.O_PATH, k.CLONE_NEWUSER, k.CLONE_NEWNS, k.CLONE_UNTRACED)
        let (SECCOMP_FILTER_FLAG_NEW_LISTENER, SECCOMP_SET_MODE_FILTER) = (k.SECCOMP_FILTER_FLAG_NEW_LISTENER, k.SECCOMP_SET_MODE_FILTER)
        let (TIOCSTI, TIOCLINUX, PR_SET_DUMPABLE, EPERM, ENOSYS) = (k.TIOCSTI, k.TIOCLINUX, k.PR_SET_DUMPABLE, k.EPERM, k.ENOSYS)
        var rules: [Rule] = []
        func notify(_ name: String, _ conditions: [Condition] = []) {
            rules.append(Rule(syscall: name, action: .notify, conditions: conditions))
        }
        // Opens that cannot yield content by themselves stay in the kernel: an O_PATH or
        // O_DIRECTORY fd needs a later open (trapped) to read a file (docs/SECURITY.md).
        let contentOpen = Condition(argument: 0, mask: O_PATH | O_DIRECTORY, value: 0)
        notify("open", [Condition(argument: 1, mask: contentOpen.mask, value: 0)])
        notify("openat", [Condition(argument: 2, mask: contentOpen.mask, value: 0)])
        notify("openat2")  // flags live in struct open_how, out of BPF's reach
        notify("creat")
        // connect: only to refuse Unix sockets under Guardian's own directories (the control
        // channel); everything else continues at once.
        for name in ["execve", "execveat", "link", "linkat", "rename", "renameat", "renameat2", "truncate", "connect",
                     "symlink", "symlinkat", "mkdir", "mkdirat", "mknod", "mknodat"] {
            notify(name)
        }
        // Credential changes continue, but mark the task: from then on the supervisor acts for
        // it with its own filesystem credentials (a process that dropped privileges stays bound
        // by the kernel's permission checks).
        for name in FilterPlan.credentialCalls { notify(name) }
        // fstat of a descriptor in the served band, and the calls that name the descriptor itself
        // with AT_EMPTY_PATH: newfstatat (glibc's fstat) and statx (Rust's, Node's). The band's
        // mask keeps the low 32 bits only, as the kernel reads an int descriptor; AT_EMPTY_PATH
        // is 0x1000 on every architecture (include/uapi/linux/fcntl.h).
        let band = Condition(argument: 0, mask: servedBand.mask, value: servedBand.base)
        let emptyPath = UInt64(GD_AT_EMPTY_PATH)
        notify("fstat", [band])
        notify("newfstatat", [band, Condition(argument: 3, mask: emptyPath, value: emptyPath)])
        notify("statx", [band, Condition(argument: 2, mask: emptyPath, value: emptyPath)])
        rules += FilterPlan.networkRules(k)
        if options.trapDeletes {
            for name in ["unlink", "unlinkat", "rmdir"] { notify(name) }
        }
        for name in deniedOutright {
            rules.append(Rule(syscall: name, action: .errno(EPERM), conditions: []))
        }
        for name in mountCalls {
            rules.append(Rule(syscall: name, action: options.allowUserNamespaces ? .notify : .errno(EPERM), conditions: []))
        }
        // glibc falls back to clone(2), whose flags BPF can read.
        rules.append(Rule(syscall: "clone3", action: .errno(ENOSYS), conditions: []))
        // A second listener would take decisions away from Guardian.
        rules.append(Rule(syscall: "seccomp", action: .errno(EPERM), conditions: [
            Condition(argument: 0, mask: ~0, value: SECCOMP_SET_MODE_FILTER),
            Condition(argument: 1, mask: SECCOMP_FILTER_FLAG_NEW_LISTENER, value: SECCOMP_FILTER_FLAG_NEW_LISTENER),
        ]))
        // A non-dumpable process shuts an unprivileged supervisor out of its memory and /proc
        // entries, so every call it makes would be denied. prctl(PR_SET_DUMPABLE, 0) reports
        // success without taking effect.
        rules.append(Rule(syscall: "prctl", action: .errno(0), conditions: [
            Condition(argument: 0, mask: ~0, value: PR_SET_DUMPABLE),
            Condition(argument: 1, mask: ~0, value: 0),
        ]))
        for request in [TIOCSTI, TIOCLINUX] {
            rules.append(Rule(syscall: "ioctl", action: .errno(EPERM), conditions: [
                Condition(argument: 1, mask: 0xFFFF_FFFF, value: request)
            ]))
        }
        rules.append(Rule(syscall: "clone", action: .errno(EPERM), conditions: [
            Condition(argument: 0, mask: CLONE_UNTRACED, value: CLONE_UNTRACED)
        ]))
        if let pid = options.guardianPid {
            // Guardian itself is out of reach: no signal, no pidfd (the tree cannot find its
            // tasks either: /proc/<guardian> is outside the tree).
            for (name, argument) in [("kill", UInt32(0)), ("tgkill", 0), ("tkill", 0), ("pidfd_open", 0)] {
                rules.append(Rule(syscall: name, action: .errno(EPERM), conditions: [
                    Condition(argument: argument, mask: 0xFFFF_FFFF, value: pid)
                ]))
            }
        }
        if options.allowUserNamespaces {
            // A new user or mount namespace switches path resolution to each task's own root:
            // the supervisor sees it made before it exists.
            notify("unshare")
            for flag in [CLONE_NEWUSER, CLONE_NEWNS] {
                notify("clone", [Condition(argument: 0, mask: flag, value: flag)])
            }
        } else {
            for name in ["unshare", "clone"] {
                rules.append(Rule(syscall: name, action: .errno(EPERM), conditions: [
                    Condition(argument: 0, mask: CLONE_NEWUSER, value: CLONE_NEWUSER)
                ]))
            }
        }
        return FilterPlan(rules: rules, architecture: architecture)
    }

    /// The syscalls the supervisor answers.
    public var notified: Set<String> {
        Set(rules.filter { $0.action == .notify }.map(\.syscall))
    }
}
