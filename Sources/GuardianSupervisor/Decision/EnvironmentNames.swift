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

    /// The named variables of a NUL-separated environment block (`/proc/PID/environ`); a later
    /// entry of the same name wins, as in the block's own order.
    func select(from block: [UInt8]) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        var out: [String: String] = [:]
        block.withUnsafeBufferPointer { all in
            var start = 0
            let end = all.count
            while start < end {
                var stop = start
                while stop < end && all[stop] != 0 { stop += 1 }
                let entry = UnsafeBufferPointer(rebasing: all[start..<stop])
                if let eq = entry.firstIndex(of: UInt8(ascii: "=")),
                   let name = match(UnsafeBufferPointer(rebasing: entry[..<eq])) {
                    out[name] = String(decoding: UnsafeBufferPointer(rebasing: entry[(eq + 1)...]), as: UTF8.self)
                }
                start = stop + 1
            }
        }
        return out
    }
}
