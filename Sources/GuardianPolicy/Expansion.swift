// What `~`, `$HOME` and `./` mean in rules and in arguments, and lexical path resolution.

/// The home and project a profile is compiled against.
struct Expansion: Sendable, Hashable {
    var home: String
    var project: String

    /// Fixed values for checking a rule's examples, so the same profile loads the same way
    /// whatever directory Guardian runs in.
    static let examples = Expansion(home: "/home/user", project: "/home/user/project")

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
