import Testing
@testable import GuardianPolicy

/// The classes the seventy-first and seventy-second held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SeventyFirstClassesTests {
    /// A flag given false is not given: a credential reset that does not append revokes.
    @Test func anAppendGivenFalseRevokes() {
        Fixture.expectDestroys("az ad app credential reset --id 11111111-2222-3333-4444-555555555555 --append=false")
        Fixture.expectDestroys("az ad sp credential reset --id 11111111-2222-3333-4444-555555555555 --append no")
        Fixture.expectDoesNotDestroy("az ad app credential reset --id 11111111-2222-3333-4444-555555555555 --append")
    }

    /// borg's repository is the word after its verb, an archive or not.
    static let borgRepositories: [String] = [
        "borg list /backup/quarry-production.borg",
        "borg info ssh://backup@vault.quarry.test/./quarry-prod",
        "borg check --verify-data /mnt/nas/quarry-production",
    ]
    @Test(arguments: borgRepositories) func aBorgRepositoryNamesItsEnvironment(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherBorgWordsDoNot() {
        Fixture.expectNamesNoOtherEnvironment("borg list /backup/quarry-dev.borg")
        Fixture.expectNamesNoOtherEnvironment("borg create --stats /backup/quarry.borg::{now} ~/notes")
    }

    /// ssh's words are decided as given too, where its join undoes their quoting.
    static let joinedRemoteCommands: [String] = [
        "ssh ops@db-stg-2 mongosh quarry --eval 'db.events.drop()'",
        "ssh -t admin@cache-stg redis-cli -n 2 eval 'return redis.call(\"FLUSHDB\")' 0",
    ]
    @Test(arguments: joinedRemoteCommands) func theWordsAsGivenAreDecided(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line): \(String(describing: e.operation))")
    }
    @Test func aRemoteReadStaysARead() {
        Fixture.expectAllowedUnderDev("ssh ops@db-stg-2 mongosh quarry --quiet --eval 'db.events.countDocuments()'")
    }

    /// A database server's data directory by its usual names, wherever it is kept.
    static let clusterDirectories: [String] = [
        "rm -rf tmp/pgdata-13",
        "rm -rf build/old_pgdata",
        "rm -rf .cache/mysql-datadir",
    ]
    @Test(arguments: clusterDirectories) func aClustersDataDirectoryDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test func otherScratchDirectoriesDoNot() {
        Fixture.expectDoesNotDestroy("rm -rf tmp/pgadmin-sessions")
        Fixture.expectDoesNotDestroy("rm -rf build/schema-docs")
    }

    /// Django's `migrate APP zero` with an option's value before the app.
    @Test func migratingAnAppToZeroAfterAnOptionsValue() {
        Fixture.expectDestroys("python manage.py migrate --database replica ledger zero")
        Fixture.expectDestroys("django-admin migrate --settings quarry.settings.ci payments zero")
        Fixture.expectDoesNotDestroy("python manage.py migrate --database replica ledger 0042")
    }

    /// A console's program that only prints what it looks up reads; a remote run of it reads
    /// the environment it runs in.
    static let printingPrograms: [String] = [
        "bin/rails runner 'puts Shipment.where(state: \"pending\").count'",
        "python manage.py shell -c 'print(Invoice.objects.filter(paid=False).count())'",
        "php artisan tinker --execute='echo Order::whereNull(\"shipped_at\")->count();'",
        "heroku run -a quarry-staging -- bin/rails runner 'p Account.maximum(:created_at)'",
    ]
    @Test(arguments: printingPrograms) func aProgramThatOnlyPrintsReads(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let changingPrograms: [String] = [
        "heroku run -a quarry-staging -- bin/rails runner 'puts Account.first.update(plan: \"free\")'",
        "heroku run -a quarry-staging -- bin/rails runner 'puts Account.count; Account.delete_all'",
        "heroku run -a quarry-staging -- bin/rails runner 'puts x = Account.first.touch'",
        "heroku run -a quarry-staging -- bin/rails runner 'puts `rm -rf tmp/storage`'",
        "heroku run -a quarry-staging -- bin/rails runner 'puts system(\"rake db:reset\")'",
        "heroku run -a quarry-staging -- python manage.py shell -c 'print(Invoice.objects.all().update(paid=True))'",
        // A bang method, and any call with parentheses that is not a lookup, may change things.
        "heroku run -a quarry-staging -- bin/rails runner 'puts Subscription.last.cancel!'",
        "heroku run -a quarry-staging -- python manage.py shell -c 'print(Subscription.objects.get(pk=7).cancel())'",
    ]
    @Test(arguments: changingPrograms) func aProgramThatChangesDoesNot(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
}
