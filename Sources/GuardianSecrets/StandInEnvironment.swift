/// Secret-looking environment variables, passed to the agent as stand-ins: the same name, a
/// sentinel of the same format as the value (a `ghp_` token stays a `ghp_` token), registered
/// with its source (`$NAME`) so a later use of the sentinel can be traced to it.
public enum StandInEnvironment {
    /// `NAME=sentinel` for each of `names` that has a value in `environment` (`NAME=value` entries).
    public static func entries(for names: [String], in environment: [String], registry: SecretRegistry) -> [String] {
        let wanted = Set(names)
        guard !wanted.isEmpty else { return [] }
        // Built only when a variable has a value to stand in for: its automaton costs ~1 ms of a start.
        var out: [String] = []
        for entry in environment {
            let bytes = Array(entry.utf8)
            guard let eq = bytes.firstIndex(of: 0x3D) else { continue }
            let name = String(decoding: bytes[..<eq], as: UTF8.self)
            guard wanted.contains(name) else { continue }
            let value = Array(bytes[(eq + 1)...])
            guard !value.isEmpty else { out.append(entry); continue }
            // A format the scanner knows keeps its prefix; anything else keeps only its shape.
            let whole = SecretScanner.shared.scan(value).first { $0.range == 0..<value.count }
            let registered = registry.register(value, detector: whole?.detector ?? "environment", source: "$" + name, line: 0, keep: whole?.keep ?? 0)
            out.append(name + "=" + String(decoding: registered.sentinel, as: UTF8.self))
        }
        return out
    }
}
