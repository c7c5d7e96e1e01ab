// What database clients and HTTP clients are asked to do: the SQL given in `-c`/`-e`, as
// positional text, on stdin (a heredoc or `echo … |` in a script) or in a file named by `-f`;
// Mongo shell code given to `--eval`; Redis commands; the HTTP method of a request.

extension Operations {
    // MARK: SQL

    static func sqlClient(_ a: Arguments, _ words: [String], _ program: String, options: [String], files: [String], positionalSQL: Bool, stdin: String?) -> CommandOperation? {
        var texts: [String] = []
        for o in options { texts += a.values(of: OptionSpec(o)).map(String.init) }
        // Their one-letter options clustered (`psql -Atc 'SQL'`, `mysql -Ne 'SQL'`); not the
        // embedded shells', whose options are words after one dash (`sqlite3 -batch`).
        if !positionalSQL { texts += a.clusteredValues(of: OptionSpec(options.joined(separator: "|"))).map(String.init) }
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
        // A file redirected to its input, as the line is typed (`psql db < drop_all.sql`): read
        // by its name as `-f` is.
        let redirected = redirectedInput(a).map { [$0] } ?? []
        for file in files.flatMap({ a.values(of: OptionSpec($0)).map(String.init) }) + redirected {
            let op = scriptFile(file, program: program, testDatabase: { namesTestDatabase(a, besides: file) })
            if result == nil || op.kind > result!.kind { result = op }
        }
        // `psql`, `mysql db` alone: an interactive session, whose statements are not known here.
        return result
    }

    /// The embedded databases' shells, which hold a database in memory when told to.
    static let embeddedDatabaseShells: Set<String> = ["sqlite3", "sqlite", "duckdb"]
    /// Their options that only shape output or carry the SQL: any other (`-init FILE`, a
    /// script by name) runs what the line does not show.
    static let inMemoryOptions: Set<String> = [
        "-c", "-cmd", "--cmd", "-json", "-csv", "-header", "-noheader", "-line", "-list", "-box", "-table", "-markdown",
        "-column", "-html", "-bail", "-echo", "-batch", "-readonly",
    ]
    /// Words by which SQL reaches past a database in memory: a file attached, copied to or
    /// from, exported or vacuumed into, extensions installed or loaded, files read or written
    /// by the shell's functions, secrets kept on disk.
    static let leavingMemoryWords: Set<String> = [
        "ATTACH", "COPY", "EXPORT", "IMPORT", "INSTALL", "LOAD", "VACUUM", "WRITEFILE", "READFILE", "LOAD_EXTENSION", "EDIT",
        "OUTFILE", "DUMPFILE", "SECRET", "PERSISTENT", "FORCE", "SYSTEM", "SHELL",
    ]
    /// How a database held in memory is named to the shells.
    static let inMemoryDatabaseNames: Set<String> = [":memory:", "file::memory:", "file::memory:?cache=shared"]
    /// Dot-commands of the shells that only show or format.
    static let showingDotCommands: Set<String> = [
        ".tables", ".schema", ".headers", ".header", ".mode", ".print", ".timer", ".width", ".nullvalue", ".echo", ".changes",
        ".show", ".indexes", ".indices", ".databases", ".fullschema", ".stats", ".columns", ".maxrows",
    ]

