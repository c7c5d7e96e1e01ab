// Programs no grammar or list knows (`dokku`, `dbt`, `skaffold`, `eb`, `nomad`, `liquibase`, a
// platform's own CLI) name their target the way the known ones do, so they are read the same
// way, in two steps:
//
// - options that say where a tool connects (`--context`, `--namespace`, `--cluster`,
//   `--server`, `--host`, `--url`, `-address`, `--endpoint`, `--app`, connection strings) count
//   for any such program, unless its verb only builds or checks files on this machine;
// - when its verb acts (deploys, updates, runs, deletes, reads: anything but building,
//   rendering, linting, testing or scaffolding), the options that name an environment count too
//   (`--environment`, `--stage`, `--target`, `-t`, `--profile`, `-p`, `--config-env`,
//   `--branch`, `-e`, `-s`, `-a`, `-n`), and so do its other arguments: the app or environment
//   a deploy-type verb is given (`dep deploy production`, `zappa update production`, `eb deploy
//   myapp-prod`, `mina production deploy`), and URLs.
//
// Building for production is not acting on it: `ng build --configuration production`, `eas build
// --profile production` and `hugo --environment production` name no target.

extension TargetPlaces {
    /// Options that name where a program connects, whatever its verb.
    static let placeOptions = OptionSpec([
        "--context", "--kube-context", "--namespace", "--cluster", "--server", "--host", "--hostname", "--url", "-url",
        "--address", "-address", "--endpoint", "--endpoints", "--db-url", "--database-url", "--connection",
        "--connection-string", "--dsn", "--subscription", "--project-ref", "--app",
    ].joined(separator: "|"))
    /// Options that name an environment when the verb acts, besides `targetOptions`.
    static let actingOptions = OptionSpec("--branch|--target|--config-env|-t|-p|-e|-s|-a|-n")
    /// Verbs that build, render, check or scaffold on this machine.
    static let localVerbs: Set<String> = [
        "build", "compile", "bundle", "package", "pack", "render", "template", "lint", "test", "fmt", "format", "validate",
        "generate", "gen", "new", "init", "scaffold", "completion", "completions", "version", "help", "serve", "server", "dev",
        "docs", "doctor", "export", "watch",
    ]

    /// Programs that load an env file for the command after them (read by TargetPlaces+Files).
    static let envFileLoaders: Set<String> = ["dotenv", "dotenvx", "env-cmd", "cross-env"]

    /// Whether no grammar, list or rule of task runners knows the program.
    static func isUnknownProgram(_ view: ExecView) -> Bool {
        let keys = view.programKeys
        guard !keys.isEmpty, !isProjectScript(view) else { return false }
        for key in keys {
            if Operations.families[key] != nil || Operations.genericExcluded.contains(key) || Operations.textTools.contains(key) { return false }
            if taskRunners.contains(key) || interpreters.contains(key) || CompiledPolicy.shells.contains(key) || key == "find" { return false }
            if ["ssh", "scp", "rsync", "mosh", "sftp"].contains(key) || isSSHLike(key) || envFileLoaders.contains(key) { return false }
        }
        return true
    }

    /// The verb words of an unknown program: positionals that are words or colon paths of
    /// words, among the first three that are not option values (`scw -p shop-prod instance
    /// server list`: the profile's value is no verb and takes no verb's place).
    static func verbWords(_ a: Arguments) -> [String] {
        var out: [String] = []
        for i in a.positionals.filter({ !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }).prefix(3) {
            let text = a.items[i].text
            // A verb that runs a query or a command the rest spells (`… query "select 1"`, `…
            // sql 'SHOW TABLES'`) acts where the command connects: it is a verb, the last.
            if queryVerbs.contains(text) { out.append(text); break }
            if Operations.genericStopWords.contains(text) && text != "run" && text != "exec" && text != "ssh" { break }
            if let segments = Operations.verbSegments(text) { out.append(contentsOf: segments.map { $0.lowercased() }) }
        }
        // No verb but a word after an option that is one (`pgbackrest --stanza=main --delta
        // restore`: `--delta` takes no value): that word is the verb.
        if out.isEmpty, let i = a.positionals.first(where: { !a.items[$0].afterDoubleDash && isVerb(a.items[$0].text) }) {
            out.append(a.items[i].text.lowercased())
        }
        return out
    }

