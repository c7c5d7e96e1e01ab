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
    static let secretStores: Set<String> = ["sops", "gopass", "bw", "op", "chamber", "vault", "pass", "lpass", "esc"]
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
            && !["txt", "log", "csv", "sql", "gz", "tar", "zip", "md", "py", "sh", "js", "ts"].contains(last.lowercased())
    }

    static func isConfigPath(_ value: Substring) -> Bool {
        let lowered = value.lowercased()
        return value.contains("/") || configFileExtensions.contains { lowered.hasSuffix($0) }
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
                // Any other short option given a URL (`-u jdbc:hive2://hive-prod…:10000/db`): its host.
                if value.contains("://"), let host = TargetExtractor.host(in: value) { out.append(NamedPlace(source: String(item.name), value: host, isHost: true)) }
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

    /// Setting-key words that say where a program connects (`-X brokers=…`, `bootstrap.servers=`).
    static let connectionKeyWords: Set<String> = ["h", "host", "hosts", "hostname", "server", "servers", "url", "uri", "endpoint", "endpoints", "address", "addr", "broker", "brokers", "bootstrap"]
    /// Setting-key words that say the value is where a program keeps or reads its data or
    /// configuration (`-E path.data=/var/lib/search-prod`, `-Dconfig.dir=…`).
    static let dataKeyWords: Set<String> = ["data", "datadir", "dir", "directory", "path", "home", "conf", "config"]

    /// `key=value` settings given to any option (`-X brokers=kafka-prod:9092`, `-E
    /// path.data=/var/lib/x-prod`): a key whose last word says where it connects names a host;
    /// one that says where its data or configuration is, a path.
    static func keyedSettingPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            guard let value = item.inlineValue ?? next, value.contains("=") else { continue }
            for pair in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex, pair.index(after: eq) < pair.endIndex else { continue }
                let key = pair[..<eq]
                guard !key.contains("/"), let last = key.lowercased().split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).last.map(String.init) else { continue }
                let v = String(pair[pair.index(after: eq)...])
                if connectionKeyWords.contains(last) {
                    out.append(NamedPlace(source: "\(item.name) \(key)=", value: TargetExtractor.host(in: Substring(v)) ?? v, isHost: true))
                } else if dataKeyWords.contains(last), v.contains("/") {
                    out.append(NamedPlace(source: "\(item.name) \(key)=", value: v))
                }
            }
        }
        return out
    }

    /// `--config`, `-config`, `--conf`, `--to-kubeconfig`… values that are paths, whatever the verb.
    static func configPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
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
        return a.positionals.filter { !a.items[$0].afterDoubleDash }.map { NamedPlace(source: "\(store) path", value: a.items[$0].text) }
    }
}
