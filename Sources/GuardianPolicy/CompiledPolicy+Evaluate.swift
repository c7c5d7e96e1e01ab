// Answering the supervisor's questions. These run on every trapped exec and open.

extension CompiledPolicy {
    public func evaluate(_ exec: ExecRequest) -> Evaluation {
        evaluate(exec, depth: 0)
    }

    func evaluate(_ exec: ExecRequest, depth: Int) -> Evaluation {
        var view = ExecView(exec)
        let environment = targetEnvironment(&view)
        var candidates: [Int] = execAnyProgram
        for key in view.programKeys {
            if let rules = execByProgram[key] { candidates.append(contentsOf: rules) }
        }
        if candidates.count > 1 { candidates.sort() }
        var matches: [RuleMatch] = []
        var explicitlyTargeted = false
        var previous = -1
        for i in candidates where i != previous {
            previous = i
            // In place: a copy of the rule would retain and release every string and array in it.
            if execRules[i].matcher.matches(view, environment: environment) {
                matches.append(execRules[i].match)
                if let environment, execRules[i].matcher.targetEnvironment.contains(environment) { explicitlyTargeted = true }
            }
        }
        if let environment, !reachable.contains(environment), !explicitlyTargeted {
            let named = view.targets.first { $0.environment == environment }
            let how = named.map { " (\($0.kind) '\($0.value)')" } ?? ""
            matches.append(RuleMatch(
                id: "environment.other", decision: otherEnvironment,
                reason: "this command targets \(environment)\(how); this session works on \(environmentName)"))
        }
        var targeted = environment
        if depth < 4 {
            for inner in Self.innerCommands(exec, keys: view.programKeys) {
                let e = evaluate(inner, depth: depth + 1)
                for m in e.matches where !matches.contains(where: { $0.id == m.id }) { matches.append(m) }
                if let env = e.environment, targeted == nil || (reachable.contains(targeted!) && !reachable.contains(env)) { targeted = env }
            }
        }
        return Self.evaluation(matches, environment: targeted)
    }

    /// Fills `view.targets` and returns the environment the command targets: another
    /// environment than the profile's wins over the profile's own.
    func targetEnvironment(_ view: inout ExecView) -> String? {
        var values: [(kind: String, value: String)] = []
        var seen: [Int] = []
        for key in view.programKeys {
            for i in targetsByProgram[key] ?? [] where !seen.contains(i) {
                seen.append(i)
                targets[i].extract(view, into: &values)
            }
        }
        guard !values.isEmpty else { return nil }
        var result: String?
        for (kind, value) in values {
            let env = environments.environment(kind: kind, value: value)
            view.targets.append((kind, value, env))
            guard let env else { continue }
            if result == nil || (reachable.contains(result!) && !reachable.contains(env)) { result = env }
        }
        return result
    }

    public func evaluate(_ file: FileRequest) -> Evaluation {
        var indices = fileIndex.matchingRules(file.path, access: FileRule.bit(file.access), rules: fileRules)
        if let content = file.content, file.access == .read {
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
        // A host the profile's `environments:` maps (kind `host`) names the environment the
        // request acts on, as a command's target does.
        let environment = environments.environment(kind: "host", value: request.request.host)
        if let environment, !reachable.contains(environment) {
            matches.append(RuleMatch(
                id: "environment.other", decision: otherEnvironment,
                reason: "this request goes to \(request.request.host), a \(environment) host; this session works on \(environmentName)"))
        }
        return Self.evaluation(matches, environment: environment)
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
