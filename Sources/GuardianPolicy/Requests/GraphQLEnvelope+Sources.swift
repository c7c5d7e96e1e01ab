// Reading a GraphQL envelope out of a JSON object or a parameter list.

extension GraphQLExtraction {
    /// A key as a case-insensitive decoder compares it. Go's encoding/json folds case with
    /// Unicode's simple folding, so `ſ` (U+017F) matches `s` and `K` (U+212A) matches `k`:
    /// `"variableſ"` is `variables` to a gqlgen server. Upper then lower case covers those.
    static func foldedKey(_ key: String) -> String {
        key.utf8.allSatisfy { $0 < 0x80 } ? key.lowercased() : key.uppercased().lowercased()
    }

    /// One JSON envelope. Keys are matched without regard to case because some servers do
    /// (Go's encoding/json does), and two keys that would then collide are refused.
    func envelope(_ members: [JSONValue.Member]) throws(RequestRefusal) -> GraphQLEnvelope {
        var fields: [String: JSONValue] = [:]
        for member in members {
            let key = Self.foldedKey(member.key)
            guard Self.envelopeKeys.contains(key) else { continue }
            if fields.updateValue(member.value, forKey: key) != nil {
                throw RequestRefusal(rule: RequestRefusal.jsonDuplicateKey,
                                     reason: "the GraphQL request has two `\(key)` keys that differ only in case")
            }
        }
        var envelope = GraphQLEnvelope()
        envelope.document = fields["query"]?.string
        envelope.operationName = fields["operationname"]?.string
        envelope.variables = try variables(fields["variables"])
        envelope.hasEnvelopeKeys = fields["operationname"] != nil || fields["variables"] != nil || fields["extensions"] != nil
        envelope.persisted = fields["extensions"]?["persistedQuery"] != nil
        envelope.documentID = ["id", "documentid", "queryid", "doc_id"].contains { fields[$0] != nil }
        return envelope
    }

    /// `query`, `operationName`, `variables`, `extensions` as parameters (GET or form body),
    /// each at most once.
    func parameterEnvelope(_ items: [RequestFacts.QueryItem], place: String) throws(RequestRefusal) -> GraphQLEnvelope {
        var envelope = GraphQLEnvelope()
        guard items.contains(where: { Self.parameterNames.contains($0.name) }) else { return envelope }
        envelope.document = try items.single("query", in: place)
        envelope.operationName = try items.single("operationName", in: place)
        let variables = try items.single("variables", in: place)
        let extensions = try items.single("extensions", in: place)
        envelope.variables = try self.variables(variables.map(JSONValue.string))
        envelope.hasEnvelopeKeys = envelope.operationName != nil || variables != nil || extensions != nil
        envelope.persisted = extensions?.contains("persistedQuery") ?? false
        // `?id=` is everywhere; it names a persisted document only beside other GraphQL parameters.
        envelope.documentID = graphqlPath && envelope.hasEnvelopeKeys
            && items.contains { ["id", "documentId", "queryId", "doc_id"].contains($0.name) }
        return envelope
    }

    /// `variables` as an object, or as JSON text holding one (GET, and some clients' bodies).
    /// Text that is not JSON gives no variables (the server will refuse it too); duplicate keys
    /// are refused, since they would bind an argument to a value the server may not use.
    func variables(_ value: JSONValue?) throws(RequestRefusal) -> JSONValue? {
        switch value {
        case .object?: return value
        case .string(let text)?:
            do {
                return try StrictJSON.parse(text, maxDepth: limits.jsonDepth)
            } catch .duplicateKey(let key) {
                throw RequestRefusal(rule: RequestRefusal.jsonDuplicateKey,
                                     reason: "the GraphQL variables have the key \"\(key)\" twice in one object")
            } catch {
                return nil
            }
        default: return nil
        }
    }

    static let envelopeKeys: Set<String> = ["query", "operationname", "variables", "extensions", "id", "documentid", "queryid", "doc_id"]
    static let parameterNames: Set<String> = ["query", "operationName", "variables", "extensions"]
}
