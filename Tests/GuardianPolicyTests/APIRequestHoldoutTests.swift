@testable import GuardianPolicy
import Testing

/// Request shapes from the databases' and Kubernetes' own documentation, collected after the
/// SQL and Kubernetes request rules were written and kept apart from their tables: they check
/// that the rules generalise. First run: 7 of 11 held (`q` keys and parameters — sqld's v0,
/// InfluxDB 1.x and 3 — InfluxQL's objects, and cluster-scoped resources of dotted API groups
/// were missed); after those three classes: 11 of 11. The near-misses must stay allowed.
@Suite struct APIRequestHoldoutTests {
    /// (source, request, the rule that must hold it)
    static let held: [(String, HTTPRequest, String)] = [
        ("docs.turso.tech/sdk/http: pipeline with execute and close",
         Req.post("/v2/pipeline", #"{"requests":[{"type":"execute","stmt":{"sql":"DROP TABLE users"}},{"type":"close"}]}"#, host: "app-acme.turso.io"), "api.sql-destructive"),
        ("libsql HTTP_V1_SPEC: POST /v1/execute with a Stmt",
         Req.post("/v1/execute", #"{"stmt":{"sql":"DELETE FROM sessions","args":[]}}"#, host: "db.example.com"), "api.sql-destructive"),
        ("sqld HTTP v0: statements with q and params",
         Req.post("/", #"{"statements":[{"q":"TRUNCATE TABLE events","params":{}}]}"#, host: "127.0.0.1"), "api.sql-destructive"),
        ("docs.singlestore.com Data API: /api/v2/exec",
         Req.post("/api/v2/exec", #"{"sql":"DROP DATABASE publications","database":"publications"}"#, host: "svc-1.singlestore.com"), "api.sql-destructive"),
        ("bunny.net SQL API: /v2/pipeline",
         Req.post("/v2/pipeline", #"{"requests":[{"type":"execute","stmt":{"sql":"DELETE FROM orders"}},{"type":"close"}]}"#, host: "abc.lite.bunnydb.net"), "api.sql-destructive"),
        ("docs.greptime.com HTTP API: form sql= to /v1/sql",
         Req.post("/v1/sql?db=public", "sql=DROP%20TABLE%20monitor", type: "application/x-www-form-urlencoded", host: "greptime.internal"), "api.sql-destructive"),
        ("docs.databricks.com Statement Execution v2: warehouse in the path",
         Req.post("/api/2.0/sql/warehouses/abc123/statements", #"{"statement":"TRUNCATE TABLE main.default.trips"}"#, host: "dbc-1.cloud.databricks.com"), "api.sql-destructive"),
        ("InfluxDB 1.x: POST /query with q=",
         Req.post("/query", "q=DROP%20DATABASE%20telegraf", type: "application/x-www-form-urlencoded", host: "influx.internal"), "api.sql-destructive"),
        ("InfluxDB 3: /api/v3/query_sql with db and q",
         Req.post("/api/v3/query_sql", #"{"db":"sensors","q":"DROP MEASUREMENT home"}"#, host: "influx3.internal"), "api.sql-destructive"),
        ("BigQuery jobs.insert: configuration.query.query",
         Req.post("/bigquery/v2/projects/acme/jobs", #"{"configuration":{"query":{"query":"DROP TABLE ds.events","useLegacySql":false}}}"#, host: "bigquery.googleapis.com"), "api.sql-destructive"),
        ("kubernetes.io API reference: delete a ClusterRoleBinding",
         Req.send("DELETE", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/cluster-admin-ci", host: "10.96.0.1"), "kubernetes.api-delete"),
    ]

    static let allowed: [(String, HTTPRequest)] = [
        ("Turso read", Req.post("/v2/pipeline", #"{"requests":[{"type":"execute","stmt":{"sql":"SELECT * FROM users"}},{"type":"close"}]}"#, host: "app-acme.turso.io")),
        ("InfluxDB 1.x read", Req.post("/query", "q=SELECT%20*%20FROM%20cpu%20LIMIT%2010", type: "application/x-www-form-urlencoded", host: "influx.internal")),
        ("a search engine's q", Req.post("/indexes/movies/search", #"{"q":"drop dead gorgeous","limit":20}"#, host: "search.example.com")),
        ("a search in the query string", Req.get("/search?q=delete%20my%20account%20help", host: "www.example.com")),
        ("a web search about SQL", Req.get("/search?q=drop+table+if+exists+syntax&hl=en", host: "www.google.com")),
        ("a docs search", Req.get("/api/search?query=DELETE%20FROM%20with%20join", host: "docs.example.com")),
        ("a cluster role read", Req.send("GET", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/cluster-admin-ci", host: "10.96.0.1")),
        ("a dev server's versioned REST delete", Req.send("DELETE", "/apis/v1/users/3/avatar", host: "localhost")),
    ]

    @Test(arguments: held)
    func destructiveShapesFromTheDocumentationAreHeld(_ c: (String, HTTPRequest, String)) throws {
        let facts = try RequestClassifier.classify(c.1).get()
        let ids = Fixture.dev.evaluate(facts).matches.map(\.id)
        #expect(ids.contains(c.2), "\(c.0): \(ids) sql=\(facts.sql)")
    }

    @Test(arguments: allowed)
    func nearMissesAreAllowed(_ c: (String, HTTPRequest)) throws {
        let facts = try RequestClassifier.classify(c.1).get()
        #expect(Fixture.dev.evaluate(facts).decision <= .audit, "\(c.0): \(Fixture.dev.evaluate(facts).matches.map(\.id))")
    }
}
