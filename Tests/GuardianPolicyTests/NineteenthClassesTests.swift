import Testing
@testable import GuardianPolicy

/// The classes the nineteenth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other tools, names and spellings, several made up: `jobsctl`, `stshopprod`), not
/// taken from any corpus.
struct NineteenthClassesTests {
    // MARK: Destroying forms

    static let destroying: [String] = [
        #"mongosh "mongodb://127.0.0.1/shop" --eval "db.carts.updateMany({}, {\$set: {items: []}})""#, "redis-cli XGROUP DESTROY orders mailers",
        "gsutil rsync -r ./site gs://shop-dev-site --delete-unmatched-destination-objects", "rm -rf exports/*", "rm -rf ./src",
        "php artisan migrate:rollback --step=3", "mix ecto.rollback --step 2", "jobsctl migrate down 4", "alembic downgrade -2",
        "sed -i '1,$d' NOTES.md",
        // One migration undone drops what it made too (TwentySixthClassesTests).
        "php artisan migrate:rollback --step=1", "mix ecto.rollback", "jobsctl migrate down 1", "alembic downgrade -1",
    ]
    static let notDestroying: [String] = [
        #"mongosh "mongodb://127.0.0.1/shop" --eval "db.carts.updateMany({owner: 7}, {\$set: {items: []}})""#, "redis-cli XGROUP CREATE orders mailers $",
        "rm -rf exports/tmp-preview", "rm -rf src/generated/__pycache__", "php artisan migrate:status", "mix ecto.migrations",
        "alembic downgrade -1 --sql", "sed -i '1d' NOTES.md", "opam remove ppx_inline_test", "cabal clean",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Ansible's modules that only look

    static let looking: [String] = [
        "ansible -i inventories/staging/hosts.yml web -m stat -a path=/etc/nginx/nginx.conf",
        "ansible -i inventories/staging/hosts.yml db -m ansible.builtin.package_facts",
    ]

    @Test(arguments: looking) func lookingModulesReadStaging(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aChangingModuleIsAWriteToStaging() {
        #expect(Fixture.dev.evaluate(Fixture.exec("ansible -i inventories/staging/hosts.yml web -m file -a 'path=/tmp/x state=touch'")).decision == .deny)
    }

    // MARK: Where a command connects or whose credentials it uses

    static let production: [String] = [
        #"duckdb -c "ATTACH 'postgres://ro@pg-prod-2.internal/shop' AS p (TYPE postgres, READ_ONLY); SELECT 1;""#,
        #"curl -H "Authorization: Bearer $SHOP_PROD_ADMIN_TOKEN" https://api.example.com/v1/me"#,
        "psql ${PRODUCTION_DATABASE_URL} -c 'select 1'", "az storage blob list --account-name stshopprod --container-name media",
    ]
    static let elsewhere: [String] = [
        #"duckdb -c "ATTACH 'postgres://ro@localhost/shop' AS p (TYPE postgres); SELECT 1;""#,
        #"curl -H "Authorization: Bearer $SHOP_API_TOKEN" https://api.example.com/v1/me"#, "psql $DATABASE_URL -c 'select 1'",
        "az storage blob list --account-name stproductimages --container-name media",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseDoNotNameIt(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
