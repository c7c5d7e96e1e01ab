import Testing
@testable import GuardianPolicy

/// The classes the seventy-third and seventy-fourth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SeventyThirdClassesTests {
    /// A cloud CLI's global option before the command path: its value is no word of the path.
    static let globalsBeforeThePath: [String] = [
        "gcloud --project quarry-staging run jobs executions list --job nightly --region us-east1",
        "gcloud --account ci@quarry.test --project quarry-staging sql instances describe quarry-pg",
        "az --subscription quarry-staging webapp list --output table",
    ]
    @Test(arguments: globalsBeforeThePath) func aStagingReadAfterGlobalOptions(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aDestroyAfterThemStillDestroys() {
        Fixture.expectDestroys("gcloud --project quarry-dev run services delete quarry-api --region us-east1 --quiet")
    }

    /// SQL handed through a database verb to its client after `--`.
    static let sqlAfterDashes: [String] = [
        "quarry db exec --env dev -- 'DROP TABLE audit_events'",
        "quarry db shell --env dev -- -c 'DELETE FROM carts'",
    ]
    @Test(arguments: sqlAfterDashes) func destroyingSQLAfterDashesDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test func readingSQLAfterDashesReadsStaging() {
        Fixture.expectAllowedUnderDev("quarry db query --env staging -- 'SELECT id, state FROM payouts ORDER BY id DESC LIMIT 5'")
        Fixture.expectAllowedUnderDev("quarry db shell --env staging -- -c 'SHOW search_path'")
    }

    /// A pushed tag named for an environment and a version or a date tells a pipeline to deploy.
    static let releaseTags: [String] = [
        "git push origin prod-v2.8.0",
        "git push upstream refs/tags/production-20261204",
    ]
    @Test(arguments: releaseTags) func aReleaseTagNamesItsEnvironment(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherPushesNameNone() {
        Fixture.expectNamesNoOtherEnvironment("git push origin v2.8.0")
        Fixture.expectNamesNoOtherEnvironment("git push origin feature/prod-checklist")
        Fixture.expectNamesNoOtherEnvironment("git push origin production-readiness-notes")
    }

    /// Analysers named like destroyers, and Kafka's looking tools run by their class.
    static let reporting: [String] = [
        "npx ts-prune --error",
        "kafka-run-class.sh kafka.tools.DumpLogSegments --files /var/lib/kafka/orders-0/00000000000000000000.log",
        "kafka-run-class kafka.tools.GetOffsetShell --bootstrap-server localhost:9092 --topic quarry.events",
    ]
    @Test(arguments: reporting) func theyOnlyReport(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// EF Core's first migration by its conventional name: every later one undone.
    @Test func migratingToTheInitialMigrationUndoesTheRest() {
        Fixture.expectDestroys("dotnet ef database update Initial --project src/Quarry.Data")
        Fixture.expectDoesNotDestroy("dotnet ef database update AddInvoiceIndexes --project src/Quarry.Data")
    }

    /// A service's volume kept beside the project, singular as plural.
    @Test func aVolumeDirectoryRemovedDestroys() {
        Fixture.expectDestroys("rm -rf docker/volume")
        Fixture.expectDoesNotDestroy("rm -rf docs/volume-guide/_build")
    }

    // MARK: From a probe of places that name production (documented forms kept out of the corpora)

    /// HashiCorp's single-dash datacenter and namespace name the environment.
    static let hashicorpPlaces: [String] = [
        "consul members -datacenter=production",
        "nomad job status -namespace=prod quarry-api",
    ]
    @Test(arguments: hashicorpPlaces) func aDatacenterOrNamespaceNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }

    /// A platform's scale to zero stops every copy; to another count it is a change.
    @Test func scalingToZeroStopsEveryCopy() {
        Fixture.expectDestroys("heroku ps:scale worker=0:standard-2x -a quarry-dev")
        Fixture.expectDestroys("heroku ps:scale web=0 --app quarry-dev")
        Fixture.expectAllowedUnderDev("heroku ps:scale web=3 worker=1 -a quarry-dev")
    }
}
