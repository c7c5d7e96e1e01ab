import Yams

// YAML → ProfileDocument. Every problem is reported with file:line:column; unknown keys are
// errors, so a typo never silently turns a rule off.

struct ProfileParser {
    let file: String
    var diagnostics: [PolicyError] = []

    init(file: String) { self.file = file }

    mutating func parse(_ text: String) -> ProfileDocument? {
        let root: Node?
        do {
            // No tag is ever read (each key converts its value itself), so the basic resolver: the
            // default one compiles seven ICU regular expressions on first use, at every start.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            diagnostics.append(Self.error(from: error, file: file))
            return nil
        } catch {
            diagnostics.append(PolicyError("\(file):1:1: \(error)", file: file, line: 1, column: 1))
            return nil
        }
        guard let root, let mapping = root.mapping else {
            fail(root, "a profile is a mapping with at least `name`")
            return nil
        }
        var doc = ProfileDocument(name: "", location: location(root))
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "name": doc.name = string(value) ?? ""
            case "description": doc.description = string(value) ?? ""
            case "environment": doc.environment = string(value)
            case "extends": doc.extends = strings(value).map { Located(value: $0.value, location: $0.location) }
            case "environments": doc.environments = environments(value)
            case "defaults": doc.defaults = defaults(value)
            case "decisions":
                for (k, v) in pairs(value) {
                    if let d = decision(v) { doc.decisions.append((k.string ?? "", d)) }
                }
            case "disable": doc.disable = strings(value).map(\.value)
            case "targets": doc.targets = sequence(value).compactMap { target($0) }
            case "rules": doc.rules = sequence(value).compactMap { rule($0) }
            case "credentials": doc.credentials = sequence(value).map { credentialBinding($0) }
            default: unknownKey(key, allowed: "name, description, environment, extends, environments, defaults, decisions, disable, targets, rules, credentials")
            }
        }
        if doc.name.isEmpty { fail(root, "the profile has no `name`") }
        return doc
    }

    // MARK: Sections

    private mutating func environments(_ node: Node) -> [(name: String, kinds: [(kind: String, patterns: [String])])] {
        pairs(node).map { key, value in
            let kinds = pairs(value).map { k, v in (kind: k.string ?? "", patterns: strings(v).map(\.value)) }
            return (name: key.string ?? "", kinds: kinds)
        }
    }

    private mutating func defaults(_ node: Node) -> ProfileDefaults {
        var result = ProfileDefaults()
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "other_environment": result.otherEnvironment = decision(value)
            case "own_credentials": result.ownCredentials = decision(value)
            case "reachable": result.reachable = strings(value).map(\.value)
            case "ask_timeout":
                if let t = number(value), t > 0 { result.askTimeout = t } else { fail(value, "`ask_timeout` is a number of seconds") }
            case "notify":
                if let c = string(value), !c.isEmpty { result.notify = c } else { fail(value, "`notify` is a shell command") }
            case "secret_variables":
                for (k, v) in pairs(value) {
                    let names = strings(v).map(\.value)
                    for name in names where !SecretEnvironment.isValidPattern(name) {
                        fail(v, "`\(name)` is not a variable name pattern (letters, digits, `_` and `*`)")
                    }
                    switch k.string ?? "" {
                    case "withhold": result.withholdVariables = names
                    case "pass": result.passVariables = names
                    default: unknownKey(k, allowed: "withhold, pass")
                    }
                }
            case "unregistered_credentials": result.unregisteredCredentials = decision(value)
            case "user_namespaces":
                switch string(value) {
                case "allow": result.userNamespaces = true
                case "deny": result.userNamespaces = false
                default: fail(value, "`user_namespaces` is `allow` or `deny`")
                }
            default: unknownKey(key, allowed: "other_environment, own_credentials, reachable, ask_timeout, notify, secret_variables, user_namespaces, unregistered_credentials")
            }
        }
        return result
    }

    private mutating func target(_ node: Node) -> TargetSpec? {
        var spec = TargetSpec(programs: [], kind: "", location: location(node))
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "program": spec.programs = strings(value).map(\.value)
            case "kind": spec.kind = string(value) ?? ""
            case "options": spec.options = strings(value).map(\.value)
            case "env": spec.env = strings(value).map(\.value)
            case "flags": spec.flags = pairs(value).map { (flag: $0.0.string ?? "", value: string($0.1) ?? "") }
            case "after": spec.after = strings(value).map { Self.words($0.value) }
            case "urls": spec.urls = bool(value)
            case "url_env": spec.urlEnv = strings(value).map(\.value)
            case "args": spec.args = strings(value).map(\.value)
            case "request": spec.request = requestTarget(value)
            default: unknownKey(key, allowed: "program, kind, options, env, flags, after, urls, url_env, args, request")
            }
        }
        if spec.kind.isEmpty || spec.programs.isEmpty == (spec.request == nil) {
            fail(node, "a target needs `kind` and one of `program` (a command) or `request` (an HTTP request)")
            return nil
        }
        return spec
    }

    private mutating func requestTarget(_ node: Node) -> RequestTargetSpec {
        var spec = RequestTargetSpec()
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "host": spec.hosts = strings(value).map(\.value)
            case "graphql": spec.graphql = strings(value).map(\.value)
            case "json": spec.json = strings(value).map(\.value)
            case "query": spec.query = strings(value).map(\.value)
            case "headers": spec.headers = strings(value).map(\.value)
            case "path":
                spec.paths = strings(value).map(\.value)
                for item in strings(value) where item.value.components(separatedBy: "{}").count != 2 || !item.value.hasPrefix("/") {
                    fail(at: item.location, "a request target's path is a template from `/` with one `{}` where the value is: `/v1/apps/{}/**`")
                }
            default: unknownKey(key, allowed: "host, graphql, json, query, path, headers")
            }
        }
        if spec.graphql.isEmpty && spec.json.isEmpty && spec.query.isEmpty && spec.paths.isEmpty && spec.headers.isEmpty {
            fail(node, "a request target needs one of `graphql`, `json`, `query`, `path` or `headers`")
        }
        return spec
    }

    private mutating func rule(_ node: Node) -> RuleSpec? {
        var spec = RuleSpec(id: "", reason: "", decision: .deny, location: location(node))
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "id": spec.id = string(value) ?? ""
            case "reason": spec.reason = string(value) ?? ""
            case "decision": spec.decision = decision(value) ?? .deny
            case "tags": spec.tags = strings(value).map(\.value)
            case "timeout":
                if let t = number(value), t > 0 { spec.timeout = t } else { fail(value, "`timeout` is a number of seconds") }
            case "exec": spec.exec = exec(value)
            case "file": spec.file = fileSpec(value)
            case "request": spec.request = requestSpec(value)
            case "local":
                var l = LocalSpec()
                for (k, v) in pairs(value) {
                    switch k.string ?? "" {
                    case "socket": l.sockets = strings(v).map(\.value)
                    case "program": l.programs = strings(v).map(\.value)
                    default: unknownKey(k, allowed: "socket, program")
                    }
                }
                if l.sockets.isEmpty && l.programs.isEmpty { fail(value, "a local rule needs `socket` or `program`") }
                spec.local = l
            case "examples":
                for (k, v) in pairs(value) {
                    switch k.string ?? "" {
                    case "match": spec.matchExamples = strings(v)
                    case "not_match": spec.notMatchExamples = strings(v)
                    default: unknownKey(k, allowed: "match, not_match")
                    }
                }
            default: unknownKey(key, allowed: "id, reason, decision, tags, timeout, exec, file, request, local, examples")
            }
        }
        if spec.id.isEmpty { fail(node, "a rule needs an `id`"); return nil }
        if spec.reason.isEmpty { fail(node, "rule '\(spec.id)' needs a `reason`, shown to the human and the agent") }
        if [spec.exec != nil, spec.file != nil, spec.request != nil, spec.local != nil].filter({ $0 }).count != 1 {
            fail(node, "rule '\(spec.id)' needs exactly one of `exec`, `file`, `request` or `local`")
        }
        return spec
    }

    private mutating func exec(_ node: Node) -> ExecSpec {
        var spec = ExecSpec()
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "program": spec.programs = strings(value).map(\.value)
            case "subcommand":
                let items = value.sequence != nil ? strings(value).map(\.value) : Self.words(string(value) ?? "")
                spec.subcommand = items.map { $0.split(separator: "|").map(String.init) }
            case "flags": spec.flags = strings(value).map(\.value)
            case "not_flags": spec.notFlags = strings(value).map(\.value)
            case "options": spec.options = pairs(value).map { (option: $0.0.string ?? "", value: string($0.1) ?? "") }
            case "args": spec.args = strings(value).map(\.value)
            case "contains": spec.contains = strings(value).map(\.value)
            case "regex": spec.regex = string(value).map { Located(value: $0, location: location(value)) }
            case "not_regex": spec.notRegex = string(value).map { Located(value: $0, location: location(value)) }
            case "env": spec.env = pairs(value).map { (name: $0.0.string ?? "", value: string($0.1) ?? "") }
            case "cwd": spec.cwd = strings(value).map(\.value)
            case "paths": spec.paths = paths(value)
            case "target_environment": spec.targetEnvironment = strings(value).map(\.value)
            case "min_args": spec.minArgs = integer(value) ?? 0
            case "operation":
                for item in strings(value) where OperationClass(name: item.value) == nil {
                    fail(at: item.location, "unknown operation '\(item.value)' (read, local, write, destroy)")
                }
                spec.operations = strings(value).map(\.value).filter { OperationClass(name: $0) != nil }
            default:
                unknownKey(key, allowed: "program, subcommand, flags, not_flags, options, args, contains, regex, not_regex, env, cwd, paths, target_environment, min_args, operation")
            }
        }
        return spec
    }

    private mutating func paths(_ node: Node) -> PathSpec {
        var spec = PathSpec()
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "match": spec.match = strings(value).map(\.value)
            case "outside_project": spec.outsideProject = bool(value)
            case "contains_project": spec.containsProject = bool(value)
            case "except": spec.except = strings(value).map(\.value)
            default: unknownKey(key, allowed: "match, outside_project, contains_project, except")
            }
        }
        return spec
    }

    mutating func requestSpec(_ node: Node) -> RequestSpec {
        var spec = RequestSpec()
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "host": spec.hosts = strings(value).map(\.value)
            case "method": spec.methods = strings(value).map { $0.value.uppercased() }
            case "path": spec.paths = strings(value).map(\.value)
            case "headers": spec.headers = pairs(value).map { (name: $0.0.string ?? "", value: string($0.1) ?? "*") }
            case "graphql":
                var g = GraphQLSpec()
                for (k, v) in pairs(value) {
                    switch k.string ?? "" {
                    case "operation":
                        g.types = strings(v).compactMap { item in
                            if let t = GraphQLOperationType(rawValue: item.value) { return t }
                            fail(at: item.location, "unknown GraphQL operation '\(item.value)': use query, mutation or subscription")
                            return nil
                        }
                    case "fields": g.fields = strings(v).map(\.value)
                    case "verbs": g.verbs = strings(v).map { $0.value.lowercased() }
                    default: unknownKey(k, allowed: "operation, fields, verbs")
                    }
                }
                spec.graphql = g
            case "aws":
                var a = AWSSpec()
                for (k, v) in pairs(value) {
                    switch k.string ?? "" {
                    case "service": a.services = strings(v).map(\.value)
                    case "action": a.actions = strings(v).map(\.value)
                    default: unknownKey(k, allowed: "service, action")
                    }
                }
                spec.aws = a
            case "sql":
                spec.sql = strings(value).compactMap { item in
                    if let c = OperationClass(name: item.value) { return c }
                    fail(at: item.location, "unknown operation class '\(item.value)' for sql: use read, write or destroy")
                    return nil
                }
            case "git_push":
                spec.gitPush = strings(value).compactMap { item in
                    if let c = OperationClass(name: item.value), c == .write || c == .destroy { return c }
                    fail(at: item.location, "unknown git push class '\(item.value)': use write or destroy")
                    return nil
                }
            case "body_switch":
                spec.bodySwitch = strings(value).compactMap { item in
                    if let c = OperationClass(name: item.value), c == .destroy { return c }
                    fail(at: item.location, "unknown body switch class '\(item.value)': use destroy")
                    return nil
                }
            default: unknownKey(key, allowed: "host, method, path, headers, graphql, aws, sql, git_push, body_switch")
            }
        }
        return spec
    }

    private mutating func fileSpec(_ node: Node) -> FileSpec {
        var spec = FileSpec(paths: [])
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "paths": spec.paths = strings(value).map(\.value)
            case "except": spec.except = strings(value).map(\.value)
            case "access":
                spec.access = strings(value).compactMap { item in
                    if let a = FileAccess(rawValue: item.value) { return a }
                    fail(at: item.location, "unknown access '\(item.value)': use read, write, create, delete or exec")
                    return nil
                }
            case "environment": spec.environment = string(value)
            case "hide": spec.hide = bool(value)
            case "unless_content":
                spec.unlessContent = strings(value).compactMap { item in
                    if let c = FileContent(rawValue: item.value) { return c }
                    fail(at: item.location, "unknown content '\(item.value)': use certificates")
                    return nil
                }
            default: unknownKey(key, allowed: "paths, except, access, environment, hide, unless_content")
            }
        }
        if spec.paths.isEmpty { fail(node, "a file rule needs `paths`") }
        return spec
    }
}
