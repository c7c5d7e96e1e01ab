import Testing
@testable import GuardianPolicy

/// The classes the eighty-ninth and ninetieth held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not, written
/// for the mechanism (other names, tools and spellings), not taken from any corpus.
struct EightyNinthClassesTests {
    /// A runner whose own words end at `--` runs what follows it, decided as itself.
    static let wrapped: [String] = [
        "doppler run --project quarry --config dev -- psql \"$DATABASE_URL\" -c 'TRUNCATE events'",
        "aws-vault exec quarry-dev -- sh -c 'aws s3 rb s3://quarry-dev-exports --force'",
        "op run --env-file .env.dev -- sh -c 'redis-cli -u \"$REDIS_URL\" FLUSHALL'",
    ]
    @Test(arguments: wrapped) func theWrappedCommandDecides(_ line: String) { Fixture.expectLineDestroys(line) }
    static let wrappedReads: [String] = [
        "doppler run --project quarry --config dev -- npm test",
        "aws-vault exec quarry-dev -- aws s3 ls",
    ]
    @Test(arguments: wrappedReads) func aWrappedReadDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A pod made to run a command runs it: the command decides what it does.
    static let podCommands: [String] = [
        "kubectl run sqlshell --rm -i --restart=Never --image=postgres:16 -- psql -h pg -c 'DROP TABLE sessions'",
        "kubectl debug -it api-7d9c --image=postgres:16 --target=api -- psql -h pg -c 'TRUNCATE orders'",
    ]
    @Test(arguments: podCommands) func aPodsCommandDecides(_ line: String) { Fixture.expectLineDestroys(line) }
    @Test func aPodMadeToReadIsStillAChange() {
        let e = Fixture.dev.evaluate(Fixture.exec("kubectl --context quarry-staging run q --rm -i --image=postgres:16 -- psql -h pg -c 'SELECT 1'"))
        #expect(e.decision == .deny, "a pod made in staging is a change of staging, whatever it runs: \(e.decision)")
    }

    /// A forwarded port's far end is reached through the tunnel.
    static let forwards: [String] = [
        "ssh -N -L 15432:db.prod.quarry.internal:5432 jump.quarry.io",
        "ssh -fN -L 127.0.0.1:9201:es-production.quarry.internal:9200 ops@bastion.quarry.io",
    ]
    @Test(arguments: forwards) func aForwardsFarEndNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func aLocalForwardDoesNot() { Fixture.expectNamesNoOtherEnvironment("ssh -N -L 15432:localhost:5432 devbox.quarry.io") }

    /// SQL given to a framework's task that runs it.
    static let frameworkSQL: [String] = [
        "php bin/console doctrine:query:sql 'DELETE FROM audit_log'",
        "php bin/console dbal:run-sql 'DROP TABLE legacy_orders'",
    ]
    @Test(arguments: frameworkSQL) func frameworkSQLIsReadAsSQL(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aFrameworkSelectDoesNot() { Fixture.expectDoesNotDestroy("php bin/console doctrine:query:sql 'SELECT id FROM orders LIMIT 5'") }

    /// A database, volume, disk or backup restored over the live one.
    static let restores: [String] = [
        "quarryctl db restore orders --from-snapshot snap-2026-11-01 --yes",
        "gcloud sql backups restore 1733311111 --restore-instance=quarry-dev-pg --backup-instance=quarry-dev-pg",
        "wrangler d1 time-travel restore quarry-dev --bookmark=00000085-0000024c",
        "fossil scrub --verily",
    ]
    @Test(arguments: restores) func restoringOverDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let notRestores: [String] = [
        "dotnet restore src/Quarry.sln",
        "az sql db restore --dest-name quarry-dev-copy --name quarry-dev --server quarry-sql --time 2026-11-30T10:00:00Z",
        "nuget restore Quarry.sln",
        "quarryctl db restore --help",
    ]
    @Test(arguments: notRestores) func packageAndNewCopyRestoresDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A listing's filter for what is gone is no verb; a push of deletions still deletes.
    @Test func aListingsDeletedFilterReads() { Fixture.expectAllowedUnderDev("quarryctl buckets list --deleted") }
    @Test func pushingDeletionsDestroys() { Fixture.expectDestroys("jj git push --deleted") }

    /// A test runner's report files, by name, are made again by each run.
    static let reports: [String] = ["rm -f reports/junit-*.xml", "rm -f build/test-results/TEST-*.xml", "rm -f out/*.junit.xml"]
    @Test(arguments: reports) func testReportsAreScratch(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func otherXMLIsNot() { Fixture.expectDestroys("rm -f config/*.xml") }
}
