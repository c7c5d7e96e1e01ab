// Commands that replace what is there rather than delete it, and tools that only preview a
// destroying verb until a confirming flag is given:
//
// - a flag named for overwriting (`--overwrite`, `--overwrite-destination=true`,
//   `--overwrite-data-of-peer`, also passed through after `--`), unless its value says no;
// - loading data (`import`, `load`, `transfer`) with a flag that replaces or clears what is
//   there (`--force`, `--replace`, `--clean`, `--truncate`);
// - a restore or recovery that replaces what it restores into: `restore`/`recover` with a flag
//   that overwrites (`--delta`, `--force`, `--clean`, `--drop`, `--delete`, `--replace`,
//   `--overwrite…`, `--existing-resource-policy`), or a restore, recovery or `backup-fetch`
//   into a service's data directory under `/var/lib`;
// - a task that restores a backup or a database dump, named as a task path
//   (`gitlab-rake gitlab:backup:restore`, `artisan backup:restore`, `rake db:restore`): it
//   replaces the live data with the backup's, whichever runner runs it;
// - an API path given to a CLI's request command whose last segment deletes (`--path
//   /apps/web/delete`);
// - change-based version control (`jj`, `sl`): `restore` discards working-copy changes,
//   `op restore` rewinds the repository, `push --force` overwrites the remote;
// - firewall tables: `-F`/`--flush` and `-X`/`--delete-chain` remove every rule or chain;
// - tools whose destroying verb only reports until confirmed: WAL-G's `delete` without
//   `--confirm`, kops' `delete` without `--yes`, `sg_format` without `--format`.

extension Operations {
    /// Flags that make a restore replace what is at its destination.
    static let overwritingRestoreFlags = FlagSpec("--delta|--force|--clean|--drop|--delete|--replace|--overwrite|--existing-resource-policy|--force-overwrite")
    static let restoreVerbs: Set<String> = ["restore", "recover", "recovery"]
    /// Verbs that load data into a target, and their flags that replace or clear what is there.
    static let loadingVerbs: Set<String> = ["import", "load", "transfer"]
    static let replacingLoadFlags = FlagSpec("--force|--replace|--replace-all|--clean|--truncate|--force-overwrite")
    /// Where services keep their live data: a restore into it replaces that data.
    static let serviceDataRoots = ["/var/lib/"]

