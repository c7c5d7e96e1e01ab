import Testing
@testable import GuardianPolicy

/// The classes the fiftieth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftiethClassesTests {
    /// Keycloak's admin CLI acts in a realm: `-r`, `--target-realm` and a `realms/NAME` path
    /// name it, and a realm named for production is production.
    static let productionRealms: [String] = [
        "kcadm.sh get clients -r orchard-prod", "kcadm.sh get users --target-realm orchard-production -q username=ana",
        "kcadm.sh get realms/orchard-production/roles", "kcadm.sh update realms/prd -s enabled=false",
    ]
    @Test(arguments: productionRealms) func aRealmNamesTheEnvironment(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func aStagingRealmIsReadUnderDevAndItsDeletesHeld() {
        Fixture.expectAllowedUnderDev("kcadm.sh get groups -r orchard-staging")
        Fixture.expectDestroys("kcadm.sh delete groups/7f3a -r orchard-stg")
        Fixture.expectNamesNoOtherEnvironment("kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin")
    }

    /// PHP code given to a framework's console deletes every row through the query builder's
    /// arrow calls as through Ruby's or Python's dots; a condition before the delete filters it.
    static let consoleDeletes: [String] = [
        "php artisan tinker --execute='DB::table(\"password_resets\")->truncate();'",
        "php artisan tinker --execute='DB::table(\"failed_jobs\")->delete();'",
        "php artisan tinker --execute='App\\Models\\Order::query()->delete();'",
        "php artisan tinker --execute='Schema::drop(\"legacy_imports\");'",
    ]
    @Test(arguments: consoleDeletes) func consoleCodeThatEmptiesATableDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let consoleReads: [String] = [
        "php artisan tinker --execute='DB::table(\"failed_jobs\")->where(\"id\", 12)->delete();'",
        "php artisan tinker --execute='echo DB::table(\"orders\")->count();'",
        "php artisan tinker --execute='dump(Schema::hasTable(\"legacy_imports\"));'",
    ]
    @Test(arguments: consoleReads) func consoleCodeThatFiltersOrReadsDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Scanners and cost estimators of infrastructure code read what they are pointed at, so a
    /// staging directory's scan is allowed under dev; `trivy clean` and `infracost comment`
    /// (which posts to a pull request) are not such reads.
    static let scans: [String] = [
        "trivy config infra/stacks/staging", "trivy fs --scanners misconfig deploy/stg", "infracost breakdown --path terraform/envs/staging",
        "infracost output --path /tmp/infracost-staging.json --format table", "checkov -d infra/stacks/staging --compact", "tfsec deploy/stg",
    ]
    @Test(arguments: scans) func scansOfStagingCodeAreAllowedUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aScanOfProductionCodeNamesProduction() {
        Fixture.expectNamesProduction("infracost breakdown --path terraform/envs/production")
        #expect(CommandModelTests.op("trivy clean --all")?.kind != .read)
        #expect(CommandModelTests.op("infracost comment github --path out.json --repo o/r --pull-request 4")?.kind != .read)
    }
}
