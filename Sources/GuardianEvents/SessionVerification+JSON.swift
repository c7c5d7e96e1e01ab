extension SessionVerification {
    /// One JSON object, for `guardian verify --json`:
    /// {"session":…,"file":…,"status":"ended|running|failed","events":N,"head":"<hex>",
    ///  "problem":{"kind":"edited","line":17,"message":"…"}}   (problem only when there is one)
    public func jsonLine() -> String {
        var w = JSONWriter()
        w.field("session", session)
        w.field("file", file)
        w.field("status", status.rawValue)
        w.field("events", events)
        w.field("head", head)
        if let problem {
            w.key("problem")
            var p = JSONWriter()
            p.field("kind", problem.kind.rawValue)
            p.field("line", problem.line)
            p.field("message", problem.message)
            w.bytes.append(contentsOf: p.finish())
        }
        return String(decoding: w.finish(), as: UTF8.self)
    }
}
