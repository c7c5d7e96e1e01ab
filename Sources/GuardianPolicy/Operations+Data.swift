// What database clients and HTTP clients are asked to do: the SQL given in `-c`/`-e`, as
// positional text, on stdin (a heredoc or `echo … |` in a script) or in a file named by `-f`;
// Mongo shell code given to `--eval`; Redis commands; the HTTP method of a request.

extension Operations {
    // MARK: SQL

    static func sqlClient(_ a: Arguments, _ words: [String], _ program: String, options: [String], files: [String], positionalSQL: Bool, stdin: String?) -> CommandOperation? {
        var texts: [String] = []
        for o in options { texts += a.values(of: OptionSpec(o)).map(String.init) }
        if positionalSQL { texts += words.dropFirst() }  // sqlite3 DB 'SQL' …
        if program == "cockroach" { texts += a.values(of: OptionSpec("-e|--execute")).map(String.init) }
        if let stdin { texts.append(stdin) }
        var result: CommandOperation?
        var allHarmless = !texts.isEmpty
        for text in texts {
            let op = sql(text, program: program)
            if result == nil || op.kind > result!.kind { result = op }
            allHarmless = allHarmless && op.harmless
        }
        if var r = result, allHarmless, r.kind == .read {
            r.harmless = true
            result = r
        }
        for f in files {
            for file in a.values(of: OptionSpec(f)) {
                let op = scriptFile(String(file), program: program)
                if result == nil || op.kind > result!.kind { result = op }
            }
        }
        // `psql`, `mysql db` alone: an interactive session, whose statements are not known here.
        return result
    }

    /// A SQL file by its name: a file named for dropping or resetting is read as such; any other
    /// script may change anything.
    static func scriptFile(_ name: String, program: String) -> CommandOperation {
        let lowered = name.lowercased()
        for word in ["drop", "truncate", "reset", "wipe", "purge", "teardown", "destroy", "clean", "delete"] where lowered.contains(word) {
            return CommandOperation(kind: .destroy, why: "\(program) runs \(name)")
        }
        return CommandOperation(kind: .write, why: "\(program) runs \(name)")
    }

