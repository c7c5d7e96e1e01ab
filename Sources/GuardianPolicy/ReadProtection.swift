// The pin walk's one question, asked of thousands of files: does a rule protect this file from
// reading? Asked one directory at a time, with the globs that cannot match there left out once.

/// The file rules that protect from reading — a decision above `audit`, what the pin walk pins —
/// arranged for the walk, which lists a directory and then asks about each of its files.
///
/// `evaluate(FileRequest(path:access: .read))` tries every `**/` glob (each scans the whole path
/// for its required literal) and every suffix glob on each file, and builds the rules' matches
/// and their order, which the walk does not read. Here, per directory (`entries(of:)`):
/// - a `**/name` glob whose name is one segment without `**` matches an entry of any directory
///   exactly when the name matches the entry's name: only the name is compared;
/// - a glob whose directory part is literal (`/home/u/.ssh/id_*`) can match an entry of that
///   directory alone, and there by its last segment: only the name is compared, and only in that
///   directory;
/// - any other glob is kept for a directory only when some name put there could make a path it
///   matches (`CompiledGlob.couldMatchEntry(of:)`), and is matched against the whole path.
///
/// What is left out is what the matcher would refuse, so the answers are the rules' own
/// (ReadProtectionTests holds them against `evaluate`). Excepts are matched against the whole path.
public final class ReadProtection: Sendable {
    /// A glob of a rule that protects from reading, with that rule's excepts.
    /// A class, read through `Candidates`' unretained views: the walk asks every candidate about
    /// every entry, and a struct of a glob and its excepts is copied out of an array at five
    /// reference counts taken and dropped (even through a buffer pointer), a class at one.
    final class Candidate: Sendable {
        let glob: CompiledGlob
        let except: [CompiledGlob]

        init(glob: CompiledGlob, except: [CompiledGlob]) {
            self.glob = glob
            self.except = except
        }

        /// Whether the glob, compared with `subject` (the entry's name or its whole path),
        /// matches and no except matches the whole `path`.
        func protects(_ subject: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>) -> Bool {
            glob.matches(bytes: subject) && !except.contains { $0.matches(bytes: path) }
        }

        /// Whether the glob could match an entry of the directory `prefix` (ending in `/`).
        func couldMatchEntry(of prefix: UnsafeBufferPointer<UInt8>) -> Bool {
            glob.couldMatchEntry(of: prefix)
        }
    }

    /// Candidates, and a view of each that takes no reference count when it is read: the list
    /// owns them for as long as it lives, and every use of a view is within a call on the list.
    /// Candidates compared with an entry's name (`byName`) are looked up in a `NameIndex`: the
    /// walk puts the question to the few whose literal ends fit the name, not to all of them.
    /// A class: read on every question, a struct of these arrays would be copied, a reference
    /// count for each.
    final class Candidates: @unchecked Sendable {
        let owned: [Candidate]
        let views: [Unmanaged<Candidate>]
        let names: NameIndex?

        init(_ owned: [Candidate], byName: Bool = false) {
            self.owned = owned
            views = owned.map { Unmanaged.passUnretained($0) }
            // A handful are tried one by one as fast as looked up (most directories named in
            // the rules have one or two).
            names = byName && owned.count >= NameIndex.worthwhile ? NameIndex(owned.map(\.glob)) : nil
        }

        static let none = Candidates([])

        /// Whether one of them, compared with `subject`, protects `path` (excepts are matched
        /// against the whole path).
        func protect(_ subject: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>) -> Bool {
            withExtendedLifetime(owned) {
                views.withUnsafeBufferPointer { all in
                    if let names, !subject.isEmpty {
                        return names.contains(subject) { all[$0]._withUnsafeGuaranteedRef { $0.protects(subject, path: path) } }
                    }
                    return all.contains { $0._withUnsafeGuaranteedRef { $0.protects(subject, path: path) } }
                }
            }
        }

        /// The indices of those `include` says yes to.
        func indices(where include: (Candidate) -> Bool) -> [Int] {
            withExtendedLifetime(owned) {
                views.indices.filter { views[$0]._withUnsafeGuaranteedRef(include) }
            }
        }

        /// Whether the one at `index`, compared with `subject`, protects `path`.
        func protects(at index: Int, _ subject: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>) -> Bool {
            withExtendedLifetime(owned) { views[index]._withUnsafeGuaranteedRef { $0.protects(subject, path: path) } }
        }
    }

    /// `**/name` globs, as their one segment: compared with an entry's name in every directory.
    let anywhere: Candidates
    /// Globs whose directory part is literal, as their last segment, by that directory.
    let byDirectory: [[UInt8]: Candidates]
    /// The rest, matched against the whole path where they could match at all.
    let general: Candidates

