import Foundation

/// One event as read back from a log: the line as written, and the event it holds.
public struct EventLine: Sendable {
    /// The session, from the file name.
    public var session: String
    /// The line exactly as written, without its newline.
    public var raw: String
    public var event: Event

    /// Time order across sessions: by time, then session, then seq.
    public static func timeOrder(_ a: EventLine, _ b: EventLine) -> Bool {
        let ta = a.event.time ?? "", tb = b.event.time ?? ""
        if ta != tb { return ta < tb }
        if a.session != b.session { return a.session < b.session }
        return a.event.seq < b.event.seq
    }

    init?(session: String, bytes: ArraySlice<UInt8>) {
        guard let event = try? Event(jsonLine: bytes) else { return nil }
        self.session = session
        self.raw = String(decoding: bytes, as: UTF8.self)
        self.event = event
    }
}

/// Reads the events directory: one `<session>.jsonl` per session. Lines that are not events
/// (torn, edited beyond parsing) are skipped here; `ChainVerifier` is what reports them.
public struct EventReader: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }
    public init(paths: GuardianPaths) { self.directory = paths.events }

    public func path(of session: String) -> String { directory + "/" + session + ".jsonl" }

    /// Every session with a log, oldest first (session ids sort by start time).
    public func sessions() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".jsonl".count)) }
            .sorted()
    }

    /// Every complete event line of one session, in file order.
    public func events(session: String) throws(EventLogError) -> [EventLine] {
        let file = try LogFile(path: path(of: session))
        return completeLines(try file.readAll()).lines.compactMap { EventLine(session: session, bytes: $0) }
    }

    /// The last `count` events of one session that satisfy `include`, in file order; only lines
    /// before byte `end` (default: the whole file) are considered.
    public func lastEvents(
        _ count: Int, session: String, before end: Int? = nil, where include: (Event) -> Bool = { _ in true }
    ) throws(EventLogError) -> [EventLine] {
        guard count > 0 else { return [] }
        let file = try LogFile(path: path(of: session))
        var found: [EventLine] = []
        try file.forEachLineBackwards(before: end ?? file.size) { bytes in
            if let line = EventLine(session: session, bytes: bytes), include(line.event) { found.append(line) }
            return found.count < count
        }
        return found.reversed()
    }

    /// The last `count` events across `sessions` (default: all) that satisfy `include`, in time
    /// order. Unreadable logs are skipped.
    public func lastEvents(
        _ count: Int, sessions: [String]? = nil, where include: (Event) -> Bool = { _ in true }
    ) -> [EventLine] {
        var all: [EventLine] = []
        for session in sessions ?? self.sessions() {
            all += (try? lastEvents(count, session: session, where: include)) ?? []
        }
        all.sort(by: EventLine.timeOrder)
        return Array(all.suffix(count))
    }
}
