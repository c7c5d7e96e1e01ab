// More places a program no grammar knows names where it connects or what it loads:
//
// - short host options (`-h db-prod-1`, `-H ldap://ldap.prod…`, and `-a`, `-s`, `-S`, `-b`,
//   `-c` when their value is a URL, `host:port` or a dotted host name);
// - a DSN's `h=` key (`h=prod-db,D=shop,t=orders`) and `key=value` settings whose key says
//   where it connects (`server=ipa.prod…`, `host=`, `url=`);
// - a UNC-style share (`//files.prod.example.com/share`);
// - configuration files and directories: `--config`/`-config`/`--conf` values that are paths,
//   and configuration files given as arguments to a verb that acts (`up /etc/wg/prod.conf`);
// - registry references without a scheme (`registry.example.com/prod/app:1.2`,
//   `localhost:5000/app`): the registry host and the repository path;
// - every argument of a secret store (`sops`, `gopass`, `bw`, `op`, `chamber`, `vault`): its
//   paths name the environment whose secrets they are (`secrets/production.enc.yaml`,
//   `prod/db/password`).

extension TargetPlaces {
    static let secretStores: Set<String> = ["sops", "gopass", "bw", "op", "chamber", "vault", "pass", "lpass", "esc",
                                            "berglas", "akeyless", "conjur", "infisical", "teller", "secrethub", "envkey"]
    static let configFileExtensions = [".conf", ".cfg", ".ini", ".yaml", ".yml", ".json", ".toml", ".env", ".hcl", ".properties"]
    /// Option-name words whose value, when a path, is a configuration the program loads.
    static let configOptionWords: Set<String> = ["config", "conf", "configfile", "kubeconfig", "cfg", "settings"]
    /// Setting keys that say where a program connects.
    static let connectionKeys: Set<String> = ["h", "host", "hostname", "server", "url", "uri", "endpoint", "address", "addr"]

    /// Whether `value` looks like a host or a URL: `scheme://…`, `host:port`.
    static func looksLikeHost(_ value: Substring) -> Bool {
        if value.contains("://") { return true }
        let parts = value.split(separator: ":")
        return parts.count == 2 && !parts[0].isEmpty && parts[1].allSatisfy(\.isNumber) && !parts[0].contains("/")
    }

    /// A dotted host name (`xen-prod.example.com`): two dots or more, a last label of letters
    /// that is no file extension, no path.
    static func looksLikeHostname(_ value: Substring) -> Bool {
        guard !value.contains("/"), value.split(separator: ".").count >= 3, let last = value.split(separator: ".").last else { return false }
        return (2...6).contains(last.count) && last.allSatisfy(\.isLetter) && !configFileExtensions.contains(".\(last.lowercased())")
            && !fileExtensions.contains(last.lowercased())
    }

    /// Extensions of files named with dots (`logo.prod.final.png`, `db.prod.2024.dump`): not hosts.
    static let fileExtensions: Set<String> = [
        "txt", "log", "csv", "tsv", "sql", "gz", "tgz", "bz", "xz", "zst", "tar", "zip", "md", "rst", "py", "sh", "js", "ts", "rb", "go", "rs",
        "java", "kt", "swift", "cs", "php", "html", "htm", "xml", "css", "scss", "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "docx",
        "xlsx", "lock", "bak", "old", "orig", "tmp", "swp", "dump", "db", "sqlite", "pem", "crt", "key", "pub", "age", "gpg", "asc", "enc", "sig",
        "parquet", "avro", "jsonl", "ndjson", "tf", "tfvars", "hcl", "dockerfile", "patch", "diff",
    ]

    static func isConfigPath(_ value: Substring) -> Bool {
        let lowered = value.lowercased()
        return value.contains("/") || configFileExtensions.contains { lowered.hasSuffix($0) }
    }

    static let connectionOptions = OptionSpec("--connection|--connection-string|--connectionstring|--db-url|--database-url|--dsn|--db-uri|--database-uri")

