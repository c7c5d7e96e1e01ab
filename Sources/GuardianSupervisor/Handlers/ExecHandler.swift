import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// execve and execveat, decided before they happen. An exec cannot be emulated, so an allowed
/// one is CONTINUEd — and verified again by the tracer at PTRACE_EVENT_EXEC against the
/// expectation recorded here, before the new image runs one instruction.
struct ExecHandler: Sendable {
    let resolver: PathResolver
    let gate: PolicyGate
    let protection: SelfProtection
    /// Copies and renames of the programs rules name, recognised by content.
    let identities: ProgramIdentity
    /// The `#!` lines of programs run so far.
    let shebangs: ShebangCache
    let expectations: ExecExpectations
    /// Shells started with their execs refused, and what they forked.
    let refused: RefusedScripts
    let recorder: Recorder
    let channel: any TargetMessaging
    let held: HeldCalls
    let refusals: Refusals

    /// What an exec will run, resolved: the binary or script, and a script's interpreter.
    struct Resolved {
        var program: String
        var identity: FileIdentity
        var interpreter: String?
        var interpreterIdentity: FileIdentity?
        /// A named program this file is a copy of (by content), and its sha256.
        var identifiedAs: String?
        var sha256: String?
        /// Neither named by the rules nor identified, and not a program the system installed
        /// (ProgramIdentity.isUnidentified): its arguments are checked for a destructive shape.
        var unidentified = false
    }

