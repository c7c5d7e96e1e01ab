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
struct FileIndex: Sendable {
    typealias Entry = (rule: Int, glob: CompiledGlob)
    /// Last segment literal: `~/.aws/credentials`, `**/.env`.
    var byBasename: [String: [Entry]] = [:]
    /// Last segment starts with a literal: `~/.ssh/id_*`, `**/.env.*`.
    var byBasenamePrefix: [(prefix: [UInt8], entry: Entry)] = []
    /// Last segment ends with a literal: `**/*.pem`.
    var byBasenameSuffix: [(suffix: [UInt8], entry: Entry)] = []
    /// Everything else (`~/.config/gcloud/**`): the glob's literal prefix is checked first.
    var general: [Entry] = []

    init(_ rules: [FileRule]) {
        for (r, rule) in rules.enumerated() {
            for glob in rule.globs {
                let entry = (r, glob)
                let bytes = glob.bytes
                let lastSlash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                let last = Array(bytes[lastSlash...])
                let wild = last.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
                if wild == nil, !last.isEmpty {
                    byBasename[String(decoding: last, as: UTF8.self), default: []].append(entry)
                } else if let w = wild, w > 0 {
                    byBasenamePrefix.append((Array(last[..<w]), entry))
                } else if let w = wild, last[w] == UInt8(ascii: "*"), w == 0,
                    !last.dropFirst().contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }), last.count > 1
                {
                    byBasenameSuffix.append((Array(last.dropFirst()), entry))
                } else {
                    general.append(entry)
                }
            }
        }
    }

    /// Indices of the rules whose globs match `path` and allow `access`, in rule order.
    func matchingRules(_ path: String, access: UInt8, rules: [FileRule]) -> [Int] {
        var result: [Int] = []
        var path = path
        path.withUTF8 { p in
            var start = p.count
            while start > 0 && p[start - 1] != UInt8(ascii: "/") { start -= 1 }
            let base = UnsafeBufferPointer(rebasing: p[start...])
            func consider(_ entry: Entry) {
                let rule = rules[entry.rule]
                guard rule.access & access != 0, !result.contains(entry.rule), entry.glob.matches(bytes: p) else { return }
                if rule.except.contains(where: { $0.matches(bytes: p) }) { return }
                result.append(entry.rule)
            }
            if let entries = byBasename[String(decoding: base, as: UTF8.self)] {
                for entry in entries { consider(entry) }
            }
            for (prefix, entry) in byBasenamePrefix where base.starts(with: prefix) { consider(entry) }
            for (suffix, entry) in byBasenameSuffix where base.count >= suffix.count && base.reversed().starts(with: suffix.reversed()) {
                consider(entry)
            }
            for entry in general { consider(entry) }
        }
        return result.sorted()
    }
}
