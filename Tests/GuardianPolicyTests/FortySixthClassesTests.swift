import Testing
@testable import GuardianPolicy

/// The classes the forty-sixth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortySixthClassesTests {
    /// An AWS action's verb after a qualifier (`admin-`, `batch-`, `force-`, `bulk-`) decides.
    static let qualifiedDestroys: [String] = [
        "aws cognito-idp admin-delete-user --user-pool-id eu-west-1_Abc --username tester",
        "aws cognito-idp admin-disable-user --user-pool-id eu-west-1_Abc --username tester",
        "aws dynamodb batch-delete-item --request-items file://deletes.json",
    ]
    static let qualifiedReads: [String] = [
        "aws cognito-idp admin-get-user --user-pool-id eu-west-1_Abc --username tester",
        "aws cognito-idp admin-list-groups-for-user --user-pool-id eu-west-1_Abc --username tester",
        "aws dynamodb batch-get-item --request-items file://keys.json",
    ]
    @Test(arguments: qualifiedDestroys) func qualifiedVerbsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: qualifiedReads) func qualifiedVerbsRead(_ line: String) {
        #expect(CommandModelTests.op(line)?.kind == .read, "\(line): \(String(describing: CommandModelTests.op(line)))")
    }

    /// A cloud's database shell given SQL on its input runs it, as a platform's does.
    static let cloudShellInput: [String] = [
        "gcloud sql connect shop-stg-pg --user=postgres --project shop-staging <<< 'TRUNCATE carts;'",
        "heroku pg:psql -a shop-staging <<< 'DROP TABLE carts;'",
    ]
    @Test(arguments: cloudShellInput) func cloudShellInputDecides(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aCloudShellsReadOfStagingIsAllowedUnderDev() {
        Fixture.expectAllowedUnderDev("gcloud sql connect shop-stg-pg --project shop-staging <<< 'SELECT count(*) FROM carts;'")
    }

    /// filter-repo's dry run and analysis write nothing, wherever the flag stands.
    @Test func filterRepoDryRunAnywhereReads() {
        Fixture.expectDoesNotDestroy("git filter-repo --path-glob '*.key' --invert-paths --dry-run")
        Fixture.expectDoesNotDestroy("git filter-repo --analyze")
        Fixture.expectDestroys("git filter-repo --path-glob '*.key' --invert-paths --force")
    }

    /// A tag filter given to the AWS CLI as JSON names the environment its shorthand would;
    /// so does a label or tag compared in a cloud CLI's filter or query.
    static let jsonTags: [String] = [
        "gcloud compute disks list --filter='labels.env=production'", "gcloud run services list --filter=\"labels.environment:prod\"",
        "az vm list --query \"[?tags.stage=='production'].name\" -o tsv",
        "aws ce get-cost-and-usage --time-period Start=2025-01-01,End=2025-02-01 --granularity DAILY --metrics BlendedCost --filter '{\"Tags\":{\"Key\":\"Environment\",\"Values\":[\"prod\"]}}'",
        "aws ec2 describe-volumes --filters '[{\"Name\":\"tag:stage\",\"Values\":[\"production\"]}]'",
    ]
    @Test(arguments: jsonTags) func jsonTagsNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    /// A key that does not say environment names nothing.
    @Test func otherJSONKeysNameNothing() {
        let line = "aws ec2 describe-volumes --filters '[{\"Name\":\"tag:owner\",\"Values\":[\"production-team\"]}]'"
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).environment != "production", "\(line)")
    }

    /// A one-line program that sends a destroying GraphQL mutation over HTTP destroys; one that
    /// only prints the document does not.
    static let programMutations: [String] = [
        "python3 -c \"import requests; requests.post('https://api.host.example/graphql', json={'query': 'mutation { projectDelete(id: \\\"p1\\\") }'})\"",
        "node -e \"fetch('https://api.host.example/graphql', {method: 'POST', body: JSON.stringify({query: 'mutation { volumeDelete(volumeId: 1) }'})})\"",
    ]
    @Test(arguments: programMutations) func programMutationsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aPrintedMutationIsData() {
        Fixture.expectDoesNotDestroy("python3 -c \"print('mutation { projectDelete(id: 1) }')\"")
        Fixture.expectDoesNotDestroy("node -e \"fetch('https://api.host.example/graphql', {method: 'POST', body: JSON.stringify({query: 'query { projects { id } }'})})\"")
    }

    /// az's `-w` and `--workspace-name` name a workspace, read for its environment.
    @Test func azWorkspaceNamesProduction() {
        Fixture.expectNamesProduction("az monitor log-analytics query -w shop-prod-logs --analytics-query 'Heartbeat | take 5'")
        Fixture.expectNamesProduction("az ml job list --workspace-name shop-production-ml -g rg-ml")
    }
}
