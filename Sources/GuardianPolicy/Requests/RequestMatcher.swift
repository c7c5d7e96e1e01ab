// A `request:` rule compiled: globs built once, matched against classified request facts.

struct RequestMatcher: Sendable {
    let hosts: [CompiledGlob]
    let methods: Set<String>
    let paths: [CompiledGlob]
    let headers: [(name: String, value: CompiledGlob)]
    let graphqlTypes: Set<GraphQLOperationType>?
    let graphqlFields: [CompiledGlob]?
    let awsServices: Set<String>?
    let awsActions: [CompiledGlob]?

    init(_ spec: RequestSpec) {
        hosts = spec.hosts.map { CompiledGlob($0.lowercased(), pathMode: false, caseInsensitive: true) }
        methods = Set(spec.methods.map { $0.uppercased() })
        paths = spec.paths.map { CompiledGlob($0, pathMode: true) }
        headers = spec.headers.map { ($0.name.lowercased(), CompiledGlob($0.value, pathMode: false, caseInsensitive: true)) }
        graphqlTypes = spec.graphql.map { Set($0.types) }
        graphqlFields = spec.graphql.map { $0.fields.map { CompiledGlob($0, pathMode: false) } }
        awsServices = spec.aws.map { Set($0.services.map { $0.lowercased() }) }
        awsActions = spec.aws.map { $0.actions.map { CompiledGlob($0, pathMode: false, caseInsensitive: true) } }
    }

    /// The GraphQL root fields (or the AWS action) that made the rule match, for the event;
    /// nil when it does not match.
    func match(_ facts: RequestFacts) -> [String]? {
        let request = facts.request
        if !hosts.isEmpty && !hosts.contains(where: { $0.matches(request.host) }) { return nil }
        if !methods.isEmpty && !methods.contains(request.method) { return nil }
        if !paths.isEmpty && !paths.contains(where: { $0.matches(facts.path) }) { return nil }
        for (name, value) in headers where !request.values(name).contains(where: { value.matches($0) }) {
            return nil
        }
        var what: [String] = []
        if let graphqlTypes, let graphqlFields {
            for operation in facts.graphql where graphqlTypes.isEmpty || graphqlTypes.contains(operation.type) {
                for field in operation.fields where graphqlFields.isEmpty || graphqlFields.contains(where: { $0.matches(field) }) {
                    what.append("\(operation.type.rawValue) \(field)")
                }
            }
            if what.isEmpty { return nil }
        }
        if let awsServices, let awsActions {
            guard let aws = facts.aws, awsServices.isEmpty || awsServices.contains(aws.service),
                awsActions.isEmpty || awsActions.contains(where: { $0.matches(aws.action) })
            else { return nil }
            what.append("\(aws.service) \(aws.action)")
        }
        return what
    }
}

struct RequestRule: Sendable {
    var matcher: RequestMatcher
    var match: RuleMatch
}
