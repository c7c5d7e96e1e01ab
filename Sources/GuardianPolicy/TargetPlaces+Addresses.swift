// Where a command says what it reaches without an option named for it:
//
// - a host given as an argument to a program no grammar knows, with its port or as a dotted
//   name (`memcached-tool cache-prod-1:11211 stats`, `nc -zv mq.production.example.org 5672`),
//   whatever the verb: the program connects to it. Not a name lookup's (`dig`, `whois`), which
//   asks about the name and reaches nothing there;
// - the bucket of a `bucket/key` argument of a storage command (`… r2 object get
//   uploads-prod/a.pdf`), for the platforms and programs whose buckets have no scheme;
// - an environment named in the data or query of an HTTP request to another machine: a tag
//   (`"scope": ["env:production"]`, `?query=env:prod`), a form or query parameter
//   (`environment=production`), a header (`X-Env: production`), a JSON member (`{"stage": "prod"}`)
//   or an environment's key (`{"environmentKey": "production"}`), or a path segment after
//   `environments/`, `envs/` or `environment/` in its URL (`…/environments/production/on`);
// - the resource part of an Amazon Resource Name, wherever it is written
//   (`arn:aws:sqs:us-east-1:123456789012:orders-dlq-prod`, `arn:aws:lambda:…:function:prod-api`).

extension TargetPlaces {
    static let httpClients: Set<String> = ["curl", "curlie", "wget", "http", "https", "xh", "xhs", "httpie"]

    /// Programs that look a name up: a host they are given is asked about, not reached.
    static let nameLookups: Set<String> = ["dig", "nslookup", "host", "whois", "drill", "delv", "kdig", "getent", "resolvectl"]

