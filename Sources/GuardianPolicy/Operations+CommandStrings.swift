// Commands and queries handed to another grammar inside one argument, for programs no grammar
// knows:
//
// - DDL given to an online schema-change tool (`--alter "DROP COLUMN notes"`): read as
//   `ALTER TABLE … <value>`; these tools change nothing without `--execute`, so without it the
//   line only tests the change;
// - a command string in an option (`-q`, `-c`, `--command`, `-e`, `--execute`, `-x`,
//   `--eval`, `--execute-string`, `--javascript.execute-string`): SQL and graph queries are read
//   as SQL; a script that drops (`db._drop(…)`, `.drop()`, `dropDatabase()`) destroys; otherwise
//   its first word is read as a verb (`delete_principal …`, `deltree …`);
// - a query given as a positional (`rqlite "DROP TABLE foo"`, `… "MATCH (n) DETACH DELETE n"`).

extension Operations {
    static let commandOptions = OptionSpec("-q|--query|-c|--command|-e|--execute|-x|--eval|--execute-string|--javascript.execute-string|--script|--cmd|--exec")
    /// First words of query languages besides SQL: Cypher's `MATCH`, SurrealQL's `REMOVE`.
    static let queryFirstWords: Set<String> = ["MATCH", "OPTIONAL", "DETACH", "REMOVE"]
    /// Script calls that drop or empty a collection or database.
    static let droppingCalls = ["._drop(", ".drop(", "dropdatabase(", "._truncate(", ".truncate(", "dropcollection("]

    /// `--alter` DDL of an online schema-change tool.
    static func alterOption(_ a: Arguments, program: String) -> CommandOperation? {
        guard let ddl = a.values(of: OptionSpec("--alter")).first else { return nil }
        let op = sql("ALTER TABLE t \(ddl)", program: program)
        guard op.kind >= .write else { return nil }
        if !FlagSpec("--execute").isPresent(in: a) {
            return CommandOperation(kind: .read, why: "\(program) --alter without --execute only tests the change", harmless: true)
        }
        return CommandOperation(kind: op.kind, why: "\(program) --alter \(op.why.split(separator: ":").last.map { String($0).trimmingSpaces } ?? "") --execute")
    }

    /// A query or command string in an option or a positional, read by what it says.
    static func commandString(_ a: Arguments, program: String) -> CommandOperation? {
        var strings: [(String, Bool)] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            if let v = commandOptions.value(of: item, next: i + 1 < a.items.count ? a.items[i + 1] : nil) { strings.append((String(v), false)) }
        }
        // A query as a positional: words with a space, whose first is a query word (not any
        // phrase: a positional may be a message).
        for i in a.positionals where a.items[i].text.contains(" ") && !a.items[i].afterDoubleDash { strings.append((a.items[i].text, true)) }
        var best: CommandOperation?
        for (s, queryOnly) in strings {
            guard let op = readCommandString(s, program: program, queryOnly: queryOnly) else { continue }
            if best == nil || op.kind > best!.kind { best = op }
        }
        return best
    }

    /// Objects a statement that drops, creates or removes names next.
    static let statementObjects: Set<String> = ["TABLE", "DATABASE", "SCHEMA", "INDEX", "VIEW", "KEYSPACE", "COLLECTION", "NAMESPACE", "FIELD", "USER", "SEQUENCE", "FUNCTION", "TRIGGER", "IF", "EVENT", "PARAM", "ANALYZER", "TYPE"]

    /// Whether a positional phrase has a statement's shape, not a message's: `DROP TABLE x`,
    /// `DELETE FROM x`, `UPDATE x SET`, `MATCH (n) …`, `SELECT … FROM`.
    static func looksLikeQuery(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { $0.uppercased() }
        guard let first = words.first, words.count > 1 else { return false }
        switch first {
        case "DROP", "TRUNCATE", "ALTER", "CREATE", "REMOVE": return statementObjects.contains(words[1]) || first == "TRUNCATE" || (first == "CREATE" && words[1] == "OR")
        case "REPLACE": return words[1] == "TABLE" || words[1] == "INTO"
        case "DELETE": return words[1] == "FROM" || words[1] == "*"
        case "UPDATE": return words.contains("SET")
        case "INSERT": return words[1] == "INTO"
        case "MATCH", "OPTIONAL", "DETACH": return text.contains("(")
        case "SELECT", "WITH": return words.contains("FROM") || words.count <= 4
        default: return false
        }
    }

    static func readCommandString(_ s: String, program: String, queryOnly: Bool = false) -> CommandOperation? {
        let trimmed = s.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let token = trimmed.prefix(while: { !$0.isWhitespace && $0 != "(" && $0 != ";" })
        let first = token.allSatisfy({ $0.isLetter }) ? token.uppercased() : ""
        if (sqlFirstWords.contains(first) || queryFirstWords.contains(first)), trimmed.contains(" "), !queryOnly || looksLikeQuery(trimmed) {
            return sql(String(trimmed), program: program)
        }
        if queryOnly { return nil }
        let lowered = trimmed.lowercased().replacingOccurrences(of: " ", with: "")
        if let call = droppingCalls.first(where: { lowered.contains($0) }) {
            return CommandOperation(kind: .destroy, why: "\(program): a script calls \(call)…)")
        }
        // Each command's first word: `delete_principal -force jdoe`, `deltree old`, `rm x`; in
        // a string of several (`writemode on; clearrange …`), every one of them.
        for command in trimmed.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let word = String(command.drop(while: { $0.isWhitespace }).prefix(while: { !$0.isWhitespace }))
            guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_" || $0 == "-") }) else { continue }
            let parts = Words.split(word)
            if genericDestroyWords.contains(word.lowercased()) || (parts.first.map(genericDestroyWords.contains) ?? false) || joinedVerb(word.lowercased()) {
                return CommandOperation(kind: .destroy, why: "\(program): the command it is given, \(word)")
            }
        }
        return nil
    }
}
