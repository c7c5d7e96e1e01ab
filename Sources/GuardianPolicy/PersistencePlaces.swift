// Places outside the usual names where what the user runs later lives, found at start from the
// user's own settings rather than listed: the directories the user's shell searches for commands
// before the system's, and the files and directories git's configuration names (an included
// configuration file is a configuration file; a hooks path is a hooks directory).

/// The places the `persistence` rules reach through `$COMMAND_DIRS`, `$GIT_INCLUDES` and
/// `$GIT_HOOKS_DIRS`.
public struct PersistencePlaces: Sendable, Hashable {
    /// Directories on the user's PATH before the first of the system's (`~/.local/bin`,
    /// `~/bin`): a program created there named like a command shadows it in the user's next
    /// shell.
    public var commandDirectories: [String] = []
    /// Files git reads as configuration because another configuration includes them
    /// (`include.path`, `includeIf.<condition>.path`), followed from the global files and the
    /// project's repository.
    public var gitIncludes: [String] = []
    /// Directories git runs hooks from because a configuration says so (`core.hooksPath`).
    public var gitHooksDirectories: [String] = []

    public init(commandDirectories: [String] = [], gitIncludes: [String] = [], gitHooksDirectories: [String] = []) {
        self.commandDirectories = commandDirectories
        self.gitIncludes = gitIncludes
        self.gitHooksDirectories = gitHooksDirectories
    }

    /// Where the system's own commands live: PATH entries before the first of these are the
    /// user's.
    static let systemDirectories: Set<String> = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]

    /// The absolute entries of `path` before its first system directory, outside the project
    /// (a project's own `bin` is its source) — the directories where a new program takes the
    /// name of a system command. Relative and empty entries (the working directory) are the
    /// tree's own to change and are left out.
    public static func commandDirectories(path: String, project: String) -> [String] {
        var out: [String] = []
        for entry in path.split(separator: ":", omittingEmptySubsequences: true).map(String.init) {
            let dir = entry.count > 1 && entry.hasSuffix("/") ? String(entry.dropLast()) : entry
            if systemDirectories.contains(dir) { break }
            guard dir.hasPrefix("/"), !Expansion.isWithin(dir, project), !out.contains(dir) else { continue }
            out.append(dir)
        }
        return out
    }

    /// The files `roots` (git configuration files) include, recursively, and the hooks
    /// directories any of them names. `read` gives a file's bytes (nil: absent or unreadable);
    /// `workTree` is where a relative `core.hooksPath` of the repository's own configuration
    /// starts. A relative include is relative to the including file's directory, `~/` is HOME
    /// (git's `interpolate_path`).
    public static func git(roots: [String], home: String, workTree: String?, repositoryConfigs: Set<String> = [],
                           read: (String) -> [UInt8]?) -> (includes: [String], hooks: [String]) {
        var includes: [String] = []
        var hooks: [String] = []
        var queue = roots.map { ($0, 0) }
        var visited: Set<String> = []
        while !queue.isEmpty {
            let (file, depth) = queue.removeFirst()
            guard visited.insert(file).inserted, depth <= 10, let bytes = read(file), let settings = GitConfig.settings(bytes) else { continue }
            let directory = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            for s in settings {
                guard let value = s.value, !value.isEmpty else { continue }
                if s.key == "path" && (s.section == "include" || s.section == "includeif") {
                    let target = interpolate(value, home: home, relativeTo: directory)
                    if !includes.contains(target) { includes.append(target) }
                    queue.append((target, depth + 1))
                } else if s.section == "core" && s.key == "hookspath" {
                    let base = repositoryConfigs.contains(file) ? workTree : nil
                    if let dir = interpolate(value, home: home, relativeToOptional: base), !hooks.contains(dir) { hooks.append(dir) }
                }
            }
        }
        return (includes, hooks)
    }

    /// `~/x` → HOME/x; an absolute path as it is; a relative one beneath `base`, lexically.
    static func interpolate(_ value: String, home: String, relativeTo base: String) -> String {
        Expansion(home: home, project: base).resolve(value, cwd: base)
    }

    /// The same, nil for a relative path without a base.
    static func interpolate(_ value: String, home: String, relativeToOptional base: String?) -> String? {
        if let base { return interpolate(value, home: home, relativeTo: base) }
        guard value.hasPrefix("/") || value.hasPrefix("~/") else { return nil }
        return interpolate(value, home: home, relativeTo: "/")
    }
}
