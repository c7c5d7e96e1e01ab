import Testing
@testable import GuardianPolicy

/// The classes the forty-ninth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyNinthClassesTests {
    /// `git update-ref --stdin` fed `delete` lines by a for-each-ref's format deletes each ref;
    /// a format that only names refs feeds nothing that deletes.
    @Test func refsDeletedThroughUpdateRefDestroy() {
        // The line's operation is its last stage's, not its first command's.
        let line = "git for-each-ref --format='delete %(refname)' refs/heads/spike/ | git update-ref --stdin"
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == .destroy && e.decision >= .ask, "\(String(describing: e.operation))")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask)
        Fixture.expectDoesNotDestroy("git for-each-ref --format='%(refname:short) %(objectname)' refs/heads/")
    }

    /// kubectl plugins that only show objects read, of staging too.
    static let plugins: [String] = [
        "kubectl tree statefulset db -n shop-staging", "kubectl who-can get secrets -n shop-stg", "kubectl resource-capacity --context shop-staging",
    ]
    @Test(arguments: plugins) func readingPluginsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A coverage tool's collected data erased is made again by the next run.
    @Test func coverageDataErasedIsLocal() { Fixture.expectDoesNotDestroy("coverage erase") }

    /// Firebase Hosting's `SITE:CHANNEL` names the site; a clone onto it writes there.
    @Test func aHostingCloneOntoProductionNamesIt() {
        Fixture.expectNamesProduction("firebase hosting:clone shop-stg:live shop-production:live")
        #expect(CommandModelTests.op("firebase hosting:clone shop-dev:preview shop-dev:live")?.kind == .write)
    }
}