    func handle(_ n: Notification, _ kind: SyscallTable.Kind, _ r: inout Responder) {
        let mem = TargetMemory(pid: n.tid)
        let dirfd = kind == .execve ? AT_FDCWD : n.fdArg(0)
        let pathArg = kind == .execve ? 0 : 1
        let flags = kind == .execve ? 0 : n.arg(4)
        let path: [UInt8]
        let argv: [String]
        let env: NamedEnvironment
        do {
            let call = try mem.exec(path: n.arg(pathArg), argv: n.arg(pathArg + 1), envp: n.arg(pathArg + 2), names: gate.environmentNames)
            (path, argv, env) = (call.path, call.argv, call.environment)
        } catch { return r.fail(error.rawValue) }
        guard r.isValid() else { return r.handedOff() }

        let resolved: Resolved
        do {
            resolved = try resolve(tid: n.tid, dirfd: dirfd, path: path, flags: flags)
        } catch { return refusals.refuse(n.tid, error, path: path, syscall: kind == .execve ? "execve" : "execveat", &r) }
        // Inside a shell started with its execs refused: a program that exists is refused (one
        // that does not fails as it would, so a PATH search is not one refusal per directory).
        if let refusal = refused.refusal(of: n.tid) {
            return refuseInside(n.tid, refusal, program: resolved.program, argv: argv, syscall: kind == .execve ? "execve" : "execveat", &r)
        }
        guard let cwd = resolver.workingDirectory(of: n.tid) else {
            return refusals.refuse(n.tid, .unplaceable, path: path, syscall: kind == .execve ? "execve" : "execveat", &r)
        }
        // A copy of a named CLI is asked about as that CLI.
        var request = ExecRequest(program: resolved.identifiedAs ?? resolved.program, argv: argv, cwd: cwd, environment: env.values,
                                  interpreter: resolved.interpreter, sha256: resolved.sha256)
        request.files = namedFiles(tid: n.tid, gate.filesNamingTargets(request))
        request.resolvedPaths = resolvedPaths(tid: n.tid, gate.pathsToResolve(request))

        var evaluation: Evaluation
        if resolved.identity == protection.binary || resolved.interpreterIdentity == protection.binary {
            evaluation = Evaluation(decision: .deny, matches: [RuleMatch(
                id: "guardian.self-exec", decision: .deny,
                reason: "the guardian binary cannot be run from inside a supervised session")])
        } else if argv.isEmpty {
            // The kernel runs it with argv [""]; programs that read argv[1] then read the
            // environment instead (CVE-2021-4034). No program is started this way on purpose.
            evaluation = Evaluation(decision: .deny, matches: [RuleMatch(
                id: "exec.empty-argv", decision: .deny,
                reason: "an exec without arguments (no argv[0]) is refused")])
        } else if resolved.program.hasPrefix("/memfd:") || resolved.program.hasSuffix(" (deleted)") {
            evaluation = Evaluation(decision: .deny, matches: [RuleMatch(
                id: "exec.unidentifiable", decision: .deny,
                reason: "a program without a file on disk (memfd or deleted) cannot be identified")])
        } else if !env.conflicting.isEmpty {
            evaluation = Evaluation(decision: .deny, matches: [ExecHandler.ambiguousEnvironment(env.conflicting)])
        } else {
            evaluation = decide(request, unidentified: resolved.unidentified)
            // `sh ./railway volume delete`, `ld.so ./railway volume delete`: the file is the
            // program being run, as if exec'd.
            for (inner, unidentified) in runsWithin(tid: n.tid, request: request) {
                let e = decide(inner, unidentified: unidentified)
                if e.decision > evaluation.decision { evaluation = e }
            }
        }

        var event = recorder.event(
            pid: n.tid, kind: .exec, decision: evaluation.decision.description,
            rule: evaluation.primary, reason: evaluation.primary?.reason
        )
        event.program = resolved.program
        event.interpreter = resolved.interpreter
        event.argv = argv
        event.cwd = cwd
        event.environment = evaluation.environment
        event.syscall = kind == .execve ? "execve" : "execveat"
        if let identified = resolved.identifiedAs {
            event.detail = ["identified_as": identified, "sha256": resolved.sha256 ?? "", "path": resolved.program]
        }
        if !env.conflicting.isEmpty { event.detail = (event.detail ?? [:]).merging(["variables": env.conflicting.joined(separator: " ")]) { $1 } }

        let identity = resolved.interpreterIdentity ?? resolved.identity
        let pathString = String(decoding: path, as: UTF8.self)
        let scriptName = dirfd == AT_FDCWD || pathString.hasPrefix("/") ? pathString
            : pathString.isEmpty ? "/dev/fd/\(dirfd)" : "/dev/fd/\(dirfd)/\(pathString)"
        if evaluation.decision == .ask {
            let expectation = ExecExpectation(identity: identity, request: request, decision: .ask, scriptName: scriptName)
            let tid = n.tid
            let call = HeldCall(
                tid: tid, kind: .exec, evaluation: evaluation, event: event, summary: ExecHandler.summary(argv: argv, program: resolved.program),
                grantKey: "\(evaluation.primary?.id ?? "")|\(resolved.program)|\(argv.joined(separator: "\u{0}"))",
                dedupKey: "\(tid)|exec|\(resolved.program)|\(argv.joined(separator: "\u{0}"))",
                refusalKey: "\(tid)|exec|\(evaluation.primary?.id ?? "")|\(argv.joined(separator: "\u{0}"))"
            )
            var question = call
            if evaluation.refusableInside {
                // Refused (by a human, the timeout, or nobody watching): the shell starts with
                // its execs refused, so the harness that captures its stderr reads why.
                let rule = evaluation.primary
                question.refuseInside = { [expectations] r, why in
                    var refusing = expectation
                    refusing.refusal = RefusedScripts.Refusal(shell: call.summary, reason: why, rule: rule)
                    expectations.expect(tid, refusing)
                    r.continueExec()
                }
            }
            held.hold(question, &r) { [expectations] r in
                expectations.expect(tid, expectation)
                r.continueExec()
            }
            return
        }
        guard evaluation.decision <= .audit else {
            let line = ExecHandler.message(argv: argv, program: resolved.program, evaluation)
            guard evaluation.refusableInside else {
                _ = recorder.record(event)  // denied whether or not the line could be written
                channel.tell(n.tid, line)
                return r.fail(EACCES)
            }
            event.detail = (event.detail ?? [:]).merging(["started": ExecHandler.startedInside]) { $1 }
            guard recorder.record(event) else { return r.fail(EACCES) }
            channel.tell(n.tid, line + ". " + ExecHandler.startedInside)
            var expectation = ExecExpectation(identity: identity, request: request, decision: evaluation.decision, scriptName: scriptName)
            expectation.refusal = RefusedScripts.Refusal(
                shell: ExecHandler.summary(argv: argv, program: resolved.program), reason: ExecHandler.ruleReason(evaluation), rule: evaluation.primary)
            expectations.expect(n.tid, expectation)
            return r.continueExec()
        }
        expectations.expect(n.tid, ExecExpectation(identity: identity, request: request, decision: evaluation.decision, scriptName: scriptName))
        guard recorder.record(event) else {
            expectations.withdraw(n.tid)
            return r.fail(EACCES)
        }
        r.continueExec()
    }

