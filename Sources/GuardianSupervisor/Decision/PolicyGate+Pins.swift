import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

extension PolicyGate {
    /// Files that glob rules protect (`~/.ssh/id_*`, `~/.config/gcloud/**`) pinned by identity
    /// too: a walk of the dot-directories under `root` (HOME), asking the policy about each
    /// regular file. A hardlink made before the session then still reads as the original.
    ///
    /// The walk at start visits at most `limit` entries, so a large HOME does not delay the
    /// agent; what it did not reach is returned in `remaining`, for `LatePins` to walk on in the
    /// background (nothing is dropped).
    ///
    /// Returns the directories the walk could not list although rules protect something beneath
    /// them: the files there could not be pinned, so a hardlink made earlier to one of them would
    /// read as an ordinary file. The caller refuses to start rather than run with pins missing.
    /// (A directory that vanished during the walk drops nothing.)
    /// `listing` reads a directory (a test stands in for a kernel that refuses one).
    @discardableResult
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = pinBudget,
                                 remaining: inout [(String, Int)],
                                 listing: (String) -> Result<[String], Errno> = directoryListing) -> [String] {
        var unlisted: [String] = []
        var queue: [(String, Int)] = []
        for name in list(root, policy: policy, listing: listing, unlisted: &unlisted) where name.hasPrefix(".") && !skipped.contains(name) {
            queue.append((root + "/" + name, 1))
        }
        walk(&queue, policy: policy, budget: limit, into: &pinned, unlisted: &unlisted, listing: listing)
        remaining = queue
        return unlisted
    }

    /// The same, for callers that do not walk on past the budget (tests of the walk itself).
    @discardableResult
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = pinBudget,
                                 listing: (String) -> Result<[String], Errno> = directoryListing) -> [String] {
        var remaining: [(String, Int)] = []
        return pinGlobProtected(policy: policy, root: root, into: &pinned, limit: limit, remaining: &remaining, listing: listing)
    }

    /// Entries the walk at start visits before the agent starts (docs/PERFORMANCE.md: start-up).
    static let pinBudget = PinnedFiles.defaultBudget

    /// Visits up to `budget` entries of `queue` (path, depth), leaving the rest in it.
    static func walk(_ queue: inout [(String, Int)], policy: any PolicyEngine, budget: Int, into pinned: inout [FileIdentity: String],
                     unlisted: inout [String], listing: (String) -> Result<[String], Errno> = directoryListing) {
        var budget = budget
        while budget > 0, let (path, depth) = queue.popLast() {
            budget -= 1
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR where depth < 5:
                for name in list(path, policy: policy, listing: listing, unlisted: &unlisted) { queue.append((path + "/" + name, depth + 1)) }
            case S_IFREG:
                if policy.evaluate(FileRequest(path: path, access: .read)).decision > .audit {
                    pinned[FileIdentity(st)] = path
                }
            default:
                continue
            }
        }
    }

    private static func list(_ dir: String, policy: any PolicyEngine, listing: (String) -> Result<[String], Errno>, unlisted: inout [String]) -> [String] {
        switch listing(dir) {
        case .success(let names): return names
        case .failure(let e):
            if e.rawValue != ENOENT && e.rawValue != ENOTDIR && policy.evaluateSubtree(dir, access: .read).decision > .audit {
                unlisted.append(dir)
            }
            return []
        }
    }

    /// Large caches that hold no credentials; walking them would only spend the budget.
    static let skipped: Set<String> = [".cache", ".npm", ".cargo", ".rustup", ".gradle", ".m2", ".pyenv", ".nvm", ".local", ".vscode-server", ".git", ".swiftpm", ".bun", ".deno"]
}

/// The names in a directory, `.` and `..` left out; none when it cannot be read.
func directoryNames(_ path: String) -> [String] {
    (try? directoryListing(path).get()) ?? []
}

/// The names in a directory, `.` and `..` left out, or why it could not be read.
func directoryListing(_ path: String) -> Result<[String], Errno> {
    guard let dir = opendir(path) else { return .failure(Errno(errno)) }
    defer { closedir(dir) }
    var out: [String] = []
    while true {
        errno = 0
        guard let entry = readdir(dir) else {
            // readdir returns NULL at the end and on an error; only errno tells them apart.
            if errno != 0 { return .failure(Errno(errno)) }
            return .success(out)
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { out.append(name) }
    }
}
