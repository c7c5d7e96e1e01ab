import Testing
@testable import GuardianPolicy

/// The shape rules' cost and reach, measured on the labelled corpus with each command's program
/// replaced by one Guardian could not identify (`/tmp/x/tool`, argv[0] `tool`): how many benign
/// commands would be held (false positives), and how many destructive ones still are.
///
/// The corpus is split in two: the even lines are the ones the shape rules were looked at
/// against (tuning), the odd ones are held out; both scores are printed (docs/PROFILES.md).
struct ShapeCorpusTests {
    static func unidentified(_ request: ExecRequest) -> ExecRequest {
        var r = request
        r.program = "/tmp/x/tool"
        if !r.argv.isEmpty { r.argv[0] = "tool" }
        r.interpreter = nil
        return r
    }

    /// (held, total) over `entries`, under dev.
    static func held(_ entries: [CorpusTests.Entry]) -> (Int, Int, [String]) {
        var held = 0
        var lines: [String] = []
        for e in entries {
            let request = unidentified(Fixture.exec(e.line))
            if Fixture.dev.evaluateShape(request).decision >= .ask {
                held += 1
                lines.append(e.line)
            }
        }
        return (held, entries.count, lines)
    }

    static func split(_ label: CorpusTests.Label) -> (tuning: [CorpusTests.Entry], heldOut: [CorpusTests.Entry]) {
        let entries = CorpusTests.entries.filter { $0.label == label }
        let indexed = entries.enumerated()
        return (indexed.filter { $0.offset % 2 == 0 }.map(\.element), indexed.filter { $0.offset % 2 == 1 }.map(\.element))
    }

    static func pct(_ n: Int, _ d: Int) -> String { d == 0 ? "-" : String(Double(Int(1000.0 * Double(n) / Double(d))) / 10) + "%" }

    @Test func falsePositivesOnTheBenignCorpus() {
        let (tuning, heldOut) = Self.split(.benign)
        let (t, tn, tl) = Self.held(tuning)
        let (h, hn, hl) = Self.held(heldOut)
        print("shapes, benign held as unidentified programs: tuning \(t)/\(tn) (\(Self.pct(t, tn))), held out \(h)/\(hn) (\(Self.pct(h, hn)))")
        for line in tl + hl { print("  held benign: \(line)") }
        // Help and dry-run lines are held too (an unidentified program's parser is not known to
        // honour them): 8 of the 11 held lines are such, each an `ask` (docs/PROFILES.md).
        #expect(Double(t + h) / Double(tn + hn) <= 0.05)
    }

    @Test func destructiveCommandsByShapeAlone() {
        let (tuning, heldOut) = Self.split(.destructive)
        let (t, tn, _) = Self.held(tuning)
        let (h, hn, _) = Self.held(heldOut)
        print("shapes, destructive held as unidentified programs: tuning \(t)/\(tn) (\(Self.pct(t, tn))), held out \(h)/\(hn) (\(Self.pct(h, hn)))")
        #expect(t + h > 0)
    }

    /// With a help or dry-run flag too: an unidentified program's parser is not known to honour
    /// them, and a changed copy ignores them as easily as it deletes.
    @Test("the issue's examples are held as unidentified programs", arguments: [
        "railway volume delete vol_1", "terraform destroy -auto-approve", "kubectl delete namespace prod",
        "railway volume delete vol_1 --dry-run", "railway volume delete vol_1 -h", "kubectl delete namespace prod --help",
        "terraform destroy -auto-approve --dump",
    ])
    func examples(_ line: String) {
        #expect(Fixture.dev.evaluateShape(Self.unidentified(Fixture.exec(line))).decision == .ask)
    }

    @Test("ordinary arguments are not", arguments: [
        "cargo build --release", "npm test", "pytest -k delete", "make clean", "go run . --help", "tool status",
    ])
    func ordinary(_ line: String) {
        #expect(Fixture.dev.evaluateShape(Self.unidentified(Fixture.exec(line))).decision == .allow)
    }

    /// Only destructive rules are shapes: under production `mutating` rules ask too, and a
    /// version manager's shim (`pyenv exec python3 …`, `rbenv exec ruby`) would look like
    /// `kubectl exec`.
    @Test("a version manager's shim is not a shape under production", arguments: [
        "pyenv exec python3 -c print(1)", "rbenv exec ruby -v", "asdf exec node x.js", "tool apply -f x.yaml",
    ])
    func shims(_ line: String) {
        #expect(Fixture.production.evaluateShape(Self.unidentified(Fixture.exec(line))).decision == .allow)
    }
}
