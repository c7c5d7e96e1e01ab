import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the tenth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (other tools, names and spellings), not taken from any corpus.
struct TenthClassesTests {
    // MARK: A command line given whole

    /// Control operators and compound commands among the words: each command between them is
    /// decided, a loop's body as the commands it runs.
    static let heldLines: [String] = [
        "git pull --rebase && git reset --hard @{u}", "make lint ; git clean -fdx", "npm ci || rm -rf ~/Projects/site",
        "terraform init -upgrade && terraform apply -destroy -auto-approve", "echo starting; dropdb shop_test",
        "for t in orders items; do psql -d shop_dev -c \"DROP TABLE $t\"; done",
        "while read name; do gcloud compute instances delete \"$name\" --quiet; done < stale.txt",
        "if true; then kubectl delete namespace review-42; fi",
        "sh -c 'for b in a b; do redis-cli -n 3 FLUSHDB; done'",
        "xargs -a stale.txt git push origin --delete", "xargs --arg-file=old-keys.txt valkey-cli DEL",
    ]

    static let allowedLines: [String] = [
        "git fetch --all && git status -sb", "npm ci && npm test", "kubectl get pods -n app | grep -c Running",
        "for f in src/*.ts; do wc -l \"$f\"; done", "while read f; do echo \"$f\"; done < files.txt",
        "if test -f package.json; then npm run build; fi", "rg -n 'drop|delete' src", "jq '.items[] | .name' data.json",
        "cd web && npm run lint", "find . -name '*.swift' -exec wc -l {} ;",
    ]

