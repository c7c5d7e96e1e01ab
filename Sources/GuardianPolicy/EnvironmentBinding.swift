// Which environment a command acts on: the catalog's `targets` say where each tool names
// its target (an option, a variable, a URL); the profile's `environments:` say which values
// belong to which environment.

struct TargetExtractor: Sendable {
    var program: ProgramMatcher
    var programNames: [String]
    var kind: String
    var options: [OptionSpec]
    var env: [String]
    var flags: [(FlagSpec, String)]
    var after: [[[String]]]
    var urls: Bool
    var urlEnv: [String]
    var args: [CompiledGlob]

    init(_ spec: TargetSpec) {
        program = ProgramMatcher(spec.programs)
        programNames = spec.programs
        kind = spec.kind
        options = spec.options.map(OptionSpec.init)
        env = spec.env
        flags = spec.flags.map { (FlagSpec($0.flag), $0.value) }
        after = spec.after.map { $0.map { [$0] } }
        urls = spec.urls
        urlEnv = spec.urlEnv
        args = spec.args.map { CompiledGlob($0, pathMode: false, caseInsensitive: true) }
    }

    var environmentVariables: [String] { env + urlEnv }

    func extract(_ view: ExecView, into values: inout [(kind: String, value: String)]) {
        let a = view.arguments
        for option in options {
            for value in a.values(of: option) {
                values.append((kind, urls ? (Self.host(in: value) ?? String(value)) : String(value)))
            }
        }
        for name in env {
            if let value = view.request.environment[name], !value.isEmpty { values.append((kind, value)) }
        }
        for name in urlEnv {
            if let value = view.request.environment[name], let host = Self.host(in: Substring(value)) { values.append((kind, host)) }
        }
        for (flag, value) in flags where flag.isPresent(in: a) { values.append((kind, value)) }
        for sequence in after {
            if let end = a.matchSubcommand(sequence), end < a.positionals.count {
                values.append((kind, a.items[a.positionals[end]].text))
            }
        }
        if urls || !args.isEmpty {
            for i in a.positionals {
                let text = a.items[i].text
                if urls, let host = Self.host(in: Substring(text)) { values.append((kind, host)) }
                if args.contains(where: { $0.matches(text) }) { values.append((kind, text)) }
            }
        }
    }

    /// The host of `scheme://user:pass@host:port/path` or of a `host=NAME` connection string.
    static func host(in text: Substring) -> String? {
        // Searched by bytes: Foundation's range(of:) goes through NSString, and cost more than
        // the rest of a command's target extraction.
        if let range = firstRange(of: "://", in: text) {
            var rest = text[range.upperBound...]
            // A URL wrapped in another scheme (Spark's `k8s://https://api.prod…:6443`): the inner one's.
            if let inner = firstRange(of: "://", in: rest), rest[..<inner.lowerBound].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") }) {
                rest = rest[inner.upperBound...]
            }
            if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) { rest = rest[..<end] }
            if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
            if let colon = rest.lastIndex(of: ":"), !rest.hasPrefix("[") { rest = rest[..<colon] }
            // mongodb+srv and postgres may list several hosts: the first names the cluster.
            if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
            return rest.isEmpty ? nil : String(rest)
        }
        if let range = firstRange(of: "host=", in: text) {
            let rest = text[range.upperBound...]
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            return String(rest[..<end])
        }
        return nil
    }

    private static func firstRange(of needle: StaticString, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var i = utf8.startIndex
        while i != utf8.endIndex {
            var j = i
            var k = 0
            while k < n.count, j != utf8.endIndex, utf8[j] == n[k] {
                utf8.formIndex(after: &j)
                k += 1
            }
            if k == n.count { return i..<j }
            utf8.formIndex(after: &i)
        }
        return nil
    }
}

/// Value → environment, from a profile's `environments:` section, then from facts learned
/// outside it (the Railway CLI's links of environment ids to names): the profile wins.
struct EnvironmentMap: Sendable {
    var entries: [(environment: String, kind: String, globs: [CompiledGlob], source: String?)]

    init(_ environments: [(name: String, kinds: [(kind: String, patterns: [String])])], facts: [EnvironmentFact] = []) {
        entries = []
        for env in environments {
            for k in env.kinds {
                entries.append((env.name, k.kind, k.patterns.map { CompiledGlob($0, pathMode: false, caseInsensitive: true) }, nil))
            }
        }
        // A learned id is classified by its name, with the profile's own patterns for names
        // (`railway: ["prod*"]`); an id the profile lists itself keeps the profile's answer.
        for fact in facts where lookup(kind: fact.kind, value: fact.value) == nil {
            guard let named = lookup(kind: fact.nameKind, value: fact.name) else { continue }
            entries.append((named.environment, fact.kind, [CompiledGlob(fact.value, pathMode: false, caseInsensitive: true)], fact.source))
        }
    }

    /// The position of an environment's first mapping: earlier names win between two
    /// environments a session cannot reach.
    func rank(_ environment: String) -> Int {
        entries.firstIndex { $0.environment == environment } ?? Int.max
    }

    func environment(kind: String, value: String) -> String? {
        lookup(kind: kind, value: value)?.environment
    }

    /// The environment and, for a learned fact, where it was learned.
    func lookup(kind: String, value: String) -> (environment: String, source: String?)? {
        for entry in entries where entry.kind == kind || entry.kind == "any" {
            if entry.globs.contains(where: { $0.matches(value) }) { return (entry.environment, entry.source) }
        }
        return nil
    }
}
