import CGuardianShim
import GuardianSecrets
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What the project's pre-scan did, for the session's end event: files looked at, files found
/// holding a secret, and how long it took (nil while it runs).
public final class PrescanReport: Sendable {
    private let state = Mutex<(files: Int, masked: Int, milliseconds: Int?)>((0, 0, nil))

    public init() {}

    func counted(masked: Bool) { state.withLock { $0.files += 1; if masked { $0.masked += 1 } } }
    func finished(after milliseconds: Int) { state.withLock { $0.milliseconds = milliseconds } }

    /// `files N, with secrets M, T ms` — or `… so far, unfinished`.
    public var summary: String {
        let s = state.withLock { $0 }
        return "files \(s.files), with secrets \(s.masked), " + (s.milliseconds.map { "\($0) ms" } ?? "unfinished")
    }
}

/// The project scanned for secrets in the background as the session starts, so the first
/// opens find their verdict cached and a copy of a secret is known by its value even when the
/// copy is read before the file it came from. Bounded in files and depth; runs
/// on a thread of its own at idle priority; reads through Guardian's own fds like any scan.
struct SecretPrescan: Sendable {
    let files: SecretFiles
    let report: PrescanReport
    static let fileLimit = 20_000
    static let depthLimit = 12
    /// Directories whose content is generated, vendored or compressed: not where a project
    /// keeps its own secrets, and where most of its files are.
    static let skipped: Set<String> = [".git", "node_modules", ".build", "target", "dist", "build", "__pycache__",
                                       ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".next", ".cache", "vendor"]

    func start(_ root: String) {
        do {
            try OSThread.start {
                // A background scan must not compete with the agent's own work: it runs on
                // CPU time nothing else wants (SCHED_IDLE), or at least niced. A file the tree
                // opens before the scan reached it is scanned at that open.
                if gd_sched_idle() != 0 {
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(gd_gettid()), 19)
                }
                var budget = Self.fileLimit
                // The registry's index, taken again only when a secret was registered: the
                // registry's lock is the decision path's too.
                var known: (generation: Int, known: KnownSecrets)? = nil
                var began = timespec()
                clock_gettime(CLOCK_MONOTONIC, &began)
                walk(root, depth: 0, budget: &budget, known: &known)
                var ended = timespec()
                clock_gettime(CLOCK_MONOTONIC, &ended)
                report.finished(after: (ended.tv_sec - began.tv_sec) * 1000 + (ended.tv_nsec - began.tv_nsec) / 1_000_000)
            }.detach()
        } catch {
            // Nothing is lost: each file is scanned when it is first opened.
        }
    }

    private func walk(_ directory: String, depth: Int, budget: inout Int, known: inout (generation: Int, known: KnownSecrets)?) {
        guard depth <= Self.depthLimit, budget > 0, let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var subdirectories: [String] = []
        while budget > 0, let entry = readdir(dir) {
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
        for sub in subdirectories { walk(sub, depth: depth + 1, budget: &budget, known: &known) }
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
