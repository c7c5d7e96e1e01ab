import GraphQL

/// A variable's value: what the request sent (JSON), or the operation's default (a literal).
enum GraphQLArgumentValue {
    case json(JSONValue)
    case literal(any Value)
}

/// The root fields of one operation, each with its arguments flattened to `field.arg` (input
/// objects as `field.arg.key`, list items as `field.arg.0`) → value text.
struct GraphQLRootFields {
    let fragments: [String: FragmentDefinition]
    let limits: RequestClassifier.Limits
    let variables: [String: GraphQLArgumentValue]
    private(set) var occurrences: [(name: String, arguments: [String: String])] = []
    /// Fragments already expanded on the root. A second spread of one adds no field, so it is
    /// not walked again: cycles end, and `...A ...A` nested n deep stays linear.
    private var expanded: Set<String> = []
    private var valueCount = 0

    init(fragments: [String: FragmentDefinition], limits: RequestClassifier.Limits, variables: [String: GraphQLArgumentValue]) {
        self.fragments = fragments
        self.limits = limits
        self.variables = variables
    }

    mutating func collect(_ selectionSet: SelectionSet) throws(RequestRefusal) {
        for selection in selectionSet.selections {
            switch selection {
            case let field as Field:
                // `__typename` asks for the root type's name and runs nothing.
                if field.name.value == "__typename" { continue }
                var arguments: [String: String] = [:]
                for argument in field.arguments {
                    try flatten(argument.value, key: "\(field.name.value).\(argument.name.value)", into: &arguments)
                }
                occurrences.append((field.name.value, arguments))
            case let inline as InlineFragment:
                try collect(inline.selectionSet)
            case let spread as FragmentSpread:
                let name = spread.name.value
                guard let fragment = fragments[name] else {
                    throw GraphQLExtraction.unparseable("the fragment `\(name)` is not defined")
                }
                if expanded.insert(name).inserted { try collect(fragment.selectionSet) }
            default:
                throw GraphQLExtraction.unparseable("a selection of an unknown kind")
            }
        }
    }

    private mutating func flatten(_ value: any Value, key: String, into arguments: inout [String: String]) throws(RequestRefusal) {
        switch value {
        case let variable as Variable:
            switch variables[variable.name.value] {
            case .json(let json)?: try flatten(json, key: key, into: &arguments)
            case .literal(let literal)?: try flatten(literal, key: key, into: &arguments)
            case nil: try record("$" + variable.name.value, key: key, into: &arguments)
            }
        case let list as ListValue:
            for (index, item) in list.values.enumerated() { try flatten(item, key: "\(key).\(index)", into: &arguments) }
        case let object as ObjectValue:
            for field in object.fields { try flatten(field.value, key: "\(key).\(field.name.value)", into: &arguments) }
        case let string as StringValue: try record(string.value, key: key, into: &arguments)
        case let int as IntValue: try record(int.value, key: key, into: &arguments)
        case let float as FloatValue: try record(float.value, key: key, into: &arguments)
        case let bool as BooleanValue: try record(bool.value ? "true" : "false", key: key, into: &arguments)
        case let enumeration as EnumValue: try record(enumeration.value, key: key, into: &arguments)
        default: try record("null", key: key, into: &arguments)
        }
    }

    private mutating func flatten(_ json: JSONValue, key: String, into arguments: inout [String: String]) throws(RequestRefusal) {
        switch json {
        case .null: try record("null", key: key, into: &arguments)
        case .bool(let value): try record(value ? "true" : "false", key: key, into: &arguments)
        case .number(let text), .string(let text): try record(text, key: key, into: &arguments)
        case .array(let values):
            for (index, item) in values.enumerated() { try flatten(item, key: "\(key).\(index)", into: &arguments) }
        case .object(let members):
            for member in members { try flatten(member.value, key: "\(key).\(member.key)", into: &arguments) }
        }
    }

    private mutating func record(_ value: String, key: String, into arguments: inout [String: String]) throws(RequestRefusal) {
        valueCount += 1
        if valueCount > limits.argumentValues {
            throw RequestRefusal(rule: RequestRefusal.graphqlTooLarge,
                                 reason: "the GraphQL operation has more than \(limits.argumentValues) argument values")
        }
        // The spec makes argument and input-field names unique; a server that is lenient about
        // it would bind one of the two values, and the rule must see the one it binds.
        if let previous = arguments.updateValue(value, forKey: key), previous != value {
            throw GraphQLExtraction.unparseable("`\(key)` is given twice")
        }
    }

    /// Root fields grouped so that no group has two values for one argument. Usually one group,
    /// all fields; `a: serviceDelete(environmentId: "prod") b: serviceDelete(environmentId: "dev")`
    /// gives two, so a rule that binds on `serviceDelete.environmentId` sees both values.
    /// A field's search starts at the group its previous occurrence went to, so a document of
    /// many aliases of one field (`a1: project(id: 1) a2: project(id: 2) …`) is grouped in
    /// linear time.
    func grouped() -> [(fields: [String], arguments: [String: String])] {
        struct Group {
            var fields: [String] = []
            var names: Set<String> = []
            var arguments: [String: String] = [:]
        }
        var groups: [Group] = [Group()]
        var lastGroup: [String: Int] = [:]
        for occurrence in occurrences {
            var index = lastGroup[occurrence.name] ?? 0
            while index < groups.count, !occurrence.arguments.allSatisfy({ argument in
                groups[index].arguments[argument.key].map { $0 == argument.value } ?? true
            }) {
                index += 1
            }
            if index == groups.count { groups.append(Group()) }
            if groups[index].names.insert(occurrence.name).inserted { groups[index].fields.append(occurrence.name) }
            groups[index].arguments.merge(occurrence.arguments) { first, _ in first }
            lastGroup[occurrence.name] = index
        }
        return groups.map { ($0.fields, $0.arguments) }
    }
}
