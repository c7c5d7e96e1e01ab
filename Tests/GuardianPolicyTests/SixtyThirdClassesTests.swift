import Testing
@testable import GuardianPolicy

/// The classes the sixty-third and sixty-fourth held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtyThirdClassesTests {
    /// A cache's text protocol typed into a socket, and memcached's flush tool, empty the cache.
    static let flushes: [String] = [
        "memcflush --servers=cache-1:11211,cache-2:11211",
        "printf 'flush_all\\r\\n' | nc -q1 127.0.0.1 11211",
        "echo FLUSHALL | ncat redis.local 6379",
        "telnet localhost 11211 <<< 'flush_all'",
    ]
    @Test(arguments: flushes) func aCachesFlushSentOverASocketDestroys(_ line: String) { Fixture.expectLineDestroys(line) }
    static let socketReads: [String] = [
        "echo stats | nc localhost 11211",
        "printf 'get session:42\\r\\n' | nc -q1 127.0.0.1 11211",
        "nc -zv localhost 11211",
    ]
    @Test(arguments: socketReads) func otherWordsOverASocketDoNot(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind != .destroy, "\(line): \(String(describing: e.operation))")
        #expect(e.decision <= .audit, "\(line): \(e.decision)")
    }

    /// `unlink FILE` removes the file as `rm FILE` does: a credentials file in HOME is lost.
    @Test func unlinkIsReadAsRm() {
        Fixture.expectDestroys("unlink ~/.config/quarry/token.json")
        Fixture.expectDoesNotDestroy("unlink tmp/build.lock")
    }

    /// Subversion given a repository URL commits the removal at once; a checkout's file is
    /// only scheduled, and kept in history.
    @Test func svnRemovalOfARepositoryURLDestroys() {
        Fixture.expectDestroys("svn rm -m 'retire tag' svn+ssh://svn.example.org/repos/app/tags/1.4.0")
        Fixture.expectDestroys("svn delete ^/branches/experiment -m 'gone'")
        Fixture.expectDoesNotDestroy("svn rm src/legacy_import.py")
    }

    /// A flag named for revoking credentials destroys them on a program no grammar knows.
    @Test func aRevokingFlagDestroys() {
        Fixture.expectDestroys("quarry auth logout --revoke-token")
        Fixture.expectDoesNotDestroy("quarry auth logout")
        Fixture.expectDoesNotDestroy("quarry tokens list --revoked")
    }

    /// A database's connection details printed, and its tables listed, read — of staging too.
    static let reads: [String] = [
        "doctl databases connection quarry-staging-pg --format Host,Port",
        "quarry db tables --env staging",
        "quarry db connection-string --env staging",
    ]
    @Test(arguments: reads) func connectionDetailsAndTablesRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// dbmate's `-e` names the variable holding the database URL; ClickHouse's client its
    /// server by `-h`.
    static let production: [String] = [
        "dbmate -e PROD_DATABASE_URL status",
        "clickhouse-client -h clickhouse.production.example.internal --query 'SELECT 1'",
        "clickhouse client -h ch-prod-2 -q 'SHOW TABLES'",
    ]
    @Test(arguments: production) func aVariableOrHostNamedForProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func theDefaultVariableNamesNothing() {
        Fixture.expectNamesNoOtherEnvironment("dbmate -e DATABASE_URL status")
        Fixture.expectNamesNoOtherEnvironment("clickhouse-client -h localhost -q 'SELECT 1'")
    }

    /// An interpreter running one of the project's scripts with a variable naming an
    /// environment acts there — not a script named for building, testing or serving here.
    static let scripts: [String] = [
        "APP_ENV=production python3 scripts/resend_receipts.py --limit 50",
        "RACK_ENV=production ruby script/merge_duplicate_accounts.rb",
        "NODE_ENV=production npx tsx scripts/sync-plans.ts",
        "NODE_ENV=production deno run -A scripts/sync-plans.ts",
        "NODE_ENV=production bun scripts/export-ledger.ts",
    ]
    @Test(arguments: scripts) func aProjectScriptRunWithAnEnvironmentVariable(_ line: String) { Fixture.expectNamesProduction(line) }
    static let localScripts: [String] = [
        "NODE_ENV=production node scripts/build-assets.js",
        "NODE_ENV=production node dev-server.js",
        "APP_ENV=production python3 scripts/test_settings.py",
    ]
    @Test(arguments: localScripts) func buildTestAndServeScriptsDoNot(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// A program that runs a command line through a shell: the line is decided as `sh -c`'s.
    @Test func aCommandLineGivenToARunnerIsDecided() {
        Fixture.expectLineDestroys("firebase emulators:exec --only firestore 'rm -rf ~/.config/quarry'")
        Fixture.expectLineDestroys("watch -n 60 'redis-cli FLUSHDB'")
        let e = Fixture.dev.evaluate(Fixture.exec("firebase emulators:exec --only firestore 'npm test'"))
        #expect(e.decision <= .audit, "\(e.decision)")
        Fixture.expectAllowedUnderDev("watch -n 5 kubectl get pods -n quarry-staging")
    }

    /// A query builder's delete of a whole table, in a one-line program; not with a condition.
    static let massDeletes: [String] = [
        "node -e \"require('./db').knex('audit_events').del().then(() => process.exit())\"",
        "python3 -c 'from app.db import session, Job; session.query(Job).delete(); session.commit()'",
        "node -e \"const {db, carts} = require('./dist/db'); db.delete(carts).then(() => process.exit())\"",
        "node -e \"require('./models').Session.destroy({ truncate: true })\"",
    ]
    @Test(arguments: massDeletes) func aQueryBuildersWholeTableDeleteDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let keptRows: [String] = [
        "node -e \"require('./db').knex('audit_events').where('id', 7).del()\"",
        "python3 -c 'from app.db import session, Job; session.query(Job).filter(Job.id == 3).delete()'",
        "node -e \"require('./models').Session.destroy({ where: { id: 9 } })\"",
    ]
    @Test(arguments: keptRows) func aConditionKeepsTheRest(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
