import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// open, openat, openat2, creat: resolved as the target would, decided on the object, and — when
/// allowed — performed by the supervisor, the fd installed into the target with ADDFD+SEND.
/// The kernel never re-reads the target's path, so no thread or rename can swap the object.
struct OpenHandler: Sendable {
    let resolver: PathResolver
    let gate: PolicyGate
    let protection: SelfProtection
    let recorder: Recorder
    let channel: any TargetMessaging
    let held: HeldCalls
    let refusals: Refusals
    /// Guardian's user namespace: a namespace map is opened from the task's own when it differs.
    let ownUserNamespace: FileIdentity?
    /// Trust bundles with the session CA, and files served as the bytes that were checked.
    let served: ServedFiles
    /// Files holding secrets, served masked; nil when the session does not scan.
    let secrets: SecretFiles?
    /// The tree's own pipes in place of FIFOs it holds read-write.
    let hubs: FifoHubs

    struct Request {
        var dirfd: Int32
        var pathAddress: UInt64
        var flags: Int32
        var mode: UInt32
        var resolve: UInt64
        var syscall: String
    }

    func handle(_ n: Notification, _ kind: SyscallTable.Kind, _ r: inout Responder) {
        var req: Request
        switch kind {
        case .open:
            req = Request(dirfd: AT_FDCWD, pathAddress: n.arg(0), flags: Int32(truncatingIfNeeded: n.arg(1)), mode: UInt32(truncatingIfNeeded: n.arg(2)), resolve: 0, syscall: "open")
        case .creat:
            req = Request(dirfd: AT_FDCWD, pathAddress: n.arg(0), flags: O_CREAT | O_WRONLY | O_TRUNC, mode: UInt32(truncatingIfNeeded: n.arg(1)), resolve: 0, syscall: "creat")
        case .openat:
            req = Request(dirfd: n.fdArg(0), pathAddress: n.arg(1), flags: Int32(truncatingIfNeeded: n.arg(2)), mode: UInt32(truncatingIfNeeded: n.arg(3)), resolve: 0, syscall: "openat")
        default:  // openat2(dirfd, path, struct open_how *, size)
            var how = (UInt64(0), UInt64(0), UInt64(0))
            let size = n.arg(3)
            guard size >= 24 else { return r.fail(EINVAL) }
            let got = withUnsafeMutableBytes(of: &how) { gd_read_mem(n.tid, n.arg(2), $0.baseAddress, 24) }
            guard got == 24 else { return r.fail(EFAULT) }
            // Larger structs from newer libcs must have zero tails; we know no extension fields.
            if size > 24 { return r.fail(E2BIG) }
            guard how.0 <= UInt64(UInt32.max) else { return r.fail(EINVAL) }
            req = Request(dirfd: n.fdArg(0), pathAddress: n.arg(1), flags: Int32(truncatingIfNeeded: how.0), mode: UInt32(truncatingIfNeeded: how.1), resolve: how.2, syscall: "openat2")
        }
        let path: [UInt8]
        do { path = try TargetMemory(pid: n.tid).bytes(at: req.pathAddress) } catch { return r.fail(error.rawValue) }
        // Copied: from here on we decide on values we own. The pid may have been reused.
        guard r.isValid() else { return r.handedOff() }
        if path.isEmpty { return r.fail(ENOENT) }
        open(n.tid, req, path, &r, attempt: 0)
    }

