import GuardianEvents
// One line of `guardian doctor`, and the report they make up. Pure values: the table and the
// JSON are computed here so tests can read them.

public struct DoctorCheck: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case works, degraded, missing
    }

    /// Stable identifier for scripts (`--json`): "seccomp-notify", "ptrace", …
    public var id: String
    public var title: String
    public var status: Status
    /// What was found, in one line.
    public var detail: String
    /// What to do about it, in one line; nil when it works.
    public var fix: String?
    /// Guardian cannot enforce a profile without it: `missing` makes doctor fail.
    public var required: Bool

    public init(id: String, title: String, status: Status, detail: String, fix: String? = nil, required: Bool = false) {
        self.id = id
        self.title = title
        self.status = status
        self.detail = detail
        self.fix = fix
        self.required = required
    }
}

public struct DoctorReport: Sendable, Hashable {
    public var checks: [DoctorCheck]
    /// One line about the machine: kernel, user.
    public var system: String

    public init(checks: [DoctorCheck], system: String) {
        self.checks = checks
        self.system = system
    }

    /// The required checks that are missing: each one alone stops enforcement.
    public var blocking: [DoctorCheck] { checks.filter { $0.required && $0.status == .missing } }
    public var canEnforce: Bool { blocking.isEmpty }
    /// 0 when Guardian can enforce here, 1 when it cannot.
    public var exitStatus: Int32 { canEnforce ? 0 : 1 }

    public var summary: String {
        if !canEnforce {
            return "Guardian cannot enforce here: " + blocking.map(\.title).joined(separator: ", ") + " missing."
        }
        let degraded = checks.filter { $0.status != .works }
        if degraded.isEmpty { return "Guardian can enforce here; everything works." }
        return "Guardian can enforce here; \(degraded.count) optional \(degraded.count == 1 ? "feature is" : "features are") degraded or missing."
    }

    /// A fixed-width table: status, name, detail; the fix on its own line beneath.
    public func table() -> String {
        let titleWidth = checks.map(\.title.count).max() ?? 0
        var lines = ["guardian doctor — \(system)", ""]
        for check in checks {
            let status = check.status.rawValue.padding(to: 9)
            lines.append("  \(status) \(check.title.padding(to: titleWidth))  \(check.detail)")
            if let fix = check.fix {
                lines.append("  \("".padding(to: 9)) \("".padding(to: titleWidth))  fix: \(fix)")
            }
        }
        lines.append("")
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    public func json() -> String {
        let items = checks.map { c in
            "    {\"id\": \(quote(c.id)), \"title\": \(quote(c.title)), \"status\": \(quote(c.status.rawValue)), "
                + "\"required\": \(c.required), \"detail\": \(quote(c.detail)), \"fix\": \(c.fix.map(quote) ?? "null")}"
        }
        return """
            {
              "system": \(quote(system)),
              "can_enforce": \(canEnforce),
              "summary": \(quote(summary)),
              "checks": [
            \(items.joined(separator: ",\n"))
              ]
            }
            """
    }
}

private func quote(_ s: String) -> String { JSONText.quote(s) }

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
