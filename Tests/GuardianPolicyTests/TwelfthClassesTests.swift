import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the twelfth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism, with
/// other tools (several of them no corpus names, or made up: `logctl`, `schemactl`, `boxctl`)
/// and other names, not taken from any corpus.
struct TwelfthClassesTests {
    // MARK: Options that discard what is stored

    static let discarding: [String] = [
        "logctl --vacuum-files=2", "tar --remove-files -czf logs.tgz logs/", "archivist push --remove-source-files ./exports remote:",
        "s3sync --delete-removed ./site s3://assets", "mirrorctl sync --delete-extraneous a/ b/",
    ]
    static let notDiscarding: [String] = [
        "tar -czf logs.tgz logs/", "s3sync ./site s3://assets", "mirrorctl sync --delete-extraneous=false a/ b/",
        "archivist push --remove-source-files --dry-run ./exports remote:", "docker compose up -d --remove-orphans",
    ]

    @Test(arguments: discarding) func anOptionNamedForDiscardingDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notDiscarding) func otherOptionsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Reverting to a snapshot, undoing every migration, re-imaging

    static let reverted: [String] = [
        "zfs rollback -r tank/home@monday", "vmctl snapshot-revert web-1 before-upgrade", "lxc restore c1@snap0",
        "volctl rollback pool/vol@nightly",
    ]
    static let notReverted: [String] = [
        "snapctl snapshot restore state.snap --data-dir /tmp/restored", "zfs snapshot tank/home@monday", "vmctl snapshot list web-1",
    ]
    static let undoneMigrations: [String] = [
        "schemactl migrate down --to 0", "mix ecto.rollback -r Shop.Repo --all", "rake db:migrate VERSION=0", "schemactl migrate goto 0",
        "migrator rollback --all", "goose -dir sql sqlite3 ./local.db down-to 0",
        // One migration undone drops what it made too (TwentySixthClassesTests).
        "mix ecto.rollback --step 1",
    ]
    /// A migration to a version, and a rollback no word says is a database's.
    static let someMigrations: [String] = [
        "bin/rails db:migrate VERSION=20240101000000", "schemactl migrate goto 42", "migrator rollback",
    ]
    static let reimaged: [String] = [
        "hcloud server rebuild --image debian-12 web-3", "cloudctl server reimage web-3", "vpsctl instance reinstall --os ubuntu-24.04 vps-9",
    ]
    static let notReimaged: [String] = ["npm rebuild", "cloudctl server rebuild-index web-3", "vpsctl instance reinstall-agent vps-9"]

    @Test(arguments: reverted) func aRevertToASnapshotDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notReverted) func takingOrRestoringElsewhereDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: undoneMigrations) func undoingEveryMigrationDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: someMigrations) func undoingSomeDoesNot(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind != .destroy, "\(line)")
    }
    @Test(arguments: reimaged) func reimagingDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notReimaged) func otherRebuildsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Programs given to a framework's runner or console, and declarative schema pushes

    static let massDeletes: [String] = [
        "bin/rails runner 'Invoice.delete_all'", "rails r 'User.all.destroy_all'",
        "python manage.py shell -c 'from shop.models import Cart; Cart.objects.all().delete()'",
        "mix run -e 'Shop.Repo.delete_all(Shop.Event)'",
    ]
    static let filteredOrReading: [String] = [
        "bin/rails runner 'Invoice.where(paid: false).delete_all'", "bin/rails runner 'puts Invoice.count'",
        "python manage.py shell -c 'from shop.models import Cart; print(Cart.objects.count())'",
    ]
    static let forcedPushes: [String] = [
        "atlas schema apply -u postgres://localhost/shop_dev --to file://schema.hcl --auto-approve", "schemactl db push --accept-data-loss",
    ]
    static let askingPushes: [String] = ["atlas schema apply -u postgres://localhost/shop_dev --to file://schema.hcl --dry-run", "schemactl db push"]

    @Test(arguments: massDeletes) func aMassDeleteInARunnerDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: filteredOrReading) func aFilteredOneDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: forcedPushes) func aSchemaPushThatDoesNotAskDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: askingPushes) func oneThatAsksDoesNot(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind != .destroy, "\(line)")
    }

    // MARK: SQL mutations written as ALTER, store-named scripts, build tools' schema tasks

    static let alterMutations: [String] = [
        "clickhouse-client -q 'ALTER TABLE events DELETE WHERE 1=1'", "clickhouse-client -q 'ALTER TABLE events UPDATE seen = 0 WHERE true'",
        "clickhouse-client -q 'ALTER TABLE events DELETE WHERE 1'",
    ]
    static let alterChanges: [String] = [
        "clickhouse-client -q \"ALTER TABLE events DELETE WHERE day < '2024-01-01'\"", "clickhouse-client -q 'ALTER TABLE events ADD COLUMN x UInt8'",
    ]
    static let storeScripts: [String] = ["./scripts/wipe-local-db.sh", "bin/reset_database", "./ops/drop-test-schemas.sh"]
    static let otherScripts: [String] = ["./scripts/reset-cache.sh", "./scripts/remove-unused-imports.sh", "bin/setup_database"]
    static let schemaTasks: [String] = ["./gradlew flywayClean", "mvn liquibase:dropAll", "gradle liquibaseDropAll"]
    static let otherTasks: [String] = ["go test ./store -run TestDropTables", "./gradlew flywayInfo", "mvn liquibase:status"]

    @Test(arguments: alterMutations) func anAlterThatEmptiesDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: alterChanges) func anAlterWithAConditionDoesNot(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind != .destroy, "\(line)")
    }
    @Test(arguments: storeScripts) func aScriptNamedForDestroyingAStoreDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: otherScripts) func otherScriptsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: schemaTasks) func aSchemaToolsTaskDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: otherTasks) func otherTasksDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Wrappers and lines

    /// `su -c` runs its script; an unknown program's words end at the line's first operator,
    /// and the commands after it are decided as themselves.
    static let stillStopped: [String] = [
        "su - postgres -c 'dropdb app_dev'", "runuser -l postgres -c 'dropdb app_dev'", "flutter clean && rm -rf ~/Documents/reports",
        "zola build ; dropdb app_dev",
    ]
    static let lines: [String] = ["flutter clean && flutter build apk", "mktemp -d && rm -rf /tmp/e2e-run", "hugo --gc && rm -rf public/drafts"]

    @Test(arguments: stillStopped) func theCommandsRunAreDecided(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: lines) func aProgramsWordsEndAtAnOperator(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    // MARK: Names and messages are data; a looking verb's prune; verbs joined to objects

    static let namesAndMessages: [String] = [
        "alembic revision --autogenerate -m \"drop the audit columns\"", "npx sequelize-cli migration:generate --name purge-old-carts",
        "goose -dir db create drop_legacy_index sql", "schemactl migration new --name wipe-stale-rows", "boxctl global-status --prune",
        "boxctl list --prune", "crictl rmi 3f2a9c1d",
    ]
    static let destroyingVerbs: [String] = [
        "crictl rmp -a", "podctl rmp --all", "boxctl prune --all", "linode-cli nodebalancers configs-delete 11 22",
        "sometool cluster-delete c-42",
    ]

    @Test(arguments: namesAndMessages) func theyAreData(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: destroyingVerbs) func destroyingVerbsStillDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Environments named in more places

    static let production: [String] = [
        "ETCD_ENDPOINTS=https://etcd-prod-2.acme.internal:2379 etcdctl get /config", "PGHOST=db.production.acme.internal psql -c 'select 1'",
        "NATS_SERVERS=nats://nats-prod-1.acme.io:4222,nats://nats-prod-2.acme.io:4222 natsctl stream ls",
        "REDIS_HOST=cache-prod.acme.internal somectl stats", "mvn exec:java -Dapp.env=production",
        "MIX_ENV=prod mix run priv/repo/reindex_search.exs", "DOTNET_ENVIRONMENT=Production dotnet ef migrations list",
        // The application's code run with production's configuration reads production's data,
        // whatever its script is named for (EightyFifthClassesTests).
        "MIX_ENV=prod mix run priv/repo/print_stats.exs",
        "migratectl up \"host=pg-prod.acme.internal dbname=shop user=shop\"", "bq show acme-prod:sales.orders",
        "bq query 'SELECT 1 FROM `acme-prod.sales.orders` LIMIT 1'",
    ]
    static let noOtherEnvironment: [String] = [
        "mvn package -Dspring.profiles.active=prod", "migratectl up \"host=localhost dbname=shop_dev user=shop\"",
        "bq show acme-dev:sales.orders", "PGHOST=localhost psql -c 'select 1'", "MIX_ENV=prod mix compile",
    ]

    @Test(arguments: production) func productionIsNamed(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func noOtherEnvironmentIsNamed(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