    private func open(_ tid: pid_t, _ req: Request, _ path: [UInt8], _ r: inout Responder, attempt: Int) {
        let start: PathResolver.Start
        do { start = try resolver.start(tid: tid, dirfd: req.dirfd, path: path, resolve: req.resolve) } catch { return r.fail(error.answer) }
        defer { start.close() }

        let creating = req.flags & O_CREAT != 0
        let exclusive = creating && req.flags & O_EXCL != 0
        let follow = req.flags & O_NOFOLLOW == 0 && !exclusive
        let named: NamedObject
        do {
            named = try resolver.resolveNamed(tid: tid, start, path: path, followLast: follow, resolve: req.resolve)
        } catch let e {
            if e == .errno(ENOENT) && creating {
                return create(tid, req, path, start, &r, attempt: attempt)
            }
            if e == .errno(EACCES), let copy = sessionTrustFile(req, path) {
                switch copy {
                case .success(let c): return OpenHandler.serve(c, req.flags & ~(O_EXCL | O_NOFOLLOW) | O_CLOEXEC | O_NOCTTY, cloexec: req.flags & O_CLOEXEC != 0, &r)
                case .failure(let e): return r.fail(e.rawValue)
                }
            }
            return refusals.refuse(tid, e, path: path, syscall: req.syscall, &r)
        }
        let object = named.fd
        defer { close(object) }

        // The resolution's own stat of the object when it took one (the same fd).
        var st = named.stat ?? stat()
        if named.stat == nil { guard fstat(object, &st) == 0 else { return r.fail(errno) } }
        let type = st.st_mode & S_IFMT
        if exclusive { return r.fail(EEXIST) }
        if type == S_IFLNK && req.flags & GD_O_PATH == 0 { return r.fail(ELOOP) }
        if req.flags & O_DIRECTORY != 0 && type != S_IFDIR { return r.fail(ENOTDIR) }

        let real = named.path
        var decision = FileDecision(
            gate: gate, protection: protection, path: real, identity: FileIdentity(st), links: FileDecision.links(st),
            accesses: accesses(forOpenFlags: req.flags, creating: false, trapDeletes: gate.policy.hasDeleteRules)
        )
        // A read of a regular file may be served from a sealed copy (ServedFiles): a rule
        // that spares files of certificates only, /etc/resolv.conf naming Guardian's resolver,
        // the session's own trust files, or another trust bundle that gets the session CA.
        var copy: ServedCopy?
        // Set when `copy` is a masked copy: the original it stands for.
        var maskedOriginal: stat?
        // What the real path says about looking at the content: one pass, no allocation.
        let traits = type == S_IFREG ? PathTraits(real) : nil
        if let traits, req.flags & O_ACCMODE == O_RDONLY && req.flags & (GD_O_PATH | O_TRUNC) == 0 {
            if !decision.allowed && decision.evaluation.dependsOn(.certificates) {
                if let seen = served.examine(object), seen.content.isCertificates, let c = seen.copy {
                    decision = FileDecision(
                        gate: gate, protection: protection, path: real, identity: FileIdentity(st), links: FileDecision.links(st),
                        accesses: [.read], content: .certificates)
                    copy = c
                }
            } else if let config = served.resolverConfig, decision.allowed, config.matches(real) {
                // The resolver configuration names Guardian's resolver (ServedResolverConfig).
                copy = config.copy(object)
            } else if decision.allowed, let session = served.sessionFile(real) {
                // The session's own trust.crt or Java store: the bytes Guardian made.
                switch session {
                case .success(let c): copy = c
                case .failure(let e): return r.fail(e.rawValue)
                }
            } else if served.trust != nil && decision.allowed && traits.mayBeTrustBundle {
                if let seen = served.examine(object, forTrust: true), seen.appended { copy = seen.copy }
            }
        }
        // Secrets by content: a file holding one is read through a masked copy; writing a file
        // the tree was shown masked is refused (it would put the stand-ins on disk in place of
        // the secrets).
        if copy == nil, let traits, req.flags & GD_O_PATH == 0, decision.allowed || decision.needsHuman,
           let secrets, SecretFiles.mayHold(traits, size: Int(st.st_size)) {
            let reading = req.flags & O_ACCMODE != O_WRONLY
            let writing = req.flags & O_ACCMODE != O_RDONLY || req.flags & O_TRUNC != 0
            let verdict = reading ? secrets.verdict(object, path: real, st) : secrets.cached(st)
            if reading && verdict == nil {
                // A file that may hold a secret is never served unread.
                var e = recorder.event(pid: tid, kind: .open, decision: "deny", reason: "Guardian could not read this file to check it for secrets")
                e.rule = "secrets.unreadable"
                e.path = String(decoding: real, as: UTF8.self)
                _ = recorder.record(e)
                return r.fail(EACCES)
            }
            if let verdict, let masked = verdict.copy {
                if writing {
                    SecretFiles.refuseWrite(tid, path: real, verdict, verb: "writing", kind: .open, recorder: recorder, channel: channel)
                    return r.fail(EACCES)
                }
                var e = recorder.event(pid: tid, kind: .open, decision: "audit", reason: "served masked: \(SecretFiles.summary(verdict))")
                e.rule = "secrets.masked"
                e.path = String(decoding: real, as: UTF8.self)
                guard recorder.record(e) else { return r.fail(EACCES) }
                copy = masked
                maskedOriginal = st
            }
        }
        guard decision.record(recorder, tid: tid, kind: .open, syscall: req.syscall) else { return r.fail(EACCES) }
        // Reopen the very object we decided on, through our own O_PATH fd.
        var flags = req.flags & ~(O_CREAT | O_EXCL | O_NOFOLLOW) | O_CLOEXEC | O_NOCTTY
        if req.flags & GD_O_PATH != 0 { flags = req.flags | O_CLOEXEC }
        let cloexec = req.flags & O_CLOEXEC != 0
        if decision.needsHuman {
            let kept = fcntl(object, F_DUPFD_CLOEXEC, 0)
            guard kept >= 0 else { return r.fail(errno) }
            let reopenFlags = flags
            let call = decision.held(recorder, tid: tid, kind: .open, syscall: req.syscall, verb: "opening", cleanup: { close(kept) })
            held.hold(call, &r) { [copy] r in
                if let copy { return OpenHandler.serve(copy, reopenFlags, cloexec: cloexec, &r) }
                OpenHandler.reopen(kept, reopenFlags, cloexec: cloexec, &r)
            }
            return
        }
        guard decision.allowed else {
            channel.tell(tid, decision.message(verb: "opening"))
            return r.fail(decision.evaluation.hide ? ENOENT : EACCES)
        }
        if let copy, let original = maskedOriginal, let identities = secrets?.identities {
            return OpenHandler.serveMasked(copy, original: original, object: object, identities: identities, tid: tid, flags, cloexec: cloexec, &r)
        }
        if let copy { return OpenHandler.serve(copy, flags, cloexec: cloexec, &r) }
        if type == S_IFIFO && req.flags & GD_O_PATH == 0 && hubs.live(FileIdentity(st), tree: resolver.tree) {
            // The tree holds this FIFO read-write as a pipe of its own: its processes meet there.
            guard let fd = hubs.open(for: FileIdentity(st), flags: flags) else { return r.fail(EAGAIN) }
            r.install(fd, cloexec: cloexec)
            close(fd)
            return
        }
        if type == S_IFIFO && req.flags & GD_O_PATH == 0 && req.flags & O_ACCMODE != O_RDONLY {
            // Who reads what the tree writes (FifoWriter).
            let writer = FifoWriter(tree: resolver.tree, gate: gate, recorder: recorder, channel: channel, held: held, hubs: hubs)
            return writer.open(tid, object, path: real, identity: FileIdentity(st), flags: flags, cloexec: cloexec, syscall: req.syscall, &r)
        }
        if type == S_IFIFO && req.flags & O_NONBLOCK == 0 && req.flags & GD_O_PATH == 0 {
            // A blocking FIFO open waits for the other end: do it on a thread of its own.
            let dup = fcntl(object, F_DUPFD_CLOEXEC, 0)
            guard dup >= 0 else { return r.fail(errno) }
            let responder = r
            let fifoFlags = flags
            r.handedOff()
            do {
                try OSThread.start {
                    var r = responder
                    OpenHandler.reopen(dup, fifoFlags, cloexec: cloexec, &r)
                    close(dup)
                }.detach()
            } catch {
                close(dup)
                var fallback = responder
                fallback.fail(EAGAIN)
            }
            return
        }
        if resolver.namespaced.load(ordering: .relaxed), OpenHandler.isNamespaceMap(real), gd_is_procfs(object) == 1 {
            return reopenInUserNamespace(tid, object, flags, cloexec: cloexec, &r)
        }
        OpenHandler.reopen(object, flags, cloexec: cloexec, &r)
    }

