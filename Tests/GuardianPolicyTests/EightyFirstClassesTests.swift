import Testing
@testable import GuardianPolicy

/// The classes the eighty-first and eighty-second held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct EightyFirstClassesTests {
    /// A work group names where a query runs.
    static let workGroups: [String] = [
        "aws athena start-query-execution --work-group quarry-prod --query-string 'SELECT 1'",
        "aws athena list-query-executions --work-group quarry-production",
    ]
    @Test(arguments: workGroups) func aWorkGroupNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }

    /// A tool's own daemon cleaned is its local state.
    @Test func aDaemonsCleanIsLocal() { Fixture.expectAllowedUnderDev("pnpm exec turbo daemon clean") }
    @Test func aResourcesCleanIsNot() { Fixture.expectDestroys("quarryctl cluster clean quarry-dev-1") }

    /// A long option's value after the command path is no verb of it.
    static let optionValues: [String] = [
        "doctl apps logs quarry-staging --type deploy",
        "doctl apps logs quarry-staging --type run --tail 50",
    ]
    @Test(arguments: optionValues) func aLogsReadOfStagingIsAllowedUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aDestroyingValueStillCounts() {
        #expect(CommandModelTests.op("quarryctl volumes --mode delete quarry-dev-data")?.kind == .destroy)
    }

    /// A database server's data under a prefix's `var`.
    static let serverData: [String] = ["rm -rf \"$(brew --prefix)/var/mysql\"", "rm -rf /usr/local/var/postgresql@15", "rm -rf $PREFIX/var/lib/redis"]
    @Test(arguments: serverData) func aServersDataIsData(_ line: String) { Fixture.expectDestroys(line) }
    static let notServerData: [String] = ["rm -rf var/cache", "rm -rf src/lib/postgres"]
    @Test(arguments: notServerData) func otherPlacesAreNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A database copied over another replaces its data; a subscription deleted; a framework's
    /// issued tokens purged.
    static let overwrites: [String] = [
        "heroku pg:copy quarry-dev::DATABASE_URL HEROKU_POSTGRESQL_GRAY_URL --app quarry-review --confirm quarry-review",
        "aws sns unsubscribe --subscription-arn arn:aws:sns:us-east-1:111122223333:quarry-dev-alerts:0b7e",
        "php artisan sanctum:purge",
    ]
    @Test(arguments: overwrites) func theseDestroy(_ line: String) { Fixture.expectDestroys(line) }
    static let housekeeping: [String] = ["php artisan sanctum:prune-expired --hours=48", "heroku pg:info --app quarry-review"]
    @Test(arguments: housekeeping) func pruningExpiredAndInfoDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// What a find lists by name alone, handed to xargs: its patterns.
    static let foundScratch: [String] = [
        "find . -name '*.pyc' -o -name '*.pyo' | xargs rm -f",
        "find src -type f -name '*.orig' -print0 | xargs -0 -r rm",
    ]
    @Test(arguments: foundScratch) func scratchFoundByNameIsScratch(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let foundData: [String] = [
        "find exports -name '*.csv' | xargs rm -f",
        "find . -name '*.pyc' -o -type f | xargs rm -f",
        "find . -name '*.pyc' -newer setup.cfg | xargs rm -f",
    ]
    @Test(arguments: foundData) func dataOrAWiderFindIsNot(_ line: String) { Fixture.expectLineDestroys(line) }
}
