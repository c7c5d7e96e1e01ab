// A git configuration file read as git reads it (config.c: git_parse_source, get_base_var,
// get_extended_base_var, get_value, parse_value), to tell which of its settings make git run a
// program. Anything git would reject, or this reader does not follow exactly, is unreadable —
// and an unreadable file counts as running something new.

public enum GitConfig {
    /// One setting: `section[.subsection].key` (section and key lowercased, as git compares
    /// them; the subsection as written) and its value (nil: a key without `=`, true).
    public struct Setting: Hashable, Sendable {
        public var section: String
        public var subsection: String?
        public var key: String
        public var value: String?

        public var name: String { [section, subsection, key].compactMap { $0 }.joined(separator: ".") }
    }

    /// Whether `replacement` may take the place of `current` without git running anything it
    /// would not run today: every setting that runs a program in `replacement` is one
    /// `current` already has (as often). Removing such settings is fine. An unreadable
    /// `replacement` runs something new; an unreadable or absent `current` has no such settings.
    public static func runsNothingNew(current: [UInt8]?, replacement: [UInt8]) -> Bool {
        guard let new = settings(replacement) else { return false }
        var known: [Setting: Int] = [:]
        for s in current.flatMap(settings) ?? [] where runsProgram(s) { known[s, default: 0] += 1 }
        for s in new where runsProgram(s) {
            guard let n = known[s], n > 0 else { return false }
            known[s] = n - 1
        }
        return true
    }

    /// Sections every setting of which names a program, a file of settings, or what decides one.
    static let programSections: Set<String> = [
        "include", "includeif", "credential", "gpg", "filter", "pager", "hook", "guitool", "mergetool",
        "difftool", "browser", "man", "sendemail", "imap", "instaweb", "trailer", "protocol", "uploadpack",
    ]
    /// Keys (in any section) that name a program or a place git runs programs from.
    static let programKeys: Set<String> = [
        "fsmonitor", "hookspath", "sshcommand", "pager", "editor", "askpass", "gitproxy", "textconv",
        "command", "cmd", "driver", "external", "program", "helper", "process", "clean", "smudge",
        "uploadpack", "receivepack", "vcs", "packobjectshook", "procreceiverefs", "alternaterefscommand",
        "difffilter", "tunnel", "allow", "proxy",
    ]
    static let programWords = ["command", "cmd", "hook", "helper", "program", "editor", "pager", "tool"]

    /// Whether git may run a program because of this setting. Broad on purpose: a setting
    /// wrongly counted asks a human; one wrongly left out runs a program.
    public static func runsProgram(_ s: Setting) -> Bool {
        if let v = s.value, v.first == "!" { return true }  // alias.x = !cmd, submodule.x.update = !cmd
        if programSections.contains(s.section) || programKeys.contains(s.key) { return true }
        if programWords.contains(where: { s.key.contains($0) }) { return true }
        // A program's path (`lfs.customtransfer.x.path`, `difftool.x.path`), or the templates
        // (hooks) a re-run `git init` copies in.
        if s.key.hasSuffix("path") || s.key == "templatedir" { return true }
        // A remote helper transport (`foo::address`) runs git-remote-foo; `[url "ext::…"]
        // insteadOf = …` turns ordinary addresses into one.
        if s.section == "remote" || s.section == "url" {
            if s.value?.contains("::") == true || s.subsection?.contains("::") == true { return true }
        }
        return false
    }

    /// Every setting in file order, or nil when git would not read the file as this does.
    public static func settings(_ bytes: [UInt8]) -> [Setting]? {
        var reader = Reader(bytes)
        return reader.parse()
    }

    struct Reader {
        let bytes: [UInt8]
        var i = 0
        var eof = false

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte order mark at the start is skipped.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        /// git's get_next_char: CRLF reads as LF; the end reads as LF with eof set.
        mutating func next() -> UInt8 {
            guard i < bytes.count else { eof = true; return 0x0A }
            var c = bytes[i]
            i += 1
            if c == 0x0D, i < bytes.count, bytes[i] == 0x0A { c = 0x0A; i += 1 }
            return c
        }

        static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        static func isKeyChar(_ c: UInt8) -> Bool { isAlpha(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D }
        static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }

