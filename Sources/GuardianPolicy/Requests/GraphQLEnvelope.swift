// Where a request carries GraphQL: the envelopes servers accept, found by shape on any path.
//   - a JSON object with a string `query`, or an array of them (a batch: every item counts);
//   - `application/graphql`: the body is the document;
//   - a `query` parameter in the target (GET) or in an `application/x-www-form-urlencoded` body;
//   - on a path that names GraphQL, any other body is read as a document.
// A `query` that is plainly not a document (`{"query":"red shoes"}` to a search API) is not
// GraphQL: every operation has a selection set, so a string without `{` runs nothing.

/// One document to run, with what selects and feeds its operation.
struct GraphQLRequestItem {
    var document: String
    var operationName: String?
    var variables: JSONValue?
}

extension GraphQLExtraction {
    func items(request: HTTPRequest, mediaType: String?, query: [RequestFacts.QueryItem],
               form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> [GraphQLRequestItem] {
        var items: [GraphQLRequestItem] = []
        if let item = try parameterItem(query, place: "query string") { items.append(item) }
        guard !request.body.isEmpty else { return items }

        if mediaType == "application/graphql" {
            items.append(.init(document: String(decoding: request.body, as: UTF8.self)))
        } else if let form {
            if let item = try parameterItem(form, place: "form body") { items.append(item) }
        } else if let mediaType, mediaType.hasPrefix("multipart/") {
            // The GraphQL multipart request spec puts the operations in a part named `operations`.
            if graphqlPath || request.body.contains(subsequence: Array(#"name="operations""#.utf8)) {
                throw RequestRefusal(rule: RequestRefusal.graphqlMultipart,
                                     reason: "a GraphQL multipart upload is not inspected; send the operation as JSON")
            }
        } else if let json = try jsonBody(request.body, mediaType: mediaType) {
            items += try jsonItems(json)
        } else if graphqlPath {
            items.append(.init(document: String(decoding: request.body, as: UTF8.self)))
        }
        return items
    }

    /// The body as JSON when it is JSON: declared so, or starting like JSON. Invalid JSON that
    /// was declared as JSON (or sent to a GraphQL path) is refused; anything else that does not
    /// parse is simply not JSON.
    func jsonBody(_ body: [UInt8], mediaType: String?) throws(RequestRefusal) -> JSONValue? {
        let declared = mediaType.map { $0 == "application/json" || $0.hasSuffix("+json") } ?? false
        guard declared || Self.startsLikeJSON(body) else { return nil }
        do {
            return try StrictJSON.parse(body, maxDepth: limits.jsonDepth)
        } catch .duplicateKey(let key) {
            throw RequestRefusal(rule: RequestRefusal.jsonDuplicateKey,
                                 reason: "the JSON body has the key \"\(key)\" twice in one object; servers differ on which one they use")
        } catch {
            guard declared || graphqlPath else { return nil }
            throw RequestRefusal(rule: RequestRefusal.jsonInvalid, reason: "the JSON body cannot be read (\(error))")
        }
    }

    static func startsLikeJSON(_ body: [UInt8]) -> Bool {
        for byte in body {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    func jsonItems(_ json: JSONValue) throws(RequestRefusal) -> [GraphQLRequestItem] {
        switch json {
        case .object(let members):
            return try envelopeItem(members).map { [$0] } ?? []
        case .array(let values):
            var items: [GraphQLRequestItem] = []
            for case .object(let members) in values {
                if let item = try envelopeItem(members) { items.append(item) }
            }
            return items
        default:
            return []
        }
    }

    /// One JSON envelope. Keys are matched without regard to case because some servers do
    /// (Go's encoding/json does), and two keys that would then collide are refused.
    func envelopeItem(_ members: [JSONValue.Member]) throws(RequestRefusal) -> GraphQLRequestItem? {
        var fields: [String: JSONValue] = [:]
        for member in members {
            let key = member.key.lowercased()
            guard Self.envelopeKeys.contains(key) else { continue }
            if fields.updateValue(member.value, forKey: key) != nil {
                throw RequestRefusal(rule: RequestRefusal.jsonDuplicateKey,
                                     reason: "the GraphQL request has two `\(key)` keys that differ only in case")
            }
        }
        let operationName = fields["operationname"]?.string
        let hasEnvelope = fields["operationname"] != nil || fields["variables"] != nil || fields["extensions"] != nil
        if case .string(let document)? = fields["query"] {
            guard graphqlPath || hasEnvelope || Self.looksLikeDocument(document) else { return nil }
            return .init(document: document, operationName: operationName, variables: try variables(fields["variables"]))
        }
        let persisted = fields["extensions"]?["persistedQuery"] != nil
            || (["id", "documentid", "queryid", "doc_id"].contains { fields[$0] != nil } && (graphqlPath || hasEnvelope))
        if persisted { throw Self.persistedRefusal }
        return nil
    }

    /// `query`, `operationName`, `variables`, `extensions` as parameters (GET or form body).
    func parameterItem(_ items: [RequestFacts.QueryItem], place: String) throws(RequestRefusal) -> GraphQLRequestItem? {
        guard items.contains(where: { Self.parameterNames.contains($0.name) }) else { return nil }
        let document = try items.single("query", in: place)
        let operationName = try items.single("operationName", in: place)
        let variables = try items.single("variables", in: place)
        let extensions = try items.single("extensions", in: place)
        if let document {
            guard graphqlPath || Self.looksLikeDocument(document) else { return nil }
            return .init(document: document, operationName: operationName, variables: try self.variables(variables.map(JSONValue.string)))
        }
        if let extensions, extensions.contains("persistedQuery") { throw Self.persistedRefusal }
        if graphqlPath, items.contains(where: { ["id", "documentId", "queryId", "doc_id"].contains($0.name) }),
           operationName != nil || variables != nil {
            throw Self.persistedRefusal
        }
        return nil
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
    static let persistedRefusal = RequestRefusal(
        rule: RequestRefusal.graphqlPersistedQuery,
        reason: "a persisted GraphQL query (hash or document id) without its document cannot be inspected; send the document")
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        while i <= count - needle.count {
            if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
