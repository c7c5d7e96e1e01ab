/// What `guardian verify` found wrong with a session's log: the first bad line and why.
public struct ChainProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The line's content no longer matches its own hash (or is not a sealed line at all).
        case edited
        /// Lines are missing before this one: its seq skips ahead, or the first line is not seq 1.
        case deleted
        /// Lines are out of order: this seq was already seen, or a skipped seq appears later.
        case reordered
        /// The line's prev is not the hash of the line before it although seq runs on: the line
        /// before was rewritten with a recomputed hash, or lines were replaced.
        case chainBroken = "chain-broken"
        /// The log ends without a session `end` event and no Guardian process holds the session.
        case truncated
        /// The last line has no newline: a write was cut short.
        case torn
        /// Lines follow the session's `end` event.
        case appended
    }

    public var kind: Kind
    /// 1-based line number in the file; for `truncated`, the line after the last one.
    public var line: Int
    public var message: String

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// The result of checking one session's log.
public struct SessionVerification: Sendable {
    public enum Status: String, Sendable {
        /// Intact and ended with a session `end` event.
        case ended
        /// Intact so far; a Guardian process still holds the session.
        case running
        /// Something is wrong; see `problem`.
        case failed
    }

    public var session: String
    public var file: String
    public var status: Status
    /// Lines checked and found good, in order, before the first problem.
    public var events: Int
    /// The hash of the last good line: the chain's head, worth recording somewhere the agent
    /// cannot write (a later edit of any line changes it).
    public var head: String
    public var problem: ChainProblem?

    public var ok: Bool { problem == nil }
}

/// Checks a session's hash chain; pure over the file's bytes.
public enum ChainVerifier {
    /// - running: whether a Guardian process still holds the session (then a missing `end`
    ///   event and an unfinished last line are expected, not tampering).
    public static func verify(session: String, file: String, contents: [UInt8], running: Bool) -> SessionVerification {
        var result = SessionVerification(
            session: session, file: file, status: running ? .running : .ended, events: 0,
            head: EventChain.genesis, problem: nil)
        func fail(_ kind: ChainProblem.Kind, _ line: Int, _ message: String) -> SessionVerification {
            result.status = .failed
            result.problem = ChainProblem(kind: kind, line: line, message: message)
            return result
        }

        var lines = contents.split(separator: 0x0A, omittingEmptySubsequences: false)
        // The bytes after the last newline: empty for a well-formed file.
        let unfinished = lines.removeLast()
        // Seqs present in the file, to tell a deletion from a move.
        var seqsLater: [Int: Int] = [:]
        let parsed: [Event?] = lines.map { try? Event(jsonLine: $0) }
        for case let e? in parsed { seqsLater[e.seq, default: 0] += 1 }

        var head = EventChain.genesisBytes
        var lastSeq = 0
        var ended = false
        for (index, bytes) in lines.enumerated() {
            let n = index + 1
            if let e = parsed[index] { seqsLater[e.seq, default: 1] -= 1 }
            if ended { return fail(.appended, n, "line \(n) follows the session's end event") }
            guard let parts = EventChain.split(bytes) else {
                return fail(.edited, n, "line \(n) is not a sealed event line (prev/hash missing or malformed)")
            }
            let actual = parts.canonical.withUnsafeBytes { EventChain.hash(prev: parts.prev, canonical: $0) }
            guard actual == parts.hash else {
                return fail(.edited, n, "line \(n) was edited: its content does not match its hash")
            }
            guard let event = parsed[index] else {
                return fail(.edited, n, "line \(n) carries a valid hash but is not an event")
            }
            guard event.session == session else {
                return fail(.edited, n, "line \(n) belongs to session \(event.session), not \(session)")
            }
            if event.seq != lastSeq + 1 {
                if event.seq <= lastSeq {
                    return fail(.reordered, n, "line \(n) has seq \(event.seq) after seq \(lastSeq)")
                }
                let missing = (lastSeq + 1)..<event.seq
                if missing.contains(where: { seqsLater[$0, default: 0] > 0 }) {
                    return fail(.reordered, n, "line \(n) has seq \(event.seq) where \(lastSeq + 1) was expected; that event appears later")
                }
                let what = missing.count == 1 ? "event \(missing.lowerBound) is" : "events \(missing.lowerBound)–\(missing.upperBound - 1) are"
                return fail(.deleted, n, "\(what) missing before line \(n)")
            }
            guard parts.prev == head else {
                let before = n == 1 ? "the genesis value" : "the hash of line \(n - 1)"
                return fail(.chainBroken, n, "line \(n)'s prev is not \(before): a line before it was rewritten or replaced")
            }
            if event.kind == .session && event.decision == "end" {
                if let count = event.detail?["events"], count != String(event.seq) {
                    return fail(.edited, n, "the end event counts \(count) events but is event \(event.seq)")
                }
                ended = true
            }
            head = parts.hash
            lastSeq = event.seq
            result.events = n
            result.head = String(decoding: head, as: UTF8.self)
        }
        if !unfinished.isEmpty {
            if running { return result }
            return fail(.torn, lines.count + 1, "line \(lines.count + 1) is incomplete (no newline): a write was cut short")
        }
        if !ended && !running {
            return fail(.truncated, lines.count + 1,
                        lines.isEmpty ? "the log is empty and no Guardian process holds the session"
                                      : "the log ends after line \(lines.count) without a session end event, and no Guardian process holds the session")
        }
        return result
    }

    /// Reads and checks `<paths.events>/<session>.jsonl`; asks `SessionLock` whether it runs.
    public static func verify(paths: GuardianPaths, session: String) throws(EventLogError) -> SessionVerification {
        let reader = EventReader(paths: paths)
        let file = reader.path(of: session)
        // Lock first, then read: a session that ends in between is read complete.
        let running = SessionLock.isHeld(paths: paths, session: session)
        let contents = try LogFile(path: file).readAll()
        return verify(session: session, file: file, contents: contents, running: running)
    }
}
