import Glibc

// How one word of an unknown CLI's verb path is read, beyond the plain vocabulary:
//
// - a dotted path (`vm.destroy`, `datastore.rm`, `backend.list`) by its last segment;
// - a destroying verb written after a short prefix in one word (`rrpurge`, `zndelete`), and
//   `del` joined to what it deletes (`delzone`, `delkey`);
// - `flush` drops what is cached or buffered (a DNS server's cache, a zone, pending writes)
//   and destroys only when it empties a data store named with it (`bucket-flush`,
//   `flush_all`, `queue flush`); `cleanup` after a cache (`… cache cleanup 5GB`) is a cache
//   clean-up, as `cache clean` is;
// - `unset` of an environment variable or a secret (`env unset KEY`, `env-unset KEY`) deletes
//   its value; of anything else it is a change;
// - `down` given the flag that skips its confirmation (`… down -y`): a tool that asks before
//   taking something down tears down what it started (a cluster, its machines);
// - one plural noun and no verb (`… labels`, `… apps`) lists.

extension Operations {
    /// The class of one segment of a verb path word, at positional `p`; `path` is the verb path
    /// read so far, this word included.
    /// What an `invalidate` revokes when the path names it.
    static let invalidatedCredentialWords: Set<String> = [
        "token", "tokens", "key", "keys", "session", "sessions", "credential", "credentials", "password", "passwords",
        "secret", "secrets", "certificate", "certificates", "cert", "certs", "apikey", "apikeys",
    ]

    static func segmentClass(_ segment: Substring, _ a: Arguments, at p: Int, path: [String]) -> OperationClass? {
        let lowered = segment.lowercased()
        // Words of the segment: at `-` and `_`, and where a capital follows a small letter
        // (`DeleteInstance`, `TerminateInstances`, `removeTag`): a cloud API's action.
        let parts = Words.split(String(segment)).filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
        let head = parts.first ?? ""
        let before = path.dropLast().flatMap { Words.split($0) }
        if lowered == "flush" || head == "flush" || (parts.count > 1 && parts.last == "flush") {
            // The store may be named after it too: `nft flush ruleset`, `… flush table inet f`.
            let next = p + 1 < a.positionals.count ? [a.items[a.positionals[p + 1]].text.lowercased()] : []
            // Or by an option named for it (`… cache flush --store sessions`, `--db 2`, `--all`).
            let options = a.items.lazy.filter { $0.kind != .positional && !$0.afterDoubleDash }.map { $0.name.drop { $0 == "-" }.lowercased() }
            return (parts + before + next).contains(where: flushedStoreWords.contains) || options.contains(where: flushedStoreWords.contains) ? .destroy : .write
        }
        // Invalidating credentials revokes them (`turso db tokens invalidate db`, `… sessions
        // invalidate`); invalidating a cache (`… cdn invalidate /*`) only has it fetched again.
        if lowered == "invalidate" {
            let next = p + 1 < a.positionals.count ? [a.items[a.positionals[p + 1]].text.lowercased()] : []
            return (parts + before + next).contains(where: invalidatedCredentialWords.contains) ? .destroy : .write
        }
        // Disabling a secrets engine or an auth method unmounts it, and its stored secrets,
        // leases and users go with it (`vault secrets disable kv/`, `vault auth disable
        // userpass/`); disabling a service or a feature elsewhere is a change `enable` undoes.
        if lowered == "disable" || lowered == "unmount" {
            return before.contains(where: mountedStoreWords.contains) || lowered == "unmount" ? .destroy : nil
        }
        // Cloning over what is there: `… standby clone --force` replaces a node's data directory.
        if lowered == "clone", FlagSpec("-F|--force").isPresent(in: a) { return .destroy }
        if lowered == "seek", !a.values(of: OptionSpec("--time")).isEmpty { return seekClass(a) }
        if lowered == "cleanup" || lowered == "clean-up", let previous = before.last, regenerableNouns.contains(previous) { return .local }
        if parts.contains("unset") {
            return (parts + before).contains(where: variableWords.contains) ? .destroy : .write
        }
        if lowered == "down", FlagSpec("-y|--yes|--assume-yes|--auto-approve|--no-confirm|--no-prompt").isPresent(in: a) { return .destroy }
        // A plugin or extension of the tool itself removed (`… plugins:uninstall @scope/x`, `…
        // cli plugins remove panel`, `… extension remove`): installed again on demand.
        let around = path.flatMap { $0.split(separator: ":") }.flatMap { Words.split(String($0)) }
        if around.contains(where: pluginWords.contains), genericDestroyWords.contains(head) || genericDestroyWords.contains(lowered) { return .local }
        // A deletion scheduled (`schedule-secret-deletion`, `schedule-key-deletion`): it happens
        // when the waiting period ends, unless someone cancels it.
        if head == "schedule", parts.last == "deletion" { return .destroy }
        // A tool's own cache emptied, the verb and the cache in one word (`delete-cache`,
        // `clear-cache`, `cache-purge`): made again on demand. (A `cache` group's verb with
        // more to it, `… cache purge --all`, is read as a destroy of what the group holds.)
        if parts.count == 2, parts.contains(where: { $0 == "cache" || $0 == "caches" }), parts.contains(where: genericDestroyWords.contains) { return .local }
        // A destroying word joined to another, first or last: `sql-drop`, `delete_from_hub`; or
        // after a word that says how many (`bulk-delete-versions`, `batch-delete`).
        let joined = (parts.count > 1 && genericDestroyWords.contains(parts.last!)) || joinedVerb(head) || prefixedVerb(head)
            || (parts.count > 1 && quantityWords.contains(head) && genericDestroyWords.contains(parts[1]))
        let cleans = lowered == "clean" && cleansSomething(a, at: p)
        // `rm` and one letter: a removal of the kind the letter names (`rmp` pods, `rmc`).
        if lowered.count == 3, lowered.hasPrefix("rm"), lowered.allSatisfy({ $0.isASCII && $0.isLetter }) { return .destroy }
        if genericDestroyWords.contains(lowered) || genericDestroyWords.contains(head) || joined || cleans { return .destroy }
        if genericReadWords.contains(lowered) || genericReadWords.contains(head) { return .read }
        // A looking word after what it looks at: `global-status`, `cluster-info`.
        if parts.count > 1, let last = parts.last, genericReadWords.contains(last) { return .read }
        return nil
    }

