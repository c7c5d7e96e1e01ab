// More of tools' own words:
//
// - version control systems other than git: `hg update --clean`/`-C` and `svn revert` discard
//   work (`revert` destroys by the generic vocabulary); removing a tracked file (`hg remove
//   src/old.py`, `svn rm`) is recorded in history and changes only this checkout, unless forced
//   or, for svn, given a repository URL (committed at once);
// - a short flag that means delete for tools whose long names say so (`tarsnap -d`,
//   `fdupes -rdN`, `jdupes -d`);
// - SQL given in an option (`-e`, `--execute`, `-q`, `--query`, `-c`, `--command`, `--sql`) to
//   a database shell no grammar knows (`mysqlsh --execute 'DROP DATABASE shop'`): read as SQL;
// - programs whose name ends in a destroying verb after a hyphen or underscore (`trash-empty`),
//   account tools named `…del` (`userdel`, `groupdel`), and secure-delete tools (`srm`,
//   `sfill`, `sswap`, `sdmem`).

extension Operations {
    static let otherVersionControls: Set<String> = ["hg", "svn", "fossil", "bzr", "brz", "darcs", "p4", "sl"]

    static func otherVersionControl(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: otherVersionControls.contains), let first = a.positionals.first else { return nil }
        let verb = a.items[first].text
        if ["update", "up", "checkout", "co"].contains(verb), FlagSpec("-C|--clean").isPresent(in: a) {
            return CommandOperation(kind: .destroy, why: "\(key) \(verb) --clean discards uncommitted changes")
        }
        if ["remove", "rm", "delete", "del", "forget"].contains(verb) {
            if FlagSpec("-f|--force|--hard").isPresent(in: a) { return CommandOperation(kind: .destroy, why: "\(key) \(verb) --force removes files with their uncommitted changes") }
            // Subversion given a repository's URL commits the removal at once (`svn delete
            // https://svn.example.org/repos/app/branches/spike -m …`): a branch, tag or
            // directory is gone from the repository for everyone, as a remote branch deleted.
            if key == "svn", let url = a.positionals.dropFirst().map({ a.items[$0].text }).first(where: isSubversionURL) {
                return CommandOperation(kind: .destroy, why: "svn \(verb) \(url) removes it from the repository")
            }
            return CommandOperation(kind: .local, why: "\(key) \(verb): history keeps the removed file")
        }
        return nil
    }

    /// A repository URL as Subversion takes one, or `^/` relative to the checkout's repository.
    static func isSubversionURL(_ word: String) -> Bool {
        word.hasPrefix("^/") || ["http://", "https://", "svn://", "svn+ssh://", "file://"].contains { word.hasPrefix($0) }
    }

    /// Tools whose short flag deletes: program → that flag.
    static let shortDeleteFlags: [String: Character] = ["tarsnap": "d", "fdupes": "d", "jdupes": "d"]

    static func shortDeleteFlag(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        for key in keys {
            guard let c = shortDeleteFlags[key] else { continue }
            if let flag = a.items.first(where: { $0.kind == .short && !$0.afterDoubleDash && $0.inlineValue == nil && $0.name.dropFirst().contains(c) }) {
                return CommandOperation(kind: .destroy, why: "\(key) \(flag.name) deletes")
            }
        }
        return nil
    }

    static let sqlOptions = OptionSpec("-e|--execute|-q|--query|-c|--command|--sql|--sql-query|--query-string|--statement")
    static let sqlFirstWords: Set<String> = ["SELECT", "DROP", "TRUNCATE", "DELETE", "UPDATE", "INSERT", "ALTER", "CREATE", "WITH", "SHOW", "EXPLAIN", "GRANT", "REVOKE", "MERGE", "REPLACE", "VACUUM", "CALL", "DESCRIBE"]

    /// Text that begins with a SQL statement's first word, whole (`DELETE`, not `delete_user`,
    /// a command of another grammar), and goes on after it.
    static func looksLikeSQL(_ v: Substring) -> Bool {
        let token = v.drop(while: { $0 == " " || $0 == "\n" }).prefix(while: { !$0.isWhitespace && $0 != "(" && $0 != ";" })
        return token.allSatisfy({ $0.isLetter }) && sqlFirstWords.contains(token.uppercased()) && v.contains(" ")
    }

    /// SQL given in an option to a program no grammar knows, read as SQL.
    static func sqlInOption(_ a: Arguments, program: String) -> CommandOperation? {
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            guard let v = sqlOptions.value(of: item, next: i + 1 < a.items.count ? a.items[i + 1] : nil), looksLikeSQL(v) else { continue }
            return sql(String(v), program: program)
        }
        return nil
    }

    /// SQL handed through a database verb to the client it runs, after `--` (`… db exec --env
    /// staging -- 'TRUNCATE TABLE sessions'`, `… db shell -- -c 'SELECT …'`): read as SQL.
    static func sqlAfterDoubleDash(_ a: Arguments, program: String) -> CommandOperation? {
        let verbs = a.positionals.filter { !a.items[$0].afterDoubleDash }.prefix(3).map { a.items[$0].text.lowercased() }
        guard verbs.contains(where: { queryingWords.contains($0) || $0 == "psql" || $0 == "mysql" }) else { return nil }
        let after = Array(a.items.filter(\.afterDoubleDash))
        for (i, item) in after.enumerated() {
            var text: String?
            if item.kind == .positional, i == 0 || after[i - 1].kind == .positional || !["-c", "-e", "--command", "--execute"].contains(String(after[i - 1].name)) {
                text = item.text
            } else if item.kind != .positional, ["-c", "-e", "--command", "--execute"].contains(String(item.name)) {
                text = item.inlineValue.map(String.init) ?? (i + 1 < after.count && after[i + 1].kind == .positional ? after[i + 1].text : nil)
            }
            guard let v = text, looksLikeSQL(Substring(v)) else { continue }
            return sql(v, program: program)
        }
        return nil
    }

    static let secureDeleteTools: Set<String> = ["srm", "sfill", "sswap", "sdmem"]

    /// A program whose name says it destroys: joined (`trash-empty`), `…del`, or secure delete.
    /// Destroying words long enough to be read inside a joined word.
    static let joinedNameWords: [String] = ["delete", "destroy", "drop", "purge", "wipe", "remove", "erase", "truncate", "cleanup", "nuke", "teardown"]

    /// What a script named for destroying it destroys when it is data: a database, a volume.
    static let storeNouns: Set<String> = [
        "db", "dbs", "database", "databases", "data", "schema", "schemas", "tables", "volume", "volumes", "bucket", "buckets",
        "storage", "keyspace", "index", "indices", "backups", "cluster", "env", "environment", "stack",
    ]

    /// Analysers named like destroyers: they report what could go and change nothing
    /// (`ts-prune` lists a TypeScript project's unused exports).
    static let reportingAnalysers: Set<String> = ["ts-prune"]

    static func verbInJoinedName(_ view: ExecView) -> CommandOperation? {
        for key in view.programKeys {
            let name = key.lowercased()
            if reportingAnalysers.contains(name) { return CommandOperation(kind: .read, why: "\(key) reports what could be removed") }
            if secureDeleteTools.contains(name) { return CommandOperation(kind: .destroy, why: "\(key) securely deletes what it is given") }
            if name.hasSuffix("del"), (1...5).contains(name.count - 3), name.allSatisfy({ $0.isASCII && $0.isLetter }) {
                return CommandOperation(kind: .destroy, why: "\(key): its name says it deletes")
            }
            let base = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            let parts = base.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            // A destroying word first and a store after it: `drop-entire-local-database.sh`,
            // `wipe_data`, `reset-db`.
            if parts.count > 1, let first = parts.first, genericDestroyWords.contains(first), first != "rm",
               parts.dropFirst().contains(where: storeNouns.contains) {
                return CommandOperation(kind: .destroy, why: "\(key): its name says it \(first)s a store")
            }
            if parts.count > 1, let last = parts.last, genericDestroyWords.contains(last) {
                return CommandOperation(kind: .destroy, why: "\(key): its name says it \(last)s")
            }
            // After the first part, a part that begins with a destroying word of four or more
            // letters: `pg_dropcluster`, `kv-deleteall`. (Not one that ends with it: a name such
            // as `pg_archivecleanup` also has a printing mode, `-n`, that only a grammar knows.)
            // A destroying word that is a whole part in the middle counts too: `kafka-delete-records`.
            if parts.count > 1, let joined = parts.dropFirst().first(where: { part in
                joinedNameWords.contains { w in part.count >= w.count && part.hasPrefix(w) }
            }) {
                return CommandOperation(kind: .destroy, why: "\(key): its name says it destroys (\(joined))")
            }
        }
        return nil
    }
}

