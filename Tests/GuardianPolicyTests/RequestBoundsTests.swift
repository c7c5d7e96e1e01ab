import GuardianPolicy
import Testing

/// Bounds: a hostile body is refused before any parser can spend the stack or the time on it.
@Suite struct RequestBoundsTests {
    static func refusal(_ request: HTTPRequest) -> String? {
        if case .failure(let refusal) = RequestClassifier.classify(request) { return refusal.rule }
        return nil
    }

    @Test func nestingPastTheBoundIsRefused() {
        let deep = "mutation { volumeDelete(input: " + String(repeating: "{a: ", count: 70) + "1" + String(repeating: "}", count: 70) + ") }"
        #expect(Self.refusal(Req.post("/graphql", deep, type: "application/graphql")) == RequestRefusal.graphqlTooLarge)
        let fine = "mutation { volumeDelete(input: " + String(repeating: "{a: ", count: 40) + "1" + String(repeating: "}", count: 40) + ") }"
        #expect(Self.refusal(Req.post("/graphql", fine, type: "application/graphql")) == nil)
    }

    @Test func hundredThousandBracesDoNotCrash() {
        let braces = String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(Self.refusal(Req.post("/graphql", braces, type: "application/graphql")) == RequestRefusal.graphqlTooLarge)
        let selections = "query " + String(repeating: "{ a ", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(Self.refusal(Req.post("/graphql", #"{"query":"\#(selections)"}"#)) == RequestRefusal.graphqlTooLarge)
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.refusal(Req.post("/graphql", json)) == RequestRefusal.jsonInvalid)
    }

    @Test func tenMegabyteBodies() {
        let padding = String(repeating: " ", count: 10 << 20)
        let padded = #"{"query":"mutation {\#(padding) volumeDelete(volumeId: \"v\") }"}"#
        #expect(Self.refusal(Req.post("/api", padded, host: "127.0.0.1")) == RequestRefusal.graphqlTooLarge)
        let commas = "mutation { volumeDelete(volumeId: \"v\") " + String(repeating: ",", count: 60_000) + " }"
        #expect(Self.refusal(Req.post("/graphql", commas, type: "application/graphql")) == nil)
        let tokens = "mutation { volumeDelete(volumeId: \"v\") " + String(repeating: "a ", count: 20_000) + " }"
        #expect(Self.refusal(Req.post("/graphql", tokens, type: "application/graphql")) == RequestRefusal.graphqlTooLarge)
        // A large upload that is not GraphQL is left alone.
        let blob = Req.send("PUT", "/upload/file.bin", host: "example.com", body: String(repeating: "x", count: 10 << 20))
        #expect(Self.refusal(blob) == nil)
        let model = #"{"model":"m","messages":[{"role":"user","content":"\#(String(repeating: "y", count: 10 << 20))"}]}"#
        #expect(Self.refusal(Req.post("/v1/messages", model, host: "api.anthropic.com")) == nil)
    }

    @Test func repeatedSpreadsStayLinear() {
        var document = "mutation { ...F0 }"
        for level in 0..<40 {
            document += " fragment F\(level) on Mutation { ...F\(level + 1) ...F\(level + 1) }"
        }
        document += " fragment F40 on Mutation { volumeDelete(volumeId: \"v\") }"
        let facts = try? RequestClassifier.classify(Req.post("/graphql", document, type: "application/graphql")).get()
        #expect(facts?.graphql.map(\.fields) == [["volumeDelete"]])
    }

    @Test func manyAliasesOfOneField() throws {
        let fields = (0..<1_500).map { "a\($0):project(id:\"p\($0)\"){id}" }.joined(separator: " ")
        let facts = try RequestClassifier.classify(Req.post("/graphql", "query { me \(fields) }", type: "application/graphql")).get()
        #expect(facts.graphql.count == 1_500)
        #expect(facts.graphql.first?.fields == ["me", "project"])
        #expect(facts.graphql.last?.arguments == ["project.id": "p1499"])
    }

    @Test func limitsAreSettable() {
        var limits = RequestClassifier.Limits()
        limits.documentBytes = 16
        let classifier = RequestClassifier(limits: limits)
        let result = classifier.classify(Req.post("/graphql", "query { me { id } }", type: "application/graphql"))
        #expect(throws: RequestRefusal.self) { try result.get() }
    }

    @Test(arguments: [
        (Req.send("POST", "/repos/o/r", host: "api.example.com", headers: [("X-HTTP-Method-Override", "delete")]), "DELETE"),
        (Req.post("/apps/web", "_method=DELETE&x=1", type: "application/x-www-form-urlencoded", host: "example.com"), "DELETE"),
        (Req.send("POST", "/apps/web?_method=PUT", host: "example.com"), "PUT"),
        (Req.send("POST", "/apps/web", host: "example.com"), nil),
    ] as [(HTTPRequest, String?)])
    func methodOverride(_ request: HTTPRequest, _ method: String?) throws {
        #expect(try RequestClassifier.classify(request).get().methodOverride == method)
    }

    @Test func overridesThatDisagreeAreRefused() {
        let request = Req.send("POST", "/apps/web?_method=GET", host: "example.com", headers: [("X-HTTP-Method-Override", "DELETE")])
        #expect(Self.refusal(request) == RequestRefusal.ambiguousMethod)
    }

    @Test func pathAndQueryAreDecodedOnce() throws {
        let facts = try RequestClassifier.classify(Req.get("/a%2Fb/%2541?x=1+2&y=%26&x=3&flag")).get()
        #expect(facts.path == "/a/b/%41")
        #expect(facts.query == [.init("x", "1 2"), .init("y", "&"), .init("x", "3"), .init("flag", "")])
    }
}
