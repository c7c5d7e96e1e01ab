import Testing
@testable import GuardianPolicy

/// The classes the fortieth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortiethClassesTests {
    /// A new thing made from another environment's: the source is read. It yields to the new
    /// thing's name when that names the session's own environment, unless it is production.
    static let madeFromStaging: [String] = [
        "neonctl branches create --name dev/dana --parent staging", "pscale branch create shop dev-erin --from staging",
    ]
    static let madeFromProduction: [String] = ["neonctl branches create --name dev/dana --parent production", "pscale branch create shop dev-erin --from production"]
    static let madeUnnamed: [String] = ["neonctl branches create --name feature-x --parent staging"]
    @Test(arguments: madeFromStaging) func copiesOfStagingMadeForDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: madeFromProduction) func copiesOfProductionNameIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: madeUnnamed) func anUnnamedCopyIsStagings(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    /// A body that is a statement itself is what the database behind the endpoint runs.
    static let statementBodies: [String] = [
        "curl -s localhost:8123 --data-binary 'TRUNCATE TABLE events'", "curl http://127.0.0.1:8123/ -d 'DROP TABLE IF EXISTS sessions'",
    ]
    static let otherBodies: [String] = ["curl -s localhost:8123 --data-binary 'SELECT count() FROM events'", "curl -X POST localhost:3000/notes -d 'drop me a line'"]
    @Test(arguments: statementBodies) func statementsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: otherBodies) func otherBodiesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A cloud or cluster listing searched for an environment's names reads that environment's;
    /// an inverted search does not, nor a search of a local listing.
    static let production: [String] = [
        "kubectl get deploy -A | grep -i shop-prod", "aws rds describe-db-instances --output text | grep production",
        "heroku apps | grep -E 'shop-(prod|live)'",
    ]
    static let notProduction: [String] = ["kubectl get ns | grep -v prod", "git log --oneline | grep -i production", "docker ps | grep prod"]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notProduction) func theseDoNot(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).environment != "production", "\(line)")
    }
    @Test func aStagingSearchIsAStagingRead() { Fixture.expectAllowedUnderDev("gcloud sql instances list | grep staging") }

    /// The CDK's synth writes templates here.
    @Test func synthRendersHere() { Fixture.expectAllowedUnderDev("npx cdk synth ShopStagingStack -o cdk.out") }
}
