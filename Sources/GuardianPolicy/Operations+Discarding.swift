// Mechanisms that read what a command discards, for any program, named or not:
//
// - options named for discarding stored data (`--vacuum-size`, `--remove-source-files`,
//   `--delete-removed`, `--remove-files`): the tool deletes what it was given or what the other
//   side no longer has, whatever the program;
// - a state reverted to a snapshot (`rollback -r pool/fs@snap`, `restore vm@before`): what
//   was written since is gone;
// - every migration undone (`down-to 0`, `VERSION=0`, `rollback --all`, `--to 0`): the tables
//   they made are dropped, whichever tool or task runner runs them;
// - a machine rebuilt or re-imaged from an image (`server rebuild --image …`, `reimage`): its
//   disk is written over;
// - a typed acknowledgement that data will be lost, in any argument or setting
//   (`--yes-i-really-mean-it`, a cleanup policy's `"confirmation":"yes-really-destroy-data"`):
//   the tool asks for it only before it destroys;
// - a GraphQL mutation written in a command's data (`curl … -d '{"query":"mutation {
//   volumeDelete(…) }"}'`, `gh api graphql -f query='mutation { deleteRef(…) }'`) whose root
//   field deletes (read by the request classifier's GraphQL extraction): the request it sends
//   destroys, unless the field deletes one row by its key (`delete_orders_by_pk`) or the rows a
//   non-empty `where` selects, as a SQL DELETE with a WHERE does (`where: {}` selects every row);
// - one-line programs given to a framework's runner or console (`rails runner`, `manage.py
//   shell -c`, `mix run -e`, `tinker --execute`) that delete every row of a model
//   (`Order.delete_all`, `….objects.all().delete()`, `deleteMany({})`), as a DELETE without a
//   WHERE does; a filtered one (`where(…)`, `filter(…)`) writes.

extension Operations {
    /// What an option deletes when it is named `--delete-…` or `--remove-…` and deletes the
    /// sources or what the destination lacks.
    static let discardedWords: Set<String> = [
        "source", "sources", "files", "removed", "extraneous", "excluded", "missing", "originals", "original", "input", "inputs", "src",
        // What the destination has that the source does not (`--delete-unmatched-destination-objects`).
        "unmatched",
    ]

