import Foundation

extension World {
    /// Every event line of every session, parsed.
    public func events() -> [[String: Any]] {
        let dir = state + "/events"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var out: [[String: Any]] = []
        for f in files.sorted() where f.hasSuffix(".jsonl") {
            guard let text = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                if let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] { out.append(obj) }
            }
        }
        return out
    }

    public func events(decision: String) -> [[String: Any]] {
        events().filter { $0["decision"] as? String == decision }
    }

    /// deny, denied (an `ask` nobody could answer) and kill events.
    public func blockingEvents() -> [[String: Any]] {
        events().filter { ["deny", "denied", "kill"].contains($0["decision"] as? String ?? "") }
    }

    /// The events logged, counted by kind and decision, and the rules of the last few: what a
    /// failure message shows of the log.
    public func eventSummary() -> String {
        let all = events()
        var counts: [String: Int] = [:]
        for e in all { counts["\(e["kind"] ?? "?")/\(e["decision"] ?? "?")", default: 0] += 1 }
        let last = all.suffix(3).map { "\($0["kind"] ?? "?") \($0["decision"] ?? "?") \($0["rule"] ?? "-")" }
        return "events: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            + (last.isEmpty ? "" : "; last: " + last.joined(separator: " | "))
    }
}
