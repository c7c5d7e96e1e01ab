import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// The path calls that can reach or alias a protected file's content without opening it —
/// link, rename, truncate — and, when the profile has delete rules, unlink and rmdir. Each is
/// decided on the resolved objects and then performed by the supervisor through the directory
/// fds it resolved, so the decision and the act concern the same directories.
struct PathCallHandler: Sendable {
    let resolver: PathResolver
    let gate: PolicyGate
    let protection: SelfProtection
    let recorder: Recorder
    let channel: any TargetMessaging
    let refusals: Refusals
    /// An `ask` here is answered at once: refused with a request, or let through by an approval.
    let held: HeldCalls
    /// Files the tree was shown masked: replacing or truncating them would lose their secrets.
    let secrets: SecretFiles?

    /// A name in a resolved directory.
    struct Entry {
        var parent: Int32
        var name: [UInt8]
        var realPath: [UInt8]
        func close() { Glibc.close(parent) }
    }

    func handle(_ n: Notification, _ kind: SyscallTable.Kind, _ r: inout Responder) {
        let mem = TargetMemory(pid: n.tid)
        do throws(ResolutionError) {
            switch kind {
            case .truncate:
                let path = try copyPath(mem, n.arg(0))
                guard r.isValid() else { return r.handedOff() }
                try truncate(n.tid, path, length: Int64(bitPattern: n.arg(1)), &r)
            case .link, .linkat:
                let at = kind == .linkat
                let old = try copyPath(mem, n.arg(at ? 1 : 0))
                let new = try copyPath(mem, n.arg(at ? 3 : 1))
                guard r.isValid() else { return r.handedOff() }
                try link(n.tid, oldDir: at ? n.fdArg(0) : AT_FDCWD, old, newDir: at ? n.fdArg(2) : AT_FDCWD, new,
                         flags: at ? n.arg(4) : 0, &r)
            case .rename, .renameat, .renameat2:
                let at = kind != .rename
                let old = try copyPath(mem, n.arg(at ? 1 : 0))
                let new = try copyPath(mem, n.arg(at ? 3 : 1))
                guard r.isValid() else { return r.handedOff() }
                // A name taken away while the pin walk still runs could be a protected one it
                // has not reached: its older hardlinks would then pass for ordinary files.
                gate.pins.settle()
                try rename(n.tid, oldDir: at ? n.fdArg(0) : AT_FDCWD, old, newDir: at ? n.fdArg(2) : AT_FDCWD, new,
                           flags: kind == .renameat2 ? UInt32(truncatingIfNeeded: n.arg(4)) : 0, &r)
            case .unlink, .rmdir, .unlinkat:
                let at = kind == .unlinkat
                let path = try copyPath(mem, n.arg(at ? 1 : 0))
                guard r.isValid() else { return r.handedOff() }
                gate.pins.settle()
                let flags: UInt64 = kind == .rmdir ? UInt64(AT_REMOVEDIR) : (at ? n.arg(2) : 0)
                try unlink(n.tid, dir: at ? n.fdArg(0) : AT_FDCWD, path, flags: flags, &r)
            case .symlink, .symlinkat:
                let at = kind == .symlinkat
                let target = try copyPath(mem, n.arg(0))
                let link = try copyPath(mem, n.arg(at ? 2 : 1))
                guard r.isValid() else { return r.handedOff() }
                try make(n.tid, dir: at ? n.fdArg(1) : AT_FDCWD, link, syscall: "symlink", &r) { parent, name in
                    target.withCString { t in name.withCString { symlinkat(t, parent, $0) } }
                }
            case .mkdir, .mkdirat:
                let at = kind == .mkdirat
                let path = try copyPath(mem, n.arg(at ? 1 : 0))
                let mode = mode_t(truncatingIfNeeded: n.arg(at ? 2 : 1))
                guard r.isValid() else { return r.handedOff() }
                try make(n.tid, dir: at ? n.fdArg(0) : AT_FDCWD, path, syscall: "mkdir", &r) { parent, name in
                    name.withCString { mkdirat(parent, $0, mode) }
                }
            case .mknod, .mknodat:
                let at = kind == .mknodat
                let path = try copyPath(mem, n.arg(at ? 1 : 0))
                let mode = mode_t(truncatingIfNeeded: n.arg(at ? 2 : 1))
                let dev = dev_t(truncatingIfNeeded: n.arg(at ? 3 : 2))
                guard r.isValid() else { return r.handedOff() }
                try make(n.tid, dir: at ? n.fdArg(0) : AT_FDCWD, path, syscall: "mknod", &r) { parent, name in
                    name.withCString { mknodat(parent, $0, mode, dev) }
                }
            default:
                r.fail(ENOSYS)
            }
        } catch {
            refusals.refuse(n.tid, error, path: nil, syscall: "\(kind)", &r)
        }
    }

