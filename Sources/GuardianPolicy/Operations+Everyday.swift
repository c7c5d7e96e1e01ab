// Everyday tools' own words, where the generic reading or a family's grammar got them wrong:
//
// - a container engine's own objects that are made again from their sources — images, build
//   cache, networks, containers, a compose project's containers (`docker image prune`, `docker
//   builder prune`, `docker rmi`, `docker compose down --remove-orphans`, `docker compose rm
//   -sf web`) — are this machine's, not data: removing them is local. Volumes hold data: any
//   form that names them (`volume rm`, `--volumes`, `-v`) is left to the rules and grammar;
// - read modes given as options (`redis-cli --scan`, `--bigkeys`), read verbs of a group
//   whose other verbs change (`kubectl rollout status`), previews spelled as a verb (`az
//   deployment group what-if`), an inventory printed (`ansible-inventory --graph`) and ad-hoc
//   modules that only gather facts (`ansible all -m ping`);
// - a build tool that only prints the commands it would run (`make -n`, `--just-print`,
//   `--recon`) acts on nothing, whatever its target's name says;
// - one item deleted by its key (`aws dynamodb delete-item --key …`), like a SQL `DELETE` with a
//   `WHERE`, is a write; deleting every key a pipe names (`xargs redis-cli DEL`, `xargs rm`)
//   destroys;
// - what a command deletes in other spellings: a verb joined to its scope (`delete-batch`,
//   `destroy-all`), a service scaled to nothing by a count option (`--desired-count 0`),
//   every migration or seed undone (`migrate APP zero`, `db:seed:undo:all`), a module told to
//   make its path absent (`ansible … -m file -a "state=absent"`), and a data service on this
//   machine told to delete (`curl -X DELETE localhost:9200/…`, `_delete_by_query`).

extension Operations {
    // MARK: Container engines

    static let containerEngines: Set<String> = ["docker", "podman", "nerdctl", "docker-compose", "podman-compose", "crictl"]
    /// A container engine's objects that are made again from images, Dockerfiles and compose files.
    static let rebuiltContainerObjects: Set<String> = ["image", "images", "builder", "buildx", "network", "networks", "container", "containers"]
    static let containerRemovals: Set<String> = ["rm", "remove", "prune", "delete"]

    /// `docker image prune`, `docker rmi`, `docker compose down`: local, unless volumes are named.
    static func containerCleanup(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        // Buildah's prune of dangling images: layers nothing names any more. (Its working
        // containers and named images hold a build's unsaved state: `rm --all`, `rmi --all`.)
        if keys.contains("buildah"), a.positionals.map({ a.items[$0].text }) == ["rmi"], has(a, "-p|--prune"), !has(a, "-a|--all") {
            return CommandOperation(kind: .local, why: "buildah rmi --prune removes dangling images, made again from their sources")
        }
        guard let key = keys.first(where: containerEngines.contains) else { return nil }
        let path = a.positionals.filter { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }.prefix(3).map { a.items[$0].text }
        if path.contains(where: { $0 == "volume" || $0 == "volumes" }) || FlagSpec("-v|--volumes").isPresent(in: a) { return nil }
        var words = Array(path)
        if key.hasSuffix("-compose") { words.insert("compose", at: 0) }
        guard let first = words.first else { return nil }
        let second = words.count > 1 ? words[1] : ""
        let removes: Bool
        switch first {
        // crictl's `rm` and `rmp` remove a node's containers and pods, not a developer's.
        case "rmi": removes = true
        case "rm": removes = key != "crictl"
        case "system": removes = second == "prune"
        case "compose": removes = second == "down" || second == "rm"
        default: removes = key != "crictl" && rebuiltContainerObjects.contains(first) && containerRemovals.contains(second)
        }
        guard removes else { return nil }
        // Containers a substitution lists (`docker rm -f $(docker ps -aq)`): every one, running
        // or not, with what its writable layer holds. (Images it lists are made again.)
        let containers = first == "rm" || first == "container" || first == "containers"
        if containers, a.positionals.contains(where: { a.items[$0].text.contains("$(") || a.items[$0].text.contains("`") }) { return nil }
        let shown = ([key] + words.prefix(2).filter { !$0.isEmpty && !(key.hasSuffix("-compose") && $0 == "compose") }).joined(separator: " ")
        return CommandOperation(kind: .local, why: "\(shown) removes containers, images, networks or build cache, made again from their sources")
    }

    // MARK: Read modes and previews

    /// redis-cli's modes that only read, given as options and no command.
    static let redisReadModes = FlagSpec("--scan|--bigkeys|--memkeys|--hotkeys|--keystats|--stat|--latency|--latency-history|--latency-dist|--intrinsic-latency")

