#if canImport(Glibc)
import Glibc
#endif

/// The pin walk's first half, which needs no policy: the dot-directories under a root (HOME)
/// listed entry by entry, in the walk's order, up to a budget of entries. A session starts it
/// on a thread of its own at its first instruction, while the profile is read and compiled;
/// the second half asks the policy about each regular file listed (`PolicyGate.pin`).
///
/// The walk visits an entry at a time from a stack (the entries of a directory pushed as it is
/// listed, the last pushed visited first): a directory down to depth 5 is listed, a regular file
/// is kept for the question, anything else (a symlink, a device) is passed over. Each visit
/// counts against the budget; what is left is `pending`, for `walk` to go on with.
public struct PinListing: Sendable {
    /// A directory listed, and its regular files the walk has visited and not yet handed over.
    struct Directory: Sendable {
        let path: String
        var files: [String] = []
    }

    /// An entry still to visit: its directory (in `directories`), name, depth under the root,
    /// and type as its directory's listing gave it (`DT_UNKNOWN` when the filesystem did not).
    struct Pending: Sendable {
        let directory: Int32
        let name: String
        let depth: UInt8
        let kind: UInt8
    }

    /// Large caches that hold no credentials; walking them would only spend the budget.
    static let skipped: Set<String> = [".cache", ".npm", ".cargo", ".rustup", ".gradle", ".m2", ".pyenv", ".nvm", ".local", ".vscode-server", ".git", ".swiftpm", ".bun", ".deno"]

    /// The deepest directory listed (the root is 0).
    static let depthLimit: UInt8 = 5

    private(set) var directories: [Directory] = []
    /// Directories that could not be listed, and why (a vanished one among them: the second
    /// half tells which matter).
    private(set) var failed: [(path: String, error: Errno)] = []
    private(set) var pending: [Pending] = []
    /// Entries visited so far.
    private(set) var visited = 0
    /// Directories whose entries came from the cache of the last session's listing, unread.
    private(set) var fromCache = 0
    /// The last session's listings (ListingCache), which this walk reads from and updates, on
    /// whichever thread walks it.
    let cache: ListingCache?

    /// The root listed (its entries that start with `.`, the `skipped` caches left out, are the
    /// ones to visit), then up to `budget` of them and what lies beneath visited.
    /// `listing` reads a directory (a test stands in for a kernel that refuses one); `cache`,
    /// when given, answers for the directories unchanged since it was written, and keeps the
    /// others for the next session.
    init(root: String, budget: Int, cache: ListingCache? = nil, listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) {
        self.cache = cache
        switch list(root, listing: listing) {
        case .success(let entries):
            directories.append(Directory(path: root))
            for entry in entries where entry.name.hasPrefix(".") && !Self.skipped.contains(entry.name) {
                pending.append(Pending(directory: 0, name: entry.name, depth: 1, kind: entry.kind))
            }
        case .failure(let error):
            failed.append((root, error))
        }
        walk(budget: budget, listing: listing)
    }

    /// Directories listed so far, and how many of them came from the cache (the end event's
    /// `home_listing`).
    public var summary: (directories: Int, fromCache: Int) { (directories.count, fromCache) }

    /// Whether every entry has been visited.
    var isComplete: Bool { pending.isEmpty }

    /// Visits up to `budget` more entries.
    mutating func walk(budget: Int, listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) {
        var budget = budget
        while budget > 0, let item = pending.popLast() {
            budget -= 1
            visited += 1
            var kind = item.kind
            if kind == UInt8(DT_UNKNOWN) {
                var st = stat()
                guard lstat(path(of: item), &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: kind = UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                default: continue
                }
            }
            switch kind {
            case UInt8(DT_DIR) where item.depth < Self.depthLimit:
                let path = path(of: item)
                switch list(path, listing: listing) {
                case .success(let entries):
                    let index = Int32(directories.count)
                    directories.append(Directory(path: path))
                    for entry in entries {
                        pending.append(Pending(directory: index, name: entry.name, depth: item.depth + 1, kind: entry.kind))
                    }
                case .failure(let error):
                    failed.append((path, error))
                }
            case UInt8(DT_REG):
                directories[Int(item.directory)].files.append(item.name)
            default:
                continue
            }
        }
    }

    /// The regular files visited since the last call, by directory, and the directories that
    /// could not be listed: handed over once (the second half asks about each).
    mutating func takeVisited() -> (files: [(directory: String, names: [String])], failed: [(path: String, error: Errno)]) {
        var files: [(directory: String, names: [String])] = []
        for i in directories.indices where !directories[i].files.isEmpty {
            files.append((directories[i].path, directories[i].files))
            directories[i].files = []
        }
        defer { failed = [] }
        return (files, failed)
    }

    private mutating func list(_ path: String, listing: (String) -> Result<[DirectoryEntry], Errno>) -> Result<[DirectoryEntry], Errno> {
        guard let cache else { return listing(path) }
        let (result, hit) = cache.list(path, listing: listing)
        if hit { fromCache += 1 }
        return result
    }

    private func path(of item: Pending) -> String {
        directories[Int(item.directory)].path + "/" + item.name
    }
}