    /// `host:port`, `name.example.com:port` or `name.example.com`: the host, else nil.
    static func hostArgument(_ text: Substring) -> Substring? {
        guard !text.isEmpty, !text.contains("/"), !text.contains("@"), !text.contains("=") else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }), host.contains(where: \.isLetter) else { return nil }
        if parts.count == 2 {
            return !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber) ? host : nil
        }
        return looksLikeHostname(host) ? host : nil
    }

    /// The hosts an unknown program is given as arguments, whatever its verb.
    static func positionalHostPlaces(_ a: Arguments, keys: [String]) -> [NamedPlace] {
        guard !keys.contains(where: nameLookups.contains) else { return [] }
        var out: [NamedPlace] = []
        for i in a.positionals where !a.items[i].afterDoubleDash {
            // Not where the command writes (`-o out.example.com`), which it does not reach.
            if i > 0, a.items[i - 1].kind != .positional, a.items[i - 1].inlineValue == nil,
               outputOptionNames.contains(a.items[i - 1].name.drop(while: { $0 == "-" }).lowercased()) { continue }
            if let host = hostArgument(Substring(a.items[i].text)) { out.append(NamedPlace(source: "host argument", value: String(host), isHost: true)) }
        }
        return out
    }

    /// Words of a command path that say its arguments are buckets and objects.
    static let storageNouns: Set<String> = ["r2", "s3", "storage", "object", "objects", "obj", "bucket", "buckets", "blob", "blobs", "spaces"]

    /// The bucket of each `bucket/key` argument of a storage command (`wrangler r2 object get
    /// uploads-prod/invoices/a.pdf`): not an option's value (often a local file), a path from
    /// here or home, or a URL (read by host).
    static func storagePathPlaces(_ a: Arguments) -> [NamedPlace] {
        let path = a.positionals.prefix(3).filter { !a.items[$0].mayBeValue }.map { a.items[$0].text.lowercased() }
        guard path.contains(where: storageNouns.contains) else { return [] }
        var out: [NamedPlace] = []
        for i in a.positionals where !a.items[i].mayBeValue && !a.items[i].afterDoubleDash {
            let text = a.items[i].text
            guard text.contains("/"), !text.contains("://"), !text.contains(" "), let first = text.first, first != "/", first != ".", first != "~" else { continue }
            let bucket = text.prefix(while: { $0 != "/" })
            guard bucket.count >= 3, bucket.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else { continue }
            out.append(NamedPlace(source: "bucket", value: String(bucket)))
        }
        return out
    }

    /// Hosts that are this machine's: a request to one acts on nothing elsewhere.
    static func isLocalHost(_ host: String) -> Bool {
        let h = host.lowercased()
        return ["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "host.docker.internal"].contains(h) || h.hasSuffix(".local") || h.hasSuffix(".localhost")
    }

    /// Environments an HTTP client's request names in its data, query or headers, when it goes
    /// to another machine.
    static func requestDataPlaces(_ a: Arguments) -> [NamedPlace] {
        let texts = a.items.compactMap { item -> Substring? in
            item.kind == .positional ? Substring(item.text) : item.inlineValue
        }
        // The URL's host, with a scheme or without (`xh POST api.example.com/x`; `:8080/x` is this machine's).
        let hosts = a.positionals.compactMap { i -> String? in
            let text = Substring(a.items[i].text)
            if text.first == ":" { return "localhost" }
            return TargetExtractor.host(in: text) ?? hostArgument(text.prefix(while: { $0 != "/" })).map(String.init)
        }
        guard !hosts.isEmpty, !hosts.allSatisfy(isLocalHost) else { return [] }
        var out: [NamedPlace] = []
        for text in texts {
            for (key, value) in keyedValues(text) where isTagKey(key.lowercased()) {
                out.append(NamedPlace(source: "request \(key)", value: String(value)))
            }
        }
        // An environment a service's API names as a resource in the URL's path.
        for i in a.positionals {
            let path = a.items[i].text.prefix(while: { $0 != "?" && $0 != "#" }).split(separator: "/")
            for (n, segment) in path.enumerated().dropLast() where urlEnvironmentSegments.contains(segment.lowercased()) {
                out.append(NamedPlace(source: "URL path \(segment)/", value: String(path[n + 1])))
            }
            out.append(contentsOf: namedResourcePlaces(path))
        }
        // The resources a remote API's URL names by name, in its path or its query
        // (`https://api.…/v1/apps/shop-api-prod/volumes/…`, `…/api/v2/…/workspaces/net-prod`,
        // `…/api/v4/…?name=production`): the environment a name carries as a word of its own.
        // An API's URL only (its host's first label or a path segment is `api`): a page's or a
        // repository's name is not a resource acted on (`docs.…/production-checklist`,
        // `github.com/acme/live-chat`).
        for i in a.positionals {
            let text = a.items[i].text
            guard let scheme = text.range(of: "://"), let host = TargetExtractor.host(in: Substring(text)), !isLocalHost(host) else { continue }
            let rest = text[scheme.upperBound...].drop(while: { $0 != "/" && $0 != "?" })
            let path = rest.prefix(while: { $0 != "?" && $0 != "#" })
            guard host.lowercased().hasPrefix("api.") || host.lowercased().hasPrefix("api-") || path.split(separator: "/").contains(where: { $0.lowercased() == "api" }) else { continue }
            for segment in path.split(separator: "/") where segment.contains("-") || segment.contains("_") || !segment.contains(where: \.isNumber) {
                out.append(NamedPlace(source: "URL path", value: String(segment)))
            }
            if let query = rest.split(separator: "?", maxSplits: 1).dropFirst().first {
                for pair in query.split(separator: "&") {
                    guard let eq = pair.firstIndex(of: "="), ["name", "app", "service", "site", "project", "environment", "env", "stage", "workspace"].contains(pair[..<eq].lowercased()) else { continue }
                    out.append(NamedPlace(source: "URL query \(pair[..<eq])", value: String(pair[pair.index(after: eq)...])))
                }
            }
        }
        return out
    }

    /// Path segments of an API's URL whose next segment is an environment.
    static let urlEnvironmentSegments: Set<String> = environmentDirectories.union(["environment", "env"])

    /// The resource part of each Amazon Resource Name in the command's words and option values:
    /// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, the resource after the fifth colon
    /// (`orders-dlq-prod`, `function:prod-api`, `table/orders-production`).
    static func arnPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue else { continue }
            var rest = text
            while let start = rest.range(of: "arn:") {
                let arn = rest[start.lowerBound...].prefix(while: { !" \"',;[]{}()".contains($0) })
                rest = rest[start.upperBound...]
                let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                guard parts.count == 6, parts[1].hasPrefix("aws"), !parts[2].isEmpty, !parts[5].isEmpty else { continue }
                out.append(NamedPlace(source: "ARN \(parts[2])", value: String(parts[5])))
            }
        }
        return out
    }

    /// Keys of a tag, parameter or header whose value is an environment: the settings' keys
    /// (`env`, `environment`, `stage`, `…_env`, `deployment.environment`) but the ones that
    /// mean other things in free text (`target`, `workspace`, `stack`).
    /// A platform CLI's raw API command given its parameters as data (`netlify api
    /// listSiteDeploys --data '{"site_id": "shop-production"}'`, `… api … -f app=shop-prod`):
    /// the resources they name by name, and any environment key.
    static func apiParameterPlaces(_ a: Arguments) -> [NamedPlace] {
        guard a.positionals.prefix(2).contains(where: { a.items[$0].text == "api" }) else { return [] }
        var out: [NamedPlace] = []
        for v in a.values(of: OptionSpec("-d|--data|-f|-F|--field|--raw-field|--body|--input|--params")) {
            for (key, value) in keyedValues(v) {
                let k = key.lowercased()
                let names = apiResourceKeys.contains(k) || apiResourceKeys.contains(where: { k == $0 + "_id" || k == $0 + "id" || k == $0 + "_name" })
                if names || isTagKey(k) { out.append(NamedPlace(source: "api \(key)", value: String(value))) }
            }
        }
        return out
    }
    /// Keys of an API's parameters that name the resource acted on.
    static let apiResourceKeys: Set<String> = ["site", "app", "application", "project", "service", "environment", "database", "cluster", "bucket", "namespace"]

    static func isTagKey(_ key: String) -> Bool {
        isEnvironmentKey(key) && !["target", "workspace", "stack"].contains(key)
    }

    /// Every `key:value` and `key=value` in a text: a tag (`…["env:production"]…`), a parameter,
    /// a header (`X-Env: production`), a JSON member (`"stage": "prod"`), HTTPie's `key==value`
    /// and `key:=value`. The name run before the separator (and its quote) and the one after it.
    static func keyedValues(_ text: Substring) -> [(Substring, Substring)] {
        let name: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
        let quote: (Character) -> Bool = { $0 == "\"" || $0 == "'" }
        var out: [(Substring, Substring)] = []
        var i = text.startIndex
        while let sep = text[i...].firstIndex(where: { $0 == ":" || $0 == "=" }) {
            i = text.index(after: sep)
            var keyEnd = sep
            if keyEnd > text.startIndex, quote(text[text.index(before: keyEnd)]) { keyEnd = text.index(before: keyEnd) }
            var k = keyEnd
            while k > text.startIndex, name(text[text.index(before: k)]) { k = text.index(before: k) }
            guard k < keyEnd else { continue }
            var v = i
            while v < text.endIndex, text[v] == " " || text[v] == "=" || quote(text[v]) { v = text.index(after: v) }
            let end = text[v...].firstIndex(where: { !name($0) }) ?? text.endIndex
            if v < end { out.append((text[k..<keyEnd], text[v..<end])) }
            // `key==value`: the second `=` is no separator of its own.
            if i < text.endIndex, text[i] == "=" { i = text.index(after: i) }
        }
        return out
    }
}
