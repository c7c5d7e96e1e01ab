import Testing
@testable import GuardianPolicy

/// The classes the fifty-fifth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftyFifthClassesTests {
    /// Printing the SQL a schema command would run (Doctrine's `--dump-sql`) runs nothing.
    @Test func printingTheSQLRunsNothing() {
        Fixture.expectAllowedUnderDev("php bin/console doctrine:schema:drop --dump-sql")
        Fixture.expectAllowedUnderDev("php bin/console doctrine:schema:update --dump-sql")
        Fixture.expectDestroys("php bin/console doctrine:schema:drop --full-database --force")
    }

    /// A Rails or Rake task run with RAILS_ENV (or RACK_ENV) set acts on that environment's
    /// database, unless it only builds or checks here.
    static let railsTasks: [String] = [
        "RAILS_ENV=production bundle exec rake invoices:reissue", "RACK_ENV=production rake orders:backfill_totals",
        "env RAILS_ENV=production bin/rails accounts:merge_duplicates",
    ]
    @Test(arguments: railsTasks) func aTaskRunWithAnEnvironmentActsThere(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func aBuildOrACheckDoesNot() {
        Fixture.expectNamesNoOtherEnvironment("RAILS_ENV=production bundle exec rake assets:precompile")
        Fixture.expectNamesNoOtherEnvironment("RAILS_ENV=test bundle exec rake invoices:reissue")
    }

    /// A remote branch deleted is named for whose work it holds, in any of its words; a push
    /// of such a branch, without deleting it, deploys nothing.
    static let deletedBranches: [String] = [
        "git push origin --delete prod-hotfix-ledger-rounding", "git push upstream :production-fix-2026-12",
        "git push -d origin refs/heads/release-production-4.2",
    ]
    @Test(arguments: deletedBranches) func aDeletedBranchNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherBranchesAndPushesNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("git push origin --delete feature/ledger-rounding")
        Fixture.expectNamesNoOtherEnvironment("git push origin prod-hotfix-ledger-rounding")
        Fixture.expectNamesNoOtherEnvironment("git push -u origin feature/production-fix")
    }
}