    /// A tool's own add-ons.
    static let pluginWords: Set<String> = ["plugin", "plugins", "extension", "extensions"]

    /// Words before a verb that say how many things it acts on.
    static let quantityWords: Set<String> = ["bulk", "batch", "mass", "multi", "force"]

    /// Data stores a `flush` named with them empties, and a firewall's rule sets.
    static let flushedStoreWords: Set<String> = [
        "all", "db", "dbs", "database", "databases", "bucket", "buckets", "keyspace", "keyspaces", "table", "tables", "index",
        "indices", "indexes", "queue", "queues", "topic", "topics", "data", "keys", "store", "collection", "collections",
        "ruleset", "rules", "chain", "chains",
    ]
    /// What holds data where it is mounted, so that disabling it deletes what it held.
    static let mountedStoreWords: Set<String> = ["secrets", "secret", "auth", "engine", "engines", "mount", "mounts", "kv"]

    /// Seeking a subscription to a time after now (`--time`) acknowledges every message before
    /// it; to a time before now or to a snapshot, it delivers messages again.
    static func seekClass(_ a: Arguments) -> OperationClass {
        a.values(of: OptionSpec("--time")).first.map { seeksPastNow(String($0)) ? .destroy : .write } ?? .write
    }

    /// An RFC 3339 time (`2030-01-01T00:00:00Z`, `2030-01-01`) later than now, or now itself:
    /// the clock read where the command runs (`--time=$(date -u +%Y-%m-%dT%H:%M:%SZ)`, not a
    /// time before it, `date -d '-1 hour'`), which acknowledges every message published so far.
    static func seeksPastNow(_ time: String) -> Bool {
        if time.lowercased() == "now" { return true }
        if time.contains("$(date"), !time.contains(" -d"), !time.contains("--date"), !time.contains(" -v") { return true }
        var t = Glibc.time(nil), tm = Glibc.tm()
        guard gmtime_r(&t, &tm) != nil else { return false }
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let now = "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))"
        let given = time.uppercased()
        guard given.count >= 10, given.prefix(4).allSatisfy(\.isNumber) else { return false }
        return given.prefix(19) > now.prefix(min(19, given.count))
    }
    /// What `unset` deletes the value of when it deletes a deployed setting.
    static let variableWords: Set<String> = ["env", "envs", "environment", "environments", "var", "vars", "variable", "variables", "envvar", "envvars", "secret", "secrets"]

