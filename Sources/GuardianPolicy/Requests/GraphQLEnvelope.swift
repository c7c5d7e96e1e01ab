// Where a request carries GraphQL: the envelopes servers accept, found by shape on any path.
//   - a JSON object with a string `query`, or an array of them (a batch: every item counts);
//   - `application/graphql`: the body is the document;
//   - a `query` parameter in the target (GET) or in an `application/x-www-form-urlencoded` body;
//   - on a path that names GraphQL, any other body is read as a document.
// Some servers (express-graphql and its descendants) take each of `query`, `operationName` and
// `variables` from the body or else from the target, so the two are merged, and a parameter
// given in both with different values is refused.
// A `query` that is plainly not a document (`{"query":"red shoes"}` to a search API) is not
// GraphQL: every operation has a selection set, so a string without `{` runs nothing.

/// One document to run, with what selects and feeds its operation.
struct GraphQLRequestItem {
    var document: String
    var operationName: String?
    var variables: JSONValue?
}

/// The GraphQL parameters one part of a request gives (the target, a body, a batch item).
struct GraphQLEnvelope {
    var document: String?
    var operationName: String?
    var variables: JSONValue?
    /// `extensions.persistedQuery`, or a document id (`id`, `documentId`, `queryId`, `doc_id`).
    var persisted = false
    var documentID = false
    /// `operationName`, `variables` or `extensions` present: the sender means GraphQL.
    var hasEnvelopeKeys = false

    /// `self` completed from `other`; a parameter both give with different values is refused.
    func merged(with other: GraphQLEnvelope) throws(RequestRefusal) -> GraphQLEnvelope {
        func pick<T: Equatable>(_ a: T?, _ b: T?, _ name: String) throws(RequestRefusal) -> T? {
            if let a, let b, a != b {
                throw RequestRefusal(rule: RequestRefusal.duplicateParameter,
                                     reason: "the target and the body give different GraphQL `\(name)`; servers differ on which one they use")
            }
            return a ?? b
        }
        return GraphQLEnvelope(document: try pick(document, other.document, "query"),
                               operationName: try pick(operationName, other.operationName, "operationName"),
                               variables: try pick(variables, other.variables, "variables"),
                               persisted: persisted || other.persisted, documentID: documentID || other.documentID,
                               hasEnvelopeKeys: hasEnvelopeKeys || other.hasEnvelopeKeys)
    }
}

extension GraphQLExtraction {
    func items(request: HTTPRequest, mediaType: String?, query: [RequestFacts.QueryItem],
               form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> [GraphQLRequestItem] {
        let target = try parameterEnvelope(query, place: "query string")
        var bodies: [GraphQLEnvelope] = []
        if !request.body.isEmpty {
            if mediaType == "application/graphql" {
                bodies.append(GraphQLEnvelope(document: String(decoding: request.body, as: UTF8.self)))
            }
            if let form { bodies.append(try parameterEnvelope(form, place: "form body")) }
            if let mediaType, mediaType.hasPrefix("multipart/"),
               graphqlPath || request.body.contains(subsequence: Array(#"name="operations""#.utf8)) {
                // The GraphQL multipart request spec puts the operations in a part named `operations`.
                throw RequestRefusal(rule: RequestRefusal.graphqlMultipart,
                                     reason: "a GraphQL multipart upload is not inspected; send the operation as JSON")
            }
            // A body that starts like JSON is read as JSON whatever its declared type: servers
            // that sniff the body would.
            switch try jsonBody(request.body, mediaType: mediaType) {
            case .array(let values)?:
                // A batch: every item stands alone, and none is merged with the target.
                for case .object(let members) in values { bodies.append(try envelope(members)) }
                var items: [GraphQLRequestItem] = []
                for envelope in [target] + bodies {
                    if let item = try item(envelope) { items.append(item) }
                }
                return items
            case .object(let members)?:
                bodies.append(try envelope(members))
            default:
                if graphqlPath, bodies.isEmpty, mediaType?.hasPrefix("multipart/") != true {
                    bodies.append(GraphQLEnvelope(document: String(decoding: request.body, as: UTF8.self)))
                }
            }
        }
        // Only what could be GraphQL is merged: `?query=red+shoes` on a search endpoint says
        // nothing about a JSON body's `query`.
        var merged = isCandidate(target) ? target : GraphQLEnvelope()
        for body in bodies where isCandidate(body) { merged = try body.merged(with: merged) }
        return try item(merged).map { [$0] } ?? []
    }

    func isCandidate(_ envelope: GraphQLEnvelope) -> Bool {
        envelope.hasEnvelopeKeys || envelope.persisted || envelope.documentID
            || envelope.document.map { graphqlPath || Self.looksLikeDocument($0) } ?? false
    }

    /// The document to run, if the envelope holds GraphQL; a refusal for a persisted query.
    func item(_ envelope: GraphQLEnvelope) throws(RequestRefusal) -> GraphQLRequestItem? {
        if let document = envelope.document {
            guard graphqlPath || envelope.hasEnvelopeKeys || Self.looksLikeDocument(document) else { return nil }
            return GraphQLRequestItem(document: document, operationName: envelope.operationName, variables: envelope.variables)
        }
        if envelope.persisted || (envelope.documentID && (graphqlPath || envelope.hasEnvelopeKeys)) {
            throw RequestRefusal(
                rule: RequestRefusal.graphqlPersistedQuery,
                reason: "a persisted GraphQL query (hash or document id) without its document cannot be inspected; send the document")
        }
        return nil
    }

    /// The body as JSON when it is JSON: declared so, or starting like JSON. Invalid JSON that
    /// was declared as JSON is refused; anything else that does not parse is simply not JSON
    /// (on a GraphQL path it is then read as a document, and must parse as one: `{ me }` does).
    func jsonBody(_ body: [UInt8], mediaType: String?) throws(RequestRefusal) -> JSONValue? {
        let declared = mediaType.map { $0 == "application/json" || $0.hasSuffix("+json") } ?? false
        guard declared || Self.startsLikeJSON(body) else { return nil }
        do {
            // Only the envelope's own keys are built; the rest of the body is checked, not kept.
            return try StrictJSON.parse(body, maxDepth: limits.jsonDepth) { Self.envelopeKeys.contains(Self.foldedKey($0)) }
        } catch .duplicateKey(let key) {
            throw RequestRefusal(rule: RequestRefusal.jsonDuplicateKey,
                                 reason: "the JSON body has the key \"\(key)\" twice in one object; servers differ on which one they use")
        } catch {
            guard declared else { return nil }
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
