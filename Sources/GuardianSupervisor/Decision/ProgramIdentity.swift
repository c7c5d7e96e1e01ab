import CGuardianShim
import Crypto
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Recognises a program by its content: a copy, hardlink or rename of a CLI the rules name
/// (`cp $(command -v railway) /tmp/x; /tmp/x volume delete`) is asked about as that CLI.
///
/// Hashing every exec'd binary would cost tens of milliseconds for large ones, so the named
/// programs are indexed by size; only a binary of the same size under another name is hashed
/// (SHA-256, cached by device, inode, size, mtime and ctime), wherever it is run from. The index
/// holds the named programs found at start on PATH and in the places CLIs are installed
/// without being on it (`~/.cargo/bin`, `~/.local/bin`, the project's `node_modules/.bin` and
/// virtualenvs), and grows with every file run under a name the rules know (a CLI downloaded
/// or unpacked during the session): a copy of it under another name is recognised after that.
final class ProgramIdentity: Sendable {
    struct Known: Sendable {
        var name: String
        var path: String
    }

    /// The named programs found at start, by size: found on a thread of their own beside the
    /// rest of the start; the first exec waits for them (the agent's own, before the tree has
    /// run an instruction of its own).
    private let bySize: StartValue<[Int64: [Known]]>
    /// Named programs first run during the session, by size.
    private let learned = Mutex<[Int64: [Known]]>([:])
    private let names: Set<String>
    private let hashes = Mutex<[FileVersion: String]>([:])
    /// When the session started: a file changed since is not part of the system's trees.
    let started: timespec

    /// `names`: the basenames exec rules name; `searchPath`: the agent's PATH; `home` and
    /// `project`: where the other install places are looked for; `timeline` gets the search's
    /// duration as a span.
    init(names: Set<String>, searchPath: String?, home: String? = nil, project: String? = nil, timeline: StartTimeline? = nil) {
        self.names = names
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        started = now
        let places = [searchPath] + Self.installPlaces(home: home, project: project).map({ Optional($0) })
        bySize = StartValue("identities", timeline: timeline) {
            var index: [Int64: [Known]] = [:]
            // PATH as the shell searches it (the first of each name); then each install place on
            // its own, so a CLI there is indexed even when PATH has another build of it.
            for places in places {
                for (name, found) in Self.locate(names, searchPath: places) where index[found.size]?.contains(where: { $0.path == found.path }) != true {
                    index[found.size, default: []].append(Known(name: name, path: found.path))
                }
            }
            // Programs of one size in name order: two names for one binary (`fly`, `flyctl`) are
            // then told apart the same way at every start.
            return index.mapValues { $0.sorted { $0.name < $1.name } }
        }
    }

    /// Where CLIs are installed off PATH: per-user toolchains, and the project's own.
    static func installPlaces(home: String?, project: String?) -> [String] {
        var places: [String] = []
        if let home, home.hasPrefix("/") {
            places += [".local/bin", ".cargo/bin", "go/bin", ".bun/bin", ".deno/bin", ".npm-global/bin", ".volta/bin",
                       ".yarn/bin", ".pulumi/bin", ".fly/bin", ".railway/bin", "bin"].map { home + "/" + $0 }
        }
        if let project, project.hasPrefix("/") {
            places += ["node_modules/.bin", ".venv/bin", "venv/bin", "bin"].map { project + "/" + $0 }
        }
        return places
    }

    /// Notes a file run under a name the rules know, so a copy of it under another name is
    /// recognised from then on.
    func learn(name: String, path: String, st: stat) {
        guard names.contains(name), st.st_size > 0, st.st_mode & S_IFMT == S_IFREG else { return }
        let size = Int64(st.st_size)
        if bySize.get()[size]?.contains(where: { $0.path == path }) == true { return }
        learned.withLock { index in
            if index[size]?.contains(where: { $0.path == path }) == true { return }
            if index.count >= 1024 { return }
            index[size, default: []].append(Known(name: name, path: path))
        }
    }

    /// Directories whose programs the system installed: a program there, unchanged since the
    /// session started, is not "unidentified" (the shape rules leave it alone).
    static let systemTrees = ["/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/", "/lib32/", "/libx32/", "/opt/", "/snap/", "/nix/store/"]

    /// Whether a program no rule names and no content matched is unidentified: outside the
    /// system's trees, or changed (created, copied, written) since the session started.
    func isUnidentified(path: String, st: stat) -> Bool {
        if names.contains(BasicName.of(path)) { return false }
        guard Self.systemTrees.contains(where: { path.hasPrefix($0) }) else { return true }
        let changed = st.st_ctim
        return changed.tv_sec > started.tv_sec || (changed.tv_sec == started.tv_sec && changed.tv_nsec >= started.tv_nsec)
    }

