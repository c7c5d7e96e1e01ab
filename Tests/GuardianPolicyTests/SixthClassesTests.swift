import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the sixth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (made-up tools and names), not taken from any corpus.
struct SixthClassesTests {
    // MARK: Operations

    static let destroy: [String] = [
        // Verbs outside the vocabulary, and destroying words joined to what they act on.
        "dbtool ring clean ring-a", "backupctl --stanza=main expire --set=full-1", "changes abandon xyz", "imgtool rmi --all",
        "nodeadm clearsnapshot --all", "nodeadm truncatehints", "kvadmin deletekeyspace orders",
        // A destroying verb after a group named like a stop word.
        "orchestrator run wipe", "certctl x uninstall",
        // Restores that replace what they restore into.
        "backupctl --stanza=main --delta restore", "pitr recover main latest /var/lib/pgsql/data",
        "graphadmin database load --overwrite-destination=true graph", "jj restore src/app.ts", "jj op restore abc123",
        "replicactl -- --overwrite-data-of-peer primary r0", "snaptool restore latest --target /srv/app --delete",
        // DDL and commands handed to another grammar.
        "schemashift --alter 'DROP COLUMN legacy' --table orders --execute", "authadmin -q 'delete_user -force bob'",
        "shareclient //files.example.com/docs -c 'deltree old'", "docshell --javascript.execute-string 'db._drop(\"users\")'",
        "graphshell 'MATCH (n) DETACH DELETE n'", "multidb sql 'REMOVE TABLE sessions'", "litesql 'DROP TABLE foo'",
        // Destroying flag spellings.
        "iptables -t nat -F", "ip6tables --flush INPUT", "paasctl api --path /apps/web/delete --method POST",
        "pitr backup-fetch /var/lib/pgsql/data LATEST", "keychain --delete-secret-and-public-key ABCD1234", "jj git push --force --bookmark main",
    ]

    static let notDestroy: [String] = [
        "buildtool clean", "cachetool cache clean", "webgen clean", "backupctl --stanza=main info", "jj log",
        "nodeadm status", "orchestrator run list", "certctl x version", "snaptool restore latest --target /tmp/check",
        "snaptool restore latest --target /srv/app --delete --dry-run", "graphadmin database load --overwrite-destination=false graph",
        "schemashift --alter 'DROP COLUMN legacy' --table orders", "schemashift --alter 'ADD COLUMN note text' --table orders --execute",
        "authadmin -q 'list_users'", "graphshell 'MATCH (n) RETURN count(n)'", "litesql 'SELECT * FROM foo'",
        "iptables -L -n", "keychain --list-secret-keys", "wal-g delete retain FULL 3", "kops delete cluster --name test.k8s.local",
        "sg_format --long /dev/sg2", "vcs3 purge --print", "notes add 'drop the old idea'", "paasctl api --path /apps/web/logs", "pitr backup-fetch /tmp/restore LATEST",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Targets

    static let production: [String] = [
        // Short host options of tools no list knows.
        "repacker -h db-prod-1 -d shop", "ldaptool -H ldap://ldap.prod.example.com -x -f changes.ldif",
        "graphshell -a neo4j://graph.prod.example.com:7687 'MATCH (n) RETURN n'", "kvstore -h cache.prod.internal FLUSHALL",
        "cqlsh cassandra-prod-1.example.com 9042",
        // DSN keys, settings and shares naming a production host.
        "archiver --source h=prod-db,D=shop,t=orders --purge", "idtool -e server=ipa.prod.example.com user-show bob",
        "shareclient //files.prod.example.com/docs -c ls", "vmctl -s hypervisor-prod.example.com vm-list",
        // Configuration files and directories.
        "STORE_CONF=/etc/store/prod.conf storectl pool delete cache", "PIPELINE_HOME=/srv/pipelines/prod pipectl run wipe",
        "janitor --config /etc/janitor/prod.yml", "replicator -config /etc/replicator-production.yml", "tunnelctl up /etc/tunnels/prod.conf",
        "clustertool move --to-kubeconfig ~/.kube/prod.yaml",
        // Registry references without a scheme.
        "artifacttool push registry.example.com/prod/app:1.2 ./dist", "signer sign registry.prod.example.com/app@sha256:abc",
        // Secret stores' paths.
        "sops -d secrets/production.enc.yaml", "gopass show prod/db/password",
        // Resource names in options of a verb that acts; single-dash long options.
        "backupctl --stanza=prod-main backup", "forge pulls --repo acme/infra-production", "appstack install --param environment=production",
        "accessctl connect ssh -target-scope-name production",
    ]

    static let noTarget: [String] = [
        "repacker -h db-dev-1 -d shop", "kvstore -h localhost FLUSHALL", "archiver --source h=localhost,D=shop,t=orders --purge",
        "janitor --config /etc/janitor/dev.yml", "artifacttool push registry.example.com/dev/app:1.2 ./dist",
        "gopass show dev/db/password", "backupctl --stanza=main backup", "webpackish build --mode production",
        "STORE_CONF=/etc/store/dev.conf storectl pool delete cache", "forge pulls --repo acme/infra",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: noTarget) func namesNoProduction(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }
}
