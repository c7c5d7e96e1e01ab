// What a request rule sees: an HTTP request as Guardian's proxy parsed it, and the facts the
// classifier derives from it. Plain values, owned by Guardian; the bytes forwarded upstream are
// exactly the ones classified here.

/// One HTTP request, framed by the proxy with its body already decoded (`Content-Encoding`
/// removed, chunks joined). Header names are lowercase; the order is the order sent.
public struct HTTPRequest: Sendable, Hashable {
    /// `http` or `https`.
    public var scheme: String
    /// Lowercase, without port or trailing dot. For a connection with no name (an IP literal
    /// and no `Host`/SNI) the address as text.
    public var host: String
    public var port: Int
    /// Uppercase (`POST`).
    public var method: String
    /// The request target as sent, origin-form: path and query (`/graphql/v2?x=1`).
    public var target: String
    public var headers: [Header]
    public var body: [UInt8]

    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name.lowercased()
            self.value = value
        }
    }

    public init(scheme: String, host: String, port: Int, method: String, target: String, headers: [Header] = [], body: [UInt8] = []) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.method = method.uppercased()
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// A WebSocket upgrade (`Upgrade: websocket`): the proxy lets no other upgrade reach a rule.
    public var isWebSocketUpgrade: Bool {
        values("upgrade").contains { $0.lowercased().contains("websocket") }
    }

    /// Every value of a header, in order.
    public func values(_ name: String) -> [String] {
        headers.lazy.filter { $0.name == name }.map(\.value)
    }
}

public enum GraphQLOperationType: String, Sendable, Hashable, CaseIterable {
    case query, mutation, subscription
}

/// One GraphQL operation a request would run: its type and the *names* of its root fields
/// (never aliases), with fragments on the root type expanded.
public struct GraphQLOperation: Sendable, Hashable {
    public var type: GraphQLOperationType
    public var name: String?
    public var fields: [String]
    /// Scalar arguments of the root fields as `field.argument` (nested input objects as
    /// `field.input.key`) → value as written, variables substituted when the request carries
    /// them. Used to bind a request to the environment or project it names.
    public var arguments: [String: String]

    public init(type: GraphQLOperationType, name: String? = nil, fields: [String], arguments: [String: String] = [:]) {
        self.type = type
        self.name = name
        self.fields = fields
        self.arguments = arguments
    }
}

/// An AWS API call, from the SigV4 credential scope or the endpoint, and the protocol's way
/// of naming the action (`Action=`, `X-Amz-Target`, or method and path for REST services).
public struct AWSOperation: Sendable, Hashable {
    /// Lowercase signing name: `rds`, `s3`, `dynamodb`, `lambda`, `ec2`.
    public var service: String
    /// The API's operation name: `DeleteDBInstance`, `DeleteBucket`, `DeleteTable`.
    public var action: String
    public var region: String?

    public init(service: String, action: String, region: String? = nil) {
        self.service = service
        self.action = action
        self.region = region
    }
}

/// What the classifier found in a request.
public struct RequestFacts: Sendable, Hashable {
    public var request: HTTPRequest
    /// The path without query, percent-decoded once.
    public var path: String
    /// Query parameters in order, percent-decoded.
    public var query: [QueryItem]
    /// The GraphQL operations the request would run, every batch item's; empty when the
    /// request carries no GraphQL.
    public var graphql: [GraphQLOperation]
    public var aws: AWSOperation?
    /// The method a server that honours overrides would run instead of `request.method`:
    /// `X-HTTP-Method-Override` (or `X-HTTP-Method`, `X-Method-Override`) or a `_method`
    /// parameter in the query or a form body (Rails, Laravel, Express's method-override).
    /// Uppercase; nil when the request names none. A rule on the method matches both.
    public var methodOverride: String?
    /// The SQL statements the request carries to a database over HTTP (`SQLInRequests`): texts
    /// under the keys and parameters databases' APIs run, or a text body, each opening like SQL.
    public var sql: [String]
    /// The ref updates of a git push over smart HTTP (`GitPushCommands`); empty for any other
    /// request.
    public var gitPush: [GitRefUpdate]
    /// The switches of a JSON body that make the request destroy all it acts on
    /// (`BodySwitches`): `deleteAll: true`, `action: terminate`.
    public var bodySwitches: [String] = []

    public struct QueryItem: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) { self.name = name; self.value = value }
    }

    public init(request: HTTPRequest, path: String, query: [QueryItem] = [], graphql: [GraphQLOperation] = [], aws: AWSOperation? = nil,
                methodOverride: String? = nil, sql: [String] = [], gitPush: [GitRefUpdate] = []) {
        self.request = request
        self.path = path
        self.query = query
        self.graphql = graphql
        self.aws = aws
        self.methodOverride = methodOverride
        self.sql = sql
        self.gitPush = gitPush
    }
}

/// A request Guardian refuses to classify, and so refuses to forward: a GraphQL document it
/// cannot parse, duplicate JSON keys, a persisted-query hash without its document, a body
/// over the size or depth bounds. `rule` is the id events and the 403 carry.
public struct RequestRefusal: Error, Sendable, Hashable {
    public var rule: String
    public var reason: String

    public init(rule: String, reason: String) {
        self.rule = rule
        self.reason = reason
    }
}