    /// A verb group whose other verbs change, followed by one that only looks: `rollout status`.
    static let readSubverbs: Set<String> = ["status", "history", "list", "ls", "get", "show", "describe"]

    /// `ansible-inventory` prints the inventory; an ad-hoc module that only gathers facts reads.
    static let readOnlyAnsibleModules: Set<String> = {
        // Modules that only look: facts, a file's state, a package's or a service's facts.
        let names = ["ping", "setup", "gather_facts", "debug", "stat", "package_facts", "service_facts", "slurp", "find", "wait_for"]
        return Set(names + names.map { "ansible.builtin." + $0 })
    }()

    static func ansibleEveryday(_ a: Arguments, _ program: String) -> CommandOperation? {
        if program == "ansible-inventory" { return CommandOperation(kind: .read, why: "ansible-inventory prints the inventory") }
        guard program == "ansible" else { return nil }
        let modules = a.values(of: OptionSpec("-m|--module-name")).map { $0.lowercased() }
        let args = a.values(of: OptionSpec("-a|--args")).map { $0.lowercased() }
        // `state=absent`: the module removes what it manages (a path, a user, a package).
        if args.contains(where: { $0.split(whereSeparator: { $0 == " " || $0 == "," }).contains("state=absent") }) {
            return CommandOperation(kind: .destroy, why: "ansible -m \(modules.first ?? "…") state=absent removes what it manages")
        }
        if let module = modules.first, modules.allSatisfy(readOnlyAnsibleModules.contains) {
            return CommandOperation(kind: .read, why: "ansible -m \(module) only gathers facts")
        }
        return nil
    }

    /// Build tools' own spellings of printing the commands instead of running them.
    static let printOnlyFlags: [String: String] = ["make": "-n|--just-print|--dry-run|--recon", "gmake": "-n|--just-print|--dry-run|--recon"]

