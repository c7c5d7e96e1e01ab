import Foundation
import Testing
@testable import GuardianPolicy

/// Which environment a request acts on, from where its API names one (the catalog's request
/// targets) and the profile's `environments:` — and the `environment.other` decision that
/// follows, as for a command. Two tables: `tuning`, written with the mechanism, and `holdout`,
/// requests shaped as real clients send them, kept out of its tuning.
@Suite struct RequestEnvironmentTests {
    static let prod = "1b2c3d4e-0000-4000-8000-000000000001"
    static let staging = "5f6a7b8c-0000-4000-8000-000000000002"
    static let learned = "9d8e7f6a-0000-4000-8000-000000000003"

    /// The built-in staging profile plus the ids of one Railway project's environments, and the
    /// Railway CLI's link of a third id to an environment named "production".
    static let policy: CompiledPolicy = {
        let dir = NSTemporaryDirectory() + "guardian-env-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir + "/home/.railway", withIntermediateDirectories: true)
        let profile = """
            name: railway-staging
            environment: staging
            extends: [staging]
            environments:
              production: {railway_environment: ["\(prod)"]}
              staging: {railway_environment: ["\(staging)"]}
            """
        try! profile.write(toFile: dir + "/railway.yaml", atomically: true, encoding: .utf8)
        let config = #"{"projects":{"/home/user/app":{"projectPath":"/home/user/app","name":"app","project":"p-1","environment":"\#(learned)","environmentName":"production","service":null}},"user":{"token":"secret-token"}}"#
        try! config.write(toFile: dir + "/home/.railway/config.json", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: dir + "/home", projectDirectory: dir, configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        return try! PolicyLoader.compile(dir + "/railway.yaml", context: context).policy
    }()

    struct Row: CustomTestStringConvertible, Sendable {
        var label: String
        var request: String
        /// The environment the request acts on; nil: none named.
        var environment: String?
        var testDescription: String { label }
        init(_ label: String, _ request: String, _ environment: String?) {
            self.label = label
            self.request = request
            self.environment = environment
        }
    }

    static let railway = "POST https://backboard.railway.com/graphql/v2"

    static let tuning: [Row] = [
        Row("railway literal production id", #"\#(railway) {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(prod)\", serviceId: \"s\") }"}"#, "production"),
        Row("railway literal staging id", #"\#(railway) {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(staging)\", serviceId: \"s\") }"}"#, "staging"),
        Row("railway id in a variable", #"\#(railway) {"query":"mutation R($e: String!) { serviceInstanceRedeploy(environmentId: $e, serviceId: \"s\") }","variables":{"e":"\#(prod)"}}"#, "production"),
        Row("railway id in an input object", #"\#(railway) {"query":"mutation { variableUpsert(input: {environmentId: \"\#(prod)\", name: \"A\", value: \"1\"}) }"}"#, "production"),
        Row("railway unknown id", #"\#(railway) {"query":"mutation { serviceInstanceRedeploy(environmentId: \"00000000-0000-4000-8000-000000000000\") }"}"#, nil),
        Row("railway id learned from the CLI's links", #"\#(railway) {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(learned)\") }"}"#, "production"),
        Row("railway environment by name", #"\#(railway) {"query":"query { environments(projectId: \"p\", environmentName: \"production\") { edges { node { id } } } }"}"#, "production"),
        Row("vercel target in the query", "GET https://api.vercel.com/v6/deployments?target=production", "production"),
        Row("vercel target in the body", #"POST https://api.vercel.com/v13/deployments {"name":"site","target":"production"}"#, "production"),
        Row("vercel preview", #"POST https://api.vercel.com/v13/deployments {"name":"site","target":"preview"}"#, "staging"),
        Row("fly app in the path", "DELETE https://api.machines.dev/v1/apps/shop-prod", "production"),
        Row("fly dev app", "POST https://api.machines.dev/v1/apps/shop-dev/machines {}", "dev"),
        Row("heroku app", "DELETE https://api.heroku.com/apps/billing-production", "production"),
        Row("another host is not read", #"POST https://api.example.com/graphql {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(prod)\") }"}"#, nil),
    ]

    static let holdout: [Row] = [
        Row("Railway CLI redeploy, operation name and variables", #"\#(railway) {"query":"mutation ServiceInstanceRedeploy($environmentId: String!, $serviceId: String!) {\n  serviceInstanceRedeploy(environmentId: $environmentId, serviceId: $serviceId)\n}\n","variables":{"environmentId":"\#(prod)","serviceId":"svc-1"},"operationName":"ServiceInstanceRedeploy"}"#, "production"),
        Row("Railway volume delete with environment input", #"\#(railway) {"query":"mutation($input: VolumeInstanceUpdateInput!, $environmentId: String) { volumeInstanceUpdate(input: $input, environmentId: $environmentId) }","variables":{"input":{"mountPath":"/data"},"environmentId":"\#(staging)"}}"#, "staging"),
        Row("Railway batch, one production item", #"\#(railway) [{"query":"query { me { id } }"},{"query":"mutation { deploymentRedeploy(id: \"d\", environmentId: \"\#(prod)\") }"}]"#, "production"),
        Row("Railway .app host", #"POST https://backboard.railway.app/graphql/v2 {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(prod)\") }"}"#, "production"),
        Row("Railway staging and production in one batch", #"\#(railway) [{"query":"mutation { a: serviceInstanceRedeploy(environmentId: \"\#(staging)\") }"},{"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(prod)\") }"}]"#, "production"),
        Row("Railway GET query", "GET https://backboard.railway.com/graphql/v2?query=query%7Benvironment(id%3A%22x%22%2CenvironmentId%3A%22\(prod)%22)%7Bname%7D%7D", "production"),
        Row("Vercel promote with teamId and target", "POST https://api.vercel.com/v10/projects/site/promote/dpl_1?teamId=t&target=production {}", "production"),
        Row("Vercel env vars for development", #"POST https://api.vercel.com/v10/projects/site/env {"key":"A","value":"1","target":"development"}"#, "dev"),
        Row("Fly machines stop in a -prd app", "POST https://api.machines.dev/v1/apps/api-prd/machines/m1/stop {}", "production"),
        Row("Heroku dynos restart, staging app", "DELETE https://api.heroku.com/apps/web-staging/dynos", "staging"),
        Row("Render service of a -prod name", "DELETE https://api.render.com/v1/services/web-prod", "production"),
        Row("PlanetScale main branch", "DELETE https://api.planetscale.com/v1/organizations/acme/databases/shop/branches/main", "production"),
        Row("GitHub is not an environment", "DELETE https://api.github.com/repos/acme/prod-app", nil),
        Row("a query naming no environment", #"\#(railway) {"query":"query { me { id } }"}"#, nil),
    ]

    static func check(_ row: Row) {
        guard let request = RequestExample.parse(row.request) else {
            Issue.record("\(row.label): the example does not parse")
            return
        }
        guard case .success(let facts) = RequestClassifier.classify(request) else {
            Issue.record("\(row.label): refused by the classifier")
            return
        }
        let evaluation = policy.evaluate(facts)
        #expect(evaluation.environment == row.environment, "\(row.label): \(String(describing: evaluation.environment))")
        let other = evaluation.matches.first { $0.id == "environment.other" }
        // Staging may reach dev; production is another environment, denied.
        if row.environment == "production" {
            #expect(evaluation.decision == .deny && other != nil, "\(row.label): \(evaluation.matches.map(\.id))")
        } else {
            #expect(other == nil, "\(row.label): \(other?.reason ?? "")")
        }
    }

    @Test(arguments: tuning) func tuningTable(_ row: Row) { Self.check(row) }

    @Test(arguments: holdout) func holdoutTable(_ row: Row) { Self.check(row) }

    @Test func theReasonSaysHowTheRequestNamesProduction() throws {
        let request = try #require(RequestExample.parse(#"\#(Self.railway) {"query":"mutation { serviceInstanceRedeploy(environmentId: \"\#(Self.learned)\") }"}"#))
        guard case .success(let facts) = RequestClassifier.classify(request) else { Issue.record("refused"); return }
        let reason = Self.policy.evaluate(facts).matches.first { $0.id == "environment.other" }?.reason ?? ""
        #expect(reason.contains("environmentId '9d8e7f6a...' is production (Railway CLI config)"), "\(reason)")
        #expect(!reason.contains("secret-token"))
    }

    @Test(arguments: [
        "", "{", "[]", #"{"projects":[]}"#, #"{"projects":{"/a":{"environment":"*","environmentName":"production"}}}"#,
        #"{"projects":{"/a":{"environment":"e1"}}}"#, #"{"projects":{"/a":{"environment":"e1","environmentName":"production"},"/a":{}}}"#,
    ])
    func aMalformedRailwayConfigGivesNoFacts(_ text: String) {
        #expect(RailwayLinks.facts(json: Array(text.utf8)).isEmpty)
    }

    @Test func railwayLinksAreReadAsIdAndName() {
        let text = #"{"projects":{"/a":{"projectPath":"/a","project":"p","environment":"e-1","environmentName":"staging"},"/b":{"projectPath":"/b","project":"p","environment":"e-2","environmentName":"production"}},"user":{"token":"t"}}"#
        let facts = RailwayLinks.facts(json: Array(text.utf8))
        #expect(facts.map(\.value) == ["e-1", "e-2"])
        #expect(facts.map(\.name) == ["staging", "production"])
        #expect(RailwayLinks.facts(home: "/nonexistent").isEmpty)
    }

    @Test(arguments: [
        ("name: x\ntargets:\n  - {kind: k, program: railway, request: {graphql: [environmentId]}}\n", "p.yaml:3:5: a target needs `kind` and one of `program`"),
        ("name: x\ntargets:\n  - {kind: k, request: {path: [\"/v1/apps/*\"]}}\n", "p.yaml:3:32: a request target's path is a template"),
        ("name: x\ntargets:\n  - {kind: k, request: {host: [api.example.com]}}\n", "p.yaml:3:24: a request target needs one of"),
        ("name: x\ntargets:\n  - {kind: k, request: {graphq: [x]}}\n", "p.yaml:3:25: unknown key 'graphq'"),
    ])
    func requestTargetsAreChecked(_ yaml: String, _ expected: String) {
        let message = LintTests.problems(yaml)
        #expect(message.hasPrefix(expected), "\(message)")
    }

    /// A WebSocket upgrade is refused to a host that request rules name, and only there.
    @Test(arguments: [("backboard.railway.com", true), ("api.github.com", true), ("localhost", false), ("echo.example.org", false)])
    func webSocketUpgradesToHostsWithRules(_ host: String, _ refused: Bool) {
        let request = HTTPRequest(scheme: "https", host: host, port: 443, method: "GET", target: "/socket",
                                  headers: [.init("host", host), .init("upgrade", "websocket"), .init("connection", "Upgrade")])
        guard case .success(let facts) = RequestClassifier.classify(request) else { Issue.record("refused"); return }
        let evaluation = Fixture.dev.evaluate(facts)
        #expect(evaluation.matches.contains { $0.id == "request.websocket" } == refused, "\(evaluation.matches)")
        #expect(Fixture.dev.hasRequestRules(forHost: host) == refused)
    }
}