    /// An option named for discarding stored data, on any program.
    static func discardingOption(_ a: Arguments, program: String) -> CommandOperation? {
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            let parts = item.name.dropFirst(2).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            guard let first = parts.first else { continue }
            if let v = item.inlineValue ?? flagValue(a, item), ["false", "0", "no", "off"].contains(v.lowercased()) { continue }
            let vacuums = first == "vacuum" && parts.count > 1
            // And one that deletes stored data or backups with what it acts on, given to any
            // program (`az backup protection disable --delete-backup-data true`).
            let discards = (first == "delete" || first == "remove") && parts.dropFirst().contains(where: { discardedWords.contains($0) || $0 == "data" || $0 == "backups" })
            if vacuums || discards { return CommandOperation(kind: .destroy, why: "\(program) \(item.name) discards stored data") }
        }
        return nil
    }

    /// Phrases a tool makes its user type before it destroys data (`-` and `_` alike).
    static let dataLossAcknowledgements = ["yes-i-really", "yes-really", "really-destroy", "really-delete", "really-wipe", "destroy-data", "i-really-mean-it"]

    /// A typed acknowledgement that data will be lost, anywhere in the command's words.
    static func acknowledgesDataLoss(_ a: Arguments, program: String) -> CommandOperation? {
        for item in a.items {
            let text = (item.kind == .positional ? Substring(item.text) : item.name + (item.inlineValue.map { "=" + $0 } ?? "")).lowercased()
            guard text.contains("real") || text.contains("destroy") else { continue }
            let joined = text.replacingOccurrences(of: "_", with: "-")
            if let phrase = dataLossAcknowledgements.first(where: joined.contains) {
                return CommandOperation(kind: .destroy, why: "\(program) is given '\(phrase)', the acknowledgement it asks for before it destroys data")
            }
        }
        return nil
    }

    /// Words of a GraphQL root field's name that say it deletes (`deleteRef`, `delete_orders`,
    /// `volumeDelete`).
    static let mutationDestroyWords: Set<String> = ["delete", "destroy", "drop", "purge", "wipe", "truncate"]

    /// The first root field of a GraphQL mutation in the command's words whose name deletes,
    /// other than one row by its key or the rows a non-empty `where` selects. The document is
    /// read by the request classifier's own extraction (GraphQLExtraction): root field names
    /// through aliases and fragments, arguments flattened (`delete_orders.where.id._eq`). A
    /// document that does not parse names no field: a server would run nothing either.
    static func destroyingMutation(_ a: Arguments) -> String? {
        destroyingMutation(in: a.items.compactMap { $0.kind == .positional ? Substring($0.text) : $0.inlineValue })
    }

    /// The first field of a mutation in `texts` (GraphQL documents, or JSON bodies and form
    /// fields that carry them) named for destroying what it reaches.
    static func destroyingMutation(in texts: [Substring]) -> String? {
        for text in texts {
            guard text.contains("mutation") else { continue }
            for document in graphQLDocuments(in: String(text)) {
                guard let operations = try? GraphQLExtraction(limits: .init(), path: "").operations(of: document) else { continue }
                for operation in operations where operation.type == .mutation {
                    for field in operation.fields where Words.split(field).contains(where: { mutationDestroyWords.contains($0.lowercased()) }) {
                        if field.hasSuffix("_by_pk") || field.hasSuffix("ByPk") { continue }
                        if operation.arguments.keys.contains(where: { $0.hasPrefix(field + ".where.") }) { continue }
                        return field
                    }
                }
            }
        }
        return nil
    }

    /// Every GraphQL operation the command's words carry is a query (at least one, and no
    /// mutation or subscription anywhere, nor a document that does not parse): it reads.
    static func onlyGraphQLQueries(_ a: Arguments) -> Bool {
        var queries = 0
        for item in a.items {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue, text.contains("query") else { continue }
            for document in graphQLDocuments(in: String(text)) {
                guard let operations = try? GraphQLExtraction(limits: .init(), path: "").operations(of: document), !operations.isEmpty else { return false }
                for operation in operations {
                    guard operation.type == .query else { return false }
                    queries += 1
                }
            }
        }
        return queries > 0
    }

    /// The GraphQL documents a word carries: a JSON body's `query` (one object or a batch), a
    /// form field's value (`query=mutation { … }`, as `gh api graphql -f` takes it), or the
    /// word itself.
    static func graphQLDocuments(in text: String) -> [GraphQLRequestItem] {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\n" })
        if trimmed.first == "{" || trimmed.first == "[", let body = try? StrictJSON.parse(String(trimmed)) {
            let objects: [JSONValue]
            if case let .array(items) = body { objects = items } else { objects = [body] }
            return objects.compactMap { object -> GraphQLRequestItem? in
                guard case let .object(members) = object,
                      case let .string(query)? = members.first(where: { $0.key == "query" })?.value else { return nil }
                var name: String?
                if case let .string(n)? = members.first(where: { $0.key == "operationName" })?.value { name = n }
                return GraphQLRequestItem(document: query, operationName: name, variables: members.first(where: { $0.key == "variables" })?.value)
            }
        }
        if trimmed.hasPrefix("query=") { return [GraphQLRequestItem(document: String(trimmed.dropFirst(6)), operationName: nil, variables: nil)] }
        return [GraphQLRequestItem(document: String(trimmed), operationName: nil, variables: nil)]
    }

    /// Verbs that put a thing back as it was at a snapshot.
    static let revertingVerbs: Set<String> = ["rollback", "revert", "restore", "snapshot-revert", "snapshot-restore", "snapshot-rollback"]

    /// `zfs rollback -r tank/db@monday`, `… snapshot-revert vm1 before`: reverted to a snapshot.
    static func snapshotRevert(_ a: Arguments, program: String) -> CommandOperation? {
        let path = a.positionals.prefix(3).map { a.items[$0].text.lowercased() }
        guard let verb = path.first(where: revertingVerbs.contains) else { return nil }
        let snapshot = a.positionals.contains { i in
            let t = a.items[i].text
            guard let at = t.firstIndex(of: "@"), at != t.startIndex, t.index(after: at) != t.endIndex else { return false }
            // `pool/fs@snap`, `vm@snap`; not an address (`user@host.example.com`).
            return !t[t.index(after: at)...].contains(".") && !t.contains("://")
        }
        let namedSnapshot = verb.hasPrefix("snapshot-") || path.contains { $0 == "snapshot" || $0 == "snapshots" }
        let recursive = verb == "rollback" && snapshot && FlagSpec("-r|-R|-f").isPresent(in: a)
        // A restore from a snapshot file may write somewhere new (`snapshot restore s.db
        // --data-dir /tmp/x`); a rollback or revert puts the thing itself back.
        let inPlace = !verb.contains("restore")
        guard snapshot || (namedSnapshot && inPlace) || recursive else { return nil }
        return CommandOperation(kind: .destroy, why: "\(program) \(verb) to a snapshot discards what was written since")
    }

    /// Undoing every migration: `down-to 0`, `goto 0`, `VERSION=0`, `rollback --all`,
    /// `downgrade --to 0`.
    static func undoesEveryMigration(_ a: Arguments) -> String? {
        let down: Set<String> = ["down", "downgrade", "rollback", "revert", "undo", "to", "goto", "downto"]
        let positionals = a.positionals.filter { !a.items[$0].afterDoubleDash }.map { a.items[$0].text }
        let segmented = positionals.prefix(5).map { $0.lowercased().split(whereSeparator: { ":.-_".contains($0) }).map(String.init) }
        let downs = segmented.contains { $0.contains(where: down.contains) }
        let migrates = segmented.contains { $0.contains { ["migrate", "migration", "migrations", "db", "ecto", "schema", "database"].contains($0) } }
        for (i, segments) in segmented.enumerated() where segments.contains(where: down.contains) && i + 1 < positionals.count {
            if ["0", "zero", "base"].contains(positionals[i + 1].lowercased()) { return "\(positionals[i]) \(positionals[i + 1])" }
        }
        // Migrating to before the first migration: Doctrine's `migrations:migrate first`.
        for (i, segments) in segmented.enumerated() where segments.last == "migrate" && i + 1 < positionals.count {
            if ["first", "0", "zero"].contains(positionals[i + 1].lowercased()) { return "\(positionals[i]) \(positionals[i + 1])" }
        }
        // Every migration applied down: `migrate apply --down all` (Hasura).
        if migrates, let item = a.items.first(where: { $0.kind == .long && $0.name == "--down" }), flagValue(a, item)?.lowercased() == "all" {
            return "--down all"
        }
        if migrates || downs, let v = positionals.first(where: { ["version=0", "target=0", "step=all", "steps=all"].contains($0.lowercased()) }) {
            return v
        }
        guard downs else { return nil }
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            let n = item.name.dropFirst(2).lowercased()
            if n == "all" { return "--all" }
            if ["to", "target", "version"].contains(n), let v = flagValue(a, item), v == "0" { return "\(item.name) 0" }
        }
        return nil
    }

    /// Several migrations undone at once (`migrate:rollback --step=5`, `migrate down 2`,
    /// `rollback-count --count=5`, `db:migrate:redo STEP=3`, `downgrade -3`): the tables and
    /// columns they made go with their data. (One step back, where the words say it is a
    /// database's migration, is `undoesMigration`'s.)
    static func undoesSeveralMigrations(_ a: Arguments) -> String? {
        let down: Set<String> = ["down", "downgrade", "rollback", "revert", "undo", "redo"]
        let positionals = a.positionals.filter { !a.items[$0].afterDoubleDash }.map { a.items[$0].text }
        let segmented = positionals.prefix(4).map { $0.lowercased().split(whereSeparator: { ":.-_".contains($0) }).map(String.init) }
        // (Not one that prints the SQL it would run: `rollback-count-sql`.)
        guard let at = segmented.firstIndex(where: { $0.contains(where: down.contains) }), !segmented[at].contains("sql") else { return nil }
        var counts: [(String, Int)] = []
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            guard ["--step", "--steps", "--count", "--number"].contains(item.name.lowercased()), let v = flagValue(a, item), let n = Int(v) else { continue }
            counts.append(("\(item.name) \(v)", n))
        }
        // A relative revision written as an option (`downgrade -2`).
        for item in a.items where item.kind == .short && !item.afterDoubleDash {
            if let n = Int(item.name.dropFirst()) { counts.append((String(item.name), n)) }
        }
        for p in positionals {
            let parts = p.split(separator: "=", maxSplits: 1)
            if parts.count == 2, ["step", "steps"].contains(parts[0].lowercased()), let n = Int(parts[1]) { counts.append((p, n)) }
        }
        if at + 1 < positionals.count {
            let next = positionals[at + 1]
            if let n = Int(next.hasPrefix("-") ? String(next.dropFirst()) : next) { counts.append(("\(positionals[at]) \(next)", n)) }
        }
        return counts.first(where: { $0.1 > 1 }).map { "\(positionals[at]) \($0.0)" }
    }

    /// A database migration undone, however many (`db:migrate:down VERSION=…`, `ecto.rollback
    /// --step 1`, `knex migrate:rollback`, `sqitch revert|rebase`, `ef migrations remove
    /// --force`): a down migration drops the tables and columns its up made, with the rows
    /// written since. Only where the words or the program say migrations: `helm rollback`,
    /// `vault kv rollback` or a deploy's rollback put a release or a version back.
    static func undoesMigration(_ a: Arguments, keys: [String]) -> String? {
        let undoing: Set<String> = ["downgrade", "rollback", "revert", "undo", "redo", "rebase"]
        let positionals = a.positionals.filter { !a.items[$0].afterDoubleDash }.map { a.items[$0].text }
        let segmented = positionals.prefix(4).map { $0.lowercased().split(whereSeparator: { ":.-_".contains($0) }).map(String.init) }
        let migrationWords: Set<String> = ["migrate", "migration", "migrations", "ecto"]
        let tool = keys.contains(where: migrationTools.contains) || segmented.contains { $0.contains(where: migrationWords.contains) }
        // `down` only beside migrations (`db:test:down` takes a test database's container down).
        let migrates = tool || segmented.contains { $0.contains(where: { $0 == "db" || $0 == "database" || $0 == "schema" }) }
        guard migrates, !segmented.contains(where: { $0.contains("sql") || $0.contains("status") || $0.contains("list") }) else { return nil }
        if let at = segmented.firstIndex(where: { $0.contains(where: undoing.contains) || (tool && $0.contains("down")) }) { return positionals[at] }
        // Migrating to the version before (Doctrine's `migrations:migrate prev`, `current-1`).
        for (i, segments) in segmented.enumerated() where segments.last == "migrate" && i + 1 < positionals.count {
            let target = positionals[i + 1].lowercased()
            if target == "prev" || target == "previous" || (target.hasPrefix("current-") && Int(target.dropFirst(8)).map { $0 > 0 } == true) {
                return "\(positionals[i]) \(positionals[i + 1])"
            }
        }
        // `dotnet ef migrations remove --force` reverts the migration if it was applied.
        if let at = segmented.firstIndex(where: { $0 == ["remove"] }), at > 0, segmented[at - 1].contains(where: { $0.hasPrefix("migration") }),
           FlagSpec("--force|-f").isPresent(in: a) {
            return "\(positionals[at - 1]) \(positionals[at]) --force"
        }
        return nil
    }

    /// Programs whose commands are a database's migrations.
    static let migrationTools: Set<String> = [
        "alembic", "knex", "sequelize", "sequelize-cli", "typeorm", "goose", "migrate", "dbmate", "atlas", "sqitch", "liquibase",
        "flyway", "diesel", "sqlx", "refinery", "mikro-orm", "graphile-migrate", "yoyo", "pocketbase", "ecto", "prisma",
    ]

    /// Verbs that write a machine's disk over from an image.
    static let reimagingVerbs: Set<String> = ["rebuild", "reimage", "re-image", "reinstall", "reprovision"]

    static func reimages(_ a: Arguments, program: String) -> CommandOperation? {
        let path = a.positionals.prefix(4).map { a.items[$0].text.lowercased() }
        guard let verb = path.first(where: reimagingVerbs.contains) else { return nil }
        let fromImage = a.items.contains { item in
            guard item.kind == .long, !item.afterDoubleDash else { return false }
            let parts = item.name.dropFirst(2).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
            return parts.contains { ["image", "os", "distribution", "distro", "template", "snapshot"].contains(String($0)) }
        }
        guard fromImage || verb == "reimage" || verb == "re-image" || verb == "reprovision" else { return nil }
        return CommandOperation(kind: .destroy, why: "\(program) \(verb) writes the machine's disk over")
    }

    /// A declarative schema tool told to apply or push without asking (`schema apply
    /// --auto-approve`, `db push --accept-data-loss`): it drops whatever the desired schema lacks,
    /// which is what its question is there for.
    static func forcedSchemaApply(_ a: Arguments, program: String) -> CommandOperation? {
        let path = a.positionals.prefix(3).map { a.items[$0].text.lowercased() }
        let segments = path.flatMap { $0.split(whereSeparator: { ":.-_".contains($0) }).map(String.init) }
        guard segments.contains(where: { ["schema", "db", "database"].contains($0) }),
              let verb = segments.first(where: { ["apply", "push", "sync"].contains($0) }) else { return nil }
        guard let flag = a.items.first(where: { $0.kind == .long && ["--auto-approve", "--accept-data-loss", "--force"].contains(String($0.name)) }) else { return nil }
        return CommandOperation(kind: .destroy, why: "\(program) \(verb) \(flag.name) drops what the desired schema lacks without asking")
    }

    /// The one-line program a framework's runner or console is given: `rails runner CODE`,
    /// `manage.py shell -c CODE`, `mix run -e CODE`, `artisan tinker --execute=CODE`.
    static func frameworkConsoleCode(_ view: ExecView) -> String? {
        let a = view.arguments
        let keys = view.programKeys
        let words = a.positionals.map { a.items[$0].text }
        if keys.contains("rails") || keys.contains("rails-runner"), let i = words.firstIndex(where: { $0 == "runner" || $0 == "r" }) {
            // The first word after it that is no option's value (`runner -e staging 'CODE'`).
            let after = a.positionals.filter { !a.items[$0].mayBeValue || a.items[$0].text.contains("(") || a.items[$0].text.contains(".") }.map { a.items[$0].text }
            guard let at = after.firstIndex(where: { $0 == words[i] }), at + 1 < after.count else { return nil }
            let code = after[at + 1]
            return code.hasSuffix(".rb") ? nil : code
        }
        // An Elixir release's remote call into the running node (`bin/ledger rpc
        // 'Ledger.Repo.delete_all(Ledger.Entry)'`, `bin/ledger eval '…'`): the code it is given.
        if let argv0 = view.request.argv.first, argv0.hasPrefix("bin/") || argv0.contains("/bin/"), words.count >= 2, ["rpc", "eval"].contains(words[0]) {
            return words[1]
        }
        // A console fed its program on its input (`echo 'Session.delete_all' | rails console`).
        if let given = view.request.stdin, runsRails(keys, words), words.contains(where: { $0 == "console" || $0 == "c" }) {
            return given
        }
        // `iex -S mix run -e CODE` runs the code as `mix run -e` does, in a shell it keeps open.
        let mixRun = (keys.contains("mix") || (keys.contains("iex") && words.contains("mix"))) && words.contains("run")
        let console = (runsDjango(keys, words) && words.contains("shell")) || mixRun || words.contains("tinker")
        guard console else { return nil }
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            guard ["-c", "--command", "-e", "--eval", "--execute"].contains(String(item.name)) else { continue }
            if let v = item.inlineValue { return String(v) }
            if i + 1 < a.items.count, a.items[i + 1].kind == .positional { return a.items[i + 1].text }
        }
        return nil
    }

    /// A framework's database shell (`manage.py dbshell`, `rails dbconsole`, `rails db`): it runs
    /// the SQL it reads on its input as the database's own client would.
    static func frameworkDatabaseShell(_ view: ExecView) -> String? {
        let words = view.arguments.positionals.map { view.arguments.items[$0].text }
        let keys = view.programKeys
        if runsDjango(keys, words), words.contains("dbshell") { return "manage.py dbshell" }
        if runsRails(keys, words), let w = words.first(where: { $0 == "dbconsole" || $0 == "db" }) { return "rails \(w)" }
        return nil
    }

    /// Django's runner, by name or as the script an interpreter runs (`python manage.py …`).
    static func runsDjango(_ keys: [String], _ words: [String]) -> Bool {
        keys.contains { $0 == "manage.py" || $0 == "django-admin" } || words.contains { $0.hasSuffix("manage.py") }
    }

    /// Rails' runner, by name or as a project's binstub (`bin/rails …`).
    static func runsRails(_ keys: [String], _ words: [String]) -> Bool {
        keys.contains("rails") || words.contains { $0.hasSuffix("bin/rails") }
    }

    /// A statement of a one-line program that deletes every row of a model: a mass delete with
    /// nothing that filters before it.
    /// Words of a job queue's objects in code, lowercased (`Sidekiq::Queue`, `RetrySet`, a
    /// BullMQ `queue`).
    static let queueNameWords: [String] = ["queue", "retryset", "deadset", "scheduledset", "morgue"]
    /// Calls that empty a queue or a set of jobs.
    static let queueEmptyingCalls: [String] = ["(&:clear)", ".clear", ".purge(", ".drain(", ".obliterate(", "remove_queue(", ".empty("]

    static func massDelete(_ code: String) -> String? {
        let bare = withoutLiterals(code)
        for statement in bare.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            // PHP's method arrow read as a dot (`DB::table('jobs')->truncate()`).
            let s = statement.filter { !$0.isWhitespace }.lowercased().replacing("->", with: ".")
            let filtered = ["where(", ".where", "filter(", "exclude(", "find_by", ".find(", "limit(", ".get("].contains { s.contains($0) }
            guard !filtered else { continue }
            if s.contains(".all().delete(") || s.contains(".all.delete_all") || s.contains(".all.destroy_all") { return "deletes every row" }
            // Each record of a scope purged or destroyed in turn (`find_each(&:purge)`), and
            // Laravel's `Model::truncate()`.
            for call in [".delete_all", ".destroy_all", ".deleteall", ".truncate", "repo.delete_all(", "(&:purge)", "(&:destroy)", "(&:destroy!)", "(&:delete)", "::truncate("] where s.contains(call) {
                return "calls \(call.dropFirst())"
            }
            // Laravel's query builder without a condition (`DB::table('sessions')->delete()`,
            // `Model::query()->delete()`), and its schema builder dropping a table.
            if (s.contains("db::table(") || s.contains("::query()")) && s.contains(".delete()") { return "deletes every row" }
            if s.contains("schema::drop(") || s.contains("schema::dropifexists(") { return "drops a table" }
            // A JavaScript or Python query builder's delete of a whole table: Knex's
            // `knex('sessions').del()`, SQLAlchemy's `session.query(Job).delete()`, Drizzle's
            // `db.delete(sessions)`, Sequelize's `destroy({ truncate: true })` or an empty `where`.
            if s.contains("knex(") && (s.contains(".del()") || s.contains(".delete()")) { return "deletes every row" }
            if s.contains(".query(") && s.contains(").delete(") { return "deletes every row" }
            if s.contains("db.delete(") { return "deletes every row" }
            if s.contains(".destroy({truncate:true") || s.contains(".destroy({where:{}") { return "deletes every row" }
            if s.contains("deletemany({})") || s.contains("deletemany()") || s.contains("remove({})") { return "deletes every document" }
            // A job queue's waiting, retrying or dead jobs cleared (`Sidekiq::Queue.all.each(&:clear)`,
            // `Sidekiq::RetrySet.new.clear`, `Resque.remove_queue(…)`, BullMQ's `obliterate`,
            // Celery's `app.control.purge()`), and a Redis database emptied from code.
            if queueNameWords.contains(where: s.contains), queueEmptyingCalls.contains(where: s.contains) { return "empties a job queue" }
            if s.contains("control.purge(") { return "discards every waiting task" }
            if s.contains(".flushall") || s.contains(".flushdb") { return "empties a Redis database" }
        }
        return nil
    }
}