    /// The strictest statement of `text`: DROP, TRUNCATE, DELETE or UPDATE without WHERE and
    /// ALTER … DROP destroy; other changes write; SELECT, SHOW, EXPLAIN, meta-commands read.
    static func sql(_ text: String, program: String) -> CommandOperation {
        var result = CommandOperation(kind: .read, why: "\(program) query")
        // Statements only planned (EXPLAIN without ANALYZE): their words are not run.
        var planned: Set<Int> = []
        for (index, statement) in statements(text).enumerated() {
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "(" }).map { $0.uppercased() }
            guard let first = words.first else { continue }
            var kind = OperationClass.read
            var why = first
            switch first {
            case "DROP", "TRUNCATE":
                kind = .destroy
                why = words.prefix(2).joined(separator: " ")
            case "DELETE", "UPDATE":
                kind = words.contains("WHERE") ? .write : .destroy
                why = first + (kind == .destroy ? " without WHERE" : "")
                if kind == .write, alwaysTrue(whereClause(of: statement)) {
                    // `DELETE FROM t WHERE true` (BigQuery's way of deleting every row), `WHERE 1=1`.
                    kind = .destroy
                    why = first + " with a WHERE that is always true"
                }
            case "ALTER":
                kind = words.contains("DROP") ? .destroy : .write
                why = kind == .destroy ? "ALTER … DROP" : "ALTER"
                // A mutation written as ALTER (ClickHouse's `ALTER TABLE t DELETE WHERE …`):
                // read as the DELETE or UPDATE it is.
                if kind == .write, let w = words.first(where: { $0 == "DELETE" || $0 == "UPDATE" }),
                   !words.contains("WHERE") || alwaysTrue(whereClause(of: statement)) {
                    kind = .destroy
                    why = "ALTER … \(w) of every row"
                }
            case "WITH":
                // A CTE that ends in a change.
                if let w = words.first(where: { ["DELETE", "UPDATE", "INSERT", "MERGE"].contains($0) }) {
                    kind = (w == "DELETE" || w == "UPDATE") && !words.contains("WHERE") ? .destroy : .write
                    why = "WITH … \(w)"
                }
            case "EXPLAIN":
                // EXPLAIN ANALYZE runs the statement, however its options are written (`EXPLAIN
                // (ANALYZE, BUFFERS) DELETE …`); without it the statement is only planned.
                let tokens = statement.uppercased().split(whereSeparator: { !($0.isLetter || $0 == "_") })
                if tokens.contains("ANALYZE") || tokens.contains("ANALYSE") {
                    let inner = words.drop(while: { w in explainOptionWords.contains(String(w.filter { $0.isLetter || $0 == "_" })) || w.allSatisfy { !$0.isLetter } })
                        .joined(separator: " ")
                    let op = sql(inner, program: program)
                    kind = op.kind
                    why = "EXPLAIN ANALYZE \(op.why)"
                } else {
                    planned.insert(index)
                }
            case "SELECT", "SHOW", "DESCRIBE", "DESC", "VALUES", "TABLE", "PRAGMA", "BEGIN", "COMMIT", "START", "ROLLBACK", "END", "USE", "\\D", "\\DT", "\\L", "\\DN", "\\DU", "\\X", "\\CONNINFO", "\\C", "\\Q", ".TABLES", ".SCHEMA", ".HEADERS", ".MODE", ".DATABASES", ".INDEXES", "LIST", "CHECK":
                if first == "SELECT", words.contains("INTO"), !words.contains("FROM") || words.firstIndex(of: "INTO")! < words.firstIndex(of: "FROM")! { kind = .write }
                if first == "PRAGMA", statement.contains("=") { kind = .write }
            case "\\I", "\\IR", ".READ":
                let file = words.count > 1 ? String(statement.split(separator: " ").dropFirst().first ?? "") : ""
                let op = scriptFile(file, program: program)
                kind = op.kind
                why = op.why
            case "FLUSHALL", "FLUSHDB":
                kind = .destroy
            case "MATCH", "OPTIONAL", "DETACH":
                // Cypher: a match that deletes what it matches, without a WHERE, empties it.
                if words.contains("DELETE") {
                    kind = words.contains("WHERE") ? .write : .destroy
                    why = words.contains("DETACH") ? "MATCH … DETACH DELETE" : "MATCH … DELETE"
                } else if words.contains(where: { ["SET", "CREATE", "MERGE", "REMOVE"].contains($0) }) {
                    kind = .write
                }
            case "REMOVE":
                // SurrealQL's REMOVE TABLE / FIELD / INDEX / DATABASE / NAMESPACE.
                kind = .destroy
                why = words.prefix(2).joined(separator: " ")
            default:
                kind = .write
            }
            if kind > result.kind { result = CommandOperation(kind: kind, why: "\(program): SQL \(why)") }
        }
        // Only reads, and no word of a change outside string literals and comments: the
        // statements change nothing, whatever their literals say (`SELECT 'DROP TABLE ' || …`).
        if result.kind == .read, !statements(text).isEmpty {
            let bare = statements(text).enumerated().filter { !planned.contains($0.offset) }.map { withoutLiterals($0.element) }.joined(separator: " ").uppercased()
            let changing: Set<String> = ["DROP", "TRUNCATE", "DELETE", "UPDATE", "INSERT", "ALTER", "INTO", "MERGE", "GRANT", "REVOKE", "CREATE", "SETVAL", "LO_UNLINK", "DBLINK", "DBLINK_EXEC", "COPY", "CALL", "DO", "EXEC", "EXECUTE"]
            let words = bare.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            if !words.contains(where: { changing.contains(String($0)) || $0.hasPrefix("PG_TERMINATE") || $0.hasPrefix("PG_CANCEL") || $0.hasPrefix("PG_DROP") }) {
                result.harmless = true
            }
        }
        return result
    }

    /// Words of an EXPLAIN's options, before the statement it explains.
    static let explainOptionWords: Set<String> = [
        "EXPLAIN", "ANALYZE", "ANALYSE", "VERBOSE", "BUFFERS", "COSTS", "SETTINGS", "WAL", "TIMING", "SUMMARY", "FORMAT", "TEXT",
        "JSON", "XML", "YAML", "TREE", "TRADITIONAL", "TRUE", "FALSE", "ON", "OFF", "GENERIC_PLAN", "MEMORY", "SERIALIZE", "NONE", "BINARY",
    ]

    /// The condition after a statement's first WHERE, up to ORDER BY, LIMIT or RETURNING,
    /// uppercased, without spaces or a final `;`; nil without one.
    static func whereClause(of statement: String) -> String? {
        let words = statement.uppercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        guard let at = words.firstIndex(of: "WHERE") else { return nil }
        let rest = words[(at + 1)...].prefix { !["ORDER", "LIMIT", "RETURNING"].contains($0) }
        var clause = rest.joined()
        while clause.hasSuffix(";") { clause.removeLast() }
        return clause
    }

    /// A condition every row meets: `TRUE`, `1`, `NOT FALSE`, or two identical sides of `=`
    /// (`1=1`, `'a' = 'a'`), in parentheses or not. `clause` as `whereClause` gives it.
    static func alwaysTrue(_ clause: String?) -> Bool {
        guard var c = clause else { return false }
        while c.hasPrefix("(") && c.hasSuffix(")") { c = String(c.dropFirst().dropLast()) }
        if ["TRUE", "1", "NOTFALSE", "NOT0"].contains(c) { return true }
        let sides = c.split(separator: "=", omittingEmptySubsequences: false)
        guard sides.count == 2, let left = sides.first, let right = sides.last else { return false }
        return !left.isEmpty && left == right && !left.contains(where: { $0 == "<" || $0 == ">" || $0 == "!" })
    }

    /// `text` without its quoted string literals and identifiers.
    static func withoutLiterals(_ text: String) -> String {
        var out = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            if c == "'" || c == "\"" || c == "`" { quote = c; out.append(" "); continue }
            out.append(c)
        }
        return out
    }

    /// Statements separated by `;` outside quotes, with `--` and `/* */` comments removed.
    static func statements(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quote: Character?
        var chars = Array(text)
        var i = 0
        if chars.count > 65536 { chars = Array(chars.prefix(65536)) }
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" || c == "`" { quote = c; current.append(c); i += 1; continue }
            if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count, !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            if c == ";" || (c == "\n" && current.trimmingWhitespace().hasPrefix("\\")) {
                out.append(current.trimmingWhitespace())
                current = ""
                i += 1
                continue
            }
            current.append(c)
            i += 1
        }
        if !current.trimmingWhitespace().isEmpty { out.append(current.trimmingWhitespace()) }
        return out.filter { !$0.isEmpty }
    }

    // MARK: Mongo

    static func mongo(_ a: Arguments, _ program: String, stdin: String?) -> CommandOperation? {
        var texts = a.values(of: OptionSpec("--eval")).map(String.init)
        if let stdin { texts.append(stdin) }
        guard !texts.isEmpty else { return nil }
        var result = CommandOperation(kind: .read, why: "\(program) --eval")
        for text in texts {
            let t = String(text.filter { $0 != " " && $0 != "\n" && $0 != "\t" })
            let destroy = ["dropDatabase(", ".drop(", "deleteMany({})", ".remove({})", "dropIndexes(", "dropAllUsers(", "dropUser("]
            if let d = destroy.first(where: { t.contains($0) }) { return CommandOperation(kind: .destroy, why: "\(program): \(d)…)") }
            let writes = ["deleteMany(", "deleteOne(", "updateOne(", "updateMany(", "insert", "replaceOne(", "createIndex", "createCollection", "renameCollection", "findOneAndDelete", "findOneAndUpdate", "findOneAndReplace", "bulkWrite", "$out", "$merge", ".save("]
            if let w = writes.first(where: { t.contains($0) }) { result = CommandOperation(kind: .write, why: "\(program): \(w)") }
        }
        return result
    }

    // MARK: Redis

    static let redisDestroy: Set<String> = ["FLUSHALL", "FLUSHDB", "SHUTDOWN", "DEBUG", "SWAPDB", "FAILOVER", "REPLICAOF", "SLAVEOF"]
    static let redisRead: Set<String> = ["GET", "MGET", "PING", "INFO", "KEYS", "SCAN", "DBSIZE", "TTL", "PTTL", "TYPE", "EXISTS", "MONITOR", "HGET", "HGETALL", "HMGET", "HKEYS", "HVALS", "HLEN", "HSCAN", "LRANGE", "LLEN", "LINDEX", "SMEMBERS", "SCARD", "SISMEMBER", "SSCAN", "ZRANGE", "ZRANGEBYSCORE", "ZCARD", "ZSCORE", "ZSCAN", "STRLEN", "GETRANGE", "XRANGE", "XREAD", "XLEN", "XINFO", "CLIENT", "SLOWLOG", "LATENCY", "MEMORY", "OBJECT", "TIME", "LASTSAVE", "ROLE", "ECHO", "COMMAND", "SUBSCRIBE", "PSUBSCRIBE", "RANDOMKEY", "DUMP", "BITCOUNT", "PFCOUNT", "GEOPOS", "GEODIST", "HELLO", "AUTH", "SELECT", "CLUSTER"]

    static func redis(_ a: Arguments, _ words: [String], _ program: String, stdin: String?) -> CommandOperation? {
        var commands: [[String]] = []
        // The command is the first positional that is not an option's value (`-n 2 FLUSHALL`).
        if let start = a.positionals.firstIndex(where: { !a.items[$0].mayBeValue || redisDestroy.contains(a.items[$0].text.uppercased()) || redisRead.contains(a.items[$0].text.uppercased()) }) {
            commands.append(a.positionals[start...].map { a.items[$0].text })
        }
        if let stdin { commands += stdin.split(separator: "\n").map { $0.split(separator: " ").map(String.init) } }
        if commands.isEmpty, let mode = a.items.first(where: { redisReadModes.matches($0) }) { return CommandOperation(kind: .read, why: "\(program) \(mode.name)") }
        guard !commands.isEmpty else { return nil }
        var result = CommandOperation(kind: .read, why: "\(program)")
        for command in commands {
            guard let first = command.first?.uppercased() else { continue }
            if redisDestroy.contains(first) { return CommandOperation(kind: .destroy, why: "\(program) \(first)") }
            // DEL with no key on its line deletes every key its input names (`xargs redis-cli DEL`).
            if (first == "DEL" || first == "UNLINK"), command.count == 1 { return CommandOperation(kind: .destroy, why: "\(program) \(first) of every key its input names") }
            if first == "CONFIG", command.count > 1, command[1].uppercased() == "SET" { result = CommandOperation(kind: .write, why: "\(program) CONFIG SET") ; continue }
            if first == "CONFIG" { continue }
            if !redisRead.contains(first), result.kind < .write { result = CommandOperation(kind: .write, why: "\(program) \(first)") }
        }
        return result
    }

    // MARK: HTTP

    static let httpMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT", "PURGE"]

    static func http(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        var method: String?
        var url: String?
        switch program {
        case "curl", "curlie":
            method = value(a, "-X|--request")?.uppercased()
            if method == nil {
                if has(a, "-I|--head") { method = "HEAD" }
                // `-G`: the data goes into the URL's query string of a GET.
                else if has(a, "-G|--get") { method = "GET" }
                else if has(a, "-T|--upload-file") || !a.values(of: OptionSpec("-T|--upload-file")).isEmpty { method = "PUT" }
                else if a.items.contains(where: { ["-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--json", "-F", "--form", "--form-string"].contains(String($0.name)) || ($0.kind == .short && ($0.name.hasPrefix("-d") || $0.name.hasPrefix("-F")) && !$0.name.hasPrefix("-dr")) }) { method = "POST" }
            }
            url = words.first(where: { $0.contains("://") }) ?? words.first(where: { $0.contains(".") && !$0.hasPrefix("@") && !$0.contains(" ") })
        case "wget":
            method = value(a, "--method")?.uppercased()
            if method == nil, has(a, "--post-data|--post-file") || !a.values(of: OptionSpec("--post-data|--post-file")).isEmpty { method = "POST" }
            url = words.first
        default:  // httpie, xh: [METHOD] URL [ITEM…]
            if let first = words.first, httpMethods.contains(first.uppercased()) {
                method = first.uppercased()
                url = words.dropFirst().first
            } else {
                url = words.first
                // `name=value` and `name:=json` items make a body, and httpie then POSTs.
                if words.dropFirst().contains(where: { $0.contains("=") && !$0.contains("==") }) { method = "POST" }
            }
        }
        let m = method ?? "GET"
        let host = url.flatMap { TargetExtractor.host(in: Substring($0)) } ?? url.map { String($0.split(separator: "/").first ?? "") }
        let target = host.map { " \($0)" } ?? ""
        // SQL sent as a request's query parameter or body field (`query=DROP TABLE t`): what
        // the database behind the endpoint runs.
        if let query = requestQuery(a, words), query.kind == .destroy { return query }
        // A request that acts on a path whose last segment deletes (`POST …/delete`,
        // `…/_delete_by_query`).
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, let last = urlPath(url).last,
           let verb = Words.split(String(last)).first, genericDestroyWords.contains(verb) || joinedVerb(verb) {
            // This machine's own server is the agent's, unless a data service's port holds it.
            if let host, isLoopback(host), !isLocalDataService(url) { return CommandOperation(kind: .local, why: "\(program) \(m) \(last) to \(host)") }
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target): the path's last segment, \(last), deletes")
        }
        switch m {
        case "GET", "HEAD", "OPTIONS", "TRACE":
            return CommandOperation(kind: .read, why: "\(program) \(m)\(target)")
        case "DELETE", "PURGE":
            // A server on this machine (the project's dev server) is the agent's own; a data
            // service's port there holds stored data.
            if let host, isLoopback(host), !isLocalDataService(url) { return CommandOperation(kind: .local, why: "\(program) \(m) to \(host)") }
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target)")
        default:
            if let url, deletingPath(url), isLocalDataService(url) || !(host.map(isLoopback) ?? false) {
                return CommandOperation(kind: .destroy, why: "\(program) \(m) to a path that deletes (\(url))")
            }
            if let host, isLoopback(host) { return CommandOperation(kind: .local, why: "\(program) \(m) to \(host)") }
            return CommandOperation(kind: .write, why: "\(program) \(m)\(target)")
        }
    }

    /// Names a query parameter or body field holding SQL goes by.
    static let queryFields: Set<String> = ["query", "q", "sql", "stmt", "statement"]
    static let requestData = OptionSpec("-d|--data|--data-raw|--data-binary|--data-urlencode|--json|-F|--form|--post-data")

    /// The strictest SQL in a request's data or URL query string, read as the SQL it is.
    static func requestQuery(_ a: Arguments, _ words: [String]) -> CommandOperation? {
        var texts = a.values(of: requestData).map(String.init)
        texts += words.compactMap { w in w.firstIndex(of: "?").map { String(w[w.index(after: $0)...]) } }
        var best: CommandOperation?
        for text in texts {
            var values: [String] = []
            for pair in text.split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2, queryFields.contains(kv[0].lowercased()) { values.append(percentDecoded(kv[1])) }
            }
            // A JSON body: `{"query": "…"}`.
            for field in queryFields {
                guard let r = text.range(of: "\"\(field)\"") else { continue }
                let rest = text[r.upperBound...].drop(while: { $0 == " " || $0 == ":" })
                guard rest.first == "\"" else { continue }
                values.append(String(rest.dropFirst().prefix(while: { $0 != "\"" })))
            }
            for v in values {
                let trimmed = Substring(v.trimmingWhitespace())
                guard looksLikeQuery(trimmed) else { continue }
                let op = sql(String(trimmed), program: "HTTP")
                if best == nil || op.kind > best!.kind { best = op }
            }
        }
        return best
    }

    /// `%20` and `+` as the characters they stand for.
    static func percentDecoded(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        var i = s.utf8.startIndex
        let u = s.utf8
        while i < u.endIndex {
            let c = u[i]
            if c == UInt8(ascii: "+") { bytes.append(UInt8(ascii: " ")); i = u.index(after: i); continue }
            if c == UInt8(ascii: "%"), let h = u.index(i, offsetBy: 2, limitedBy: u.endIndex), h < u.endIndex,
               let v = UInt8(String(decoding: u[u.index(after: i)...h], as: UTF8.self), radix: 16) {
                bytes.append(v)
                i = u.index(after: h)
                continue
            }
            bytes.append(c)
            i = u.index(after: i)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The segments of a URL's path, without its query string.
    static func urlPath(_ url: String) -> [Substring] {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        rest = rest.prefix(while: { $0 != "?" && $0 != "#" })
        return Array(rest.split(separator: "/").dropFirst())
    }

    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().split(separator: ":").first.map(String.init) ?? host
        return h == "localhost" || h.hasSuffix(".localhost") || h == "127.0.0.1" || h.hasPrefix("127.") || h == "[::1]" || h == "::1" || h == "0.0.0.0" || host == "[::1]"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
