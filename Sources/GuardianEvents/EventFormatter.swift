#if canImport(Glibc)
import Glibc
#endif

/// One readable line per event, for `guardian tail`:
///
///     10:30:00.123  a1b2c3  DENY     exec  /usr/bin/railway volume delete vol_1  [railway-volume-delete]
///     10:30:01.456  a1b2c3  ASK ⏸    open  /home/me/.aws/credentials (read)  [aws-credentials]
///
/// Colour (ANSI) only when asked, i.e. when stdout is a terminal: deny/kill red, ask/denied
/// yellow, allow dim, audit cyan; a held request (`ask`) is also bold and marked.
public struct EventFormatter: Sendable {
    public enum TimeZone: Sendable { case local, utc }

    public var colour: Bool
    public var timeZone: TimeZone
    /// Events of this day (in `timeZone`) show the time only; others also the date.
    public var today: (year: Int32, yday: Int32)?

    public init(colour: Bool, timeZone: TimeZone = .local, now: Int? = nil) {
        self.colour = colour
        self.timeZone = timeZone
        if let now {
            let tm = Self.breakDown(now, timeZone)
            today = (tm.tm_year, tm.tm_yday)
        }
    }

    public func format(_ event: Event) -> String {
        var parts: [String] = []
        parts.append(time(event.time))
        parts.append(paint(ShellQuote.printable(SessionID.short(event.session)), "2"))
        parts.append(decision(ShellQuote.printable(event.decision)))
        parts.append(pad(event.kind.rawValue, 7))
        parts.append(subject(event))
        var line = parts.joined(separator: "  ")
        if let rule = event.rule { line += "  " + paint("[" + ShellQuote.printable(rule) + "]", "2") }
        if event.decision == "deny" || event.decision == "kill" || event.decision == "ask",
           let reason = event.reason, event.rule == nil {
            line += "  " + paint("(" + ShellQuote.printable(reason) + ")", "2")
        }
        if event.decision == "ask", let id = event.detail?["request"].flatMap({ Int($0) }) {
            // The exact commands, so the operator can answer from this very terminal.
            line += "\n" + paint("    ⏸ waiting for a human — guardian approve \(id)   |   guardian deny \(id)", "1;33")
        }
        return line
    }

    private func subject(_ e: Event) -> String {
        switch e.kind {
        case .exec:
            var words = e.argv ?? []
            let program = e.program ?? words.first ?? "?"
            if words.isEmpty { words = [program] } else { words[0] = program }
            var s = ShellQuote.join(words)
            if let interpreter = e.interpreter { s += " (via \(ShellQuote.quote(interpreter)))" }
            return s
        case .open, .file:
            var s = ShellQuote.quote(e.path ?? "?")
            let how = ShellQuote.printable([e.syscall, e.access].compactMap { $0 }.joined(separator: " "))
            if !how.isEmpty { s += " (\(how))" }
            return s
        case .session:
            if e.decision == "end" {
                var s = "exit " + (e.exitStatus.map(String.init) ?? "?")
                if let n = e.detail?["events"] { s += ", \(ShellQuote.printable(n)) events" }
                return s
            }
            var s = ShellQuote.join(e.command ?? [])
            if !e.profile.isEmpty { s += "  (profile \(ShellQuote.printable(e.profile)))" }
            return s
        case .guardian:
            return ShellQuote.printable(e.reason ?? e.path ?? "")
        case .net:
            var s = [e.method, (e.host ?? "?") + (e.port.map { ":\($0)" } ?? "") + (e.path ?? "")].compactMap { $0 }.joined(separator: " ")
            if let op = e.operation, !op.isEmpty { s += " (" + op.joined(separator: ", ") + ")" }
            if let l = e.listener { s += " [listener: \(l)]" }
            if let c = e.credential, !c.isEmpty { s += " [credential: " + c.joined(separator: "; ") + "]" }
            return ShellQuote.printable(s)
        }
    }

    private func decision(_ d: String) -> String {
        let width = 8
        switch d {
        case "deny", "kill": return paint(pad(d.uppercased(), width), "1;31")
        case "ask": return paint(pad("ASK held", width), "1;33;7")
        case "denied": return paint(pad(d, width), "33")
        case "approved": return paint(pad(d, width), "32")
        case "allow": return paint(pad(d, width), "2")
        case "audit": return paint(pad(d, width), "36")
        default: return paint(pad(d, width), "1")
        }
    }

    private func paint(_ s: String, _ sgr: String) -> String {
        colour ? "\u{1B}[\(sgr)m\(s)\u{1B}[0m" : s
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    private func time(_ stamp: String?) -> String {
        guard let stamp, let (seconds, ms) = Timestamp.parse(stamp) else { return stamp ?? "-" }
        let tm = Self.breakDown(seconds, timeZone)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        let clock = "\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec)).\(msText)"
        let zone = timeZone == .utc ? "Z" : ""
        if let today, today.year == tm.tm_year, today.yday == tm.tm_yday { return clock + zone }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday)) \(clock)\(zone)"
    }

    private static func breakDown(_ seconds: Int, _ zone: TimeZone) -> tm {
        var t = time_t(seconds)
        var out = tm()
        if zone == .utc { gmtime_r(&t, &out) } else { localtime_r(&t, &out) }
        return out
    }
}

/// POSIX shell quoting, so an argv shown by `tail` can be pasted back into a shell. Words with
/// control characters use bash's `$'…'` form: an agent must not be able to put terminal escape
/// sequences on the operator's screen through an argv or a path.
public enum ShellQuote {
    public static func quote(_ word: String) -> String {
        if word.isEmpty { return "''" }
        if word.unicodeScalars.contains(where: isControl) { return ansiC(word) }
        let safe = word.utf8.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
                || "@%+=:,./-_".utf8.contains(b)
        }
        if safe { return word }
        return "'" + word.replacing("'", with: #"'\''"#) + "'"
    }

    public static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }

    /// Free text (reasons, rule ids) with control characters shown as escapes.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let inner = ansiC(text)
        return String(inner.dropFirst(2).dropLast())
    }

    /// C0, DEL and C1 (U+0080–U+009F: some terminals read U+009B as CSI).
    static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F..<0xA0).contains(s.value) }

    private static func ansiC(_ word: String) -> String {
        var out = "$'"
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isControl(scalar):
                let hex = String(scalar.value, radix: 16)
                out += scalar.value < 0x100 ? "\\x" + (hex.count == 1 ? "0" : "") + hex : "\\u" + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
