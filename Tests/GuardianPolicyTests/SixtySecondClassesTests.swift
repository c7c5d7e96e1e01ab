import Testing
@testable import GuardianPolicy

/// The classes the sixty-second held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtySecondClassesTests {
    /// A task runner's `--dry` prints the commands a task would run.
    @Test func aTaskRunnersDryRunRunsNothing() {
        Fixture.expectDoesNotDestroy("task --dry db:drop")
        Fixture.expectDestroys("task db:drop")
    }

    /// A platform's Redis shell given a flush on its input empties the store.
    @Test func aFlushGivenToAPlatformsRedisShellDestroys() {
        Fixture.expectDestroys("heroku redis:cli -a quarry-dev --confirm quarry-dev <<< 'FLUSHALL'")
        Fixture.expectDoesNotDestroy("heroku redis:cli -a quarry-dev --confirm quarry-dev <<< 'INFO keyspace'")
    }

    /// Counters shown read, of staging too.
    @Test func statsRead() {
        Fixture.expectAllowedUnderDev("quarry queues stats mailers --env staging")
    }

    /// Refs printed with a `:` in front and handed to `git push` are deleted.
    static let deletes: [String] = [
        "git ls-remote --heads origin 'feature/*' | awk '{print \":\"$2}' | xargs git push origin",
        "git tag -l 'rc-*' | sed 's/^/:/' | xargs -n 20 git push origin",
    ]
    @Test(arguments: deletes) func printedDeleteRefspecsPushedDestroy(_ line: String) { Fixture.expectLineDestroys(line) }
    @Test func printedRefsPushedWholeDoNot() {
        let e = Fixture.dev.evaluate(Fixture.exec("git tag -l 'rc-*' | xargs -n 20 git push origin"))
        #expect(e.operation?.kind != .destroy, "\(String(describing: e.operation))")
    }
}