// `fd … -x rm` (and `-X`, `--exec`, `--exec-batch`) deletes what fd finds, as `find -delete`
// does: build and cache output (`-e pyc`, the regular expression `'\.orig$'`) is made again,
// anything else is not. The search pattern is fd's first word before its command (the words
// after `-x` are the command's, `{}` among them).

extension Operations {
    static let fdPrograms: Set<String> = ["fd", "fdfind"]
    static let fdExec = OptionSpec("-x|--exec|-X|--exec-batch")
    static let removingCommands: Set<String> = ["rm", "unlink", "shred", "srm", "trash", "rmdir"]
    /// fd's options that take a value.
    static let fdValued = FlagSpec("-t|--type|-e|--extension|-E|--exclude|-d|--max-depth|--min-depth|--exact-depth|-S|--size|--changed-within|--changed-before|-o|--owner|-j|--threads|--search-path|--base-directory|-c|--color|--max-results|--ignore-file|--path-separator|--format|--and")

    static func fdExecRemove(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard keys.contains(where: fdPrograms.contains) else { return nil }
        var runsRemove = false
        var patterns: [String] = []
        var commandAt = a.items.count
        for (i, item) in a.items.enumerated() where item.kind != .positional {
            let next = i + 1 < a.items.count ? a.items[i + 1] : nil
            if let command = fdExec.value(of: item, next: next) {
                commandAt = min(commandAt, i)
                if removingCommands.contains(String(ExecView.basename(String(command)))) { runsRemove = true }
            }
            if i < commandAt, let ext = OptionSpec("-e|--extension").value(of: item, next: next) { patterns.append("*.\(ext)") }
        }
        // Without a command to run, fd only lists: its words are a pattern and paths to search
        // (`fd -e sql drop db/` looks for files named like `drop`).
        if commandAt == a.items.count { return CommandOperation(kind: .read, why: "fd lists the files whose names match its pattern") }
        guard runsRemove else { return nil }
        // The search pattern, the first positional before the command that is not the value of
        // one of fd's options that take one (`-H`, `-I`, `-u` take none).
        if let first = a.positionals.first(where: { p in
            guard p < commandAt else { return false }
            guard p > 0, a.items[p - 1].kind != .positional, a.items[p - 1].inlineValue == nil else { return true }
            return !fdValued.matches(a.items[p - 1])
        }) {
            patterns.append(fdPatternAsGlob(a.items[first].text))
        }
        if !patterns.isEmpty, patterns.allSatisfy({ regenerablePatterns.contains($0) }) {
            return CommandOperation(kind: .local, why: "fd -x rm of build or cache output")
        }
        return CommandOperation(kind: .destroy, why: "fd -x rm deletes every file it finds\(patterns.isEmpty ? "" : " matching \(patterns.joined(separator: " "))")")
    }

    /// fd's regular expression for a name's ending (`'\.orig$'`, `'.pyc$'`) as the glob that
    /// means the same (`*.orig`); a whole name (`'^__pycache__$'`) as that name; anything else
    /// as written.
    static func fdPatternAsGlob(_ pattern: String) -> String {
        var p = Substring(pattern)
        guard p.hasSuffix("$") else { return pattern }
        p = p.dropLast()
        let word: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } }
        if p.hasPrefix("^"), word(p.dropFirst()) || (p.dropFirst().first == "." && word(p.dropFirst(2))) { return String(p.dropFirst()) }
        if p.hasPrefix("\\."), word(p.dropFirst(2)) { return "*." + p.dropFirst(2) }
        if p.hasPrefix("."), word(p.dropFirst()) { return "*." + p.dropFirst() }
        return pattern
    }
}