    /// Verbs whose arguments are a query or a command in another language.
    static let queryVerbs: Set<String> = ["query", "sql", "shell", "eval", "execute"]

    /// Words that are verbs, not names: what an unknown program's arguments are read without.
    static func isVerb(_ word: String) -> Bool {
        let w = word.lowercased()
        return Operations.genericDestroyWords.contains(w) || Operations.genericReadWords.contains(w) || Operations.paasVerbs[w] != nil
            || remoteVerbs.contains(w) || localVerbs.contains(w) || deployTypeVerbs.contains(w)
    }

    /// Verbs that act on a deployment besides `remoteVerbs`.
    static let deployTypeVerbs: Set<String> = ["update", "up", "push", "sync", "run", "launch", "rollout", "restart", "start", "stop", "scale", "exec", "connect", "use", "switch", "select", "submit", "trigger", "invoke", "set", "unset", "create", "add", "remove"]

    /// Words that, as a flag by itself, name the environment acted on (`stripe … --live`,
    /// `npx convex run --prod`).
    static let environmentFlags: Set<String> = ["live", "prod", "production", "prd"]
    /// Words of an option's name that say its value is an environment, whatever the rest of its
    /// spelling (`fluxctl --k8s-fwd-ns=production`, `--env-file .env.production`).
    static let environmentOptionWords: Set<String> = ["ns", "namespace", "env", "environment", "stage", "context", "workspace"]
    /// Words of an option's name that say its value is where the program connects, whatever
    /// its verb (`--uri=`, `--target-host`, `--server-id`, `-server`): the value names a target.
    static let connectionOptionWords: Set<String> = ["host", "hosts", "server", "servers", "uri", "url", "endpoint", "addr", "address", "dsn", "jump"]
    /// Words of an option's name that say its value selects a configuration or an account when
    /// the verb acts (`--config ~/.vultr-prod.yaml`, `--profile`, `--envfile .env.production`,
    /// `--spring.profiles.active=prod`): the value names a target.
    static let selectionOptionWords: Set<String> = ["profile", "profiles", "config", "configuration", "envfile", "account", "cluster", "tags", "tag", "deployment", "id", "target",
                                                    // The cloud or tenant a multi-cloud or multi-tenant client acts in (`--os-cloud`, `--tenant`).
                                                    "cloud", "tenant", "configfile", "configfiles", "conffile"]
    /// Directories whose entries are deploy targets (`pyinfra inventories/production.py`,
    /// `tk apply environments/prod`): inventories always, environment folders when the verb acts.
    static let inventoryDirectories: Set<String> = ["inventory", "inventories"]
    static let environmentDirectories: Set<String> = ["environments", "envs", "stages"]

    /// Places a program names in other spellings: environment flags, options whose name says
    /// environment, inventory and environment directories.
    static func spelledPlaces(_ a: Arguments, acting: Bool) -> [NamedPlace] {
        var out: [NamedPlace] = []
        // Long options, and single-dash long ones (`-target-scope-name`, `-config`).
        for (i, item) in a.items.enumerated() where (item.kind == .long || (item.kind == .short && item.name.count >= 5)) && !item.afterDoubleDash {
            let name = item.name.drop(while: { $0 == "-" }).lowercased()
            if acting, environmentFlags.contains(name), item.inlineValue == nil {
                out.append(NamedPlace(source: String(item.name), value: name))
                continue
            }
            let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            let connection = parts.contains(where: connectionOptionWords.contains)
            let identity = parts.count == 2 && ["env", "environment"].contains(parts[0]) && environmentIdentityWords.contains(parts[1])
            let selection = identity || (acting && (parts.contains(where: selectionOptionWords.contains) || parts.contains(where: environmentOptionWords.contains)))
            guard connection || selection || (acting && parts.count > 1 && parts.contains(where: environmentOptionWords.contains)) else { continue }
            let next = i + 1 < a.items.count ? a.items[i + 1] : nil
            if let v = item.inlineValue ?? (next?.kind == .positional ? Substring(next!.text) : nil) {
                out.append(NamedPlace(source: String(item.name), value: String(v)))
            }
        }
        for i in a.positionals where !a.items[i].afterDoubleDash {
            let components = a.items[i].text.split(separator: "/").map(String.init)
            guard components.count > 1 else { continue }
            for (n, c) in components.enumerated().dropLast() {
                let lowered = c.lowercased()
                if inventoryDirectories.contains(lowered) || (acting && environmentDirectories.contains(lowered)) {
                    out.append(NamedPlace(source: "\(c)/", value: components[n + 1]))
                }
            }
        }
        return out
    }

