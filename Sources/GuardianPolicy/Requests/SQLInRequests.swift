// SQL a request carries to a database over HTTP: a management API's query endpoint (Supabase's
// `POST /v1/projects/{ref}/database/query {"query": …}`), an edge database's (Cloudflare D1's
// `/query {"sql": …}`, Turso's pipeline `{"requests":[{"stmt":{"sql": …}}]}`), a serverless
// driver's (`{"query": …, "params": …}`), a warehouse's statement API (`{"statement": …}`),
// Hasura's `run_sql` (`{"args":{"sql": …}}`), or an HTTP interface that takes the statement as
// the `query` parameter or as the whole body (ClickHouse). The same `DROP TABLE` the database
// clients' grammar refuses at their exec is found here whoever sends it, to any host.
//
// Found: string values under the keys databases' APIs use (`sql`, `query`, `statement`, `stmt`,
// `statements`, `q`, `sql_query`…) anywhere in a JSON body, the `query`/`q`/`sql` parameters of the
// target or of a form body, and a text body as a whole — each only when it opens like a SQL
// statement (`DROP TABLE`, `DELETE FROM`, `UPDATE … SET`, `SELECT`, …), so a search API's
// `{"query": "drop shipping"}` or a chat message that mentions SQL is not one.

enum SQLInRequests {
    /// Keys (folded: lowercase, without `_` and `-`) whose string values databases' HTTP APIs
    /// run as SQL.
    static let keys: Set<String> = ["sql", "query", "q", "statement", "statements", "stmt", "stmts", "sqlquery", "querytext", "querystring",
                                    "sqltext", "sqlstatement", "command"]
    /// The parameters (of the target's query or a form body) that carry a statement (InfluxDB's
    /// `/query?q=DROP DATABASE db`).
    static let parameters: Set<String> = ["query", "q", "sql", "statement", "stmt"]
    /// Statements collected from one request, at most.
    static let limit = 256

    /// The SQL texts `request` carries, each opening like a statement.
    static func statements(_ request: HTTPRequest, mediaType: String?, query: [RequestFacts.QueryItem],
                           form: [RequestFacts.QueryItem]?, jsonDepth: Int) -> [String] {
        var found: [String] = []
        // A GET's query string is a search more often than a statement (`?q=drop table syntax`),
        // and the HTTP interfaces that take statements there run only reads on a GET
        // (ClickHouse's GET is read-only; InfluxDB takes DROP and DELETE only by POST).
        let readOnly = request.method == "GET" || request.method == "HEAD"
        for item in (readOnly ? [] : query) + (form ?? []) where parameters.contains(item.name.lowercased()) && opensLikeSQL(item.value) {
            found.append(item.value)
        }
        let body = request.body
        guard !body.isEmpty else { return found }
        let json = mediaType.map { $0 == "application/json" || $0.hasSuffix("+json") } ?? false
        if json || GraphQLExtraction.startsLikeJSON(body) {
            // Only a body that names one of the keys is parsed whole (a model API's request, the
            // proxy's most common large body, rarely does).
            guard Self.namesAKey(body), let value = try? StrictJSON.parse(body, maxDepth: jsonDepth) else { return found }
            collect(value, under: false, into: &found)
        } else if mediaType == nil || mediaType == "text/plain" || mediaType == "application/sql" || mediaType == "text/sql"
                    || mediaType == "application/x-www-form-urlencoded" {
            // The statement as the body (`curl --data-binary @drop.sql`, which curl labels as a
            // form): read as text, as the server would.
            let text = String(decoding: body.prefix(65_536), as: UTF8.self)
            if opensLikeSQL(text) { found.append(text) }
        }
        return Array(found.prefix(limit))
    }