    @Test(arguments: heldLines) func aCommandLineIsDecidedCommandByCommand(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line): \(String(describing: e.operation))")
    }

    @Test(arguments: allowedLines) func aCommandLineOfLookingCommandsRuns(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id))")
    }

    /// The words a line is read back from, and the commands a script's keywords leave.
    @Test func aLineIsReadBackAsTheShellReadsIt() {
        let r = CompiledPolicy.commandLineCommands(ExecRequest(program: "/usr/bin/for", argv: ["for", "x", "in", "a", "b;", "do", "rm", "-rf", "$x;", "done"], cwd: "/p", environment: [:]))
        // The loop's variable stands for the list written out (the fifty-eighth's class).
        #expect(r.map(\.argv) == [["rm", "-rf", "a", "b"]])
        let plain = ExecRequest(program: "/usr/bin/git", argv: ["git", "commit", "-m", "fix; tidy"], cwd: "/p", environment: [:])
        #expect(CompiledPolicy.commandLineCommands(plain).isEmpty)
        #expect(CompiledPolicy.withoutKeywords(["do", "dropdb", "x"]) == ["dropdb", "x"])
        #expect(CompiledPolicy.withoutKeywords(["done"]).isEmpty)
    }

    /// After a `cd` the command is decided in the directory too: an environment's directory
    /// names it for the tools that take their project from there.
    static let directoryNamesProduction: [String] = [
        "cd stacks/prod && terraform apply", "cd deploy/production && docker compose up -d --build",
    ]

    @Test(arguments: directoryNamesProduction) func aDirectoryChangedToNamesTheEnvironment(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test func renderingInAProductionDirectoryStillRuns() {
        #expect(Fixture.dev.evaluate(Fixture.exec("cd deploy/production && docker compose config")).decision <= .audit)
    }

    // MARK: Operations

    static let destroy: [String] = [
        // One migration undone drops what it made too (TwentySixthClassesTests).
        "migrate -source file://db -database postgres://localhost/app down 1",
        // A directory's uncommitted changes discarded.
        "git checkout lib/", "git restore --source=v1.2 -- docs/", "git checkout HEAD -- app/models/",
        // An embedded database's file; settings and credentials in HOME.
        "rm -f var/app.sqlite", "rm storage/test.db", "rm -f analytics.duckdb", "rm ~/.aws/credentials", "rm -f $HOME/.docker/config.json",
        // Every migration undone: golang-migrate's down without a count; a dialect's push forced.
        "migrate -source file://db -database postgres://localhost/app down", "migrate -path sql -database \"$PG_URL\" down",
        "drizzle-kit push:pg --force",
        // A command a container run is given.
        "docker compose run --rm api python manage.py flush --noinput", "docker run --rm -e PGHOST=db postgres:16 dropdb shop_dev",
        "docker-compose run web rake db:drop",
        // A stack stopped without keeping its data.
        "supabase stop --no-backup", "localstack-ctl stop --no-backup",
        // SQL given to a platform's database shell.
        "heroku pg:psql -a shop-dev -c 'TRUNCATE orders'",
        // One-line programs that drop what a database holds.
        "python3 -c 'from app.db import Base, engine; Base.metadata.drop_all(engine)'", "python -c \"import seed; seed.load(reset=True)\"",
        "node -e \"require('./db').sync({ drop_tables: true })\"",
        // Finalizers taken away.
        "kubectl patch ns review-9 -p '{\"metadata\":{\"finalizers\":[]}}' --type=merge",
        "kubectl patch pv pv-01 --type=json -p '[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]'",
        // One file's uncommitted changes overwritten.
        "git checkout -- README.md",
    ]

    static let notDestroy: [String] = [
        "git checkout main", "git checkout -b feature/x", "git restore --staged src/",
        "git reset --keep HEAD", "git reset HEAD~2",
        "rm -f build/app.o", "rm notes.txt", "rm -rf ~/.cache/go-build", "rm -rf ~/.gradle/caches/transforms-3",
        "rm -rf ~/.m2/repository/io/acme", "rm -rf ~/Library/Developer/Xcode/DerivedData/App-abc",
        "find /tmp -name 'jest_*' -type d -mtime +2 -exec rm -rf {} +", "find /var/tmp -name '*.tmp' -delete",
        "migrate -source file://db -database postgres://localhost/app up",
        "goose -dir sql sqlite3 ./app.db status", "alembic downgrade -1 --sql",
        "drizzle-kit push:pg", "docker run --rm -v $PWD:/w -w /w golang:1.22 go test ./...", "docker compose run --rm api pytest -q",
        "supabase stop", "heroku pg:psql -a shop-dev -c 'SELECT count(*) FROM orders'",
        "python -c 'print(1 == True)'", "python3 -c 'import app; app.run(debug=True)'",
        "kubectl patch deploy web -p '{\"spec\":{\"replicas\":2}}'",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line): \(String(describing: e.operation))")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id)) \(String(describing: e.operation))")
    }

    // MARK: Reads

    /// Dumping a database and reading a remote journal look: a staging one runs under dev.
    static let stagingReads: [String] = [
        "pg_dump -h pg.staging.acme.test -d shop -f shop.sql", "mongodump --uri mongodb://mongo.staging.acme.test/app --out dump/",
        "mysqldump -h mysql-staging.acme.test shop > shop.sql",
        "ssh ops@web.staging.acme.test 'journalctl -u api -n 200 --no-pager'",
    ]

    @Test(arguments: stagingReads) func stagingReadsRunUnderDev(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id)) \(String(describing: e.operation))")
    }

    @Test func aJournalToldToVacuumIsNoRead() {
        #expect(!CompiledPolicy.journalOnlyReads(["journalctl", "--vacuum-time=2d"]))
        #expect(CompiledPolicy.journalOnlyReads(["journalctl", "-u", "api", "-f"]))
    }

    // MARK: Targets

    static let productionNamed: [String] = [
        // ssh's own options: `-t` takes no value, so the host follows it.
        "ssh -t ops@bastion.prod.acme.test 'uptime'", "ssh -tt jump.production.acme.test",
        // Any log group under `aws logs`.
        "aws logs tail /ecs/checkout-prod --since 1h", "aws logs filter-log-events --log-group-name /k8s/production/api",
        // A stack named by --stack-name.
        "sam logs --stack-name orders-production", "sam delete --stack-name web-prod",
        // The bucket on an rclone remote or a MinIO alias.
        "rclone ls r2:assets-production", "mc ls backup/db-prod-dumps",
        // A connection given by an option to a program no remote list knows.
        "dotnet ef migrations list --connection \"Host=pg-prod.acme.test;Database=shop\"",
        "mvn flyway:info --database-url postgres://app@db.prod.acme.test/shop",
        // A project script named for what it does to data, run with production's variables.
        "NODE_ENV=production node scripts/reindex-products.js", "APP_ENV=production php bin/backfill.php",
    ]

    @Test(arguments: productionNamed) func namesProduction(_ line: String) { Fixture.expectNamesProduction(line) }

    static let namesNothing: [String] = [
        "ssh -p 2222 ops@10.0.0.5 uptime", "aws logs tail /ecs/checkout --since 1h", "rclone ls r2:assets",
        "dotnet ef migrations list --connection \"Host=localhost;Database=shop\"", "NODE_ENV=production node scripts/build-sitemap.js",
        "NODE_ENV=production npm run build",
    ]

    @Test(arguments: namesNothing) func namesNoEnvironment(_ line: String) {
        let e = Fixture.staging.evaluate(Fixture.exec(line))
        #expect(e.environment != "production", "\(line): \(String(describing: e.targetSource))")
    }
}