    static func printsCommandsOnly(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        for key in keys {
            guard let spec = printOnlyFlags[key], let flag = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && FlagSpec(spec).matches($0) }) else { continue }
            return CommandOperation(kind: .read, why: "\(key) \(flag.name) prints the commands it would run", harmless: true, offline: true)
        }
        return nil
    }

    // MARK: Deleting one item, or everything

    /// Actions that delete one entry of a store, named by its key (`delete-item --key`).
    static let oneItemDeletes: [String: String] = [
        "delete-item": "--key", "delete-message": "--receipt-handle", "delete-attributes": "--item-name",
    ]

    static func deletesOneItem(_ action: String, _ a: Arguments) -> Bool {
        guard let key = oneItemDeletes[action] else { return false }
        // A key `xargs -I {}` fills in is every key its input names.
        let keys = a.values(of: OptionSpec(key))
        return !keys.isEmpty && !keys.contains { $0.contains("{}") }
    }

    /// A cloud verb joined to its scope or manner with a hyphen (`delete-batch`, `destroy-all`):
    /// its first word decides.
    static func joinedCloudVerb(_ word: String) -> OperationClass? {
        let parts = word.split(separator: "-")
        guard parts.count > 1, let first = parts.first, let last = parts.last else { return nil }
        // `delete-all`, and a verb after its object (`cluster-delete`, `nodepool-rm`); a looking
        // verb first (`show-tags`, `list-deleted`) reads.
        if cloudVerbs[String(first)] == .destroy || cloudVerbs[String(last)] == .destroy { return .destroy }
        return cloudVerbs[String(first)] == .read ? .read : nil
    }

    /// Options that set how many copies of a service run (`--desired-count`, `--replicas`,
    /// `--node-count`), given 0: the service stops. Not a minimum (`--min-count 0` lets it scale).
    static func scalesToNothing(_ a: Arguments) -> String? {
        let counts: Set<String> = ["count", "replicas", "capacity", "instances", "nodes"]
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            let parts = item.name.dropFirst(2).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            guard let last = parts.last, counts.contains(last), !parts.contains("min"), !parts.contains("max") else { continue }
            if let v = flagValue(a, item), v == "0" { return "\(item.name) 0" }
        }
        return nil
    }

    /// A task that undoes every migration or seed: `migrate APP zero`, `db:seed:undo:all`,
    /// `db:migrate:undo:all`.
    static func undoesEverything(_ words: [String]) -> String? {
        let head = Array(words.prefix(4))
        // An option's value may stand between (`migrate --settings app.settings.local billing zero`).
        if let i = head.firstIndex(of: "migrate"), let z = words.indices.dropFirst(i + 2).prefix(3).first(where: { words[$0] == "zero" }) {
            return "migrate \(words[z - 1]) zero"
        }
        for w in head where !w.contains("/") {
            let segments = w.lowercased().split(whereSeparator: { $0 == ":" || $0 == "." || $0 == "-" || $0 == "_" })
            if segments.contains("undo"), segments.contains("all") { return w }
        }
        return nil
    }

    /// Default ports of data and admin services that run on this machine as well as on servers:
    /// search and vector stores (Elasticsearch and OpenSearch, Solr, Meilisearch, Typesense,
    /// Qdrant, Milvus, Manticore), document, graph and time-series stores (CouchDB, Couchbase,
    /// ArangoDB, Neo4j, InfluxDB, VictoriaMetrics, ClickHouse's HTTP interface), metrics, logs and
    /// alerts (Prometheus, the Pushgateway, Alertmanager, Loki, Kibana), coordination and secrets
    /// (Consul, Vault, etcd), brokers' admin APIs (RabbitMQ's management, Kafka's schema
    /// registry and Connect, ksqlDB, NATS's monitor). An HTTP delete
    /// there deletes stored data, not the project's development server's state; the ports a
    /// project's own server usually takes (3000, 5000, 8000, 8080, …) are not among them.
    static let localDataServicePorts: Set<String> = [
        "9200", "9201", "8983", "7700", "8108", "6333", "6334", "19530", "9308", "5984", "8091", "8529", "7474", "8086", "8428",
        "8123", "9090", "9091", "9093", "3100", "5601", "8500", "8200", "2379", "15672", "8081", "8083", "8088", "8222",
    ]

    /// A request path that deletes by its own words (`_delete_by_query`, `delete_series`).
    /// A path under a service's `admin` segment whose later segment deletes (`/admin/
    /// delete_collection`, `/admin/volume/delete`, `/_admin/drop`).
    static func adminDeletingPath(_ url: String) -> Bool {
        let segments = urlPath(url).map { $0.lowercased() }
        guard let admin = segments.firstIndex(where: { $0 == "admin" || $0 == "_admin" }) else { return false }
        if segments[(admin + 1)...].contains(where: { s in
            let head = s.split(whereSeparator: { $0 == "_" || $0 == "-" }).first.map(String.init) ?? s
            return adminDestroyingWords.contains(head)
        }) { return true }
        // The action given in the query (Solr's Collections and CoreAdmin APIs, which act on a
        // GET): `?action=DELETE&name=c` deletes a collection with its index; `action=UNLOAD`
        // with `deleteIndex=true` (or its data or instance directory) a core's.
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return false }
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { parameters[parts[0].lowercased()] = parts[1].lowercased() }
        }
        switch parameters["action"] {
        case "delete", "deleteshard", "deletereplica": return true
        case "unload": return ["deleteindex", "deletedatadir", "deleteinstancedir"].contains { parameters[$0] == "true" }
        default: return false
        }
    }

    /// A segment of an administration path that deletes begins with one of these.
    static let adminDestroyingWords: Set<String> = ["delete", "drop", "purge", "truncate", "wipe", "destroy", "remove"]

    /// Words that make a destroying word's segment the name of records about deletions
    /// (`/admin/delete-requests`, `/admin/purge_history`): what a read of it lists.
    static let deletionRecordNouns: Set<String> = ["requests", "request", "status", "history", "stats", "count", "counts", "report", "reports", "audit"]

    /// An administration path whose destroying segment names records about deletions, not an
    /// action (`GET /admin/delete-requests?status=pending`).
    static func namesRecordsOfDeletions(_ url: String) -> Bool {
        let destroying = urlPath(url).map { $0.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }) }
            .filter { words in words.first.map { adminDestroyingWords.contains(String($0)) } ?? false }
        return !destroying.isEmpty && destroying.allSatisfy { words in words.count > 1 && deletionRecordNouns.contains(String(words.last!)) }
    }

    static func deletingPath(_ url: String) -> Bool {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        return path.split(separator: "/").dropFirst().contains { segment in
            let s = segment.lowercased()
            return s == "_delete_by_query" || s.hasPrefix("delete_") || s == "_truncate" || s == "_drop"
        }
    }

    static func isLocalDataService(_ url: String?) -> Bool {
        guard let url else { return false }
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let hostPort = rest.prefix { $0 != "/" && $0 != "?" }
        guard let colon = hostPort.lastIndex(of: ":") else { return false }
        return localDataServicePorts.contains(String(hostPort[hostPort.index(after: colon)...]))
    }
}
