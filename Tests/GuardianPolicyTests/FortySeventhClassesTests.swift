import Testing
@testable import GuardianPolicy

/// The classes the forty-seventh held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortySeventhClassesTests {
    /// Credentials invalidated are revoked; a cache invalidated is only fetched again.
    static let invalidated: [String] = [
        "turso db tokens invalidate shop-db --yes", "acme-cli sessions invalidate --all", "vendorctl api-keys invalidate key_123",
    ]
    @Test(arguments: invalidated) func invalidatedCredentialsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test func anInvalidatedCacheIsNotDestroyed() {
        #expect(CommandModelTests.op("cdnctl cache invalidate --path '/*'")?.kind == .write)
    }

    /// A listing that selects an environment's items by name with a jq filter, its own or
    /// piped, reads that environment's; an excluding filter does not.
    static let selected: [String] = [
        "gh run list --workflow release.yml --json headBranch,status --jq '.[] | select(.headBranch == \"prod\")'",
        "doctl kubernetes cluster list -o json | jq -r '.[] | select(.name | startswith(\"shop-production\")) | .id'",
    ]
    @Test(arguments: selected) func selectionsNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func anExcludingFilterNamesNothing() {
        let line = "gh run list --json headBranch --jq '.[] | select(.headBranch != \"production\")'"
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).environment != "production", "\(line)")
    }

    /// Tools that audit a live cluster by reading it read, of staging too.
    static let audits: [String] = [
        "popeye --context shop-stg -n shop-staging", "kubent --context shop-staging", "pluto detect-helm --kube-context shop-staging",
        "kubescape scan --kube-context shop-staging",
    ]
    @Test(arguments: audits) func auditsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func anAuditorThatRewritesFilesIsNotARead() {
        #expect(CommandModelTests.op("polaris fix --files-path k8s/")?.kind != .read)
    }

    /// A job queue emptied from a framework's runner destroys; looking at it does not.
    static let queuesEmptied: [String] = [
        "bin/rails runner 'Sidekiq::DeadSet.new.clear'", "bundle exec rails runner 'Sidekiq::Queue.new(\"mailers\").clear'",
        "bin/rails runner 'Redis.new.flushdb'",
    ]
    @Test(arguments: queuesEmptied) func queuesEmptiedDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test func lookingAtAQueueDoesNot() {
        Fixture.expectDoesNotDestroy("bin/rails runner 'puts Sidekiq::Queue.new.size'")
        Fixture.expectDoesNotDestroy("bin/rails runner 'Rails.cache.clear'")
    }
}
