// An argv read the way most CLIs read it, once per evaluation, shared by every rule.

/// One argument after the program name.
struct Argument: Sendable {
    enum Kind: Sendable { case positional, long, short }
    var text: String
    var kind: Kind
    /// For options: the name with its dashes (`--force`, `-rf`); for `--name=value`, the part before `=`.
    var name: Substring
    /// For `--name=value`: the value.
    var inlineValue: Substring?
    /// A positional right after an option without `=`: it may be that option's value.
    var mayBeValue: Bool
    /// After a `--` end-of-options marker.
    var afterDoubleDash: Bool
}

/// argv without its program name, classified. Options are recognised by spelling only: a
/// positional that follows an option may be its value, so subcommand matching may skip it.
struct Arguments: Sendable {
    var items: [Argument]
    /// Indices of positionals, in order.
    var positionals: [Int]

    init(_ argv: [String]) {
        items = []
        positionals = []
        items.reserveCapacity(argv.count)
        var afterDoubleDash = false
        var previousWasOption = false
        let curl = argv.first.map(Arguments.isCurl) ?? false
        for text in argv.dropFirst() {
            if afterDoubleDash {
                positionals.append(items.count)
                items.append(Argument(text: text, kind: .positional, name: "", inlineValue: nil, mayBeValue: false, afterDoubleDash: true))
                continue
            }
            if text == "--" {
                afterDoubleDash = true
                previousWasOption = false
                continue
            }
            let utf8 = text.utf8
            if utf8.count >= 2, utf8.first == UInt8(ascii: "-") {
                let isLong = utf8.dropFirst().first == UInt8(ascii: "-")
                let sub = Substring(text)
                if let eq = sub.firstIndex(of: "=") {
                    items.append(Argument(text: text, kind: isLong ? .long : .short, name: sub[..<eq], inlineValue: sub[sub.index(after: eq)...], mayBeValue: false, afterDoubleDash: false))
                    previousWasOption = false
                } else if curl, !isLong, let split = Arguments.curlCluster(text) {
                    // curl's flags before its method (`-sX DELETE`, `-fsSLX PATCH`): each its own
                    // item, so `-X` is seen with its value.
                    for part in split {
                        items.append(Argument(text: part, kind: .short, name: Substring(part), inlineValue: nil, mayBeValue: false, afterDoubleDash: false))
                    }
                    previousWasOption = true
                } else {
                    items.append(Argument(text: text, kind: isLong ? .long : .short, name: sub, inlineValue: nil, mayBeValue: false, afterDoubleDash: false))
                    previousWasOption = true
                }
                continue
            }
            positionals.append(items.count)
            items.append(Argument(text: text, kind: .positional, name: "", inlineValue: nil, mayBeValue: previousWasOption, afterDoubleDash: false))
            previousWasOption = false
        }
    }

    /// curl's flags that take no value, which it lets a cluster end with one that does.
    static let curlBooleanFlags: Set<Character> = ["s", "S", "L", "f", "k", "v", "i", "I", "g", "G", "N", "n", "O", "J", "q", "4", "6", "Z", "l", "j", "R", "a", "B", "p"]

    static func isCurl(_ program: String) -> Bool {
        let name = ExecView.basename(program)
        return name == "curl" || name == "curlie"
    }

    /// A curl cluster of flags that take no value ending in `-X` (`-sX`, `-fsSLX`): its flags
    /// and `-X` apart. Nil for any other shape (`-XDELETE` is `-X` with its value).
    static func curlCluster(_ text: String) -> [String]? {
        guard text.count > 2, text.hasSuffix("X") else { return nil }
        let flags = text.dropFirst().dropLast()
        guard flags.allSatisfy(curlBooleanFlags.contains) else { return nil }
        return flags.map { "-\($0)" } + ["-X"]
    }

    /// Matches `sequence` against the positionals from the start, skipping positionals that may
    /// be option values. Returns the index in `positionals` just after the match.
    func matchSubcommand(_ sequence: [[String]]) -> Int? {
        var p = 0
        for alternatives in sequence {
            var found = false
            while p < positionals.count {
                let arg = items[positionals[p]]
                p += 1
                if alternatives.contains(arg.text) { found = true; break }
                if !arg.mayBeValue { return nil }
            }
            if !found { return nil }
        }
        return p
    }

