// The request classifier: from an HTTP request to the facts a request rule decides on — the
// decoded path and query, the GraphQL operations it would run, the AWS action it names — or a
// refusal when the request cannot be read the way the server will read it. Pure and
// synchronous: the proxy calls it once per request, on bytes it owns.
//
// Cost (release, one core): a small mutation ~10 µs; a 64 KiB model API body ~130 µs (checked
// in full, only the GraphQL envelope's keys built); a typical 1 KiB GraphQL query ~100 µs, 70%
// of it GraphQLSwift's parse (a class per token with a weak back-pointer); a 64 KiB document at
// the token bound ~15 ms. The parser recurses per nesting level: at the nesting bound it needs
// between 128 and 256 KiB of stack, so run classification on a thread with at least 512 KiB
// (threads made with default pthread attributes get RLIMIT_STACK, usually 8 MiB).
//
// GraphQL is found by the request's shape, on any host and path (the same mutation sent to a
// loopback port is the same mutation); AWS by the SigV4 credential scope or the endpoint name;
// SQL by the keys and parameters databases' HTTP APIs run, on any host (`SQLInRequests`); a
// git push's ref updates by its command list (`GitPushCommands`).

public struct RequestClassifier: Sendable {
    /// Bounds checked before any parser runs on a document (GraphQLSwift's parser recurses
    /// without a limit, and keeps every token of a document alive until it returns).
    public struct Limits: Sendable, Hashable {
        /// UTF-8 bytes of one GraphQL document.
        public var documentBytes = 65_536
        /// Nesting of `{`, `(` and `[` in a GraphQL document.
        public var documentNesting = 64
        /// Lexical tokens of a GraphQL document, comments included.
        public var documentTokens = 20_000
        /// Nesting of arrays and objects in a JSON body or variables.
        public var jsonDepth = 256
        /// Argument values recorded for one operation (list items and object keys included).
        public var argumentValues = 4_096

        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    public static let standard = RequestClassifier()

    /// Classifies with the standard limits.
    public static func classify(_ request: HTTPRequest) -> Result<RequestFacts, RequestRefusal> {
        standard.classify(request)
    }

    public func classify(_ request: HTTPRequest) -> Result<RequestFacts, RequestRefusal> {
        do throws(RequestRefusal) {
            return .success(try facts(of: request))
        } catch {
            return .failure(error)
        }
    }

    func facts(of request: HTTPRequest) throws(RequestRefusal) -> RequestFacts {
        let (rawPath, rawQuery) = FormEncoding.splitTarget(request.target)
        let path = FormEncoding.percentDecode(rawPath, plusIsSpace: false)
        let query = rawQuery.map { FormEncoding.items($0) } ?? []
        let mediaType = try Self.mediaType(of: request)
        let form = mediaType == "application/x-www-form-urlencoded" ? FormEncoding.items(body: request.body) : nil

        var extraction = GraphQLExtraction(limits: limits, path: path)
        let graphql = try extraction.operations(request: request, mediaType: mediaType, query: query, form: form)
        let aws = try AWSClassification.operation(of: request, path: path, query: query, form: form)
        var facts = RequestFacts(request: request, path: path, query: query, graphql: graphql, aws: aws,
                                 methodOverride: try Self.methodOverride(of: request, query: query, form: form),
                                 sql: SQLInRequests.statements(request, mediaType: mediaType, query: query, form: form, jsonDepth: limits.jsonDepth),
                                 gitPush: try GitPushCommands.updates(request, path: path) ?? [])
        // GraphQL's variables are read by its own rules; its envelope is no switch.
        if graphql.isEmpty {
            facts.bodySwitches = BodySwitches.switches(request, path: path, mediaType: mediaType, jsonDepth: limits.jsonDepth)
        }
        facts.bodySwitches += BodySwitches.querySwitches(method: facts.methodOverride ?? request.method, query: query)
        return facts
    }

    /// The override a request names, if any. Several that disagree are refused: which one a
    /// server honours (if any) is its own choice.
    static func methodOverride(of request: HTTPRequest, query: [RequestFacts.QueryItem],
                               form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> String? {
        var named = ["x-http-method-override", "x-http-method", "x-method-override"].flatMap(request.values)
        named += query.values("_method") + (form?.values("_method") ?? [])
        let methods = Set(named.map { $0.trimmingSpaces().uppercased() }.filter { !$0.isEmpty })
        if methods.count > 1 {
            throw RequestRefusal(rule: RequestRefusal.ambiguousMethod,
                                 reason: "the request names the methods \(methods.sorted().joined(separator: ", ")) as overrides")
        }
        return methods.first
    }

    /// The `Content-Type` media type, lowercase, parameters dropped; nil without one. Two that
    /// disagree are refused: which one a server honours is its own choice.
    static func mediaType(of request: HTTPRequest) throws(RequestRefusal) -> String? {
        let types = Set(request.values("content-type").map { value in
            let type = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return type.trimmingSpaces().lowercased()
        })
        if types.count > 1 {
            throw RequestRefusal(rule: RequestRefusal.ambiguousContentType,
                                 reason: "the request has \(types.count) different Content-Type headers")
        }
        return types.first
    }
}

extension RequestRefusal {
    /// A GraphQL document (or what a GraphQL server would take for one) that does not parse.
    public static let graphqlUnparseable = "request.graphql-unparseable"
    /// A GraphQL document over the size, token or nesting bounds.
    public static let graphqlTooLarge = "request.graphql-too-large"
    /// A persisted-query hash or document id sent without the document.
    public static let graphqlPersistedQuery = "request.graphql-persisted-query"
    /// Several operations and no `operationName` that selects one, or a name that selects none.
    public static let graphqlAmbiguousOperation = "request.graphql-ambiguous-operation"
    /// A document with fragments only, or type definitions only.
    public static let graphqlNoOperation = "request.graphql-no-operation"
    /// A GraphQL multipart upload (`operations` in a multipart body), not read in this version.
    public static let graphqlMultipart = "request.graphql-multipart"
    /// The same key twice in a JSON object (or GraphQL envelope keys differing only in case).
    public static let jsonDuplicateKey = "request.json-duplicate-key"
    /// A body declared as JSON that is not JSON, or JSON nested past the bound.
    public static let jsonInvalid = "request.json-invalid"
    /// `query`, `operationName`, `variables`, `extensions` or `Action` given more than once.
    public static let duplicateParameter = "request.duplicate-parameter"
    /// Method overrides (`X-HTTP-Method-Override`, `_method`) that disagree.
    public static let ambiguousMethod = "request.ambiguous-method"
    /// Content-Type headers that disagree.
    public static let ambiguousContentType = "request.ambiguous-content-type"
    /// AWS request naming its action in more than one way, with different answers.
    public static let awsAmbiguousAction = "request.aws-ambiguous-action"
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
