import CGuardianShim
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
    let hubs: FifoHubs

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
        // An O_RDWR open makes the task a reader itself (a semaphore of tokens, `exec 3<>fifo`):
        // only another reader, outside the tree, is then a question now.
        let readsItself = flags & O_ACCMODE == O_RDWR
        let holders = FifoWriter.holders(of: identity, tree: tree, settle: readsItself ? 5 : 20, ignoring: fd)
        // Guardian's own readers are reads it performs for the tree.
        let readers = holders.filter(\.reads).map(\.pid)
        let outside = FifoWriter.outsideReader(readers, of: identity, tree: tree)
        if outside == nil && readsItself {
            // What it writes would wait in the FIFO for whoever opens the name later: the task
            // gets the tree's own pipe instead (FifoHubs), unless processes already use the
            // FIFO itself, which that pipe would cut off.
            close(fd)
            if let other = holders.first(where: { $0.pid != getpid() }) ?? holders.first {
                // Another process, or Guardian holding it for the tree (a relay, an open).
                return refuseShared(tid, path: path, holder: other.pid, syscall: syscall, &r)
            }
            guard let pipe = hubs.open(for: identity, flags: flags) else { return r.fail(EAGAIN) }
            var e = recorder.event(pid: tid, kind: .open, decision: "audit", rule: FifoWriter.ownPipe)
            e.path = String(decoding: path, as: UTF8.self)
            e.access = "read,write"
            e.syscall = syscall
            e.detail = ["object": "fifo"]
            guard recorder.record(e) else { close(pipe); return r.fail(EACCES) }
            r.install(pipe, cloexec: cloexec)
            close(pipe)
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

    /// A read-write open of a FIFO that other processes already hold (the tree's own through
    /// Guardian included): the tree's own pipe would cut them off, and the FIFO itself would
    /// keep what the task writes for a reader outside that comes later. Refused, with an event.
    static let sharedReadWrite = RuleMatch(
        id: "guardian.fifo-shared-read-write", decision: .deny,
        reason: "a FIFO other processes already hold cannot be opened for reading and writing: open it write-only (its readers are then decided) or read-only")
    /// A read-write open served with the tree's own pipe (FifoHubs), recorded.
    static let ownPipe = RuleMatch(
        id: "guardian.fifo-own-pipe", decision: .audit,
        reason: "opened for reading and writing with no other process on it: the tree gets a pipe of its own in its place, which a process outside that opens the FIFO later does not share")

    private func refuseShared(_ tid: pid_t, path: [UInt8], holder: pid_t, syscall: String, _ r: inout Responder) {
        let shown = String(decoding: path, as: UTF8.self)
        let rule = FifoWriter.sharedReadWrite
        let program = holder == getpid() ? "guardian (for the tree)" : ProcessTree.executable(of: holder) ?? "pid \(holder)"
        var e = recorder.event(pid: tid, kind: .open, decision: "deny", rule: rule)
        e.path = shown
        e.access = "read,write"
        e.syscall = syscall
        e.listener = program
        e.detail = ["object": "fifo"]
        _ = recorder.record(e)
        channel.tell(tid, "guardian: blocked opening the FIFO \(shown) for reading and writing (held by \(program)) — rule \(rule.id): \(rule.reason)")
        r.fail(EACCES)
    }

    /// A process holding the FIFO: Guardian's own pid for the descriptors Guardian holds on
    /// the tree's behalf (a relay, an open being performed).
    struct Holder: Equatable {
        var pid: pid_t
        var reads: Bool
    }

    /// The processes holding the FIFO `identity` open (Guardian's own descriptor `ignoring`
    /// aside). Our open woke every reader waiting in its own open(2), and the kernel installs a
    /// reader's descriptor only as that call returns: the table is read again every 2 ms, up to
    /// `settle` times, until an outside reader shows (or until two reads agree on the readers
    /// seen, once at least one was).
    static func holders(of identity: FileIdentity, tree: ProcessTree, settle: Int, ignoring: Int32 = -1) -> [Holder] {
        var seen: [Holder] = []
        var previous: [Holder]? = nil
        for attempt in 0..<settle {
            let found = scan(identity, ignoring: ignoring)
            for h in found where !seen.contains(h) { seen.append(h) }
            if seen.contains(where: { $0.reads && $0.pid != getpid() && !tree.contains($0.pid) }) { break }
            if found.contains(where: \.reads) && previous == found { break }
            previous = found
            if attempt < settle - 1 { usleep(2000) }
        }
        return seen
    }

    /// The first of `readers` outside the tree that still holds the FIFO for reading when looked
    /// at again after the tree said it is not one of its own. A reader of the tree's that read,
    /// exited and was reaped between the scan and the question holds nothing by then (the
    /// tracer removes a task only once it is gone, its descriptors closed): it is not mistaken
    /// for an outside one.
    static func outsideReader(_ readers: [pid_t], of identity: FileIdentity, tree: ProcessTree) -> pid_t? {
        readers.first { $0 != getpid() && !tree.contains($0) && access($0, identity, ignoring: -1) == true }
    }

    /// The processes (other than Guardian) holding the FIFO `identity` open for reading.
    static func readers(of identity: FileIdentity, tree: ProcessTree, settle: Int) -> [pid_t] {
        holders(of: identity, tree: tree, settle: settle).filter { $0.reads && $0.pid != getpid() }.map(\.pid)
    }

    private static func scan(_ identity: FileIdentity, ignoring: Int32) -> [Holder] {
        let me = getpid()
        guard let proc = opendir("/proc") else { return [] }
        defer { closedir(proc) }
        var found: [Holder] = []
        while let entry = readdir(proc) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name) else { continue }
            if let reads = access(pid, identity, ignoring: pid == me ? ignoring : -1) { found.append(Holder(pid: pid, reads: reads)) }
        }
        return found
    }

    /// Whether `pid` holds the FIFO, and then whether one of its descriptors on it reads
    /// (O_RDONLY or O_RDWR); nil when it holds none but `ignoring`. A descriptor whose flags
    /// cannot be read counts as reading.
    private static func access(_ pid: pid_t, _ identity: FileIdentity, ignoring: Int32) -> Bool? {
        guard let dir = opendir("/proc/\(pid)/fd") else { return nil }
        defer { closedir(dir) }
        var holds = false
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.first?.isNumber == true, Int32(name) != ignoring else { continue }
            var st = stat()
            guard stat("/proc/\(pid)/fd/\(name)", &st) == 0, st.st_mode & S_IFMT == S_IFIFO, FileIdentity(st) == identity else { continue }
            // fdinfo's `flags:` is the open file's f_flags in octal. O_PATH descriptors (Guardian's
            // own, resolving a path) neither read nor write.
            guard let info = ProcessTree.readSmallFile("/proc/\(pid)/fdinfo/\(name)"),
                  let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags:") }),
                  let flags = Int32(line.dropFirst(6).drop(while: { $0 == " " || $0 == "\t" }), radix: 8) else { return true }
            if flags & GD_O_PATH != 0 { continue }
            holds = true
            if flags & O_ACCMODE != O_WRONLY { return true }
        }
        return holds ? false : nil
    }
}