    /// A path argument copied out of the target; a failed copy is the kernel's answer (EFAULT, …).
    private func copyPath(_ mem: TargetMemory, _ address: UInt64) throws(ResolutionError) -> [UInt8] {
        do { return try mem.bytes(at: address) } catch { throw .errno(error.rawValue) }
    }

    private func entry(_ tid: pid_t, dirfd: Int32, _ path: [UInt8]) throws(ResolutionError) -> Entry {
        if path.isEmpty { throw .errno(ENOENT) }
        let (parentPath, name) = PathResolver.splitLast(path)
        if name == Array(".".utf8) || name == Array("..".utf8) { throw .errno(EBUSY) }
        let start = try resolver.start(tid: tid, dirfd: dirfd, path: parentPath)
        defer { start.close() }
        let named = try resolver.resolveNamed(tid: tid, start, path: parentPath, followLast: true)
        let parent = named.fd
        var real = named.path
        if real != [UInt8(ascii: "/")] { real.append(UInt8(ascii: "/")) }
        real.append(contentsOf: name)
        return Entry(parent: parent, name: name, realPath: real)
    }

    /// The identity and type of what a name in a directory refers to now, if anything.
    private func lstatEntry(_ e: Entry) -> stat? {
        var st = stat()
        let rc = e.name.withCString { fstatat(e.parent, $0, &st, AT_SYMLINK_NOFOLLOW) }
        return rc == 0 ? st : nil
    }

    /// Decides, records, and on deny answers and tells the target. True when allowed.
    private func decide(_ tid: pid_t, _ path: [UInt8], _ st: stat?, _ accesses: [FileAccess], syscall: String, verb: String,
                        landing: Bool = false, _ r: inout Responder) -> Bool {
        let d = FileDecision(gate: gate, protection: protection, path: path, identity: st.map(FileIdentity.init),
                             links: st.map(FileDecision.links) ?? 1, accesses: accesses)
        return decide(tid, d, st, landing: landing, syscall: syscall, verb: verb, &r)
    }

    /// `landing`: a directory or symlink arrives at the path, with what may lie beneath it.
    func decide(_ tid: pid_t, _ decision: FileDecision, _ st: stat?, landing: Bool = false, syscall: String, verb: String, _ r: inout Responder) -> Bool {
        var d = decision
        let accesses = d.accesses
        if landing {
            let arriving = gate.policy.evaluateLanding(d.path)
            if arriving.decision > d.evaluation.decision { d.evaluation = arriving }
        }
        if let st, (st.st_mode & S_IFMT) == S_IFDIR, accesses.contains(.delete) {
            // Moving or removing a directory takes everything protected beneath it along.
            let sub = gate.policy.evaluateSubtree(d.path, access: .delete)
            if sub.decision > d.evaluation.decision { d.evaluation = sub }
            if protection.isGuardedBeneath(d.path) {
                d.evaluation = Evaluation(decision: .deny, matches: [FileDecision.selfRule])
            }
        }
        if d.needsHuman {
            // link, rename, truncate and unlink are answered now, never held: refused with a
            // request a human can approve, which lets the identical retry through.
            return held.answerNow(d.held(recorder, tid: tid, kind: .file, syscall: syscall, verb: verb, cleanup: nil))
        }
        guard d.record(recorder, tid: tid, kind: .file, syscall: syscall) else { r.fail(EACCES); return false }
        guard d.allowed else {
            channel.tell(tid, d.message(verb: verb))
            r.fail(d.evaluation.hide ? ENOENT : EACCES)
            return false
        }
        return true
    }

