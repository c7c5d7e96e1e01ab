import Foundation
import GuardianTestSupport
import Testing

/// The adversarial suite of issue 5: every attack runs unguarded (the control, which must
/// work) and under `guardian run` (which must hold and leave evidence). One line per attack,
/// then `N passed, M failed`. ADVERSARIAL_ONLY=name,name runs a subset.
@Suite("Adversarial", .serialized)
struct AdversarialSuite {
    static var all: [Attack] { Attack.files + Attack.exec + Attack.escape + Attack.namespaces }

    @Test("every attack is held, and works without Guardian")
    func attacks() throws {
        let guardian = World.guardianBinary
        try #require(FileManager.default.isExecutableFile(atPath: guardian), "build guardian first (swift build)")
        let buildErrors = Helpers.build()
        #expect(buildErrors.isEmpty, "C helpers failed to compile: \(buildErrors)")

        var attacks = AdversarialSuite.all
        if let only = ProcessInfo.processInfo.environment["ADVERSARIAL_ONLY"], !only.isEmpty {
            let names = Set(only.split(separator: ",").map(String.init))
            attacks = attacks.filter { names.contains($0.name) }
        }
        let names = AdversarialSuite.all.map(\.name)
        #expect(Set(names).count == names.count, "attack names must be unique")

        var passed = 0, failed = 0
        for attack in attacks {
            let verdict = attack.run()
            if verdict.held {
                passed += 1
                print("attack \(verdict.name): held")
            } else {
                failed += 1
                let label = verdict.detail.contains("BYPASS") ? "BYPASS" : "FAILED"
                // One line per attack: the output quoted in the detail is folded.
                let detail = verdict.detail.split(whereSeparator: \.isNewline).joined(separator: " | ")
                print("attack \(verdict.name): \(label) — \(detail)")
                Issue.record("attack \(verdict.name): \(verdict.detail)")
            }
            fflush(nil)
        }
        print("\(passed) passed, \(failed) failed")
        fflush(nil)
    }
}
