// Resolving `extends`: a profile sees the rules, targets and environments of everything it
// extends, then applies its own `disable` and `decisions`.

struct ComposedProfile: Sendable {
    var name: String
    var description: String
    var environment: String
    var environments: [(name: String, kinds: [(kind: String, patterns: [String])])] = []
    var defaults = ProfileDefaults()
    var rules: [RuleSpec] = []
    var targets: [TargetSpec] = []
    var credentials: [CredentialBindingSpec] = []
    /// Files on disk this profile was read from (built-in profiles have none).
    var files: [String] = []
}

struct ProfileComposer {
    var library: ProfileLibrary
    private var cache: [String: ComposedProfile] = [:]

    init(library: ProfileLibrary) { self.library = library }

    /// `reference` is a profile name, or a path to a file.
    mutating func compose(_ reference: String, from: String? = nil, stack: [String] = []) throws -> ComposedProfile {
        let source = try library.locate(reference, relativeTo: from)
        if let cached = cache[source.file] { return cached }
        if stack.contains(source.file) {
            throw PolicyError("profile '\(reference)' extends itself: \((stack + [source.file]).joined(separator: " → "))")
        }
        let document = try ProfileLibrary.document(source)
        var result = ComposedProfile(name: document.name, description: document.description, environment: "")
        for parent in document.extends {
            let base: ComposedProfile
            do {
                base = try compose(parent.value, from: source.isBuiltin ? nil : source.file, stack: stack + [source.file])
            } catch let error as PolicyError where error.location == nil {
                throw PolicyError(error.message, at: parent.location)
            }
            result.merge(base)
        }
        if let env = document.environment { result.environment = env }
        if result.environment.isEmpty { result.environment = "dev" }
        // The profile's own recognition of environments comes first: it wins over what it extends.
        result.environments = document.environments + result.environments
        if let d = document.defaults.otherEnvironment { result.defaults.otherEnvironment = d }
        if let d = document.defaults.ownCredentials { result.defaults.ownCredentials = d }
        if let r = document.defaults.reachable { result.defaults.reachable = r }
        if let t = document.defaults.askTimeout { result.defaults.askTimeout = t }
        if let n = document.defaults.notify { result.defaults.notify = n }
        if let u = document.defaults.userNamespaces { result.defaults.userNamespaces = u }
        // Secret variable patterns accumulate along `extends`: a profile can add, not remove.
        if let w = document.defaults.withholdVariables { result.defaults.withholdVariables = (result.defaults.withholdVariables ?? []) + w }
        if let p = document.defaults.passVariables { result.defaults.passVariables = (result.defaults.passVariables ?? []) + p }
        result.targets += document.targets
        // A profile's own bindings are tried first.
        result.credentials = document.credentials + result.credentials
        if let u = document.defaults.unregisteredCredentials { result.defaults.unregisteredCredentials = u }
        for rule in document.rules {
            // A rule with the id of an inherited one replaces it.
            if let i = result.rules.firstIndex(where: { $0.id == rule.id }) { result.rules[i] = rule } else { result.rules.append(rule) }
        }
        let disabled = document.disable.map { CompiledGlob($0, pathMode: false) }
        result.rules.removeAll { rule in disabled.contains { $0.matches(rule.id) } }
        for (key, decision) in document.decisions {
            let glob = CompiledGlob(key, pathMode: false)
            for i in result.rules.indices where result.rules[i].tags.contains(key) || glob.matches(result.rules[i].id) {
                result.rules[i].decision = decision
            }
        }
        if !source.isBuiltin { result.files.insert(source.file, at: 0) }
        cache[source.file] = result
        return result
    }
}

extension ComposedProfile {
    mutating func merge(_ base: ComposedProfile) {
        environment = base.environment
        environments += base.environments
        if let d = base.defaults.otherEnvironment { defaults.otherEnvironment = d }
        if let d = base.defaults.ownCredentials { defaults.ownCredentials = d }
        if let r = base.defaults.reachable { defaults.reachable = r }
        if defaults.askTimeout == nil, let t = base.defaults.askTimeout { defaults.askTimeout = t }
        if defaults.notify == nil, let n = base.defaults.notify { defaults.notify = n }
        if defaults.userNamespaces == nil, let u = base.defaults.userNamespaces { defaults.userNamespaces = u }
        if let w = base.defaults.withholdVariables { defaults.withholdVariables = w + (defaults.withholdVariables ?? []) }
        if let p = base.defaults.passVariables { defaults.passVariables = p + (defaults.passVariables ?? []) }
        for rule in base.rules where !rules.contains(where: { $0.id == rule.id }) { rules.append(rule) }
        for target in base.targets where !targets.contains(where: { $0.location == target.location }) { targets.append(target) }
        for binding in base.credentials where !credentials.contains(where: { $0.location == binding.location }) { credentials.append(binding) }
        if let u = base.defaults.unregisteredCredentials { defaults.unregisteredCredentials = u }
        for file in base.files where !files.contains(file) { files.append(file) }
    }
}
