import Testing
@testable import GuardianPolicy

/// The classes the fifty-first held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftyFirstClassesTests {
    /// A SQL file redirected to a database client's input is read by its name, as `-f` is.
    static let redirectedDestroys: [String] = [
        "psql -d orchard_dev < db/truncate_all.sql", "mysql orchard_dev <scripts/wipe_sessions.sql",
        "psql -U app app_test < sql/drop_everything.sql",
        "sqlite3 tmp/dev.sqlite3 < maintenance/purge_events.sql",
    ]
    @Test(arguments: redirectedDestroys) func aRedirectedScriptNamedForDroppingDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let redirectedOthers: [String] = [
        "psql -d orchard_dev < db/seed_users.sql", "mysql orchard_dev < schema/views.sql", "psql -d orchard_dev -c 'select count(*) from users' < /dev/null",
    ]
    @Test(arguments: redirectedOthers) func otherRedirectedScriptsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A test suite's script that drops and creates its schema again, run on a database the line
    /// names for tests, sets the tests up; the same script on any other database, or a script
    /// that only drops, destroys.
    @Test func aTestSchemaMadeAgainOnATestDatabaseWrites() {
        #expect(CommandModelTests.op("psql -d orchard_test -f test/support/drop_and_create_schema.sql")?.kind == .write)
        #expect(CommandModelTests.op("mysql -D test_orchard < spec/fixtures/truncate_and_create_tables.sql")?.kind == .write)
        Fixture.expectDestroys("psql -d orchard_dev -f test/support/drop_and_create_schema.sql")
        Fixture.expectDestroys("psql -d orchard_test -f test/support/drop_schema.sql")
        Fixture.expectDestroys("psql -d orchard_test -f db/drop_and_create.sql")
    }

    /// AWS `detect-…` actions analyse or compare and change nothing: a staging stack's drift
    /// detection runs under dev.
    static let detections: [String] = [
        "aws cloudformation detect-stack-drift --stack-name orchard-staging-api --profile orchard-staging",
        "aws cloudformation detect-stack-set-drift --stack-set-name orchard-stg-baseline",
    ]
    @Test(arguments: detections) func driftDetectionIsARead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aDetectionOnProductionNamesIt() {
        Fixture.expectNamesProduction("aws cloudformation detect-stack-drift --stack-name orchard-prod-api")
    }
}
