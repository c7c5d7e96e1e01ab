// Which globs of a list could match a name, found from the name's first and last bytes: the pin
// walk asks about every file in HOME's dot-directories whether one of some forty `**/name`
// globs matches it, and tried one after another they were most of the walk's question.

/// An index of globs compared with one name (a path segment, no `/`), by the literal bytes a
/// name must start or end with to match them:
/// - a glob with a literal prefix (`.env.*`, `kubeconfig*prod*`, `.netrc`): a name it matches
///   starts with that prefix, so it is filed under the prefix's first byte, and its second byte
///   when there is one;
/// - a glob that starts with a wildcard and ends with a literal byte (`*.pem`, `*_key`): a name
///   it matches ends with that byte (and the one before it, when the pattern's is literal too);
/// - the rest (`*prod*`, `id_*` under a case-folded rule…) are tried on every name.
///
/// Bytes are compared ASCII-folded, so a case-insensitive glob is filed as it matches; a
/// case-sensitive one is then only tried on more names than it could match. The index only
/// narrows which globs are tried: the glob's own matcher still decides (`contains`).
struct NameIndex: Sendable {
    /// A glob filed under a byte, and the byte next to it (`any` when the pattern has none).
    struct Entry: Sendable {
        let next: UInt16
        let glob: Int32
        static let any: UInt16 = 0x100
    }

    /// Entries by the first byte of the literal prefix: `prefixEntries[prefixStart[b]..<prefixStart[b + 1]]`.
    private let prefixStart: [Int32]
    private let prefixEntries: [Entry]
    /// Entries of globs that start with a wildcard, by their last byte.
    private let suffixStart: [Int32]
    private let suffixEntries: [Entry]
    /// Globs tried on every name.
    private let rest: [Int32]

    /// Globs below this many are tried one by one: the index would not be quicker.
    static let worthwhile = 6

    init(_ globs: [CompiledGlob]) {
        // Each glob's place: filed under a first byte (prefix), a last byte (suffix), or in `rest`.
        var places: [(prefix: Bool, byte: Int, entry: Entry)] = []
        var rest: [Int32] = []
        for (i, glob) in globs.enumerated() {
            let index = Int32(i)
            let bytes = glob.bytes
            if let first = glob.literalPrefix.first {
                let prefix = glob.literalPrefix
                let next = prefix.count > 1 ? UInt16(CompiledGlob.lower(prefix[1])) : Entry.any
                places.append((true, Int(CompiledGlob.lower(first)), Entry(next: next, glob: index)))
            } else if let last = bytes.last, !CompiledGlob.isWildcard(last) {
                let before = bytes.count > 1 && !CompiledGlob.isWildcard(bytes[bytes.count - 2]) ? UInt16(CompiledGlob.lower(bytes[bytes.count - 2])) : Entry.any
                places.append((false, Int(CompiledGlob.lower(last)), Entry(next: before, glob: index)))
            } else {
                rest.append(index)
            }
        }
        // Laid out by byte, each table's entries in one array (a count per byte, then places).
        func table(_ prefix: Bool) -> ([Int32], [Entry]) {
            var starts = [Int32](repeating: 0, count: 257)
            for place in places where place.prefix == prefix { starts[place.byte + 1] += 1 }
            for b in 0..<256 { starts[b + 1] += starts[b] }
            var next = starts
            var entries = [Entry](repeating: Entry(next: Entry.any, glob: 0), count: Int(starts[256]))
            for place in places where place.prefix == prefix {
                entries[Int(next[place.byte])] = place.entry
                next[place.byte] += 1
            }
            return (starts, entries)
        }
        (prefixStart, prefixEntries) = table(true)
        (suffixStart, suffixEntries) = table(false)
        self.rest = rest
    }

    /// Whether `matches` holds for one of the globs that could match `name` (not empty), each
    /// asked once at most.
    @inline(__always)
    func contains(_ name: UnsafeBufferPointer<UInt8>, where matches: (Int) -> Bool) -> Bool {
        let count = name.count
        let first = Int(CompiledGlob.lower(name[0]))
        let second = count > 1 ? UInt16(CompiledGlob.lower(name[1])) : Entry.any
        let last = Int(CompiledGlob.lower(name[count - 1]))
        let beforeLast = count > 1 ? UInt16(CompiledGlob.lower(name[count - 2])) : Entry.any
        if Self.contains(prefixStart, prefixEntries, bucket: first, next: second, matches) { return true }
        if Self.contains(suffixStart, suffixEntries, bucket: last, next: beforeLast, matches) { return true }
        return rest.withUnsafeBufferPointer { r in r.contains { matches(Int($0)) } }
    }

    /// An entry is tried when its pattern has no byte next to the filed one, or the name's is
    /// that byte. (A one-byte name has no next byte: only entries without one fit it — a glob
    /// with a two-byte literal end matches no one-byte name.)
    @inline(__always)
    private static func contains(_ starts: [Int32], _ entries: [Entry], bucket: Int, next: UInt16, _ matches: (Int) -> Bool) -> Bool {
        starts.withUnsafeBufferPointer { s in
            let range = Int(s[bucket])..<Int(s[bucket + 1])
            if range.isEmpty { return false }
            return entries.withUnsafeBufferPointer { e in
                for i in range where e[i].next == Entry.any || (next != Entry.any && e[i].next == next) {
                    if matches(Int(e[i].glob)) { return true }
                }
                return false
            }
        }
    }
}
