// What `~`, `$HOME` and `./` mean in rules and in arguments, and lexical path resolution.

/// The home and project a profile is compiled against, and the places found at start where
/// what the user runs later lives (`PersistencePlaces`).
struct Expansion: Sendable, Hashable {
    var home: String
    var project: String
    var places = PersistencePlaces()

    /// Fixed values for checking a rule's examples, so the same profile loads the same way
    /// whatever directory Guardian runs in.
    static let examples = Expansion(home: "/home/user", project: "/home/user/project", places: PersistencePlaces(
        commandDirectories: ["/home/user/.local/bin", "/home/user/bin"],
        gitIncludes: ["/home/user/dotfiles/gitconfig"], gitHooksDirectories: ["/home/user/.githooks"]))

    /// The globs a rule's path stands for: `$COMMAND_DIRS/x`, `$GIT_INCLUDES` and
    /// `$GIT_HOOKS_DIRS/x` stand for one glob per place found at start (none when there is
    /// none); any other glob for itself, expanded (`pattern`).
    func patterns(_ glob: String) -> [String] {
        func each(_ places: [String], _ token: String) -> [String] {
            places.map { $0 + glob.dropFirst(token.count) }
        }
        if glob.hasPrefix("$COMMAND_DIRS/") { return each(places.commandDirectories, "$COMMAND_DIRS") }
        if glob == "$GIT_INCLUDES" { return places.gitIncludes }
        if glob.hasPrefix("$GIT_HOOKS_DIRS/") { return each(places.gitHooksDirectories, "$GIT_HOOKS_DIRS") }
        return [pattern(glob)]
    }

    /// A glob in a rule: `~/x` → home, `./x` → project; `**/x` and absolute globs unchanged.
    func pattern(_ glob: String) -> String {
        if glob == "~" { return home }
        if glob.hasPrefix("~/") { return home + glob.dropFirst() }
        if glob == "." || glob == "./" { return project }
        if glob.hasPrefix("./") { return project + glob.dropFirst() }
        if glob.hasPrefix("$HOME/") { return home + glob.dropFirst(5) }
        return glob
    }

    /// An argument naming a path, as the program will see it: `~`, `$HOME` expanded, relative
    /// to `cwd`, `.` and `..` removed. Lexical only: the engine performs no syscalls.
    func resolve(_ argument: String, cwd: String) -> String {
        var text = Substring(argument)
        var base = text.hasPrefix("/") ? "" : cwd
        for homeSpelling in ["~", "$HOME", "${HOME}"] where text == homeSpelling || text.hasPrefix(homeSpelling + "/") {
            text = text.dropFirst(homeSpelling.count)
            base = home
            break
        }
        var parts: [Substring] = base.split(separator: "/")
        for part in text.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        // `rm -rf /*` (quoted, or seen before the shell expands it) removes the directory's content.
        if parts.last == "*" { parts.removeLast() }
        return "/" + parts.joined(separator: "/")
    }

    /// `inner` is `outer` or beneath it.
    static func isWithin(_ inner: String, _ outer: String) -> Bool {
        if outer == "/" { return true }
        return inner == outer || (inner.hasPrefix(outer) && inner.utf8.dropFirst(outer.utf8.count).first == UInt8(ascii: "/"))
    }
}
