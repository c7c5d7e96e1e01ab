import Testing
@testable import GuardianPolicy

/// The classes the eighteenth held-out corpus's misses named, table by table: each mechanism with
/// lines that must be read its way and hard negatives that must not, written for the mechanism
/// (other tools, services and names, several made up: `notesctl`, `shopapi`), not taken from any
/// corpus.
struct EighteenthClassesTests {
    // MARK: SQL a cloud service runs, given as an option; destroying plans, patterns, schedules

    static let destroying: [String] = [
        #"aws athena start-query-execution --query-string "TRUNCATE TABLE sales.events" --work-group dev"#,
        #"aws redshift-data execute-statement --workgroup-name dev-wg --database shop --sql "DROP TABLE tmp.orders""#,
        #"gcloud spanner databases execute-sql shop --instance=dev-spanner --sql="DELETE FROM Carts WHERE 1=1""#,
        "terraform apply destroy.tfplan", "tofu -chdir=infra apply plan-destroy.out", "rm notes/*.md", "rm -f src/**/*.ts",
        "rm -rf db/migrations", "oci kms vault schedule-vault-deletion --vault-id ocid1.vault.oc1..v",
    ]
    static let notDestroying: [String] = [
        #"aws athena start-query-execution --query-string "SELECT count(*) FROM sales.events" --work-group dev"#,
        #"gcloud spanner databases execute-sql shop --instance=dev-spanner --sql="DELETE FROM Carts WHERE id = 7""#,
        "terraform apply tfplan", "terraform plan -destroy -out=destroy.tfplan", "rm -f *.pyc", "rm -f build/*.o", "rm /tmp/notes-*.md",
        "oci kms management key cancel-key-deletion --key-id ocid1.key.oc1..k",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Reads: looking verbs joined to their object, copies down, decryption, a dry run in
    // any case, a conflict's side taken, a platform's variables pulled, a CDN cache purged

    static let reads: [String] = [
        "az acr repository show-tags --name crshopstaging --repository api", "az keyvault secret list-deleted --vault-name kv-shop-staging",
        "aws s3 cp s3://shop-staging-fixtures/seed.json ./fixtures/seed.json", "aws s3 sync s3://shop-staging-fixtures ./fixtures",
        "sops -d secrets/staging.enc.yaml", "vercel env pull .env.local --environment=preview",
    ]
    static let writes: [String] = [
        "aws s3 cp ./fixtures/seed.json s3://shop-staging-fixtures/seed.json", "aws s3 sync s3://shop-staging-fixtures ./fixtures --delete",
        "sops -d -i secrets/staging.enc.yaml", "az keyvault secret delete --vault-name kv-shop-staging --name db",
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: writes) func writesToStagingAreDeniedUnderDev(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    static let harmless: [String] = [
        "aliyun ecs DeleteInstances --RegionId cn-hangzhou --InstanceId.1 i-abc --DryRun true", "git checkout --theirs yarn.lock",
        "git checkout --ours db/schema.rb", #"curl -X POST "https://api.cloudflare.com/client/v4/zones/z1/purge_cache" --data '{"files":["https://example.com/a.css"]}'"#,
    ]
    static let notHarmless: [String] = [
        "aliyun ecs DeleteInstances --RegionId cn-hangzhou --InstanceId.1 i-abc --DryRun false", "git checkout -- yarn.lock",
        #"curl -X POST "https://api.example.com/v1/zones/z1/purge_records""#,
    ]

    @Test(arguments: harmless) func theseChangeNothingLost(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: notHarmless) func theseStillDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Where a remote API's URL acts; a public host's top-level domain

    static let production: [String] = [
        "curl -X DELETE https://api.shopapi.io/v1/apps/shop-api-prod/volumes/vol_1",
        #"curl "https://api.render.example/v1/services?name=shop-web-prod""#,
        "curl https://gitlab.example.com/api/v4/projects/7/environments?name=production",
    ]
    static let notProduction: [String] = [
        "curl https://docs.example.net/guides/production-checklist", "curl https://github.com/acme/live-chat",
        "curl https://api.example.dev/v1/apps/shop-api-dev", "curl https://shop.example.live/health",
    ]

    @Test(arguments: production) func anAPIsResourceNamingProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notProduction) func pagesReposAndTLDsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