    init(_ rules: [FileRule]) {
        var anywhere: [Candidate] = []
        var byDirectory: [[UInt8]: [Candidate]] = [:]
        var general: [Candidate] = []
        let slash = UInt8(ascii: "/")
        for rule in rules where rule.access & FileRule.bit(.read) != 0 && rule.match.decision > .audit {
            for glob in rule.globs {
                let bytes = glob.bytes
                guard glob.pathMode, let lastSlash = bytes.lastIndex(of: slash) else {
                    general.append(Candidate(glob: glob, except: rule.except))
                    continue
                }
                let segment = bytes[(lastSlash + 1)...]
                let oneSegment = !segment.isEmpty && !Self.hasDoubleStar(segment)
                let patternSegment = String(decoding: segment, as: UTF8.self)
                if oneSegment, lastSlash == 2, bytes.starts(with: Array("**/".utf8)) {
                    anywhere.append(Candidate(glob: CompiledGlob(patternSegment, caseInsensitive: glob.caseInsensitive), except: rule.except))
                } else if oneSegment, !glob.caseInsensitive, !bytes[..<lastSlash].contains(where: CompiledGlob.isWildcard) {
                    byDirectory[Array(bytes[..<lastSlash]), default: []].append(Candidate(glob: CompiledGlob(patternSegment), except: rule.except))
                } else {
                    general.append(Candidate(glob: glob, except: rule.except))
                }
            }
        }
        self.anywhere = Candidates(anywhere, byName: true)
        self.byDirectory = byDirectory.mapValues { Candidates($0, byName: true) }
        self.general = Candidates(general)
    }

    static func hasDoubleStar(_ bytes: ArraySlice<UInt8>) -> Bool {
        let star = UInt8(ascii: "*")
        return zip(bytes, bytes.dropFirst()).contains { $0 == star && $1 == star }
    }

    /// The question for the entries of `directory`, as the walk spells their paths
    /// (`directory + "/" + name`).
    public func entries(of directory: String) -> DirectoryProtection {
        let dir = Array(directory.utf8)
        let prefix = dir + [UInt8(ascii: "/")]
        // Read in place, as `protects` reads them: an Array's subscript hands out a copy.
        let paths = prefix.withUnsafeBufferPointer { p in
            general.indices { $0.couldMatchEntry(of: p) }
        }
        return DirectoryProtection(prefix: prefix, protection: self, local: byDirectory[dir] ?? .none, paths: paths)
    }

}

/// Which entries of one directory a rule protects from reading (`ReadProtection.entries(of:)`).
/// It keeps the protection's candidates where they are and names the ones it asks by index.
public final class DirectoryProtection: Sendable {
    /// The directory's path and a `/`.
    let prefix: [UInt8]
    /// The rules, whose `anywhere` globs are compared with every entry's name.
    let protection: ReadProtection
    /// Globs of one segment for this directory alone, compared with an entry's name.
    let local: ReadProtection.Candidates
    /// Indices into the protection's `general` globs that could match an entry here, compared
    /// with the whole path.
    let paths: [Int]

    init(prefix: [UInt8], protection: ReadProtection, local: ReadProtection.Candidates, paths: [Int]) {
        self.prefix = prefix
        self.protection = protection
        self.local = local
        self.paths = paths
    }

    /// Whether a rule protects `path`, an entry of this directory, from reading (a decision above
    /// `audit`: what `evaluate(FileRequest(path:access: .read))` would say). nil when `path` is
    /// not an entry of this directory (another directory's, deeper, or the directory itself):
    /// the caller then asks the policy.
    public func protects(_ path: String) -> Bool? {
        var path = path
        return path.withUTF8 { p -> Bool? in
            guard p.count > prefix.count, CompiledGlob.startsWith(p, prefix, folding: false) else { return nil }
            let name = UnsafeBufferPointer(rebasing: p[prefix.count...])
            if name.contains(UInt8(ascii: "/")) { return nil }
            return protects(name: name, path: p)
        }
    }

    /// Whether a rule protects the entry `name` (one segment, no `/`, as a listing gives it) of
    /// this directory from reading. Its path is put together in a buffer on the stack, not in a
    /// String: the pin walk asks this of every file it lists. nil for a name that is not one
    /// segment.
    public func protects(entry name: String) -> Bool? {
        var name = name
        return name.withUTF8 { n -> Bool? in
            guard !n.isEmpty, !n.contains(UInt8(ascii: "/")) else { return nil }
            let count = prefix.count + n.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer -> Bool in
                prefix.withUnsafeBufferPointer { _ = buffer.initialize(fromContentsOf: $0) }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[prefix.count...]).initialize(fromContentsOf: n)
                let path = UnsafeBufferPointer(buffer)
                return protects(name: UnsafeBufferPointer(rebasing: path[prefix.count...]), path: path)
            }
        }
    }

    private func protects(name: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>) -> Bool {
        if protection.anywhere.protect(name, path: path) || local.protect(name, path: path) { return true }
        let general = protection.general
        return paths.contains { general.protects(at: $0, path, path: path) }
    }
}

extension CompiledPolicy {
    public func readProtection() -> ReadProtection? {
        ReadProtection(fileRules)
    }
}
