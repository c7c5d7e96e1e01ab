import Foundation
import Testing
@testable import GuardianPolicy

/// Scores on the held-out corpus (HeldOutCorpus): lines collected from public documentation and
/// runbooks that the target and operation models were not tuned on. Only totals are printed,
/// so that reading this test's output does not turn the held-out part into tuning data.
struct HeldOutTests {
    struct Scores {
        var destructive = 0, destructiveStopped = 0
        var production = 0, productionDenied = 0
        var benign = 0, benignAllowed = 0
        var stoppedPositivesDev = 0, stoppedBenignDev = 0
        var stoppedPositivesStaging = 0, stoppedBenignStaging = 0

        var destructiveRate: Double { Double(destructiveStopped) / Double(max(destructive, 1)) }
        var productionRate: Double { Double(productionDenied) / Double(max(production, 1)) }
        var benignRate: Double { Double(benignAllowed) / Double(max(benign, 1)) }
        var precisionDev: Double { Double(stoppedPositivesDev) / Double(max(stoppedPositivesDev + stoppedBenignDev, 1)) }
        var precisionStaging: Double { Double(stoppedPositivesStaging) / Double(max(stoppedPositivesStaging + stoppedBenignStaging, 1)) }
    }

    /// (label, line) pairs of a corpus in the held-out format: `L | line | source`.
    static func entries(_ text: String) -> [(label: Character, line: String)] {
        text.split(separator: "\n").compactMap { raw in
            guard let label = raw.first, raw.dropFirst().hasPrefix(" | ") else { return nil }
            var body = raw.dropFirst(4)
            if let sep = body.range(of: " | http", options: .backwards) { body = body[..<sep.lowerBound] }
            return (label, String(body))
        }
    }

    static func score(_ entries: [(label: Character, line: String)]) -> Scores {
        var s = Scores()
        for (label, line) in entries {
            let dev = Fixture.dev.evaluate(Fixture.exec(line)).decision
            let staging = Fixture.staging.evaluate(Fixture.exec(line)).decision
            switch label {
            case "D":
                s.destructive += 1
                if dev >= .ask && staging >= .ask { s.destructiveStopped += 1 }
            case "P":
                s.production += 1
                if staging == .deny { s.productionDenied += 1 }
            default:
                s.benign += 1
                if dev <= .audit { s.benignAllowed += 1 }
            }
            if label == "B" {
                if dev >= .ask { s.stoppedBenignDev += 1 }
                if staging >= .ask { s.stoppedBenignStaging += 1 }
            } else {
                if dev >= .ask { s.stoppedPositivesDev += 1 }
                if staging >= .ask { s.stoppedPositivesStaging += 1 }
            }
        }
        return s
    }

    static func pct(_ x: Double) -> String { "\(Double(Int(x * 1000)) / 10)%" }

    static func report(_ name: String, _ s: Scores) -> String {
        "\(name): destructive held or denied under dev and staging \(pct(s.destructiveRate)) (\(s.destructiveStopped)/\(s.destructive)); "
            + "production-named denied under staging \(pct(s.productionRate)) (\(s.productionDenied)/\(s.production)); "
            + "benign allowed under dev \(pct(s.benignRate)) (\(s.benignAllowed)/\(s.benign)); "
            + "precision dev \(pct(s.precisionDev)), staging \(pct(s.precisionStaging))"
    }

    /// The tuning corpus (LabelledCorpus) in the same terms, for comparison.
    static func tuningEntries() -> [(label: Character, line: String)] {
        CorpusTests.entries.map { e in
            switch e.label {
            case .destructive: ("D", e.line)
            case .otherEnvironment: (e.expected[1] == .deny ? "P" : "S", e.line)
            case .benign: ("B", e.line)
            }
        }.filter { $0.label != "S" }
    }

    @Test func heldOutScores() {
        let held = Self.score(Self.entries(HeldOutCorpus.lines))
        let tuning = Self.score(Self.tuningEntries())
        print(Self.report("held-out (\(held.destructive + held.production + held.benign) lines)", held))
        print(Self.report("tuning (\(tuning.destructive + tuning.production + tuning.benign) lines)", tuning))
        #expect(held.destructive + held.production + held.benign >= 140)
        // Floors at the scores now reached (docs/PROFILES.md). Its two misses (an unknown tool
        // named for destroying, a stack named by `pulumi state move --dest`) were read and their
        // classes fixed, so it is no longer a held-out measure on its own: see the second one.
        #expect(held.destructiveRate >= HeldOutTests.floors.destructive)
        #expect(held.productionRate >= HeldOutTests.floors.production)
        #expect(held.benignRate >= HeldOutTests.floors.benign)
    }

    /// Scores a held-out corpus, prints its totals (never its lines) and the benign
    /// false-positive rate under dev, and holds it to its size and floors.
    static func check(_ lines: String, name: String, atLeast size: Int,
                      floors: (destructive: Double, production: Double, benign: Double)) {
        let held = score(entries(lines))
        let total = held.destructive + held.production + held.benign
        print(report("\(name) held-out (\(total) lines)", held)
            + "; benign false positives under dev \(pct(Double(held.stoppedBenignDev) / Double(max(held.benign, 1))))")
        #expect(total >= size)
        #expect(held.destructiveRate >= floors.destructive)
        #expect(held.productionRate >= floors.production)
        #expect(held.benignRate >= floors.benign)
    }

    static let floors = (destructive: 1.0, production: 1.0, benign: 1.0)

