import Testing
@testable import GuardianEvents

@Suite struct EventFormatterTests {
    static func event(_ kind: Event.Kind, _ decision: String, rule: String? = nil) -> Event {
        var e = Event(session: "20261121T103000-a1b2c3", pid: 1, ppid: 0, kind: kind, decision: decision,
                      profile: "dev", rule: rule)
        e.time = "2026-11-21T10:30:00.042Z"
        return e
    }

    let plain = EventFormatter(colour: false, timeZone: .utc, now: 1_795_257_000)  // 2026-11-21

    @Test func execLinesShowProgramQuotedArgvAndRule() {
        var e = Self.event(.exec, "deny", rule: "railway-volume-delete")
        e.program = "/usr/local/bin/railway"
        e.argv = ["railway", "volume", "delete", "vol 1"]
        #expect(plain.format(e)
            == "10:30:00.042Z  a1b2c3  DENY      exec     /usr/local/bin/railway volume delete 'vol 1'  [railway-volume-delete]")
    }

    @Test func openLinesShowPathAndAccess() {
        var e = Self.event(.open, "allow")
        e.path = "/home/me/notes.txt"
        e.access = "write"
        #expect(plain.format(e) == "10:30:00.042Z  a1b2c3  allow     open     /home/me/notes.txt (write)")
    }

    @Test func heldRequestsStandOut() {
        var e = Self.event(.exec, "ask", rule: "git-push-force")
        e.argv = ["git", "push", "--force"]
        #expect(plain.format(e).contains("  ASK held  exec"))
        let coloured = EventFormatter(colour: true, timeZone: .utc).format(e)
        #expect(coloured.contains("\u{1B}[1;33;7mASK held\u{1B}[0m"))
    }

    @Test(arguments: [("deny", "1;31"), ("kill", "1;31"), ("ask", "1;33;7"), ("denied", "33"), ("allow", "2"), ("audit", "36")])
    func decisionsAreColouredOnlyWhenAsked(_ decision: String, _ sgr: String) {
        let e = Self.event(.open, decision)
        #expect(EventFormatter(colour: true).format(e).contains("\u{1B}[\(sgr)m"))
        #expect(!EventFormatter(colour: false).format(e).contains("\u{1B}"))
    }

    @Test func otherDaysShowTheDate() {
        let f = EventFormatter(colour: false, timeZone: .utc, now: 1_795_257_000 + 86_400 * 3)
        #expect(f.format(Self.event(.open, "deny")).hasPrefix("2026-11-21 10:30:00.042Z  "))
    }

    @Test func sessionEventsShowCommandAndExit() {
        var start = Self.event(.session, "start")
        start.command = ["claude", "--model", "x y"]
        #expect(plain.format(start).hasSuffix("start     session  claude --model 'x y'  (profile dev)"))
        var end = Self.event(.session, "end")
        end.exitStatus = 7
        end.detail = ["events": "12"]
        #expect(plain.format(end).hasSuffix("end       session  exit 7, 12 events"))
    }

    @Test func nothingAnAgentControlsReachesTheTerminalRaw() {
        var e = Self.event(.exec, "deny", rule: "r\u{1B}[2J")
        e.argv = ["printf", "\u{1B}]0;pwned\u{7}", "a\nb", "\u{9B}31m"]
        e.reason = "x\u{1B}y"
        let line = plain.format(e)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(line.contains(#"$'\x1b]0;pwned\x07' $'a\nb' $'\x9b31m'"#))
        #expect(line.contains(#"[r\x1b[2J]"#))
    }

    @Test(arguments: [
        ("plain", "plain"), ("", "''"), ("a b", "'a b'"), ("it's", #"'it'\''s'"#), ("$HOME", "'$HOME'"),
        ("/usr/bin/x-y_z.1", "/usr/bin/x-y_z.1"), ("*", "'*'"), ("tab\there", #"$'tab\there'"#),
    ])
    func shellQuoting(_ word: String, _ quoted: String) {
        #expect(ShellQuote.quote(word) == quoted)
    }
}

@Suite struct TimestampTests {
    @Test func formatAndParseRoundTrip() throws {
        #expect(Timestamp.format(seconds: 1_795_257_000, milliseconds: 42) == "2026-11-21T10:30:00.042Z")
        let (s, ms) = try #require(Timestamp.parse("2026-11-21T10:30:00.042Z"))
        #expect(s == 1_795_257_000 && ms == 42)
        let now = Timestamp.now()
        #expect(now.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
        #expect(Timestamp.parse("yesterday") == nil)
    }
}
