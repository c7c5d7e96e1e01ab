import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Opening a FIFO for writing: whoever reads the other end gets the bytes, and a shell loop
/// outside the tree (`while :; do sh < fifo; done`) runs them as commands beyond Guardian's
/// reach. That is the question a socket to an outside listener raises, and it is asked the same
/// way (`local:` rules; none matching: `network.local-outside`, deny), with the reader named.
///
/// The reader is only known once the two ends pair: a reader waiting in its own open(2) holds
/// no descriptor yet. So Guardian performs the open (a blocking one on a thread of its own, as
/// any blocking FIFO open), and only then — before the descriptor reaches the task — looks for
/// the processes holding the FIFO open for reading (/proc/PID/fd, /proc/PID/fdinfo). A reader
/// outside the tree, or none that can be found, and the descriptor is closed instead of
/// installed: the outside reader sees end-of-file, nothing written.
struct FifoWriter: Sendable {
    let tree: ProcessTree
    let gate: PolicyGate
    let recorder: Recorder
    let channel: any TargetMessaging
    let held: HeldCalls

    /// `object`: Guardian's O_PATH fd on the FIFO; `flags`: the open's flags, ready to reopen.
    func open(_ tid: pid_t, _ object: Int32, path: [UInt8], identity: FileIdentity, flags: Int32, cloexec: Bool, syscall: String, _ r: inout Responder) {
        if flags & O_NONBLOCK != 0 { return finish(tid, Glibc.open("/proc/self/fd/\(object)", flags), flags, path, identity, cloexec, syscall, &r) }
        let dup = fcntl(object, F_DUPFD_CLOEXEC, 0)
        guard dup >= 0 else { return r.fail(errno) }
        let responder = r
        r.handedOff()
        let writer = self
        do {
            try OSThread.start {
                var r = responder
                let fd = Glibc.open("/proc/self/fd/\(dup)", flags)
                let failure = errno
                close(dup)
                if fd < 0 { return r.fail(failure) }
                writer.finish(tid, fd, flags, path, identity, cloexec, syscall, &r)
            }.detach()
        } catch {
            close(dup)
            var fallback = responder
            fallback.fail(EAGAIN)
        }
    }

    /// Decides on the paired reader and installs `fd` (Guardian's own write end) or closes it.
    private func finish(_ tid: pid_t, _ fd: Int32, _ flags: Int32, _ path: [UInt8], _ identity: FileIdentity, _ cloexec: Bool, _ syscall: String, _ r: inout Responder) {
        guard fd >= 0 else { return r.fail(errno) }
        // An O_RDWR open makes the task a reader itself (make's jobserver FIFO): only another
        // reader, outside the tree, is then a question. An O_WRONLY open paired with someone.
        let readsItself = flags & O_ACCMODE == O_RDWR
        let readers = FifoWriter.readers(of: identity, tree: tree, settle: readsItself ? 5 : 20)
        let outside = readers.first { !tree.contains($0) }
        if outside == nil && readsItself {
            // The task reads this descriptor too: it gets the FIFO itself (docs/SECURITY.md).
            r.install(fd, cloexec: cloexec)
            close(fd)
            return
        }
        if outside == nil && !readers.isEmpty {
            // Readers may come later: the data flows through Guardian, which looks again.
            let relay = FifoRelay(writer: self, tid: tid, path: path, identity: identity)
            if !relay.start(fifo: fd, flags: flags, cloexec: cloexec, &r) {
                close(fd)
                r.fail(EAGAIN)
            }
            return
        }
        // An outside reader — or none found: a reader's descriptor may be invisible to
        // Guardian (another user's process, a non-root Guardian), and unknown is not inside.
        let shown = String(decoding: path, as: UTF8.self)
        let program = outside.flatMap { ProcessTree.executable(of: $0) }
        let evaluation = gate.policy.evaluate(LocalConnection(socket: shown, program: program))
        let rule = evaluation.primary ?? CompiledPolicy.localDefault
        var e = recorder.event(pid: tid, kind: .open, decision: evaluation.decision.description, rule: rule)
        e.path = shown
        e.access = "write"
        e.syscall = syscall
        e.listener = program ?? outside.map { "pid \($0)" } ?? "unknown"
        e.detail = ["object": "fifo"]
        switch evaluation.decision {
        case .allow, .audit:
            guard evaluation.decision == .allow || recorder.record(e) else { close(fd); return r.fail(EACCES) }
            r.install(fd, cloexec: cloexec)
            close(fd)
        case .deny:
            _ = recorder.record(e)
            channel.tell(tid, "guardian: blocked writing to the FIFO \(shown) (reader: \(e.listener!)) — rule \(rule.id): \(rule.reason)")
            close(fd)
            r.fail(EACCES)
        case .ask:
            let responder = r
            r.handedOff()
            let done = Once<Bool> { approved in
                var x = responder
                if approved && x.isValid() { x.install(fd, cloexec: cloexec) } else if x.isValid() { x.fail(EACCES) }
                close(fd)
            }
            held.holdRequest(
                tid: tid, event: e, rule: rule, summary: "writing to the FIFO \(shown) (reader: \(e.listener!))",
                key: "fifo|\(rule.id)|\(shown)",
                proceed: { done.call(true) }, refuse: { _ in done.call(false) })
        }
    }

