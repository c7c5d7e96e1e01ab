import CGuardianProbe
import CGuardianShim
import CSeccomp
import GuardianSupervisor
import GuardianEvents
#if canImport(Glibc)
import Glibc
#endif

// The doing half of `guardian doctor`: each mechanism is tried for real. Whatever changes a
// process (a seccomp filter, ptrace, unshare) happens in a forked child that runs only the C
// in gd_probe.c; Swift here reads files and calls the probes.
extension DoctorFacts {
    public static func probe(paths: GuardianPaths = .fromEnvironment(), timeoutMilliseconds: Int32 = 3000) -> DoctorFacts {
        var f = DoctorFacts()
        f.kernel = kernelRelease()
        f.uid = getuid()
        probeSeccomp(into: &f, timeout: timeoutMilliseconds)

        var p = gd_probe_ptrace_result()
        let candidates: [String] = ["/bin/true", "/usr/bin/true"]
        let exe = candidates.first { access($0, X_OK) == 0 } ?? "/bin/true"
        _ = gd_probe_ptrace(exe, timeoutMilliseconds, &p)
        f.ptrace = Ptrace(seize: p.seize, forkEvent: p.fork_event, execEvent: p.exec_event)
        f.yamaScope = readFile("/proc/sys/kernel/yama/ptrace_scope").flatMap { Int($0.trimmed) }
        let status = readFile("/proc/self/status") ?? ""
        f.seccompMode = field(status, "Seccomp:").flatMap { Int($0) }
        f.seccompFilters = field(status, "Seccomp_filters:").flatMap { Int($0) }

        f.landlockABI = gd_probe_landlock_abi()
        f.userNamespace = gd_probe_userns(uid_t.max, gid_t.max, timeoutMilliseconds)
        if f.uid == 0 {
            f.userNamespaceUnprivileged = gd_probe_userns(65534, 65534, timeoutMilliseconds)
        }
        f.cgroup = cgroupVersion()
        f.containerHints = containerHints()
        if let v = seccomp_version() {
            f.libseccompVersion = [v.pointee.major, v.pointee.minor, v.pointee.micro]
        }
        f.libseccompAPI = seccomp_api_get()
        let fd = gd_openat2(AT_FDCWD, "/", UInt64(O_RDONLY | O_DIRECTORY | O_CLOEXEC), 0, GD_RESOLVE_NO_MAGICLINKS)
        f.openat2 = fd < 0 ? fd : 0
        if fd >= 0 { close(fd) }

        f.statePath = paths.state
        f.state = directoryState(paths.state)
        f.configPath = paths.config
        f.config = directoryState(paths.config)
        return f
    }

    /// The notify round trip with a filter built the way `guardian run` builds its own:
    /// libseccomp in the parent, exported as BPF, installed by the child with seccomp(2).
    static func probeSeccomp(into f: inout DoctorFacts, timeout: Int32) {
        let plan = FilterPlan(rules: [FilterPlan.Rule(syscall: "getppid", action: .notify, conditions: [])])
        let filter: Filter
        do {
            filter = try Filter.compile(plan)
        } catch {
            f.filterError = error.description
            let skipped = -ECANCELED
            f.notify = Notify(install: skipped, syncWakeUp: skipped, notify: skipped, readMemory: skipped, idValid: skipped,
                              pidfdOpen: skipped, pidfdGetfd: skipped, addfdSend: skipped, waitKillable: skipped)
            return
        }
        var r = gd_probe_notify_result()
        let waitKillable = filter.instructions.withUnsafeBufferPointer { bpf -> Int32 in
            _ = gd_probe_notify(bpf.baseAddress, UInt16(bpf.count), 0, timeout, &r)
            return gd_probe_filter_flags(bpf.baseAddress, UInt16(bpf.count),
                                         GD_SECCOMP_FILTER_FLAG_NEW_LISTENER | GD_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV, timeout)
        }
        f.notify = Notify(install: r.install, syncWakeUp: r.sync_wake_up, notify: r.notify, readMemory: r.read_memory,
                          idValid: r.id_valid, pidfdOpen: r.pidfd_open, pidfdGetfd: r.pidfd_getfd, addfdSend: r.addfd_send,
                          waitKillable: waitKillable)
    }

    static func kernelRelease() -> String {
        var u = utsname()
        guard uname(&u) == 0 else { return "(unknown)" }
        func text<T>(_ field: inout T) -> String {
            withUnsafeBytes(of: &field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(text(&u.release)) \(text(&u.machine))"
    }

    static func cgroupVersion() -> Cgroup {
        if access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0 { return .v2 }
        if access("/sys/fs/cgroup/unified/cgroup.controllers", F_OK) == 0 { return .hybrid }
        for controller in ["memory", "cpu", "pids", "systemd"] where access("/sys/fs/cgroup/\(controller)", F_OK) == 0 {
            return .v1
        }
        return .none
    }

    /// Signs of a container, each with where it was seen. None is proof; together they are a good hint.
    static func containerHints() -> [String] {
        var hints: [String] = []
        if access("/.dockerenv", F_OK) == 0 { hints.append("/.dockerenv") }
        if access("/run/.containerenv", F_OK) == 0 { hints.append("/run/.containerenv") }
        if let name = readFile("/run/systemd/container")?.trimmed, !name.isEmpty { hints.append("/run/systemd/container: \(name)") }
        let runtimes = ["docker", "kubepods", "containerd", "libpod", "lxc", "crio"]
        if let cgroup = readFile("/proc/1/cgroup"), let hit = runtimes.first(where: { cgroup.contains($0) }) {
            hints.append("/proc/1/cgroup: \(hit)")
        }
        if let environ = readFile("/proc/1/environ"),
           let entry = environ.split(separator: "\0").first(where: { $0.hasPrefix("container=") }) {
            hints.append("pid 1 \(entry)")
        }
        if let mountinfo = readFile("/proc/self/mountinfo") {
            for line in mountinfo.split(separator: "\n") {
                let fields = line.split(separator: " ")
                // mountinfo(5): field 5 is the mount point; the fs type follows the " - " separator.
                guard fields.count > 4, fields[4] == "/", let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
                let type = fields[dash + 1]
                if type == "overlay" || type == "fuse-overlayfs" { hints.append("root file system is \(type)") }
            }
            if mountinfo.contains("/docker/containers/") || mountinfo.contains("/var/lib/kubelet/") {
                hints.append("/proc/self/mountinfo: container runtime mounts")
            }
        }
        return hints
    }

    /// Writable if a file can be created in it; creatable if missing under a writable ancestor.
    static func directoryState(_ path: String) -> Directory {
        var st = stat()
        if stat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { return .notWritable(-ENOTDIR) }
            var template = Array((path + "/.guardian-doctor-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if fd < 0 { return .notWritable(-errno) }
            close(fd)
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            return .writable
        }
        var ancestor = path
        while let slash = ancestor.lastIndex(of: "/") {
            ancestor = slash == ancestor.startIndex ? "/" : String(ancestor[..<slash])
            if access(ancestor, F_OK) == 0 {
                return access(ancestor, W_OK | X_OK) == 0 ? .creatable : .notWritable(-errno)
            }
            if ancestor == "/" { break }
        }
        return .notWritable(-ENOENT)
    }

    static func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while bytes.count < 1 << 20 {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value after "Name:" on its line of a /proc status file.
    static func field(_ text: String, _ name: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return String(line.dropFirst(name.count)).trimmed
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed())
    }
}
