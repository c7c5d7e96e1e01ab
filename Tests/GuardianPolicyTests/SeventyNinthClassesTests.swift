import Testing
@testable import GuardianPolicy

/// The classes the seventy-ninth and eightieth held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SeventyNinthClassesTests {
    /// A database client's SQL option last in a cluster of its one-letter flags.
    static let clusteredDestroys: [String] = ["psql -qAtc 'DROP SCHEMA reporting CASCADE' quarry_dev", "mariadb -BNe 'TRUNCATE TABLE audit_events' quarry"]
    @Test(arguments: clusteredDestroys) func clusteredSQLIsRead(_ line: String) { Fixture.expectDestroys(line) }
    static let clusteredReads: [String] = ["psql -XAtc 'SELECT count(*) FROM orders' quarry_dev", "mysql -sNe 'SHOW TABLES' quarry"]
    @Test(arguments: clusteredReads) func clusteredQueriesRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func theEmbeddedShellsOptionsAreWords() {
        // `-echo` is sqlite3's own word, not `-e -c -h -o`: its value is no SQL.
        Fixture.expectAllowedUnderDev("sqlite3 -echo dev.sqlite 'SELECT 1'")
    }

    /// A management command's help, after the script an interpreter runs.
    static let helps: [String] = ["python3 manage.py help reset_db", "php artisan help db:wipe", "python manage.py help migrate"]
    @Test(arguments: helps) func helpOfADestroyingTaskReads(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func theTaskItselfStillDestroys() { Fixture.expectDestroys("php artisan db:wipe --force") }

    /// MongoDB's drops written as database commands, and its roles dropped.
    static let mongoDrops: [String] = [
        "mongosh quarry --eval 'db.runCommand({ drop: \"sessions\" })'",
        "mongosh --eval 'db.getSiblingDB(\"admin\").runCommand({dropUser: \"reporter\"})'",
        "mongosh quarry --eval 'db.dropAllRoles()'",
    ]
    @Test(arguments: mongoDrops) func databaseCommandsThatDropDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aLookupDoesNot() { Fixture.expectAllowedUnderDev("mongosh quarry --eval 'db.runCommand({ listCollections: 1, nameOnly: true })'") }

    /// A cloud CLI's `clear` empties what it names, unless it is this machine's sign-ins,
    /// settings or cache.
    static let clears: [String] = ["az storage message clear --queue-name ingest --account-name quarrydevstore", "az storage queue clear --name exports --account-name quarrydev"]
    @Test(arguments: clears) func clearEmptiesTheQueue(_ line: String) { Fixture.expectDestroys(line) }
    static let localClears: [String] = ["az account clear", "az cache clear"]
    @Test(arguments: localClears) func thisMachinesStateIsLocal(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A copy from another machine down to this one reads that machine, the options' values
    /// set aside; up to it, it does not.
    static let downloads: [String] = [
        "scp -i ~/.ssh/quarry_stg -P 2222 deploy@stg-web-2:/var/log/quarry/app.log ./logs/",
        "rsync -az -e 'ssh -p 2222' deploy@stg-web-2:/var/log/quarry/ ./logs/",
    ]
    @Test(arguments: downloads) func aDownloadReadsStaging(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind == .read, "\(line)")
        Fixture.expectAllowedUnderDev(line)
    }
    @Test func anUploadDoesNotRead() {
        #expect(CommandModelTests.op("scp -P 2222 build/quarry.tgz deploy@stg-web-2:/srv/quarry/releases/")?.kind != .read)
        #expect(Fixture.dev.evaluate(Fixture.exec("scp -P 2222 build/quarry.tgz deploy@stg-web-2:/srv/quarry/releases/")).decision == .deny)
    }

    /// A framework's cache cleared: a named store emptied, the default cache filled again.
    static let namedStores: [String] = ["php artisan cache:clear memcached", "php artisan cache:clear --store=sessions"]
    @Test(arguments: namedStores) func aNamedStoreIsEmptied(_ line: String) { Fixture.expectDestroys(line) }
    static let defaultCache: [String] = ["php artisan cache:clear", "php artisan cache:clear --tags=reports"]
    @Test(arguments: defaultCache) func theDefaultCacheIsNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
