import Foundation
import Testing
@testable import GuardianPolicy

/// `credentials:` bindings decide where a secret's real value may replace its stand-in, and
/// the protected-host rule finds credentials in the places requests carry them.
@Suite struct CredentialBindingTests {
    static let prod = "1b2c3d4e-0000-4000-8000-000000000001"
    static let staging = "5f6a7b8c-0000-4000-8000-000000000002"

    static let policy: CompiledPolicy = {
        let dir = NSTemporaryDirectory() + "guardian-cred-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir + "/home", withIntermediateDirectories: true)
        let profile = """
            name: bound
            environment: staging
            extends: [staging]
            environments:
              production: {railway_environment: ["\(prod)"]}
              staging: {railway_environment: ["\(staging)"]}
            credentials:
              - source: [./scripts/domains.sh]
                hosts: ["backboard.railway.*"]
                request: {graphql: {operation: [mutation], fields: ["customDomain*"]}}
                environments: [staging]
              - source: [$DEPLOY_KEY]
                hosts: [deploy.example.com]
                otherwise: deny
            """
        try! profile.write(toFile: dir + "/bound.yaml", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: dir + "/home", projectDirectory: "/work/app", configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        return try! PolicyLoader.compile(dir + "/bound.yaml", context: context).policy
    }()

    static func facts(_ example: String) -> RequestFacts {
        guard let request = RequestExample.parse(example), case .success(let facts) = RequestClassifier.classify(request) else {
            fatalError("example does not parse: \(example)")
        }
        return facts
    }

    static func use(_ source: String, _ detector: String, _ example: String) -> CredentialUse {
        let f = facts(example)
        return policy.credentialUse(source: source, detector: detector, request: f, environment: policy.evaluate(f).environment)
    }

    static let railway = "POST https://backboard.railway.com/graphql/v2"

    @Test func theBoundOperationIsSubstituted() {
        let u = Self.use("/work/app/scripts/domains.sh", "railway-token",
                         #"\#(Self.railway) {"query":"mutation { customDomainCreate(input: {domain: \"a.example\", environmentId: \"\#(Self.staging)\"}) { id } }"}"#)
        guard case .substitute = u else { Issue.record("\(u)"); return }
    }

    @Test func anotherOperationWaitsForAHuman() {
        let u = Self.use("/work/app/scripts/domains.sh", "railway-token", #"\#(Self.railway) {"query":"mutation { volumeDelete(volumeId: \"v\") }"}"#)
        guard case .refuse(let rule) = u else { Issue.record("\(u)"); return }
        #expect(rule.id == "credentials.binding" && rule.decision == .ask)
        #expect(rule.reason.contains("/work/app/scripts/domains.sh") && rule.reason.contains("customDomain*"), "\(rule.reason)")
    }

    @Test func anotherEnvironmentIsDenied() {
        let u = Self.use("/work/app/scripts/domains.sh", "railway-token",
                         #"\#(Self.railway) {"query":"mutation { customDomainCreate(input: {domain: \"a\"}, environmentId: \"\#(Self.prod)\") { id } }"}"#)
        guard case .refuse(let rule) = u else { Issue.record("\(u)"); return }
        #expect(rule.id == "credentials.environment" && rule.decision == .deny, "\(rule)")
    }

    @Test func aBoundSecretGoesNowhereElse() {
        // Bound to Railway: at GitHub (its issuer's host would not matter) it stays a stand-in.
        #expect(Self.use("/work/app/scripts/domains.sh", "railway-token", "GET https://api.github.com/user") == .keep)
        #expect(Self.use("$DEPLOY_KEY", "context-token", "GET https://evil.example.net/x") == .keep)
    }

    @Test func aBindingWithoutRequestCoversEveryRequestToItsHost() {
        // No `request:` in the binding: any request to its host is the bound use.
        guard case .substitute = Self.use("$DEPLOY_KEY", "context-token", "POST https://deploy.example.com/v1/deploy {}") else {
            Issue.record("the bound host"); return
        }
    }

    @Test func withoutABindingTheIssuersHostsOnly() {
        guard case .substitute = Self.use("/home/u/.config/gh/hosts.yml", "github-token", "GET https://api.github.com/user") else {
            Issue.record("github token at api.github.com"); return
        }
        #expect(Self.use("/home/u/.config/gh/hosts.yml", "github-token", "GET https://gitlab.com/api/v4/user") == .keep)
        // A prefix-less token nobody bound has no issuer: it is never sent for real.
        #expect(Self.use("/work/app/.env", "context-token", "GET https://api.example.com/v1") == .keep)
        #expect(Self.use("/work/app/.env", "context-token", "POST https://backboard.railway.com/graphql/v2 {}") == .keep)
        // …unless its variable or its file names the provider.
        guard case .substitute = Self.use("$RAILWAY_TOKEN", "environment", "POST https://backboard.railway.com/graphql/v2 {}"),
              case .substitute = Self.use("/home/u/.railway/config.json", "context-token", "POST https://backboard.railway.app/graphql/v2 {}")
        else { Issue.record("a Railway variable or config at Railway"); return }
        #expect(Self.use("$RAILWAY_TOKEN", "environment", "GET https://api.github.com/user") == .keep)
        // The user's home or project directory named like a provider says nothing.
        #expect(Self.use("/home/railway/work/notes/.env", "context-token", "POST https://backboard.railway.com/graphql/v2 {}") == .keep)
    }

    // MARK: where requests carry credentials

    struct Place: CustomTestStringConvertible, Sendable {
        var example: String
        var place: String?
        var values: [String]
        var testDescription: String { example }
    }

    static let places: [Place] = [
        Place(example: "GET https://api.github.com/user -H 'Authorization: Bearer tok_abcdefgh12345'", place: "authorization", values: ["tok_abcdefgh12345"]),
        Place(example: "GET https://api.github.com/user -H 'Authorization: token ghp_abcdefghij'", place: "authorization", values: ["ghp_abcdefghij"]),
        // `x-access-token:TOKEN`: both halves of Basic count.
        Place(example: "GET https://github.com/acme/app.git/info/refs -H 'Authorization: Basic \(Data("x-access-token:s3cr3t-value-1".utf8).base64EncodedString())'",
              place: "authorization", values: ["x-access-token", "s3cr3t-value-1"]),
        Place(example: "GET https://s3.amazonaws.com/b -H 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261202/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc'",
              place: "authorization", values: ["AKIAIOSFODNN7EXAMPLE"]),
        Place(example: "GET https://api.example.com/v1 -H 'X-Api-Key: k-1234567890'", place: "header x-api-key", values: ["k-1234567890"]),
        Place(example: "GET https://backboard.railway.com/graphql/v2 -H 'Project-Access-Token: 8e1f2a3b-4c5d'", place: "header project-access-token", values: ["8e1f2a3b-4c5d"]),
        Place(example: "GET https://gitlab.com/api/v4/projects?private_token=glpat-abcdefgh", place: "query private_token", values: ["glpat-abcdefgh"]),
        // Not credentials: a short query value, a cookie, ordinary headers.
        Place(example: "GET https://api.example.com/v1?token=abc", place: nil, values: []),
        Place(example: "GET https://api.example.com/v1 -H 'Cookie: session=abcdefghijkl' -H 'Accept: application/json'", place: nil, values: []),
    ]

    @Test(arguments: places) func credentialsAreFoundWhereRequestsCarryThem(_ p: Place) {
        let found = RequestCredentials.find(in: Self.facts(p.example))
        #expect(found.first?.place == p.place, "\(found)")
        #expect((found.first?.values ?? []) == p.values, "\(found)")
    }

    @Test func aProtectedHostRefusesWhatWasNotHandedOut() {
        let f = Self.facts(#"\#(Self.railway) -H 'Authorization: Bearer 0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d' {"query":"query { me { id } }"}"#)
        let refused = Self.policy.unregisteredCredential(f) { _ in false }
        #expect(refused?.id == "credentials.unregistered" && refused?.decision == .deny)
        #expect(Self.policy.unregisteredCredential(f) { $0.hasPrefix("0a1b2c3d") } == nil, "a stand-in passes")
        // A host no API rule names is not protected.
        #expect(Self.policy.unregisteredCredential(Self.facts("GET https://api.example.org/x -H 'Authorization: Bearer abcdefghijkl'")) { _ in false } == nil)
        // Dev holds it for a human.
        #expect(Fixture.dev.unregisteredCredential(f) { _ in false }?.decision == .ask)
    }

    @Test func aBindingWithoutSourceOrHostsIsAnError() {
        let dir = NSTemporaryDirectory() + "guardian-cred-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try! "name: x\ncredentials:\n  - request: {method: [GET]}\n".write(toFile: dir + "/x.yaml", atomically: true, encoding: .utf8)
        let context = PolicyContext(home: dir, projectDirectory: dir, configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        #expect(throws: PolicyError.self) { try PolicyLoader.compile(dir + "/x.yaml", context: context) }
    }
}
