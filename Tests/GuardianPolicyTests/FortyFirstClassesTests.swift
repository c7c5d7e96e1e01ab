import Testing
@testable import GuardianPolicy

/// The classes the forty-first held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyFirstClassesTests {
    /// A URL wrapped in another scheme, a Databricks file system path and a bq dataset's
    /// project name their environment.
    static let production: [String] = [
        "spark-submit --master k8s://https://api.prod-eks.shop.internal:443 --class Compact app.jar",
        "databricks fs rm -r dbfs:/mnt/shop-production/tmp", "bq show --format=prettyjson shop-prod-4410:orders",
    ]
    static let staging: [String] = ["databricks fs ls dbfs:/mnt/shop-staging/raw", "bq ls shop-staging-9:events"]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: staging) func stagingReadsRun(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aWrappedURLsHost() {
        #expect(TargetExtractor.host(in: "k8s://https://api.prod-eks.shop.internal:443") == "api.prod-eks.shop.internal")
        #expect(TargetExtractor.host(in: "spark://spark-master.stg.shop.internal:7077") == "spark-master.stg.shop.internal")
        #expect(TargetExtractor.host(in: "https://user@db.shop.io:5432/x") == "db.shop.io")
    }

    /// HTTPie's and xh's `--offline` only print the request.
    static let offline: [String] = ["http --offline DELETE api.shop.dev/v1/carts/9", "xh --offline delete https://api.github.com/repos/acme/shop"]
    @Test(arguments: offline) func offlineRequestsChangeNothing(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func sentRequestsStillDelete() { Fixture.expectDestroys("http DELETE https://api.github.com/repos/acme/shop") }

    /// The command `git submodule foreach` runs, given as one word, is decided as it is.
    static let foreachDestroys: [String] = ["git submodule foreach 'git reset --hard'", "git submodule foreach --recursive 'git clean -ffdx'"]
    static let foreachReads: [String] = ["git submodule foreach --quiet 'git rev-parse HEAD'"]
    @Test(arguments: foreachDestroys) func foreachThatDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: foreachReads) func foreachThatReads(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
