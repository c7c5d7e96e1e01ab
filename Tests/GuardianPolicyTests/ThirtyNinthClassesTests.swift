import Testing
@testable import GuardianPolicy

/// The classes the thirty-ninth held-out corpus's misses named, table by table: each
/// mechanism with lines that must be read its way and hard negatives that must not, written for
/// the mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyNinthClassesTests {
    /// A task runner's target named with dashes or underscores for emptying a store or a queue,
    /// or named for destroying whatever it reaches.
    static let destroyingTasks: [String] = [
        "make wipe", "just nuke-all", "task db-drop", "make reset_db ENV=test", "just purge-queues", "npm run nuke",
        "make drop-jobs", "mage obliterate",
    ]
    static let otherTasks: [String] = [
        "make db-migrate", "just seed-db", "make clean", "task queues-status", "npm run build", "just test-db-setup",
        "make swipe-cards-demo",
    ]
    @Test(arguments: destroyingTasks) func tasksThatDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: otherTasks) func tasksThatDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A function run on this machine: its name is a name.
    static let here: [String] = ["sls invoke local -f dropStaleCarts", "sam local invoke DeleteExpiredFunction --event events/tick.json"]
    static let remote: [String] = ["sls invoke -f dropStaleCarts --stage staging"]
    @Test(arguments: here) func invokedHereRunsHere(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind == .local, "\(line)")
        Fixture.expectAllowedUnderDev(line)
    }
    @Test(arguments: remote) func invokedThereIsDecidedThere(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    /// A migration tool's position and heads read, of staging too; an upgrade does not.
    static let positions: [String] = ["alembic -x env=staging heads", "alembic -c alembic.staging.ini current --verbose"]
    @Test(arguments: positions) func positionsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func anUpgradeIsNoRead() {
        #expect(Fixture.dev.evaluate(Fixture.exec("alembic -x env=staging upgrade head")).decision == .deny)
    }

    /// The forges' API without a method or fields: a GET.
    static let gets: [String] = [
        "gh api repos/acme/shop/environments/staging/secrets --jq '.secrets[].name'", "glab api projects/41/environments?name=staging",
        "gh api -X GET repos/acme/shop/deployments -f environment=staging",
    ]
    static let notGets: [String] = [
        "gh api repos/acme/shop/environments/staging -X DELETE", "gh api repos/acme/shop/environments/staging -f wait_timer=5",
        "gh api -X PATCH repos/acme/shop/environments/staging -f wait_timer=5",
    ]
    @Test(arguments: gets) func getsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: notGets) func othersDoNot(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind != .read, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    /// logrotate's debug mode changes nothing, on a staging host too.
    static let debug: [String] = ["logrotate -d /etc/logrotate.conf", "ssh stg-app-2.shop.internal 'sudo logrotate --debug /etc/logrotate.d/shop'"]
    @Test(arguments: debug) func debugRuns(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func forcedRotationIsNoRead() { #expect(CommandModelTests.op("logrotate -f /etc/logrotate.conf")?.kind != .read) }

    /// `prd` inside a resource id after its collection; not inside an English word.
    static let production: [String] = [
        "curl -X DELETE https://api.render.com/v1/redis/red-shopprd7 -H \"Authorization: Bearer $RENDER_API_KEY\"",
        "curl https://api.fly.io/v1/machines/shopprd -H \"Authorization: Bearer $FLY_API_TOKEN\"",
    ]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func embeddedPrd() {
        #expect(Words.embedded("qhprd01").contains("prd"))
        #expect(Words.embedded("shopprd").contains("prd"))
        #expect(!Words.embedded("prdx").contains("prd"))
        #expect(!Words.embedded("shopprdata").contains("prd"))
    }
}
