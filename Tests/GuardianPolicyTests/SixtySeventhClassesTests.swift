import Testing
@testable import GuardianPolicy

/// The classes the sixty-seventh held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtySeventhClassesTests {
    /// A kubectl plugin's verb is read after kubectl's own options between them.
    @Test func aPluginsVerbAfterKubectlsOptions() {
        Fixture.expectDestroys("kubectl cnpg -n quarry-dev --context quarry-dev destroy quarry-pg 1")
        Fixture.expectAllowedUnderDev("kubectl cnpg --context quarry-staging -n quarry-staging status quarry-pg")
    }

    /// Columnar data files hold a table's rows: removing one deletes them.
    static let dataFiles: [String] = [
        "rm warehouse/events/2026-10.parquet",
        "unlink exports/customers.avro",
    ]
    @Test(arguments: dataFiles) func aColumnarDataFileRemovedDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test func otherSingleFilesStayLocal() {
        Fixture.expectDoesNotDestroy("rm notes/draft-plan.txt")
    }

    /// coverage.py's parallel data files are written again by the next run.
    @Test func coveragesParallelDataFilesAreScratch() {
        Fixture.expectDoesNotDestroy("rm -f .coverage.*")
        Fixture.expectDestroys("rm -f reports/*.md")
    }
}
