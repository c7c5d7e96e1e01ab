@testable import GuardianPolicy
import Testing

/// The general request shapes that destroy on any provider, each with the near-misses that must
/// stay allowed: a DELETE that ends at a named resource, an action named by the path's last
/// segment, a body or query switch, an AWS delete of any service, and GraphQL verbs beside the
/// words that undo them. Hosts are made up where the shape is the point.
@Suite struct APIRequestShapeTests {
    /// (request as rules' examples write it, the rule that must hold it, or nil: allowed under dev)
    static let cases: [(String, String?)] = [
        ("DELETE https://api.cloudhost.example/v3/regions/eu-1/databases/orders", "api.rest-delete-resource"),
        ("DELETE https://api.cloudhost.example/v3/volumes/vol-9", "api.rest-delete-resource"),
        ("DELETE https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforMySQL/flexibleServers/db?api-version=2023-12-30",
         "api.rest-delete-resource"),
        ("DELETE https://api.cloudhost.example/v1/projects/p1/secrets", "api.rest-delete-resource"),
        ("DELETE https://api.cloudhost.example/v1/projects/p1/secrets/STRIPE_KEY", "api.rest-delete-resource"),
        ("DELETE https://api.cloudhost.example/v1/todos/7", nil),
        ("DELETE https://api.cloudhost.example/v1/indexes/products/documents/7", nil),
        ("DELETE https://api.cloudhost.example/v1/sessions/current", nil),
        ("GET https://api.cloudhost.example/v3/volumes/vol-9", nil),

        ("POST https://api.cloudhost.example/v2/servers/7/actions/reinstall {}", "api.destructive-action-path"),
        ("POST https://api.cloudhost.example/v1/keys/k1:destroy {}", "api.destructive-action-path"),
        ("POST https://cache.example.net/flushdb", "api.destructive-action-path"),
        ("POST https://rpc.example.net/api/admin.workspaces.delete team_id=T1", "api.destructive-action-path"),
        ("POST https://api.cloudhost.example/v2/servers/7/actions/reboot {}", nil),
        ("POST https://api.cloudhost.example/v1/search {\"q\":\"purge\"}", nil),

        ("POST https://api.vectors.example/v1/delete {\"deleteAll\":true}", "api.body-switch-destroys"),
        ("POST https://api.cloudhost.example/v1/servers/7/action {\"action\":\"destroy\"}", "api.body-switch-destroys"),
        ("POST https://api.cloudhost.example/v1/runs {\"data\":{\"attributes\":{\"is-destroy\":true}}}", "api.body-switch-destroys"),
        ("DELETE https://api.cloudhost.example/v1/things/t1?purge=true", "api.body-switch-destroys"),
        ("POST https://api.vectors.example/v1/delete {\"ids\":[\"a\"],\"deleteAll\":false}", nil),
        ("PATCH https://api.cloudhost.example/v1/repos/app {\"delete_branch_on_merge\":true}", nil),
        ("POST https://api.openai.com/v1/chat/completions {\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"deleteAll\\\":true}\"}],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"wipe\",\"parameters\":{\"type\":\"object\",\"properties\":{\"action\":{\"type\":\"string\"}}}}}]}", nil),
        ("GET https://api.cloudhost.example/v1/things/t1?purge=true", nil),
        ("PATCH https://git.example.dev/api/v3/repos/o/app/git/refs/heads/main {\"sha\":\"9f2c1e0\",\"force\":true}", "api.body-switch-destroys"),
        ("PATCH https://git.example.dev/api/v3/repos/o/app/git/refs/heads/main {\"sha\":\"9f2c1e0\",\"force\":false}", nil),
        ("PATCH https://api.cloudhost.example/v1/deployments/7 {\"force\":true}", nil),

        ("POST https://timestream.us-east-1.amazonaws.com/ -H 'X-Amz-Target: Timestream_20181101.DeleteDatabase' {\"DatabaseName\":\"m\"}", "aws.api-delete-data"),
        ("POST https://api.ecr.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.BatchDeleteImage' {\"repositoryName\":\"a\"}",
         "aws.api-delete-data"),
        ("DELETE https://elasticfilesystem.us-east-1.amazonaws.com/2015-02-01/file-systems/fs-1", "aws.api-delete-data"),
        ("POST https://sqs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonSQS.DeleteMessageBatch' {\"QueueUrl\":\"q\",\"Entries\":[]}", nil),

        ("POST https://api.example.dev/graphql {\"query\":\"mutation { destroyWorkspace(id: 1) { id } }\"}", "api.graphql-destructive-mutation"),
        ("POST https://api.example.dev/graphql {\"query\":\"mutation { cancelDeletion(id: 1) { id } }\"}", nil),
        ("POST https://api.example.dev/graphql {\"query\":\"mutation { projectDeleteProtectionEnable(id: 1) { id } }\"}", nil),
        ("POST https://api.example.dev/graphql {\"query\":\"mutation { restoreDeletedProject(id: 1) { id } }\"}", nil),
    ]

    @Test(arguments: cases)
    func shape(_ c: (String, String?)) throws {
        let request = try #require(HTTPRequest(described: c.0), "\(c.0)")
        let facts = try RequestClassifier.classify(request).get()
        let evaluation = Fixture.dev.evaluate(facts)
        if let rule = c.1 {
            #expect(evaluation.matches.map(\.id).contains(rule), "\(c.0): \(evaluation.matches.map(\.id))")
            #expect(evaluation.decision >= .ask, "\(c.0)")
        } else {
            #expect(evaluation.decision <= .audit, "\(c.0): \(evaluation.matches.map(\.id))")
        }
    }

    @Test(arguments: [
        ("deleteAll", true), ("drop_all", true), ("is-destroy", true), ("purge_everything", true), ("destroy", true),
        ("delete_branch_on_merge", false), ("deleteAllVersionsExceptLatest", false), ("auto-apply", false), ("deleted", false),
    ])
    func switchNames(_ c: (String, Bool)) {
        #expect(BodySwitches.isSwitch(c.0) == c.1, "\(c.0)")
    }
}
