// Which AWS API a request calls. The service and region come from the SigV4 credential scope
// when the request is signed (header or presigned query), so the same call to any endpoint —
// a VPC endpoint, LocalStack on loopback, an S3-compatible store — is named the same; otherwise
// from an `*.amazonaws.com` host. The action comes from the service's protocol:
//   query (RDS, IAM, EC2, …)   `Action=DeleteDBInstance` in the form body or the query string
//   JSON (DynamoDB, SQS, …)    `X-Amz-Target: DynamoDB_20120810.DeleteTable`
//   rpc-v2-cbor (CloudWatch)   `POST /service/<ServiceName>/operation/DeleteAlarms`
//   REST (S3, Lambda)          method and path; other REST services get the method alone.

enum AWSClassification {
    struct Identity: Equatable {
        var service: String
        var region: String?
    }

    static func operation(of request: HTTPRequest, path: String, query: [RequestFacts.QueryItem],
                          form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> AWSOperation? {
        let endpoint = AWSEndpoint(host: request.host)
        let scope = request.values("authorization").lazy.compactMap(credentialScope(authorization:)).first
            ?? query.values("X-Amz-Credential").lazy.compactMap(credentialScope(credential:)).first
        guard let identity = scope ?? endpoint.map({ Identity(service: $0.service, region: $0.region) }) else {
            return nil
        }
        let action: String
        switch identity.service {
        case "s3", "s3-object-lambda", "s3express":
            action = S3Routes.action(method: request.method, path: path, query: query, request: request,
                                     bucketInHost: endpoint?.service == "s3" ? endpoint?.bucket : nil)
        case "lambda":
            action = LambdaRoutes.action(method: request.method, path: path) ?? request.method
        default:
            action = try rpcAction(request: request, path: path, query: query, form: form) ?? request.method
        }
        return AWSOperation(service: identity.service, action: action, region: identity.region)
    }

    /// The action of a query, JSON or rpc-v2-cbor request. A request that names its action in
    /// two ways is refused unless both agree: the service reads only one of them, and which one
    /// depends on its protocol.
    static func rpcAction(request: HTTPRequest, path: String, query: [RequestFacts.QueryItem],
                          form: [RequestFacts.QueryItem]?) throws(RequestRefusal) -> String? {
        var names: [String] = []
        let targets = request.values("x-amz-target")
        if targets.count > 1 {
            throw RequestRefusal(rule: RequestRefusal.awsAmbiguousAction, reason: "the request has \(targets.count) X-Amz-Target headers")
        }
        if let target = targets.first {
            names.append(String(target.split(separator: ".").last ?? ""))
        }
        if let action = try query.single("Action", in: "query string") { names.append(action) }
        if let action = try form?.single("Action", in: "form body") { names.append(action) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        if segments.count == 4, segments[0] == "service", segments[2] == "operation" {
            names.append(String(segments[3]))
        }
        let distinct = Set(names.map { $0.trimmingSpaces() })
        if distinct.count > 1 {
            throw RequestRefusal(rule: RequestRefusal.awsAmbiguousAction,
                                 reason: "the request names the actions \(distinct.sorted().joined(separator: ", "))")
        }
        return distinct.first.map(String.init)
    }

    /// `AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/rds/aws4_request, SignedHeaders=…`,
    /// and SigV4a's `AWS4-ECDSA-P256-SHA256 Credential=AKID/20250101/s3/aws4_request` (no region).
    static func credentialScope(authorization: String) -> Identity? {
        let trimmed = authorization.trimmingSpaces()
        guard trimmed.hasPrefix("AWS4-") else { return nil }
        for part in trimmed.split(whereSeparator: { $0 == "," || $0 == " " }) where part.hasPrefix("Credential=") {
            return credentialScope(credential: String(part.dropFirst("Credential=".count)))
        }
        return nil
    }

    /// `AKID/20250101/us-east-1/rds/aws4_request` (an `X-Amz-Credential` value, decoded).
    static func credentialScope(credential: String) -> Identity? {
        let parts = credential.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.last == "aws4_request" else { return nil }
        switch parts.count {
        case 5 where !parts[3].isEmpty: return Identity(service: parts[3].lowercased(), region: parts[2].isEmpty ? nil : String(parts[2]))
        case 4 where !parts[2].isEmpty: return Identity(service: parts[2].lowercased(), region: nil)
        default: return nil
        }
    }
}
