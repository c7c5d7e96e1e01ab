import Crypto
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Recognises a program by its content: a copy, hardlink or rename of a CLI the rules name
/// (`cp $(command -v railway) /tmp/x; /tmp/x volume delete`) is asked about as that CLI.
///
/// Hashing every exec'd binary would cost tens of milliseconds for large ones, so the named
/// programs found on PATH at start are indexed by size; only a binary of the same size under
/// another name is hashed (SHA-256, cached by device, inode, size, mtime and ctime).
final class ProgramIdentity: Sendable {
    struct Known: Sendable {
        var name: String
        var path: String
    }

    private struct Key: Hashable {
        var device: UInt64, inode: UInt64, size: Int64, mtime: Int, mtimeNs: Int, ctime: Int, ctimeNs: Int
        init(_ st: stat) {
            device = UInt64(st.st_dev); inode = UInt64(st.st_ino); size = Int64(st.st_size)
            mtime = st.st_mtim.tv_sec; mtimeNs = st.st_mtim.tv_nsec; ctime = st.st_ctim.tv_sec; ctimeNs = st.st_ctim.tv_nsec
        }
    }

    private let bySize: [Int64: [Known]]
    private let names: Set<String>
    private let hashes = Mutex<[Key: String]>([:])

    /// `names`: the basenames exec rules name; `searchPath`: the agent's PATH.
    init(names: Set<String>, searchPath: String?) {
        self.names = names
        var index: [Int64: [Known]] = [:]
        let dirs = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names where !name.contains("/") {
            for dir in dirs where dir.hasPrefix("/") {
                var st = stat()
                let path = dir + "/" + name
                guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { continue }
                index[Int64(st.st_size), default: []].append(Known(name: name, path: path))
                break
            }
        }
        bySize = index
    }

    /// The named program this file is a copy of, if it goes by another name. `fd` is an O_PATH
    /// fd on the file, `st` its stat.
    func identify(fd: Int32, st: stat, basename: String) -> (known: Known, sha256: String)? {
        if names.contains(basename) { return nil }
        guard let candidates = bySize[Int64(st.st_size)], let mine = hash(fd: fd, st: st) else { return nil }
        for known in candidates {
            var kst = stat()
            guard stat(known.path, &kst) == 0 else { continue }
            let k = open(known.path, PathResolver.O_PATH | O_CLOEXEC)
            guard k >= 0 else { continue }
            defer { close(k) }
            if hash(fd: k, st: kst) == mine { return (known, mine) }
        }
        return nil
    }

    private func hash(fd: Int32, st: stat) -> String? {
        let key = Key(st)
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
