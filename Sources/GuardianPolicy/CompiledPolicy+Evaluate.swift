// Answering the supervisor's questions. These run on every trapped exec and open.

extension CompiledPolicy {
    public func evaluate(_ exec: ExecRequest) -> Evaluation {
        evaluate(exec, depth: 0)
    }

    func evaluate(_ exec: ExecRequest, depth: Int) -> Evaluation {
        var view = ExecView(exec)
        // The commands a wrapper runs are decided too (their rules become the wrapper's). A
        // wrapper no grammar knows that only runs reads reads (`aws-vault exec staging --
        // kubectl get pods`): the staging-read rule may allow it. Any other class stays the inner
        // command's alone, so one command is asked about once, under its own rule.
        let wrapped = depth < 4 ? Self.innerCommands(exec, keys: view.programKeys) : []
        let innerRequests = depth < 4 ? wrapped + carryingChosenContext(Self.commandLineCommands(exec), after: view) : []
        let inner = innerRequests.map { evaluate($0, depth: depth + 1) }
        // What substitutions run can only add to what stops the command: they are not what it
        // runs, so they never make it a read.
        let substituted = depth < 4 ? Self.substitutionCommands(exec).map { evaluate($0, depth: depth + 1) } : []
        let innerOperations = inner.compactMap(\.operation)
        // In a line given whole, the first program's own words end at the first control operator,
        // as the shell ends them (`flutter clean && flutter pub get` cleans; `mktemp -d && rm …`
        // makes a directory; `railway variables -e staging | grep -v SECRET` lists): what follows
        // is decided as the commands it is. An exec of a family program is read whole (its
        // grammar knows its words); an exec of any other program ends at the first operator.
        let family = view.programKeys.contains(where: { Operations.families[$0] != nil })
        let ownRequest = !family || exec.typedLine ? Self.ownCommand(exec) : nil
        let own = family && !exec.typedLine ? view : ownRequest.map { ExecView($0) } ?? view
        let operation = Self.remoteCommandOnlyReads(exec, keys: view.programKeys, inner: innerRequests, evaluations: inner)
            ?? Operations.classify(own, expansion: expansion)
            ?? (!innerOperations.isEmpty && innerOperations.allSatisfy { $0.kind == .read }
                ? CommandOperation(kind: .read, why: "the command it runs: \(innerOperations[0].why)") : nil)
        // In a line as typed, the rules and the targets read the program's own command too: the
        // words after the first operator are other commands, decided above (`rm -rf build/ &&
        // cmake -S . -B build`: cmake's `.` is not rm's). Not a program that hands its words on
        // (ssh, a wrapper): they are its command's; and never in an exec's argv, where every word
        // is the program's.
        if exec.typedLine, wrapped.isEmpty, let ownRequest { view = ExecView(ownRequest) }
        var (environment, how) = targetEnvironment(&view)
        // A listing filtered for one environment's entries reads that environment's.
        if exec.typedLine, operation?.kind == .read, let (env, why) = filteredListingEnvironment(exec, keys: view.programKeys), prefer(env, over: environment) {
            environment = env
            how = why
        }
        var candidates: [Int] = execAnyProgram
        for key in view.programKeys {
            if let rules = execByProgram[key] { candidates.append(contentsOf: rules) }
        }
        if candidates.count > 1 { candidates.sort() }
        var matches: [RuleMatch] = []
        var explicitlyTargeted = false
        var previous = -1
        let harmless = operation?.harmless ?? false
        for i in candidates where i != previous {
            previous = i
            // A help request, a dry run or a plan changes nothing: rules about changing do not apply.
            if harmless && execRules[i].changesSomething { continue }
            // In place: a copy of the rule would retain and release every string and array in it.
            if execRules[i].matcher.matches(view, environment: environment, operation: operation) {
                var m = execRules[i].match
                if let operation, !execRules[i].matcher.operations.isEmpty { m.reason += " (\(operation.why))" }
                // Decided on where a word leads, not on the word: the reason says where.
                if let (word, target) = execRules[i].matcher.reachedThroughLink(view) { m.reason += " (\(word) leads to \(target))" }
                matches.append(m)
                if let environment, execRules[i].matcher.targetEnvironment.contains(environment) { explicitlyTargeted = true }
            }
        }
        // Rendering or checking files on this machine acts on no environment, whichever it names.
        let offline = operation?.offline ?? false
        if let environment, !reachable.contains(environment), !explicitlyTargeted, !offline {
            let shown = how.map { " (\($0))" } ?? ""
            matches.append(RuleMatch(
                id: "environment.other", decision: otherEnvironment,
                reason: "this command targets \(environment)\(shown); this session works on \(environmentName)"))
        }
        var targeted = environment
        var targetHow = how
        var op = operation
        for e in inner + substituted {
            for m in e.matches where !matches.contains(where: { $0.id == m.id }) { matches.append(m) }
            if let env = e.environment, prefer(env, over: targeted) {
                targeted = env
                targetHow = e.targetSource
            }
            if let o = e.operation, op == nil || o.kind > op!.kind { op = o }
        }
        var result = Self.evaluation(matches, environment: targeted)
        result.targetSource = targetHow
        result.operation = op
        return result
    }