    /// SQL run on a database in memory (`sqlite3 :memory: 'CREATE TABLE t(x); DELETE FROM t;'`,
    /// `duckdb -c '…'` with no database file): whatever it drops or deletes is gone when the
    /// shell exits and was made by the same line. Not when the SQL reaches a file, an extension
    /// or a shell (`ATTACH`, `COPY`, `.shell`, `.output`), nor when any of it is in a file.
    static func inMemoryOnly(_ a: Arguments, program: String, stdin: String?) -> CommandOperation? {
        guard a.items.allSatisfy({ $0.kind == .positional || inMemoryOptions.contains(String($0.name)) }) else { return nil }
        // The SQL of `-c`/`-cmd`, and the positionals: the database first, then SQL.
        var texts: [String] = []
        var positionals: [String] = []
        for (i, item) in a.items.enumerated() where item.kind == .positional {
            // A here-string as words (a line as typed) is the input, given as `stdin`.
            if item.text == "<<<" { break }
            let previous = i > 0 ? a.items[i - 1] : nil
            if let previous, previous.kind != .positional, previous.inlineValue == nil, ["-c", "-cmd", "--cmd"].contains(String(previous.name)) {
                texts.append(item.text)
            } else {
                positionals.append(item.text)
            }
        }
        texts += a.items.compactMap { $0.kind != .positional && ["-c", "-cmd", "--cmd"].contains(String($0.name)) ? $0.inlineValue.map(String.init) : nil }
        // No database named: SQLite's shell and DuckDB's open one in memory.
        guard positionals.first.map(inMemoryDatabaseNames.contains) ?? true else { return nil }
        texts += positionals.dropFirst()
        if let stdin { texts.append(stdin) }
        guard !texts.isEmpty else { return nil }
        for text in texts {
            if text.hasPrefix("<") { return nil }
            let tokens = text.uppercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            if tokens.contains(where: { leavingMemoryWords.contains(String($0)) }) { return nil }
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
                let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
                guard trimmed.hasPrefix(".") else { continue }
                let command = trimmed.prefix(while: { !$0.isWhitespace }).lowercased()
                if !showingDotCommands.contains(command) { return nil }
            }
        }
        return CommandOperation(kind: .read, why: "\(program) runs its SQL on a database in memory, gone when it exits", harmless: true)
    }

    /// The file a line redirects to a command's input (`< file`, `<file`), as typed; at the exec
    /// the shell has opened it and the words are gone.
    static func redirectedInput(_ a: Arguments) -> String? {
        for (n, i) in a.positionals.enumerated() where !a.items[i].afterDoubleDash {
            let text = a.items[i].text
            var file: String?
            if text == "<", n + 1 < a.positionals.count { file = a.items[a.positionals[n + 1]].text }
            if text.hasPrefix("<"), !text.hasPrefix("<<"), text.count > 1 { file = String(text.dropFirst()) }
            if let file { return file == "/dev/null" ? nil : file }
        }
        return nil
    }

    /// Whether a word of the line other than the script names a database for tests (`-d
    /// shop_test`, `postgres://…/test_shop`).
    static func namesTestDatabase(_ a: Arguments, besides file: String) -> Bool {
        a.items.contains { item in
            let text = item.inlineValue.map(String.init) ?? item.text
            return text != file && Words.split(text.lowercased()).contains("test")
        }
    }

    /// Words by which a SQL file's name says it drops, resets or deletes.
    static let scriptDestroyingWords = ["drop", "truncate", "reset", "wipe", "purge", "teardown", "destroy", "clean", "delete"]
    /// Directories of a project's test suite.
    static let testSuiteDirectories: Set<String> = ["spec", "specs", "test", "tests", "__tests__", "testdata", "fixtures"]

    /// A SQL file by its name: a file named for dropping or resetting is read as such; any other
    /// script may change anything. A file of the test suite named for creating again what it
    /// drops (`spec/support/drop_and_create_test_schema.sql`), run on a database the line names
    /// for tests (`testDatabase`), sets up the tests' database: it writes.
    static func scriptFile(_ name: String, program: String, testDatabase: () -> Bool = { false }) -> CommandOperation {
        let lowered = name.lowercased()
        guard let word = scriptDestroyingWords.first(where: lowered.contains) else {
            return CommandOperation(kind: .write, why: "\(program) runs \(name)")
        }
        let base = lowered.split(separator: "/").last.map(String.init) ?? lowered
        let directories = lowered.split(separator: "/").dropLast()
        if directories.contains(where: { testSuiteDirectories.contains(String($0)) }),
           let at = base.firstRange(of: word), base[at.upperBound...].contains("create"), testDatabase() {
            return CommandOperation(kind: .write, why: "\(program) runs \(name), which makes the tests' schema again")
        }
        return CommandOperation(kind: .destroy, why: "\(program) runs \(name)")
    }

    /// The strictest statement of `text`: DROP, TRUNCATE, DELETE or UPDATE without WHERE and
    /// ALTER … DROP destroy; other changes write; SELECT, SHOW, EXPLAIN, meta-commands read.
    static func sql(_ text: String, program: String) -> CommandOperation {
        // A client's help on a statement (`\\h DROP DATABASE`, `\\?`) runs nothing.
        let trimmed = text.drop(while: { $0 == " " || $0 == "\n" })
        if trimmed.hasPrefix("\\h") || trimmed.hasPrefix("\\help") || trimmed.hasPrefix("\\?") {
            return CommandOperation(kind: .read, why: "\(program) help", harmless: true)
        }
        if rolledBack(text) { return CommandOperation(kind: .read, why: "\(program): every change in a transaction it rolls back", harmless: true) }
        var result = CommandOperation(kind: .read, why: "\(program) query")
        // Statements only planned (EXPLAIN without ANALYZE): their words are not run.
        var planned: Set<Int> = []
        for (index, statement) in statements(text).enumerated() {
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "(" }).map { $0.uppercased() }
            // A client's meta-command (`\\h DROP DATABASE` asks psql for the statement's help).
            guard let first = words.first, !first.hasPrefix("\\") else { continue }
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
            case "RESET" where words.count > 1 && ["MASTER", "BINARY", "REPLICA", "SLAVE"].contains(words[1]):
                // MySQL: deletes every binary log (MASTER, BINARY LOGS AND GTIDS) or a replica's
                // relay logs and position. PostgreSQL's `RESET name` and `RESET ALL` only put
                // session settings back, and write.
                kind = .destroy
                why = words.prefix(2).joined(separator: " ")
            case "PURGE" where words.count > 1 && ["BINARY", "MASTER"].contains(words[1]):
                kind = .destroy
                why = words.prefix(3).joined(separator: " ")
            case "MATCH", "OPTIONAL", "DETACH":
                // Cypher: a match that deletes what it matches, without a WHERE, empties it.
                if words.contains("DELETE") {
                    kind = words.contains("WHERE") ? .write : .destroy
                    why = words.contains("DETACH") ? "MATCH … DETACH DELETE" : "MATCH … DELETE"
                } else if words.contains(where: { ["SET", "CREATE", "MERGE", "REMOVE"].contains($0) }) {
                    kind = .write
                }
            case "CREATE" where replacesStoredObject(words.dropFirst()) != nil, "REPLACE" where words.dropFirst().first == "TABLE":
                // `CREATE OR REPLACE TABLE t AS …` (Snowflake, BigQuery, DuckDB, ClickHouse,
                // Databricks) and `REPLACE TABLE t …`: the table there is dropped with its rows
                // and made anew. A view or function replaced keeps no data, and a temporary
                // table lives for the session only. (MySQL's `REPLACE INTO` is an upsert.)
                kind = .destroy
                why = first == "CREATE" ? "CREATE OR REPLACE \(replacesStoredObject(words.dropFirst()) ?? "TABLE")" : "REPLACE TABLE"
            case "VACUUM" where words.contains("RETAIN") && words.drop(while: { $0 != "RETAIN" }).dropFirst().first.map({ Double($0) == 0 }) == true:
                // Delta Lake's `VACUUM t RETAIN 0 HOURS`: every earlier version's files deleted,
                // time travel and any reader still on them gone. (PostgreSQL's VACUUM reclaims
                // space and writes.)
                kind = .destroy
                why = "VACUUM … RETAIN 0"
            case "REMOVE":
                // SurrealQL's REMOVE TABLE / FIELD / INDEX / DATABASE / NAMESPACE.
                kind = .destroy
                why = words.prefix(2).joined(separator: " ")
            default:
                kind = .write
            }
            // A function or procedure called for what its name says it deletes:
            // `SELECT pg_drop_replication_slot('x')`, `CALL purge_old_partitions()`.
            if kind < .destroy, let call = destroyingCall(statement) {
                kind = .destroy
                why = "\(first) \(call)(…)"
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

    /// Rows changed inside a transaction that ends by rolling back (`BEGIN; DELETE FROM jobs;
    /// ROLLBACK;`, a delete tried before it is run): nothing stays changed. Only rows: DDL
    /// commits by itself in some databases, and a call's side effects (`pg_terminate_backend`,
    /// a slot dropped, a remote `dblink_exec`) are not undone.
    static func rolledBack(_ text: String) -> Bool {
        let all = statements(text).map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map { $0.uppercased() } }.filter { !$0.isEmpty }
        guard all.count > 2, let first = all.first?.first, first == "BEGIN" || (first == "START" && all[0].dropFirst().first == "TRANSACTION"),
              all.last == ["ROLLBACK"] || all.last == ["ROLLBACK", "TRANSACTION"] || all.last == ["ROLLBACK", "WORK"] else { return false }
        let rows: Set<String> = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"]
        return all.dropFirst().dropLast().allSatisfy { words in
            guard let w = words.first, rows.contains(w) else { return false }
            let statement = words.joined(separator: " ")
            return destroyingCall(statement) == nil && !words.contains(where: { $0.contains("PG_TERMINATE") || $0.contains("PG_CANCEL") || $0.contains("DBLINK") || $0.contains("LO_UNLINK") })
        }
    }

    /// What `OR REPLACE …` after CREATE replaces when it holds stored rows: a table, a
    /// database or a schema (`OR REPLACE TRANSIENT TABLE` too); nil for views, functions,
    /// procedures and temporary tables.
    static func replacesStoredObject(_ words: ArraySlice<String>) -> String? {
        guard words.count > 2, words.first == "OR", words.dropFirst().first == "REPLACE" else { return nil }
        let modifiers: Set<String> = ["TRANSIENT", "EXTERNAL", "DYNAMIC", "ICEBERG", "HYBRID", "SNAPSHOT"]
        guard let object = words.dropFirst(2).first(where: { !modifiers.contains($0) }) else { return nil }
        return ["TABLE", "DATABASE", "SCHEMA"].contains(object) ? object : nil
    }

    /// The first function called in `statement` (outside string literals) whose name, split at
    /// `_` and `.`, holds a destroying verb: `pg_drop_replication_slot`, `drop_chunks`,
    /// `sys.purge_logs`. Not `is_deleted(…)` or `count(deleted_at)`: the word must be the verb
    /// itself, and the name must be followed by `(`.
    static func destroyingCall(_ statement: String) -> String? {
        let bare = Array(withoutLiterals(statement).lowercased())
        var i = 0
        while i < bare.count {
            guard bare[i].isLetter || bare[i] == "_" else { i += 1; continue }
            var j = i
            while j < bare.count, bare[j].isLetter || bare[j].isNumber || bare[j] == "_" || bare[j] == "." { j += 1 }
            let name = String(bare[i..<j])
            var k = j
            while k < bare.count, bare[k] == " " { k += 1 }
            if k < bare.count, bare[k] == "(" {
                let parts = name.split(whereSeparator: { $0 == "_" || $0 == "." }).map(String.init)
                let function = name.split(separator: ".").last.map { $0.split(separator: "_").map(String.init) } ?? []
                if parts.count > 1, parts.contains(where: sqlCallDestroyWords.contains) || (function.count > 1 && sqlCallLeadingDestroyWords.contains(function[0])) { return name }
            }
            i = j
        }
        return nil
    }

    static let sqlCallDestroyWords: Set<String> = ["drop", "delete", "purge", "truncate", "wipe", "destroy", "erase"]
    /// Verbs that destroy only as a name's first word: a table format's snapshots expired
    /// (`CALL system.expire_snapshots(…)`; not `date_expire(…)`).
    static let sqlCallLeadingDestroyWords: Set<String> = ["expire"]

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
            // An update of every document (an empty filter) rewrites them all, as an UPDATE
            // without WHERE does.
            let destroy = ["dropDatabase(", ".drop(", "deleteMany({})", ".remove({})", "dropIndexes(", "dropAllUsers(", "dropUser(", "updateMany({},", "replaceMany({},",
                           "dropRole(", "dropAllRoles(",
                           // The same as database commands (`db.runCommand({drop: "users"})`,
                           // `db.adminCommand({dropAllUsersFromDatabase: 1})`).
                           "{drop:", "{dropDatabase:", "{dropIndexes:", "{dropUser:", "{dropRole:", "{dropAllUsersFromDatabase:", "{dropAllRolesFromDatabase:", "{dropSearchIndex:"]
            if let d = destroy.first(where: { t.contains($0) }) { return CommandOperation(kind: .destroy, why: "\(program): \(d)…)") }
            let writes = ["deleteMany(", "deleteOne(", "updateOne(", "updateMany(", "insert", "replaceOne(", "createIndex", "createCollection", "renameCollection", "findOneAndDelete", "findOneAndUpdate", "findOneAndReplace", "bulkWrite", "$out", "$merge", ".save("]
            if let w = writes.first(where: { t.contains($0) }) { result = CommandOperation(kind: .write, why: "\(program): \(w)") }
        }
        return result
    }

    // MARK: A cache's text protocol

    /// Programs that send their input to a server as it is.
    static let rawSocketClients: Set<String> = ["nc", "ncat", "netcat", "telnet", "socat"]

    /// A cache server's text protocol typed into a socket (`echo flush_all | nc localhost
    /// 11211`, `printf 'FLUSHALL\r\n' | socat - TCP:cache:6379`), read as its own client's
    /// command would be; and memcached's own flush tool (`memcflush --servers=…`).
    static func cacheTextProtocol(_ view: ExecView) -> CommandOperation? {
        let keys = view.programKeys
        if keys.contains("memcflush") { return CommandOperation(kind: .destroy, why: "memcflush empties the memcached servers it names") }
        guard let program = keys.first(where: rawSocketClients.contains), let given = view.request.stdin ?? hereString(view.arguments) else { return nil }
        // printf's escapes as written in a line (`'flush_all\r\n'`) end a command too.
        let text = given.replacingOccurrences(of: "\\r", with: "\n").replacingOccurrences(of: "\\n", with: "\n")
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            guard let first = line.split(separator: " ").first else { continue }
            if first.lowercased() == "flush_all" { return CommandOperation(kind: .destroy, why: "\(program) sends memcached's flush_all, which empties the cache") }
            if redisDestroy.contains(first.uppercased()) { return CommandOperation(kind: .destroy, why: "\(program) sends Redis's \(first.uppercased())") }
        }
        return nil
    }

    // MARK: Redis

    static let redisDestroy: Set<String> = ["FLUSHALL", "FLUSHDB", "SHUTDOWN", "DEBUG", "SWAPDB", "FAILOVER", "REPLICAOF", "SLAVEOF"]
    /// A cluster's subcommands that take away slots, nodes or a node's state.
    static let redisClusterDestroy: Set<String> = ["RESET", "FLUSHSLOTS", "DELSLOTS", "DELSLOTSRANGE", "FORGET"]
    static let redisRead: Set<String> = ["GET", "MGET", "PING", "INFO", "KEYS", "SCAN", "DBSIZE", "TTL", "PTTL", "TYPE", "EXISTS", "MONITOR", "HGET", "HGETALL", "HMGET", "HKEYS", "HVALS", "HLEN", "HSCAN", "LRANGE", "LLEN", "LINDEX", "SMEMBERS", "SCARD", "SISMEMBER", "SSCAN", "ZRANGE", "ZRANGEBYSCORE", "ZCARD", "ZSCORE", "ZSCAN", "STRLEN", "GETRANGE", "XRANGE", "XREAD", "XLEN", "XINFO", "CLIENT", "SLOWLOG", "LATENCY", "MEMORY", "OBJECT", "TIME", "LASTSAVE", "ROLE", "ECHO", "COMMAND", "SUBSCRIBE", "PSUBSCRIBE", "RANDOMKEY", "DUMP", "BITCOUNT", "PFCOUNT", "GEOPOS", "GEODIST", "HELLO", "AUTH", "SELECT", "CLUSTER"]

    static func redis(_ a: Arguments, _ words: [String], _ program: String, stdin: String?) -> CommandOperation? {
        var commands: [[String]] = []
        // The command is the first positional that is not an option's value (`-n 2 FLUSHALL`).
        if a.values(of: OptionSpec("--cluster")).first == "call", let call = a.positionals.firstIndex(where: { a.items[$0].text == "call" }),
           call + 2 < a.positionals.count {
            // `--cluster call HOST:PORT COMMAND…`: the command runs on every node.
            commands.append(a.items[a.positionals[call + 2]...].map(\.text))
        } else if let start = a.positionals.firstIndex(where: { !a.items[$0].mayBeValue || redisDestroy.contains(a.items[$0].text.uppercased()) || redisRead.contains(a.items[$0].text.uppercased()) }) {
            // Every word from there on: a range's bounds may look like options (`-1`, `-inf`).
            commands.append(a.items[a.positionals[start]...].map(\.text))
        }
        if let stdin { commands += stdin.split(separator: "\n").map { $0.split(separator: " ").map(String.init) } }
        if commands.isEmpty, let mode = a.items.first(where: { redisReadModes.matches($0) }) { return CommandOperation(kind: .read, why: "\(program) \(mode.name)") }
        guard !commands.isEmpty else { return nil }
        var result = CommandOperation(kind: .read, why: "\(program)")
        for command in commands {
            guard let first = command.first?.uppercased() else { continue }
            if redisDestroy.contains(first) { return CommandOperation(kind: .destroy, why: "\(program) \(first)") }
            // A stream's consumer group destroyed, with its pending entries and positions.
            if first == "XGROUP", command.count > 1, command[1].uppercased() == "DESTROY" { return CommandOperation(kind: .destroy, why: "\(program) XGROUP DESTROY") }
            if first == "CLUSTER", command.count > 1, redisClusterDestroy.contains(command[1].uppercased()) {
                return CommandOperation(kind: .destroy, why: "\(program) CLUSTER \(command[1].uppercased())")
            }
            if let emptied = redisEmpties(command) { return CommandOperation(kind: .destroy, why: "\(program) \(emptied)") }
            // A Lua script run by the server (`EVAL "return redis.call('del', unpack(redis.call(
            // 'keys', ARGV[1])))" 0 'cart:*'`): the commands it calls, a delete of every key a
            // KEYS or SCAN finds, or a flush.
            if first == "EVAL" || first == "EVAL_RO" || first == "FCALL", command.count > 1, let called = luaDestroys(command[1]) {
                return CommandOperation(kind: .destroy, why: "\(program) \(first) of a script that calls \(called)")
            }
            // DEL with no key on its line, or with xargs' `{}`, deletes every key its input
            // names (`xargs redis-cli DEL`, `xargs -I{} redis-cli DEL {}`).
            if (first == "DEL" || first == "UNLINK"), command.dropFirst().allSatisfy({ $0 == "{}" }) { return CommandOperation(kind: .destroy, why: "\(program) \(first) of every key its input names") }
            // A queue's or a ledger's keys (`DEL app:queue:default app:queue:mailers`, `UNLINK
            // ledger:dead`): the jobs or entries they hold are gone. A cache entry, a lock or a
            // rate limit (`DEL cache:home`) is made again.
            if (first == "DEL" || first == "UNLINK"), let key = command.dropFirst().first(where: holdsQueuedData) {
                return CommandOperation(kind: .destroy, why: "\(program) \(first) \(key): the jobs or entries it holds are gone")
            }
            if first == "CONFIG", command.count > 1, command[1].uppercased() == "SET" { result = CommandOperation(kind: .write, why: "\(program) CONFIG SET") ; continue }
            if first == "CONFIG" { continue }
            if !redisRead.contains(first), result.kind < .write { result = CommandOperation(kind: .write, why: "\(program) \(first)") }
        }
        return result
    }

    /// A key named for a queue's, a stream's or a ledger's data (`fw:queue:default`,
    /// `sidekiq:dead`, `orders:outbox`).
    static func holdsQueuedData(_ key: String) -> Bool {
        key.lowercased().split(whereSeparator: { !$0.isLetter }).contains { queuedDataWords.contains(String($0)) }
    }

    static let queuedDataWords: Set<String> = [
        "queue", "queues", "dead", "dlq", "deadletter", "retry", "schedule", "scheduled", "outbox", "inbox", "ledger", "stream", "streams", "jobs", "unacked", "backlog",
    ]

    /// The destroying command a Lua script calls through `redis.call`/`redis.pcall`: a flush,
    /// or DEL/UNLINK of the keys a KEYS or SCAN call found.
    static func luaDestroys(_ script: String) -> String? {
        let lowered = script.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "'")
        for flush in ["flushall", "flushdb"] where lowered.contains("redis.call('\(flush)'") || lowered.contains("redis.pcall('\(flush)'") {
            return flush.uppercased()
        }
        let deletes = ["del", "unlink"].first { lowered.contains("redis.call('\($0)'") || lowered.contains("redis.pcall('\($0)'") }
        let finds = ["keys", "scan"].contains { lowered.contains("redis.call('\($0)'") || lowered.contains("redis.pcall('\($0)'") }
        if let deletes, finds { return "\(deletes.uppercased()) of the keys it finds" }
        return nil
    }

    /// A command that empties what it names rather than changing part of it: a container's
    /// `FLUSH` (`FUNCTION FLUSH` deletes every library, `SCRIPT FLUSH` every cached script), a
    /// stream trimmed to nothing (`XTRIM s MAXLEN 0`), a list trimmed to an empty range (`LTRIM
    /// l 1 0`), a sorted set's whole range removed (`ZREMRANGEBYRANK z 0 -1`, `ZREMRANGEBYSCORE
    /// z -inf +inf`, `ZREMRANGEBYLEX z - +`).
    static func redisEmpties(_ command: [String]) -> String? {
        let up = command.map { $0.uppercased() }
        guard let first = up.first else { return nil }
        if up.count >= 2, first == "FUNCTION" || first == "SCRIPT", up[1] == "FLUSH" { return "\(first) FLUSH" }
        switch first {
        case "XTRIM" where up.count >= 4:
            let rest = up.dropFirst(2).filter { $0 != "=" && $0 != "~" }
            if rest.first == "MAXLEN", rest.dropFirst().first == "0" { return "XTRIM … MAXLEN 0" }
        case "LTRIM" where up.count >= 4:
            if let start = Int(up[2]), let stop = Int(up[3]), start >= 0, stop >= 0, start > stop { return "LTRIM to an empty range" }
        case "ZREMRANGEBYRANK" where up.count >= 4:
            if up[2] == "0", up[3] == "-1" { return "ZREMRANGEBYRANK of the whole set" }
        case "ZREMRANGEBYSCORE" where up.count >= 4:
            if up[2] == "-INF", up[3] == "+INF" || up[3] == "INF" { return "ZREMRANGEBYSCORE of the whole set" }
        case "ZREMRANGEBYLEX" where up.count >= 4:
            if up[2] == "-", up[3] == "+" { return "ZREMRANGEBYLEX of the whole set" }
        default: break
        }
        return nil
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
            url = words.first(where: { $0.contains("://") }) ?? words.first(where: isSchemelessHost) ?? words.first(where: { $0.contains(".") && !$0.hasPrefix("@") && !$0.contains(" ") })
        case "wget":
            method = value(a, "--method")?.uppercased()
            if method == nil, has(a, "--post-data|--post-file") || !a.values(of: OptionSpec("--post-data|--post-file")).isEmpty { method = "POST" }
            url = words.first
        default:  // httpie, xh: [METHOD] URL [ITEM…]
            // `--offline` builds the request and prints it; nothing is sent.
            if has(a, "--offline") { return CommandOperation(kind: .read, why: "\(program) --offline only prints the request", harmless: true, offline: true) }
            if let first = words.first, httpMethods.contains(first.uppercased()) {
                method = first.uppercased()
                url = words.dropFirst().first
            } else {
                url = words.first
                // `name=value` and `name:=json` items make a body, and httpie then POSTs.
                if words.dropFirst().contains(where: { $0.contains("=") && !$0.contains("==") }) { method = "POST" }
            }
            // The shorthand for this machine: `:8000/api` is `localhost:8000/api`.
            if let u = url, u.hasPrefix(":") { url = "localhost" + u }
        }
        let m = method ?? "GET"
        let host = url.flatMap { TargetExtractor.host(in: Substring($0)) } ?? url.map { String($0.split(separator: "/").first ?? "") }
        let target = host.map { " \($0)" } ?? ""
        // SQL sent as a request's query parameter or body field (`query=DROP TABLE t`): what
        // the database behind the endpoint runs.
        if let query = requestQuery(a, words), query.kind == .destroy { return query }
        // A branch moved by force through a forge's API (`PATCH /repos/o/r/git/refs/heads/main`
        // with `"force": true`): the commits it held are dropped, as a force push drops them.
        if m == "PATCH", let url, namesGitRef(urlPath(url)), a.values(of: requestData).contains(where: { body in
            let flat = body.filter { !$0.isWhitespace }.lowercased()
            return flat.contains("\"force\":true") || flat.contains("force=true")
        }) {
            return CommandOperation(kind: .destroy, why: "\(program) PATCH\(target): a branch moved by force, dropping the commits it held")
        }
        // A service's administration path that deletes (`/admin/delete_collection`, `/admin/
        // volume/delete`), whatever the method (some admin APIs act on a GET): its stored
        // data, on this machine too.
        if let url, adminDeletingPath(url), !(["GET", "HEAD"].contains(m) && namesRecordsOfDeletions(url)) {
            return CommandOperation(kind: .destroy, why: "\(program) \(m) to an administration path that deletes (\(url))")
        }
        // A request that acts on a path whose last segment deletes (`POST …/delete`,
        // `…/_delete_by_query`).
        // A search engine's delete by query with a query that selects (`term`, `range`, `ids`):
        // the documents it matches, as a DELETE with a WHERE; without one, or with `match_all`,
        // every document of the index.
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, urlPath(url).last == "_delete_by_query", selectiveQuery(a) {
            return CommandOperation(kind: .write, why: "\(program) \(m)\(target): _delete_by_query of the documents its query selects")
        }
        // Solr's update handler given a delete by query (`<delete><query>*:*</query></delete>`,
        // `{"delete": {"query": "*:*"}}`): every document the query matches, on this machine
        // too. (A delete by id removes those documents, one record each.)
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, urlPath(url).contains(where: { $0 == "update" }), solrDeleteByQuery(a) {
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target): a delete by query to Solr's update handler removes every document it matches")
        }
        // A CDN's cache purged through its API (`…/purge_cache`): fetched again from the origin.
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, let last = urlPath(url).last, Words.split(String(last)).contains(where: { $0 == "cache" }) {
            return CommandOperation(kind: .write, why: "\(program) \(m)\(target): \(last) empties a cache, filled again from its origin")
        }
        // A payment reversed through a payments API (`POST /v1/refunds`, `…/payment_intents/ID/
        // cancel`, `…/invoices/ID/void`, `…/payment_methods/ID/detach`): money moved back or a
        // charge given up, which no request undoes.
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, let reversal = paymentReversal(urlPath(url).map { $0.lowercased() }, method: m) {
            // The project's own server on this machine (`http POST :8000/api/refunds …`): no
            // payment provider moves money for it.
            if let host, isLoopback(host) { return CommandOperation(kind: .local, why: "\(program) \(m) to \(host): \(reversal)") }
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target): \(reversal)")
        }
        // A search or a count sent as a POST (`…/indexes/products/search`, `…/_search`,
        // `…/_count`): it reads.
        if m == "POST", let url, let last = urlPath(url).last?.lowercased(), ["search", "_search", "_count", "_msearch", "query", "_query", "multi-search"].contains(last) {
            return CommandOperation(kind: .read, why: "\(program) POST\(target): \(last) reads")
        }
        // An API method named `object.verb` in the path (`/api/files.delete`, `/api/auth.revoke`):
        // its verb is the last part.
        let lastVerb: (String) -> String? = { last in
            let dotted = last.split(separator: ".")
            return dotted.count == 2 && dotted.allSatisfy({ $0.allSatisfy(\.isLetter) }) ? dotted[1].lowercased() : Words.split(last).first
        }
        if !["GET", "HEAD", "OPTIONS", "TRACE"].contains(m), let url, let last = urlPath(url).last,
           let verb = lastVerb(String(last)), genericDestroyWords.contains(verb) || joinedVerb(verb) {
            // This machine's own server is the agent's, unless a data service's port holds it.
            if let host, isLoopback(host), !isLocalDataService(url) { return CommandOperation(kind: .local, why: "\(program) \(m) \(last) to \(host)") }
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target): the path's last segment, \(last), deletes")
        }
        switch m {
        case "GET", "HEAD", "OPTIONS", "TRACE":
            return CommandOperation(kind: .read, why: "\(program) \(m)\(target)")
        case "DELETE" where isLocalDataService(url) && (url.map(deletesOneStoredItem) ?? false):
            // One document, object or point of a data service's collection, or a revision of
            // one document (CouchDB's `?rev=`): as a SQL DELETE with a key. (Any other host's
            // DELETE destroys what it names, as the issue of HTTP methods has it.)
            return CommandOperation(kind: .write, why: "\(program) DELETE of one item\(target)")
        case "DELETE" where (host.map(isLoopback) ?? false) && !isLocalDataService(url) && (url.map(deletesStoredResource) ?? false):
            // On this machine, but what the path names is a store's own resource (a schema,
            // a dashboard, an index, what an archive holds): a service's stored data, not the
            // project's server's state, whatever its port.
            return CommandOperation(kind: .destroy, why: "\(program) DELETE\(target) of a stored resource (\(url ?? ""))")
        case "DELETE", "PURGE":
            // A server on this machine (the project's dev server) is the agent's own; a data
            // service's port there holds stored data. A DELETE of a whole collection there
            // (`/api/v1/runbooks`, no item named) deletes every item it holds.
            if let host, isLoopback(host), !isLocalDataService(url) {
                // A delete asked to purge (`?purge=true`, `?hard=1`, `?permanent=true`): what a
                // soft delete would keep is gone too.
                if m == "DELETE", let url, asksToPurge(url) {
                    return CommandOperation(kind: .destroy, why: "\(program) DELETE on \(host) that asks to purge (\(url))")
                }
                if m == "DELETE", let url, let last = urlPath(url).last, isCollectionName(last) {
                    return CommandOperation(kind: .destroy, why: "\(program) DELETE of the whole collection \(last) on \(host)")
                }
                // Each item a listing printed (`xargs -I{} curl -X DELETE …/hooks/{}`, a loop
                // over `$(curl …/hooks | jq …)`): the collection, one request at a time.
                if m == "DELETE", let url, case let path = urlPath(url), path.count >= 2, path.last == "{}", isCollectionName(path[path.count - 2]) {
                    return CommandOperation(kind: .destroy, why: "\(program) DELETE of each item of \(path[path.count - 2]) its input lists, on \(host)")
                }
                return CommandOperation(kind: .local, why: "\(program) \(m) to \(host)")
            }
            return CommandOperation(kind: .destroy, why: "\(program) \(m)\(target)")
        default:
            if let url, deletingPath(url), isLocalDataService(url) || !(host.map(isLoopback) ?? false) {
                return CommandOperation(kind: .destroy, why: "\(program) \(m) to a path that deletes (\(url))")
            }
            if let host, isLoopback(host) { return CommandOperation(kind: .local, why: "\(program) \(m) to \(host)") }
            return CommandOperation(kind: .write, why: "\(program) \(m)\(target)")
        }
    }

    /// Query parameters that make a delete final, set true.
    static let purgeParameters: Set<String> = ["purge", "hard", "hard_delete", "harddelete", "permanent", "permanently", "force_delete", "wipe"]

    static func asksToPurge(_ url: String) -> Bool {
        guard let q = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return false }
        return q.split(separator: "&").contains { pair in
            let kv = pair.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
            return purgeParameters.contains(kv[0]) && (kv.count == 1 || ["true", "1", "yes"].contains(kv[1]))
        }
    }

    /// A path segment that names a collection, not one of its items: a plural word of letters
    /// (`runbooks`, `todos`), not an id, a version or a file.
    static func isCollectionName(_ segment: Substring) -> Bool {
        segment.count > 3 && segment.hasSuffix("s") && !segment.hasSuffix("ss") && segment.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_" || $0 == "-") }
    }

    /// A path to a git reference of a forge's API (`…/git/refs/heads/main`).
    static func namesGitRef(_ segments: [Substring]) -> Bool {
        zip(segments, segments.dropFirst()).contains { $0 == "git" && $1 == "refs" }
    }

    /// A body that deletes by query in Solr's XML or JSON update syntax.
    static func solrDeleteByQuery(_ a: Arguments) -> Bool {
        let body = a.values(of: requestData).map { $0.filter { !$0.isWhitespace } }.joined().lowercased()
        return body.contains("<delete><query>") || body.contains("\"delete\":{\"query\"")
    }

    /// A request body whose query selects documents: a `term`, `terms`, `range`, `ids`,
    /// `match`, `prefix` or `bool` clause, and no `match_all`.
    static func selectiveQuery(_ a: Arguments) -> Bool {
        let body = a.values(of: requestData).map { $0.filter { !$0.isWhitespace } }.joined()
        guard !body.isEmpty, !body.contains("match_all") else { return false }
        return ["\"term\":", "\"terms\":", "\"range\":", "\"ids\":", "\"match\":", "\"prefix\":", "\"bool\":", "\"match_phrase\":"].contains(where: body.contains)
    }

    /// Names a query parameter or body field holding SQL goes by.
    static let queryFields: Set<String> = ["query", "q", "sql", "stmt", "statement"]
    static let requestData = OptionSpec("-d|--data|--data-raw|--data-binary|--data-urlencode|--json|-F|--form|--post-data")

    /// The strictest SQL in a request's data or URL query string, read as the SQL it is.
    static func requestQuery(_ a: Arguments, _ words: [String]) -> CommandOperation? {
        var texts = a.values(of: requestData).map(String.init)
        texts += words.compactMap { w in w.firstIndex(of: "?").map { String(w[w.index(after: $0)...]) } }
        var best: CommandOperation?
        let bodies = Set(a.values(of: requestData).map(String.init))
        for text in texts {
            var values: [String] = []
            // A body that is a statement itself (ClickHouse's HTTP interface: `curl
            // localhost:8123 --data-binary 'DROP DATABASE …'`).
            if bodies.contains(text), looksLikeQuery(Substring(text.trimmingWhitespace())) { values.append(text) }
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

    /// Collections of a payments API whose reversal is final.
    static let paymentCollections: Set<String> = ["refunds", "subscriptions", "payment_intents", "invoices", "payment_methods", "charges", "payouts", "transfers"]
    /// Verbs that reverse or give up a payment.
    static let paymentReversalVerbs: Set<String> = ["cancel", "void", "detach", "reverse", "reversals", "refund", "refunds"]

    /// A payment reversed: a refund created (`POST …/refunds`), or a cancel, void, detach or
    /// reversal of a payments collection's item, by path or by a payments CLI's words.
    static func paymentReversal(_ path: [String], method: String) -> String? {
        guard let at = path.firstIndex(where: paymentCollections.contains) else { return nil }
        if path[at] == "refunds", method == "POST", at == path.count - 1 { return "a refund created" }
        if let verb = path[(at + 1)...].last(where: paymentReversalVerbs.contains) { return "\(path[at]) \(verb)" }
        if method == "DELETE", path[at] == "subscriptions", at < path.count - 1 { return "a subscription cancelled" }
        return nil
    }

    /// Path segments that hold single items of a collection: a delete below one removes that item.
    static let itemSegments: Set<String> = ["documents", "docs", "_doc", "objects", "points", "vectors", "records", "items", "entries", "messages", "rows"]
    /// Path segments of a store's own resources: schemas, dashboards and data sources, indexes,
    /// collections, buckets, databases, topics and queues, snapshots and backups, an archive.
    static let storedResourceSegments: Set<String> = [
        "schema", "schemas", "dashboards", "datasources", "archive", "collections", "indexes", "indices", "buckets", "databases",
        "keyspaces", "topics", "queues", "snapshots", "backups", "volumes", "classes",
    ]

    /// A delete of one item: a path that goes on past an item segment to one name
    /// (`/collections/c/documents/124`), or a document revision (`?rev=…`).
    static func deletesOneStoredItem(_ url: String) -> Bool {
        if let q = url.split(separator: "?", maxSplits: 1).dropFirst().first, q.split(separator: "&").contains(where: { $0.hasPrefix("rev=") }) { return true }
        let path = urlPath(url).map { $0.lowercased() }
        guard let i = path.lastIndex(where: itemSegments.contains) else { return false }
        return i == path.count - 2
    }

    static func deletesStoredResource(_ url: String) -> Bool {
        urlPath(url).dropLast().contains { storedResourceSegments.contains($0.lowercased()) }
    }

    /// A URL written without its scheme whose host has no dot: `localhost:9200/orders/…`,
    /// `localhost/api`, `search-1:9200/_cat/indices` (curl assumes http://).
    static func isSchemelessHost(_ word: String) -> Bool {
        guard !word.hasPrefix("@"), !word.hasPrefix("-"), !word.contains(" ") else { return false }
        let hostPort = word.prefix { $0 != "/" && $0 != "?" }
        if hostPort == "localhost" { return true }
        guard let colon = hostPort.lastIndex(of: ":") else { return false }
        let host = hostPort[..<colon], port = hostPort[hostPort.index(after: colon)...]
        return !host.isEmpty && !port.isEmpty && port.allSatisfy(\.isNumber)
            && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
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
