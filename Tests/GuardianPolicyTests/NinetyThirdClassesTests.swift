import Testing
@testable import GuardianPolicy

/// The classes the ninety-third and ninety-fourth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct NinetyThirdClassesTests {
    /// fd without a command to run lists: its pattern is a name looked for.
    static let fdSearches: [String] = [
        "fd -e sql drop migrations/",
        "fd --type f purge src/jobs",
        "fdfind -H wipe .",
        "fd truncate --extension rb app/",
    ]
    @Test(arguments: fdSearches) func fdsPatternIsData(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let fdRemoves: [String] = [
        "fd -e sqlite3 . data/ -x rm",
        "fd --type f 'export-.*\\.csv' reports/ --exec-batch rm -f",
    ]
    @Test(arguments: fdRemoves) func fdRunningRmStillDestroys(_ line: String) { Fixture.expectDestroys(line) }

    /// A branch moved by force through a forge's API drops the commits it held.
    static let forcedRefs: [String] = [
        "gh api -X PATCH repos/quarry/ledger/git/refs/heads/main -f sha=4b825dc642cb6eb9a060e54bf8d69288fbee4904 -F force=true",
        "gh api --method PATCH /repos/quarry/ledger/git/refs/heads/release-2 --field sha=9f2c1e0 --field force=true",
        "curl -X PATCH -H \"Authorization: Bearer $GH_TOKEN\" https://api.github.com/repos/quarry/ledger/git/refs/heads/main -d '{\"sha\": \"9f2c1e0\", \"force\": true}'",
    ]
    @Test(arguments: forcedRefs) func aForcedRefUpdateDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let plainRefs: [String] = [
        "gh api -X PATCH repos/quarry/ledger/git/refs/heads/main -f sha=9f2c1e0",
        "gh api repos/quarry/ledger/git/refs/heads/main",
        "curl -X PATCH https://api.github.com/repos/quarry/ledger/git/refs/heads/main -d '{\"sha\": \"9f2c1e0\", \"force\": false}'",
    ]
    @Test(arguments: plainRefs) func aFastForwardDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// An administration API's action given in the query (Solr's Collections and CoreAdmin
    /// APIs act on a GET).
    static let queryActions: [String] = [
        "curl 'http://localhost:8983/solr/admin/collections?action=DELETE&name=invoices'",
        "curl -s \"http://127.0.0.1:8983/solr/admin/cores?action=UNLOAD&core=invoices&deleteDataDir=true\"",
        "kubectl exec solr-0 -- curl -s 'http://localhost:8983/solr/admin/collections?action=DELETESHARD&collection=invoices&shard=shard2'",
    ]
    @Test(arguments: queryActions) func aDeletingActionDestroys(_ line: String) { Fixture.expectLineDestroys(line) }
    static let queryReads: [String] = [
        "curl 'http://localhost:8983/solr/admin/collections?action=LIST'",
        "curl 'http://localhost:8983/solr/admin/cores?action=STATUS&core=invoices'",
        "curl 'http://localhost:8983/solr/admin/cores?action=UNLOAD&core=invoices'",
    ]
    @Test(arguments: queryReads) func aLookingActionDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A task that drops, resets, truncates, wipes or flushes acts on the environment its
    /// framework's variable selects.
    static let environmentTasks: [String] = [
        "MIX_ENV=prod mix ecto.drop",
        "MIX_ENV=production mix ecto.reset",
        "RAILS_ENV=production bin/rails db:truncate_all",
        "NODE_ENV=production npm run cache:flush",
        "APP_ENV=production make db-wipe",
    ]
    @Test(arguments: environmentTasks) func theTaskActsInTheNamedEnvironment(_ line: String) { Fixture.expectNamesProduction(line) }
    static let localTasks: [String] = [
        "MIX_ENV=test mix ecto.reset",
        "RAILS_ENV=test bin/rails db:reset",
        "NODE_ENV=production npm run build",
    ]
    @Test(arguments: localTasks) func aTestOrBuildTaskNamesNoOtherEnvironment(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
    @Test func truncateAllEmptiesTheDatabase() { Fixture.expectDestroys("bin/rails db:truncate_all") }

    /// A shell told only to read its script runs nothing, whatever the script is named for.
    static let syntaxChecks: [String] = [
        "bash -n scripts/wipe-staging-db.sh",
        "sh -n deploy/staging/reset.sh",
        "zsh -nv bin/flush-staging-cache",
        "bash -o noexec scripts/drop-staging-tables.sh",
    ]
    @Test(arguments: syntaxChecks) func aSyntaxCheckRunsNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func runningTheScriptStillActs() {
        let e = Fixture.dev.evaluate(Fixture.exec("bash -x scripts/wipe-staging-db.sh"))
        #expect(e.decision == .deny, "running a script named for wiping staging acts on staging: \(e.decision)")
    }

    /// A platform CLI's verb spelled short deletes as the long one does.
    @Test func aShortDeleteVerbDestroys() {
        Fixture.expectDestroys("vercel blob del https://ab12.public.blob.vercel-storage.com/exports/a.csv")
        Fixture.expectAllowedUnderDev("vercel blob list --limit 20")
    }

    /// A project's script told which environment to act in acts there, whatever it does.
    static let scriptEnvironments: [String] = [
        "./bin/ledger-admin --env=production report",
        "python3 scripts/stats.py --environment prod",
        "go run ./cmd/audit -env=prod",
        "ruby script/audit.rb production",
        "npx tsx scripts/export-invoices.ts --stage prd",
    ]
    @Test(arguments: scriptEnvironments) func aScriptsEnvironmentNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    static let scriptsHere: [String] = [
        "python3 scripts/build_docs.py --env production",
        "bin/magento deploy:mode:set production",
        "python3 scripts/stats.py --verbose orders",
        "node scripts/test-utils.js production",
    ]
    @Test(arguments: scriptsHere) func aLocalScriptNamesNoOtherEnvironment(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