    /// A line's later commands as the shell runs them: after a kube context is chosen
    /// (`kubectx shop-staging && kubectl delete ns jobs`), a kube tool that names no context
    /// acts in that one, as its kubeconfig's current context will say by then.
    /// (An exec's argv has no later commands: nothing is done for it.)
    func carryingChosenContext(_ commands: [ExecRequest], after first: ExecView) -> [ExecRequest] {
        guard !commands.isEmpty else { return commands }
        var chosen = TargetPlaces.chosenContext(first)
        guard chosen != nil || commands.count > 1 else { return commands }
        return commands.map { request in
            let view = ExecView(request)
            if let next = TargetPlaces.chosenContext(view) { chosen = next; return request }
            guard let chosen, !TargetPlaces.namesItsContext(view) else { return request }
            var carried = request
            for file in TargetPlaces.kubeconfigs(view, home: expansion.home).prefix(1) { carried.files[file] = "current-context: \(chosen)\n" }
            return carried
        }
    }

    /// Fills `view.targets` and returns the environment the command targets and where it names
    /// it: another environment than the profile's wins over the profile's own. The catalog's
    /// per-tool `targets` are read first, then every place a command names a target
    /// (TargetPlaces), each value by its words (kind `words`) and hosts by the `host` globs.
    func targetEnvironment(_ view: inout ExecView) -> (String?, String?) {
        var values: [(kind: String, value: String)] = []
        var seen: [Int] = []
        for key in view.programKeys {
            for i in targetsByProgram[key] ?? [] where !seen.contains(i) {
                seen.append(i)
                targets[i].extract(view, into: &values)
            }
        }
        var result: String?
        var how: String?
        // What a new thing is made from (`neonctl branches create --name dev/x --parent
        // staging`) is read, not changed: it names the target only when the new thing's name
        // names none the session may reach, or when it is the strictest environment of all
        // (production's data copied anywhere is production's).
        let makes = view.arguments.positionals.prefix(3).contains { Self.makingVerbs.contains(view.arguments.items[$0].text) }
        var deferring = false
        var sources: [(String, String)] = []
        func consider(_ env: String, _ explanation: String) {
            if deferring { sources.append((env, explanation)); return }
            if prefer(env, over: result) {
                result = env
                how = explanation
            }
        }
        for (kind, value) in values {
            let env = environments.environment(kind: kind, value: value)
            view.targets.append((kind, value, env))
            guard let env else { continue }
            consider(env, "\(kind) '\(Self.clipped(value))'")
        }
        var places = TargetPlaces.places(view, project: project)
        places += TargetPlaces.hosts(view)
        places += TargetPlaces.filePlaces(view, home: expansion.home)
        places += TargetPlaces.storageAccounts(in: places)
        for place in places.prefix(64) {
            deferring = makes && Self.copySourceOptions.contains(place.source)
            if place.isHost, let e = environments.lookup(kind: "host", value: place.value) {
                view.targets.append((place.source, place.value, e.environment))
                consider(e.environment, "\(place.source) '\(Self.clipped(place.value))'")
                continue
            }
            // An API object's id whose type prefix happens to be an environment's word (Stripe's
            // products, `prod_NqLmA1b2C3`): generated, it names no environment.
            if Self.isTypedObjectID(place.value) { continue }
            let joined = place.joined && Words.isIdentifier(place.value)
            // A public host's top-level domain is no environment (`api.machines.dev`, `shop.live`).
            let value = place.isHost ? Self.withoutEnvironmentTLD(place.value) : place.value
            for word in Words.split(innermostEnvironment(value)).prefix(32) {
                if let e = environments.lookup(kind: "words", value: word) {
                    view.targets.append((place.source, place.value, e.environment))
                    consider(e.environment, "\(place.source) '\(Self.clipped(place.value))': word '\(word)'")
                } else if joined {
                    for inner in Words.embedded(word) {
                        guard let e = environments.lookup(kind: "words", value: inner) else { continue }
                        view.targets.append((place.source, place.value, e.environment))
                        consider(e.environment, "\(place.source) '\(Self.clipped(place.value))': word '\(inner)' in '\(word)'")
                    }
                }
            }
        }
        deferring = false
        for (env, explanation) in sources where result.map({ !reachable.contains($0) }) ?? true || environments.rank(env) == 0 {
            consider(env, explanation)
        }
        return (result, how)
    }

