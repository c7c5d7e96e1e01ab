import Testing
@testable import GuardianPolicy

/// The classes the eighty-third and eighty-fourth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct EightyThirdClassesTests {
    /// What a grant or a search is limited to names where it acts.
    static let scopes: [String] = [
        "atlas dbusers create read --username audit --password \"$PW\" --scope quarry-prod-cluster",
        "gcloud asset search-all-resources --scope=projects/quarry-production --query='state:ACTIVE'",
        "atlas dbusers update audit --scope=quarry-production",
    ]
    @Test(arguments: scopes) func aScopeNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    static let otherScopes: [String] = [
        "atlas dbusers create read --username audit --password \"$PW\" --scope quarry-dev-cluster",
        "gcloud asset search-all-resources --scope=projects/quarry-sandbox",
    ]
    @Test(arguments: otherScopes) func otherScopesDoNot(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// A task whose name ends in a removing verb, given `--all`, removes every record it
    /// manages; given ids, or clearing what is made again on demand, it does not.
    static let everyRecord: [String] = [
        "php bin/console messenger:failed:remove --all --force",
        "php bin/console app:sessions:delete --all",
        "bin/rails reports:purge --all",
    ]
    @Test(arguments: everyRecord) func removingEveryRecordDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let notEveryRecord: [String] = [
        "php bin/console messenger:failed:remove 41 42",
        "php bin/console cache:pool:clear --all",
        "php bin/console app:sessions:list --all",
        "php bin/console messenger:failed:remove --all --force --help",
    ]
    @Test(arguments: notEveryRecord) func idsCachesAndReadsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func theStagingOneIsHeldUnderStaging() {
        let line = "APP_ENV=staging php bin/console app:exports:remove --all --no-interaction"
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask)
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask)
    }
}
