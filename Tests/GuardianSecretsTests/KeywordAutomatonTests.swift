import Testing
@testable import GuardianSecrets

/// The automaton against a naive search: every occurrence, exactly once, in short texts (one
/// pass) and long ones (two halves at once), including a keyword across the middle.
@Suite struct KeywordAutomatonTests {
    static let keywords = ["token", "secret", "ghp_", "-----BEGIN ", "://", "tok", "en"].map { Array($0.utf8) }

    static func naive(_ text: [UInt8], _ keywords: [[UInt8]]) -> [[Int]] {
        var out: [[Int]] = []
        let folded = text.map(KeywordAutomaton.fold)
        for (k, word) in keywords.enumerated() where word.count <= text.count {
            let w = word.map(KeywordAutomaton.fold)
            for start in 0...(text.count - w.count) where Array(folded[start..<(start + w.count)]) == w {
                out.append([start + w.count, k])
            }
        }
        return out.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
    }

    @Test(arguments: [100, 4095, 4096, 10_001, 65_536])
    func findsEveryOccurrenceOnce(_ length: Int) {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzTOKEN_-:/ \n".utf8)
        var text = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
        // Keywords planted everywhere, and one across the middle.
        for at in stride(from: 0, to: length - 12, by: max(length / 37, 12)) {
            let word = Self.keywords.randomElement(using: &rng)!
            text.replaceSubrange(at..<(at + word.count), with: word)
        }
        let middle = length / 2
        if length > 40 { text.replaceSubrange((middle - 3)..<(middle + 8), with: Array("-----BEGIN ".utf8)) }
        let automaton = KeywordAutomaton(Self.keywords)
        var found: [[Int]] = []
        text.withUnsafeBufferPointer { buffer in automaton.scan(buffer) { found.append([$0, $1]) } }
        found.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
        #expect(found == Self.naive(text, Self.keywords))
    }

    @Test func aKeywordLongerThanAQuarterOfTheTextIsStillFound() {
        let long = Array(String(repeating: "x9", count: 1500).utf8)
        let text = Array(String(repeating: "a", count: 1000).utf8) + long + Array(String(repeating: "b", count: 3000).utf8)
        let automaton = KeywordAutomaton([long], caseInsensitive: false)
        var found: [Int] = []
        text.withUnsafeBufferPointer { buffer in automaton.scan(buffer) { end, _ in found.append(end) } }
        #expect(found == [1000 + long.count])
    }
}
