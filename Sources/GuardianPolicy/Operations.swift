// What a command does, by a small grammar per CLI family: its verb path read as `read`,
// `local` (changes only this machine: a build, a commit, a login, switching a target),
// `write` (changes shared or remote state) or `destroy` (deletes it, or discards work that
// cannot be recovered). SQL given to database clients, HTTP methods given to HTTP clients and
// Mongo and Redis commands are read the same way. A program no grammar knows is unclassified:
// the catalog's rules still decide it.
//
// `harmless` marks a command that by construction changes nothing whatever its verb says: a help
// request (`--help`, `-h`, `-help`, `help` subcommand), a dry run (`--dry-run`, `--dry-run=client`,
// `git push -n`), a plan or preview (`terraform plan -destroy`, `pulumi destroy --preview-only`).
// Rules tagged destructive, mutating, history or catastrophic do not apply to it.

public enum OperationClass: Int, Sendable, Comparable, CustomStringConvertible {
    case read = 0, local, write, destroy

    public static func < (a: OperationClass, b: OperationClass) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .read: "read"
        case .local: "local"
        case .write: "write"
        case .destroy: "destroy"
        }
    }

    init?(name: String) {
        switch name {
        case "read": self = .read
        case "local": self = .local
        case "write": self = .write
        case "destroy": self = .destroy
        default: return nil
        }
    }
}

/// A command's operation: its class, the words that decided it, and whether it is harmless by
/// construction (help, dry run, plan).
public struct CommandOperation: Sendable, Hashable, CustomStringConvertible {
    public var kind: OperationClass
    /// What decided it, for reasons and `guardian check`: `kubectl delete`, `SQL DROP TABLE`.
    public var why: String
    public var harmless: Bool = false
    /// Contacts no environment at all: rendering or checking files on this machine (`helm
    /// template`, `terraform validate`, `kubectl kustomize`, a client-side dry run). An
    /// environment it names is where the files are meant to go, not where it acts.
    public var offline: Bool = false

    public var description: String { "\(kind) (\(why)\(harmless ? ", changes nothing" : "")\(offline ? ", on this machine only" : ""))" }
}

enum Operations {
    /// The families whose grammar is known, by program key.
    static let families: [String: Family] = {
        var f: [String: Family] = [:]
        for k in kubectlPrograms { f[k] = .kubectl }
        f["helm"] = .helm
        for k in ["terraform", "tofu", "terragrunt"] { f[k] = .terraform }
        f["pulumi"] = .pulumi
        for k in ["gcloud", "gsutil", "az", "doctl", "hcloud", "linode-cli"] { f[k] = .verbScan }
        f["aws"] = .aws
        // doppler's commands are a platform's too (`secrets`, `secrets delete`, `run`).
        for k in ["railway", "fly", "flyctl", "vercel", "netlify", "supabase", "wrangler", "doppler"] { f[k] = .paas }
        for k in ["heroku", "firebase"] { f[k] = .colonVerbs }
        f["git"] = .git
        for k in ["psql", "pgcli", "cockroach", "usql"] { f[k] = .sql(["-c", "--command", "-e", "--execute"], files: ["-f", "--file"], positionalSQL: false) }
        for k in ["mysql", "mariadb", "mycli"] { f[k] = .sql(["-e", "--execute"], files: [], positionalSQL: false) }
        for k in ["sqlite3", "sqlite", "duckdb", "litecli"] { f[k] = .sql(["-c", "-cmd", "--cmd"], files: [], positionalSQL: true) }
        for k in ["clickhouse-client", "clickhouse", "snowsql"] { f[k] = .sql(["-q", "--query"], files: ["-f", "--filename", "--queries-file"], positionalSQL: false) }
        f["sqlcmd"] = .sql(["-Q", "-q"], files: ["-i"], positionalSQL: false)
        f["cqlsh"] = .sql(["-e", "--execute"], files: ["-f", "--file"], positionalSQL: false)
        for k in ["mongosh", "mongo"] { f[k] = .mongo }
        for k in ["redis-cli", "valkey-cli", "keydb-cli"] { f[k] = .redis }
        for k in ["curl", "curlie", "wget", "http", "https", "xh", "xhs", "httpie"] { f[k] = .http }
        for k in ["ansible-playbook", "ansible"] { f[k] = .ansible }
        f["rm"] = .rm
        // unlink(1) removes the one file it names, as `rm FILE` does.
        f["unlink"] = .rm
        // Node's recursive removers, run by a package runner (`npx rimraf dist`): `rm -r`.
        for k in ["rimraf", "del-cli"] { f[k] = .rm }
        // Log followers: whatever their words, they only print a cluster's logs.
        for k in ["stern", "kail", "kubetail"] { f[k] = .logFollower }
        // Dump, export and backup tools read a database into files here (`pg_dump --clean` only
        // writes DROP statements into that file; `pg_basebackup` copies the cluster, `pg_receivewal`
        // its write-ahead log); restoring is another program's.
        for k in ["pg_dump", "pg_dumpall", "mysqldump", "mysqlpump", "mariadb-dump", "mydumper", "mongodump", "mongoexport", "pg_basebackup", "pg_receivewal"] { f[k] = .dumper }
        return f
    }()

    enum Family: Sendable {
        case kubectl, helm, terraform, pulumi, verbScan, aws, paas, colonVerbs, git, mongo, redis, http, ansible, rm, logFollower, dumper
        case sql([String], files: [String], positionalSQL: Bool)

        /// A cloud's or a cluster's CLI, whose reads list its resources.
        var listsResources: Bool {
            switch self {
            case .kubectl, .helm, .terraform, .pulumi, .verbScan, .aws, .paas, .colonVerbs: true
            default: false
            }
        }
    }

    /// The operation of `view`'s command, or nil when no grammar knows its program.
    static func classify(_ view: ExecView, expansion: Expansion) -> CommandOperation? {
        // A compound command's header (`for f in *.sql; do grep -c DROP "$f"; done` given
        // whole): its words are data and a list; the commands it runs are decided as theirs.
        if let first = view.request.argv.first, CompiledPolicy.compoundKeywords.contains(first) { return nil }
        if let shell = view.programKeys.first(where: embeddedDatabaseShells.contains),
           let memory = inMemoryOnly(view.arguments, program: shell, stdin: view.request.stdin ?? hereString(view.arguments)) {
            return memory
        }
        // An option named for discarding what is stored, whoever reads the rest.
        if !view.programKeys.contains(where: textTools.contains), let discarding = discardingOption(view.arguments, program: view.programKeys.first ?? "") {
            let a = view.arguments
            let dry = FlagSpec("--dry-run|--dryrun|--dry_run|--dryRun|-n|--simulate|--list-only").isPresent(in: a)
                || (view.programKeys.contains("rsync") && a.items.contains { $0.kind == .short && $0.name.contains("n") })
            if !dry { return discarding }
        }
        if let emptied = emptiedFile(view.request.argv) { return emptied }
        if let checked = syntaxCheckOnly(view) { return checked }
        // A GraphQL request a client or a CLI's API command sends (not a message that quotes one).
        let sendsRequests = sendsGraphQL(view)
        if sendsRequests, let field = destroyingMutation(view.arguments) {
            return CommandOperation(kind: .destroy, why: "\(view.programKeys.first ?? "") sends the GraphQL mutation \(field)")
        }
        // A body read from the input (`-d @-`, `--data-binary @-`) that the stage before prints
        // (`jq -n '{query: "mutation { volumeDelete(…) }"}' | curl … -d @-`).
        if sendsRequests, let body = view.request.stdin, view.arguments.items.contains(where: { $0.text == "@-" || $0.inlineValue == "@-" }),
           case let unescaped = body.replacingOccurrences(of: "\\\"", with: "\""),
           let field = destroyingMutation(in: [Substring(body)] + literals(Substring(body)).map { Substring($0) } + mutationDocuments(unescaped)) {
            return CommandOperation(kind: .destroy, why: "\(view.programKeys.first ?? "") sends the GraphQL mutation \(field), read from its input")
        }
        // Only queries, sent by POST or GET (`curl -X POST …/graphql --data '{"query":"query {
        // project(id: …) { … } }"}'`): a read, of whatever environment its arguments name.
        if sendsRequests, !view.arguments.values(of: OptionSpec("-X|--request|--method")).contains(where: { !["POST", "GET"].contains($0.uppercased()) }),
           onlyGraphQLQueries(view.arguments) {
            // A query operation cannot change what it reads (GraphQL's own rule: writes are
            // mutations), whatever its fields are named (`deletedAccounts`): rules about changing
            // do not apply.
            return CommandOperation(kind: .read, why: "\(view.programKeys.first ?? "") sends only GraphQL queries", harmless: true)
        }
        // SQL given as a command option to any program (`wrangler d1 execute db --command
        // 'DELETE FROM sessions'`), read as the database it reaches runs it.
        if !view.programKeys.contains(where: textTools.contains), !view.programKeys.contains(where: CompiledPolicy.shells.contains),
           let statement = sqlInOption(view.arguments, program: view.programKeys.first ?? ""), statement.kind == .destroy {
            return statement
        }
        if !view.programKeys.contains(where: textTools.contains), let acknowledged = acknowledgesDataLoss(view.arguments, program: view.programKeys.first ?? "") {
            let a = view.arguments
            if let help = genericHelp(a, keys: view.programKeys) { return CommandOperation(kind: .read, why: "\(view.programKeys.first ?? "") \(help)", harmless: true) }
            if let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(view.programKeys.first ?? "") \(d)", harmless: true) }
            return acknowledged
        }
        if let sent = cacheTextProtocol(view) { return sent }
        for key in view.programKeys {
            if key == "find" { return find(view.request.argv, expansion: expansion, cwd: view.request.cwd) }
            // SurrealDB's shell reads SurrealQL on its input (`surreal sql … <<< "DELETE t;"`).
            if key == "surreal", view.arguments.positionals.first.map({ view.arguments.items[$0].text }) == "sql" {
                let given = view.request.stdin ?? hereString(view.arguments)
                if let given { return sql(given, program: "surreal sql") }
            }
            if let family = families[key] { return classify(view.arguments, family: family, program: key, stdin: view.request.stdin) }
        }
        return generic(view, expansion: expansion)
    }

    static let graphQLCommandWords: Set<String> = ["api", "graphql"]

    /// kubectl and the programs that take its words.
    static let kubectlPrograms: Set<String> = ["kubectl", "oc", "kubecolor"]

    /// A shell told to read its script without running it (`bash -n scripts/reset-db.sh`, `sh
    /// -o noexec x.sh`): a syntax check, whatever the script is named for.
    static func syntaxCheckOnly(_ view: ExecView) -> CommandOperation? {
        guard let shell = view.programKeys.first(where: CompiledPolicy.shells.contains), shell != "fish" else { return nil }
        let argv = view.request.argv
        var i = 1
        while i < argv.count, argv[i].hasPrefix("-") || argv[i].hasPrefix("+") {
            let word = argv[i]
            if word == "--" { break }
            if word == "-o", i + 1 < argv.count {
                if argv[i + 1] == "noexec" { return CommandOperation(kind: .read, why: "\(shell) -o noexec reads the script for its syntax and runs nothing", harmless: true) }
                i += 2
                continue
            }
            // A cluster of one-letter options (`-n`, `-nv`), not `-c` (whose string runs).
            if !word.hasPrefix("--"), word.hasPrefix("-"), word.contains("n"), !word.contains("c") {
                return CommandOperation(kind: .read, why: "\(shell) -n reads the script for its syntax and runs nothing", harmless: true)
            }
            i += 1
        }
        return nil
    }

    /// A here-string given as words (`psql db <<< 'SELECT 1'`, a line as typed): the input.
    static func hereString(_ a: Arguments) -> String? {
        a.items.firstIndex(where: { $0.text == "<<<" }).flatMap { $0 + 1 < a.items.count ? a.items[$0 + 1].text : nil }
    }

