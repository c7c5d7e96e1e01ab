@testable import GuardianPolicy
import Testing

/// SQL sent to a database over HTTP (`SQLInRequests`, the catalog's `api.sql-destructive`):
/// databases' HTTP APIs as their clients call them, and requests that only mention SQL.
@Suite struct SQLRequestTests {
    /// (label, request, destroys): `destroys` — the catalog holds it as destructive SQL.
    static let cases: [(String, HTTPRequest, Bool)] = [
        ("Snowflake SQL API", Req.post("/api/v2/statements?async=false", #"{"statement":"TRUNCATE TABLE analytics.events","timeout":60,"warehouse":"WH"}"#,
                                       host: "acme-xy123.snowflakecomputing.com"), true),
        ("Athena through its JSON API", Req.post("/", #"{"QueryString":"DROP TABLE logs_2026","WorkGroup":"primary"}"#, type: "application/x-amz-json-1.1",
                                                 host: "athena.us-east-1.amazonaws.com", headers: [("X-Amz-Target", "AmazonAthena.StartQueryExecution")]), true),
        ("Redshift Data API", Req.post("/", #"{"Sql":"DELETE FROM sales","ClusterIdentifier":"prod","Database":"dev"}"#, type: "application/x-amz-json-1.1",
                                       host: "redshift-data.us-east-1.amazonaws.com", headers: [("X-Amz-Target", "RedshiftData.ExecuteStatement")]), true),
        ("RDS Data API", Req.post("/Execute", #"{"resourceArn":"arn:aws:rds:us-east-1:1:cluster:db","secretArn":"arn:s","sql":"DROP DATABASE shop"}"#,
                                  host: "rds-data.us-east-1.amazonaws.com"), true),
        ("D1 batch of statements", Req.post("/client/v4/accounts/a/d1/database/d/query", #"[{"sql":"SELECT 1"},{"sql":"DROP TABLE users"}]"#,
                                            host: "api.cloudflare.com"), true),
        ("Turso batch step", Req.post("/v2/pipeline", #"{"requests":[{"type":"batch","batch":{"steps":[{"stmt":{"sql":"DELETE FROM t"}}]}}]}"#,
                                      host: "db-acme.turso.io"), true),
        ("PlanetScale serverless driver", Req.post("/psdb.v1alpha1.Database/Execute", #"{"query":"DROP TABLE orders","session":null}"#,
                                                   host: "aws.connect.psdb.cloud"), true),
        ("Xata SQL endpoint", Req.post("/db/app:main/sql", #"{"statement":"UPDATE users SET plan = 'free'","params":[]}"#,
                                       host: "acme-abc.us-east-1.xata.sh"), true),
        ("BigQuery DML that deletes every row", Req.post("/bigquery/v2/projects/p/queries", #"{"query":"DELETE FROM ds.t WHERE 1=1","useLegacySql":false}"#,
                                                         host: "bigquery.googleapis.com"), true),
        ("ClickHouse statement in the query string", Req.send("POST", "/?query=TRUNCATE%20TABLE%20hits", host: "127.0.0.1"), true),
        ("Trino statement as the body", Req.post("/v1/statement", "DROP TABLE hive.web.page_views", type: nil, host: "trino.internal"), true),
        ("a statement behind a comment", Req.post("/sql", #"{"query":"-- cleanup\nDROP TABLE tmp_import"}"#, host: "ep-1.neon.tech"), true),

        ("a read through the same endpoint", Req.post("/api/v2/statements", #"{"statement":"SELECT count(*) FROM analytics.events"}"#,
                                                      host: "acme-xy123.snowflakecomputing.com"), false),
        ("a delete of some rows", Req.post("/client/v4/accounts/a/d1/database/d/query", #"{"sql":"DELETE FROM sessions WHERE expires_at < ?","params":[0]}"#,
                                           host: "api.cloudflare.com"), false),
        ("an insert", Req.post("/v2/pipeline", #"{"requests":[{"type":"execute","stmt":{"sql":"INSERT INTO t VALUES (1)"}}]}"#, host: "db-acme.turso.io"), false),
        ("a search for words that open SQL", Req.post("/1/indexes/products/query", #"{"query":"drop ship update tables","hitsPerPage":20}"#,
                                                      host: "acme-dsn.algolia.net"), false),
        ("a chat message quoting SQL", Req.post("/v1/messages", #"{"model":"m","messages":[{"role":"user","content":"DROP TABLE users; -- is this safe?"}]}"#,
                                                host: "api.anthropic.com"), false),
        ("an issue comment quoting SQL", Req.post("/repos/acme/app/issues/1/comments", #"{"body":"TRUNCATE TABLE events ran by mistake"}"#,
                                                  host: "api.github.com"), false),
        ("a GraphQL query under `query`", Req.post("/graphql", #"{"query":"query { deleteRequests { id } }"}"#, host: "api.example.com"), false),
        ("a tool schema naming a query parameter", Req.post("/v1/messages",
            #"{"tools":[{"name":"search","input_schema":{"type":"object","properties":{"query":{"type":"string"}}}}],"messages":[]}"#,
            host: "api.anthropic.com"), false),
    ]

    @Test(arguments: cases)
    func destructiveSQLOverHTTPIsFound(_ c: (String, HTTPRequest, Bool)) throws {
        let facts = try RequestClassifier.classify(c.1).get()
        let evaluation = Fixture.dev.evaluate(facts)
        let found = evaluation.matches.contains { $0.id == "api.sql-destructive" }
        #expect(found == c.2, "\(c.0): \(facts.sql) → \(evaluation.matches.map(\.id))")
        if c.2 { #expect(evaluation.decision >= .ask, "\(c.0)") }
    }

    /// What opens like a statement, and what only starts with one of its words.
    @Test func statementsAreRecognisedByTheirOpening() {
        for sql in ["DROP TABLE IF EXISTS t", "drop   schema x cascade", "TRUNCATE t", "DELETE FROM t", "delete t from t join u",
                    "UPDATE t SET a = 1", "UPDATE ONLY t SET a = 1", "ALTER TABLE t DROP COLUMN c", "WITH x AS (DELETE FROM t) SELECT 1",
                    "/* c */ SELECT 1", "INSERT INTO t VALUES (1)", "CREATE OR REPLACE VIEW v AS SELECT 1"] {
            #expect(SQLInRequests.opensLikeSQL(sql), "\(sql)")
        }
        for text in ["drop shipping", "delete my account", "update your profile now", "select", "truncate", "with love", "DROP", "show"] {
            #expect(!SQLInRequests.opensLikeSQL(text), "\(text)")
        }
    }

    /// A WHERE every row meets deletes every row.
    @Test func aWhereThatIsAlwaysTrueDestroys() throws {
        for sql in ["DELETE FROM t WHERE true", "DELETE FROM t WHERE 1=1;", "UPDATE t SET a = 0 WHERE (1 = 1)", "DELETE FROM t WHERE 'a'='a' RETURNING *"] {
            let facts = try RequestClassifier.classify(Req.post("/sql", "{\"query\":\"\(sql)\"}", host: "db.example.com")).get()
            #expect(Fixture.dev.evaluate(facts).matches.contains { $0.id == "api.sql-destructive" }, "\(sql)")
        }
        for sql in ["DELETE FROM t WHERE id = 1", "DELETE FROM t WHERE a = b", "UPDATE t SET a = 0 WHERE x <> x"] {
            let facts = try RequestClassifier.classify(Req.post("/sql", "{\"query\":\"\(sql)\"}", host: "db.example.com")).get()
            #expect(!Fixture.dev.evaluate(facts).matches.contains { $0.id == "api.sql-destructive" }, "\(sql)")
        }
    }

    /// The rule binds to the environment the host names, as every request rule does.
    @Test func aProductionHostIsDeniedUnderStaging() throws {
        let facts = try RequestClassifier.classify(Req.post("/sql", #"{"query":"DROP TABLE orders"}"#, host: "sql.prod.acme.internal")).get()
        #expect(Fixture.staging.evaluate(facts).decision == .deny, "\(Fixture.staging.evaluate(facts))")
    }
}
