/// Follows the events directory: each `poll()` returns the lines completed since the last one,
/// across every session, including sessions whose log appeared after the follower started.
/// `guardian tail -f` polls it every 200 ms; polling a directory of small appends is cheap and
/// needs no inotify watch per file.
public struct EventFollower {
    public let reader: EventReader
    /// Per session, the offset just past the last line already returned.
    private var offsets: [String: Int] = [:]
    private let include: (Event) -> Bool
    private let sessionFilter: (String) -> Bool

    /// Starts at the current end of every existing log (at its last complete line).
    public init(
        reader: EventReader, sessions sessionFilter: @escaping (String) -> Bool = { _ in true },
        where include: @escaping (Event) -> Bool = { _ in true }
    ) {
        self.reader = reader
        self.include = include
        self.sessionFilter = sessionFilter
        for session in reader.sessions() where sessionFilter(session) {
            guard let file = try? LogFile(path: reader.path(of: session)) else { continue }
            offsets[session] = (try? file.completeLength(before: file.size)) ?? file.size
        }
    }

    /// The last `count` matching events written before the follower started, in time order:
    /// what `tail -f` shows before it starts following, with nothing missed or repeated between.
    public func backlog(_ count: Int) -> [EventLine] {
        var all: [EventLine] = []
        for (session, end) in offsets {
            all += (try? reader.lastEvents(count, session: session, before: end, where: include)) ?? []
        }
        all.sort(by: EventLine.timeOrder)
        return Array(all.suffix(count))
    }

    /// New complete lines since the last poll, in time order.
    public mutating func poll() -> [EventLine] {
        var out: [EventLine] = []
        for session in reader.sessions() where sessionFilter(session) {
            guard let file = try? LogFile(path: reader.path(of: session)) else { continue }
            let size = file.size
            var offset = offsets[session] ?? 0
            if size < offset { offset = (try? file.completeLength(before: size)) ?? 0 }
            guard size > offset, let data = try? file.read(at: offset, count: size - offset) else {
                offsets[session] = offset
                continue
            }
            let (lines, consumed) = completeLines(data)
            offsets[session] = offset + consumed
            for bytes in lines {
                if let line = EventLine(session: session, bytes: bytes), include(line.event) { out.append(line) }
            }
        }
        out.sort(by: EventLine.timeOrder)
        return out
    }
}