    /// One of the session's own trust files, named exactly as the trust variables name it, for a
    /// read that could not reach it: a task of a root tree that changed its credentials (`setpriv
    /// --reuid nobody`, a service dropping privileges) is acted for with them, and Guardian's
    /// state directory, where the files are kept, is not theirs to cross. The files hold only
    /// public certificates and are served from Guardian's own bytes (`ServedFiles.sessionFile`),
    /// so any task may read them. Nil for anything else: the refusal stands.
    private func sessionTrustFile(_ req: Request, _ path: [UInt8]) -> Result<ServedCopy, Errno>? {
        guard path.first == UInt8(ascii: "/"), req.resolve == 0,
              req.flags & O_ACCMODE == O_RDONLY, req.flags & (GD_O_PATH | O_TRUNC | O_CREAT | O_DIRECTORY) == 0 else { return nil }
        return served.sessionFile(path)
    }

    /// /proc/PID/{uid_map, gid_map, projid_map, setgroups}: the kernel checks a write against
    /// the user namespace of whoever opened the file, which must be the map's own or its parent.
    static func isNamespaceMap(_ path: [UInt8]) -> Bool {
        let name = PathResolver.splitLast(path).name
        return name == Array("uid_map".utf8) || name == Array("gid_map".utf8)
            || name == Array("projid_map".utf8) || name == Array("setgroups".utf8)
    }

