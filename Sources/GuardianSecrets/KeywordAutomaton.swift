/// Aho–Corasick over ASCII keywords, case-insensitive: one pass over the bytes reports every
/// keyword occurrence by its end offset. The scanner's prefilter — a detector runs only where
/// one of its keywords occurs — and the index of secret values already found.
///
/// The table is over byte classes, not bytes: every byte no keyword holds is one class, and a
/// capital is its small letter's class, so a row is a few dozen entries and the whole table
/// stays in the first-level cache (a row of 256 did not: the scan then waited on memory).
struct KeywordAutomaton: Sendable {
    /// `next[row + class]`, `row` being a state's first entry: the next state's row, with
    /// `terminalBit` set when that state completes a keyword (failure links folded in).
    private let next: [UInt32]
    /// Each byte's class.
    private let classes: [UInt16]
    /// Entries a row.
    private let width: Int
    /// The keywords each state completes, failure chain included, by state number.
    private let outputs: [[Int32]]
    let keywords: [[UInt8]]
    let caseInsensitive: Bool
    /// The longest keyword: a match ending at `e` starts after `e - longest`.
    private let longest: Int
    private static let terminalBit: UInt32 = 1 << 31

    init(_ keywords: [[UInt8]], caseInsensitive: Bool = true) {
        let words = keywords.map { caseInsensitive ? $0.map(Self.fold) : $0 }
        self.keywords = words
        self.caseInsensitive = caseInsensitive
        longest = words.map(\.count).max() ?? 0
        // Class 0: bytes no keyword holds.
        var classes = [UInt16](repeating: 0, count: 256)
        var width = 1
        for word in words {
            for byte in word where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt16(width)
                width += 1
            }
        }
        if caseInsensitive {
            for upper in 0x41...0x5A { classes[upper] = classes[upper | 0x20] }
        }
        var trie: [[Int32]] = [Array(repeating: -1, count: width)]
        var out: [[Int32]] = [[]]
        for (index, word) in words.enumerated() where !word.isEmpty {
            var state = 0
            for byte in word {
                let c = Int(classes[Int(byte)])
                let to = trie[state][c]
                if to >= 0 {
                    state = Int(to)
                } else {
                    trie.append(Array(repeating: -1, count: width))
                    out.append([])
                    trie[state][c] = Int32(trie.count - 1)
                    state = trie.count - 1
                }
            }
            out[state].append(Int32(index))
        }
        // Breadth first: each state's failure link, then its missing transitions through it.
        var fail = [Int32](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for c in 0..<width {
            if trie[0][c] < 0 {
                trie[0][c] = 0
            } else {
                queue.append(Int(trie[0][c]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            out[state] += out[Int(fail[state])]
            for c in 0..<width {
                let to = trie[state][c]
                if to >= 0 {
                    fail[Int(to)] = trie[Int(fail[state])][c]
                    queue.append(Int(to))
                } else {
                    trie[state][c] = trie[Int(fail[state])][c]
                }
            }
        }
        precondition(trie.count * width < Int(Self.terminalBit), "keyword automaton too large")
        next = trie.flatMap { row in
            row.map { to in UInt32(Int(to) * width) | (out[Int(to)].isEmpty ? 0 : Self.terminalBit) }
        }
        self.classes = classes
        self.width = width
        outputs = out
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }


    /// Calls `body(end, keyword)` for every occurrence, `end` being the offset just past it
    /// (not in order of `end` when the text is long).
    ///
    /// Each step waits on the table load of the one before, so a long text is walked as two
    /// halves at once: two independent chains of loads the processor overlaps. The second
    /// half starts `longest - 1` bytes early, in the start state, and reports only the
    /// matches that end past the middle — the first half reported the others.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ end: Int, _ keyword: Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        next.withUnsafeBufferPointer { table in
            classes.withUnsafeBufferPointer { classes in
                let table = table.baseAddress!
                let classes = classes.baseAddress!
                var first = 0
                var firstEnd = n
                if n >= 4096 && longest < n / 4 {
                    let middle = n / 2
                    let second = middle - max(longest - 1, 0)
                    firstEnd = middle
                    var row = 0
                    var row2 = 0
                    var i = 0
                    let steps = middle  // the first half's length; the second is at least as long
                    while i < steps {
                        let entry = table[row &+ Int(classes[Int(base[i])])]
                        let entry2 = table[row2 &+ Int(classes[Int(base[second &+ i])])]
                        row = Int(entry & ~Self.terminalBit)
                        row2 = Int(entry2 & ~Self.terminalBit)
                        i &+= 1
                        if (entry | entry2) & Self.terminalBit != 0 {
                            if entry & Self.terminalBit != 0 {
                                for k in outputs[row / width] { body(i, Int(k)) }
                            }
                            if entry2 & Self.terminalBit != 0, second &+ i > middle {
                                for k in outputs[row2 / width] { body(second &+ i, Int(k)) }
                            }
                        }
                    }
                    // The rest of the second half, alone.
                    var j = second &+ steps
                    while j < n {
                        let entry = table[row2 &+ Int(classes[Int(base[j])])]
                        row2 = Int(entry & ~Self.terminalBit)
                        j &+= 1
                        if entry & Self.terminalBit != 0, j > middle {
                            for k in outputs[row2 / width] { body(j, Int(k)) }
                        }
                    }
                    return
                }
                var row = 0
                while first < firstEnd {
                    let entry = table[row &+ Int(classes[Int(base[first])])]
                    row = Int(entry & ~Self.terminalBit)
                    first &+= 1
                    if entry & Self.terminalBit != 0 {
                        for k in outputs[row / width] { body(first, Int(k)) }
                    }
                }
            }
        }
    }
}
