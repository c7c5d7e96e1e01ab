import Testing
@testable import GuardianPolicy

/// The labelled corpus under each built-in profile, with recall and precision printed.
struct CorpusTests {
    enum Label: String, CaseIterable { case destructive, otherEnvironment, benign }

    struct Entry {
        var label: Label
        var expected: [Decision]  // dev, staging, production
        var line: String
    }

    static let profiles = ["dev", "staging", "production"]

    static let entries: [Entry] = {
        var result: [Entry] = []
        for (label, text) in [(Label.destructive, LabelledCorpus.destructive), (.otherEnvironment, LabelledCorpus.otherEnvironment), (.benign, LabelledCorpus.benign)] {
            for raw in text.split(separator: "\n") where !raw.isEmpty {
                let parts = raw.split(separator: "|", maxSplits: 1)
                let codes = parts[0].split(separator: " ").map { code -> Decision in
                    switch code { case "Q": .ask; case "D": .deny; default: .allow }
                }
                result.append(Entry(label: label, expected: codes, line: String(parts[1].dropFirst())))
            }
        }
        return result
    }()

    /// allow and audit both let the command run.
    static func outcome(_ d: Decision) -> Decision { d == .audit ? .allow : d }

    @Test func corpusHasAtLeast300Lines() {
        #expect(Self.entries.count >= 300)
    }

    @Test func devRecallAndPrecision() {
        let dev = Fixture.dev
        var truePositive = 0, falsePositive = 0, destructive = 0, benign = 0, benignAllowed = 0
        var misses: [String] = []
        for e in Self.entries {
            let d = dev.evaluate(Fixture.exec(e.line)).decision
            let stopped = d >= .ask
            switch e.label {
            case .destructive, .otherEnvironment:
                // A dev session may read staging: those lines are expected to run under dev.
                if e.label == .otherEnvironment && e.expected[0] == .allow { continue }
                if e.label == .destructive { destructive += 1 }
                if stopped { truePositive += 1 } else { misses.append("missed: \(e.line)") }
            case .benign:
                benign += 1
                if stopped { falsePositive += 1; misses.append("stopped benign (\(d)): \(e.line)") } else { benignAllowed += 1 }
            }
        }
        let destructiveStopped = Self.entries.filter { $0.label == .destructive && dev.evaluate(Fixture.exec($0.line)).decision >= .ask }.count
        let recall = Double(destructiveStopped) / Double(destructive)
        let precision = Double(truePositive) / Double(truePositive + falsePositive)
        let benignRate = Double(benignAllowed) / Double(benign)
        print("corpus: \(Self.entries.count) lines; dev: destructive recall \(pct(recall)) (\(destructiveStopped)/\(destructive)), precision \(pct(precision)), benign allowed \(pct(benignRate)) (\(benignAllowed)/\(benign))")
        for m in misses { print("  \(m)") }
        #expect(recall >= 0.95)
        #expect(benignRate >= 0.98)
    }

    @Test func stagingDeniesEveryProductionTargetedCommand() {
        let staging = Fixture.staging
        let production = Self.entries.filter { $0.label == .otherEnvironment && $0.expected[1] == .deny }
        let denied = production.filter { staging.evaluate(Fixture.exec($0.line)).decision == .deny }
        print("staging: other-environment commands denied \(denied.count)/\(production.count)")
        #expect(denied.count == production.count)
    }

    @Test func everyExpectedDecision() {
        var mismatches: [String] = []
        var total = 0
        for (p, name) in Self.profiles.enumerated() {
            let policy = Fixture.policy(name)
            for e in Self.entries {
                total += 1
                let got = Self.outcome(policy.evaluate(Fixture.exec(e.line)).decision)
                if got != e.expected[p] { mismatches.append("\(name): expected \(e.expected[p]), got \(got): \(e.line)") }
            }
        }
        print("expected decisions met: \(total - mismatches.count)/\(total)")
        for m in mismatches { print("  \(m)") }
        #expect(Double(mismatches.count) / Double(total) <= 0.03)
    }

    func pct(_ x: Double) -> String { "\(Double(Int(x * 1000)) / 10)%" }
}