    /// Where each name is found on `searchPath`: in PATH order, absolute entries only, the first
    /// directory where the name is a regular non-empty file (an empty file or a directory of
    /// that name does not hide a later one). Names with a `/` are never looked up.
    ///
    /// The rules name a hundred-odd programs and a PATH has a dozen directories: a stat of
    /// every pair is over a thousand calls at every start, nearly all failing. Instead each
    /// directory is opened once (O_PATH), and one that appears again under another name
    /// (`/bin` → `/usr/bin`) is skipped: what it holds was looked for already. A small
    /// directory is listed (readdir) and only the names it holds are stat'ed; a large one
    /// (`/usr/bin`, a thousand entries) costs more to list than to ask about each name left,
    /// so it is asked, relative to the open directory. Either way a name is found where the
    /// stat of `dir/name` finds it.
    static func locate(_ names: Set<String>, searchPath: String?) -> [String: (path: String, size: Int64)] {
        // On bytes: `String.contains("/")` would be Foundation's substring search.
        var wanted = names.filter { !$0.isEmpty && !$0.utf8.contains(UInt8(ascii: "/")) }
        var found: [String: (path: String, size: Int64)] = [:]
        var seen: [FileIdentity] = []
        for dir in (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where dir.hasPrefix("/") {
            if wanted.isEmpty { break }
            let dir = String(dir)
            // Where this fails (no such directory, not a directory, a component not searchable),
            // so does every stat under it.
            let fd = open(dir, GD_O_PATH | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, !seen.contains(FileIdentity(st)) else { continue }
            seen.append(FileIdentity(st))
            // A directory's size is about its entries' bytes (ext4: a block at least, some
            // 30 bytes an entry; tmpfs: 20): a rough count of what a listing would return.
            let small = st.st_size <= max(4096, 32 * wanted.count)
            // A directory that is searchable but not readable is asked, as a lookup through it
            // would be.
            let candidates = (small ? entries(of: fd, among: wanted) : nil) ?? Array(wanted)
            for name in candidates {
                guard fstatat(fd, name, &st, 0) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { continue }
                found[name] = (dir + "/" + name, Int64(st.st_size))
                wanted.remove(name)
            }
        }
        return found
    }

    /// The names in the directory `fd` that are in `wanted`, or nil when it cannot be read.
    /// An entry is only made a String when its length is one a wanted name has.
    private static func entries(of fd: Int32, among wanted: Set<String>) -> [String]? {
        let readable = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard readable >= 0 else { return nil }
        guard let stream = fdopendir(readable) else { close(readable); return nil }
        defer { closedir(stream) }
        var lengths = Set<Int>()
        for name in wanted { lengths.insert(name.utf8.count) }
        var present: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                guard lengths.contains(bytes.count) else { return nil }
                return String(decoding: bytes, as: UTF8.self)
            }
            // The wanted name itself, not the entry's decoding: the stat that follows is then on
            // the bytes the name has, as a lookup of that name would be.
            if let name, let i = wanted.firstIndex(of: name) { present.append(wanted[i]) }
        }
        return present
    }

    /// The named program this file is a copy of, if it goes by another name. `fd` is an O_PATH
    /// fd on the file, `st` its stat.
    func identify(fd: Int32, st: stat, basename: String) -> (known: Known, sha256: String)? {
        if names.contains(basename) { return nil }
        let size = Int64(st.st_size)
        let candidates = (bySize.get()[size] ?? []) + learned.withLock { $0[size] ?? [] }
        guard !candidates.isEmpty, let mine = hash(fd: fd, st: st) else { return nil }
        for known in candidates {
            var kst = stat()
            guard stat(known.path, &kst) == 0 else { continue }
            let k = open(known.path, GD_O_PATH | O_CLOEXEC)
            guard k >= 0 else { continue }
            defer { close(k) }
            if hash(fd: k, st: kst) == mine { return (known, mine) }
        }
        return nil
    }

    private func hash(fd: Int32, st: stat) -> String? {
        let key = FileVersion(st)
        if let cached = hashes.withLock({ $0[key] }) { return cached }
        let file = open("/proc/self/fd/\(fd)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        let hex = hasher.finalize().map { String(format2: $0) }.joined()
        hashes.withLock { $0[key] = hex }
        return hex
    }

    /// Interpreters whose first argument, when it is a file, is the program really being run.
    static func isInterpreter(_ basename: String) -> Bool {
        ["sh", "bash", "dash", "zsh", "ksh", "mksh", "fish", "node", "perl", "ruby", "php"].contains(basename)
            || basename.hasPrefix("python")
    }
}

extension String {
    /// Two lowercase hex digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self.init([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

enum BasicName {
    /// The last component of a path.
    static func of(_ path: String) -> String {
        // The last non-empty component, as `path.split(separator: "/").last` finds it, without
        // building every component.
        var s = Substring(path)
        while s.last == "/" { s = s.dropLast() }
        if s.isEmpty { return path }
        guard let slash = s.lastIndex(of: "/") else { return String(s) }
        return String(s[s.index(after: slash)...])
    }
}