    /// Words of a platform's command path that name its managed SQL database.
    static let sqlDatabaseTopics: Set<String> = ["postgres", "postgresql", "pg", "mysql", "mariadb", "db", "database", "sql"]
    /// Verbs that open a database's shell, which runs what its input holds and exits.
    static let databaseShellVerbs: Set<String> = ["connect", "psql", "sql", "shell", "console"]
    /// What else may begin a statement a database shell is given, besides `sqlFirstWords`.
    static let sqlStatementWords: Set<String> = ["BEGIN", "COMMIT", "ROLLBACK", "START", "SET", "TABLE", "VALUES", "COPY", "ANALYZE", "REINDEX", "COMMENT", "LOCK", "USE"]

    /// SQL given on the input of a platform's or a cloud's database shell (`fly postgres connect
    /// -a app <<< 'TRUNCATE jobs;'`, `railway connect postgres <<< …`, `gcloud sql connect
    /// instance <<< …`, `heroku pg:psql <<< …`): the shell runs it and exits, so its
    /// statements decide, as psql's input does — a read as much as a destroy. Only when every
    /// statement begins as SQL does: a console's input may be a program's or a shell's.
    static func sqlGivenToDatabaseShell(_ a: Arguments, _ program: String, _ given: String) -> CommandOperation? {
        let path = a.positionals.prefix(while: { a.items[$0].text != "<<<" }).prefix(3).filter { !a.items[$0].mayBeValue }.map { a.items[$0].text.lowercased() }
        // A colon path names both (`pg:psql`).
        let words = path.flatMap { $0.split(separator: ":").map(String.init) }
        // A platform's Redis shell given a flush (`heroku redis:cli -a app <<< 'FLUSHDB'`).
        if words.contains(where: { $0 == "redis" || $0 == "valkey" }), words.contains(where: { $0 == "cli" || databaseShellVerbs.contains($0) }),
           let first = given.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).first.map({ $0.uppercased() }), first == "FLUSHDB" || first == "FLUSHALL" {
            return CommandOperation(kind: .destroy, why: "\(program) \(path.joined(separator: " ")) given \(first)")
        }
        guard words.contains(where: databaseShellVerbs.contains), words.contains(where: sqlDatabaseTopics.contains) else { return nil }
        let all = statements(given)
        guard !all.isEmpty, all.allSatisfy({ statement in
            let first = statement.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first.map { $0.uppercased() } ?? ""
            return sqlFirstWords.contains(first) || sqlStatementWords.contains(first)
        }) else { return nil }
        return sql(given, program: "\(program) \(path.joined(separator: " "))")
    }

    /// A command that sends GraphQL: an HTTP client, a CLI's `api`/`graphql` command, or any
    /// program (not a text tool, a shell or git, whose words are data or messages) given a word
    /// that begins as a GraphQL operation does (`newrelic nerdgraph query 'mutation { … }'`).
    static func sendsGraphQL(_ view: ExecView) -> Bool {
        let a = view.arguments
        if view.programKeys.contains(where: TargetPlaces.httpClients.contains) { return true }
        if a.positionals.prefix(3).contains(where: { graphQLCommandWords.contains(a.items[$0].text) }) { return true }
        if view.programKeys.contains(where: { textTools.contains($0) || CompiledPolicy.shells.contains($0) || $0 == "git" }) { return false }
        return a.items.contains { item in
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue else { return false }
            let trimmed = text.drop(while: { $0 == " " || $0 == "\n" })
            return trimmed.hasPrefix("mutation ") || trimmed.hasPrefix("mutation{") || trimmed.hasPrefix("query ") || trimmed.hasPrefix("query{")
        }
    }

    static func classify(_ a: Arguments, family: Family, program: String, stdin: String? = nil) -> CommandOperation? {
        if let help = helpRequest(a, family: family) { return CommandOperation(kind: .read, why: "\(program) \(help)", harmless: true) }
        let words = a.positionals.map { a.items[$0].text }
        switch family {
        case .kubectl: return kubectl(a, words, program)
        case .helm: return helm(a, words)
        case .terraform: return terraform(a, words, program)
        case .pulumi: return pulumi(a, words)
        // A verb the grammar does not know, given SQL to run (`wrangler d1 execute db --command
        // 'SELECT …'`, `gcloud spanner databases execute-sql --sql=…`): the statement decides.
        case .verbScan, .aws, .paas, .colonVerbs:
            // A cloud's or a platform's database shell given SQL on its input.
            if let given = stdin ?? hereString(a), let fed = sqlGivenToDatabaseShell(a, program, given) { return fed }
            switch family {
            case .verbScan: return verbScan(a, words, program) ?? sqlInOption(a, program: program)
            case .aws: return aws(a, words) ?? sqlInOption(a, program: program)
            case .paas: return paas(a, words, program) ?? sqlInOption(a, program: program)
            default: return colonVerbs(a, words, program) ?? sqlInOption(a, program: program)
            }
        case .git: return git(a, words, stdin: stdin)
        case let .sql(options, files, positionalSQL):
            // A here-string given as words (`psql db <<< '\d+ t'`, a line as typed): its input.
            let given = stdin ?? hereString(a)
            return sqlClient(a, words, program, options: options, files: files, positionalSQL: positionalSQL, stdin: given)
        case .mongo: return mongo(a, program, stdin: stdin)
        case .redis: return redis(a, words, program, stdin: stdin)
        case .http: return http(a, words, program)
        case .ansible: return ansible(a, program)
        case .rm: return rm(a, words, program: program)
        case .logFollower: return CommandOperation(kind: .read, why: "\(program) only follows logs")
        case .dumper: return CommandOperation(kind: .read, why: "\(program) reads a database into a file here")
        }
    }

    // MARK: Help and dry runs

    /// Flags that take no value in the families here: a help or dry-run flag right after one of
    /// them is a flag of its own, not that option's value.
    static let booleanFlags: Set<String> = [
        "--force", "-f", "--yes", "-y", "--all", "-A", "--recursive", "-r", "-R", "--verbose", "-v", "--quiet", "-q",
        "--wait", "--now", "-auto-approve", "--auto-approve", "--ignore-daemonsets", "--purge", "--no-verify", "-u",
        "--set-upstream", "--tags", "--mirror", "--delete", "-d", "--prune", "--atomic", "--json", "--linked", "--local",
        "--force-with-lease", "--debug", "--detach", "--all-namespaces", "--no-seed", "--remove", "-destroy", "--destroy",
        // MinIO's confirmation for a recursive remove of a whole bucket or alias.
        "--dangerous", "--incomplete", "--versions",
        // git push's output and transfer switches.
        "--porcelain", "--progress", "--follow-tags", "--no-thin", "--ipv4", "--ipv6",
    ]

    static func isFlagPosition(_ a: Arguments, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let prev = a.items[i - 1]
        if prev.kind == .positional || prev.inlineValue != nil { return true }
        if booleanFlags.contains(String(prev.name)) { return true }
        // A flag named for what it destroys (`--drop`, `--wipe`, `--delete-data`,
        // `--remove-source-files`), or a confirmation (`--yes-i-really-mean-it`), takes no value.
        let parts = prev.name.drop(while: { $0 == "-" }).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        return prev.kind == .long && (parts.first == "yes" || parts.contains { destroyingFlagWords.contains(String($0)) || $0 == "delete" || $0 == "remove" })
    }

    /// `--help`, `-help`, `-h` (where it means help), or a `help` subcommand: what was asked.
    static func helpRequest(_ a: Arguments, family: Family) -> String? {
        var shortHelp = true
        switch family {
        case .sql, .redis, .mongo:
            // `-h` is a host there; `-?` is the clients' help (psql, mysql, sqlcmd).
            return questionMarkHelp(a)
        case .http, .rm: return nil  // no help that matters
        case .aws: shortHelp = false
        default: break
        }
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash && item.inlineValue == nil {
            let n = item.name
            if (n == "--help" || n == "-help" || (shortHelp && n == "-h")) && isFlagPosition(a, i) { return String(n) }
        }
        if let asked = questionMarkHelp(a) { return asked }
        if let first = a.positionals.first, a.items[first].text == "help" { return "help" }
        // git reads `--help` anywhere among a command's options (`git branch -D --help`).
        if case .git = family, a.items.contains(where: { $0.kind == .long && $0.name == "--help" && !$0.afterDoubleDash && $0.inlineValue == nil }) { return "--help" }
        // `aws s3 rb help`, `gcloud … delete help` ask for the page of what comes before.
        if let last = a.positionals.last, a.items[last].text == "help", a.positionals.count > 1, case .aws = family { return "help" }
        return nil
    }

    /// Whether the last stage of a pipeline's text is a text tool printing each line with a
    /// `:` in front: awk's `print ":"$2` (or `":" $2`), sed's `s/^/:/` with any delimiter
    /// (`s#^#:#`, `s|^|:|`). Such lines handed to `git push` are delete refspecs.
    static func printsDeleteRefspecs(_ text: String) -> Bool {
        // The last stage that begins with a text tool (a sed `s|^|:|` holds `|`s of its own).
        let tools = ["sed", "awk", "gawk", "mawk"]
        var stage = Substring(text)
        var rest = Substring(text)
        while let bar = rest.firstIndex(of: "|") {
            rest = rest[rest.index(after: bar)...]
            let next = rest.drop(while: { $0 == " " })
            if tools.contains(where: { next.hasPrefix($0 + " ") }) { stage = next }
        }
        return printsDeleteRefspecs(program: String(stage.prefix(while: { $0 != " " })), stage.drop(while: { $0 != " " }))
    }

    static func printsDeleteRefspecs(program: String, _ body: Substring) -> Bool {
        switch ExecView.basename(program) {
        case "awk", "gawk", "mawk":
            return body.contains("print \":\"$") || body.contains("print \":\" $")
        case "sed":
            let c = Array(body)
            guard c.count >= 6 else { return false }
            for i in 0..<(c.count - 5) where c[i] == "s" && (i == 0 || !c[i - 1].isLetter) {
                let d = c[i + 1]
                if !(d.isLetter || d.isNumber || d == " " || d == "\\"), c[i + 2] == "^", c[i + 3] == d, c[i + 4] == ":", c[i + 5] == d { return true }
            }
            return false
        default:
            return false
        }
    }

    /// Each `mutation …{…}` written in a text that is not itself a request body (a program
    /// that builds one, `jq -n '{query: "mutation { … }"}'`), up to its balanced closing brace.
    static func mutationDocuments(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var rest = Substring(text)
        while let start = rest.range(of: "mutation"), out.count < 8 {
            var depth = 0
            var quoted = false
            var end: String.Index?
            var i = start.upperBound
            while i < rest.endIndex {
                let c = rest[i]
                if c == "\"" { quoted.toggle() } else if !quoted, c == "{" { depth += 1 } else if !quoted, c == "}" {
                    depth -= 1
                    if depth == 0 { end = rest.index(after: i); break }
                }
                i = rest.index(after: i)
            }
            guard let end else { break }
            out.append(rest[start.lowerBound..<end])
            rest = rest[end...]
        }
        return out
    }

    /// `-?` as an option of its own: help in the DOS and Java tradition (Flyway, sqlcmd, psql,
    /// mysql, pg_dump, Liquibase). No program reads it as anything else.
    static func questionMarkHelp(_ a: Arguments) -> String? {
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash && item.inlineValue == nil {
            if item.name == "-?" && isFlagPosition(a, i) { return "-?" }
        }
        return nil
    }

    /// Spellings of a dry run every program is read with.
    /// (`--fake`: MinIO's client lists what it would remove; Django's `migrate --fake` records a
    /// migration without running it.)
    static let dryRunSpellings: Set<String> = ["--dry-run", "-dry-run", "--dryrun", "-dryrun", "--dry_run", "--dryRun", "--server-dry-run", "--fake"]

    /// `--dry-run`, `--dry-run=client|server|true|all` (not `none`/`false`), or a spelling of
    /// `extra` (`-n` for git push and clean, `--preview-only`, `--check`).
    static func dryRun(_ a: Arguments, extra: [String] = []) -> String? {
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let n = String(item.name)
            // Any case of the usual spellings (`--DryRun true`, an API's parameter as a flag).
            let usual = dryRunSpellings.contains(n) || (item.kind == .long && ["--dryrun", "--dry-run"].contains(n.lowercased()))
            if usual || extra.contains(n) {
                if item.inlineValue == nil, i + 1 < a.items.count, a.items[i + 1].kind == .positional, ["false", "0", "no", "true"].contains(a.items[i + 1].text.lowercased()) {
                    if a.items[i + 1].text.lowercased() == "true" { return "\(n) true" }
                    continue
                }
                if let v = item.inlineValue {
                    let value = v.lowercased()
                    if value == "none" || value == "false" || value == "0" || value == "no" { continue }
                    return "\(n)=\(v)"
                }
                if isFlagPosition(a, i) { return n }
            }
        }
        return nil
    }

    /// The first of `words` found in `table` (skipping words that may be option values), its
    /// index, and its class.
    static func firstVerb(_ a: Arguments, _ table: [String: OperationClass], from start: Int = 0) -> (String, Int, OperationClass)? {
        var p = start
        while p < a.positionals.count {
            let item = a.items[a.positionals[p]]
            if let c = table[item.text] { return (item.text, p, c) }
            p += 1
        }
        return nil
    }

    static func has(_ a: Arguments, _ spec: String) -> Bool { FlagSpec(spec).isPresent(in: a) }

    static func value(_ a: Arguments, _ spec: String) -> String? { a.values(of: OptionSpec(spec)).first.map(String.init) }

    static func table(_ pairs: [(OperationClass, [String])]) -> [String: OperationClass] {
        var t: [String: OperationClass] = [:]
        for (c, words) in pairs { for w in words { t[w] = c } }
        return t
    }

    // MARK: Kubernetes

    static let kubectlVerbs = table([
        (.read, ["get", "describe", "logs", "top", "explain", "api-resources", "api-versions", "version", "cluster-info", "diff", "wait", "auth", "events", "port-forward", "proxy", "completion", "kustomize", "plugin", "options", "attach", "alpha"]),
        (.local, ["config"]),
        // `cordon` only marks a node unschedulable (`uncordon` undoes it); `drain` evicts what runs there.
        (.write, ["apply", "create", "edit", "patch", "replace", "set", "rollout", "scale", "label", "annotate", "expose", "autoscale", "run", "cp", "exec", "cordon", "uncordon", "certificate", "debug"]),
        (.destroy, ["delete", "drain", "taint"]),
    ])

    static func kubectl(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        if let plugin = kubectlPlugin(a, program) { return plugin }
        guard case let (verb, _, c)? = firstVerb(a, kubectlVerbs) else { return nil }
        if verb == "kustomize" || verb == "completion" { return CommandOperation(kind: .read, why: "\(program) \(verb)", offline: true) }
        if let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(program) \(verb) \(d)", harmless: true, offline: d.hasSuffix("=client")) }
        if verb == "config", let chosen = contextChosen(a, program: program) { return chosen }
        var kind = c
        var why = "\(program) \(verb)"
        if verb == "scale", let r = value(a, "--replicas"), r == "0" { kind = .destroy; why += " --replicas=0" }
        // `rollout status`, `rollout history`: the group changes, these verbs only look.
        if c == .write, let i = words.firstIndex(of: verb), i + 1 < words.count, readSubverbs.contains(words[i + 1]) { kind = .read; why += " \(words[i + 1])" }
        if (verb == "apply" && has(a, "--prune")) || (verb == "replace" && has(a, "--force")) { kind = .destroy; why += verb == "apply" ? " --prune" : " --force" }
        // A patch that takes a resource's finalizers away lets a deletion waiting on them finish
        // without the clean-up they guard (`-p '{"metadata":{"finalizers":null}}'`, `[]`, or a
        // JSON patch that removes /metadata/finalizers).
        if verb == "patch", let patch = a.values(of: OptionSpec("-p|--patch")).first, removesFinalizers(patch) { kind = .destroy; why += " removing finalizers" }
        return CommandOperation(kind: kind, why: why)
    }

    /// The kubeconfig's contexts shown, or one chosen for the commands after it (`kubectl config
    /// use-context`, `kubectx NAME`, `kubens NAME`): a read. Nothing is acted on; each later
    /// command that names no context is decided on the current one, read from the kubeconfig
    /// (TargetPlaces+Files). Deleting, renaming or unsetting a context stays a local change.
    static func contextChosen(_ a: Arguments, program: String) -> CommandOperation? {
        let words = a.positionals.map { a.items[$0].text }
        if program == "kubectx" || program == "kubens" {
            guard !has(a, "-d|-u|--unset"), !words.contains(where: { $0.contains("=") }) else { return nil }
            if words.isEmpty || has(a, "-c|--current") { return CommandOperation(kind: .read, why: "\(program) shows the contexts") }
            return CommandOperation(kind: .read, why: "\(program) \(words[0]) chooses where the commands after it act; each is decided there")
        }
        guard words.first == "config", words.count > 1 else { return nil }
        switch words[1] {
        case "view", "get-contexts", "current-context", "get-clusters", "get-users":
            return CommandOperation(kind: .read, why: "\(program) config \(words[1])")
        case "use-context", "use":
            return CommandOperation(kind: .read, why: "\(program) config \(words[1]) chooses where the commands after it act; each is decided there")
        default:
            return nil
        }
    }

    /// kubectl plugins that only show objects and their relations (`kubectl tree deployment x`,
    /// `kubectl who-can delete pods`, `kubectl resource-capacity`).
    static let readingPlugins: Set<String> = [
        "tree", "neat", "who-can", "access-matrix", "resource-capacity", "df-pv", "images", "lineage", "get-all", "view-allocations",
        "rbac-lookup", "view-utilization", "score", "deprecations", "outdated",
    ]

    /// A plugin's command (`kubectl cnpg destroy cluster-1 2`, `kubectl cnpg status x`): the
    /// first word is no verb of kubectl's own, so the plugin's verb path after it is read as
    /// any other tool's is.
    static func kubectlPlugin(_ a: Arguments, _ program: String) -> CommandOperation? {
        guard let first = a.positionals.first(where: { !a.items[$0].mayBeValue }), kubectlVerbs[a.items[first].text] == nil else { return nil }
        let name = a.items[first].text
        if readingPlugins.contains(name) { return CommandOperation(kind: .read, why: "\(program) \(name) only shows the cluster's objects") }
        guard name.count > 1, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }),
              let at = a.positionals.firstIndex(of: first) else { return nil }
        var path = [name]
        // kubectl's own options may come between (`kubectl cnpg --context x -n ns destroy …`):
        // their values are not the plugin's words.
        let words = a.positionals[(at + 1)...].filter { p in
            !(p > 0 && a.items[p].mayBeValue && kubectlValuedOptions.contains(String(a.items[p - 1].name)))
        }
        for p in words.prefix(2) where !a.items[p].mayBeValue || path.count == 1 {
            let word = a.items[p].text
            path.append(word)
            if let c = segmentClass(Substring(word), a, at: a.positionals.firstIndex(of: p) ?? 0, path: path) {
                if let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(program) \(name) \(word) \(d)", harmless: true) }
                return CommandOperation(kind: c, why: "\(program) \(name) \(word)")
            }
        }
        return nil
    }

    /// kubectl's global options that take a value.
    static let kubectlValuedOptions: Set<String> = ["--context", "-n", "--namespace", "--kubeconfig", "--cluster", "--user", "-s", "--server", "--as", "--as-group", "--token", "--request-timeout"]

    static func removesFinalizers(_ patch: Substring) -> Bool {
        let compact = patch.filter { !$0.isWhitespace }.lowercased()
        return compact.contains("\"finalizers\":null") || compact.contains("\"finalizers\":[]")
            || (compact.contains("\"op\":\"remove\"") && compact.contains("/finalizers"))
            || (compact.contains("\"op\":\"replace\"") && compact.contains("/finalizers\",\"value\":[]"))
    }

    static let helmVerbs = table([
        (.read, ["list", "ls", "status", "history", "get", "show", "inspect", "template", "search", "lint", "version", "env", "verify", "diff", "test"]),
        (.local, ["repo", "plugin", "package", "pull", "fetch", "dependency", "dep", "create", "registry", "completion"]),
        (.write, ["install", "upgrade", "rollback", "push"]),
        (.destroy, ["uninstall", "delete", "del", "un"]),
    ])

    static func helm(_ a: Arguments, _ words: [String]) -> CommandOperation? {
        guard case let (verb, _, c)? = firstVerb(a, helmVerbs) else { return nil }
        if ["template", "lint", "package", "dependency", "dep", "create", "version", "completion", "env", "verify"].contains(verb) {
            return CommandOperation(kind: c, why: "helm \(verb)", offline: true)
        }
        if c >= .write, let d = dryRun(a) { return CommandOperation(kind: .read, why: "helm \(verb) \(d)", harmless: true) }
        return CommandOperation(kind: c, why: "helm \(verb)")
    }

    // MARK: Infrastructure as code

    static let terraformVerbs = table([
        (.read, ["plan", "validate", "fmt", "show", "output", "providers", "version", "graph", "console", "metadata", "state", "workspace", "plan-all"]),
        // `init` reads the backend's state and the providers; it changes nothing there.
        (.read, ["init"]),
        (.local, ["get", "login", "logout", "modules"]),
        (.write, ["apply", "import", "taint", "untaint", "refresh", "force-unlock", "test", "apply-all"]),
        (.destroy, ["destroy", "destroy-all"]),
    ])

    static func terraform(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        var start = 0
        // terragrunt run-all VERB, run --all VERB
        if program == "terragrunt", let i = words.firstIndex(where: { $0 == "run-all" || $0 == "run" }) { start = i + 1 }
        guard case let (verb, p, c)? = firstVerb(a, terraformVerbs, from: start) else { return nil }
        let next = p + 1 < words.count ? words[p + 1] : ""
        // `terraform state rm -dry-run`, `terragrunt … --dry-run`.
        if verb != "plan", let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(program) \(verb) \(d)", harmless: true) }
        switch verb {
        case "plan":
            return CommandOperation(kind: .read, why: "\(program) plan\(has(a, "-destroy") ? " -destroy" : "")", harmless: true)
        case "validate", "fmt", "version":
            return CommandOperation(kind: .read, why: "\(program) \(verb)", harmless: true, offline: true)
        case "apply":
            if has(a, "-destroy") { return CommandOperation(kind: .destroy, why: "\(program) apply -destroy") }
            if !a.values(of: OptionSpec("-replace")).isEmpty { return CommandOperation(kind: .destroy, why: "\(program) apply -replace") }
            // A saved plan whose file is named for destroying (`apply destroy.tfplan`, `apply
            // plan-destroy.out`): made by `plan -destroy -out`.
            if let plan = words.dropFirst(p + 1).first(where: { w in !w.hasPrefix("-") && Words.split(String(ExecView.basename(w))).contains { $0.lowercased() == "destroy" } }) {
                return CommandOperation(kind: .destroy, why: "\(program) apply \(plan), a plan named for destroying")
            }
            return CommandOperation(kind: .write, why: "\(program) apply")
        case "state":
            if ["rm"].contains(next) { return CommandOperation(kind: .destroy, why: "\(program) state rm") }
            if ["mv", "push", "replace-provider"].contains(next) { return CommandOperation(kind: .write, why: "\(program) state \(next)") }
            return CommandOperation(kind: .read, why: "\(program) state \(next)")
        case "workspace":
            if next == "delete" { return CommandOperation(kind: .destroy, why: "\(program) workspace delete") }
            return CommandOperation(kind: next == "new" || next == "select" ? .local : .read, why: "\(program) workspace \(next)")
        default:
            return CommandOperation(kind: c, why: "\(program) \(verb)")
        }
    }

    static let pulumiVerbs = table([
        (.read, ["preview", "pre", "whoami", "about", "logs", "version", "org", "schema", "convert", "watch"]),
        (.local, ["login", "logout", "new", "install", "plugin", "package", "env"]),
        (.write, ["up", "update", "refresh", "import", "cancel", "config", "stack", "state"]),
        (.destroy, ["destroy", "down"]),
    ])

    static func pulumi(_ a: Arguments, _ words: [String]) -> CommandOperation? {
        guard case let (verb, p, c)? = firstVerb(a, pulumiVerbs) else { return nil }
        let next = p + 1 < words.count ? words[p + 1] : ""
        switch verb {
        case "destroy", "down":
            if has(a, "--preview-only") { return CommandOperation(kind: .read, why: "pulumi destroy --preview-only", harmless: true) }
            return CommandOperation(kind: .destroy, why: "pulumi \(verb)")
        case "preview", "pre":
            return CommandOperation(kind: .read, why: "pulumi preview", harmless: true)
        case _ where (verb == "up" || verb == "update") && !a.values(of: OptionSpec("--replace|--target-replace")).isEmpty:
            // Replaced: deleted and made again, with what the resource held.
            return CommandOperation(kind: .destroy, why: "pulumi up --replace")
        case "stack":
            if next == "rm" || next == "remove" { return CommandOperation(kind: .destroy, why: "pulumi stack rm") }
            if ["init", "import", "rename", "change-secrets-provider"].contains(next) { return CommandOperation(kind: .write, why: "pulumi stack \(next)") }
            if next == "select" { return CommandOperation(kind: .local, why: "pulumi stack select") }
            return CommandOperation(kind: .read, why: "pulumi stack\(next.isEmpty ? "" : " " + next)")
        case "config":
            if ["set", "rm", "set-all", "rm-all", "cp", "refresh"].contains(next) { return CommandOperation(kind: .write, why: "pulumi config \(next)") }
            return CommandOperation(kind: .read, why: "pulumi config\(next.isEmpty ? "" : " " + next)")
        case "env":
            // Pulumi ESC environments: `pulumi env rm org/project/env` deletes one.
            if next == "rm" || next == "remove" || next == "delete" { return CommandOperation(kind: .destroy, why: "pulumi env \(next)") }
            if ["set", "edit", "init", "rotate", "tag", "version", "run"].contains(next) { return CommandOperation(kind: .write, why: "pulumi env \(next)") }
            return CommandOperation(kind: .read, why: "pulumi env\(next.isEmpty ? "" : " " + next)")
        case "state":
            if next == "delete" { return CommandOperation(kind: .destroy, why: "pulumi state delete") }
            return CommandOperation(kind: .write, why: "pulumi state \(next)")
        case "up", "update", "refresh":
            if has(a, "--preview-only") { return CommandOperation(kind: .read, why: "pulumi \(verb) --preview-only", harmless: true) }
            return CommandOperation(kind: .write, why: "pulumi \(verb)")
        default:
            return CommandOperation(kind: c, why: "pulumi \(verb)")
        }
    }

    // MARK: Clouds

    /// gcloud, gsutil, az, doctl: the first word that is a verb decides (resource groups such
    /// as `compute instances` are not verbs).
    static let cloudVerbs = table([
        (.read, ["list", "ls", "describe", "show", "get", "get-iam-policy", "get-value", "info", "logs", "log", "read", "tail", "view", "history", "events", "status", "cat", "du", "stat", "search", "print-access-token", "print-identity-token", "query", "version", "wait", "find", "check-name-availability", "get-credentials", "browse", "what-if",
                 // A secret's version read (`gcloud secrets versions access latest --secret=…`),
                 // and a database's connection details printed (`doctl databases connection ID`).
                 "access", "connection", "connection-string"]),
        (.local, ["login", "logout", "init", "activate", "use", "configure", "components", "completion", "interactive"]),
        (.write, ["create", "update", "deploy", "set", "add-iam-policy-binding", "remove-iam-policy-binding", "set-iam-policy", "patch", "resize", "start", "stop", "restart", "reboot", "cp", "mv", "rsync", "import", "export", "enable", "disable", "submit", "ssh", "scp", "connect", "assign", "add", "swap", "upload", "invoke", "run", "run-command", "scale", "reset", "mb", "apply", "promote", "rollback", "execute", "tag", "attach", "detach", "publish",
                  // A restore makes or overwrites: in place it destroys (below).
                  "restore"]),
        (.destroy, ["delete", "rm", "rb", "purge", "destroy", "remove", "wipe", "delete-all", "undeploy", "revoke",
                    // Every message of a queue deleted (`az storage message clear`); a
                    // subscription deleted (`aws sns unsubscribe`), its endpoint no longer sent to.
                    "clear", "unsubscribe"]),
    ])

    static func verbScan(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        // The command path comes first (`compute instances delete`); the strongest verb in it
        // decides. It ends at the first word that looks like a resource (a path, a URL, a dot).
        var found: [(String, Int, OperationClass)] = []
        var p = 0
        let globals = cloudGlobalValueOptions[program] ?? []
        var start: Int?
        while p < min(5, a.positionals.count) {
            let text = a.items[a.positionals[p]].text
            // A global option's value before the command path (`gcloud --project shop-staging run
            // services list`) is no word of it.
            let at = a.positionals[p]
            if at > 0, a.items[at].mayBeValue, globals.contains(String(a.items[at - 1].name)) { p += 1; continue }
            if start == nil { start = p }
            if text.contains("/") || text.contains(":") || text.contains(".") { break }
            // After a verb that only looks (`… scheduler jobs describe purge-old-exports`), a
            // name of several words is what it looks at.
            if let last = found.last, last.2 == .read, lookingVerbs.contains(last.0) || isLookingVerb(last.0), cloudVerbs[text] == nil, text.contains("-") {
                p += 1
                continue
            }
            // A long option's value after the path has begun (`doctl apps logs app --type run`)
            // is no word of it, unless it destroys.
            if !found.isEmpty, at > 0, a.items[at - 1].kind == .long, a.items[at - 1].inlineValue == nil, a.items[at].mayBeValue,
               (cloudVerbs[text] ?? joinedCloudVerb(text)) != .destroy || namingOptions.contains(String(a.items[at - 1].name)) { p += 1; continue }
            if let c = cloudVerbs[text] ?? joinedCloudVerb(text) { found.append((text, p, c)) }
            // Seeking a subscription to a time after now acknowledges every message before it.
            if text == "seek" { found.append((text, p, seekClass(a))) }
            if text.contains("kubeconfig"), let written = kubeconfigWritten(a, program: program) { return written }
            p += 1
        }
        // A first word that is a verb and has verbs after it names a command group (`gcloud run
        // services list`, `gcloud deploy releases list`, `az tag list`): the words after it
        // decide. Not a destroying one, and not gsutil's, whose first word is always its verb
        // (`gsutil cp list gs://b` copies a file named list).
        if let first = found.first, first.1 == (start ?? 0), first.2 < .destroy, found.count > 1, program != "gsutil" { found.removeFirst() }
        let best = found.reduce(nil as (String, Int, OperationClass)?) { b, v in b == nil || v.2 > b!.2 ? v : b }
        if let rebuilt = reimages(a, program: program) { return rebuilt }
        // A credential reset replaces what authenticates with a new one: the old stops working
        // (`az ad sp credential reset`), unless appended beside it (`--append`).
        // (`--append false` is no append.)
        let appends = a.items.contains { $0.kind == .long && $0.name == "--append" && !(flagValue(a, $0).map { ["false", "0", "no", "off"].contains($0.lowercased()) } ?? false) }
        if let reset = found.first(where: { $0.0 == "reset" }), words.prefix(reset.1).contains(where: { ["credential", "credentials", "key", "keys", "secret"].contains($0) }), !appends {
            return CommandOperation(kind: .destroy, why: "\(program) \(words[...reset.1].joined(separator: " ")) revokes the credentials it replaces")
        }
        // An Azure deployment in Complete mode deletes the group's resources the template lacks.
        if program == "az", words.first == "deployment", a.values(of: OptionSpec("--mode")).contains(where: { $0.lowercased() == "complete" }) {
            if let d = dryRun(a, extra: ["--what-if"]) { return CommandOperation(kind: .read, why: "az deployment \(d)", harmless: true) }
            if words.contains("what-if") { return CommandOperation(kind: .read, why: "az deployment what-if", harmless: true) }
            return CommandOperation(kind: .destroy, why: "az deployment --mode Complete deletes what the template does not name")
        }
        // SQL the service runs, given as an option (`spanner databases execute-sql --sql=…`).
        if let statement = sqlInOption(a, program: program), statement.kind >= .write { return statement }
        guard case let (verb, at, c)? = best else { return listedCollection(words, program: program) }
        var kind = c
        // gcloud config set / az account set change this machine's defaults, not the cloud.
        if c == .write, words.prefix(at).contains(where: { ["config", "account", "configurations"].contains($0) }) { kind = .local }
        // `az account clear`, `… config clear`, `… cache clear`: this machine's sign-ins,
        // settings or cache.
        if verb == "clear", words.prefix(at).contains(where: { ["config", "account", "configurations", "cache"].contains($0) }) { kind = .local }
        if program == "gsutil", verb == "rsync", has(a, "-d") { kind = .destroy }
        if verb == "restore", restoresInPlace(words, a) { return CommandOperation(kind: .destroy, why: "\(program) \(words[..<(at + 1)].joined(separator: " ")) restores over what is there, replacing the data written since") }
        if kind == .write, let zero = scalesToNothing(a) { return CommandOperation(kind: .destroy, why: "\(program) \(verb) \(zero) stops every copy") }
        if kind >= .write, let d = dryRun(a, extra: ["--what-if"]) { return CommandOperation(kind: .read, why: "\(program) \(verb) \(d)", harmless: true) }
        // gsutil rsync's own dry run is -n, alone or among other short flags (`-n -d`, `-nd`).
        if program == "gsutil", verb == "rsync", has(a, "-n") { return CommandOperation(kind: .read, why: "gsutil rsync -n (gsutil's dry run)", harmless: true) }
        return CommandOperation(kind: kind, why: "\(program) \(words[..<(at + 1)].joined(separator: " "))")
    }

    /// A command path of nouns alone whose second names a collection (`doctl databases backups
    /// <id>`, `doctl compute snapshots`): with no verb anywhere, the CLI lists it. Plain
    /// lowercase words only (not an id, a path or a name with digits), and no word of the path a
    /// verb of any kind (the caller found none among the first five).
    static func listedCollection(_ words: [String], program: String) -> CommandOperation? {
        guard words.count >= 2, program != "gsutil", words.prefix(2).allSatisfy({ w in !w.isEmpty && w.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "-") } }) else { return nil }
        let collection = words[1]
        guard collection.count > 3, collection.hasSuffix("s"), !collection.hasSuffix("ss"), !collection.contains("-") else { return nil }
        return CommandOperation(kind: .read, why: "\(program) \(words[0]) \(collection) lists them")
    }

    /// Cloud CLIs' global options that take a value, which may stand before the command path.
    static let cloudGlobalValueOptions: [String: Set<String>] = [
        "gcloud": ["--project", "--account", "--configuration", "--billing-project", "--impersonate-service-account", "--verbosity", "--format", "--flags-file", "--trace-token", "--region", "--zone"],
        "az": ["--subscription", "--output", "-o", "--query"],
        "doctl": ["--context", "-t", "--access-token", "-o", "--output", "-u", "--api-url", "--config", "-c"],
        "oci": ["--profile", "--region", "--config-file", "--auth", "--output"],
    ]

    /// aws's global options that take a value: their values are not the service or action.
    static let awsValueOptions: Set<String> = ["--profile", "--region", "--output", "--endpoint-url", "--query", "--color", "--cli-read-timeout", "--cli-connect-timeout", "--ca-bundle", "--cli-binary-format"]

    /// Words an AWS action name may begin with before its verb.
    static let awsVerbQualifiers: Set<String> = ["batch", "force", "bulk", "admin"]

    static func aws(_ a: Arguments, _ all: [String]) -> CommandOperation? {
        var words: [String] = []
        for i in a.positionals {
            if a.items[i].mayBeValue, i > 0, awsValueOptions.contains(String(a.items[i - 1].name)) { continue }
            words.append(a.items[i].text)
        }
        guard words.count >= 1 else { return nil }
        let service = words[0]
        guard words.count >= 2 else { return nil }
        let action = words[1]
        let why = "aws \(service) \(action)"
        // The CLI prints a skeleton of the request's input (or output) and sends no request,
        // whatever the action (`aws dynamodb delete-table --generate-cli-skeleton`).
        if has(a, "--generate-cli-skeleton") { return CommandOperation(kind: .read, why: "\(why) --generate-cli-skeleton sends no request", harmless: true) }
        if service == "configure" || service == "sso" || service == "login" { return CommandOperation(kind: .local, why: "aws \(service)") }
        // The cluster's address and credentials written into this machine's kubeconfig, as
        // `gcloud container clusters get-credentials` and `az aks get-credentials` do: a read of
        // the cluster (later commands are read with the context it sets).
        if service == "eks", action == "update-kubeconfig" { return CommandOperation(kind: .read, why: "\(why) writes this machine's kubeconfig") }
        // SQL a service runs, given as an option (`athena start-query-execution --query-string
        // "DROP TABLE …"`, `redshift-data execute-statement --sql "TRUNCATE …"`).
        if let statement = sqlInOption(a, program: why), statement.kind >= .write { return statement }
        if service == "s3" {
            if let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(why) \(d)", harmless: true) }
            // A copy from a bucket down to this machine reads the bucket.
            let ends = words.dropFirst(2).filter { !$0.hasPrefix("-") || $0 == "-" }
            if ["cp", "sync"].contains(action), ends.count >= 2, ends.first?.hasPrefix("s3://") == true, ends.last?.hasPrefix("s3://") == false, !has(a, "--delete") {
                return CommandOperation(kind: .read, why: "\(why) copies down to this machine")
            }
            switch action {
            case "rm", "rb": return CommandOperation(kind: .destroy, why: why)
            case "sync": return CommandOperation(kind: has(a, "--delete") ? .destroy : .write, why: has(a, "--delete") ? why + " --delete" : why)
            case "ls", "presign": return CommandOperation(kind: .read, why: why)
            default: return CommandOperation(kind: .write, why: why)
            }
        }
        // A bucket's lifecycle set to expire every object (`put-bucket-lifecycle-configuration`
        // with an `Expiration` and an empty filter or prefix): the bucket is emptied by the
        // service within days, as a delete would.
        if action.hasPrefix("put-bucket-lifecycle"), let rules = a.values(of: OptionSpec("--lifecycle-configuration")).first {
            let compact = rules.filter { !$0.isWhitespace }
            let expires = compact.contains("\"Expiration\":") || compact.contains("\"NoncurrentVersionExpiration\":")
            let everything = compact.contains("\"Filter\":{}") || compact.contains("\"Prefix\":\"\"") || (!compact.contains("\"Filter\"") && !compact.contains("\"Prefix\""))
            if expires, everything, compact.contains("\"Status\":\"Enabled\"") {
                return CommandOperation(kind: .destroy, why: "\(why) expires every object of the bucket")
            }
        }
        let verb = action.split(separator: "-").first.map(String.init) ?? action
        // One item deleted by its key, like a SQL DELETE with a WHERE: `dynamodb delete-item --key`.
        if deletesOneItem(action, a) { return CommandOperation(kind: .write, why: "\(why) of one item by its key") }
        // Undoing a scheduled deletion keeps what it would have deleted (`kms
        // cancel-key-deletion`, `cancel-deletion`); receiving a queue's messages leaves them
        // there for the next reader once the visibility timeout ends.
        if action.hasPrefix("cancel-") && action.hasSuffix("deletion") { return CommandOperation(kind: .write, why: "\(why) undoes a deletion") }
        if action == "receive-message" { return CommandOperation(kind: .read, why: why) }
        // A query of logs started (CloudWatch Logs Insights' `start-query`, a live tail): it
        // reads. Athena's runs its SQL, read as the statement says.
        if service == "logs", action == "start-query" || action == "start-live-tail" { return CommandOperation(kind: .read, why: why) }
        if action == "start-query-execution", let text = a.values(of: OptionSpec("--query-string")).first {
            let statement = sql(String(text), program: why)
            return statement.kind == .read ? CommandOperation(kind: .read, why: "\(why) of a query that reads") : statement
        }
        let kind: OperationClass
        // A qualifier before the verb (`batch-delete-item`, `force-delete-…`, Cognito's
        // `admin-delete-user` and `admin-get-user`): the verb after it decides.
        let second = action.split(separator: "-").dropFirst().first.map(String.init) ?? ""
        let acting = Self.awsVerbQualifiers.contains(verb) ? second : verb
        if awsDestroyVerbs.contains(acting) || action.hasPrefix("stop-db") || action == "schedule-key-deletion" {
            kind = .destroy
        } else if awsReadVerbs.contains(acting) || service == "sts" {
            kind = .read
        } else {
            kind = .write
        }
        if kind >= .write, let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(why) \(d)", harmless: true) }
        if kind == .write, let zero = scalesToNothing(a) { return CommandOperation(kind: .destroy, why: "\(why) \(zero) stops every copy") }
        // An update that sets a status of disabling (`iam update-access-key --status Inactive`):
        // a disable, as `disable-…` and `deactivate-…` are.
        if kind == .write, let status = a.values(of: OptionSpec("--status|--state")).first(where: { ["inactive", "disabled", "deactivated", "revoked", "suspended"].contains($0.lowercased()) }) {
            return CommandOperation(kind: .destroy, why: "\(why) --status \(status) disables it")
        }
        return CommandOperation(kind: kind, why: why)
    }

    /// The first word of an AWS action that destroys. Disabling, revoking, detaching, cancelling
    /// and resetting lose what they act on too (`kms disable-key`, `ec2 detach-volume`, `rds
    /// reset-db-parameter-group`).
    static let awsDestroyVerbs: Set<String> = ["delete", "terminate", "remove", "deregister", "purge", "disable", "revoke", "deactivate", "detach", "cancel", "reset",
                                               // A subscription deleted (`sns unsubscribe`): its endpoint is no longer sent to.
                                               "unsubscribe"]
    /// The first word of an AWS action that reads. Drift detection and a service's analysis of
    /// what it is given (`cloudformation detect-stack-drift`, `rekognition detect-labels`)
    /// change nothing.
    static let awsReadVerbs: Set<String> = [
        "describe", "list", "get", "head", "lookup", "search", "filter", "tail", "wait", "scan", "query", "validate", "estimate", "preview", "simulate",
        "test", "generate", "download", "help", "select", "detect",
    ]

    // MARK: Platforms

    static let paasVerbs = table([
        (.read, ["logs", "log", "status", "list", "ls", "info", "show", "get", "whoami", "version", "inspect", "open", "docs", "releases", "history", "doctor", "dashboard", "dash", "checks", "diff", "dump", "ping", "metrics", "monitor", "lint", "test", "projects", "regions", "platform", "tail", "describe", "details", "diagnose",
                 // A database exported to a file here (`wrangler d1 export … --output x.sql`).
                 "export",
                 // Copying the platform's settings or variables down (`vercel env pull`).
                 "pull"]),
        (.local, ["login", "logout", "link", "unlink", "init", "start", "stop", "dev", "build", "gen", "new", "completion", "shell", "local", "use", "environment", "env", "switch", "bootstrap", "services", "config"]),
        (.write, ["up", "deploy", "redeploy", "launch", "create", "scale", "restart", "set", "add", "import", "promote", "rollback", "push", "apply", "update", "run", "console", "ssh", "attach", "release", "migrate", "seed", "alias", "connect", "proxy", "sftp", "upload", "publish", "secrets", "variables", "domain", "domains",
                  // A version copied onto another site or app (`firebase hosting:clone a:live b:live`).
                  "clone"]),
        (.destroy, ["delete", "destroy", "remove", "rm", "down", "detach", "reset", "purge", "wipe", "unset", "clear",
                    // A platform's managed database or store dropped, emptied or pruned (`fly
                    // postgres db drop`, `… redis flush`), a token revoked, a machine terminated.
                    "drop", "truncate", "flush", "erase", "prune", "revoke", "terminate", "nuke", "teardown", "deprovision",
                    // Spelled short (`vercel blob del URL…`).
                    "del"]),
    ])

    static func paas(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        // A database or volume restored over the live one (`wrangler d1 time-travel restore db`).
        if restoresInPlace(words, a), !has(a, "--help|-h") {
            return CommandOperation(kind: .destroy, why: "\(program) \(words.prefix(while: { $0 != "restore" }).joined(separator: " ")) restore restores over what is there, replacing the data written since")
        }
        // The verb is the last known word of the path (`fly apps destroy`, `supabase db reset`,
        // `railway volume delete`), looking at the first three positionals only: later ones are
        // names (an app called `logs-api`).
        var found: [(String, Int, OperationClass)] = []
        for p in 0..<min(3, a.positionals.count) {
            let text = a.items[a.positionals[p]].text
            // A colon path (`addons:delete`, `env:list`) is a topic and its verb: the last
            // segment that is a verb decides, unless one before it destroys.
            let segments = text.contains(":") ? text.split(separator: ":").map(String.init) : [text]
            let verbs = segments.compactMap { w in paasVerbs[w].map { (w, $0) } }
            guard let (verb, c) = verbs.first(where: { $0.1 == .destroy }) ?? verbs.last else { continue }
            found.append((verb, p, c))
            if c == .destroy { break }
        }
        // A topic that is a verb too, with a verb after it, names a group of commands (`fly
        // secrets list`, `fly scale show`): the verbs after it decide, unless it destroys.
        if let first = found.first, paasTopics.contains(first.0), first.2 < .destroy, found.count > 1 { found.removeFirst() }
        var best: (String, Int, OperationClass)?
        for v in found where best == nil || v.2 >= best!.2 { best = v }
        if program == "vercel" {
            // `vercel` and `vercel --prod` deploy; `vercel ./dir` too.
            if best == nil { return CommandOperation(kind: .write, why: "vercel (deploy)") }
        }
        guard case let (verb, p, c)? = best else { return nil }
        var kind = c
        let path = a.positionals.prefix(p + 1).map { a.items[$0].text }.joined(separator: " ")
        // Set and unset of variables are writes; reading them is a read.
        if verb == "unset" || verb == "clear" { kind = .write }
        // Scaling to nothing stops the service: `fly scale count 0`, `railway scale --replicas 0`.
        if verb == "scale", words.dropFirst(p + 1).contains(where: { $0 == "0" || $0.hasSuffix("=0") }) || value(a, "--replicas|--count") == "0" {
            return CommandOperation(kind: .destroy, why: "\(program) scale to 0")
        }
        // Stopped without keeping its data: `supabase stop --no-backup` removes the local stack's volumes.
        if Operations.teardownWords.contains(verb), has(a, "--no-backup") {
            return CommandOperation(kind: .destroy, why: "\(program) \(path) --no-backup discards the data it stops")
        }
        // Alone (their options' values aside: `--environment staging`), they list.
        let alone = !a.positionals.dropFirst(p + 1).contains { !a.items[$0].mayBeValue }
        if (verb == "variables" || verb == "secrets" || verb == "env") && alone && !has(a, "--set") { kind = .read }
        // A build, or a development server without `--remote`, runs on this machine with the
        // settings of the environment it is given: it reads that environment.
        if verb == "build" || (verb == "dev" && !has(a, "--remote")) {
            return CommandOperation(kind: .read, why: "\(program) \(path) runs here with the settings it names")
        }
        if verb == "variables", has(a, "--set") { kind = .write }
        if kind >= .write, let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(program) \(path) \(d)", harmless: true) }
        return CommandOperation(kind: kind, why: "\(program) \(path)")
    }

    /// Topics of the platforms' CLIs that are verbs alone too (`fly secrets`, `fly scale`).
    static let paasTopics: Set<String> = ["secrets", "variables", "scale", "env", "environment", "config", "domain", "domains", "services", "alias", "releases"]

    /// heroku and firebase name a command `topic:verb` (`apps:destroy`, `pg:reset`, `firestore:delete`).
    static func colonVerbs(_ a: Arguments, _ words: [String], _ program: String) -> CommandOperation? {
        guard let first = words.first else { return nil }
        let parts = first.split(separator: ":").map(String.init)
        let verb = parts.count > 1 ? parts.last! : first
        // A database shell of the platform given its SQL in an option (`pg:psql -c "DELETE …"`,
        // `redis:cli -c …`): the SQL says what it does.
        if ["psql", "mysql", "cli", "sql", "shell"].contains(verb), let op = commandString(a, program: "\(program) \(first)") { return op }
        // A topic alone lists what it holds (`heroku config`, `heroku domains`).
        let reads: Set<String> = ["config", "ps", "info", "apps", "addons", "pg", "releases", "domains", "access", "features", "labs", "regions", "stack", "buildpacks", "certs", "drains", "webhooks", "spaces", "teams", "maintenance", "projects"]
        if parts.count == 1, reads.contains(verb) { return CommandOperation(kind: .read, why: "\(program) \(first)") }
        // Scaled to nothing (`ps:scale web=0`, `worker=0:standard-1x`), every copy stops; to
        // any other count it is a change.
        if verb == "scale" {
            let zero = words.dropFirst().contains { w in
                guard let eq = w.firstIndex(of: "=") else { return false }
                return w[w.index(after: eq)...].prefix(while: { $0 != ":" }) == "0"
            }
            return CommandOperation(kind: zero ? .destroy : .write, why: "\(program) \(first)\(zero ? " to 0 stops every copy" : "")")
        }
        if let c = paasVerbs[verb] {
            var kind = c
            if verb == "unset" || verb == "clear" { kind = .write }
            return CommandOperation(kind: kind, why: "\(program) \(first)")
        }
        // Restoring a backup replaces the database's data; so does copying another database
        // over it (`pg:copy SOURCE TARGET`).
        if ["killall", "restore"].contains(verb) || (verb == "copy" && parts.first == "pg") { return CommandOperation(kind: .destroy, why: "\(program) \(first)\(verb == "copy" ? " replaces the target database's data" : "")") }
        if ["psql", "kill", "credentials:rotate", "on", "off", "capture", "promote"].contains(verb) { return CommandOperation(kind: .write, why: "\(program) \(first)") }
        // A looking verb as the last segment (`pg:ps`, `pg:diagnose`, `redis:info`) reads.
        if parts.count > 1, genericReadWords.contains(verb) { return CommandOperation(kind: .read, why: "\(program) \(first)") }
        // A topic and a plural noun with no verb lists what the noun names (`pg:backups`,
        // `pg:links`, `pg:locks`), as a plural noun alone does for any program.
        if parts.count == 2, pluralNoun(verb) != nil, a.positionals.dropFirst().allSatisfy({ a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }) { return CommandOperation(kind: .read, why: "\(program) \(first) lists them") }
        return nil
    }

    // MARK: git

    /// What checkout or restore is given to overwrite from the index or a commit, when it is a
    /// path: the uncommitted changes of every file it stands for go, and git keeps no copy of
    /// them. A directory (`src/`, `tests/unit/`; a branch name never ends in `/`), a path that
    /// stands for as many files as a list or a pattern gives it (xargs's placeholder, a
    /// substitution, a pathspec pattern such as `'*.ts'`), every path after `--`, and a path
    /// that names a file by its extension (`src/app.ts`, `ROADMAP.md`). Whose edits those were
    /// the command line cannot tell: a user's work in progress is lost as surely as the agent's
    /// own. For checkout a word without `--` may be a branch instead (`design`, `release-1.2`,
    /// `feature/login`), and is not read as a path.
    static func discardedPath(_ a: Arguments, _ rest: [String]) -> String? {
        let afterDashes = a.items.filter(\.afterDoubleDash).map(\.text)
        if let first = afterDashes.first(where: { !$0.isEmpty }) { return first }
        return rest.first { path in
            guard !path.hasPrefix("-") else { return false }
            if path.count > 1 && path.hasSuffix("/") { return true }
            if path.contains("{}") || path.contains("$(") || path.contains("`") || path.contains("*") || path.contains("?") { return true }
            return namesFileByExtension(path)
        }
    }

    /// The way back to a deleted file: its content from the parent of the last commit that
    /// touched it (`git checkout $(git rev-list -n 1 HEAD -- f)^ -- f`), that one file and no
    /// other. The last commit that touched a file that is gone is the one that deleted it, so
    /// there is nothing in the work tree to lose.
    static func restoresDeletedFile(_ a: Arguments, source: String?) -> CommandOperation? {
        guard let source, source.hasPrefix("$("), let close = source.lastIndex(of: ")") else { return nil }
        guard ["^", "~", "~1", "^1"].contains(String(source[source.index(after: close)...])) else { return nil }
        let inner = source[source.index(source.startIndex, offsetBy: 2)..<close].split(separator: " ").map(String.init)
        guard inner.count >= 4, inner[0] == "git", inner[1] == "rev-list", let dashes = inner.firstIndex(of: "--"), dashes + 2 == inner.count,
              inner.contains("-1") || inner.contains("--max-count=1") || zip(inner, inner.dropFirst()).contains(where: { $0 == "-n" && $1 == "1" }) else { return nil }
        let paths = a.items.filter(\.afterDoubleDash).map(\.text)
        guard paths == [inner[dashes + 1]], namesFileByExtension(paths[0]) else { return nil }
        return CommandOperation(kind: .local, why: "git restores \(paths[0]) from before the commit that deleted it")
    }

    /// `src/app.ts`, `ROADMAP.md`, `pull.sh`: a last segment with a name and a short extension
    /// of letters (not a version such as `release-1.2`, nor a ref such as `HEAD~1` or `v2.0`).
    static func namesFileByExtension(_ path: String) -> Bool {
        let last = path.split(separator: "/").last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return false }
        let ext = last[last.index(after: dot)...]
        return (1...5).contains(ext.count) && ext.allSatisfy { $0.isASCII && $0.isLetter } && !last.contains("~") && !last.contains("^") && !last.contains(":")
    }

    static func git(_ a: Arguments, _ words: [String], stdin: String? = nil) -> CommandOperation? {
        // git -C DIR / -c k=v before the subcommand: option values are positionals here.
        var p = 0
        while p < a.positionals.count, a.items[a.positionals[p]].mayBeValue, gitReads[a.items[a.positionals[p]].text] == nil { p += 1 }
        guard p < words.count else { return nil }
        let verb = words[p]
        let rest = Array(words[(p + 1)...])
        let wholeTree: Set<String> = [".", "./", ":/", "*", ":/*", "..", "-A"]
        switch verb {
        case "rm" where has(a, "-f|--force") && (rest.contains(where: { wholeTree.contains($0) }) || a.items.contains(where: { $0.afterDoubleDash && wholeTree.contains($0.text) })) && !has(a, "--cached"):
            return CommandOperation(kind: .destroy, why: "git rm --force of the whole tree deletes its files with their uncommitted changes")
        case "rm" where has(a, "-f|--force") && !has(a, "--cached") && !has(a, "-n|--dry-run") && !rest.isEmpty:
            // Forced, git removes files whose changes are not committed (without it git
            // refuses to): those changes are gone with them.
            return CommandOperation(kind: .destroy, why: "git rm --force deletes \(rest[0]) with its uncommitted changes")
        case "read-tree" where has(a, "-u") && has(a, "--reset|--reset=true"):
            return CommandOperation(kind: .destroy, why: "git read-tree -u --reset overwrites the working tree")
        case "checkout-index":
            // Plumbing that writes the index's files over the working tree's (`-a -f`).
            if has(a, "-f|--force") { return CommandOperation(kind: .destroy, why: "git checkout-index --force overwrites uncommitted changes") }
            return CommandOperation(kind: .local, why: "git checkout-index")
        case "submodule" where rest.first == "foreach":
            // The command run in every submodule (`foreach --recursive git reset --hard`).
            let after = a.items.drop(while: { $0.text != "foreach" }).dropFirst().map(\.text)
            var inner = Array(after.drop(while: { $0.hasPrefix("-") }))
            // Given as one word (`foreach --recursive 'git clean -xfd'`), a shell runs it.
            if inner.count == 1, inner[0].contains(" ") { inner = ShellWords.split(inner[0]) }
            let innerArguments = Arguments(inner)
            if inner.first == "git", let op = git(innerArguments, innerArguments.positionals.map { innerArguments.items[$0].text }) {
                return CommandOperation(kind: op.kind, why: "git submodule foreach: \(op.why)", harmless: op.harmless)
            }
            return CommandOperation(kind: .write, why: "git submodule foreach")
        case "push", "send-pack":
            // send-pack is push's plumbing: it takes the same refspecs and --force/--mirror.
            if let d = dryRun(a, extra: ["-n"]) { return CommandOperation(kind: .read, why: "git \(verb) \(d)", harmless: true) }
            if has(a, "-f|--force|--force-with-lease|--force-if-includes") { return CommandOperation(kind: .destroy, why: "git \(verb) --force") }
            if has(a, "--mirror") { return CommandOperation(kind: .destroy, why: "git \(verb) --mirror") }
            if has(a, "--delete|-d|--prune") { return CommandOperation(kind: .destroy, why: "git \(verb) --delete") }
            if let spec = rest.dropFirst().first(where: { $0.hasPrefix("+") || $0.hasPrefix(":") }) {
                return CommandOperation(kind: .destroy, why: spec.hasPrefix("+") ? "git \(verb) +refspec (\(spec))" : "git \(verb) :ref (\(spec))")
            }
            // Refspecs a substitution prints with a `:` in front (`git push origin $(git branch
            // -r … | sed 's#^#:#')`): each one deletes the branch it names.
            if rest.dropFirst().contains(where: { $0.contains("$(") && CompiledPolicy.substitutions(in: $0).contains(where: printsDeleteRefspecs) }) {
                return CommandOperation(kind: .destroy, why: "git \(verb) of refspecs a substitution prints as deletes (:ref)")
            }
            // The same set for this one command: `-c remote.origin.mirror=true`, a configured
            // refspec that forces or deletes (`-c remote.origin.push=+HEAD:main`).
            for setting in a.values(of: OptionSpec("-c")) {
                let parts = setting.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let key = parts[0].lowercased(), value = parts[1].lowercased()
                if key.hasPrefix("remote."), key.hasSuffix(".mirror"), ["true", "yes", "on", "1"].contains(value) {
                    return CommandOperation(kind: .destroy, why: "git \(verb) with -c \(parts[0])=\(parts[1])")
                }
                if key.hasPrefix("remote."), key.hasSuffix(".push"), value.hasPrefix("+") || value.hasPrefix(":") {
                    return CommandOperation(kind: .destroy, why: "git \(verb) with -c \(parts[0])=\(parts[1])")
                }
            }
            return CommandOperation(kind: .write, why: "git \(verb)")
        case "checkout", "switch":
            if has(a, "-f|--force|--discard-changes") { return CommandOperation(kind: .destroy, why: "git \(verb) --force discards uncommitted changes") }
            if a.items.contains(where: { $0.afterDoubleDash && wholeTree.contains($0.text) }) || rest.contains(where: { wholeTree.contains($0) }) {
                return CommandOperation(kind: .destroy, why: "git \(verb) of the whole tree discards uncommitted changes")
            }
            // A conflict resolved by taking one side (`--theirs`, `--ours`): the merge's own work.
            if verb == "checkout", has(a, "--theirs|--ours") { return CommandOperation(kind: .write, why: "git checkout of one side of a conflict") }
            // `-b`, `-B` and `--orphan` make a branch: the words after them are its name and start point.
            if verb == "checkout", let restored = restoresDeletedFile(a, source: rest.first) { return restored }
            if verb == "checkout", !has(a, "-b|-B|--orphan|--track|-t|--detach"), let path = discardedPath(a, rest) {
                return CommandOperation(kind: .destroy, why: "git checkout of \(path) discards its uncommitted changes")
            }
            return CommandOperation(kind: .local, why: "git \(verb)")
        case "restore":
            let staged = has(a, "-S|--staged"), worktree = has(a, "-W|--worktree")
            if (!staged || worktree), rest.contains(where: { wholeTree.contains($0) }) || a.items.contains(where: { $0.afterDoubleDash && wholeTree.contains($0.text) }) {
                return CommandOperation(kind: .destroy, why: "git restore of the whole tree discards uncommitted changes")
            }
            if let restored = restoresDeletedFile(a, source: a.values(of: OptionSpec("-s|--source")).first.map(String.init)) { return restored }
            // Every path restore is given names files, and without `--staged` (or with
            // `--worktree`) their uncommitted changes are overwritten.
            if !staged || worktree, let path = (a.items.filter(\.afterDoubleDash).map(\.text) + rest).first(where: { !$0.isEmpty && !$0.hasPrefix("-") }) {
                return CommandOperation(kind: .destroy, why: "git restore of \(path) discards its uncommitted changes")
            }
            return CommandOperation(kind: .local, why: "git restore")
        case "reset":
            // --keep aborts rather than lose a local change (git-reset(1)); --hard and --merge do not.
            if has(a, "--hard|--merge") { return CommandOperation(kind: .destroy, why: "git reset --hard discards uncommitted changes") }
            // --keep to another commit still moves the branch there and takes the work of the
            // commits it leaves out of the tree (`git reset --keep HEAD~3`), as `branch --force`
            // leaves them: only the reflog has them.
            if has(a, "--keep"), let target = rest.first(where: { !$0.isEmpty && !$0.hasPrefix("-") }), !["HEAD", "@"].contains(target) {
                return CommandOperation(kind: .destroy, why: "git reset --keep \(target) drops the commits after it from the branch")
            }
            return CommandOperation(kind: .local, why: "git reset")
        case "clean":
            if let d = dryRun(a, extra: ["-n"]) { return CommandOperation(kind: .read, why: "git clean \(d)", harmless: true) }
            // `-n` among clustered flags (`git clean -nfdx`, `-fdn`): still a dry run.
            if has(a, "-n") { return CommandOperation(kind: .read, why: "git clean -n", harmless: true) }
            guard has(a, "-f|--force") else { return CommandOperation(kind: .local, why: "git clean") }
            // Limited to build or cache directories (`git clean -fdX -- build/ .cache/`): what a
            // build makes again.
            let paths = rest.filter { !$0.isEmpty }
            if !paths.isEmpty, !has(a, "-e|--exclude"), paths.allSatisfy({ path in
                path.split(separator: "/").contains { regenerableDirectories.contains(String($0)) } || regenerablePattern(path)
            }) {
                return CommandOperation(kind: .local, why: "git clean of build or cache output")
            }
            return CommandOperation(kind: .destroy, why: "git clean --force deletes untracked files\(has(a, "-x") || a.items.contains { $0.kind == .short && $0.name.contains("x") } ? ", and ignored ones (.env, data) with -x" : "")")
        case "branch":
            if has(a, "-D") || (has(a, "-d|--delete") && has(a, "-f|--force")) { return CommandOperation(kind: .destroy, why: "git branch -D") }
            // Moved by force (`git branch -f main origin/main`): the commits only it held are
            // left to the reflog, as `reset --hard` leaves them.
            if has(a, "-f|--force"), !has(a, "-m|-M|-c|-C|--move|--copy|-l|--list"), rest.count >= 1 {
                return CommandOperation(kind: .destroy, why: "git branch --force moves \(rest[0]), leaving the commits only it held")
            }
            return CommandOperation(kind: .local, why: "git branch")
        case "tag":
            // A tag deleted here may be the only copy of a release's name for a commit; unlike
            // `branch -d`, `tag -d` has no check that keeps anything.
            if has(a, "-d|--delete") { return CommandOperation(kind: .destroy, why: "git tag -d deletes tags") }
            return CommandOperation(kind: .local, why: "git tag")
        case "stash":
            if rest.first == "clear" || rest.first == "drop" { return CommandOperation(kind: .destroy, why: "git stash \(rest.first!)") }
            return CommandOperation(kind: .local, why: "git stash")
        case "rebase" where has(a, "--root") && !has(a, "--abort|--quit|--show-current-patch"):
            // Every commit from the first rebuilt: the branch's whole history rewritten.
            return CommandOperation(kind: .destroy, why: "git rebase --root rewrites every commit")
        case "filter-branch", "filter-repo":
            // filter-repo's --analyze only writes a report; --dry-run writes nothing. Its parser
            // (Python's argparse) never takes a word beginning with `--` as an option's value,
            // so the flag counts after any option (`--invert-paths --dry-run`).
            if verb == "filter-repo", let d = dryRun(a, extra: ["--analyze"]) ?? (has(a, "--dry-run|--analyze") ? "--dry-run" : nil) {
                return CommandOperation(kind: .read, why: "git filter-repo \(d)", harmless: true)
            }
            return CommandOperation(kind: .destroy, why: "git \(verb) rewrites every commit")
        case "gc", "prune":
            // Unreachable objects removed now rather than after the grace period: what only the
            // reflog or a dangling commit still held cannot be recovered (`gc --prune=now`,
            // `prune --expire=now`).
            let now = a.items.contains { ($0.name == "--prune" || $0.name == "--expire") && ["now", "all"].contains($0.inlineValue?.lowercased() ?? "") }
            if now, verb == "prune", let d = dryRun(a, extra: ["-n"]) { return CommandOperation(kind: .read, why: "git prune \(d)", harmless: true) }
            if now { return CommandOperation(kind: .destroy, why: "git \(verb) of unreachable objects now") }
            return CommandOperation(kind: .local, why: "git \(verb)")
        case "reflog":
            if rest.first == "expire" || rest.first == "delete" {
                if let d = dryRun(a, extra: ["-n"]) { return CommandOperation(kind: .read, why: "git reflog \(rest.first!) \(d)", harmless: true) }
                return CommandOperation(kind: .destroy, why: "git reflog \(rest.first!)")
            }
            return CommandOperation(kind: .read, why: "git reflog")
        case "lfs":
            // `git lfs migrate import|export` rewrites every commit that has the files (unless
            // `--no-rewrite`); `info` only reports.
            if rest.first == "migrate", rest.dropFirst().first == "import" || rest.dropFirst().first == "export", !has(a, "--no-rewrite") {
                if let d = dryRun(a) { return CommandOperation(kind: .read, why: "git lfs migrate \(d)", harmless: true) }
                return CommandOperation(kind: .destroy, why: "git lfs migrate \(rest[1]) rewrites every commit")
            }
            // Local copies pruned without checking the remote has them (`--verify-remote=false`,
            // `--no-verify-remote`): the only copy may go.
            if rest.first == "prune", a.items.contains(where: { $0.name == "--no-verify-remote" || ($0.name == "--verify-remote" && $0.inlineValue?.lowercased() == "false") }) {
                if let d = dryRun(a) { return CommandOperation(kind: .read, why: "git lfs prune \(d)", harmless: true) }
                return CommandOperation(kind: .destroy, why: "git lfs prune without verifying the remote's copies")
            }
            return CommandOperation(kind: .local, why: "git lfs")
        case "worktree", "submodule":
            // Forced, they drop a working tree's uncommitted changes: `worktree remove --force`,
            // `submodule deinit --force`.
            if let sub = rest.first, ["remove", "deinit"].contains(sub), has(a, "-f|--force") {
                return CommandOperation(kind: .destroy, why: "git \(verb) \(sub) --force discards uncommitted changes")
            }
            return CommandOperation(kind: .local, why: "git \(verb)")
        case "notes":
            // A note removed from its object, like a replacement or a tag deleted (`git notes
            // remove`, `git notes --ref=review rm`).
            if let sub = rest.first(where: { !$0.hasPrefix("-") }), ["remove", "rm"].contains(sub) {
                return CommandOperation(kind: .destroy, why: "git notes \(sub) deletes notes")
            }
            return CommandOperation(kind: .local, why: "git notes")
        case "replace":
            // A replacement deleted, like a tag: no check keeps anything.
            if has(a, "-d|--delete") { return CommandOperation(kind: .destroy, why: "git replace -d deletes replacement refs") }
            return CommandOperation(kind: .local, why: "git replace")
        case "update-ref":
            if has(a, "-d") { return CommandOperation(kind: .destroy, why: "git update-ref -d") }
            // Commands on its input (`git for-each-ref --format='delete %(refname)' … | git
            // update-ref --stdin`): a `delete` among them deletes each ref it names.
            if has(a, "--stdin"), let stdin, stdin.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains("delete") {
                return CommandOperation(kind: .destroy, why: "git update-ref --stdin deletes the refs its input names")
            }
            return CommandOperation(kind: .local, why: "git update-ref")
        default:
            if let c = gitReads[verb] { return CommandOperation(kind: c, why: "git \(verb)") }
            return CommandOperation(kind: .local, why: "git \(verb)")
        }
    }

    static let gitReads = table([
        (.read, ["status", "diff", "log", "show", "blame", "grep", "ls-files", "ls-remote", "rev-parse", "describe", "shortlog", "whatchanged", "cat-file", "ls-tree", "help", "version", "count-objects", "fsck", "bisect", "cherry", "range-diff", "show-ref", "for-each-ref", "name-rev", "var",
                 // Fetching reads the remote; only this clone's remote-tracking refs change.
                 "fetch"]),
        (.local, ["add", "commit", "merge", "rebase", "pull", "tag", "init", "clone", "mv", "rm", "cherry-pick", "revert", "am", "apply", "worktree", "submodule", "remote", "config", "gc", "prune", "notes", "sparse-checkout", "lfs"]),
    ])

    // MARK: rm

    static func rm(_ a: Arguments, _ words: [String], program: String = "rm") -> CommandOperation? {
        // `xargs -I {} rm {}`, `find … -exec rm {} +`: it deletes whatever its input names, which
        // the command line does not show.
        if words.contains("{}") { return CommandOperation(kind: .destroy, why: "rm {} deletes every file its input names") }
        // No file named at all: `xargs rm -f` removes whatever its input names.
        if words.isEmpty, !has(a, "--help|--version") { return CommandOperation(kind: .destroy, why: "rm without files deletes every file its input names") }
        if let file = words.first(where: isDatabaseFile) { return CommandOperation(kind: .destroy, why: "rm \(file) deletes a database or a table's data") }
        // A private key (`keys/signing.key`, `certs/ca-key.pem`, `id_ed25519`, a keystore):
        // what it signed or opened needs it, and nothing makes the same key again.
        if let file = words.first(where: isPrivateKeyFile), !inTemporaryDirectory(file) {
            return CommandOperation(kind: .destroy, why: "rm \(file) deletes a private key")
        }
        // Terraform's local state (`terraform.tfstate`, its `.backup`): without it the
        // infrastructure it records is no longer known to the tool that made it.
        if let file = words.first(where: { ExecView.basename($0).hasSuffix(".tfstate") || ExecView.basename($0).hasSuffix(".tfstate.backup") }), !inTemporaryDirectory(file) {
            return CommandOperation(kind: .destroy, why: "rm \(file) deletes Terraform's state")
        }
        if let file = words.first(where: isHomeSetting) { return CommandOperation(kind: .destroy, why: "rm \(file) deletes settings or credentials kept in HOME") }
        // Every file a pattern matches (`rm notes/*.md`), unless the pattern is build or scratch
        // output (`*.pyc`, `*.orig`, `*.log`, `npm-debug.log*`) or the files are in the
        // temporary directory.
        if let pattern = words.first(where: { w in
            w.contains("*") && !inTemporaryDirectory(w)
                && !regenerableName(ExecView.basename(w)) && !w.split(separator: "/").contains { regenerableDirectories.contains(String($0)) }
                && !isTestOutput(w)
                && !isLogOrScratch(w)
                && ExecView.basename(w) != "*"
                // A Helm chart's packaged dependencies (`charts/app/charts/*.tgz`), which `helm
                // dependency build` fetches again.
                && !(w.hasSuffix("charts/*.tgz"))
        }) {
            return CommandOperation(kind: .destroy, why: "rm \(pattern) deletes every file the pattern matches")
        }
        // A file kept in a data directory (`rm -f data/raw/orders.csv`, `rm uploads/a.png`,
        // `rm "backups/$f"`): data, as the directory is. Not a migration's file (the project's
        // source), a placeholder, a log or scratch.
        if !has(a, "-r|-R|--recursive"), let file = words.first(where: isFileInDataDirectory) { return CommandOperation(kind: .destroy, why: "rm \(file) deletes a file kept in a data directory") }
        // A file of the system's configuration or a service's data (`rm /etc/app/license.key`).
        if !has(a, "-r|-R|--recursive"), let file = words.first(where: { w in ["/etc/", "/var/lib/", "/srv/", "/opt/"].contains { w.hasPrefix($0) && w.count > $0.count } && !w.contains("*") }) {
            return CommandOperation(kind: .destroy, why: "rm \(file) deletes a file outside the project")
        }
        // Node's removers are recursive whatever their flags.
        guard has(a, "-r|-R|--recursive") || (program != "rm" && program != "unlink") else { return CommandOperation(kind: .local, why: program) }
        for w in words {
            let trimmed = w.hasSuffix("/") ? String(w.dropLast()) : w
            // A variable named for a data directory (`"$PGDATA"`, `${DATA_DIR}`).
            let named = trimmed.hasPrefix("$") ? String(trimmed.filter { $0 != "$" && $0 != "{" && $0 != "}" && $0 != "_" }) : trimmed
            if trimmed == ".git" || trimmed.hasSuffix("/.git") { return CommandOperation(kind: .destroy, why: "rm -r \(w) deletes the repository's history") }
            if trimmed == "*" || trimmed == "./*" { return CommandOperation(kind: .destroy, why: "rm -r \(w) deletes everything here") }
            // Everything inside a directory the line does not name: `"$BACKUP_DIR"/*`,
            // `${DATA}/*` (a variable no one set here, so no path is known to judge).
            if trimmed.hasSuffix("/*"), trimmed.hasPrefix("$"), !trimmed.dropLast(2).contains("/") {
                return CommandOperation(kind: .destroy, why: "rm -r \(w) deletes everything in a directory a variable names")
            }
            if isDataDirectory(named) || (trimmed.hasSuffix("/*") && isDataDirectory(String(trimmed.dropLast(2)))) {
                return CommandOperation(kind: .destroy, why: "rm -r \(w) deletes a directory named for the data it holds")
            }
            // The project's source tree itself (`rm -rf src/`): what nothing but its history makes again.
            if ["src", "source", "sources"].contains(trimmed.split(separator: "/").last.map(String.init) ?? ""), !inTemporaryDirectory(trimmed) {
                return CommandOperation(kind: .destroy, why: "rm -r \(w) deletes the source tree")
            }
        }
        return CommandOperation(kind: .local, why: "rm -r")
    }

    /// A path in the temporary directory, written out or through `$TMPDIR`: scratch.
    static func inTemporaryDirectory(_ path: String) -> Bool {
        ["/tmp/", "/var/tmp/", "$TMPDIR/", "${TMPDIR}/"].contains(where: path.hasPrefix)
    }

    /// A log, a program's captured output or a scratch file, or a pattern of them
    /// (`log/test.log`, `npm-debug.log*`, `app.log.1`, `nohup.out`, `tmp/x.json`, `debug.txt`
    /// under `logs/`, `build-log.txt`): emptying or deleting it loses nothing kept.
    static func isLogOrScratch(_ path: String) -> Bool {
        if inTemporaryDirectory(path) { return true }
        let components = path.lowercased().split(separator: "/")
        let name = components.last ?? ""
        let stem = name.split(separator: ".").first ?? ""
        // An audit log is a record kept, wherever it is (`logs/audit.log`, `audit-2024.log`).
        if stem.split(whereSeparator: { !$0.isLetter }).contains("audit") { return false }
        if components.dropLast().contains(where: { ["log", "logs", "tmp", "temp"].contains($0) || regenerableDirectories.contains(String($0)) }) { return true }
        let extensions = name.split(separator: ".").dropFirst().map { $0.filter(\.isLetter) }
        if extensions.contains(where: { ["log", "out", "err", "tmp", "temp", "trace"].contains($0) }) { return true }
        return stem.split(whereSeparator: { !$0.isLetter }).contains { ["log", "logs", "stdout", "stderr", "nohup"].contains($0) }
    }

    /// A file (not a pattern, not a directory) whose directory is a data directory
    /// (`isDataDirectory`), outside the project's source and test tree.
    static func isFileInDataDirectory(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count > 1, let name = parts.last, !path.hasSuffix("/"), !name.contains("*"), !emptyPlaceholders.contains(String(name)),
              !isLogOrScratch(path) else { return false }
        // Inside the source or test tree (`src/data/countries.json`, `tests/data/sample.csv`),
        // the file is the project's own, kept in its history.
        if parts.dropLast().contains(where: { sourceTreeDirectories.contains($0.lowercased()) }) { return false }
        return isDataDirectory(parts.dropLast().joined(separator: "/"))
    }

    /// A directory named for the data it keeps (`data/`, `pb_data`, `pgdata`, `data/exports`,
    /// `storage/uploads`): a service's or the project's stored data, which nothing makes again.
    /// Not under the temporary directory.
    static func isDataDirectory(_ path: String) -> Bool {
        if inTemporaryDirectory(path) { return false }
        // A hidden one too (`.data/postgres`, `.volumes/minio`), as projects keep services' data.
        let parts = path.split(separator: "/").map { $0.drop { $0 == "." }.lowercased() }
        guard let last = parts.last else { return false }
        // Not a package or a build's copy of one (`node_modules/minio`, `vendor/…/data`).
        if parts.dropLast().contains(where: { ["node_modules", "vendor", ".venv", "venv", "site-packages"].contains($0) }) { return false }
        // A database server's data directory by its usual names, wherever it is kept
        // (`tmp/pgdata-old`, `.local/old_pgdata`): a cluster's every database.
        if last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).contains(where: { $0 == "pgdata" || $0 == "datadir" }) { return true }
        // A directory whose own name is a data name is data wherever it is kept (`tmp/storage`,
        // `/var/cache/app/uploads`). Inside a scratch or build directory, a name that only ends
        // in a data word (`tmp/stg-exports`) and what lies beneath a data name (`tmp/storage/
        // test`: Active Storage's test files) are that directory's scratch.
        func inScratch(before index: Int) -> Bool {
            parts[..<index].contains { regenerableDirectories.contains($0) || ["cache", "tmp", "temp", "scratch"].contains($0) }
        }
        if dataDirectoryNames.contains(last) || last.hasSuffix("_data") || last.hasSuffix("-data") { return true }
        // A database server's data under a prefix's `var` or `/var/lib` (`$(brew --prefix)/var/
        // postgresql@16`, `/usr/local/var/mysql`): the server's every database.
        if parts.count >= 2, parts[parts.count - 2] == "var" || (parts.count >= 3 && parts[parts.count - 2] == "lib" && parts[parts.count - 3] == "var"),
           let server = last.split(whereSeparator: { !$0.isLetter }).first, databaseServerNames.contains(String(server)) { return true }
        // A vector store's persisted index (`chroma_db`, `.chroma`, `faiss_index`, `lancedb`,
        // `vector_store`): embeddings computed and paid for, kept nowhere else.
        let lastWords = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        if !inScratch(before: parts.count - 1), !parts.dropLast().contains(where: sourceTreeDirectories.contains), lastWords.contains(where: vectorStoreWords.contains)
            || zip(lastWords, lastWords.dropFirst()).contains(where: { $0 == "vector" && ["store", "stores", "db", "index"].contains($1) }) { return true }
        // A local emulator's persisted state: Wrangler's `.wrangler/state` (D1 databases, KV,
        // R2 and Durable Objects of `wrangler dev`).
        if let w = parts.firstIndex(of: "wrangler"), parts.index(after: w) < parts.count, parts[parts.index(after: w)] == "state" { return true }
        // Named for its data by its last word (`app-uploads`, `user_exports`, `nightly-backups`).
        if let word = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).last, word.count < last.count, dataDirectoryNames.contains(String(word)),
           !inScratch(before: parts.count - 1) { return true }
        // Beneath one (`data/raw/`, `data/processed`), unless what is beneath is a cache, a
        // build's output, logs or scratch (`data/cache`, `data/tmp`, `exports/tmp-preview`,
        // `storage/logs`).
        guard let at = parts.dropLast().lastIndex(where: { dataDirectoryNames.contains($0) }), !inScratch(before: at) else { return false }
        return !parts[(at + 1)...].contains { p in
            regenerableDirectories.contains(p) || ["cache", "tmp", "temp", "scratch", "log"].contains { p.hasPrefix($0) }
        }
    }

    /// (`migrations`: hand-written data migrations among them; `makemigrations` makes only the
    /// schema's again. `mlruns`: MLflow's local store of runs and their artifacts; `datasets`,
    /// `checkpoints`: data and trained weights nothing makes again cheaply.)
    static let dataDirectoryNames: Set<String> = ["data", "pgdata", "datadir", "uploads", "exports", "backups", "dumps", "volumes", "migrations", "mlruns", "datasets", "checkpoints",
                                                  // A framework's stored files, uploads among them (Laravel's `storage/`).
                                                  "storage",
                                                  // MinIO's data directory: its buckets and their objects.
                                                  "minio",
                                                  // A service's volume kept beside the project (`volume/`, as `volumes/`).
                                                  "volume"]

    /// Directories of a project's source and tests, and migrations' own directory.
    static let sourceTreeDirectories: Set<String> = ["src", "lib", "app", "test", "tests", "spec", "specs", "fixtures", "testdata", "docs", "public", "assets", "migrations"]

    /// Database servers by the names their data directories take.
    static let databaseServerNames: Set<String> = ["postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongo", "redis", "valkey", "elasticsearch", "opensearch",
                                                   "clickhouse", "cassandra", "influxdb", "couchdb", "rabbitmq", "neo4j", "cockroach"]

    /// Words of a vector store's persisted directory.
    static let vectorStoreWords: Set<String> = ["chroma", "chromadb", "lancedb", "faiss", "vectorstore", "vectorstores", "vectordb"]

    /// An embedded database's file (`db/development.sqlite3`, `db/*.sqlite3`, `app.duckdb`):
    /// removing it empties the database, as dropping it would.
    static func isDatabaseFile(_ word: String) -> Bool {
        // A test's or a tool's scratch database in the temporary directory.
        if inTemporaryDirectory(word) { return false }
        let name = word.split(separator: "/").last.map { $0.lowercased() } ?? ""
        guard let dot = name.lastIndex(of: "."), name != "thumbs.db" else { return false }
        // Columnar data files hold a table's rows as a database file does (`ledger/2026-11.parquet`).
        return ["sqlite", "sqlite3", "db", "db3", "duckdb", "parquet", "avro", "orc", "feather", "arrow"].contains(name[name.index(after: dot)...])
    }

    /// A private key's file by its name: `*.key`, `*-key.pem`, `*.key.pem`, `privkey.pem`,
    /// PKCS #12 and Java keystores, and ssh's `id_*` keys (not their `.pub`).
    static func isPrivateKeyFile(_ word: String) -> Bool {
        let name = ExecView.basename(word).lowercased()
        if name.hasSuffix(".key") || name.hasSuffix("-key.pem") || name.hasSuffix(".key.pem") || name == "privkey.pem" { return true }
        if name.hasSuffix(".p12") || name.hasSuffix(".pfx") || name.hasSuffix(".jks") || name.hasSuffix(".keystore") { return true }
        return sshKeyNames.contains(name)
    }

    static let sshKeyNames: Set<String> = ["id_rsa", "id_ecdsa", "id_ed25519", "id_dsa"]

    /// A file in one of HOME's hidden directories (`~/.kube/config`, `~/.aws/credentials`):
    /// settings and credentials nothing makes again. The caches kept there are made again.
    static func isHomeSetting(_ word: String) -> Bool {
        guard let rest = ["~/.", "$HOME/.", "${HOME}/."].first(where: word.hasPrefix).map({ word.dropFirst($0.count - 1) }) else { return false }
        let caches = [".cache", ".npm/_cacache", ".gradle/caches", ".m2/repository", ".cargo/registry", ".nuget/packages", ".yarn/berry/cache", ".bun/install/cache"]
        return rest.count > 1 && !caches.contains(where: { rest == $0 || rest.hasPrefix($0 + "/") })
    }

    // MARK: Ansible

    static func ansible(_ a: Arguments, _ program: String) -> CommandOperation? {
        if let d = dryRun(a, extra: ["--check", "-C", "--syntax-check", "--list-hosts", "--list-tasks", "--list-tags"]) {
            // Checking the syntax or listing tasks and tags reads the playbook alone.
            let offline = ["--syntax-check", "--list-tasks", "--list-tags"].contains(d)
            return CommandOperation(kind: .read, why: "\(program) \(d)", harmless: true, offline: offline)
        }
        if let everyday = ansibleEveryday(a, program) { return everyday }
        if program == "ansible-playbook", let teardown = teardownPlaybook(a) { return teardown }
        return CommandOperation(kind: .write, why: program)
    }
}
