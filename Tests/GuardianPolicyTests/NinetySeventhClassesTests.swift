import Testing
@testable import GuardianPolicy

/// The classes the ninety-seventh and ninety-eighth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct NinetySeventhClassesTests {
    /// An Elixir release's remote call runs its code in the running node.
    static let releaseCalls: [String] = [
        "bin/ledger rpc 'Ledger.Repo.delete_all(Ledger.Entries.Entry)'",
        "_build/prod/rel/ledger/bin/ledger eval 'Ledger.Repo.delete_all(Ledger.Audit.Event)'",
        "kubectl exec deploy/ledger -- bin/ledger rpc 'Ledger.Repo.delete_all(Ledger.Sessions.Token)'",
        "iex -S mix run -e 'Ledger.Repo.delete_all(Ledger.Entries.Entry)'",
    ]
    @Test(arguments: releaseCalls) func aReleaseCallsCodeDecides(_ line: String) { Fixture.expectLineDestroys(line) }
    static let releaseReads: [String] = [
        "bin/ledger rpc 'IO.inspect(Ledger.Repo.aggregate(Ledger.Entries.Entry, :count))'",
        "bin/ledger pid",
        "bin/ledger version",
    ]
    @Test(arguments: releaseReads) func aReleasesLookDoesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A query only read, given to a database shell verb, is what the database runs.
    static let shellReads: [String] = [
        "turso db shell ledger-staging-events 'SELECT COUNT(*) FROM events'",
        "nhost sql shell --env staging 'SELECT id FROM users LIMIT 5'",
    ]
    @Test(arguments: shellReads) func aShellsReadIsARead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let shellWrites: [String] = [
        "turso db shell ledger-dev 'DELETE FROM events'",
        "turso db shell ledger-dev 'SELECT count(*) FROM events; DROP TABLE events'",
    ]
    @Test(arguments: shellWrites) func aShellsDestroyStillDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aStagingShellsWriteIsNotARead() {
        let e = Fixture.dev.evaluate(Fixture.exec("turso db shell ledger-staging-events \"UPDATE events SET seen = true WHERE id = 4\""))
        #expect(e.decision == .deny, "a write to staging is denied under dev: \(e.decision)")
    }

    /// A driver's call that drops a whole collection.
    @Test func aCollectionDroppedThroughADriverDestroys() {
        Fixture.expectDestroys("python3 -c \"from pymongo import MongoClient; MongoClient()['ledger'].drop_collection('entries')\"")
        Fixture.expectDestroys("node -e \"const {MongoClient}=require('mongodb'); new MongoClient(process.env.MONGO_URL).db('ledger').dropCollection('entries').then(()=>process.exit())\"")
        Fixture.expectDoesNotDestroy("python3 -c \"from pymongo import MongoClient; print(MongoClient()['ledger'].list_collection_names())\"")
    }
}
