import GraphQL

// From GraphQL documents to the operations a server would run: the one `operationName`
// selects, its type, and the *names* of its root fields (an alias is the client's label for a
// result, the name is what runs: `x: volumeDelete` is a volumeDelete), through inline fragments
// and fragment spreads, with the arguments of each root field.

struct GraphQLExtraction {
    let limits: RequestClassifier.Limits
    /// The path names GraphQL: any body there is read as GraphQL, and must parse.
    let graphqlPath: Bool

    init(limits: RequestClassifier.Limits, path: String) {
        self.limits = limits
        self.graphqlPath = path.lowercased().contains("graphql")
    }

    mutating func operations(request: HTTPRequest, mediaType: String?, query: [RequestFacts.QueryItem],
                             form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> [GraphQLOperation] {
        var operations: [GraphQLOperation] = []
        for item in try items(request: request, mediaType: mediaType, query: query, form: form) {
            operations += try self.operations(of: item)
        }
        return operations
    }

    /// The selected operation of one item, as one value or, when its root fields disagree on an
    /// argument, as several (see `GraphQLRootFields.grouped`).
    func operations(of item: GraphQLRequestItem) throws(RequestRefusal) -> [GraphQLOperation] {
        _ = try GraphQLDocumentScan(item.document, limits: limits)
        let document: Document
        do {
            document = try parse(source: item.document, noLocation: true)
        } catch {
            throw RequestRefusal(rule: RequestRefusal.graphqlUnparseable,
                                 reason: "the GraphQL document does not parse: \(Self.firstLine(of: error))")
        }
        var operations: [OperationDefinition] = []
        var fragments: [String: FragmentDefinition] = [:]
        for definition in document.definitions {
            if let operation = definition as? OperationDefinition {
                operations.append(operation)
            } else if let fragment = definition as? FragmentDefinition {
                if fragments.updateValue(fragment, forKey: fragment.name.value) != nil {
                    throw Self.unparseable("the fragment `\(fragment.name.value)` is defined twice")
                }
            }
        }
        let operation = try Self.select(operations, name: item.operationName)
        var roots = GraphQLRootFields(fragments: fragments, limits: limits,
                                      variables: Self.variableValues(operation, item.variables))
        try roots.collect(operation.selectionSet)
        let type = GraphQLOperationType(rawValue: operation.operation.rawValue) ?? .mutation
        return roots.grouped().map {
            GraphQLOperation(type: type, name: operation.name?.value, fields: $0.fields, arguments: $0.arguments)
        }
    }

    /// The operation a spec-following server runs: the one named by `operationName`, or the
    /// only one when no name is given.
    static func select(_ operations: [OperationDefinition], name: String?) throws(RequestRefusal) -> OperationDefinition {
        if operations.isEmpty {
            throw RequestRefusal(rule: RequestRefusal.graphqlNoOperation, reason: "the GraphQL document defines no operation")
        }
        if let name {
            let named = operations.filter { $0.name?.value == name }
            guard named.count == 1 else {
                throw RequestRefusal(rule: RequestRefusal.graphqlAmbiguousOperation,
                                     reason: "operationName `\(name)` names \(named.count) of the document's \(operations.count) operations")
            }
            return named[0]
        }
        guard operations.count == 1 else {
            throw RequestRefusal(rule: RequestRefusal.graphqlAmbiguousOperation,
                                 reason: "the GraphQL document has \(operations.count) operations and no operationName")
        }
        return operations[0]
    }

    /// The request's variables, with the operation's defaults for those it does not send.
    static func variableValues(_ operation: OperationDefinition, _ sent: JSONValue?) -> [String: GraphQLArgumentValue] {
        var values: [String: GraphQLArgumentValue] = [:]
        for definition in operation.variableDefinitions {
            if let value = definition.defaultValue {
                values[definition.variable.name.value] = .literal(value)
            }
        }
        if case .object(let members)? = sent {
            for member in members { values[member.key] = .json(member.value) }
        }
        return values
    }

    static func unparseable(_ what: String) -> RequestRefusal {
        RequestRefusal(rule: RequestRefusal.graphqlUnparseable, reason: "the GraphQL document is not valid: \(what)")
    }

    static func firstLine(of error: any Error) -> String {
        let text = (error as? GraphQLError)?.message ?? "\(error)"
        return String(text.split(separator: "\n", maxSplits: 1).first ?? "")
    }
}