    /// False (answered, told, recorded) when the file is a version the tree was shown masked:
    /// replacing or truncating it would put the stand-ins on disk in place of the secrets
    /// (`sed -i` writes what it read, then renames it over the file).
    private func keepsSecrets(_ tid: pid_t, _ path: [UInt8], _ st: stat, verb: String, _ r: inout Responder) -> Bool {
        guard let secrets, (st.st_mode & S_IFMT) == S_IFREG, let verdict = secrets.cached(st), verdict.copy != nil else { return true }
        SecretFiles.refuseWrite(tid, path: path, verdict, verb: verb, kind: .file, recorder: recorder, channel: channel)
        r.fail(EACCES)
        return false
    }

    /// symlink, mkdir, mknod: a new name, decided as a create on the parent's real path, made
    /// through the parent fd with the target's umask (in this worker's own fs_struct).
    private func make(_ tid: pid_t, dir: Int32, _ path: [UInt8], syscall: String, _ r: inout Responder,
                      _ body: (Int32, [UInt8]) -> Int32) throws(ResolutionError) {
        let e = try entry(tid, dirfd: dir, path)
        defer { e.close() }
        if lstatEntry(e) != nil { throw .errno(EEXIST) }
        // A symlink may name a directory: decided on what could lie beneath it, too.
        guard decide(tid, e.realPath, nil, [.create], syscall: syscall, verb: "creating", landing: syscall == "symlink", &r) else { return }
        guard let mask = ProcessTree.umask(of: tid) else { throw .errno(EACCES) }
        umask(mask)
        if body(e.parent, e.name) != 0 { throw .current }
        r.succeed(0)
    }

    private func truncate(_ tid: pid_t, _ path: [UInt8], length: Int64, _ r: inout Responder) throws(ResolutionError) {
        if path.isEmpty { throw .errno(ENOENT) }
        let start = try resolver.start(tid: tid, dirfd: AT_FDCWD, path: path)
        defer { start.close() }
        let named = try resolver.resolveNamed(tid: tid, start, path: path, followLast: true)
        let object = named.fd
        defer { close(object) }
        var st = stat()
        guard fstat(object, &st) == 0 else { throw .errno(EACCES) }
        let real = named.path
        guard decide(tid, real, st, [.write, .delete], syscall: "truncate", verb: "truncating", &r) else { return }
        guard keepsSecrets(tid, real, st, verb: "truncating", &r) else { return }
        let fd = open("/proc/self/fd/\(object)", O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw .current }
        defer { close(fd) }
        if ftruncate(fd, off_t(length)) != 0 { throw .current }
        r.succeed(0)
    }