    /// The second held-out corpus (SecondHeldOutCorpus), written after the first had been read.
    /// Totals only, as above; the benign false-positive rate is the share of benign lines held
    /// or denied under dev.
    @Test func secondHeldOutScores() {
        Self.check(SecondHeldOutCorpus.lines, name: "second", atLeast: 150, floors: HeldOutTests.secondFloors)
    }

    /// Floors at the second corpus's score now. Its first score, before any rule change
    /// (85700d5), was 77.8%, 85.7% and 90.0%; 78.9%, 91.8% and 90.0% after the first corpus's
    /// classes were fixed. Its misses were then read and their classes fixed (generic verb paths,
    /// framework tasks, help and dry-run spellings for every program, SQL literals, resources
    /// named by positionals, AWS_PROFILE), so it is now a tuning score: 100%, 100%, 100%.
    static let secondFloors = (destructive: 1.0, production: 1.0, benign: 1.0)

    /// The third held-out corpus (ThirdHeldOutCorpus), written after the second had been read
    /// and committed before any rule change for the second one's misses. Totals only, as above.
    @Test func thirdHeldOutScores() {
        Self.check(ThirdHeldOutCorpus.lines, name: "third", atLeast: 150, floors: HeldOutTests.thirdFloors)
    }

    /// Floors at the third held-out corpus's score now. Its first score, before any rule change
    /// (3b549a3), was 48.2%, 61.5% and 88.6%; 92.9%, 66.6% and 92.4% after the second corpus's
    /// classes were fixed. Its misses were then read and their classes fixed (colon paths, verbs
    /// in names, registries, unknown programs' targets, tools' own dry runs), so it is now a
    /// tuning score: 100%, 97.4% (a pipeline written as one line, scored as one exec), 100%.
    static let thirdFloors = (destructive: 1.0, production: 0.974, benign: 1.0)

    /// The fourth held-out corpus (FourthHeldOutCorpus), written after the third had been read and
    /// committed before any rule change for the third one's misses. Totals only, as above.
    @Test func fourthHeldOutScores() {
        Self.check(FourthHeldOutCorpus.lines, name: "fourth", atLeast: 200, floors: HeldOutTests.fourthFloors)
    }

    /// Floors at the fourth corpus's score now. Its first score, before any rule change
    /// (7648a43), was 64.3%, 28.5% and 93.5%; 72.4%, 80.0% and 92.8% after the third corpus's
    /// classes were fixed. Its misses were then read and their classes fixed (GeneralisationTests),
    /// so it is now a tuning score: 97.7% (85/87), 100% (35/35), 97.1% (136/140).
    static let fourthFloors = (destructive: 0.977, production: 1.0, benign: 0.971)

    /// The fifth held-out corpus (FifthHeldOutCorpus), written after the fourth had been read and
    /// committed before any rule change for the fourth one's misses. Totals only, as above.
    @Test func fifthHeldOutScores() {
        Self.check(FifthHeldOutCorpus.lines, name: "fifth", atLeast: 250, floors: HeldOutTests.fifthFloors)
    }

    /// Floors at the fifth corpus's score now. Its first score, before any rule change
    /// (2649ead, recorded in 7b68795), was 67.9%, 56.0% and 95.2%; 76.8%, 64.8% and 96.5% after
    /// the fourth corpus's classes were fixed without reading its misses. Its misses were then
    /// read and their classes fixed (FifthClassesTests), so it is now a tuning score: 84.3%
    /// (113/134), 76.9% (70/91), 96.5% (223/231); with the sixth corpus's classes (SixthClassesTests)
    /// 84.3%, 80.2% (73/91), 96.9% (224/231).
    static let fifthFloors = (destructive: 0.843, production: 0.802, benign: 0.969)

    /// The sixth held-out corpus (SixthHeldOutCorpus), written after the fifth had been read and
    /// committed before any rule change for the fifth one's misses. Totals only, as above.
    @Test func sixthHeldOutScores() {
        Self.check(SixthHeldOutCorpus.lines, name: "sixth", atLeast: 300, floors: HeldOutTests.sixthFloors)
    }

    /// Floors at the sixth corpus's score now. Its first score, before any rule change (b3073d5,
    /// recorded in 7540c06), was 62.9%, 42.8% and 96.2%; 69.4%, 57.1% and 96.2% after the fifth
    /// corpus's classes were fixed without reading its misses. Its misses were then read and their
    /// classes fixed (SixthClassesTests), so it is now a tuning score: 96.2% (104/108), 100%
    /// (63/63), 98.7% (158/160).
    static let sixthFloors = (destructive: 0.962, production: 1.0, benign: 0.987)

    /// The seventh held-out corpus (SeventhHeldOutCorpus), written after the sixth had been read
    /// and committed before any rule change for the sixth one's misses. Totals only, as above.
    @Test func seventhHeldOutScores() {
        Self.check(SeventhHeldOutCorpus.lines, name: "seventh", atLeast: 300, floors: HeldOutTests.seventhFloors)
    }

    /// Floors at the seventh corpus's score after the sixth corpus's classes were fixed, without
    /// reading this corpus's misses: destructive 76.1% (83/109), production-named 70.8% (51/72),
    /// benign 96.4% (135/140; 3.5% false positives). Its first score, before any rule change
    /// (316b43b, recorded in 4527ea6), was 73.3%, 61.1% and 97.8% (2.1% false positives).
    static let seventhFloors = (destructive: 0.761, production: 0.708, benign: 0.964)
}
