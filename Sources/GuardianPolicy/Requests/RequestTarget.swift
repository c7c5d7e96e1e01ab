// Where an HTTP request names the environment or project it acts on: the request counterpart
// of a command's `targets:` entry, feeding the same `environments:` kinds.
//
//   targets:
//     - kind: railway_environment
//       request: {host: ["backboard.railway.*"], graphql: [environmentId]}
//     - kind: vercel
//       request: {host: [api.vercel.com], query: [target], json: [target]}
//     - kind: app
//       request: {host: [api.machines.dev], path: ["/v1/apps/{}", "/v1/apps/{}/**"]}

/// As written in a profile.
package struct RequestTargetSpec: Sendable {
    /// Host globs; empty: any host.
    package var hosts: [String] = []
    /// GraphQL root-field argument names, variables resolved: `environmentId` finds
    /// `serviceInstanceRedeploy(environmentId: …)` and `x(input: {environmentId: …})`.
    package var graphql: [String] = []
    /// JSON body members by dotted path from the root (`target`, `meta.environment`).
    package var json: [String] = []
    /// Query parameter names.
    package var query: [String] = []
    /// Path templates over the decoded path: `{}` is the value, `*` one segment, `**` the rest.
    package var paths: [String] = []
    /// Header names.
    package var headers: [String] = []

    package init() {}
}

/// One value a request names, and how it names it (for the reason the agent is told).
struct NamedTarget: Sendable, Hashable {
    var kind: String
    var value: String
    var how: String
}

struct RequestTargetExtractor: Sendable {
    let kind: String
    let hosts: [CompiledGlob]
    let spec: RequestTargetSpec
    let templates: [[Substring]]

    init(kind: String, _ spec: RequestTargetSpec) {
        self.kind = kind
        self.spec = spec
        hosts = spec.hosts.map { CompiledGlob($0.lowercased(), pathMode: false, caseInsensitive: true) }
        templates = spec.paths.map { $0.split(separator: "/", omittingEmptySubsequences: true) }
    }

    func applies(to host: String) -> Bool {
        hosts.isEmpty || hosts.contains { $0.matches(host) }
    }

    func extract(_ facts: RequestFacts, into values: inout [NamedTarget]) {
        guard applies(to: facts.request.host) else { return }
        for name in spec.graphql {
            for operation in facts.graphql {
                for (key, value) in operation.arguments.sorted(by: { $0.key < $1.key })
                where (key == name || key.hasSuffix("." + name)) && !value.hasPrefix("$") {
                    values.append(NamedTarget(kind: kind, value: value, how: name))
                }
            }
        }
        for name in spec.query {
            for value in facts.query.values(name) where !value.isEmpty {
                values.append(NamedTarget(kind: kind, value: value, how: "\(name)="))
            }
        }
        for name in spec.headers {
            for value in facts.request.values(name.lowercased()) where !value.isEmpty {
                values.append(NamedTarget(kind: kind, value: value, how: "header \(name)"))
            }
        }
        if !templates.isEmpty {
            let segments = facts.path.split(separator: "/", omittingEmptySubsequences: true)
            for (template, text) in zip(templates, spec.paths) {
                if let value = Self.capture(template, segments) {
                    values.append(NamedTarget(kind: kind, value: value, how: "path \(text)"))
                }
            }
        }
        if !spec.json.isEmpty, facts.request.body.first.map({ $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") || $0 == 0x20 || $0 == 0x0A }) == true,
            let document = try? StrictJSON.parse(facts.request.body, maxDepth: 64)
        {
            for path in spec.json {
                if let value = Self.member(document, path: path) {
                    values.append(NamedTarget(kind: kind, value: value, how: path))
                }
            }
        }
    }

    /// The segment `{}` stands for when `template` matches `segments`.
    static func capture(_ template: [Substring], _ segments: [Substring]) -> String? {
        var captured: String?
        var i = 0
        for (t, part) in template.enumerated() {
            if part == "**" { return t == template.count - 1 ? captured : nil }
            guard i < segments.count else { return nil }
            if part == "{}" {
                captured = String(segments[i])
            } else if part != "*" && part != segments[i] {
                return nil
            }
            i += 1
        }
        return i == segments.count ? captured : nil
    }

    /// A scalar member at a dotted path; in an array, every item is looked into (the first hit).
    static func member(_ value: JSONValue, path: String) -> String? {
        var current = [value]
        for key in path.split(separator: ".") {
            var next: [JSONValue] = []
            for v in current {
                switch v {
                case .object: if let m = v[String(key)] { next.append(m) }
                case .array(let items): for item in items { if let m = item[String(key)] { next.append(m) } }
                default: break
                }
            }
            current = next
        }
        for v in current {
            switch v {
            case .string(let s) where !s.isEmpty: return s
            case .number(let n): return n
            default: continue
            }
        }
        return nil
    }
}