    /// Opens a namespace map as the task would: from the task's own user namespace (a
    /// sandbox writing the map of a namespace nested in its own, as unprivileged bubblewrap
    /// does for /dev).
    private func reopenInUserNamespace(_ tid: pid_t, _ object: Int32, _ flags: Int32, cloexec: Bool, _ r: inout Responder) {
        let ns = Glibc.open("/proc/\(tid)/ns/user", O_RDONLY | O_CLOEXEC)
        guard ns >= 0 else { return OpenHandler.reopen(object, flags, cloexec: cloexec, &r) }
        defer { close(ns) }
        var st = stat()
        guard fstat(ns, &st) == 0 else { return r.fail(EACCES) }
        if FileIdentity(st) == ownUserNamespace { return OpenHandler.reopen(object, flags, cloexec: cloexec, &r) }
        // Opened from the task the notification names, still waiting: not a reused pid.
        guard r.isValid() else { return r.fail(EACCES) }
        let fd = gd_open_in_userns(ns, object, flags)
        guard fd >= 0 else { return r.fail(-fd) }
        r.install(fd, cloexec: cloexec)
        close(fd)
    }

    /// Installs a reader's own open file of a served copy instead of the real file.
    static func serve(_ copy: ServedCopy, _ flags: Int32, cloexec: Bool, _ r: inout Responder) {
        let fd = copy.open(flags: flags)
        guard fd >= 0 else { return r.fail(errno) }
        r.install(fd, cloexec: cloexec)
        close(fd)
    }

    /// A masked copy, installed at a free number of the served band where its `fstat` and
    /// `statx` show the original (`object`, MaskedIdentities); at the lowest free number when
    /// the band has none.
    static func serveMasked(_ copy: ServedCopy, original: stat, object: Int32, identities: MaskedIdentities, tid: pid_t,
                            _ flags: Int32, cloexec: Bool, _ r: inout Responder) {
        let fd = copy.open(flags: flags)
        guard fd >= 0 else { return r.fail(errno) }
        defer { close(fd) }
        if let number = MaskedIdentities.freeBandNumber(tid, &r) {
            identities.note(copy, original: original, object: object)
            if r.install(fd, cloexec: cloexec, at: number) { return }
        }
        r.install(fd, cloexec: cloexec)
    }

