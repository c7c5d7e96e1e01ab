import Testing
@testable import GuardianPolicy

/// The classes the thirteenth held-out corpus's destroying and benign misses named, table by
/// table: each mechanism with lines that must get it and lines that must not. The lines are
/// written for the mechanism, with other tools (several made up: `replctl`, `dbadm`) and other
/// names, not taken from any corpus.
struct ThirteenthClassesTests {
    // MARK: git: a file's uncommitted changes overwritten, tags deleted

    static let discardsChanges: [String] = [
        "git restore lib/billing.rb", "git restore CHANGELOG.md docs/setup.md", "git checkout -- Cargo.toml",
        "git checkout HEAD -- web/index.html", "git restore --source=origin/main -- api/handlers.go", "git checkout styles/main.scss",
        "git tag -d v0.9.0-rc1", "git tag --delete nightly-2024-05-01 nightly-2024-05-02",
    ]
    static let keepsChanges: [String] = [
        "git restore --staged lib/billing.rb", "git checkout release-2.4", "git checkout feature/invoice-pdf", "git checkout -b fix/totals.rb",
        "git checkout v2.0", "git checkout HEAD~3", "git tag -a v1.4.0 -m 'release 1.4.0'", "git tag --list 'v1.*'",
    ]

    @Test(arguments: discardsChanges) func overwritingAFileOrDeletingATagDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: keepsChanges) func branchesStagingAndNewTagsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: kubectl: a plugin's verbs, and cordon

    static let pluginDestroys: [String] = [
        "kubectl rabbitmq delete orders-mq", "kubectl directpv purge --all", "kubectl -n data mongo destroy replica-1",
    ]
    static let pluginDoesNot: [String] = [
        "kubectl rabbitmq list", "kubectl directpv info", "kubectl cordon worker-7", "kubectl uncordon worker-7",
        "kubectl tree deployment api", "kubectl -n data get pods",
    ]

    @Test(arguments: pluginDestroys) func aPluginsDestroyingVerbDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: pluginDoesNot) func aPluginsLookingVerbAndCordonDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Redis: containers flushed, streams, lists and sorted sets emptied

    static let redisEmpties: [String] = [
        "redis-cli -h 127.0.0.1 FUNCTION FLUSH ASYNC", "valkey-cli SCRIPT FLUSH", "redis-cli XTRIM audit:stream MAXLEN = 0",
        "redis-cli XTRIM jobs MAXLEN ~ 0", "redis-cli LTRIM queue:mail 5 0", "redis-cli ZREMRANGEBYRANK leaderboard 0 -1",
        "redis-cli ZREMRANGEBYSCORE delayed -inf +inf", "keydb-cli ZREMRANGEBYLEX names - +",
    ]
    static let redisKeeps: [String] = [
        "redis-cli XTRIM audit:stream MAXLEN 10000", "redis-cli LTRIM queue:mail 0 99", "redis-cli ZREMRANGEBYRANK leaderboard 0 9",
        "redis-cli ZREMRANGEBYSCORE delayed -inf 1700000000", "redis-cli FUNCTION LIST", "redis-cli SCRIPT EXISTS abc123",
        "redis-cli GET flush",
    ]

    @Test(arguments: redisEmpties) func emptyingWhatAKeyHoldsDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: redisKeeps) func trimmingPartOfItDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: SQL: replication logs reset or purged, functions called to drop

    static let sqlDestroys: [String] = [
        "mysql -e 'RESET BINARY LOGS AND GTIDS'", "mariadb -u root -e 'RESET REPLICA ALL'", "mysql -e \"PURGE MASTER LOGS TO 'mysql-bin.000120'\"",
        "psql -c \"SELECT drop_chunks('metrics', older_than => INTERVAL '3 months')\"", "psql app_dev -c 'CALL purge_expired_sessions()'",
        "psql -c \"select pg_drop_replication_slot(slot_name) from pg_replication_slots\"",
    ]
    static let sqlDoesNot: [String] = [
        "psql -c 'RESET search_path'", "psql -c 'RESET ALL'", "mysql -e 'SHOW BINARY LOGS'",
        "psql -c \"SELECT count(*) FROM dropped_items WHERE is_deleted(id)\"", "psql -c \"SELECT 'drop_table(x)' AS note\"",
    ]

    @Test(arguments: sqlDestroys) func resettingLogsAndDroppingCallsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: sqlDoesNot) func settingsAndNamesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: HTTP: a URL written without its scheme; delete by query with a selective query

    static let httpDestroys: [String] = [
        "curl -X DELETE localhost:5984/inventory", "curl -XPOST 'localhost:9200/audit-*/_delete_by_query' -d '{\"query\":{\"match_all\":{}}}'",
        "curl -X POST search-2:9200/orders/_delete_by_query", "curl -X DELETE elastic-1:9200/logs-2024.05",
    ]
    static let httpDoesNot: [String] = [
        "curl localhost:9200/_cat/indices", "curl -X DELETE localhost:3000/api/todos/7",
        "curl -XPOST localhost:9200/logs/_delete_by_query -d '{\"query\":{\"range\":{\"@timestamp\":{\"lt\":\"now-30d\"}}}}'",
        "curl -XPOST localhost:9200/users/_delete_by_query -d '{\"query\":{\"term\":{\"tenant\":\"demo\"}}}'",
    ]

    @Test(arguments: httpDestroys) func schemelessURLsAreReadAsURLs(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: httpDoesNot) func readsTheAppsOwnServerAndSelectiveDeletesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Settings and flags that empty: a retention cut to nothing, a full refresh

    static let settingsDestroy: [String] = [
        "kafka-configs --bootstrap-server kafka-1:9092 --alter --entity-type topics --entity-name clicks --add-config retention.ms=100",
        "rpk topic alter-config clicks --set retention.ms=500", "kafka-configs --alter --entity-type topics --entity-name x --add-config retention.bytes=0,cleanup.policy=delete",
        "dbt build --full-refresh -s orders", "dataform run --full-refresh",
    ]
    static let settingsDoNot: [String] = [
        "kafka-configs --bootstrap-server kafka-1:9092 --alter --entity-type topics --entity-name clicks --add-config retention.ms=604800000",
        "rpk topic alter-config clicks --set retention.ms=-1", "dbt build -s orders", "dbt run --select orders+",
    ]

    @Test(arguments: settingsDestroy) func aRetentionOfNothingOrAFullRefreshDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: settingsDoNot) func otherRetentionsAndRunsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Verbs: disabling a secrets engine, flushing a rule set, re-initialising, cloning over, seeking past now

    static let verbsDestroy: [String] = [
        "bao secrets disable transit/", "bao auth disable github/", "nft flush chain ip filter input", "nft flush table inet nat",
        "replctl node reinit db-3", "dbadm replica clone --force --from db-1", "gcloud pubsub subscriptions seek billing-sub --time=2099-01-01T00:00:00Z",
    ]
    static let verbsDoNot: [String] = [
        "bao secrets list", "bao audit disable file/", "nft list ruleset", "ip route flush cache", "dbadm replica clone --from db-1",
        "gcloud pubsub subscriptions seek billing-sub --time=2020-01-01T00:00:00Z", "gcloud pubsub subscriptions seek billing-sub --snapshot=before-deploy",
    ]

    @Test(arguments: verbsDestroy) func verbsThatEmptyDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: verbsDoNot) func theirLookingAndReversibleFormsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Files: everything a variable's directory holds; scratch databases; bounded finds

    static let filesDestroy: [String] = [
        "rm -rf \"$EXPORT_DIR\"/*", "rm -r ${SNAPSHOTS}/*", "find . -name '*.json' -o -path './build/*' -delete",
    ]
    static let filesDoNot: [String] = [
        "rm -rf \"$EXPORT_DIR\"/partial", "rm -f /tmp/pytest-of-root/test.sqlite3", "rm -f /var/tmp/ci-*.db",
        "find . -path './build/*' -name '*.json' -delete", "find . -name '*.log' -path '*/node_modules/*' -delete",
    ]

    @Test(arguments: filesDestroy) func deletingWhatTheLineDoesNotBoundDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: filesDoNot) func scratchAndBoundedDeletesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Catalog: mysqladmin's reading commands, archiving a repository

    @Test(arguments: ["mysqladmin -u root status", "mysqladmin -h db-2 -u ops processlist", "mysqladmin -u root flush-hosts", "gh repo archive acme/old-site --yes"])
    func readingAndArchivingAreAllowed(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    @Test(arguments: ["mysqladmin -u root -f drop scratch", "gh repo delete acme/old-site --yes"])
    func droppingAndDeletingAsk(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
}
