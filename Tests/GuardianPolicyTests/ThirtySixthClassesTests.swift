import Testing
@testable import GuardianPolicy

/// The classes the thirty-sixth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtySixthClassesTests {
    /// An application run from its jar with a production profile, and Sentry's CLI, whose
    /// options name its project and environment.
    static let production: [String] = [
        "SPRING_PROFILES_ACTIVE=production java -jar build/libs/shop.jar", "java -Dspring.profiles.active=prd -jar target/shop.jar",
        "sentry-cli releases new -p shop-production-web 2.0.0", "sentry-cli deploys new --release shop@2.0.0 --env production",
    ]
    static let noOtherEnvironment: [String] = ["SPRING_PROFILES_ACTIVE=dev java -jar build/libs/shop.jar", "java -jar target/shop.jar --help", "sentry-cli releases list -p shop-web"]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func theseDoNot(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// Only GraphQL queries sent by POST or GET read (the incident's shape, reading): a read of
    /// staging runs under dev; a mutation in the same body, or another method, does not.
    static let graphQLReads: [String] = [
        #"curl -X POST https://backboard.railway.com/graphql/v2 -H "Authorization: Bearer $T" --data '{"query":"query { environment(id: \"shop-staging\") { name } }"}'"#,
        #"curl -s https://api.linear.app/graphql -H "Authorization: $KEY" -d '{"query":"{ viewer { id name } }"}'"#,
    ]
    static let graphQLNotReads: [String] = [
        #"curl -X POST https://backboard.railway.com/graphql/v2 --data '{"query":"query { me { id } } mutation { volumeDelete(volumeId: \"v1\") }"}'"#,
        #"curl -X DELETE https://api.example.dev/graphql --data '{"query":"query { a }"}'"#,
    ]

    @Test(arguments: graphQLReads) func queriesRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: graphQLNotReads) func theseDoNotOnlyRead(_ line: String) { #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)") }

    /// find's negated tests spare what they name; a playbook named for tearing down destroys
    /// unless in check mode; Maven's wrapper cleans build output.
    static let destroying: [String] = [
        "find . -name '*.sql' -not -path './node_modules/*' -delete", "find docs ! -name 'README*' -type f -exec rm {} +",
        "ansible-playbook -i hosts/lab decommission.yml", "ansible-playbook wipe-db.yaml -e target=lab",
    ]
    static let notDestroying: [String] = [
        "find . -name '*.pyc' -not -path './.venv/*' -delete", "ansible-playbook -i hosts/lab decommission.yml --check",
        "ansible-playbook -i hosts/lab site.yml", "./mvnw clean verify",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notDestroying) func theseDoNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