    /// The value given to an option spelled by `spec` (`--name`, `-n`, or terraform's `-name`):
    /// `--name=v`, `--name v`, `-n v`, `-nv`.
    /// Values of `spec`'s one-letter spellings given last in a cluster of letter flags, as
    /// getopt reads them (`psql -Atc 'SQL'`, `mysql -Ne 'SQL'`): for programs whose options are
    /// all one letter after one dash, where `-in` is not a long option (openssl's) but `-i -n`.
    func clusteredValues(of spec: OptionSpec) -> [Substring] {
        var result: [Substring] = []
        for (i, arg) in items.enumerated() where arg.kind == .short && !arg.afterDoubleDash && arg.inlineValue == nil {
            let letters = arg.name.dropFirst()
            guard letters.count > 1, let last = letters.last, spec.shortNames.contains(last), letters.allSatisfy({ $0.isASCII && $0.isLetter }),
                  i + 1 < items.count, items[i + 1].kind == .positional else { continue }
            result.append(Substring(items[i + 1].text))
        }
        return result
    }

    func values(of spec: OptionSpec) -> [Substring] {
        var result: [Substring] = []
        var i = 0
        while i < items.count {
            let arg = items[i]
            if arg.kind != .positional, !arg.afterDoubleDash, let value = spec.value(of: arg, next: i + 1 < items.count ? items[i + 1] : nil) {
                result.append(value)
            }
            i += 1
        }
        return result
    }
}

/// One spelling set of an option that takes a value: `-e|--environment`.
struct OptionSpec: Sendable, Hashable {
    var longNames: [String]
    var shortNames: [Character]

    init(_ spec: String) {
        longNames = []
        shortNames = []
        for name in spec.split(separator: "|") {
            let n = String(name)
            if n.hasPrefix("--") {
                longNames.append(String(n.dropFirst(2)))
            } else if n.hasPrefix("-"), n.count == 2, let c = n.last {
                shortNames.append(c)
            } else if n.hasPrefix("-") {
                // terraform and find spell long options with one dash: accept both.
                longNames.append(String(n.dropFirst()))
            } else {
                longNames.append(n)
            }
        }
    }

    func value(of arg: Argument, next: Argument?) -> Substring? {
        let stripped = arg.kind == .long ? arg.name.dropFirst(2) : arg.name.dropFirst()
        if longNames.contains(where: { $0 == stripped }) {
            if let v = arg.inlineValue { return v }
            if let next, next.kind == .positional { return Substring(next.text) }
            return nil
        }
        if arg.kind == .short, let first = stripped.first, shortNames.contains(first) {
            if let v = arg.inlineValue, stripped.count == 1 { return v }
            let rest = stripped.dropFirst()
            if !rest.isEmpty { return arg.inlineValue.map { _ in Substring(arg.text.dropFirst(2)) } ?? rest }
            if let next, next.kind == .positional { return Substring(next.text) }
        }
        return nil
    }
}

/// A flag in every spelling: `-f|--force` matches `-f`, `-rf`, `-fr`, `--force`,
/// `--force=true` (not `--force=false`), and terraform's `-destroy` as `-destroy`/`--destroy`.
struct FlagSpec: Sendable, Hashable {
    var longNames: [String]
    var shortNames: [Character]

    init(_ spec: String) {
        let option = OptionSpec(spec)
        longNames = option.longNames
        shortNames = option.shortNames
    }

    func isPresent(in args: Arguments) -> Bool {
        for arg in args.items where arg.kind != .positional && !arg.afterDoubleDash {
            if matches(arg) { return true }
        }
        return false
    }

    func matches(_ arg: Argument) -> Bool {
        let stripped = arg.kind == .long ? arg.name.dropFirst(2) : arg.name.dropFirst()
        if longNames.contains(where: { $0 == stripped }) {
            guard let v = arg.inlineValue else { return true }
            return !(v == "false" || v == "0" || v == "no" || v == "False")
        }
        if arg.kind == .short, arg.inlineValue == nil, !shortNames.isEmpty {
            // A cluster of short flags: every character is a flag.
            return stripped.contains { shortNames.contains($0) }
        }
        return false
    }
}
