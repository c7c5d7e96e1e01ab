// What `guardian doctor` found, as plain values: errno numbers (0 = it worked) and what files
// said. `DoctorFacts.probe()` fills it on the real machine; `DoctorVerdict` turns it into
// checks without touching the system, so the verdicts can be table-tested.

public struct DoctorFacts: Sendable, Hashable {
    /// The seccomp user-notification round trip, step by step (gd_probe_notify).
    public struct Notify: Sendable, Hashable {
        public var install: Int32
        public var syncWakeUp: Int32
        public var notify: Int32
        public var readMemory: Int32
        public var idValid: Int32
        public var pidfdOpen: Int32
        public var pidfdGetfd: Int32
        public var addfdSend: Int32
        /// Installing a listener with SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV.
        public var waitKillable: Int32

        public init(install: Int32 = 0, syncWakeUp: Int32 = 0, notify: Int32 = 0, readMemory: Int32 = 0,
                    idValid: Int32 = 0, pidfdOpen: Int32 = 0, pidfdGetfd: Int32 = 0, addfdSend: Int32 = 0,
                    waitKillable: Int32 = 0) {
            self.install = install
            self.syncWakeUp = syncWakeUp
            self.notify = notify
            self.readMemory = readMemory
            self.idValid = idValid
            self.pidfdOpen = pidfdOpen
            self.pidfdGetfd = pidfdGetfd
            self.addfdSend = addfdSend
            self.waitKillable = waitKillable
        }
    }

    public struct Ptrace: Sendable, Hashable {
        public var seize: Int32
        public var forkEvent: Int32
        public var execEvent: Int32
        public init(seize: Int32 = 0, forkEvent: Int32 = 0, execEvent: Int32 = 0) {
            self.seize = seize
            self.forkEvent = forkEvent
            self.execEvent = execEvent
        }
    }

    public enum Cgroup: String, Sendable, Hashable {
        case v2, hybrid, v1, none
    }

    /// A directory Guardian writes to.
    public enum Directory: Sendable, Hashable {
        case writable
        /// Missing; this user can create it (the first run or `guardian init` will).
        case creatable
        case notWritable(Int32)
    }

    public var kernel = ""
    public var uid: UInt32 = 0
    public var notify = Notify()
    /// Filter construction failed before any probe (libseccomp), with its message.
    public var filterError: String?
    public var ptrace = Ptrace()
    /// /proc/sys/kernel/yama/ptrace_scope; nil without Yama.
    public var yamaScope: Int?
    /// The Seccomp: field of /proc/self/status (0 none, 2 filter) and Seccomp_filters:.
    public var seccompMode: Int?
    public var seccompFilters: Int?
    /// landlock_create_ruleset(VERSION): the ABI, or a negative errno.
    public var landlockABI: Int32 = 0
    /// unshare(CLONE_NEWUSER) as this user, and as nobody when this user is root.
    public var userNamespace: Int32 = 0
    public var userNamespaceUnprivileged: Int32?
    public var cgroup: Cgroup = .v2
    /// Why this looks like a container ("/.dockerenv", "/proc/1/cgroup: kubepods"); empty if not.
    public var containerHints: [String] = []
    /// seccomp_version() as [major, minor, micro], and seccomp_api_get().
    public var libseccompVersion: [UInt32]?
    public var libseccompAPI: UInt32 = 0
    public var openat2: Int32 = 0
    public var statePath = ""
    public var state: Directory = .writable
    public var configPath = ""
    public var config: Directory = .writable

    public init() {}
}
