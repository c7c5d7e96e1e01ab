import Testing
@testable import GuardianPolicy

/// The classes the twenty-third held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyThirdClassesTests {
    /// find deleting outside the project, whatever program it runs on each file; SQL that
    /// replaces a table; SQL printed by one command and run by a database shell; a platform's
    /// managed store dropped or flushed.
    static let destroying: [String] = [
        "find ~/notes -name '*.md' -exec shred -u {} +", "find /srv/shop/uploads -type f -mtime +30 -exec rm {} \\;",
        "find ../billing-service -name '*.sql' -execdir rm -f {} \\;", "find /var/lib/shop -name '*.db' -delete",
        #"bq query --use_legacy_sql=false "CREATE OR REPLACE TABLE shop.orders AS SELECT * FROM shop.orders LIMIT 0""#,
        #"duckdb shop.duckdb -c "CREATE OR REPLACE TRANSIENT TABLE events AS SELECT 1 AS id""#,
        #"clickhouse-client --query "REPLACE TABLE events ENGINE = MergeTree ORDER BY id AS SELECT 1 AS id""#,
        #"snowsql -q "CREATE OR REPLACE DATABASE analytics""#,
        "django-admin sqlflush --settings shop.settings | psql shop_dev", "./manage.py sqlflush | ./manage.py dbshell",
        "pg_dump --clean shop_template | psql shop_dev", "fly redis flush shop-cache", "railway database drop",
    ]
    static let notDestroying: [String] = [
        "find /tmp/shop-build -name '*.o' -exec rm {} +", "find ~/.cache/pip -type f -delete",
        "find ~/notes -name '*.md' -exec grep -l TODO {} +",
        #"bq query --use_legacy_sql=false "CREATE OR REPLACE VIEW shop.recent AS SELECT * FROM shop.orders""#,
        #"snowsql -q "CREATE OR REPLACE TEMPORARY TABLE scratch AS SELECT 1 AS id""#,
        #"duckdb shop.duckdb -c "CREATE OR REPLACE FUNCTION add1(x) AS x + 1""#,
        #"mysql -e "REPLACE INTO settings (k, v) VALUES ('theme', 'dark')" shop"#,
        "python manage.py sqlflush", "pg_dump shop_template | psql shop_dev", "python manage.py dbshell",
        "fly redis status shop-cache",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Reads of a staging resource: logs, a collection listed by its plural noun alone or after
    /// a topic, with an option's value after it.
    static let reads: [String] = [
        "gcloud run services logs read api --project shop-staging", "gcloud builds log 9c1d --project shop-staging",
        "az webapp log tail --name shop-staging", "kopia snapshots --source shop-staging-db", "heroku pg:links -a shop-staging",
        "heroku pg:backups --app shop-staging", "borgmatic archives --repository shop-staging",
    ]
    /// Their hard negatives: a verb after the topic, a second named word, a destroying verb.
    static let notReads: [String] = [
        "heroku pg:backups:delete b101 -a shop-staging", "heroku pg:backups:restore b101 -a shop-staging",
        "restic forget --keep-last 3 --host shop-staging-db --prune", "kopia snapshots delete k1 --delete --source shop-staging-db",
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: notReads) func changesOfStagingAreDeniedUnderDev(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }
}

/// A line given whole: the catalog's rules read each command's own words, so a later command's
/// words (`cmake -S .`) are not an earlier one's (`rm -rf build/`); each command is still decided.
struct OwnCommandRuleTests {
    static let allowed: [String] = [
        "rm -rf build/ && cmake -S . -B build", "rm -rf out && mkdir -p out && cd out && cmake ..",
        "rm -rf .pytest_cache; pytest -q tests/ .", "chmod -R u+w ./build && make -C . all",
    ]
    static let stopped: [String] = [
        "cmake -S . -B build && rm -rf ~", "make clean; rm -rf .", "cd build && rm -rf /usr",
        "ssh ops@build-host rm -rf / '&&' echo done",
    ]

    @Test(arguments: allowed) func laterWordsAreNotTheFirstCommands(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line): \(Fixture.dev.evaluate(Fixture.exec(line)).matches.map(\.id))")
    }
    @Test(arguments: stopped) func eachCommandIsStillDecided(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    /// In an exec's argv an operator is one more word the program is given: rm gets every word.
    @Test func anExecsArgvIsTheProgramsWhole() {
        for argv in [["rm", "&&", "-rf", "/"], ["rm", "-rf", "build/", "&&", "cmake", "-S", "/", "-B", "build"], ["rm", ";", "-rf", "~"]] {
            let exec = ExecRequest(program: "/usr/bin/rm", argv: argv, cwd: Fixture.project, environment: ["HOME": Fixture.home])
            #expect(Fixture.dev.evaluate(exec).decision == .deny, "\(argv)")
        }
    }

    /// A text tool reading a production env file names no environment at exec (the file is the
    /// project's), and its open is what the file rule decides: denied under staging.
    @Test func aProductionEnvFileIsDecidedAtItsOpen() {
        #expect(Fixture.staging.evaluate(Fixture.exec("cat .env.production")).decision <= .audit)
        let open = FileRequest(path: Fixture.project + "/.env.production", access: .read)
        #expect(Fixture.staging.evaluate(open).decision == .deny)
        #expect(Fixture.staging.evaluate(open).environment == "production")
    }
}
