import Testing
@testable import GuardianPolicy

/// The classes the thirty-second held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtySecondClassesTests {
    /// `heroku run` given its command as one quoted word runs that line, as it does given the
    /// words one by one: the command is decided as what it is.
    static let runsRemotely: [String] = [
        "heroku run --app shop-staging 'bin/rails db:reset'", "heroku run -a shop-staging -- 'python manage.py flush --noinput'",
        "heroku run:detached -a shop-staging 'php artisan migrate:fresh --force'",
    ]

    @Test(arguments: runsRemotely) func aQuotedCommandIsRead(_ line: String) {
        let e = Fixture.staging.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line)")
        #expect(e.operation?.kind == .destroy, "\(line): \(String(describing: e.operation))")
    }

    /// Rows changed inside a transaction that ends by rolling back change nothing; DDL, a
    /// commit before the rollback, or a call with side effects do.
    static let rolledBack: [String] = [
        "psql -d shop_dev -c 'BEGIN; DELETE FROM sessions; ROLLBACK;'",
        #"mysql shop_dev -e "START TRANSACTION; UPDATE users SET plan = 'free'; SELECT count(*) FROM users; ROLLBACK""#,
        "sqlite3 app.db 'BEGIN; DELETE FROM events; ROLLBACK'",
    ]
    static let notRolledBack: [String] = [
        "psql -d shop_dev -c 'BEGIN; DROP TABLE sessions; ROLLBACK;'", "psql -d shop_dev -c 'BEGIN; DELETE FROM sessions; COMMIT;'",
        "psql -d shop_dev -c 'BEGIN; DELETE FROM sessions; COMMIT; ROLLBACK;'",
        "psql -d shop_dev -c \"BEGIN; SELECT pg_drop_replication_slot('s1'); DELETE FROM t; ROLLBACK;\"",
    ]

    @Test(arguments: rolledBack) func rolledBackChangesNothing(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: notRolledBack) func theseStillDestroy(_ line: String) { Fixture.expectDestroys(line) }

    /// Logs removed by a pattern (`npm-debug.log*`, rotated `app.log.*`) are housekeeping; a
    /// source file named for debugging is not a log, and other patterns still destroy.
    static let logPatterns: [String] = ["rm -f npm-debug.log* yarn-debug.log*", "rm -f log/app.log.*", "rm build-log-*.txt", "rm -f *.out"]
    static let otherPatterns: [String] = ["rm -f docs/*.md", "rm -f src/debug*.py", "rm -f config/*.yml"]

    @Test(arguments: logPatterns) func logPatternsAreHousekeeping(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: otherPatterns) func otherPatternsDestroy(_ line: String) { Fixture.expectDestroys(line) }

    /// Git's own dry runs of what destroys change nothing; a replacement ref deleted is gone as
    /// a tag deleted is.
    static let gitDryRuns: [String] = ["git reflog expire -n --expire=30.days --all", "git prune --dry-run --expire=now", "git reflog delete --dry-run HEAD@{2}"]
    static let gitDestroys: [String] = ["git replace -d 3b18e512", "git prune --expire=now", "git reflog expire --expire-unreachable=now --all"]

    @Test(arguments: gitDryRuns) func gitDryRunsChangeNothing(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: gitDestroys) func theseGitCommandsDestroy(_ line: String) { Fixture.expectDestroys(line) }

    /// A query that prints statements for the next client to run: what its literals begin
    /// runs. One that prints reads changes nothing.
    static let generated: [String] = [
        #"psql -d shop_dev -Atc "SELECT 'DROP TABLE IF EXISTS ' || quote_ident(tablename) || ' CASCADE;' FROM pg_tables WHERE schemaname = 'public'" | psql -d shop_dev"#,
        #"mysql -N -e "SELECT CONCAT('TRUNCATE TABLE ', table_name, ';') FROM information_schema.tables WHERE table_schema = 'shop_dev'" | mysql shop_dev"#,
    ]
    static let generatedReads: [String] = [
        #"psql -Atc "SELECT 'ANALYZE ' || tablename || ';' FROM pg_tables" | psql"#,
        #"mysql -N -e "SELECT CONCAT('SELECT COUNT(*) FROM ', table_name, ';') FROM information_schema.tables" | mysql shop_dev"#,
    ]

    @Test(arguments: generated) func generatedStatementsRun(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line)")
        #expect(e.operation?.kind == .destroy, "\(line): \(String(describing: e.operation))")
    }
    @Test(arguments: generatedReads) func theseDoNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A MinIO alias or an rclone remote is one identifier a team chose: an environment's name
    /// written inside it counts (`shopprod`), as it does in an option that names a target.
    static let aliases: [String] = ["mc ls shopprod/invoices", "mc admin info acmeprod", "rclone lsd acmeprod:", "rclone size shopproduction:media"]
    static let notAliases: [String] = ["mc ls products/catalog", "rclone lsd productimages:", "mc ls local/shop-dev"]

    @Test(arguments: aliases) func aliasesNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notAliases) func theseNameNone(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