    private static func collect(_ value: JSONValue, under key: Bool, into found: inout [String]) {
        guard found.count < limit else { return }
        switch value {
        case .string(let s):
            if key && opensLikeSQL(s) { found.append(s) }
        case .array(let items):
            for item in items { collect(item, under: key, into: &found) }
        case .object(let members):
            for member in members { collect(member.value, under: keys.contains(folded(member.key)), into: &found) }
        default:
            break
        }
    }

    static func folded(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" })
    }

    /// Whether `body` holds `"sql`, `"query`, `"statement`, `"stmt` or `"command` in any case:
    /// a cheap look before a whole parse, one pass without allocating (a model API's request
    /// body, the proxy's most common large one, is looked at here on every call).
    static func namesAKey(_ body: [UInt8]) -> Bool {
        body.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\"") {
                    for needle in keyNeedles where i + 1 + needle.count <= bytes.count {
                        var j = 0
                        while j < needle.count, bytes[i + 1 + j] | 0x20 == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// The keys' beginnings, lowercase (`| 0x20` folds ASCII letters; none of these has another byte).
    static let keyNeedles: [[UInt8]] = ["sql", "query", "q\"", "statement", "stmt", "command"].map { Array($0.utf8) }

    /// Whether some statement of `text` opens as SQL does: a keyword with what must follow it
    /// (`DROP` and an object, `DELETE FROM`, `UPDATE name SET`, `INSERT INTO`, `TRUNCATE`, `ALTER`
    /// and an object, `SELECT`, `WITH name AS`, …). Comments are skipped.
    static func opensLikeSQL(_ text: String) -> Bool {
        for statement in Operations.statements(text).prefix(64) {
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "(" })
                .prefix(6).map { $0.uppercased() }
            guard let first = words.first else { continue }
            let second = words.count > 1 ? words[1] : ""
            switch first {
            case "DROP", "CREATE", "ALTER":
                if let object = words.dropFirst().first(where: { !qualifiers.contains($0) }), objects.contains(object) { return true }
            case "TRUNCATE":
                if words.count > 1 { return true }
            case "DELETE":
                if second == "FROM" || (words.count > 2 && words[2] == "FROM") { return true }
            case "UPDATE":
                if words.prefix(5).contains("SET") { return true }
            case "INSERT", "REPLACE", "UPSERT", "MERGE":
                if second == "INTO" || second == "OR" || second == "IGNORE" { return true }
            case "SELECT":
                if words.count > 1 { return true }
            case "WITH":
                if words.count > 2 && (words[2] == "AS" || second == "RECURSIVE") { return true }
            case "GRANT", "REVOKE", "VACUUM", "ANALYZE", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE":
                if words.count > 1 { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Words between `DROP`/`CREATE`/`ALTER` and what they act on.
    static let qualifiers: Set<String> = ["IF", "NOT", "EXISTS", "OR", "REPLACE", "TEMPORARY", "TEMP", "UNIQUE", "GLOBAL", "LOCAL",
                                          "UNLOGGED", "MATERIALIZED", "EXTERNAL", "TRANSIENT", "VOLATILE"]

    /// What `DROP`, `CREATE` and `ALTER` act on.
    static let objects: Set<String> = ["TABLE", "TABLES", "DATABASE", "SCHEMA", "VIEW", "INDEX", "SEQUENCE", "FUNCTION", "PROCEDURE",
                                       "TRIGGER", "TYPE", "USER", "ROLE", "EXTENSION", "DOMAIN", "OWNED", "COLLECTION", "KEYSPACE",
                                       "STREAM", "TABLESPACE", "COLUMN", "CONSTRAINT", "PUBLICATION", "SUBSCRIPTION", "POLICY", "RULE",
                                       "WAREHOUSE", "STAGE", "DICTIONARY", "PARTITION", "BRANCH", "NAMESPACE",
                                       // InfluxQL's (`DROP MEASUREMENT cpu`, `DROP RETENTION POLICY …`).
                                       "MEASUREMENT", "SERIES", "SHARD", "RETENTION", "CONTINUOUS", "BUCKET"]
}
