import Testing
@testable import GuardianPolicy

/// The classes the seventy-seventh and seventy-eighth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SeventySeventhClassesTests {
    /// A file kept in a data directory, deleted one at a time.
    static let dataFiles: [String] = [
        "rm -f datasets/train.jsonl",
        "rm -v uploads/avatars/42.png",
        "rm \"backups/$stamp.sql.gz\"",
    ]
    @Test(arguments: dataFiles) func aFileOfADataDirectoryIsData(_ line: String) { Fixture.expectDestroys(line) }
    @Test func oneAtATimeInALoop() { Fixture.expectLineDestroys("for f in $(cat old.txt); do rm -f data/external/$f; done") }
    static let notDataFiles: [String] = [
        "rm data/.gitkeep",
        "rm -f storage/logs/worker.log",
        "rm uploads/tmp/preview.png",
        "rm src/data/countries.json",
        "rm tests/data/sample.csv",
        "rm migrations/0007_auto_20261201.py",
    ]
    @Test(arguments: notDataFiles) func placeholdersLogsScratchAndSourceAreNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A vector store's persisted directory, and a local emulator's persisted state.
    static let stores: [String] = ["rm -rf .lancedb", "rm -rf vector_store/", "rm -rf ./faiss_index && python build_index.py", "rm -rf .wrangler/state"]
    @Test(arguments: stores) func persistedStoresAreData(_ line: String) { Fixture.expectDestroys(line) }
    static let notStores: [String] = ["rm -rf tmp/chroma", "rm -rf src/vectorstore", "rm -rf .wrangler/tmp"]
    @Test(arguments: notStores) func scratchSourceAndBuildOutputAreNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Test runners' captures and reports, removed by pattern or whole.
    static let testOutput: [String] = ["rm -f cypress/videos/*.mp4", "rm -rf playwright-report test-results", "rm -f htmlcov/*.html"]
    @Test(arguments: testOutput) func testOutputIsMadeAgain(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func testSourcesByPatternAreNot() { Fixture.expectDestroys("rm -f cypress/e2e/*.cy.ts") }

    /// git clean's `-n` inside a cluster of flags.
    static let cleanDryRuns: [String] = ["git clean -fdn", "git clean -ndX", "git clean -xfdn -- vendor/"]
    @Test(arguments: cleanDryRuns) func aClusteredDryRunChangesNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func withoutItCleanDestroys() { Fixture.expectDestroys("git clean -fdx") }

    /// The project's own server on this machine: httpie's `:port` shorthand is localhost, and a
    /// payments path there moves no money. A delete asked to purge destroys there too.
    static let localRequests: [String] = [
        "http POST :3000/api/refunds order_id:=9",
        "xh post :4242/v1/payouts/po_1/cancel",
        "curl -X POST http://127.0.0.1:8000/api/refunds -d order=9",
        "http DELETE :8000/api/todos/3",
    ]
    @Test(arguments: localRequests) func theLocalServerIsTheAgents(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    static let remoteOrPurging: [String] = [
        "http POST https://api.stripe.com/v1/refunds charge=ch_9",
        "http DELETE :8000/api/accounts/7?hard=true",
        "curl -X DELETE 'http://localhost:4000/api/projects/demo?permanent=1'",
    ]
    @Test(arguments: remoteOrPurging) func aProviderOrAPurgeDestroys(_ line: String) { Fixture.expectDestroys(line) }

    /// An administration path that names records about deletions, read.
    static let deletionRecords: [String] = [
        "curl -s http://localhost:9000/admin/delete-requests?page=2",
        "curl -s https://api.quarry.test/v1/admin/purge_history | jq '.[0]'",
        "http GET :8000/admin/deletion-requests",
    ]
    @Test(arguments: deletionRecords) func aListingOfDeletionsReads(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let deletingAdminPaths: [String] = [
        "curl -s http://localhost:9000/admin/delete_user?id=4",
        "curl -s -X POST http://localhost:9000/admin/delete-requests/7/approve -d x=1",
    ]
    @Test(arguments: deletingAdminPaths) func anActionStillDestroys(_ line: String) { Fixture.expectDestroys(line) }

    /// SQL handed to bun:sqlite's and better-sqlite3's `run` and `prepare`.
    static let runSQL: [String] = [
        "bun -e \"import {Database} from 'bun:sqlite'; const db = new Database('dev.sqlite'); db.run('DROP TABLE events')\"",
        "node -e \"const D=require('better-sqlite3'); new D('app.db').prepare('DELETE FROM sessions').run()\"",
    ]
    @Test(arguments: runSQL) func sqlThroughRunDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let runSafe: [String] = [
        "node -e \"const D=require('better-sqlite3'); new D('app.db').prepare('DELETE FROM sessions WHERE id = ?').run(3)\"",
        "bun -e \"import {Database} from 'bun:sqlite'; console.log(new Database('dev.sqlite').query('SELECT count(*) FROM events').get())\"",
        "python3 -c \"import subprocess; subprocess.run('ls -la', shell=True)\"",
    ]
    @Test(arguments: runSafe) func aSelectiveOrNoStatementDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
