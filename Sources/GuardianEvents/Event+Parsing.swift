import Foundation

/// A line that is not an event this version can read.
public struct EventParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Event {
    /// Reads one line of an event log (with or without its newline). Fields this version does
    /// not know are ignored, so older readers keep working when the writer grows.
    public init(jsonLine: some Collection<UInt8>) throws(EventParseError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(jsonLine), options: [])
        } catch {
            throw EventParseError(message: "not JSON")
        }
        guard let fields = object as? [String: Any] else { throw EventParseError(message: "not a JSON object") }

        func string(_ k: String) -> String? { fields[k] as? String }
        func int(_ k: String) -> Int? {
            (fields[k] as? NSNumber)?.intValue
        }
        func strings(_ k: String) -> [String]? {
            guard let a = fields[k] as? [Any] else { return nil }
            return a.compactMap { $0 as? String }
        }
        func required<T>(_ k: String, _ v: T?) throws(EventParseError) -> T {
            guard let v else { throw EventParseError(message: "missing or invalid \"\(k)\"") }
            return v
        }

        let kindName = try required("kind", string("kind"))
        guard let kind = Kind(rawValue: kindName) else { throw EventParseError(message: "unknown kind \"\(kindName)\"") }
        let pid = try required("pid", int("pid"))
        let ppid = try required("ppid", int("ppid"))
        self.init(
            session: try required("session", string("session")),
            pid: Int32(truncatingIfNeeded: pid), ppid: Int32(truncatingIfNeeded: ppid),
            kind: kind,
            decision: try required("decision", string("decision")),
            profile: string("profile") ?? "",
            rule: string("rule"), reason: string("reason")
        )
        seq = try required("seq", int("seq"))
        time = string("time")
        environment = string("environment")
        program = string("program")
        argv = strings("argv")
        cwd = string("cwd")
        interpreter = string("interpreter")
        sha256 = string("sha256")
        path = string("path")
        access = string("access")
        syscall = string("syscall")
        host = string("host")
        port = int("port")
        method = string("method")
        operation = strings("operation")
        listener = string("listener")
        credential = strings("credential")
        command = strings("command")
        exitStatus = int("exit_status").map { Int32(truncatingIfNeeded: $0) }
        if let d = fields["detail"] as? [String: Any] {
            detail = d.compactMapValues { $0 as? String }
        }
        prev = string("prev")
        hash = string("hash")
    }
}
