import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Descriptors the agent inherits from Guardian's caller that write into a named FIFO. What the
/// tree writes there goes to whoever reads the FIFO — now, or later, since a name can be opened
/// by any process of the user at any moment — so such a descriptor is the question a FIFO opened
/// for writing is (FifoWriter): a `local:` rule for the FIFO's path or its reader's program may
/// allow it; otherwise the session does not start (exit 125, naming the descriptor and the
/// reader). An anonymous pipe (`guardian run … | tee log`) has no name: it reaches only the
/// process the caller gave it to, and passes as it is.
enum InheritedFifos {
    static func check(policy: any PolicyEngine, recorder: Recorder, tree: ProcessTree) throws(GuardianError) {
        var fds: [Int32] = [0, 1, 2]
        for i in 0..<gd_inherited_fd_count() { fds.append(gd_inherited_fd_at(i)) }
        for fd in fds {
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFIFO else { continue }
            let flags = fcntl(fd, F_GETFL)
            // A descriptor whose mode cannot be read may write.
            if flags >= 0 && flags & O_ACCMODE == O_RDONLY { continue }
            guard let name = name(of: fd) else {
                throw GuardianError("fifo", "descriptor \(fd) is a FIFO whose name cannot be read; close it (\(fd)>&-) and run again")
            }
            if name.hasPrefix("pipe:[") { continue }
            let reader = FifoWriter.readers(of: FileIdentity(st), tree: tree, settle: 1).first
            let program = reader.flatMap { ProcessTree.executable(of: $0) }
            let evaluation = policy.evaluate(LocalConnection(socket: name, program: program))
            let rule = evaluation.primary ?? CompiledPolicy.localDefault
            let shown = program ?? reader.map { "pid \($0)" } ?? "none now"
            var e = recorder.event(pid: getpid(), kind: .open, decision: evaluation.decision <= .audit ? evaluation.decision.description : "deny", rule: rule)
            e.path = name
            e.access = "write"
            e.syscall = "inherited"
            e.listener = shown
            e.detail = ["object": "fifo", "descriptor": String(fd)]
            let recorded = evaluation.decision == .allow && evaluation.primary == nil ? true : recorder.record(e)
            if evaluation.decision <= .audit && recorded { continue }
            throw GuardianError(
                "fifo", "descriptor \(fd) writes into the FIFO \(name) (reader: \(shown)), which a process outside the session may read and run — rule \(rule.id): \(rule.reason); close it (\(fd)>&-), use a pipe, or allow it with a local: rule")
        }
    }

    /// The descriptor's name: a path for a FIFO, `pipe:[INODE]` for an anonymous pipe.
    private static func name(of fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
