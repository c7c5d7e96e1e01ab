@testable import GuardianPolicy
import Testing

/// The destructive calls of APIs any program can reach with a token it found: the Kubernetes API
/// server (what `kubectl delete` does, sent by `curl` or a client library, or through `kubectl
/// proxy`) and Elasticsearch/OpenSearch, on any host; code forges' repository and branch
/// deletes wherever they are hosted; hosted vector stores' index deletes.
@Suite struct APIRequestRuleTests {
    /// (label, request, the rule that must hold it, or nil: none of these rules).
    static let cases: [(String, HTTPRequest, String?)] = [
        ("a namespace through the API server", Req.send("DELETE", "/api/v1/namespaces/payments", host: "api.k8s.acme.internal"), "kubernetes.api-delete"),
        ("a statefulset with a propagation policy", Req.send("DELETE", "/apis/apps/v1/namespaces/db/statefulsets/postgres?propagationPolicy=Foreground",
                                                              host: "10.96.0.1"), "kubernetes.api-delete"),
        ("every pod of a namespace (deletecollection)", Req.send("DELETE", "/api/v1/namespaces/web/pods?labelSelector=app%3Dapi", host: "127.0.0.1"),
         "kubernetes.api-delete"),
        ("a persistent volume", Req.send("DELETE", "/api/v1/persistentvolumes/pvc-0b1c", host: "k8s.acme.internal"), "kubernetes.api-delete"),
        ("a custom resource of an operator", Req.send("DELETE", "/apis/kafka.strimzi.io/v1beta2/namespaces/streams/kafkatopics/orders",
                                                       host: "k8s.acme.internal"), "kubernetes.api-delete"),
        ("an index", Req.send("DELETE", "/orders-2026.12", host: "vpc-search-abc.eu-west-1.es.amazonaws.com"), "search.api-delete-index-on-search-hosts"),
        ("every document of an index", Req.post("/orders/_delete_by_query?conflicts=proceed", #"{"query":{"match_all":{}}}"#, host: "127.0.0.1"),
         "search.api-delete-index"),
        ("a snapshot", Req.send("DELETE", "/_snapshot/s3-backups/snap-2026.12.01", host: "search.acme.internal"), "search.api-delete-index"),

        ("a self-hosted GitLab project by its path", Req.send("DELETE", "/api/v4/projects/platform%2Finfra%2Fterraform", host: "git.acme.internal"),
         "forge.api-delete"),
        ("a GitHub Enterprise branch ref", Req.send("DELETE", "/api/v3/repos/acme/app/git/refs/heads/release", host: "ghe.acme.internal"), "forge.api-delete"),
        ("a Forgejo repository", Req.send("DELETE", "/api/v1/repos/acme/site", host: "forge.acme.dev"), "forge.api-delete"),
        ("a Bitbucket branch", Req.send("DELETE", "/2.0/repositories/acme/app/refs/branches/main", host: "api.bitbucket.org"), "forge.api-delete"),
        ("a Pinecone index", Req.send("DELETE", "/indexes/support-docs", host: "api.pinecone.io"), "vector-store.api-delete"),
        ("a Weaviate Cloud class", Req.send("DELETE", "/v1/schema/Article", host: "acme-x1y2.c0.europe-west3.gcp.weaviate.cloud"), "vector-store.api-delete"),

        ("a pod listed", Req.send("GET", "/api/v1/namespaces/web/pods", host: "127.0.0.1"), nil),
        ("a deployment scaled", Req.send("PATCH", "/apis/apps/v1/namespaces/web/deployments/api/scale", host: "127.0.0.1",
                                         body: #"{"spec":{"replicas":2}}"#), nil),
        ("a dev server's own REST delete", Req.send("DELETE", "/api/v1/todos/7", host: "localhost"), nil),
        ("a search", Req.post("/orders/_search", #"{"query":{"match":{"id":1}}}"#, host: "127.0.0.1"), nil),
        ("one document", Req.send("DELETE", "/orders/_doc/1", host: "vpc-search-abc.eu-west-1.es.amazonaws.com"), nil),
        ("a merge request comment's reaction", Req.send("DELETE", "/api/v4/projects/42/merge_requests/7/notes/9/award_emoji/1", host: "gitlab.com"), nil),
        ("a vector deleted by id", Req.post("/vectors/delete", #"{"ids":["a"]}"#, host: "docs-abc.svc.pinecone.io"), nil),
    ]

    @Test(arguments: cases)
    func destructiveCallsAreHeld(_ c: (String, HTTPRequest, String?)) throws {
        let facts = try RequestClassifier.classify(c.1).get()
        let ids = Fixture.dev.evaluate(facts).matches.map(\.id).filter { ["kubernetes.", "search.", "forge.", "vector-store."].contains(where: $0.hasPrefix) }
        if let rule = c.2 {
            #expect(ids.contains(rule), "\(c.0): \(ids)")
            #expect(Fixture.dev.evaluate(facts).decision >= .ask, "\(c.0)")
        } else {
            #expect(ids.isEmpty, "\(c.0): \(ids)")
        }
    }

    /// The namespace in the path names the environment, as `kubectl -n` does.
    @Test func aProductionNamespaceIsDeniedUnderStagingAndAStagingOneAsked() throws {
        let production = try RequestClassifier.classify(Req.send("DELETE", "/apis/apps/v1/namespaces/shop-prod/deployments/api", host: "10.96.0.1")).get()
        #expect(Fixture.staging.evaluate(production).decision == .deny, "\(Fixture.staging.evaluate(production))")
        let staging = try RequestClassifier.classify(Req.send("DELETE", "/apis/apps/v1/namespaces/shop-staging/deployments/api", host: "10.96.0.1")).get()
        #expect(Fixture.staging.evaluate(staging).decision == .ask, "\(Fixture.staging.evaluate(staging))")
    }
}