    /// What the agent reads, and the event says, when a shell starts with its execs refused.
    static let startedInside = "The shell runs, and every program it starts is refused"

    /// An exec by a task of a shell started with its execs refused: refused with the shell's
    /// reason, whatever it runs.
    func refuseInside(_ tid: pid_t, _ refusal: RefusedScripts.Refusal, program: String, argv: [String], syscall: String,
                      _ r: inout Responder) {
        let line = "guardian: blocked \(ExecHandler.summary(argv: argv, program: program)) — it runs inside \(refusal.shell), which was refused: \(refusal.reason)"
        var event = recorder.event(pid: tid, kind: .exec, decision: Decision.deny.description, rule: refusal.rule,
                                   reason: "it runs inside \(refusal.shell), which was refused: \(refusal.reason)")
        event.program = program
        event.argv = argv
        event.syscall = syscall
        _ = recorder.record(event)  // refused whether or not the line could be written
        channel.tell(tid, line)
        r.fail(EACCES)
    }

    /// The policy's answer, and for an unidentified program that nothing stopped, whether its
    /// arguments have the shape of a destructive command (docs/PROFILES.md: shapes).
    func decide(_ request: ExecRequest, unidentified: Bool) -> Evaluation {
        let evaluation = gate.evaluate(request)
        guard unidentified, evaluation.decision < .ask else { return evaluation }
        let shape = gate.policy.evaluateShape(request)
        guard shape.decision > evaluation.decision else { return evaluation }
        return Evaluation(decision: shape.decision, matches: shape.matches + evaluation.matches, environment: shape.environment ?? evaluation.environment)
    }

    /// How many `#!` interpreters the kernel follows from one exec (fs/exec.c, exec_binprm).
    static let interpreterDepth = 5

    /// Resolves the program (and a `#!` interpreter) to real paths and identities.
    func resolve(tid: pid_t, dirfd: Int32, path: [UInt8], flags: UInt64) throws(ResolutionError) -> Resolved {
        var fd: Int32
        var named: [UInt8]?
        var taken: stat?
        if path.isEmpty {
            guard flags & UInt64(GD_AT_EMPTY_PATH) != 0, dirfd != AT_FDCWD else { throw .errno(ENOENT) }
            fd = open("/proc/\(tid)/fd/\(dirfd)", GD_O_PATH | O_CLOEXEC)
            if fd < 0 { throw .errno(EBADF) }
        } else {
            let start = try resolver.start(tid: tid, dirfd: dirfd, path: path)
            defer { start.close() }
            let object = try resolver.resolveNamed(tid: tid, start, path: path, followLast: flags & UInt64(AT_SYMLINK_NOFOLLOW) == 0)
            fd = object.fd
            named = object.path
            taken = object.stat
        }
        defer { close(fd) }
        // The resolution's own stat of the object when it took one (the same fd).
        var st = taken ?? stat()
        if taken == nil { guard fstat(fd, &st) == 0 else { throw .current } }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK { throw .errno(ELOOP) }
        if type == S_IFDIR { throw .errno(EACCES) }
        if type != S_IFREG { throw .errno(EACCES) }
        let real: [UInt8]
        if let named { real = named } else { real = try resolver.decisionPath(of: fd, tid: tid) }
        var resolved = Resolved(program: String(decoding: real, as: UTF8.self), identity: FileIdentity(st))
        if let (known, sha) = identities.identify(fd: fd, st: st, basename: BasicName.of(resolved.program)) {
            resolved.identifiedAs = known.path
            resolved.sha256 = sha
        } else {
            // Run under a name the rules know (wherever it lives): a copy of it under another
            // name is recognised from now on.
            identities.learn(name: BasicName.of(String(decoding: path, as: UTF8.self)), path: resolved.program, st: st)
            identities.learn(name: BasicName.of(resolved.program), path: resolved.program, st: st)
            resolved.unidentified = identities.isUnidentified(path: resolved.program, st: st)
        }

        // A `#!` script: the kernel runs its interpreter; rules see both. An interpreter that is
        // itself a script has its own (fs/exec.c follows up to 5 levels, then ELOOP): the rules
        // see the script's direct interpreter, and the image expected at PTRACE_EVENT_EXEC is
        // the binary at the end of the chain.
        var current = (fd: fd, st: st)
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        var depth = 0
        while let line = shebangs.interpreter(fd: current.fd, st: current.st) {
            depth += 1
            if depth > ExecHandler.interpreterDepth { throw .errno(ELOOP) }
            let start = try resolver.start(tid: tid, dirfd: AT_FDCWD, path: line)
            defer { start.close() }
            let ifd = try resolver.resolve(tid: tid, start, path: line, followLast: true)
            opened.append(ifd)
            var ist = stat()
            guard fstat(ifd, &ist) == 0 else { throw .errno(ENOEXEC) }
            if depth == 1 {
                let ireal = try resolver.decisionPath(of: ifd, tid: tid)
                resolved.interpreter = String(decoding: ireal, as: UTF8.self)
            }
            resolved.interpreterIdentity = FileIdentity(ist)
            current = (ifd, ist)
        }
        return resolved
    }

