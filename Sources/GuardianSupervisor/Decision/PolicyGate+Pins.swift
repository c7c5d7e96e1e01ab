import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

extension PolicyGate {
    /// Files that glob rules protect (`~/.ssh/id_*`, `~/.config/gcloud/**`) pinned by identity
    /// too: a bounded walk of the dot-directories under `root` (HOME), asking the policy about
    /// each regular file. A hardlink made before the session then still reads as the original.
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = 4000) {
        var budget = limit
        var queue: [(String, Int)] = []
        for name in directoryNames(root) where name.hasPrefix(".") && !skipped.contains(name) {
            queue.append((root + "/" + name, 1))
        }
        while let (path, depth) = queue.popLast(), budget > 0 {
            budget -= 1
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR where depth < 5:
                for name in directoryNames(path) { queue.append((path + "/" + name, depth + 1)) }
            case S_IFREG:
                if policy.evaluate(FileRequest(path: path, access: .read)).decision > .audit {
                    pinned[FileIdentity(st)] = path
                }
            default:
                continue
            }
        }
    }

    /// Large caches that hold no credentials; walking them would only spend the budget.
    static let skipped: Set<String> = [".cache", ".npm", ".cargo", ".rustup", ".gradle", ".m2", ".pyenv", ".nvm", ".local", ".vscode-server", ".git", ".swiftpm", ".bun", ".deno"]
}

/// The names in a directory, `.` and `..` left out; none when it cannot be read.
func directoryNames(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { out.append(name) }
    }
    return out
}