    /// The hosts of connection strings and URLs given to options named for a connection.
    static func connectionOptionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for v in a.values(of: connectionOptions) {
            for host in connectionStringHosts(v) { out.append(NamedPlace(source: "connection string", value: host, isHost: true)) }
            if v.contains("://"), let host = TargetExtractor.host(in: v) { out.append(NamedPlace(source: "connection URL", value: host, isHost: true)) }
        }
        return out
    }

    /// Host-like values of short options, DSN keys, shares and registry references, whatever the verb.
    static func connectionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind == .short && !item.afterDoubleDash {
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            guard let value = item.inlineValue ?? next, !value.isEmpty else { continue }
            switch item.name {
            case "-h", "-H":
                if value.first == "/" || value.first == "." || value.first == "~" || value.allSatisfy(\.isNumber) { continue }
                out.append(NamedPlace(source: String(item.name), value: String(value), isHost: true))
            case "-a", "-s", "-S", "-b", "-c":
                if looksLikeHost(value) || looksLikeHostname(value) { out.append(NamedPlace(source: String(item.name), value: String(value), isHost: true)) }
            default:
                // Any other short option given a URL (`-u jdbc:hive2://hive-prod…:10000/db`): its
                // host; or a `host:port` (`-n db-prod.example.com:30015`), whatever its letter.
                if value.contains("://"), let host = TargetExtractor.host(in: value) { out.append(NamedPlace(source: String(item.name), value: host, isHost: true)) }
                else if item.name != "-o", looksLikeHost(value), let host = value.split(separator: ":").first, host.contains(where: \.isLetter) {
                    out.append(NamedPlace(source: String(item.name), value: String(host), isHost: true))
                }
            }
        }
        out.append(contentsOf: connectionStringPlaces(a))
        for i in a.positionals where !a.items[i].afterDoubleDash {
            let item = a.items[i]
            let text = Substring(item.text)
            // A Windows-style option, `/Name:value`: read like `--name=value` for where it connects.
            if let (name, value) = slashOption(text) {
                let words = Words.split(String(name))
                if words.contains(where: connectionOptionWords.contains) {
                    out.append(NamedPlace(source: "/\(name):", value: TargetExtractor.host(in: value) ?? String(value), isHost: true))
                } else if words.contains(where: { environmentOptionWords.contains($0) || $0 == "profile" }) {
                    out.append(NamedPlace(source: "/\(name):", value: String(value)))
                }
            }
            // A remote login or connect identifier: `root@backup-prod.example.com:tank/data`,
            // `system@prod_pdb`, `scott/secret@db-prod:1521/orcl` (not a package's `name@1.2`
            // or scope `@acme/pkg`, whose part after the `@` names no environment).
            if let at = text.lastIndex(of: "@"), at != text.startIndex, !text.contains("://"), !text.contains(" "),
               text[text.index(before: at)] != "/" {
                let host = text[text.index(after: at)...].prefix(while: { $0 != ":" && $0 != "/" })
                if host.contains(where: \.isLetter) { out.append(NamedPlace(source: "remote login", value: String(host), isHost: true)) }
            }
        }
        for item in a.items where !item.afterDoubleDash {
            let text = item.inlineValue ?? (item.kind == .positional ? Substring(item.text) : "")
            // A DSN: `h=prod-db,D=shop,t=orders`.
            for pair in text.split(separator: ",") where pair.hasPrefix("h=") && pair.count > 2 {
                out.append(NamedPlace(source: "DSN h=", value: String(pair.dropFirst(2)), isHost: true))
            }
            guard item.kind == .positional else { continue }
            // A share: `//files.prod.example.com/share`, `\\files\share`.
            if text.hasPrefix("//") || text.hasPrefix("\\\\") {
                let host = text.dropFirst(2).prefix(while: { $0 != "/" && $0 != "\\" })
                if !host.isEmpty { out.append(NamedPlace(source: "share", value: String(host), isHost: true)) }
            }
        }
        return out
    }

    /// Keys of a connection string (ADO.NET, ODBC, JDBC properties) whose value is the server.
    static let connectionStringKeys: Set<String> = ["server", "host", "hostname", "datasource", "address", "addr", "networkaddress", "dataserver", "serverhost"]

    /// The servers of a `key=value;key=value` connection string, without protocol or port
    /// (`Server=tcp:sql-prod.example.com,1433;…` → sql-prod.example.com).
    static func connectionStringHosts(_ text: Substring) -> [String] {
        var out: [String] = []
        for pair in text.split(separator: ";") {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            // The key's last run of letters and spaces (`/SourceConnectionString:Server`, `"Data Source`).
            let key = String(pair[..<eq].reversed().prefix(while: { $0.isLetter || $0 == " " }).reversed().filter { $0 != " " }).lowercased()
            guard connectionStringKeys.contains(key) else { continue }
            let quotes: Set<Character> = [" ", "\"", "'"]
            var value = pair[pair.index(after: eq)...].drop(while: quotes.contains)
            while let l = value.last, quotes.contains(l) { value = value.dropLast() }
            for proto in ["tcp:", "np:", "lpc:"] where value.lowercased().hasPrefix(proto) { value = value.dropFirst(proto.count) }
            if let end = value.firstIndex(where: { $0 == "," || $0 == ":" || $0 == "\\" }) { value = value[..<end] }
            if !value.isEmpty { out.append(String(value)) }
        }
        return out
    }

    /// The servers of connection strings in options' values and positionals, whatever the verb:
    /// `Server=sql-prod.example.com;Database=app`, `Data Source=…;Initial Catalog=…`.
    static func connectionStringPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items where !item.afterDoubleDash {
            let text = item.inlineValue ?? (item.kind == .positional ? Substring(item.text) : "")
            guard text.contains(";"), text.contains("=") else { continue }
            for host in connectionStringHosts(text) { out.append(NamedPlace(source: "connection string", value: host, isHost: true)) }
        }
        return out
    }

    /// `/Name:value` (a positional): the option's name, letters only, and its value.
    static func slashOption(_ text: Substring) -> (Substring, Substring)? {
        guard text.hasPrefix("/"), let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[text.index(after: text.startIndex)..<colon]
        let value = text[text.index(after: colon)...]
        guard name.count >= 2, name.allSatisfy({ $0.isASCII && $0.isLetter }), !value.isEmpty else { return nil }
        return (name, value)
    }

    /// Setting-key words that say where a program connects (`-X brokers=…`, `bootstrap.servers=`).
    static let connectionKeyWords: Set<String> = ["h", "host", "hosts", "hostname", "server", "servers", "url", "uri", "endpoint", "endpoints", "address", "addr", "broker", "brokers", "bootstrap"]
    /// Setting-key words that say the value is where a program keeps or reads its data or
    /// configuration (`-E path.data=/var/lib/search-prod`, `-Dconfig.dir=…`).
    static let dataKeyWords: Set<String> = ["data", "datadir", "dir", "directory", "path", "home", "conf", "config"]

    /// `key=value` settings given to any option (`-X brokers=kafka-prod:9092`, `-E
    /// path.data=/var/lib/x-prod`): a key whose last word says where it connects names a host;
    /// one that says where its data or configuration is, a path; when the verb acts, one that
    /// says environment (`--extra_vars target_env=prod`), the environment. A JSON object's
    /// string members count as settings (`--vars '{"deploy_env": "prod"}'`).
    static func keyedSettingPlaces(_ a: Arguments, acting: Bool = false) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            guard let value = item.inlineValue ?? next else { continue }
            let pairs: [(Substring, Substring)]
            if value.first == "{" {
                pairs = jsonStringMembers(value)
            } else if value.contains("=") {
                pairs = value.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { pair in
                    guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex, pair.index(after: eq) < pair.endIndex else { return nil }
                    return (pair[..<eq], pair[pair.index(after: eq)...])
                }
            } else { continue }
            for (key, value) in pairs {
                guard !key.contains("/"), let last = key.lowercased().split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).last.map(String.init) else { continue }
                let v = String(value)
                if acting, isEnvironmentKey(key.lowercased()) {
                    out.append(NamedPlace(source: "\(item.name) \(key)=", value: v))
                } else if connectionKeyWords.contains(last) {
                    out.append(NamedPlace(source: "\(item.name) \(key)=", value: TargetExtractor.host(in: Substring(v)) ?? v, isHost: true))
                } else if dataKeyWords.contains(last), v.contains("/") {
                    out.append(NamedPlace(source: "\(item.name) \(key)=", value: v))
                }
            }
        }
        return out
    }

    /// Whether a setting's key says its value is an environment (`env`, `target_env`, `stage`),
    /// or an environment's key, id, name or slug, as services' APIs name it (`environmentKey`,
    /// `environment_key`, `envKey`, `env_id`; `key` is lowercased, so these are read joined).
    static func isEnvironmentKey(_ key: String) -> Bool {
        if environmentKeys.contains(key) || key.hasSuffix("_env") || key.hasSuffix("-env") || key.hasSuffix("environment") { return true }
        let joined = key.filter { $0 != "_" && $0 != "-" }
        return ["env", "environment"].contains { e in environmentIdentityWords.contains { joined == e + $0 } }
    }

    /// Words that, after an environment's, say a key or option identifies one (`environmentKey`,
    /// `--environment-id`, `--env-name`).
    static let environmentIdentityWords: Set<String> = ["key", "id", "name", "slug"]

    /// The string members of a flat JSON object (`{"target_env": "production", "n": 2}` →
    /// target_env, production), read without a JSON parser: nested objects' members too.
    static func jsonStringMembers(_ text: Substring) -> [(Substring, Substring)] {
        var strings: [(Substring, followedByColon: Bool)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i] == "\"" else { i = text.index(after: i); continue }
            let start = text.index(after: i)
            var j = start
            while j < text.endIndex, text[j] != "\"" { j = text[j] == "\\" && text.index(after: j) < text.endIndex ? text.index(j, offsetBy: 2) : text.index(after: j) }
            guard j < text.endIndex else { break }
            let after = text[text.index(after: j)...].drop(while: { $0 == " " })
            strings.append((text[start..<j], after.first == ":"))
            i = text.index(after: j)
        }
        var out: [(Substring, Substring)] = []
        for (n, s) in strings.enumerated() where s.followedByColon && n + 1 < strings.count && !strings[n + 1].followedByColon {
            out.append((s.0, strings[n + 1].0))
        }
        return out
    }

    /// `--config`, `-config`, `--conf`, `--to-kubeconfig`… values that are paths, whatever the
    /// verb; and `-c`/`-C` values that are paths, the configuration or cluster file most tools
    /// take by that letter (`-C /etc/db/prod.cluster`).
    static func configPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            if item.name == "-c" || item.name == "-C" {
                let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
                if let v = item.inlineValue ?? next, !v.contains(" "), !v.contains("://"), isConfigPath(v) { out.append(NamedPlace(source: String(item.name), value: String(v))) }
                continue
            }
            let name = item.name.drop(while: { $0 == "-" }).lowercased()
            guard name.count > 1 else { continue }
            let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            guard parts.contains(where: { configOptionWords.contains($0) || $0.hasSuffix("kubeconfig") }) else { continue }
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            if let v = item.inlineValue ?? next, isConfigPath(v) { out.append(NamedPlace(source: String(item.name), value: String(v))) }
        }
        return out
    }

    /// Configuration files and registry references among the arguments of a verb that acts.
    static func actingArgumentPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for i in a.positionals where !a.items[i].afterDoubleDash {
            let text = Substring(a.items[i].text)
            if text.contains("://") || text.contains(" ") { continue }
            // Where the command writes its output (`-o prod-report.json`) is not what it acts on.
            if i > 0, a.items[i - 1].kind != .positional, a.items[i - 1].inlineValue == nil,
               outputOptionNames.contains(a.items[i - 1].name.drop(while: { $0 == "-" }).lowercased()) { continue }
            if let (host, path) = registryReference(text) {
                out.append(NamedPlace(source: "registry", value: String(host), isHost: true))
                out.append(NamedPlace(source: "repository", value: String(path)))
            } else if configFileExtensions.contains(where: { text.lowercased().hasSuffix($0) }) {
                out.append(NamedPlace(source: "configuration file", value: String(text)))
            }
        }
        return out
    }

    /// Options that name where a command writes its result, report or log.
    static let outputOptionNames: Set<String> = ["o", "out", "output", "outfile", "output-file", "output-dir", "outdir", "output-path",
                                                 "report", "report-file", "log", "log-file", "logfile", "save", "save-to", "write-to", "dump-to"]

    /// `registry.example.com/prod/app:1.2`, `localhost:5000/app@sha256:…`: (registry, repository).
    static func registryReference(_ text: Substring) -> (Substring, Substring)? {
        guard let slash = text.firstIndex(of: "/"), slash != text.startIndex else { return nil }
        let host = text[..<slash]
        let path = text[text.index(after: slash)...]
        guard !path.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }) else { return nil }
        let dotted = host.contains(".") && host.split(separator: ".").last.map { $0.allSatisfy(\.isLetter) || $0.contains(":") } == true
        guard dotted || host == "localhost" || host.hasPrefix("localhost:") || looksLikeHost(host) else { return nil }
        return (host, path)
    }

    /// Every argument of a secret store names the environment of the secrets it reads or writes.
    static func secretStorePlaces(_ view: ExecView) -> [NamedPlace] {
        guard let store = view.programKeys.first(where: secretStores.contains) else { return [] }
        let a = view.arguments
        // And the environment it is told (`infisical export --env=prod`, `doppler … --config prd`).
        let environment = a.values(of: OptionSpec("--env|--environment|--config|-c")).map { NamedPlace(source: "\(store) environment", value: String($0)) }
        return a.positionals.filter { !a.items[$0].afterDoubleDash }.map { NamedPlace(source: "\(store) path", value: a.items[$0].text) } + environment
    }
}