    /// Opens the object behind an O_PATH fd with the caller's flags and installs it.
    static func reopen(_ object: Int32, _ flags: Int32, cloexec: Bool, _ r: inout Responder) {
        let fd = gd_reopen(object, flags)
        guard fd >= 0 else { return r.fail(-fd) }
        r.install(fd, cloexec: cloexec)
        close(fd)
    }

    /// O_CREAT of a name that does not exist: decide on the parent's real path plus the name,
    /// then create it relative to the parent fd we resolved (O_EXCL|O_NOFOLLOW, so a name that
    /// appeared meanwhile sends us back to the top instead of opening an undecided object).
    private func create(_ tid: pid_t, _ req: Request, _ path: [UInt8], _ start: PathResolver.Start, _ r: inout Responder, attempt: Int) {
        let (parentPath, name) = PathResolver.splitLast(path)
        if name.isEmpty || name == Array(".".utf8) || name == Array("..".utf8) { return r.fail(EISDIR) }
        let parent: Int32
        do {
            parent = try resolver.resolve(tid: tid, start, path: parentPath, followLast: true, resolve: req.resolve)
        } catch { return refusals.refuse(tid, error, path: path, syscall: req.syscall, &r) }
        defer { close(parent) }
        var real: [UInt8]
        do { real = try resolver.decisionPath(of: parent, tid: tid) } catch { return refusals.refuse(tid, error, path: path, syscall: req.syscall, &r) }
        if real != [UInt8(ascii: "/")] { real.append(UInt8(ascii: "/")) }
        real.append(contentsOf: name)

        let decision = FileDecision(
            gate: gate, protection: protection, path: real, identity: nil,
            accesses: accesses(forOpenFlags: req.flags, creating: true, trapDeletes: gate.policy.hasDeleteRules)
        )
        guard decision.record(recorder, tid: tid, kind: .open, syscall: req.syscall) else { return r.fail(EACCES) }
        if decision.needsHuman {
            // Held: on approval, create it as decided, relative to the parent resolved now.
            guard let mask = ProcessTree.umask(of: tid) else { return r.fail(EACCES) }
            let kept = fcntl(parent, F_DUPFD_CLOEXEC, 0)
            guard kept >= 0 else { return r.fail(errno) }
            let flags = req.flags | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY
            let mode = req.mode & 0o7777
            let call = decision.held(recorder, tid: tid, kind: .open, syscall: req.syscall, verb: "creating", cleanup: { close(kept) })
            held.hold(call, &r) { r in
                let fd = PathResolver.openat(kept, name, flags, mode & ~UInt32(mask))
                if fd < 0 { return r.fail(errno) }
                r.install(fd, cloexec: flags & O_CLOEXEC != 0 && req.flags & O_CLOEXEC != 0)
                close(fd)
            }
            return
        }
        guard decision.allowed else {
            channel.tell(tid, decision.message(verb: "creating"))
            return r.fail(decision.evaluation.hide ? ENOENT : EACCES)
        }
        // The file is created with the target's umask, in this thread's own fs_struct.
        if let mask = ProcessTree.umask(of: tid) { umask(mask) } else { return r.fail(EACCES) }
        let flags = req.flags | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY
        let fd = PathResolver.openat(parent, name, flags, req.mode & 0o7777)
        if fd < 0 {
            let e = errno
            if (e == EEXIST || e == ELOOP) && req.flags & O_EXCL == 0 && attempt < 3 {
                // Someone made the name meanwhile: decide again on what is there now.
                return open(tid, req, path, &r, attempt: attempt + 1)
            }
            return r.fail(e)
        }
        r.install(fd, cloexec: req.flags & O_CLOEXEC != 0)
        close(fd)
    }
}