    /// The programs an exec runs within itself, each as if it had been executed and identified
    /// by content like any program: the file an interpreter is run on (`sh FILE ARGS`,
    /// `python3 FILE ARGS`), and the program the dynamic loader is given (`ld.so [OPTIONS]
    /// PROGRAM ARGS`), which it maps and enters within the same execve, so no later exec of it
    /// is ever trapped.
    ///
    /// A name that does not resolve to a regular file adds nothing: the interpreter or loader
    /// opens it after this decision and meets the same error, and a file put there meanwhile is
    /// reached by an ordinary open, not an exec (docs/SECURITY.md: what is decided on arguments).
    func runsWithin(tid: pid_t, request: ExecRequest) -> [(request: ExecRequest, unidentified: Bool)] {
        guard request.interpreter == nil, request.argv.count >= 2 else { return [] }
        let name = BasicName.of(request.program)
        let candidates: [(index: Int, argv0: String?)]
        if ProgramIdentity.isInterpreter(name) {
            candidates = request.argv[1].hasPrefix("-") ? [] : [(1, nil)]
        } else if CompiledPolicy.isDynamicLoader(name) {
            candidates = CompiledPolicy.loaderPrograms(request.argv)
        } else {
            return []
        }
        return candidates.compactMap { candidate in
            let file = request.argv[candidate.index]
            guard let (program, sha256, unidentified) = identify(tid: tid, file) else { return nil }
            let argv = [candidate.argv0 ?? file] + request.argv[(candidate.index + 1)...]
            return (ExecRequest(program: program, argv: argv, cwd: request.cwd, environment: request.environment,
                                interpreter: request.program, sha256: sha256), unidentified)
        }
    }

    /// A file named by an argument, resolved from the caller's cwd: its real path, or the named
    /// program it is a copy of, and that program's sha256.
    private func identify(tid: pid_t, _ file: String) -> (program: String, sha256: String?, unidentified: Bool)? {
        let path = Array(file.utf8)
        guard let start = try? resolver.start(tid: tid, dirfd: AT_FDCWD, path: path) else { return nil }
        defer { start.close() }
        guard let fd = try? resolver.resolve(tid: tid, start, path: path, followLast: true) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let real = try? resolver.decisionPath(of: fd, tid: tid) else { return nil }
        let program = String(decoding: real, as: UTF8.self)
        guard let known = identities.identify(fd: fd, st: st, basename: BasicName.of(program)) else {
            identities.learn(name: BasicName.of(file), path: program, st: st)
            return (program, nil, identities.isUnidentified(path: program, st: st))
        }
        return (known.known.path, known.sha256, false)
    }

