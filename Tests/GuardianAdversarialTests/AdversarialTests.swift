import Foundation
import GuardianTestSupport
import Testing

/// The adversarial suite of issue 5: every attack runs unguarded (the control, which must
/// work) and under `guardian run` (which must hold and leave evidence), one test case per
/// attack. Each prints one line (`attack NAME: held`, or what went wrong).
/// ADVERSARIAL_ONLY=name,name runs a subset; ADVERSARIAL_VERBOSE=1 prints every guarded run.
@Suite("Adversarial", .serialized)
struct AdversarialTests {
    static var all: [Attack] { Attack.files + Attack.exec + Attack.refusedScripts + Attack.environment + Attack.escape + Attack.namespaces + Attack.network + Attack.persistence + Attack.servedCopies + Attack.secrets + Attack.credentials + Attack.hardening }

    /// Every attack, or those ADVERSARIAL_ONLY names — which may include the known bypasses
    /// (Attack.knownBypasses), never run by default.
    static var selected: [Attack] {
        guard let only = ProcessInfo.processInfo.environment["ADVERSARIAL_ONLY"], !only.isEmpty else { return all }
        let names = Set(only.split(separator: ",").map(String.init))
        return (all + Attack.knownBypasses).filter { names.contains($0.name) }
    }

    @Test func attackNamesAreUnique() {
        let names = (AdversarialTests.all + Attack.knownBypasses).map(\.name)
        #expect(Set(names).count == names.count, "attack names must be unique")
    }

    @Test func theHelpersCompileWithWarningsAsErrors() {
        #expect(!Helpers.names.isEmpty, "no C sources in the helpers/ resource")
        let buildErrors = Helpers.build()
        #expect(buildErrors.isEmpty, "C helpers failed to compile: \(buildErrors)")
    }

    @Test("every attack is held, and works without Guardian", arguments: selected)
    func attack(_ attack: Attack) throws {
        try #require(FileManager.default.isExecutableFile(atPath: World.guardianBinary), "build guardian first (swift build)")
        // A helper that did not compile fails the test above, and every attack that uses it.
        _ = Helpers.build()
        let verdict = attack.run()
        if verdict.held {
            print("attack \(verdict.name): held")
        } else {
            let label = verdict.detail.contains("BYPASS") ? "BYPASS" : "FAILED"
            // One line per attack: the output quoted in the detail is folded.
            let detail = verdict.detail.split(whereSeparator: \.isNewline).joined(separator: " | ")
            print("attack \(verdict.name): \(label) — \(detail)")
            Issue.record("attack \(verdict.name): \(verdict.detail)")
        }
        fflush(nil)
    }
}
