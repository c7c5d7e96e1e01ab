import Synchronization

/// Every secret found this session: its sentinel, where it was first seen and by which
/// detector. The real value stays in Guardian's memory; events carry the source and the
/// detector, never the value. The same value always gets the same sentinel, so a copy of a
/// masked file and the original agree, and a sentinel can later be traced to its source.
public final class SecretRegistry: Sendable {
    public struct Entry: Sendable, Equatable {
        public let sentinel: [UInt8]
        public let detector: String
        /// The file (or variable) it was first found in, and the line there (1-based; 0 for a variable).
        public let source: String
        public let line: Int
    }

    private struct State {
        var byValue: [[UInt8]: Entry] = [:]
        var bySentinel: [[UInt8]: [UInt8]] = [:]
        var known: KnownSecrets? = nil
        var sentinelIndex: KeywordAutomaton? = nil
        var valueIndex: KeywordAutomaton? = nil
    }

    private let state = Mutex(State())
    /// How many secrets are registered, readable without the lock: every open that scans asks,
    /// and the pre-scan's idle-priority thread must not hold up the decision path (a thread
    /// preempted inside the lock stalls whoever waits for it).
    private let registered = Atomic<Int>(0)

    public init() {}

    /// The sentinel for `value`, registering it on first sight.
    public func register(_ value: [UInt8], detector: String, source: String, line: Int, keep: Int) -> Entry {
        state.withLock { s in
            if let e = s.byValue[value] { return e }
            var sentinel = Sentinel.make(for: value, keep: keep)
            while s.bySentinel[sentinel] != nil || s.byValue[sentinel] != nil { sentinel = Sentinel.make(for: value, keep: keep) }
            let e = Entry(sentinel: sentinel, detector: detector, source: source, line: line)
            s.byValue[value] = e
            s.bySentinel[sentinel] = value
            registered.store(s.byValue.count, ordering: .releasing)
            s.known = nil
            s.sentinelIndex = nil
            s.valueIndex = nil
            return e
        }
    }

    public func entry(for value: [UInt8]) -> Entry? { state.withLock { $0.byValue[value] } }

    /// The real value a sentinel stands for.
    public func real(for sentinel: [UInt8]) -> [UInt8]? { state.withLock { $0.bySentinel[sentinel] } }

    public var count: Int { registered.load(ordering: .acquiring) }

    /// Every secret registered so far, with its real value.
    public var all: [(entry: Entry, real: [UInt8])] { state.withLock { s in s.byValue.map { ($0.value, $0.key) } } }

    /// Every sentinel of this session that occurs in `bytes`, with the entry it stands for and
    /// the real value, each distinct sentinel once.
    public func sentinels(in bytes: [UInt8]) -> [(sentinel: [UInt8], real: [UInt8], entry: Entry)] {
        guard let index = index(\.sentinelIndex, keys: { Array($0.bySentinel.keys) }) else { return [] }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in index.scan(buffer) { _, k in if !found.contains(k) { found.append(k) } } }
        return state.withLock { s in
            found.compactMap { k in
                let sentinel = index.keywords[k]
                guard let real = s.bySentinel[sentinel], let entry = s.byValue[real] else { return nil }
                return (sentinel, real, entry)
            }
        }
    }

    /// The registered secrets whose *real* value occurs in `bytes`: a masked secret the agent
    /// obtained some other way (a git pack, an archive, rebuilt from pieces).
    public func realValues(in bytes: [UInt8]) -> [Entry] {
        guard let index = index(\.valueIndex, keys: { Array($0.byValue.keys) }) else { return [] }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in index.scan(buffer) { _, k in if !found.contains(k) { found.append(k) } } }
        return state.withLock { s in found.compactMap { s.byValue[index.keywords[$0]] } }
    }

    private func index(_ slot: WritableKeyPath<State, KeywordAutomaton?>, keys: (State) -> [[UInt8]]) -> KeywordAutomaton? {
        let (cached, values, generation) = state.withLock { s in (s[keyPath: slot], s[keyPath: slot] == nil ? keys(s) : [], s.byValue.count) }
        if let cached { return cached }
        let usable = values.filter { $0.count >= 8 }
        guard !usable.isEmpty else { return nil }
        let built = KeywordAutomaton(usable, caseInsensitive: false)
        state.withLock { s in if s.byValue.count == generation { s[keyPath: slot] = built } }
        return built
    }

    /// The values registered so far, as an index the scanner matches copies with.
    public var known: KnownSecrets {
        if let k = state.withLock({ $0.known }) { return k }
        let values = state.withLock { Array($0.byValue.keys) }
        let built = KnownSecrets(values)
        state.withLock { s in if s.byValue.count == values.count { s.known = built } }
        return built
    }
}

/// A masked text: the same bytes with each secret replaced by its sentinel.
public struct MaskedText: Sendable {
    public var bytes: [UInt8]
    /// What was masked: detector, line, and the registry entry.
    public var masked: [(detector: String, line: Int, entry: SecretRegistry.Entry)]
}

public enum SecretMasker {
    /// Replaces every finding in `bytes` by its registered sentinel (same length), registering
    /// each value under `source`.
    public static func mask(_ bytes: [UInt8], _ findings: [Finding], registry: SecretRegistry, source: String) -> MaskedText {
        var out = bytes
        var masked: [(String, Int, SecretRegistry.Entry)] = []
        var line = 1
        var counted = 0
        for f in findings {
            for i in counted..<f.range.lowerBound where bytes[i] == 0x0A { line += 1 }
            counted = f.range.lowerBound
            let value = Array(bytes[f.range])
            // A stand-in the session handed out (a masked file copied elsewhere) stays as it is.
            if registry.real(for: value) != nil { continue }
            let entry = registry.entry(for: value)
                ?? registry.register(value, detector: f.detector, source: source, line: line, keep: f.keep)
            out.replaceSubrange(f.range, with: entry.sentinel)
            masked.append((entry.detector, line, entry))
        }
        return MaskedText(bytes: out, masked: masked)
    }
}
