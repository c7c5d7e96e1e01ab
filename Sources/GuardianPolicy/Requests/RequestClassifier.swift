// TEMPORARY stand-in until the classifier lands.
public enum RequestClassifier {
    public static func classify(_ request: HTTPRequest) -> Result<RequestFacts, RequestRefusal> {
        let path = String(request.target.prefix { $0 != "?" })
        return .success(RequestFacts(request: request, path: path))
    }
}
