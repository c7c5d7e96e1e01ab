#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writes to stdout and stderr, without Foundation.
enum FileHandleOut {
    static func stderr(_ text: String) { write(2, text) }
    static func stdout(_ text: String) { write(1, text) }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}

func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4097)
    guard getcwd(&buffer, buffer.count) != nil else { return "/" }
    return String(cString: buffer)
}

func absolute(_ path: String, from cwd: String) -> String {
    var p = path
    if p == "~" || p.hasPrefix("~/"), let home = getenv("HOME") { p = String(cString: home) + p.dropFirst() }
    if p.hasPrefix("/") { return p }
    return cwd == "/" ? "/" + p : cwd + "/" + p
}

/// The real path of `path`, resolving as much of it as exists (the rest is appended as is).
func realPath(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return String(cString: resolved)
    }
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return path }
    let parent = realPath(String(path[..<slash]))
    return (parent == "/" ? "" : parent) + String(path[slash...])
}

func currentEnvironment() -> [String] {
    var out: [String] = []
    var p = environ
    while let entry = p.pointee {
        out.append(String(cString: entry))
        p += 1
    }
    return out
}

func environmentValue(_ environment: [String], _ name: String) -> String? {
    let prefix = name + "="
    return environment.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
}

/// Finds a command the way execvp(3) does: a name with a slash is taken as it is; otherwise
/// each PATH entry is tried in order.
enum ProgramLookup {
    enum Result: Equatable {
        case found(String)
        case notFound
        case notExecutable(String)
    }

    static func find(_ name: String, path: String?, cwd: String) -> Result {
        if name.contains("/") {
            let p = absolute(name, from: cwd)
            return check(p) ?? .notFound
        }
        var denied: String? = nil
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false) {
            let d = dir.isEmpty ? cwd : absolute(String(dir), from: cwd)
            let candidate = d + "/" + name
            switch check(candidate) {
            case .found(let p)?: return .found(p)
            case .notExecutable(let p)?: denied = denied ?? p
            default: continue
            }
        }
        return denied.map { .notExecutable($0) } ?? .notFound
    }

    private static func check(_ p: String) -> Result? {
        var st = stat()
        guard stat(p, &st) == 0 else { return nil }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .notExecutable(p) }
        return access(p, X_OK) == 0 ? .found(p) : .notExecutable(p)
    }
}
