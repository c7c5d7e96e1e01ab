// A `request:` rule compiled: globs built once, matched against classified request facts.

struct RequestMatcher: Sendable {
    let hosts: [CompiledGlob]
    let methods: Set<String>
    let paths: [CompiledGlob]
    let headers: [(name: String, value: CompiledGlob)]
    let graphqlTypes: Set<GraphQLOperationType>?
    let graphqlFields: [CompiledGlob]?
    let graphqlVerbs: Set<String>
    let awsServices: Set<String>?
    let awsActions: [CompiledGlob]?
    /// Action globs written `!Glob`: an action one of them matches does not match the rule.
    let awsExcludedActions: [CompiledGlob]
    let sqlClasses: Set<OperationClass>?
    let gitPushClasses: Set<OperationClass>?
    let bodySwitchClasses: Set<OperationClass>?

    init(_ spec: RequestSpec) {
        hosts = spec.hosts.map { CompiledGlob($0.lowercased(), pathMode: false, caseInsensitive: true) }
        methods = Set(spec.methods.map { $0.uppercased() })
        paths = spec.paths.map { CompiledGlob($0, pathMode: true, caseInsensitive: true) }
        headers = spec.headers.map { ($0.name.lowercased(), CompiledGlob($0.value, pathMode: false, caseInsensitive: true)) }
        graphqlTypes = spec.graphql.map { Set($0.types) }
        graphqlFields = spec.graphql.map { $0.fields.map { CompiledGlob($0, pathMode: false) } }
        graphqlVerbs = Set(spec.graphql?.verbs ?? [])
        awsServices = spec.aws.map { Set($0.services.map { $0.lowercased() }) }
        awsActions = spec.aws.map { $0.actions.filter { !$0.hasPrefix("!") }.map { CompiledGlob($0, pathMode: false, caseInsensitive: true) } }
        awsExcludedActions = (spec.aws?.actions ?? []).filter { $0.hasPrefix("!") }
            .map { CompiledGlob(String($0.dropFirst()), pathMode: false, caseInsensitive: true) }
        sqlClasses = spec.sql.map { Set($0) }
        gitPushClasses = spec.gitPush.map { Set($0) }
        bodySwitchClasses = spec.bodySwitch.map { Set($0) }
    }

    private func fieldMatches(_ field: String, _ globs: [CompiledGlob]) -> Bool {
        if globs.isEmpty && graphqlVerbs.isEmpty { return true }
        if globs.contains(where: { $0.matches(field) }) { return true }
        guard !graphqlVerbs.isEmpty else { return false }
        let words = Self.words(field)
        return words.contains(where: graphqlVerbs.contains) && !words.contains(where: Self.undoingWords.contains)
    }

    /// Words that turn a destroying verb into its opposite or its guard: `undoDelete`,
    /// `deletedItemsRestore`, `deleteProtectionEnable`, `cancelDeletion`.
    static let undoingWords: Set<String> = ["undo", "restore", "recover", "undelete", "protection", "protect", "cancel", "unarchive"]

    /// `volumeDelete` → [volume, delete]; `delete_users` → [delete, users]; `HTTPDelete` →
    /// [http, delete].
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let scalars = Array(name.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if c == "_" || c == "-" {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                continue
            }
            let upper = isUpperASCII(c)
            let nextLower = i + 1 < scalars.count && !isUpperASCII(scalars[i + 1]) && scalars[i + 1] != "_"
            let previousUpper = i > 0 && isUpperASCII(scalars[i - 1])
            if upper && !current.isEmpty && (!previousUpper || nextLower) {
                words.append(current.lowercased())
                current = ""
            }
            current.unicodeScalars.append(c)
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// The GraphQL root fields (or the AWS action) that made the rule match, for the event;
    /// nil when it does not match.
    func match(_ facts: RequestFacts) -> [String]? {
        let request = facts.request
        if !hosts.isEmpty && !hosts.contains(where: { $0.matches(request.host) }) { return nil }
        // A POST that asks to be a DELETE (X-HTTP-Method-Override, `_method`) is one to a server
        // that honours the override.
        if !methods.isEmpty && !methods.contains(request.method) && !(facts.methodOverride.map(methods.contains) ?? false) { return nil }
        if !paths.isEmpty && !paths.contains(where: { $0.matches(facts.path) }) { return nil }
        for (name, value) in headers where !request.values(name).contains(where: { value.matches($0) }) {
            return nil
        }
        var what: [String] = []
        if let graphqlTypes, let graphqlFields {
            for operation in facts.graphql where graphqlTypes.isEmpty || graphqlTypes.contains(operation.type) {
                for field in operation.fields where fieldMatches(field, graphqlFields) {
                    what.append("\(operation.type.rawValue) \(field)")
                }
            }
            if what.isEmpty { return nil }
        }
        if let awsServices, let awsActions {
            guard let aws = facts.aws, awsServices.isEmpty || awsServices.contains(aws.service),
                awsActions.isEmpty || awsActions.contains(where: { $0.matches(aws.action) }),
                !awsExcludedActions.contains(where: { $0.matches(aws.action) })
            else { return nil }
            what.append("\(aws.service) \(aws.action)")
        }
        if let sqlClasses {
            let statements = facts.sql.map { Operations.sql($0, program: "SQL over HTTP") }.filter { sqlClasses.contains($0.kind) }
            if statements.isEmpty { return nil }
            what += statements.map(\.why)
        }
        if let gitPushClasses {
            guard !facts.gitPush.isEmpty else { return nil }
            let deleted = facts.gitPush.filter(\.deletes).map(\.ref)
            guard gitPushClasses.contains(deleted.isEmpty ? .write : .destroy) else { return nil }
            what.append(deleted.isEmpty ? "git push" : "git push deletes \(deleted.prefix(5).joined(separator: ", "))\(deleted.count > 5 ? " and \(deleted.count - 5) more" : "")")
        }
        if let bodySwitchClasses {
            guard bodySwitchClasses.contains(.destroy), !facts.bodySwitches.isEmpty else { return nil }
            what += facts.bodySwitches
        }
        return what
    }
}

struct RequestRule: Sendable {
    var matcher: RequestMatcher
    var match: RuleMatch
}

@inline(__always) private func isUpperASCII(_ c: Unicode.Scalar) -> Bool { c.value >= 65 && c.value <= 90 }