    /// `prefix_ID`: a short lowercase type prefix and a generated id of ten or more letters and
    /// digits, upper and lower case mixed with digits, as payment and SaaS APIs name their
    /// objects (`prod_NqLmA1b2C3`, `cus_9s6XKzkNRiz8i3`). A name a team writes (`prod_db`,
    /// `prod_OrdersTable`) lacks one of the three.
    static func isTypedObjectID(_ value: String) -> Bool {
        guard let bar = value.firstIndex(of: "_") else { return false }
        let prefix = value[..<bar], id = value[value.index(after: bar)...]
        guard (2...8).contains(prefix.count), prefix.allSatisfy({ $0.isASCII && $0.isLowercase }), id.count >= 10,
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        return id.contains(where: \.isUppercase) && id.contains(where: \.isLowercase) && id.contains(where: \.isNumber)
    }

    /// Verbs that make a new thing from another (`branches create`, `pscale branch`).
    static let makingVerbs: Set<String> = ["create", "branch"]

    /// Options that name what a new thing is made from.
    static let copySourceOptions: Set<String> = ["--parent", "--from", "--source", "--parent-branch", "--source-branch", "--from-branch", "--copy-from"]

    /// A cloud or cluster listing piped into a search for one environment's names (`doctl
    /// databases list | grep shop-prod`, `kubectl get ns | grep -i staging`), or selecting them
    /// with a jq filter, piped or the listing's own (`… | jq '.[] | select(.name ==
    /// "shop-prod")'`, `gh run list --jq '.[] | select(.headBranch=="production")'`): the
    /// environment the search names, and how. Not an inverted search (`grep -v prod`,
    /// `select(.name != "prod")`).
    func filteredListingEnvironment(_ exec: ExecRequest, keys: [String]) -> (String, String)? {
        let pipe = exec.argv.firstIndex(of: "|")
        let listing = exec.argv[..<(pipe ?? exec.argv.count)]
        // The listing's own jq filter (gh's and glab's `--jq`/`-q`).
        let ownFilter = listing.firstIndex(where: { $0 == "--jq" || $0 == "-q" || $0.hasPrefix("--jq=") })
        guard pipe != nil || ownFilter != nil else { return nil }
        // A cloud's or a cluster's CLI, a remote tool, or a CLI no grammar knows asked to list
        // (`neonctl branches list`); not a local program's output (`git log`, `docker ps`).
        let lists = keys.contains(where: { Operations.families[$0]?.listsResources ?? false })
            || keys.contains(where: { TargetPlaces.remoteTools.contains($0) && !["docker", "podman", "git"].contains($0) })
            || (TargetPlaces.isUnknownProgram(ExecView(exec)) && listing.dropFirst().prefix(4).contains(where: { $0 == "list" || $0 == "ls" }))
        guard lists else { return nil }
        if let at = ownFilter {
            let expression = listing[at].hasPrefix("--jq=") ? String(listing[at].dropFirst(5)) : at + 1 < listing.count ? listing[at + 1] : ""
            if let found = selectedEnvironment(expression, by: "--jq") { return found }
        }
        guard let pipe, pipe + 1 < exec.argv.count else { return nil }
        let filter = ExecView.basename(exec.argv[pipe + 1])
        var words: [String] = []
        for word in exec.argv[(pipe + 2)...] {
            if CompiledPolicy.controlOperators.contains(word) { break }
            words.append(word)
        }
        if filter == "jq", let expression = words.first(where: { !$0.hasPrefix("-") }) { return selectedEnvironment(expression, by: "jq") }
        guard ["grep", "egrep", "fgrep", "rg"].contains(filter) else { return nil }
        if words.contains(where: { $0 == "-v" || $0 == "--invert-match" || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.contains("v")) }) { return nil }
        guard let pattern = words.first(where: { !$0.hasPrefix("-") }) else { return nil }
        for word in Words.split(pattern).prefix(16) {
            if let e = environments.lookup(kind: "words", value: word) { return (e.environment, "\(filter) pattern '\(Self.clipped(pattern))': word '\(word)'") }
        }
        return nil
    }

    /// The environment a jq filter selects by name: a string compared with `==` or given to
    /// `test`, `contains`, `startswith`, `endswith` or `index` inside a `select(…)`. None when
    /// the filter compares with `!=` or negates (`| not`): it excludes.
    func selectedEnvironment(_ expression: String, by source: String) -> (String, String)? {
        guard expression.contains("select("), !expression.contains("!="), !expression.contains("not") else { return nil }
        let chars = Array(expression)
        var i = 0
        while i < chars.count {
            guard chars[i] == "\"" else { i += 1; continue }
            var j = i + 1
            while j < chars.count, chars[j] != "\"" { j += 1 }
            let literal = String(chars[(i + 1)..<min(j, chars.count)])
            var k = i
            while k > 0, chars[k - 1] == " " { k -= 1 }
            let before = String(chars[..<k])
            let compared = before.hasSuffix("==") || ["test(", "contains(", "startswith(", "endswith(", "index("].contains(where: before.hasSuffix)
            if compared {
                for word in Words.split(literal).prefix(16) {
                    if let e = environments.lookup(kind: "words", value: word) { return (e.environment, "\(source) filter '\(Self.clipped(expression))': word '\(word)'") }
                }
            }
            i = j + 1
        }
        return nil
    }

    /// Top-level domains spelled like an environment word.
    static let environmentTLDs: Set<String> = ["dev", "live", "prod", "stage"]

    /// A host name without a last label that is such a top-level domain, when it has a name
    /// before it (`api.machines.dev` → `api.machines`; `db.dev`'s `dev` stays, a private name).
    static func withoutEnvironmentTLD(_ host: String) -> String {
        let name = host.split(separator: ":").first.map(String.init) ?? host
        let labels = name.split(separator: ".")
        guard labels.count >= 3, let last = labels.last, environmentTLDs.contains(last.lowercased()) else { return host }
        return labels.dropLast().joined(separator: ".")
    }

    /// A path whose directory, named for one environment only, holds one named for another
    /// (`live/staging`, `live/dev`: terragrunt's layout keeps every environment under `live/`)
    /// is read from the inner one on: the outer directory is the layout's root. Other values as
    /// they are.
    func innermostEnvironment(_ value: String) -> String {
        guard value.contains("/"), !value.contains("://") else { return value }
        let components = value.split(separator: "/")
        func named(_ c: Substring) -> String? {
            let words = Words.split(String(c))
            return words.count == 1 ? environments.lookup(kind: "words", value: words[0])?.environment : nil
        }
        guard let inner = components.lastIndex(where: { named($0) != nil }),
              let outer = components[..<inner].lastIndex(where: { named($0) != nil }),
              named(components[outer]) != named(components[inner]) else { return value }
        return components[inner...].joined(separator: "/")
    }

    /// Files whose contents say where the command acts, for the caller to read into
    /// `ExecRequest.files` (a kubeconfig's current context, an env file's variables).
    public func filesNamingTargets(_ exec: ExecRequest) -> [String] {
        TargetPlaces.namedFiles(ExecView(exec), home: expansion.home)
    }

    /// The arguments of a command a rule with `paths:` may decide (its program and flags
    /// match), for the caller to resolve into `ExecRequest.resolvedPaths`.
    public func pathsToResolve(_ exec: ExecRequest) -> [String] {
        guard !pathRules.isEmpty else { return [] }
        // Most execs stop here: no rule with paths names their program.
        if let names = pathRuleNames, !names.contains(String(ExecView.basename(exec.program))),
           !(exec.argv.first.map { names.contains(String(ExecView.basename($0))) } ?? false) { return [] }
        let view = ExecView(exec)
        let applies = pathRules.contains { i in
            let m = execRules[i].matcher
            return m.program.matches(view) && m.flags.allSatisfy { $0.isPresent(in: view.arguments) }
        }
        guard applies else { return [] }
        // A word without a `/` names an entry of the working directory, which the kernel gave
        // already resolved: only a word with a directory (or a trailing `/`) can pass a symlink.
        let a = view.arguments
        return a.positionals.map { a.items[$0].text }.filter { $0.contains("/") }
    }

    /// Which of two environments a command naming both acts on, for deciding: one the session
    /// may not reach over one it may, and between two it may not reach, the one its
    /// `environments:` list first (production before staging in the catalog).
    func prefer(_ env: String, over current: String?) -> Bool {
        guard let current else { return true }
        if reachable.contains(current) != reachable.contains(env) { return !reachable.contains(env) }
        if !reachable.contains(env) { return environments.rank(env) < environments.rank(current) }
        return false
    }

    static func clipped(_ value: String) -> String {
        value.count > 64 ? String(value.prefix(61)) + "..." : value
    }

    public func evaluate(_ file: FileRequest) -> Evaluation {
        var indices = fileIndex.matchingRules(file.path, access: FileRule.bit(file.access), rules: fileRules)
        if let content = file.content, content.spares(file.access) {
            indices.removeAll { fileRules[$0].match.unlessContent.contains(content) }
        }
        if indices.isEmpty { return .allow }
        let matches = indices.map { fileRules[$0].match }
        let environment = indices.lazy.compactMap { self.fileRules[$0].environment }.first
        return Self.evaluation(matches, environment: environment)
    }

    public func evaluateSubtree(_ directory: String, access: FileAccess) -> Evaluation {
        let prefix = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8)
        let bit = FileRule.bit(access)
        var matches: [RuleMatch] = []
        // `**/x` globs match wherever the file goes, so moving a directory cannot carry a
        // file away from them; only globs anchored at a location can.
        for (rule, glob) in anchoredFileGlobs where fileRules[rule].access & bit != 0 && glob.couldMatchBeneath(prefix) {
            let m = fileRules[rule].match
            if !matches.contains(m) { matches.append(m) }
        }
        return Self.evaluation(matches, environment: nil)
    }

    public func evaluateLanding(_ path: String) -> Evaluation {
        var matches = evaluateSubtree(path, access: .create).matches
        let bit = FileRule.bit(.create)
        let names = path.split(separator: "/", omittingEmptySubsequences: true)
        let components = names.map { Array($0.utf8) }
        // The match begins at one of the place's own components and goes on beneath it. A
        // match wholly beneath the place matched where the files were before the move.
        func consider(_ rule: Int, _ tail: ArraySlice<CompiledGlob?>, from start: Int) {
            guard fileRules[rule].access & bit != 0 else { return }
            let m = fileRules[rule].match
            if !matches.contains(m) && Self.continues(tail, components[start...]) { matches.append(m) }
        }
        for (start, name) in names.enumerated() {
            for (rule, tail) in spanningByFirstName[String(name)] ?? [] { consider(rule, tail[...], from: start) }
        }
        for (rule, tail) in spanningOthers {
            for start in components.indices { consider(rule, tail[...], from: start) }
        }
        return Self.evaluation(matches, environment: nil)
    }

    /// Whether a glob's components (`nil` for `**`) match `names` and still have something to
    /// match beneath them.
    static func continues(_ glob: ArraySlice<CompiledGlob?>, _ names: ArraySlice<[UInt8]>) -> Bool {
        guard let first = glob.first else { return false }
        guard let segment = first else { return true }  // `**` takes the rest, and more beneath
        guard let name = names.first else { return true }
        return name.withUnsafeBufferPointer { segment.matches(bytes: $0) } && continues(glob.dropFirst(), names.dropFirst())
    }

    /// Strictest first; the decision is the strictest match's.
    static func evaluation(_ matches: [RuleMatch], environment: String?) -> Evaluation {
        guard !matches.isEmpty else { return Evaluation(decision: .allow, environment: environment) }
        var sorted = matches
        if sorted.count > 1 {
            // Stable: rules of equal strictness keep profile order.
            sorted = sorted.enumerated().sorted { a, b in
                a.element.decision != b.element.decision ? a.element.decision > b.element.decision : a.offset < b.offset
            }.map(\.element)
        }
        return Evaluation(decision: sorted[0].decision, matches: sorted, environment: environment)
    }
}

