import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// A git directory known by what it holds, whatever its name. git takes a directory for its
/// own when it holds `HEAD` with `objects/` and `refs/` (or a `commondir`, as a worktree's
/// does: setup.c, is_git_directory) — a bare repository (`repo.git`), the target of a work
/// tree's `.git` file (`gitdir: …`, as `git worktree add`, submodules and `--separate-git-dir`
/// write), a submodule's directory under `.git/modules`. The files in it that make git run a
/// program are the ones a `.git` directory's are (`config`, `config.worktree`, `hooks/…`), so
/// the rules written for `**/.git/…` decide them: the file is also asked about under the name
/// it would have if its git directory were called `.git`.
enum GitDirectory {
    /// For a file `path` in a git directory not named `.git` whose place there is `config`,
    /// `config.worktree` or beneath `hooks/`: the same place under a `.git` beside it
    /// (`/srv/app.git/hooks/post-receive` → `/srv/.git/hooks/post-receive`). Nil otherwise.
    /// Costs nothing for other names; a few `lstat`s for these.
    static func alias(of path: String) -> String? {
        // Most writes are to other names: two suffix tests and one byte search, no allocation.
        guard path.hasSuffix("/config") || path.hasSuffix("/config.worktree") || holdsHooks(path) else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 2, let last = parts.last else { return nil }
        var gitDirectoryEnd: Int? = nil
        if last == "config" || last == "config.worktree" {
            gitDirectoryEnd = parts.count - 1
        } else if let hooks = parts.dropLast().lastIndex(of: "hooks"), hooks > 1 {
            gitDirectoryEnd = hooks
        }
        guard let end = gitDirectoryEnd, parts[end - 1] != ".git" else { return nil }
        let directory = parts[..<end].joined(separator: "/")
        guard isGitDirectory(directory) else { return nil }
        let parent = parts[..<(end - 1)].joined(separator: "/")
        return parent + "/.git/" + parts[end...].joined(separator: "/")
    }

    static let hooksBytes = Array("/hooks/".utf8)

    /// Whether `path` holds `/hooks/`: a loop over its UTF-8 bytes. (The standard library's
    /// generic `firstRange(of:)` took 7 µs per path here, on every write open; Foundation's
    /// `contains` bridges the string.)
    static func holdsHooks(_ path: String) -> Bool {
        let needle = hooksBytes
        let found = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= needle.count else { return false }
            var i = 0
            while i <= bytes.count - needle.count {
                if bytes[i] == 0x2F {
                    var j = 1
                    while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
        return found ?? path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().dropLast().contains("hooks")
    }

    /// Whether git would take `directory` for a git directory (with `adding`, a name about to
    /// be made there, counted as present).
    static func isGitDirectory(_ directory: String, adding: Substring? = nil) -> Bool {
        func kind(_ name: String) -> mode_t? {
            if adding.map({ $0 == name }) == true { return name == "objects" || name == "refs" ? S_IFDIR : S_IFREG }
            var st = stat()
            return lstat(directory + "/" + name, &st) == 0 ? st.st_mode & S_IFMT : nil
        }
        guard let head = kind("HEAD"), head == S_IFREG || head == S_IFLNK else { return false }
        if kind("commondir") == S_IFREG { return true }
        let objects = kind("objects"), refs = kind("refs")
        return (objects == S_IFDIR || objects == S_IFLNK) && (refs == S_IFDIR || refs == S_IFLNK)
    }

    /// The names whose arrival makes a directory git's.
    static let markers: Set<Substring> = ["HEAD", "objects", "refs", "commondir"]

    /// Making `path`, one of the `markers`, where its directory then becomes a git directory
    /// that already holds a `config` making git run a program, or a hook: from then on git
    /// obeys what was written there while it was an ordinary file, so the making is asked
    /// about as a write of that file under its `.git` name. Nil otherwise (the usual case:
    /// `git init` makes `HEAD` before any such setting or hook exists).
    static func completion(of path: String) -> String? {
        guard path.hasSuffix("/HEAD") || path.hasSuffix("/objects") || path.hasSuffix("/refs") || path.hasSuffix("/commondir") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 2, let name = parts.last, markers.contains(name), parts[parts.count - 2] != ".git" else { return nil }
        let directory = parts.dropLast().joined(separator: "/")
        guard isGitDirectory(directory, adding: name) else { return nil }
        let dotGit = parts.dropLast(2).joined(separator: "/") + "/.git/"
        if configRunsProgram(directory + "/config") { return dotGit + "config" }
        if let hook = directoryNames(directory + "/hooks").first(where: { !$0.hasSuffix(".sample") }) { return dotGit + "hooks/" + hook }
        return nil
    }

    /// Whether the file at `path` (followed, as git follows it) is a git configuration with a
    /// setting that runs a program; one too large or not git's syntax counts as one.
    static func configRunsProgram(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return false }
        guard let bytes = ConfigReplacement.readAll(fd) else { return true }
        return !GitConfig.runsNothingNew(current: nil, replacement: bytes)
    }
}
