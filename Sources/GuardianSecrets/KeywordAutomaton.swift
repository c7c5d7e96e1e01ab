/// Aho–Corasick over ASCII keywords, case-insensitive: one pass over the bytes reports every
/// keyword occurrence by its end offset. The scanner's prefilter — a detector runs only where
/// one of its keywords occurs — and the index of secret values already found.
struct KeywordAutomaton: Sendable {
    /// `next[state * 256 + byte]`: the full transition table (failure links folded in).
    private let next: [Int32]
    /// The keywords each state completes, failure chain included.
    private let outputs: [[Int32]]
    /// Whether a state completes any keyword: the common case, checked without touching `outputs`.
    private let terminal: [Bool]
    let keywords: [[UInt8]]
    let caseInsensitive: Bool

    init(_ keywords: [[UInt8]], caseInsensitive: Bool = true) {
        let words = keywords.map { caseInsensitive ? $0.map(Self.fold) : $0 }
        self.keywords = words
        self.caseInsensitive = caseInsensitive
        var trie: [[Int32]] = [Array(repeating: -1, count: 256)]
        var out: [[Int32]] = [[]]
        for (index, word) in words.enumerated() where !word.isEmpty {
            var state = 0
            for byte in word {
                let to = trie[state][Int(byte)]
                if to >= 0 {
                    state = Int(to)
                } else {
                    trie.append(Array(repeating: -1, count: 256))
                    out.append([])
                    trie[state][Int(byte)] = Int32(trie.count - 1)
                    state = trie.count - 1
                }
            }
            out[state].append(Int32(index))
        }
        // Breadth first: each state's failure link, then its missing transitions through it.
        var fail = [Int32](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for byte in 0..<256 {
            if trie[0][byte] < 0 {
                trie[0][byte] = 0
            } else {
                queue.append(Int(trie[0][byte]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            out[state] += out[Int(fail[state])]
            for byte in 0..<256 {
                let to = trie[state][byte]
                if to >= 0 {
                    fail[Int(to)] = trie[Int(fail[state])][byte]
                    queue.append(Int(to))
                } else {
                    trie[state][byte] = trie[Int(fail[state])][byte]
                }
            }
        }
        if caseInsensitive {
            // Capitals go where small letters go: no folding per byte while scanning.
            for state in 0..<trie.count {
                for upper in 0x41...0x5A { trie[state][upper] = trie[state][upper | 0x20] }
            }
        }
        next = trie.flatMap { $0 }
        outputs = out
        terminal = out.map { !$0.isEmpty }
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Calls `body(end, keyword)` for every occurrence, `end` being the offset just past it.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ end: Int, _ keyword: Int) -> Void) {
        var state = 0
        next.withUnsafeBufferPointer { table in
            terminal.withUnsafeBufferPointer { terminal in
                for i in 0..<bytes.count {
                    state = Int(table[state &* 256 &+ Int(bytes[i])])
                    if terminal[state] {
                        for k in outputs[state] { body(i + 1, Int(k)) }
                    }
                }
            }
        }
    }
}