    private func link(_ tid: pid_t, oldDir: Int32, _ old: [UInt8], newDir: Int32, _ new: [UInt8], flags: UInt64, _ r: inout Responder) throws(ResolutionError) {
        let source: Int32
        if old.isEmpty && flags & UInt64(GD_AT_EMPTY_PATH) != 0 {
            source = open("/proc/\(tid)/fd/\(oldDir)", GD_O_PATH | O_CLOEXEC)
            if source < 0 { throw .errno(EBADF) }
        } else {
            let start = try resolver.start(tid: tid, dirfd: oldDir, path: old)
            defer { start.close() }
            source = try resolver.resolve(tid: tid, start, path: old, followLast: flags & UInt64(AT_SYMLINK_FOLLOW) != 0)
        }
        defer { close(source) }
        var st = stat()
        guard fstat(source, &st) == 0 else { throw .errno(EACCES) }
        let real = try resolver.decisionPath(of: source, tid: tid)
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .errno(EPERM) }
        // A new name for a file reaches its content: decided like reading and writing it.
        guard decide(tid, real, st, [.read, .write], syscall: "link", verb: "linking", &r) else { return }
        let dest = try entry(tid, dirfd: newDir, new)
        defer { dest.close() }
        guard decide(tid, dest.realPath, lstatEntry(dest), [.create], syscall: "link", verb: "creating", &r) else { return }
        let rc = dest.name.withCString { linkat(AT_FDCWD, "/proc/self/fd/\(source)", dest.parent, $0, AT_SYMLINK_FOLLOW) }
        if rc != 0 { throw .current }
        r.succeed(0)
    }

    private func rename(_ tid: pid_t, oldDir: Int32, _ old: [UInt8], newDir: Int32, _ new: [UInt8], flags: UInt32, _ r: inout Responder) throws(ResolutionError) {
        let src = try entry(tid, dirfd: oldDir, old)
        defer { src.close() }
        guard let st = lstatEntry(src) else { throw .current }
        let exchange = flags & UInt32(GD_RENAME_EXCHANGE) != 0
        let dst = try entry(tid, dirfd: newDir, new)
        defer { dst.close() }
        let existing = lstatEntry(dst)
        // An exchange puts the destination's object at the source's name: decided as arriving.
        guard decide(tid, src.realPath, st, [.read, .write, .delete], syscall: "rename", verb: "renaming",
                     landing: exchange && existing.map(Self.mayHoldFiles) == true, &r) else { return }
        let accesses: [FileAccess] = existing == nil ? [.create] : [.create, .write, .delete]
        var d = FileDecision(gate: gate, protection: protection, path: dst.realPath, identity: existing.map(FileIdentity.init),
                             links: existing.map(FileDecision.links) ?? 1, accesses: accesses)
        // A file that git obeys (`unless_content: [inert-git-config]`): decided on the bytes
        // Guardian reads, and replaced from its own copy of them.
        var copy: ConfigReplacement? = nil
        if d.evaluation.dependsOn(.inertGitConfig) && !exchange && (st.st_mode & S_IFMT) == S_IFREG {
            let replacement = try ConfigReplacement.read(src, st, current: dst)
            if replacement.runsNothingNew {
                d = FileDecision(gate: gate, protection: protection, path: dst.realPath, identity: existing.map(FileIdentity.init),
                                 links: existing.map(FileDecision.links) ?? 1, accesses: accesses, content: .inertGitConfig)
            }
            copy = replacement
        }
        guard decide(tid, d, existing, landing: Self.mayHoldFiles(st), syscall: "rename", verb: "replacing", &r) else { return }
        if let existing { guard keepsSecrets(tid, dst.realPath, existing, verb: "replacing", &r) else { return } }
        if let copy {
            try copy.perform(src, dst, flags: flags)
            return r.succeed(0)
        }
        let rc = src.name.withCString { o in dst.name.withCString { n in gd_renameat2(src.parent, o, dst.parent, n, flags) } }
        if rc < 0 { throw .errno(-rc) }
        r.succeed(0)
    }

    /// A directory, or a symlink that may name one, brings files along when it arrives.
    static func mayHoldFiles(_ st: stat) -> Bool {
        let type = st.st_mode & S_IFMT
        return type == S_IFDIR || type == S_IFLNK
    }

    private func unlink(_ tid: pid_t, dir: Int32, _ path: [UInt8], flags: UInt64, _ r: inout Responder) throws(ResolutionError) {
        let e = try entry(tid, dirfd: dir, path)
        defer { e.close() }
        guard let st = lstatEntry(e) else { throw .current }
        guard decide(tid, e.realPath, st, [.delete], syscall: "unlink", verb: "deleting", &r) else { return }
        let rc = e.name.withCString { unlinkat(e.parent, $0, Int32(truncatingIfNeeded: flags)) }
        if rc != 0 { throw .current }
        r.succeed(0)
    }
}
