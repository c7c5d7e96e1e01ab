// The policy engine: a composed profile compiled for one home and project. Immutable after
// init, so every supervisor thread may evaluate concurrently.

struct ExecRule: Sendable {
    var matcher: ExecMatcher
    var match: RuleMatch
    /// Tagged destructive, mutating, history or catastrophic: does not apply to a command that
    /// changes nothing by construction (help, dry run, plan).
    var changesSomething: Bool
    /// Tagged `destructive` or `catastrophic`: a candidate shape (CompiledPolicy+Shapes).
    var destroys = false
}

public struct CompiledPolicy: PolicyEngine {
    public let profileName: String
    public let environmentName: String
    public let askTimeout: Double?
    public let programNames: Set<String>
    public let notifyCommand: String?
    public let secretVariables: SecretEnvironment
    public let allowsUserNamespaces: Bool
    public let environmentVariables: Set<String>
    public let protectedPaths: [String]
    public let hasDeleteRules: Bool
    /// One line per rule, for `guardian profiles show`.
    public let ruleSummaries: [(id: String, decision: Decision, reason: String)]

    let execRules: [ExecRule]
    let execByProgram: [String: [Int]]
    /// Exec rules with a `paths:` condition, and the program names they name (nil: one of them
    /// names no name, so every program is a candidate).
    let pathRules: [Int]
    let pathRuleNames: Set<String>?
    let execAnyProgram: [Int]
    let targets: [TargetExtractor]
    let targetsByProgram: [String: [Int]]
    let environments: EnvironmentMap
    let otherEnvironment: Decision
    /// The profile's environment and those it may also reach.
    let reachable: Set<String>
    let fileRules: [FileRule]
    let requestRules: [RequestRule]
    /// Where requests name their target environment (`targets:` entries with `request:`).
    let requestTargets: [RequestTargetExtractor]
    let localRules: [LocalRule]
    let credentialBindings: [CredentialBinding]
    /// `defaults: unregistered_credentials`.
    let unregisteredCredentials: Decision
    let fileIndex: FileIndex
    /// The project directory commands' working directories are read against.
    let project: String
    /// The home and project paths in arguments are read against (`find . -delete`).
    let expansion: Expansion
    /// File globs tied to a location (not `**/…`): only these can be carried away by moving a directory.
    let anchoredFileGlobs: [(rule: Int, glob: CompiledGlob)]
    /// `**/…` file globs as components after the `**/` (`nil` for a `**`), for what a directory
    /// arriving somewhere brings under them (`evaluateLanding`): by their first component when
    /// it is a plain name (`.git` for `**/.git/hooks/**`), the others in a list. A glob of one
    /// plain component (`**/*.pem`) names no directory and is left out.
    let spanningByFirstName: [String: [(rule: Int, tail: [CompiledGlob?])]]
    let spanningOthers: [(rule: Int, tail: [CompiledGlob?])]

