import Testing
@testable import GuardianPolicy

/// The classes the forty-fifth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyFifthClassesTests {
    /// SQL run on a database held in memory changes nothing that outlives the shell.
    static let inMemory: [String] = [
        "sqlite3 :memory: 'CREATE TABLE a(id); DROP TABLE a;'", "sqlite3 -cmd 'CREATE TABLE q(v)' :memory: 'TRUNCATE q'",
        "duckdb -c 'CREATE TABLE r AS SELECT 42 AS n; DELETE FROM r;'", "sqlite3 -json :memory: '.tables'",
        // No database named, or SQLite's URI for one in memory.
        "sqlite3 <<< 'CREATE TABLE s(v); DROP TABLE s;'", "sqlite3 file::memory: 'CREATE TABLE u(v); DELETE FROM u;'",
    ]
    /// Not when the SQL reaches a file, an extension or a shell, or the database is a file.
    static let notInMemory: [String] = [
        "sqlite3 :memory: \"ATTACH 'app.db' AS app; DELETE FROM app.users;\"", "duckdb -c \"COPY (SELECT 1) TO 'x.csv'; DROP TABLE t\"",
        "sqlite3 -init seed.sql :memory: 'DROP TABLE users'", "sqlite3 app.db 'DROP TABLE users'",
        "duckdb warehouse.duckdb -c 'DROP TABLE events'",
    ]
    @Test(arguments: inMemory) func inMemoryIsHarmless(_ line: String) {
        let op = CommandModelTests.op(line)
        #expect(op?.kind == .read && op?.harmless == true, "\(line): \(String(describing: op))")
        Fixture.expectDoesNotDestroy(line)
    }
    @Test(arguments: notInMemory) func elsewhereDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aDotCommandThatRunsAShellIsNotHarmless() {
        #expect(CommandModelTests.op("sqlite3 :memory: '.system touch x'")?.harmless != true)
    }

    /// A platform's database shell given SQL on its input runs it: the statements decide.
    static let shellInput: [String] = [
        "fly postgres connect -a shop-stg-db <<< 'DROP TABLE carts;'", "railway connect postgres <<< 'TRUNCATE sessions;'",
        "fly pg connect -a shop-staging-db -d shop <<< 'DELETE FROM orders;'",
    ]
    @Test(arguments: shellInput) func sqlOnItsInputDecides(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aReadOfStagingOnItsInputIsAllowedUnderDev() {
        Fixture.expectAllowedUnderDev("fly postgres connect -a shop-stg-db <<< 'SELECT count(*) FROM carts;'")
    }
    /// A console's input that is not SQL keeps the console's own reading.
    @Test func aConsolesOtherInputIsNotReadAsSQL() {
        #expect(CommandModelTests.op("fly ssh console -a shop-stg <<< 'rm -rf /data'")?.kind == .write)
        #expect(CommandModelTests.op("fly postgres connect -a shop-stg-db <<< 'rm -rf /data'")?.kind == .write)
    }

    /// A framework's looking task run through its interpreter (`php artisan`, `ruby bin/rails`),
    /// and Mix's dotted ones, read, of staging too.
    static let frameworkLooks: [String] = [
        "php artisan route:list --env=staging", "php artisan db:show --env=staging", "MIX_ENV=staging mix ecto.migrations",
    ]
    @Test(arguments: frameworkLooks) func frameworkLooksRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aFrameworkTaskThatChangesIsNotARead() {
        #expect(CommandModelTests.op("php artisan migrate:rollback --env=staging")?.kind == .destroy)
        #expect(Fixture.dev.evaluate(Fixture.exec("php artisan migrate --env=staging")).decision == .deny)
    }

    /// Each item a listing printed, deleted from this machine's server one request at a time:
    /// the collection, as one DELETE of it is.
    static let eachListed: [String] = [
        "for n in $(curl -s localhost:4000/api/notes | jq -r '.[].id'); do curl -X DELETE localhost:4000/api/notes/$n; done",
        "curl -s 127.0.0.1:3000/todos | jq -r '.[].id' | xargs -I ID curl -X DELETE 127.0.0.1:3000/todos/ID",
        "curl -s localhost:5000/api/users | jq -r '.[].id' | while read uid; do http DELETE \"localhost:5000/api/users/${uid}\"; done",
    ]
    /// One item, or a list written out, is one local record each: not read as the collection;
    /// and the loop's variable stands for each item in an HTTP client's request only.
    static let notEachListed: [String] = [
        "curl -X DELETE localhost:4000/api/notes/17", "for n in 3 4; do curl -X DELETE localhost:4000/api/notes/$n; done",
        "for n in $(cat ids.txt); do curl -X DELETE localhost:4000/api/notes/$nid; done",
        // A file removed for each line a listing printed is rm's own reading, as written.
        "for f in $(find . -name '*.orig'); do rm -f $f; done",
    ]
    @Test(arguments: eachListed) func eachListedDestroys(_ line: String) {
        // The line's operation is its loop body's or its last pipe stage's, not its first command's.
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == .destroy && e.decision >= .ask, "\(line): \(String(describing: e.operation))")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notEachListed) func oneItemDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