    /// Options passed on after `--` to the job, script or command a verb runs, when their name
    /// says environment (`… run -j deploy -- -environment prod`, `… -- --stage=production`).
    static func passedOnOptionValues(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.afterDoubleDash && item.text.hasPrefix("-") && item.text.count > 2 {
            let body = item.text.drop(while: { $0 == "-" })
            let name = body.prefix(while: { $0 != "=" })
            let parts = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            if environmentFlags.contains(name.lowercased()), name.count == body.count {
                out.append(NamedPlace(source: "-- \(item.text)", value: String(name)))
                continue
            }
            guard parts.contains(where: environmentOptionWords.contains) else { continue }
            if name.count < body.count {
                out.append(NamedPlace(source: "-- \(name)", value: String(body.dropFirst(name.count + 1))))
            } else if i + 1 < a.items.count, !a.items[i + 1].text.hasPrefix("-") {
                out.append(NamedPlace(source: "-- \(name)", value: a.items[i + 1].text))
            }
        }
        return out
    }

    /// Option-name words whose values say how a program shows or builds, or where it writes its
    /// result, not where it acts.
    static let presentationOptionWords: Set<String> = ["mode", "format", "output", "out", "outfile", "outdir", "report", "save", "logfile", "log", "level", "build", "color", "colour", "sort", "order", "limit", "timeout", "type", "kind", "lang", "language", "message", "title", "description", "comment", "reason", "verbosity", "theme", "width", "encoding"]

    /// The values of a verb that acts's other long options, when they are one name (`--stanza
    /// prod-main`, `--repo acme/infra-production`): the resources it acts on carry their
    /// environment in their names.
    static func otherOptionValues(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        // Long options, and single-dash long ones (`-instance prod-host3`).
        for (i, item) in a.items.enumerated() where (item.kind == .long || (item.kind == .short && item.name.count >= 5)) && !item.afterDoubleDash {
            let parts = item.name.drop(while: { $0 == "-" }).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            if parts.isEmpty || parts.contains(where: presentationOptionWords.contains) { continue }
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            guard let v = item.inlineValue ?? next, !v.isEmpty, !v.contains("="), !v.contains(" "), !v.contains("://") else { continue }
            out.append(NamedPlace(source: String(item.name), value: String(v)))
        }
        return out
    }

    /// Option-name words that say a URL is a server the program contacts, not where what it
    /// builds will be served (`--base-url`, `--baseURL`).
    static let serverOptionWords: Set<String> = ["server", "servers", "host", "hosts", "endpoint", "addr", "address", "master", "controller", "api"]