    /// A reader outside the tree (or none Guardian can see) met while relaying: decided as at
    /// the open, except that an `ask` cannot hold data in flight and refuses. True when refused
    /// (recorded, and the task told).
    func refuseFlow(_ tid: pid_t, path: [UInt8], reader outside: pid_t?) -> Bool {
        let shown = String(decoding: path, as: UTF8.self)
        let program = outside.flatMap { ProcessTree.executable(of: $0) }
        let evaluation = gate.policy.evaluate(LocalConnection(socket: shown, program: program))
        let rule = evaluation.primary ?? CompiledPolicy.localDefault
        var e = recorder.event(pid: tid, kind: .open, decision: evaluation.decision == .allow || evaluation.decision == .audit ? evaluation.decision.description : "deny", rule: rule)
        e.path = shown
        e.access = "write"
        e.syscall = "write"
        e.listener = program ?? outside.map { "pid \($0)" } ?? "unknown"
        e.detail = ["object": "fifo", "when": "a reader opened the FIFO after the open was decided"]
        switch evaluation.decision {
        case .allow:
            return false
        case .audit:
            return !recorder.record(e)
        case .deny, .ask:
            _ = recorder.record(e)
            channel.tell(tid, "guardian: stopped writing to the FIFO \(shown) (reader: \(e.listener!), which opened it later) — rule \(rule.id): \(rule.reason)")
            return true
        }
    }

    /// The processes (other than Guardian) holding the FIFO `identity` open for reading. Our
    /// open woke every reader waiting in its own open(2), and the kernel installs a reader's
    /// descriptor only as that call returns: the table is read again every 2 ms, up to `settle`
    /// times, until an outside reader shows (or, for an O_WRONLY open, which paired with at
    /// least one reader, until two reads agree on the readers seen).
    static func readers(of identity: FileIdentity, tree: ProcessTree, settle: Int) -> [pid_t] {
        var seen: [pid_t] = []
        var previous: [pid_t]? = nil
        for attempt in 0..<settle {
            let found = scan(identity)
            for pid in found where !seen.contains(pid) { seen.append(pid) }
            if seen.contains(where: { !tree.contains($0) }) { break }
            if !found.isEmpty && previous == found { break }
            previous = found
            if attempt < settle - 1 { usleep(2000) }
        }
        return seen
    }

    private static func scan(_ identity: FileIdentity) -> [pid_t] {
        let me = getpid()
        guard let proc = opendir("/proc") else { return [] }
        defer { closedir(proc) }
        var found: [pid_t] = []
        while let entry = readdir(proc) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name), pid != me else { continue }
            if readsFifo(pid, identity) { found.append(pid) }
        }
        return found
    }

    /// Whether `pid` has a descriptor on the FIFO open for reading (O_RDONLY or O_RDWR).
    private static func readsFifo(_ pid: pid_t, _ identity: FileIdentity) -> Bool {
        guard let dir = opendir("/proc/\(pid)/fd") else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.first?.isNumber == true else { continue }
            var st = stat()
            guard stat("/proc/\(pid)/fd/\(name)", &st) == 0, st.st_mode & S_IFMT == S_IFIFO, FileIdentity(st) == identity else { continue }
            // fdinfo's `flags:` is the open file's f_flags in octal.
            guard let info = ProcessTree.readSmallFile("/proc/\(pid)/fdinfo/\(name)") else { return true }
            for line in info.split(separator: "\n") where line.hasPrefix("flags:") {
                let value = line.dropFirst(6).drop(while: { $0 == " " || $0 == "\t" })
                guard let flags = Int32(value, radix: 8) else { return true }
                if flags & O_ACCMODE != O_WRONLY { return true }
            }
        }
        return false
    }
}
