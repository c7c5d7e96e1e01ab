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
                                 remaining: inout [PinWalkItem],
                                 listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) -> [String] {
        var unlisted: [String] = []
        var queue: [PinWalkItem] = []
        let protection = policy.readProtection()
        let scope = protection?.entries(of: root)
        for entry in list(root, policy: policy, listing: listing, unlisted: &unlisted) where entry.name.hasPrefix(".") && !skipped.contains(entry.name) {
            queue.append(PinWalkItem(path: root + "/" + entry.name, depth: 1, kind: entry.kind, scope: scope))
        }
        walk(&queue, policy: policy, protection: protection, budget: limit, into: &pinned, unlisted: &unlisted, listing: listing)
        remaining = queue
        return unlisted
    }

    /// The same, for callers that do not walk on past the budget (tests of the walk itself).
    @discardableResult
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = pinBudget,
                                 listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) -> [String] {
        var remaining: [PinWalkItem] = []
        return pinGlobProtected(policy: policy, root: root, into: &pinned, limit: limit, remaining: &remaining, listing: listing)
    }

    /// Entries the walk at start visits before the agent starts (docs/PERFORMANCE.md: start-up).
    static let pinBudget = PinnedFiles.defaultBudget

    /// Visits up to `budget` entries of `queue`, leaving the rest in it.
    ///
    /// An entry's type comes from its directory's listing (`d_type`): only a regular file the
    /// policy protects is stat'ed, for its identity (and to see it is still a regular file).
    /// An entry whose type the filesystem does not give is stat'ed first, as every entry was.
    ///
    /// Whether the policy protects a file is asked of its directory's `DirectoryProtection`,
    /// made once when the directory is listed (`protection`, the policy's `readProtection()`);
    /// an entry without one, or one it cannot answer for, is asked of the policy itself.
    static func walk(_ queue: inout [PinWalkItem], policy: any PolicyEngine, protection: ReadProtection?, budget: Int, into pinned: inout [FileIdentity: String],
                     unlisted: inout [String], listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) {
        var budget = budget
        while budget > 0, let item = queue.popLast() {
            budget -= 1
            var st = stat()
            var kind = item.kind
            var statted = false
            if kind == UInt8(DT_UNKNOWN) {
                guard lstat(item.path, &st) == 0 else { continue }
                statted = true
                switch st.st_mode & S_IFMT {
                case S_IFDIR: kind = UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                default: continue
                }
            }
            switch kind {
            case UInt8(DT_DIR) where item.depth < 5:
                let entries = list(item.path, policy: policy, listing: listing, unlisted: &unlisted)
                let scope = entries.isEmpty ? nil : protection?.entries(of: item.path)
                for entry in entries {
                    queue.append(PinWalkItem(path: item.path + "/" + entry.name, depth: item.depth + 1, kind: entry.kind, scope: scope))
                }
            case UInt8(DT_REG):
                guard item.scope?.protects(item.path) ?? (policy.evaluate(FileRequest(path: item.path, access: .read)).decision > .audit) else { continue }
                // Its identity, and still a regular file (it may have been replaced since the listing).
                if !statted {
                    guard lstat(item.path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
                }
                pinned[FileIdentity(st)] = item.path
            default:
                continue
            }
        }
    }

    private static func list(_ dir: String, policy: any PolicyEngine, listing: (String) -> Result<[DirectoryEntry], Errno>, unlisted: inout [String]) -> [DirectoryEntry] {
        switch listing(dir) {
        case .success(let entries): return entries
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
    directoryEntries(path).map { $0.map(\.name) }
}

/// A name in a directory and its type as the listing gives it (`DT_DIR`, `DT_REG`, …;
/// `DT_UNKNOWN` where the filesystem does not say).
struct DirectoryEntry: Sendable {
    var name: String
    var kind: UInt8
}

/// An entry the pin walk has still to visit: its path, how deep under the root, its type from
/// its directory's listing, and the rules that could protect an entry of that directory.
struct PinWalkItem: Sendable {
    var path: String
    var depth: Int
    var kind: UInt8
    var scope: DirectoryProtection? = nil
}

/// The entries of a directory, `.` and `..` left out, or why it could not be read.
func directoryEntries(_ path: String) -> Result<[DirectoryEntry], Errno> {
    guard let dir = opendir(path) else { return .failure(Errno(errno)) }
    defer { closedir(dir) }
    var out: [DirectoryEntry] = []
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
        if name != "." && name != ".." { out.append(DirectoryEntry(name: name, kind: entry.pointee.d_type)) }
    }
}
