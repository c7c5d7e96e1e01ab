// File rules indexed so one open costs a dictionary lookup and a few byte comparisons.

struct FileRule: Sendable {
    var globs: [CompiledGlob]
    var except: [CompiledGlob]
    var access: UInt8
    var match: RuleMatch
    var environment: String?

    static func mask(_ accesses: [FileAccess]) -> UInt8 {
        accesses.reduce(0) { $0 | bit($1) }
    }

    static func bit(_ access: FileAccess) -> UInt8 {
        switch access {
        case .read: 1
        case .write: 2
        case .create: 4
        case .delete: 8
        case .exec: 16
        }
    }

    func matches(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        globs.contains { $0.matches(bytes: path) } && !except.contains { $0.matches(bytes: path) }
    }
}

/// Every (rule, glob) pair, bucketed by what the glob says about a path's last segment.
///
/// A lookup reads only integers and bytes from its tables, and the globs in place: copying a
/// rule or a glob per candidate (a retain and a release for each string and array in it) was
/// most of the time an open took to decide.
struct FileIndex: Sendable {
    /// `globs[glob]` is one of `rules[rule]`'s globs.
    struct Entry: Sendable {
        var rule: Int
        var glob: Int
    }

    /// A literal start or end of the last segment, `affixes[bytes]`, and the glob it comes from.
    struct AffixEntry: Sendable {
        var bytes: Range<Int>
        var entry: Entry
    }

    var globs: [CompiledGlob] = []
    /// Each rule's access mask, by rule index.
    var access: [UInt8] = []
    /// Last segment literal: `~/.aws/credentials`, `**/.env`.
    var byBasename: [String: [Entry]] = [:]
    /// Last segment starts with a literal: `~/.ssh/id_*`, `**/.env.*`.
    var byBasenamePrefix: [AffixEntry] = []
    /// Last segment ends with a literal: `**/*.pem`.
    var byBasenameSuffix: [AffixEntry] = []
    var affixes: [UInt8] = []
    /// Everything else (`~/.config/gcloud/**`): the glob's literal prefix is checked first.
    var general: [Entry] = []

    init(_ rules: [FileRule]) {
        access = rules.map(\.access)
        for (r, rule) in rules.enumerated() {
            for glob in rule.globs {
                let entry = Entry(rule: r, glob: globs.count)
                globs.append(glob)
                let bytes = glob.bytes
                let lastSlash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                let last = Array(bytes[lastSlash...])
                let wild = last.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
                // A `**` in the last segment (`b**`), or a `*` of a glob that is not a path's,
                // matches across `/`: the path's last segment says nothing about such a glob.
                let crossesSlash = wild != nil && (!glob.pathMode || zip(last, last.dropFirst()).contains { $0 == UInt8(ascii: "*") && $1 == UInt8(ascii: "*") })
                if crossesSlash {
                    general.append(entry)
                } else if wild == nil, !last.isEmpty {
                    byBasename[String(decoding: last, as: UTF8.self), default: []].append(entry)
                } else if let w = wild, w > 0 {
                    byBasenamePrefix.append(AffixEntry(bytes: affix(last[..<w]), entry: entry))
                } else if let w = wild, last[w] == UInt8(ascii: "*"), w == 0,
                    !last.dropFirst().contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }), last.count > 1
                {
                    byBasenameSuffix.append(AffixEntry(bytes: affix(last.dropFirst()), entry: entry))
                } else {
                    general.append(entry)
                }
            }
        }
    }

    private mutating func affix(_ bytes: ArraySlice<UInt8>) -> Range<Int> {
        affixes.append(contentsOf: bytes)
        return (affixes.count - bytes.count)..<affixes.count
    }

    /// Indices of the rules whose globs match `path` and allow `access`, in rule order.
    func matchingRules(_ path: String, access wanted: UInt8, rules: [FileRule]) -> [Int] {
        var path = path
        return path.withUTF8 { p -> [Int] in
            affixes.withUnsafeBufferPointer { affixes -> [Int] in
                var result: [Int] = []
                var start = p.count
                while start > 0 && p[start - 1] != UInt8(ascii: "/") { start -= 1 }
                let base = UnsafeBufferPointer(rebasing: p[start...])
                // `result` is passed in, not captured: a variable a nested function captures is
                // boxed and checked for exclusive access at run time, on every candidate.
                func consider(_ entry: Entry, _ result: inout [Int]) {
                    // Borrowed from the array, not copied: no retain per candidate.
                    guard access[entry.rule] & wanted != 0, !result.contains(entry.rule), self.globs[entry.glob].matches(bytes: p) else { return }
                    if rules[entry.rule].except.contains(where: { $0.matches(bytes: p) }) { return }
                    result.append(entry.rule)
                }
                if let entries = byBasename[String(decoding: base, as: UTF8.self)] {
                    for entry in entries { consider(entry, &result) }
                }
                for a in byBasenamePrefix where base.count >= a.bytes.count && base.starts(with: affixes[a.bytes]) {
                    consider(a.entry, &result)
                }
                for a in byBasenameSuffix where base.count >= a.bytes.count && base[(base.count - a.bytes.count)...].elementsEqual(affixes[a.bytes]) {
                    consider(a.entry, &result)
                }
                for entry in general { consider(entry, &result) }
                return result.sorted()
            }
        }
    }
}
