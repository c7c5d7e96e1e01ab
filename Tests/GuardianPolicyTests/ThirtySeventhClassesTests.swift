import Testing
@testable import GuardianPolicy

/// The classes the thirty-seventh held-out corpus's misses named, table by table: each
/// mechanism with lines that must be read its way and hard negatives that must not, written for
/// the mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtySeventhClassesTests {
    /// A platform's `run` hands a local command the environment's variables: the command is
    /// decided as what it is, there (its options with values skipped, `--` or not).
    static let runThere: [String] = [
        "railway run --environment staging npx prisma migrate reset --force", "infisical run --env=staging -- bin/rails db:reset",
        "railway run -s api -e staging -- npm run db:drop",
    ]

    @Test(arguments: runThere) func theCommandIsDecidedThere(_ line: String) {
        let e = Fixture.staging.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line)")
        #expect(e.operation?.kind == .destroy, "\(line): \(String(describing: e.operation))")
    }

    /// A ref's path (`git/refs/heads/production`) and a borg archive's name name production;
    /// a here-string given as words is a SQL client's input; `git rebase --root` rewrites
    /// every commit.
    static let production: [String] = ["gh api -X DELETE repos/acme/shop/git/refs/heads/prod", "borg info /srv/borg/shop::shop-prod-2024-06-01"]
    static let stagingReads: [String] = [#"psql shop_staging -h staging-pg.internal <<< '\dt+'"#, "psql -h staging-db.internal shop <<< 'select count(*) from orders'"]
    static let destroying: [String] = ["git rebase -i --root", "git rebase --root --exec 'npm test'", "psql shop_dev <<< 'TRUNCATE sessions'"]
    static let notDestroying: [String] = ["git rebase -i HEAD~3", "git rebase --abort"]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: stagingReads) func stagingReadsRun(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: destroying) func theseDestroy(_ line: String) { #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)") }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
