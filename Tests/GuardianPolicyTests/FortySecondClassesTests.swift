import Testing
@testable import GuardianPolicy

/// The classes the forty-second held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortySecondClassesTests {
    /// A GraphQL document given to any CLI as a word: its mutations destroy and its arguments
    /// name their environment; a text tool's or a commit message's words are data.
    static let mutations: [String] = [
        #"newrelic nerdgraph query 'mutation { entityDelete(guids: ["MXxBUE18"]) { deletedEntities } }'"#,
        #"hasura-cli graphql execute 'mutation { delete_orders(where: {}) { affected_rows } }'"#,
    ]
    static let notMutations: [String] = [
        #"echo 'mutation { entityDelete(guids: ["x"]) { deletedEntities } }'"#,
        #"git commit -m 'mutation { userDelete } handled'"#,
        #"newrelic nerdgraph query '{ actor { user { name } } }'"#,
    ]
    @Test(arguments: mutations) func mutationsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notMutations) func othersDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func argumentsNameProduction() {
        Fixture.expectNamesProduction(#"newrelic nerdgraph query 'mutation { dashboardDelete(guid: "shop-prod-overview") { status } }'"#)
    }

    /// AWS options that name resources by a list or a prefix.
    static let production: [String] = [
        "aws cloudwatch describe-alarms --alarm-name-prefix shop-prod-", "aws cloudwatch set-alarm-state --alarm-names shop-production-5xx --state-value OK --state-reason test",
    ]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }

    /// Liquibase's SQL-printing commands read; its update runs.
    static let printsSQL: [String] = ["liquibase --defaults-file=liquibase.staging.properties rollback-sql v1.4", "liquibase future-rollback-sql"]
    @Test(arguments: printsSQL) func sqlIsPrinted(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func anUpdateIsNoRead() {
        #expect(Fixture.dev.evaluate(Fixture.exec("liquibase --defaults-file=liquibase.staging.properties update")).decision == .deny)
    }

    /// Terraform's local state deleted; its plugin cache alone is not.
    @Test func stateDeleted() { Fixture.expectDestroys("rm -f infra/dev/terraform.tfstate") }
    @Test func cacheDeleted() { Fixture.expectDoesNotDestroy("rm -rf .terraform") }

    /// HashiCorp's tools read `-h` as help.
    static let help: [String] = ["nomad job stop -purge -h", "consul kv delete -h"]
    @Test(arguments: help) func helpChangesNothing(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A Helm chart's packaged dependencies are fetched again; other archives are not.
    @Test func chartDependencies() { Fixture.expectDoesNotDestroy("rm -f deploy/charts/shop/charts/*.tgz") }
    @Test func otherArchives() { Fixture.expectDestroys("rm -f backups/*.tgz") }

    /// Following a resource's tree reads.
    @Test func traceReads() { Fixture.expectAllowedUnderDev("crossplane beta trace claim shop-staging-bucket -n shop-staging") }

    /// A credential reset revokes the credential it replaces, unless appended.
    @Test func resetRevokes() { Fixture.expectDestroys("az ad app credential reset --id 00000000-0000-0000-0000-000000000001") }
    @Test func appendKeeps() { Fixture.expectDoesNotDestroy("az ad app credential reset --id 00000000-0000-0000-0000-000000000001 --append") }

    /// A DELETE of a whole collection on this machine deletes every item; one item is the dev
    /// server's own state.
    static let collections: [String] = ["curl -X DELETE http://localhost:3000/api/todos", "curl -X DELETE 127.0.0.1:8000/v2/admin/webhooks"]
    static let items: [String] = ["curl -X DELETE http://localhost:3000/api/todos/7", "curl -X DELETE localhost:8080/session"]
    @Test(arguments: collections) func collectionsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: items) func itemsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
