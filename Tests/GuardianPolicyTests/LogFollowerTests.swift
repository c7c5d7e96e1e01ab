import Testing
@testable import GuardianPolicy

/// Programs that only follow a cluster's logs (stern, kail, kubetail) read whatever their words
/// say: a staging namespace is read under dev, and a production one is still another
/// environment under staging.
struct LogFollowerTests {
    static let stagingReads = [
        "stern api -n staging", "stern 'web-.*' --namespace staging --since 15m", "kubetail web -n staging",
        "kail --ns staging", "stern delete-worker -n staging",
    ]
    static let productionNamed = [
        "stern api -n production", "stern api --context prod-cluster", "kail --ns production", "kubetail web -n prod",
    ]

    @Test(arguments: stagingReads) func aStagingReadRunsUnderDev(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id))")
        #expect(e.operation?.kind == .read, "\(line): \(String(describing: e.operation))")
    }

    @Test(arguments: productionNamed) func productionIsDeniedUnderStaging(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }
}
