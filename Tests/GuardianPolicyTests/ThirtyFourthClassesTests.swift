import Testing
@testable import GuardianPolicy

/// The classes the thirty-fourth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyFourthClassesTests {
    /// A secret named for production, or a key or token set from a variable named for it.
    static let production: [String] = [
        "gcloud secrets versions access 3 --secret=shop-prod-stripe", "gcloud secrets versions destroy 2 --secret=shop-prod-api-key",
        "STRIPE_API_KEY=$STRIPE_LIVE_SECRET stripe customers list", "GITHUB_TOKEN=$PROD_GH_TOKEN gh api repos/acme/shop/deployments",
    ]
    static let noOtherEnvironment: [String] = [
        "gcloud secrets versions access latest --secret=shop-dev-key", "GITHUB_TOKEN=$GH_TOKEN gh pr list", "gcloud secrets list",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func theseDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// git reads `--help` anywhere among a command's options; a loop's header is data, its body
    /// the commands; an audit log is a record kept.
    static let changeNothing: [String] = [
        "git branch -D --help", "git push --force --help", "git reset --hard --help",
        #"for f in db/*.sql; do grep -l 'DROP TABLE' "$f"; done"#, "while read -r t; do echo \"TRUNCATE $t\"; done < tables.txt",
        ": > logs/worker.log",
    ]
    static let stillStopped: [String] = [
        "git branch -D old-feature", #"for db in shop_a shop_b; do dropdb "$db"; done"#, ": > logs/audit.log", "truncate -s 0 var/audit-2024.log",
    ]

    @Test(arguments: changeNothing) func theseChangeNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: stillStopped) func theseAreStopped(_ line: String) { #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)") }
}