    init(_ profile: ComposedProfile, expansion: Expansion, facts: [EnvironmentFact] = []) throws {
        profileName = profile.name
        environmentName = profile.environment
        askTimeout = profile.defaults.askTimeout
        notifyCommand = profile.defaults.notify
        secretVariables = SecretEnvironment(
            withheld: SecretEnvironment.defaultWithheld + (profile.defaults.withholdVariables ?? []),
            passed: SecretEnvironment.defaultPassed + (profile.defaults.passVariables ?? []))
        allowsUserNamespaces = profile.defaults.userNamespaces ?? false
        otherEnvironment = profile.defaults.otherEnvironment ?? .deny
        reachable = Set([profile.environment] + (profile.defaults.reachable ?? []))
        environments = EnvironmentMap(profile.environments, facts: facts)
        project = expansion.project
        self.expansion = expansion
        var variables: Set<String> = ["HOME"]
        variables.formUnion(TargetPlaces.environmentVariables)
        var execRules: [ExecRule] = []
        var fileRules: [FileRule] = []
        var requestRules: [RequestRule] = []
        var localRules: [LocalRule] = []
        var errors: [PolicyError] = []
        var summaries: [(String, Decision, String)] = []
        for spec in profile.rules {
            let match = RuleMatch(id: spec.id, decision: spec.decision, reason: spec.reason, hide: spec.file?.hide ?? false, timeout: spec.timeout)
            summaries.append((spec.id, spec.decision, spec.reason))
            if let exec = spec.exec {
                do {
                    let matcher = try ExecMatcher(exec, expansion: expansion)
                    variables.formUnion(matcher.environmentVariables)
                    let changing: Set<String> = ["destructive", "mutating", "history", "catastrophic"]
                    execRules.append(ExecRule(matcher: matcher, match: match, changesSomething: spec.tags.contains(where: changing.contains),
                                              destroys: spec.tags.contains("destructive") || spec.tags.contains("catastrophic")))
                } catch let error as PolicyError {
                    errors.append(error)
                }
            }
            if let request = spec.request {
                requestRules.append(RequestRule(matcher: RequestMatcher(request), match: match))
            }
            if let local = spec.local {
                localRules.append(LocalRule(matcher: LocalMatcher(local), match: match))
            }
            if let file = spec.file {
                var m = match
                m.unlessContent = file.unlessContent
                if let env = file.environment {
                    // Credentials tagged with an environment: another environment's are denied.
                    m.decision = env == profile.environment
                        ? (profile.defaults.ownCredentials ?? spec.decision)
                        : max(spec.decision, otherEnvironment)
                }
                fileRules.append(FileRule(
                    globs: file.paths.flatMap { expansion.patterns($0).map { CompiledGlob($0) } },
                    except: file.except.flatMap { expansion.patterns($0).map { CompiledGlob($0) } },
                    access: FileRule.mask(file.access), match: m, environment: file.environment))
            }
        }
        if !errors.isEmpty { throw PolicyError(all: errors) }
        self.ruleSummaries = summaries
        self.execRules = execRules
        self.programNames = execRules.reduce(into: Set<String>()) { $0.formUnion($1.matcher.program.names) }
        var byProgram: [String: [Int]] = [:]
        var any: [Int] = []
        for (i, rule) in execRules.enumerated() {
            let p = rule.matcher.program
            if p.any || !p.paths.isEmpty || !p.hashes.isEmpty { any.append(i) }
            for name in p.names { byProgram[name, default: []].append(i) }
        }
        execByProgram = byProgram
        execAnyProgram = any
        pathRules = execRules.indices.filter { execRules[$0].matcher.paths != nil }
        pathRuleNames = pathRules.contains { execRules[$0].matcher.program.any || !execRules[$0].matcher.program.paths.isEmpty }
            ? nil : pathRules.reduce(into: Set<String>()) { $0.formUnion(execRules[$1].matcher.program.names) }
        targets = profile.targets.filter { $0.request == nil }.map(TargetExtractor.init)
        requestTargets = profile.targets.compactMap { t in t.request.map { RequestTargetExtractor(kind: t.kind, $0) } }
        var targetIndex: [String: [Int]] = [:]
        for (i, t) in targets.enumerated() {
            for name in t.programNames { targetIndex[name, default: []].append(i) }
            variables.formUnion(t.environmentVariables)
        }
        targetsByProgram = targetIndex
        environmentVariables = variables
        self.fileRules = fileRules
        self.requestRules = requestRules
        self.localRules = localRules
        credentialBindings = profile.credentials.map { CredentialBinding($0, expansion: expansion) }
        unregisteredCredentials = profile.defaults.unregisteredCredentials ?? .deny
        fileIndex = FileIndex(fileRules)
        hasDeleteRules = fileRules.contains { $0.access & FileRule.bit(.delete) != 0 && $0.match.decision > .allow }
        var anchored: [(Int, CompiledGlob)] = []
        var byFirst: [String: [(rule: Int, tail: [CompiledGlob?])]] = [:]
        var others: [(rule: Int, tail: [CompiledGlob?])] = []
        var protected: [String] = []
        for (i, rule) in fileRules.enumerated() where rule.match.decision > .allow {
            for glob in rule.globs where glob.pattern.hasPrefix("/") {
                anchored.append((i, glob))
                if glob.isLiteral, !protected.contains(glob.pattern) { protected.append(glob.pattern) }
            }
            for glob in rule.globs where glob.pattern.hasPrefix("**/") {
                let tail = glob.pattern.dropFirst(3).split(separator: "/", omittingEmptySubsequences: true).map { part in
                    part == "**" ? nil : CompiledGlob(String(part), caseInsensitive: glob.caseInsensitive)
                }
                guard let first = tail.first, tail.count > 1 || first == nil else { continue }
                if let segment = first, segment.isLiteral, !segment.caseInsensitive {
                    byFirst[segment.pattern, default: []].append((i, tail))
                } else {
                    others.append((i, tail))
                }
            }
        }
        anchoredFileGlobs = anchored
        spanningByFirstName = byFirst
        spanningOthers = others
        protectedPaths = protected
    }
}
