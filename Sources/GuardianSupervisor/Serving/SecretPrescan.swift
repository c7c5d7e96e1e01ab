import CGuardianShim
import GuardianSecrets
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What the project's pre-scan did, for the session's end event — files looked at, files found
/// holding a secret, and how long it took (unfinished while it runs) — and the session's word that it
/// is over. Atomics only: the pre-scan's thread runs at idle priority and may be preempted
/// anywhere for milliseconds, so nothing the session's end reads may wait on it.
public final class PrescanReport: Sendable {
    private let files = Atomic<Int>(0)
    private let masked = Atomic<Int>(0)
    private let milliseconds = Atomic<Int>(-1)
    private let stopped = Atomic<Bool>(false)
    /// The pre-scan's thread, once it runs (0 before).
    private let thread = Atomic<Int32>(0)

    public init() {}

    func counted(masked found: Bool) {
        files.add(1, ordering: .relaxed)
        if found { masked.add(1, ordering: .relaxed) }
    }
    func finished(after ms: Int) { milliseconds.store(ms, ordering: .releasing) }
    func running(on tid: pid_t) { thread.store(tid, ordering: .releasing) }

    /// Whether the session is over: the walk ends at its next file.
    var isStopped: Bool { stopped.load(ordering: .relaxed) }

    /// The session is over: the walk ends at its next file, and its thread leaves idle priority
    /// where the kernel allows it (CAP_SYS_NICE), so the process's exit — which waits for every
    /// thread to run once more — does not wait for CPU time nothing else wants.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        let tid = thread.load(ordering: .acquiring)
        if tid > 0 && milliseconds.load(ordering: .acquiring) < 0 { _ = gd_sched_normal(tid) }
    }

    /// `files N, with secrets M, T ms` — or `… so far, unfinished`.
    public var summary: String {
        let ms = milliseconds.load(ordering: .acquiring)
        return "files \(files.load(ordering: .relaxed)), with secrets \(masked.load(ordering: .relaxed)), " + (ms >= 0 ? "\(ms) ms" : "unfinished")
    }
}

/// The project scanned for secrets in the background from half a second into the session, so
/// an agent's opens find their verdict cached and a copy of a secret is known by its value even
/// when the copy is read before the file it came from. Bounded in files and depth; runs on a
/// thread of its own at idle priority, stopped when the tree is gone; reads through Guardian's
/// own fds like any scan.
struct SecretPrescan: Sendable {
    let files: SecretFiles
    let report: PrescanReport
    static let fileLimit = 20_000
    static let depthLimit = 12
    /// Directories whose content is generated, vendored or compressed: not where a project
    /// keeps its own secrets, and where most of its files are.
    static let skipped: Set<String> = [".git", "node_modules", ".build", "target", "dist", "build", "__pycache__",
                                       ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".next", ".cache", "vendor"]

    /// How long the pre-scan waits, asleep at normal priority, before it starts (µs).
    static let startDelay: useconds_t = 500_000

    func start(_ root: String) {
        do {
            try OSThread.start {
                // A session shorter than this — a command, not an agent — never starts the
                // scan: the scan is for an agent's later opens, and a thread at idle priority
                // still alive when the session ends holds up the process's exit (every thread
                // must run once more to exit, and one at idle priority may wait for seconds on
                // a busy machine). Asleep at normal priority it wakes at once to exit.
                usleep(Self.startDelay)
                if report.isStopped { return }
                // The scanner and the detectors' tables are built once per process, under a
                // lock the decision path may wait on: touched here first, at normal priority
                // (at once when the start's own step built them), never by an idle thread.
                SecretScanner.warm()
                // A background scan must not compete with the agent's own work: it runs on
                // CPU time nothing else wants (SCHED_IDLE), or at least niced. A file the tree
                // opens before the scan reached it is scanned at that open.
                if gd_sched_idle() != 0 {
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(gd_gettid()), 19)
                }
                report.running(on: gd_gettid())
                var budget = Self.fileLimit
                // The registry's index, taken again only when a secret was registered: the
                // registry's lock is the decision path's too.
                var known: (generation: Int, known: KnownSecrets)? = nil
                var began = timespec()
                clock_gettime(CLOCK_MONOTONIC, &began)
                walk(root, depth: 0, budget: &budget, known: &known)
                var ended = timespec()
                clock_gettime(CLOCK_MONOTONIC, &ended)
                if !report.isStopped {
                    report.finished(after: (ended.tv_sec - began.tv_sec) * 1000 + (ended.tv_nsec - began.tv_nsec) / 1_000_000)
                }
            }.detach()
        } catch {
            // Nothing is lost: each file is scanned when it is first opened.
        }
    }

    private func walk(_ directory: String, depth: Int, budget: inout Int, known: inout (generation: Int, known: KnownSecrets)?) {
        guard depth <= Self.depthLimit, budget > 0, let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var subdirectories: [String] = []
        while budget > 0, !report.isStopped, let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                if !Self.skipped.contains(name) { subdirectories.append(path) }
            case Int32(DT_REG):
                budget -= 1
                scan(path, known: &known)
            default:
                continue
            }
        }
        for sub in subdirectories where !report.isStopped { walk(sub, depth: depth + 1, budget: &budget, known: &known) }
    }

    private func scan(_ path: String, known: inout (generation: Int, known: KnownSecrets)?) {
        let object = open(path, GD_O_PATH | O_CLOEXEC | O_NOFOLLOW)
        guard object >= 0 else { return }
        defer { close(object) }
        var st = stat()
        let bytes = Array(path.utf8)
        guard fstat(object, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, SecretFiles.mayHold(bytes, size: Int(st.st_size)) else { return }
        let generation = files.registry.count
        if known?.generation != generation { known = (generation, files.registry.known) }
        let verdict = files.verdict(object, path: bytes, st, background: true, known: known)
        report.counted(masked: verdict?.copy != nil)
    }
}
