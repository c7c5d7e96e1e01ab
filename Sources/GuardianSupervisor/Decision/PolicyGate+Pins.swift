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
    /// agent; what it did not reach is left in `remaining`, for `LatePins` to walk on in the
    /// background (nothing is dropped).
    ///
    /// Returns the directories the walk could not list although rules protect something beneath
    /// them: the files there could not be pinned, so a hardlink made earlier to one of them would
    /// read as an ordinary file. The caller refuses to start rather than run with pins missing.
    /// (A directory that vanished during the walk drops nothing.)
    /// `listing` reads a directory (a test stands in for a kernel that refuses one).
    @discardableResult
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = pinBudget,
                                 remaining: inout PinListing?,
                                 listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) -> [String] {
        var walk = PinListing(root: root, budget: limit, listing: listing)
        var unlisted: [String] = []
        pin(&walk, policy: policy, protection: policy.readProtection(), into: &pinned, unlisted: &unlisted)
        remaining = walk.isComplete ? nil : walk
        return unlisted
    }

    /// The same, for callers that do not walk on past the budget (tests of the walk itself).
    @discardableResult
    static func pinGlobProtected(policy: any PolicyEngine, root: String, into pinned: inout [FileIdentity: String], limit: Int = pinBudget,
                                 listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) -> [String] {
        var remaining: PinListing?
        return pinGlobProtected(policy: policy, root: root, into: &pinned, limit: limit, remaining: &remaining, listing: listing)
    }

    /// Entries the walk at start visits before the agent starts (docs/PERFORMANCE.md: start-up).
    static let pinBudget = PinnedFiles.defaultBudget

    /// The walk's second half: asks the policy about each regular file `walk` visited since it
    /// was last asked, and pins those a rule protects from reading by identity (an lstat: still
    /// a regular file, not replaced since the listing); adds to `unlisted` the directories it
    /// could not list although a rule protects something beneath them.
    ///
    /// Whether the policy protects a file is asked of its directory's `DirectoryProtection`
    /// (`protection`, the policy's `readProtection()`), made once per directory; without one,
    /// or for a name it cannot answer for, the policy itself is asked.
    static func pin(_ walk: inout PinListing, policy: any PolicyEngine, protection: ReadProtection?, into pinned: inout [FileIdentity: String],
                    unlisted: inout [String]) {
        let (files, failed) = walk.takeVisited()
        for (directory, names) in files {
            let scope = protection?.entries(of: directory)
            for name in names {
                let protected = scope?.protects(entry: name) ?? (policy.evaluate(FileRequest(path: directory + "/" + name, access: .read)).decision > .audit)
                guard protected else { continue }
                let path = directory + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
                pinned[FileIdentity(st)] = path
            }
        }
        for (directory, error) in failed
        where error.rawValue != ENOENT && error.rawValue != ENOTDIR && policy.evaluateSubtree(directory, access: .read).decision > .audit {
            unlisted.append(directory)
        }
    }

    /// The rest of a walk: every entry `walk` has still to visit, then the question for each
    /// file (LatePins; before the agent where the budget is unlimited).
    static func pinRest(_ walk: inout PinListing, policy: any PolicyEngine, protection: ReadProtection?, into pinned: inout [FileIdentity: String],
                        unlisted: inout [String], listing: (String) -> Result<[DirectoryEntry], Errno> = directoryEntries) {
        walk.walk(budget: .max, listing: listing)
        pin(&walk, policy: policy, protection: protection, into: &pinned, unlisted: &unlisted)
    }
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