        mutating func parse() -> [Setting]? {
            var out: [Setting] = []
            var section: [UInt8]? = nil
            var subsection: [UInt8]? = nil
            var comment = false
            while true {
                let c = next()
                if c == 0x0A {
                    if eof { return out }
                    comment = false
                    continue
                }
                if comment || Self.isSpace(c) { continue }
                if c == UInt8(ascii: "#") || c == UInt8(ascii: ";") { comment = true; continue }
                if c == UInt8(ascii: "[") {
                    guard let (s, sub) = header() else { return nil }
                    section = s
                    subsection = sub
                    continue
                }
                guard Self.isAlpha(c), let section else { return nil }
                guard let (key, value) = entry(first: c) else { return nil }
                out.append(Setting(
                    section: String(decoding: section, as: UTF8.self),
                    subsection: subsection.map { String(decoding: $0, as: UTF8.self) },
                    key: String(decoding: key, as: UTF8.self),
                    value: value.map { String(decoding: $0, as: UTF8.self) }))
            }
        }

        /// `[section]`, `[section "subsection"]`, or the old `[section.subsection]` (whose
        /// subsection git lowercases with the rest).
        mutating func header() -> ([UInt8], [UInt8]?)? {
            var name: [UInt8] = []
            while true {
                let c = next()
                if eof { return nil }
                if c == UInt8(ascii: "]") { break }
                if Self.isSpace(c) {
                    guard let sub = extendedHeader() else { return nil }
                    return name.isEmpty ? nil : (name, sub)
                }
                guard Self.isKeyChar(c) || c == UInt8(ascii: ".") else { return nil }
                name.append(Self.lower(c))
            }
            guard !name.isEmpty else { return nil }
            if let dot = name.firstIndex(of: UInt8(ascii: ".")) {
                return (Array(name[..<dot]), Array(name[(dot + 1)...]))
            }
            return (name, nil)
        }

        /// The quoted subsection after `[section `, up to the closing `"]`.
        mutating func extendedHeader() -> [UInt8]? {
            var c: UInt8
            repeat { c = next() } while Self.isSpace(c) && !eof
            guard !eof, c == UInt8(ascii: "\"") else { return nil }
            var sub: [UInt8] = []
            while true {
                var c = next()
                if c == 0x0A { return nil }
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\") {
                    c = next()
                    if c == 0x0A { return nil }
                }
                sub.append(c)
            }
            guard next() == UInt8(ascii: "]"), !eof else { return nil }
            return sub
        }

        /// `key [= value]` after its first letter.
        mutating func entry(first: UInt8) -> ([UInt8], [UInt8]?)? {
            var key = [Self.lower(first)]
            var c: UInt8
            while true {
                c = next()
                if eof || !Self.isKeyChar(c) { break }
                key.append(Self.lower(c))
            }
            while c == 0x20 || c == 0x09 { c = next() }
            if c == 0x0A { return (key, nil) }
            guard c == UInt8(ascii: "=") else { return nil }
            guard let value = value() else { return nil }
            return (key, value)
        }

        /// git's parse_value: quotes, the escapes \t \b \n \\ \", a backslash-newline joins
        /// lines, `#` or `;` outside quotes starts a comment, inner whitespace runs kept as one
        /// space, leading and trailing whitespace dropped.
        mutating func value() -> [UInt8]? {
            var out: [UInt8] = []
            var quote = false, comment = false
            var space = 0
            while true {
                var c = next()
                if c == 0x0A { return quote ? nil : out }
                if comment { continue }
                if Self.isSpace(c) && !quote {
                    if !out.isEmpty { space += 1 }
                    continue
                }
                if !quote && (c == UInt8(ascii: ";") || c == UInt8(ascii: "#")) { comment = true; continue }
                while space > 0 { out.append(0x20); space -= 1 }
                if c == UInt8(ascii: "\\") {
                    c = next()
                    switch c {
                    case 0x0A where !eof: continue
                    case UInt8(ascii: "t"): c = 0x09
                    case UInt8(ascii: "b"): c = 0x08
                    case UInt8(ascii: "n"): c = 0x0A
                    case UInt8(ascii: "\\"), UInt8(ascii: "\""): break
                    default: return nil
                    }
                    out.append(c)
                    continue
                }
                if c == UInt8(ascii: "\"") { quote.toggle(); continue }
                out.append(c)
            }
        }
    }
}
