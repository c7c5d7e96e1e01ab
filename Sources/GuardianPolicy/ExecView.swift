// An exec request read once, in the forms the rules compare against.

struct ExecView: Sendable {
    var request: ExecRequest
    var arguments: Arguments
    /// Names the program is known by: the binary's basename (with version suffixes stripped),
    /// argv[0]'s basename, and the interpreter's for `#!` scripts.
    var programKeys: [String]
    /// Every argument after argv[0], joined by spaces, for `regex`.
    var joined: String
    /// `joined`, ASCII-lowercased, for `contains`.
    var lowered: [UInt8]
    /// The environments the command targets, by the catalog's `targets`.
    var targets: [(kind: String, value: String, environment: String?)] = []

    init(_ request: ExecRequest) {
        self.request = request
        self.arguments = Arguments(request.argv)
        var keys: [String] = []
        Self.addKeys(for: request.program, to: &keys)
        if let argv0 = request.argv.first { Self.addKeys(for: argv0, to: &keys) }
        if let interpreter = request.interpreter { Self.addKeys(for: interpreter, to: &keys) }
        self.programKeys = keys
        self.joined = Self.withoutMessages(request.argv).dropFirst().joined(separator: " ")
        self.lowered = joined.utf8.map(CompiledGlob.lower)
    }

    /// Options whose value is a message or a title: words written for people, never a command's.
    static let messageOptions: Set<String> = ["--message", "--title", "--description", "--body", "--comment", "--note", "--summary", "--subject"]

    /// `argv` with the values of message options replaced by one neutral word, so that a rule's
    /// pattern does not read a message's words (`revision -m "drop legacy sessions"`) as the
    /// command's. `-m` counts when its value is a sentence (a module or mode has no spaces).
    static func withoutMessages(_ argv: [String]) -> [String] {
        var out = argv
        var i = 1
        while i < out.count {
            let w = out[i]
            if w == "--" { break }
            if let eq = w.firstIndex(of: "="), w.hasPrefix("--"), messageOptions.contains(String(w[..<eq])) {
                out[i] = String(w[..<eq]) + "=message"
            } else if i + 1 < out.count, messageOptions.contains(w) || (w == "-m" && out[i + 1].contains(" ")) {
                out[i + 1] = "message"
                i += 1
            }
            i += 1
        }
        return out
    }

    /// By bytes, as the kernel reads a path; walking Characters backwards was a fifth of an
    /// exec's evaluation.
    static func basename(_ path: String) -> Substring {
        let s = Substring(path)
        guard let slash = s.utf8.lastIndex(of: UInt8(ascii: "/")) else { return s }
        return s[s.utf8.index(after: slash)...]
    }

    /// `python3.12` → python3.12, python3, python; `mkfs.ext4` → mkfs.ext4, mkfs.
    static func addKeys(for path: String, to keys: inout [String]) {
        var name = basename(path)
        guard !name.isEmpty else { return }
        func add(_ k: Substring) {
            let key = String(k)
            if !k.isEmpty && !keys.contains(key) { keys.append(key) }
        }
        add(name)
        if let dot = name.firstIndex(of: "."), dot != name.startIndex { add(name[..<dot]) }
        // Strip trailing version numbers, one group at a time.
        while let last = name.last, last.isNumber || last == "." || last == "-" {
            name = name.dropLast()
            while let l = name.last, l.isNumber { name = name.dropLast() }
            while let l = name.last, l == "." || l == "-" { name = name.dropLast() }
            add(name)
        }
    }

    func containsLowered(_ needle: [UInt8]) -> Bool {
        guard needle.count <= lowered.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        let end = lowered.count - needle.count
        while i <= end {
            if lowered[i] == first {
                var j = 1
                while j < needle.count && lowered[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
