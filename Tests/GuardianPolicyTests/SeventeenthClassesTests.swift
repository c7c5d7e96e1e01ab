import Testing
@testable import GuardianPolicy

/// The classes the seventeenth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other tools, names and spellings, several made up: `opsctl`, `queuectl`,
/// `shopctl`, `storectl`), not taken from any corpus.
struct SeventeenthClassesTests {
    // MARK: GraphQL mutations that delete, in a command's data

    static let mutations: [String] = [
        #"curl -X POST https://api.example.dev/graphql -d '{"query":"mutation { serviceDelete(id: \"svc-1\") }"}'"#,
        #"gh api graphql -f query='mutation { deleteRepository(input: {repositoryId: "R_1"}) { clientMutationId } }'"#,
        #"curl -X POST http://127.0.0.1:8080/v1/graphql -d '{"query":"mutation Purge { delete_events(where: {}) { affected_rows } }"}'"#,
        #"xh POST https://api.example.dev/graphql query='mutation { a: dropTable(name: "t") { ok } }'"#,
    ]
    static let notDestroying: [String] = [
        #"curl -X POST http://127.0.0.1:8080/v1/graphql -d '{"query":"mutation { delete_events(where: {id: {_eq: 7}}) { affected_rows } }"}'"#,
        #"curl -X POST http://127.0.0.1:8080/v1/graphql -d '{"query":"mutation { delete_events_by_pk(id: 7) { id } }"}'"#,
        #"curl -X POST https://api.example.dev/graphql -d '{"query":"mutation { serviceUpdate(id: \"svc-1\", input: {name: \"delete-me\"}) { id } }"}'"#,
        #"gh api graphql -f query='query { viewer { login } }'"#, #"git commit -m "mutation { deleteRef } is now refused""#,
    ]

    @Test(arguments: mutations) func aDeletingMutationDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notDestroying) func oneByKeyAFilterOrAnotherFieldDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: What a command's input says, through a runner too

    static let fedDestroying: [String] = [
        #"echo 'DROP TABLE "Invoice";' | npx prisma db execute --stdin"#, #"echo "volume.delete -volumeId 3" | weed shell"#,
        #"echo "bucket.delete -name media" | storectl shell"#,
    ]
    static let fedReading: [String] = [#"echo 'SELECT 1;' | npx prisma db execute --stdin"#, #"echo "volume.list" | weed shell"#]

    @Test(arguments: fedDestroying) func destroyingInputDestroys(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: fedReading) func readingInputDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Job queues emptied; data directories removed; admin paths that delete

    static let emptied: [String] = [
        "php artisan queue:flush", "php artisan queue:clear sqs --queue=mail", "php artisan horizon:clear", "rm -rf storage/uploads",
        "rm -rf ./pg_data", "rm -r var/backups/", #"curl "http://localhost:9333/admin/collection/delete?collection=pics""#,
        "curl -X POST http://127.0.0.1:8080/_admin/drop_index?name=events",
    ]
    static let kept: [String] = [
        "php artisan queue:work", "php artisan queue:failed", "php artisan cache:clear", "rm -rf storage/logs", "rm -rf /tmp/data",
        "rm -rf build/data-cache", #"curl "http://localhost:9333/admin/collection/list""#, "curl http://localhost:3000/api/items/delete-preview",
    ]

    @Test(arguments: emptied) func queuesDataAndAdminDeletesDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: kept) func logsScratchAndListingsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Tools' own forms: vault paths that act, redis cluster commands, MinIO's admin, a
    // colon path with a version, a flag that deletes data anywhere

    static let toolForms: [String] = [
        "vault write -f transit/keys/orders/trim min_available_version=3", "vault write -f sys/leases/revoke-prefix/aws/creds/ci",
        "redis-cli --cluster call 10.0.0.5:7000 FLUSHDB", "redis-cli -c -p 7001 CLUSTER FLUSHSLOTS", "redis-cli -p 7002 CLUSTER RESET SOFT",
        "mc admin user rm local ci-bot", "twilio api:studio:v2:flows:remove --sid FW123", "az backup protection disable --item-name vm1 --delete-backup-data true --yes",
    ]
    static let toolFormsKept: [String] = [
        "vault write transit/encrypt/orders plaintext=aGk=", "vault read sys/leases/lookup", "redis-cli --cluster check 10.0.0.5:7000",
        "redis-cli -c -p 7001 CLUSTER INFO", "mc admin info local", "twilio api:studio:v2:flows:list", "az backup protection disable --item-name vm1 --yes --delete-backup-data false",
    ]

    @Test(arguments: toolForms) func theseToolFormsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: toolFormsKept) func theirOtherFormsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Changes nothing, or nothing that is not made again: help after option values,
    // check mode, space used, a tool's plugins, clean-up tasks' reports, CDN purges

    static let harmless: [String] = [
        "java -jar opsctl.jar -s http://localhost:8080/ help delete-job", "awx job_templates launch 12 --job_type check --monitor",
        "mc du --recursive local/media", "opsctl plugins:uninstall @acme/opsctl-extra", "grafana cli plugins remove some-panel",
        "gitlab-rake gitlab:cleanup:orphan_job_artifact_files", "akamai purge invalidate https://www.example.com/pricing",
        "fastly purge --all --service-id abc123", "akamai purge list",
    ]
    static let notHarmless: [String] = [
        "gitlab-rake gitlab:cleanup:orphan_job_artifact_files DRY_RUN=false", "awx job_templates delete 12", "opsctl jobs delete nightly",
        "fastly service delete --service-id abc123",
    ]

    @Test(arguments: harmless) func theseDoNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: notHarmless) func theseStillDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Where a command acts: Rails' and Alembic's environments, a run's variables, a
    // machine image's variables, MinIO's alias, a project CLI's environment variable

    static let production: [String] = [
        "bin/rails console -e production", "rails runner -e production 'Order.count'", "alembic -n production current",
        "az pipelines run --name deploy --variables env=production", "packer build -var-file=vars/prod.pkrvars.hcl image.pkr.hcl",
        "mc admin info prod", "ENVIRONMENT=production ./bin/shopctl orders:export --since 2026-01-01",
    ]
    static let elsewhere: [String] = [
        "bin/rails console -e development", "bin/rails assets:precompile -e production", "alembic -n dev upgrade head",
        "packer validate -var-file=vars/prod.pkrvars.hcl image.pkr.hcl", "mc admin info local", "ENVIRONMENT=production ./bin/shopctl build",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
