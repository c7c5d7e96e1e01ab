/// The environment variables the policy reads, matched on the bytes of a `NAME=value` entry
/// without making a String of every name an exec passes.
///
/// A name is what a Swift String comparison says it is: an entry whose name has a byte outside
/// ASCII, or any entry when the policy names a variable outside ASCII, is decoded and looked up
/// in the set (String equality is canonical equivalence: `\u{212A}EY` is `KEY`). Everything else
/// is compared byte for byte, which for ASCII is the same answer.
struct EnvironmentNames: Sendable {
    let names: Set<String>
    /// ASCII names by length.
    private let ascii: [Int: [[UInt8]]]
    private let onlyASCII: Bool
    /// The longest name, in bytes.
    let longest: Int

    init(_ names: Set<String>) {
        self.names = names
        var byLength: [Int: [[UInt8]]] = [:]
        var onlyASCII = true
        for name in names {
            let bytes = Array(name.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }) { byLength[bytes.count, default: []].append(bytes) } else { onlyASCII = false }
        }
        ascii = byLength
        longest = names.map(\.utf8.count).max() ?? 0
        self.onlyASCII = onlyASCII
    }

    var isEmpty: Bool { names.isEmpty }

    /// The name as the policy knows it, if `bytes` (an entry's name, before its `=`) is one.
    func match<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
        if onlyASCII && bytes.allSatisfy({ $0 < 0x80 }) {
            guard let candidates = ascii[bytes.count] else { return nil }
            for candidate in candidates where candidate.elementsEqual(bytes) {
                return String(decoding: candidate, as: UTF8.self)
            }
            return nil
        }
        let name = String(decoding: bytes, as: UTF8.self)
        return names.contains(name) ? name : nil
    }

    /// The named variables of a NUL-separated environment block (`/proc/PID/environ`), as
    /// `NamedEnvironment` keeps them.
    func select(from block: [UInt8]) -> NamedEnvironment {
        var out = NamedEnvironment()
        guard !names.isEmpty else { return out }
        block.withUnsafeBufferPointer { all in
            var start = 0
            let end = all.count
            while start < end {
                var stop = start
                while stop < end && all[stop] != 0 { stop += 1 }
                let entry = UnsafeBufferPointer(rebasing: all[start..<stop])
                if let eq = entry.firstIndex(of: UInt8(ascii: "=")),
                   let name = match(UnsafeBufferPointer(rebasing: entry[..<eq])) {
                    out.add(name, String(decoding: UnsafeBufferPointer(rebasing: entry[(eq + 1)...]), as: UTF8.self))
                }
                start = stop + 1
            }
        }
        return out
    }
}

/// The variables the policy reads, as one exec passes them: each name's first value, and the
/// names passed more than once with different values.
///
/// An environment is a list, not a map, and the programs reading it disagree about duplicates:
/// glibc's `getenv`, Python's `os.environ`, Go's `os.Getenv`, Node and Perl take the first
/// copy; bash, dash and zsh take the last (and pass only that one to their children); coreutils
/// `printenv NAME` prints both. No reading of a list with two different copies is the one the
/// program will act on, so such an exec is refused (`exec.ambiguous-environment`, before the
/// exec and again at PTRACE_EVENT_EXEC); two equal copies are read as one.
struct NamedEnvironment: Sendable, Equatable {
    /// Each name's first value.
    var values: [String: String] = [:]
    /// Names given twice or more with values that differ (byte for byte), in the order met.
    var conflicting: [String] = []

    init(values: [String: String] = [:], conflicting: [String] = []) {
        self.values = values
        self.conflicting = conflicting
    }

    mutating func add(_ name: String, _ value: String) {
        guard let first = values[name] else {
            values[name] = value
            return
        }
        // Bytes, not String equality: two spellings of one character are two values to a
        // program that compares bytes.
        if !first.utf8.elementsEqual(value.utf8) && !conflicting.contains(name) { conflicting.append(name) }
    }
}