extension CompiledPolicy {
    public func evaluate(_ request: RequestFacts) -> Evaluation {
        var matches: [RuleMatch] = []
        for rule in requestRules where rule.matcher.match(request) != nil {
            matches.append(rule.match)
        }
        // Frames are not inspected: a WebSocket to a host whose requests rules decide could
        // carry what those rules refuse (a GraphQL subscription endpoint takes mutations too).
        if request.request.isWebSocketUpgrade && hasRequestRules(forHost: request.request.host) {
            matches.append(RuleMatch(
                id: "request.websocket", decision: .deny,
                reason: "WebSocket frames are not inspected, and \(request.request.host) is a host that API rules decide, so the upgrade is refused"))
        }
        let target = requestEnvironment(request)
        if let target, !reachable.contains(target.environment) {
            matches.append(RuleMatch(
                id: "environment.other", decision: otherEnvironment,
                reason: "this request acts on \(target.environment): \(target.how); this session works on \(environmentName)"))
        }
        return Self.evaluation(matches, environment: target?.environment)
    }

    /// The environment a request acts on, and how it names it: its host (kind `host` in
    /// `environments:`), or a value where a request target says the API names one (a GraphQL
    /// argument, a JSON member, a query parameter, a path segment, a header). Another
    /// environment than the session's wins over the session's own, as for a command.
    func requestEnvironment(_ request: RequestFacts) -> (environment: String, how: String)? {
        var found: [(environment: String, how: String)] = []
        let host = request.request.host
        if let e = environments.lookup(kind: "host", value: host) {
            found.append((e.environment, "\(host) is a \(e.environment) host"))
        }
        var named: [NamedTarget] = []
        for target in requestTargets { target.extract(request, into: &named) }
        for n in named.prefix(64) {
            guard let e = environments.lookup(kind: n.kind, value: n.value) else { continue }
            let source = e.source.map { " (\($0))" } ?? ""
            found.append((e.environment, "\(n.how) \(Self.shown(n.value)) is \(e.environment)\(source)"))
        }
        return found.first { !reachable.contains($0.environment) } ?? found.first
    }

    /// A value as the reason shows it: an id cut short, enough to recognise it (ASCII: the
    /// reason travels in an HTTP header).
    static func shown(_ value: String) -> String {
        value.count > 16 ? "'\(value.prefix(8))...'" : "'\(value)'"
    }

    /// Whether a request rule names `host` in its `host:` list. Rules without one (the generic
    /// GraphQL rule, AWS by service) do not count, or every host would: these are the hosts
    /// whose every request is an event and to which WebSocket upgrades are refused.
    public func hasRequestRules(forHost host: String) -> Bool {
        requestRules.contains { rule in rule.matcher.hosts.contains { $0.matches(host) } }
    }

    /// What made each matching request rule apply (`mutation volumeDelete`), for events.
    public func requestOperations(_ request: RequestFacts) -> [String] {
        var out: [String] = []
        for rule in requestRules {
            for what in rule.matcher.match(request) ?? [] where !out.contains(what) { out.append(what) }
        }
        return out
    }
}