    /// The files whose contents say where a command acts (a kubeconfig, an env file), resolved
    /// from the caller's cwd and root as it would open them, and read on the supervisor's own
    /// descriptor: regular files only (a FIFO or a device is never opened), without blocking,
    /// at most `ExecRequest.fileLimit` bytes each. A file that cannot be read is left out and
    /// the command is judged by the file's name. The contents are read before the exec is
    /// decided and the command reads the file again later: a file rewritten in between is not
    /// seen (these files guard against mistakes, not against a task racing its own checks).
    /// Each word as the object it reaches in the process's view, placed in Guardian's: its
    /// directory resolved with every symlink followed, then its last name (followed too when the
    /// word ends in `/`: `rm -r link/` empties the target, `rm -r link` removes the link). A
    /// word that cannot be resolved (its directory missing, unreadable) is left out and decided
    /// as written, as before this check: the rules then read the word lexically. A symlink
    /// changed after this, before the program acts, is not seen here; the delete rules at
    /// unlink (`hasDeleteRules`) decide on the object itself.
    func resolvedPaths(tid: pid_t, _ words: [String]) -> [String: String] {
        let slash = UInt8(ascii: "/")
        var out: [String: String] = [:]
        var directories: [[UInt8]: [UInt8]?] = [:]
        for word in words where out[word] == nil {
            var directory = Array(word.utf8)
            let followLast = directory.last == slash
            while directory.count > 1, directory.last == slash { directory.removeLast() }
            var last: [UInt8] = []
            if !followLast {
                let cut = directory.lastIndex(of: slash)
                let name = Array(directory[(cut.map { $0 + 1 } ?? 0)...])
                // `x/..` and `x/.` name directories the walk resolves whole.
                if name != Array(".".utf8), name != Array("..".utf8) {
                    last = name
                    directory = cut.map { $0 == 0 ? [slash] : Array(directory[..<$0]) } ?? Array(".".utf8)
                }
            }
            // Each directory once (`xargs rm -rf` hands over many words of a few directories).
            let found: [UInt8]?
            if let known = directories[directory] {
                found = known
            } else {
                guard directories.count < ExecRequest.resolvedDirectoryLimit else { continue }
                found = resolvedDirectory(tid: tid, directory)
                directories[directory] = found
            }
            guard var path = found else { continue }
            if !last.isEmpty {
                if path != [slash] { path.append(slash) }
                path += last
            }
            out[word] = String(decoding: path, as: UTF8.self)
        }
        return out
    }

    func resolvedDirectory(tid: pid_t, _ directory: [UInt8]) -> [UInt8]? {
        guard let start = try? resolver.start(tid: tid, dirfd: AT_FDCWD, path: directory) else { return nil }
        defer { start.close() }
        guard let fd = try? resolver.resolve(tid: tid, start, path: directory, followLast: true) else { return nil }
        defer { close(fd) }
        return try? resolver.decisionPath(of: fd, tid: tid)
    }

    func namedFiles(tid: pid_t, _ files: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for file in files where out[file] == nil && !file.isEmpty {
            let path = Array(file.utf8)
            guard let start = try? resolver.start(tid: tid, dirfd: AT_FDCWD, path: path) else { continue }
            defer { start.close() }
            guard let fd = try? resolver.resolve(tid: tid, start, path: path, followLast: true) else { continue }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            let readable = open("/proc/self/fd/\(fd)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
            guard readable >= 0 else { continue }
            defer { close(readable) }
            var bytes = [UInt8](repeating: 0, count: ExecRequest.fileLimit)
            var count = 0
            while count < bytes.count {
                let n = bytes.withUnsafeMutableBytes { read(readable, $0.baseAddress! + count, $0.count - count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                count += n
            }
            out[file] = String(decoding: bytes[..<count], as: UTF8.self)
        }
        return out
    }

    /// The refusal of an exec whose environment names a variable the policy reads twice with
    /// different values (see `NamedEnvironment`).
    static func ambiguousEnvironment(_ names: [String]) -> RuleMatch {
        RuleMatch(
            id: "exec.ambiguous-environment", decision: .deny,
            reason: "the environment gives \(names.joined(separator: ", ")) twice with different values, and programs disagree on which one they read")
    }

    static func message(argv: [String], program: String, _ e: Evaluation) -> String {
        var line = "guardian: blocked \(summary(argv: argv, program: program)) — \(ruleReason(e))"
        if e.decision == .ask { line += " (it needs a human's approval)" }
        return line
    }

    /// An exec as the agent and the operator read it: its arguments, quoted.
    static func summary(argv: [String], program: String) -> String {
        "\"\((argv.isEmpty ? [program] : argv).joined(separator: " "))\""
    }

    /// The deciding rule and its reason.
    static func ruleReason(_ e: Evaluation) -> String {
        "rule \(e.primary?.id ?? "default"): \(e.primary?.reason ?? "denied by policy")"
    }
}