    /// A server given by URL to a short option (`-s http://ci-prod:8080/`) or to an option
    /// named for a server (`--server https://…`, `--api-endpoint`): its host.
    static func urlConnectionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let parts = item.name.drop(while: { $0 == "-" }).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            guard (item.kind == .short && item.name.count == 2) || parts.contains(where: serverOptionWords.contains) else { continue }
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            if let v = item.inlineValue ?? next, v.contains("://"), let host = TargetExtractor.host(in: v) {
                out.append(NamedPlace(source: String(item.name), value: host, isHost: true))
            }
        }
        return out
    }

    /// The values of a verb that acts's short options, when they are one name (`-m prod`, `-c
    /// production`): besides the ones read by name (`-e`, `-s`, `-a`, …), a short option's
    /// value is often the environment, mesh, context or account acted in. Not `-o`, an output.
    static func shortOptionValues(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind == .short && item.name.count == 2 && !item.afterDoubleDash && item.name != "-o" {
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            guard let v = item.inlineValue ?? next, !v.isEmpty, !v.contains("="), !v.contains(" "), !v.contains("://") else { continue }
            out.append(NamedPlace(source: String(item.name), value: String(v)))
        }
        return out
    }

    /// Where a project's own script connects: options named for a server, host or URL, short
    /// host options and connection settings (`./kafka-tool.sh --bootstrap-server kafka-prod-1:9092`).
    static func projectScriptConnectionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            if let v = placeOptions.value(of: item, next: i + 1 < a.items.count ? a.items[i + 1] : nil) {
                out.append(NamedPlace(source: String(item.name), value: String(v)))
            }
        }
        return out + spelledPlaces(a, acting: false) + connectionPlaces(a) + keyedSettingPlaces(a)
    }

    /// Whether an unknown program's verb path only builds, renders or checks here: its last verb
    /// is local and no word of it acts (`databricks bundle deploy` deploys a bundle). A local verb
    /// followed by another verb is a resource's name (`… server list`, `… build promote`): the
    /// last verb says what the command does.
    ///
    /// Exporting and creating after the resource they act on are not local: `… dataset export
    /// production` takes a service's data out, `… deploys new` records a deploy there.
    static func onlyLocal(_ verbs: [String]) -> Bool {
        let acts = verbs.contains { remoteVerbs.contains($0) || deployTypeVerbs.contains($0) || Operations.genericDestroyWords.contains($0) }
        guard let at = verbs.lastIndex(where: isVerb) else { return false }
        let last = verbs[at]
        if resourceVerbs.contains(last), at > 0, !isVerb(verbs[at - 1]) { return false }
        return localVerbs.contains(last) && !acts
    }

    /// Local verbs that, after a resource's noun, act on that resource where it is.
    static let resourceVerbs: Set<String> = ["export", "new"]

    /// Options named for an environment's identity (`--environment-id`, `--env-name`,
    /// `--environment-key`): they name an environment a service keeps, whatever the verb, unlike
    /// a build's `--environment production`.
    static func environmentIdentityOptionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind == .long && !item.afterDoubleDash {
            let parts = item.name.drop(while: { $0 == "-" }).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            guard parts.count == 2, ["env", "environment"].contains(parts[0]), environmentIdentityWords.contains(parts[1]) else { continue }
            let next = i + 1 < a.items.count && a.items[i + 1].kind == .positional ? Substring(a.items[i + 1].text) : nil
            if let v = item.inlineValue ?? next, !v.isEmpty { out.append(NamedPlace(source: String(item.name), value: String(v))) }
        }
        return out
    }

    static func unknownProgramPlaces(_ view: ExecView) -> [NamedPlace] {
        let a = view.arguments
        let verbs = verbWords(a)
        // A server given as a URL is contacted whatever the verb (`… -s https://ci.prod… build job`).
        if onlyLocal(verbs) {
            var local = urlConnectionPlaces(a) + connectionStringPlaces(a) + environmentIdentityOptionPlaces(a)
            if let options = buildsAtTarget[view.programKeys.first ?? ""], verbs.contains(where: { $0 == "build" || $0 == "test" }) {
                local += a.values(of: OptionSpec(options)).map { NamedPlace(source: "\(view.programKeys.first ?? "") \(options)", value: String($0)) }
            }
            return local
        }
        let acting = !verbs.isEmpty
        let program = view.programKeys.first ?? ""
        var out: [NamedPlace] = []
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let next = i + 1 < a.items.count ? a.items[i + 1] : nil
            let source = item.kind == .long ? String(item.name) : String(item.name.prefix(2))
            if let v = placeOptions.value(of: item, next: next) {
                out.append(NamedPlace(source: source, value: String(v), joined: true))
            } else if acting, let v = targetOptions.value(of: item, next: next) ?? actingOptions.value(of: item, next: next), !v.contains("=") {
                out.append(NamedPlace(source: source, value: String(v), joined: true))
            } else if acting, let v = settingOptions.value(of: item, next: next) {
                settings(String(v), source: String(item.name), into: &out)
            }
        }
        out.append(contentsOf: spelledPlaces(a, acting: acting))
        out.append(contentsOf: connectionPlaces(a) + configPlaces(a) + keyedSettingPlaces(a, acting: acting))
        // A server given by URL is contacted whatever the verb (`… query instant https://…`).
        for i in a.positionals where !a.items[i].afterDoubleDash && a.items[i].text.contains("://") {
            if let host = TargetExtractor.host(in: Substring(a.items[i].text)) { out.append(NamedPlace(source: "URL", value: host, isHost: true)) }
        }
        guard acting else { return out }
        out.append(contentsOf: actingArgumentPlaces(a) + otherOptionValues(a) + shortOptionValues(a) + passedOnOptionValues(a))
        let verb = verbs.first(where: isVerb) ?? verbs[0]
        // A secret's path names the environment whose secret it is (`… secrets get prod/db/url`),
        // and so does a key's path in a key-value group (`… kv get shop/production/flags`).
        let secrets = verbs.contains { Words.split($0).contains { $0 == "secret" || $0 == "secrets" || $0 == "kv" } }
        // After a verb that sets the program's mode, the arguments are the mode (`… deploy:mode:set production`).
        let mode = a.positionals.first { setsMode(a.items[$0].text) }
        for i in a.positionals {
            let text = a.items[i].text
            if text.contains("://") || a.items[i].afterDoubleDash || mode.map({ i > $0 }) == true { continue }
            if secrets, !a.items[i].mayBeValue, text.contains("/"), !text.hasPrefix("."), !text.hasPrefix("~"), !text.contains(" ") {
                out.append(NamedPlace(source: "\(program) secret path", value: text))
                continue
            }
            // A dotted name: a host (`… use acme-prod.eu.example.com`), or a site or app and its
            // environment (`… deploy my-site.live`, `… pull:db myapp.prod`), whose last part is
            // read alone (not a file's extension: none names an environment).
            if text.contains("."), !a.items[i].mayBeValue, !text.contains("/"), !text.contains("="), !text.contains(" "), !text.contains("*") {
                if looksLikeHostname(Substring(text)) {
                    out.append(NamedPlace(source: "\(program) \(verb) host", value: text, isHost: true))
                } else if let last = text.split(separator: ".").last, text.split(separator: ".").count >= 2, last.allSatisfy(\.isLetter) {
                    out.append(NamedPlace(source: "\(program) \(verb) argument '\(text)'", value: String(last)))
                }
                continue
            }
            // Names, not paths, files, settings, patterns or the verb path itself.
            if a.items[i].mayBeValue || text.contains("/") || text.contains("=") || text.contains(" ") || text.contains(".") || text.contains("*") { continue }
            if let segments = Operations.verbSegments(text), segments.allSatisfy({ isVerb(String($0)) }) { continue }
            out.append(NamedPlace(source: "\(program) \(verb) argument", value: text))
        }
        out.append(contentsOf: labelMatcherPlaces(a))
        return out
    }

    /// Programs whose `build` and `test` run where the named option points, and the option: a
    /// warehouse's target (`dbt build --target prod` runs every model there), a machine image
    /// built in the account its variables name (`packer build -var-file=prod.pkrvars.hcl`).
    /// (EAS builds in Expo's service with the profile's environment and credentials.)
    static let buildsAtTarget: [String: String] = ["dbt": "--target|-t", "sqlmesh": "--target|-t", "dataform": "--target|-t", "packer": "-var-file|--var-file|-var|--var",
                                                   "eas": "--profile|-e"]

    /// Label matchers in a query or selector a command is given (`logcli query
    /// '{app="api",env="production"}'`, `amtool silence add env=production`, `kubectl get pods -l
    /// env=production`): the environment whose data or objects it selects.
    static func labelMatcherPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items where !item.afterDoubleDash {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue, text.contains("=") else { continue }
            for (key, value) in keyedValues(text) where isTagKey(key.lowercased()) {
                out.append(NamedPlace(source: "label \(key)", value: String(value)))
            }
        }
        return out
    }
}
