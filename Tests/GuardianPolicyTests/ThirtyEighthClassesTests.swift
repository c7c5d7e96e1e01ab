import Testing
@testable import GuardianPolicy

/// The classes the thirty-eighth held-out corpus's misses named, table by table: each
/// mechanism with lines that must be read its way and hard negatives that must not, written for
/// the mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyEighthClassesTests {
    /// Only GraphQL queries change nothing, whatever their fields are named; a mutation still
    /// destroys.
    static let onlyQueries: [String] = [
        #"curl -s localhost:8080/graphql -H 'Content-Type: application/json' -d '{"query":"{ removedMembers { id email } }"}'"#,
        #"curl -X POST https://api.example.dev/graphql -d '{"query":"query Purged { purgedJobs(last: 5) { id } }"}'"#,
        #"gh api graphql -f query='query { viewer { repositories(first: 3) { nodes { deleteBranchOnMerge } } } }'"#,
    ]
    static let mutations: [String] = [
        #"curl -X POST https://api.example.dev/graphql -d '{"query":"mutation { purgeJobs(queue: \"mail\") }"}'"#,
        #"curl -s localhost:8080/graphql -d '{"query":"mutation { deleteMembers(where: {}) { affected_rows } }"}'"#,
    ]

    @Test(arguments: onlyQueries) func queriesRun(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: mutations) func mutationsDestroy(_ line: String) { Fixture.expectDestroys(line) }

    /// In a line as typed, a family program's words end at the first operator too: the pipe's
    /// reader is not the program's operand (`railway variables … | grep`).
    static let ownWords: [String] = [
        "railway variables -e staging | grep -c DATABASE", "fly secrets list -a shop-staging | sort",
        "doppler secrets --config stg --only-names | grep -i stripe",
    ]
    @Test(arguments: ownWords) func thePipesReaderIsNotAnOperand(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A verb the platform's grammar does not know, given SQL to run: the statement decides.
    static let statementReads: [String] = [
        "wrangler d1 execute shop-staging --remote --command 'SELECT count(*) FROM orders'",
        #"gcloud spanner databases execute-sql orders --instance=shop-staging --sql="SELECT id FROM Carts LIMIT 5""#,
    ]
    static let statementDestroys: [String] = ["wrangler d1 execute shop-staging --remote --command 'DELETE FROM sessions'", "npx wrangler d1 execute shop_dev --local --command='DROP TABLE carts'"]
    static let statementWrites: [String] = ["wrangler d1 execute shop-staging --remote --command 'UPDATE carts SET total = 0 WHERE id = 7'"]
    @Test(arguments: statementReads) func statementsThatRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: statementDestroys) func statementsThatDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: statementWrites) func statementsThatWrite(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind == .write, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    /// A cloud CLI's path of nouns alone, the second a collection: a listing.
    static let collections: [String] = ["doctl databases backups 9cc10173-staging", "doctl compute snapshots --format Name,Size | grep shop-staging"]
    static let notCollections: [String] = [
        "doctl compute droplet-action power-off 3164494", "doctl databases resize shop-staging-db --num-nodes 1",
        "doctl databases pool shop-staging-db",
    ]
    @Test(arguments: collections) func collectionsAreListed(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind == .read, "\(line)")
        Fixture.expectAllowedUnderDev(line)
    }
    @Test(arguments: notCollections) func otherPathsAreNot(_ line: String) { #expect(CommandModelTests.op(line)?.kind != .read, "\(line)") }

    /// A note removed is deleted; added, shown or pruned (notes of objects that are gone) it is not.
    static let notesRemoved: [String] = ["git notes remove HEAD", "git notes --ref=review rm a1b2c3d"]
    static let notesKept: [String] = ["git notes add -m 'flaky on arm64' HEAD", "git notes list", "git notes prune -n", "git notes show HEAD~2"]
    @Test(arguments: notesRemoved) func notesRemovedDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notesKept) func notesKeptDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// The way back to a deleted file (its content from the parent of the commit that last
    /// touched it, that file alone) restores; any other checkout of a file from a commit still
    /// discards its uncommitted changes.
    static let restoresDeleted: [String] = [
        "git checkout $(git rev-list -n 1 HEAD -- lib/billing/refunds.rb)^ -- lib/billing/refunds.rb",
        "git restore --source=$(git rev-list -1 HEAD -- docs/setup.md)~1 -- docs/setup.md",
    ]
    static let discards: [String] = [
        "git checkout $(git rev-list -n 1 HEAD -- lib/billing/refunds.rb)^ -- lib/billing/",
        "git checkout $(git rev-list -n 1 HEAD -- a.rb)^ -- b.rb", "git checkout HEAD~1 -- lib/billing/refunds.rb",
        "git checkout $(git rev-list -n 1 HEAD -- a.rb) -- a.rb",
    ]
    @Test(arguments: restoresDeleted) func deletedFilesComeBack(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: discards) func otherCheckoutsDiscard(_ line: String) { Fixture.expectDestroys(line) }
}