    static func overwrites(_ view: ExecView) -> CommandOperation? {
        let a = view.arguments
        let name = view.programKeys.first ?? ""
        for item in a.items where item.kind != .positional || item.afterDoubleDash {
            let n = (item.kind == .positional ? Substring(item.text) : item.name).drop(while: { $0 == "-" }).lowercased()
            guard n == "overwrite" || n.hasPrefix("overwrite-") || n.hasPrefix("overwrite_") else { continue }
            if item.kind == .positional && !item.text.hasPrefix("--") { continue }
            let value = item.inlineValue ?? (item.kind == .positional ? Substring(item.text).split(separator: "=", maxSplits: 1).dropFirst().first : nil)
            if let v = value, ["false", "0", "no", "off"].contains(v.lowercased()) { continue }
            return CommandOperation(kind: .destroy, why: "\(name) \(item.kind == .positional ? Substring(item.text) : item.name) overwrites what is there")
        }
        if let api = apiPathAction(a, program: name) { return api }
        let words = a.positionals.prefix(4).filter { !a.items[$0].afterDoubleDash }.map { a.items[$0].text.lowercased() }
        // A table copied over another by force (`bq cp -f src dest`): the destination's rows
        // are replaced. (A file copy's `-f` is a shell's `cp`, not read here.)
        if words.first == "cp", name == "bq", a.items.contains(where: { ($0.kind == .short && $0.name == "-f") || $0.name == "--force" }) {
            return CommandOperation(kind: .destroy, why: "bq cp --force replaces the destination table")
        }
        // A fetch of a backup into a service's data directory restores too (`backup-fetch`).
        // And copying a backup back (`copy-back`, `copy-back-and-apply-log`).
        let fetchesBackup = words.first(where: { w in
            let p = Words.split(w)
            return (p.contains("backup") && p.contains("fetch")) || (p.first == "copy" && p.dropFirst().first == "back")
        })
        // Loading data into a target told to replace or clear what is there (`… import
        // --force`, `… load --replace dataset.table`, `… transfer --to URL --force`).
        if let verb = words.first(where: loadingVerbs.contains),
           let flag = a.items.first(where: { $0.kind == .long && !$0.afterDoubleDash && replacingLoadFlags.matches($0) }) {
            return CommandOperation(kind: .destroy, why: "\(name) \(verb) \(flag.name) replaces what it loads into")
        }
        // Rolling a database back to a dump file replaces its data with the dump's (`…
        // setup:rollback -d 1711036800_db.sql`).
        if let verb = words.first(where: { $0.split(whereSeparator: { ":-_".contains($0) }).contains("rollback") }),
           let dump = a.items.map({ $0.kind == .positional ? Substring($0.text) : ($0.inlineValue ?? "") }).first(where: isDatabaseDump) {
            return CommandOperation(kind: .destroy, why: "\(name) \(verb) \(dump) replaces the database with the dump's data")
        }
        // A restore tool named for it (`pg_restore -d app latest.dump`, `mongorestore --db shop
        // dump/`) writes into the database it is given, and destroys with a flag that replaces
        // what is there; its listing mode (`--list`) is decided elsewhere.
        if let tool = view.programKeys.first(where: { $0.count > 7 && $0.hasSuffix("restore") }), !has(a, "-l|--list") {
            if let flag = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && overwritingRestoreFlags.matches($0) }) {
                return CommandOperation(kind: .destroy, why: "\(tool) \(flag.name) replaces what is restored into")
            }
            return CommandOperation(kind: .write, why: "\(tool) writes into the database it is given")
        }
        guard let verb = words.first(where: restoreVerbs.contains) ?? fetchesBackup else { return nil }
        // A snapshot restored with nowhere else to go replaces the running service's state
        // (`… snapshot restore backup.snap`); one given a directory, a target or a name of its
        // own is decided below.
        if verb == "restore", let i = words.firstIndex(of: "restore"), i > 0, words[i - 1] == "snapshot",
           !a.items.contains(where: { $0.kind != .positional && !$0.afterDoubleDash && destinationOption($0) }) {
            return CommandOperation(kind: .destroy, why: "\(name) snapshot restore replaces the running service's state")
        }
        if fetchesBackup == nil, let flag = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && overwritingRestoreFlags.matches($0) }) {
            return CommandOperation(kind: .destroy, why: "\(name) \(verb) \(flag.name) replaces what is restored into")
        }
        for item in a.items {
            let text = item.kind == .positional ? Substring(item.text) : (item.inlineValue ?? "")
            if serviceDataRoots.contains(where: { text.hasPrefix($0) && text.count > $0.count }) {
                return CommandOperation(kind: .destroy, why: "\(name) \(verb) into \(text) replaces a service's data")
            }
        }
        // Restored into a file or directory of this machine's scratch or the project
        // (`litestream restore -o /tmp/check.db s3://…`): a copy of the backup is read down.
        // (Not `-d`, a database's name to many restore tools.)
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash && item.name != "-d" && destinationOption(item) {
            let value = item.inlineValue ?? (i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil)
            guard let value, value.contains("/") || value.contains("."), !value.contains(":") else { continue }
            if value.hasPrefix("/tmp/") || (!value.hasPrefix("/") && !value.hasPrefix("~")) {
                return CommandOperation(kind: .read, why: "\(name) \(verb) into \(value), a copy here")
            }
        }
        return nil
    }

    /// What a restoring task restores: a backup, a snapshot or a database.
    static let restoredDataWords: Set<String> = ["backup", "backups", "snapshot", "snapshots", "db", "database", "dump"]

    /// A task path among the first words (`gitlab:backup:restore`, `db:restore`) that restores a
    /// backup over the live data.
    static func restoresBackupTask(_ words: [String]) -> String? {
        words.prefix(3).first { w in
            let segments = w.lowercased().split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
            return segments.count > 1 && segments.contains("restore") && segments.contains(where: restoredDataWords.contains)
        }
    }

    /// What a CLI's command path restores in place: a database, a volume, a disk, a branch or
    /// a backup (`mytool db restore ledger --from-snapshot s1`, `gcloud sql backups restore 12
    /// --restore-instance=db`, `wrangler d1 time-travel restore db`).
    static let restoredInPlaceWords: Set<String> = restoredDataWords.union([
        "databases", "d1", "sql", "volume", "volumes", "disk", "disks", "branch", "branches", "time-travel", "pitr",
    ])
    /// Options that send a restore to a new place instead (`az sql db restore --dest-name`,
    /// `etcdutl snapshot restore s.db --data-dir new`, which refuses a directory that exists).
    static let newDestinationOptions = OptionSpec("--dest-name|--destination|--destination-database|--target-database|--new-name|--target-name|--target-instance|--data-dir|--output|--out|-o|--target-dir|--restore-dir")

    /// Whether the command path's `restore` (among its first five words) restores a database,
    /// a volume, a disk, a branch or a backup over the live one: the data written since is
    /// replaced. Not one restored under a new name, and not a package restore (`dotnet restore`).
    static func restoresInPlace(_ words: [String], _ a: Arguments) -> Bool {
        // Most commands have no `restore`: nothing is lowered for them.
        guard words.prefix(5).contains(where: { $0.utf8.count == 7 && $0.lowercased() == "restore" }) else { return false }
        let path = words.prefix(5).map { $0.lowercased() }
        guard let at = path.firstIndex(of: "restore"), path[..<at].contains(where: restoredInPlaceWords.contains) else { return false }
        return a.values(of: newDestinationOptions).isEmpty && !has(a, "--as-new|--restore-to-new|--new")
    }

    /// A database dump's file name: `….sql`, `….sql.gz`, `….dump`.
    static func isDatabaseDump(_ text: Substring) -> Bool {
        let t = text.lowercased()
        return t.count > 4 && (t.hasSuffix(".sql") || t.hasSuffix(".sql.gz") || t.hasSuffix(".dump") || t.hasSuffix(".sql.bz2"))
    }

    /// Option-name words that say where a restore writes: a directory, a target or a new name.
    static let destinationWords: Set<String> = ["dir", "directory", "datadir", "target", "output", "out", "dest", "destination", "path", "name", "into", "to"]

    static func destinationOption(_ item: Argument) -> Bool {
        let parts = item.name.drop(while: { $0 == "-" }).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        return item.name == "-o" || item.name == "-d" || parts.contains(where: destinationWords.contains)
    }

    /// An API path given to a CLI's generic request command, whose last segment is the action
    /// (`… api --path /user/apps/appDefinitions/delete`).
    static func apiPathAction(_ a: Arguments, program: String) -> CommandOperation? {
        for path in a.values(of: OptionSpec("--path|--endpoint|--route|--api-path")) {
            let last = path.split(separator: "?").first?.split(separator: "/").last.map { $0.lowercased() } ?? ""
            if genericDestroyWords.contains(last) || joinedVerb(last) {
                return CommandOperation(kind: .destroy, why: "\(program) \(path): the API path deletes")
            }
        }
        return nil
    }

    /// Change-based version control systems whose own words discard work.
    static let changeBasedVersionControls: Set<String> = ["jj", "sl"]

    static func changeBasedVersionControl(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: changeBasedVersionControls.contains) else { return nil }
        let words = a.positionals.prefix(3).map { a.items[$0].text }
        guard let first = words.first else { return nil }
        if first == "restore" { return CommandOperation(kind: .destroy, why: "\(key) restore discards working-copy changes") }
        if first == "op", words.dropFirst().first == "restore" { return CommandOperation(kind: .destroy, why: "\(key) op restore rewinds the repository") }
        if words.contains("push"), FlagSpec("--force|-f").isPresent(in: a) { return CommandOperation(kind: .destroy, why: "\(key) push --force overwrites the remote") }
        return nil
    }

    /// Firewall table tools: flags that remove every rule or chain.
    static let firewallTables: Set<String> = ["iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-nft", "ip6tables-nft", "ebtables", "arptables"]

    static func firewallFlush(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: firewallTables.contains) else { return nil }
        if let flag = a.items.first(where: { $0.kind != .positional && FlagSpec("-F|--flush|-X|--delete-chain").matches($0) }) {
            return CommandOperation(kind: .destroy, why: "\(key) \(flag.name) removes every rule of the chain or table")
        }
        return nil
    }

    /// Destroying verbs that only report until a confirming flag is given: program → (verb,
    /// confirming flag).
    static let previewUnlessConfirmed: [String: (verb: String, confirm: String)] = [
        "wal-g": ("delete", "--confirm"), "kops": ("delete", "--yes|-y"), "sg_format": ("", "--format|-F"),
        // octoDNS plans every change and applies none without `--doit`.
        "octodns-sync": ("", "--doit"),
    ]

    static func previewWithoutConfirmation(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        for key in keys {
            guard let entry = previewUnlessConfirmed[key] else { continue }
            let (verb, confirm) = (entry.verb, entry.confirm)
            if !verb.isEmpty, !a.positionals.prefix(2).contains(where: { a.items[$0].text == verb }) { continue }
            if FlagSpec(confirm).isPresent(in: a) { continue }
            return CommandOperation(kind: .read, why: "\(key) \(verb.isEmpty ? "" : verb + " ")without \(confirm.replacingOccurrences(of: "|", with: " or ")) only reports what it would do", harmless: true)
        }
        return nil
    }
}