    /// The last segment of a dotted verb word when it is a verb (`vm.destroy` → `destroy`,
    /// `backend.list` → `list`); nil for anything else, such as a file name (`reset.sh`).
    static func dottedVerb(_ text: String) -> [Substring]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") } }),
              let last = parts.last, genericDestroyWords.contains(last.lowercased()) || genericReadWords.contains(last.lowercased()) else { return nil }
        return [last]
    }

    /// Destroying words read after a short prefix in one word (`rrpurge`, `gpdeletesystem`).
    static let prefixedVerbWords = ["purge", "delete", "destroy", "remove", "erase", "truncate", "expunge", "wipe"]
    /// Prefixes that undo or come before the verb rather than name what it acts on.
    static let nonObjectPrefixes: Set<String> = ["un", "re", "pre", "post", "non", "no", "de", "dis", "anti"]
    /// What `del` joined to a noun deletes (`delzone`, `delkey`, `deluser`).
    static let deletedObjects: Set<String> = [
        "zone", "zones", "key", "keys", "user", "users", "node", "nodes", "record", "records", "host", "hosts", "group", "entry",
        "item", "items", "snapshot", "volume", "vol", "db", "table", "queue", "topic", "index", "bucket", "domain", "cert", "role",
        "tenant", "member", "account", "repo", "branch", "tag", "file", "files", "object", "objects", "secret", "pool", "disk",
    ]

    /// A lowercase word of a short prefix (two to four letters), a destroying verb, and either
    /// nothing or at least four more letters; or `del` and a noun it deletes.
    static func prefixedVerb(_ word: String) -> Bool {
        guard word.count >= 6, word.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }) else { return false }
        if word.hasPrefix("del"), deletedObjects.contains(String(word.dropFirst(3))) { return true }
        for verb in prefixedVerbWords {
            guard let r = word.range(of: verb) else { continue }
            let prefix = word[..<r.lowerBound], rest = word[r.upperBound...]
            if (2...4).contains(prefix.count), !nonObjectPrefixes.contains(String(prefix)), rest.isEmpty || rest.count >= 4 { return true }
        }
        return false
    }

    /// `--force-delete`, `--hard-delete`, `--permanent-remove`: deleting without the usual way back.
    static func forcedDelete(_ parts: [String]) -> Bool {
        for (i, part) in parts.enumerated() where i > 0 && (part == "delete" || part == "remove") {
            if ["force", "hard", "permanent", "permanently"].contains(parts[i - 1]) { return true }
        }
        return false
    }

    /// The one positional of a command that has no verb, when it is a plural noun: what it lists.
    /// Words after it that follow an option are that option's values (`restic snapshots --host
    /// db-1`: the snapshots of one host).
    static func listingNoun(_ a: Arguments) -> String? {
        let named = a.positionals.filter { !a.items[$0].mayBeValue || a.items[$0].afterDoubleDash }
        guard named.count == 1, let i = named.first, !a.items[i].afterDoubleDash else { return nil }
        return pluralNoun(a.items[i].text)
    }

    /// A lowercase plural noun (`snapshots`, `backups`, `releases`), not a word that only ends in
    /// s (`status`, `access`, `analysis`).
    static func pluralNoun(_ w: String) -> String? {
        guard w.count >= 4, w.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }), w.hasSuffix("s"),
              !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return nil }
        return w
    }
}
