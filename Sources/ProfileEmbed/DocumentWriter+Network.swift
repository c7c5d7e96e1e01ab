import GuardianPolicy

extension DocumentWriter {
    static func request(_ q: RequestSpec, _ w: inout Body, into target: String = "r.request") {
        w.line("    var q = RequestSpec()")
        if !q.hosts.isEmpty { w.line("    q.hosts = \(strings(q.hosts))") }
        if !q.methods.isEmpty { w.line("    q.methods = \(strings(q.methods))") }
        if !q.paths.isEmpty { w.line("    q.paths = \(strings(q.paths))") }
        if !q.headers.isEmpty { w.line("    q.headers = [\(q.headers.map { "(name: \(literal($0.name)), value: \(literal($0.value)))" }.joined(separator: ", "))]") }
        if let g = q.graphql {
            w.line("    var g = GraphQLSpec()")
            if !g.types.isEmpty { w.line("    g.types = [\(g.types.map { ".\($0.rawValue)" }.joined(separator: ", "))]") }
            if !g.fields.isEmpty { w.line("    g.fields = \(strings(g.fields))") }
            if !g.verbs.isEmpty { w.line("    g.verbs = \(strings(g.verbs))") }
            w.line("    q.graphql = g")
        }
        if let a = q.aws {
            w.line("    var a = AWSSpec()")
            if !a.services.isEmpty { w.line("    a.services = \(strings(a.services))") }
            if !a.actions.isEmpty { w.line("    a.actions = \(strings(a.actions))") }
            w.line("    q.aws = a")
        }
        if let s = q.sql { w.line("    q.sql = [\(s.map { ".\($0)" }.joined(separator: ", "))]") }
        if let g = q.gitPush { w.line("    q.gitPush = [\(g.map { ".\($0)" }.joined(separator: ", "))]") }
        if let b = q.bodySwitch { w.line("    q.bodySwitch = [\(b.map { ".\($0)" }.joined(separator: ", "))]") }
        w.line("    \(target) = q")
    }

    static func credential(_ b: CredentialBindingSpec, _ w: inout Body) {
        w.line("do {")
        w.line("    var b = CredentialBindingSpec(location: \(w.at(b.location)))")
        w.line("    b.sources = \(strings(b.sources))")
        w.line("    b.hosts = \(strings(b.hosts))")
        if let q = b.request { request(q, &w, into: "b.request") }
        if !b.environments.isEmpty { w.line("    b.environments = \(strings(b.environments))") }
        w.line("    b.otherwise = \(decision(b.otherwise))")
        w.line("    d.credentials.append(b)")
        w.line("}")
    }

    static func requestTarget(_ q: RequestTargetSpec, _ w: inout Body) {
        w.line("    var q = RequestTargetSpec()")
        if !q.hosts.isEmpty { w.line("    q.hosts = \(strings(q.hosts))") }
        if !q.graphql.isEmpty { w.line("    q.graphql = \(strings(q.graphql))") }
        if !q.json.isEmpty { w.line("    q.json = \(strings(q.json))") }
        if !q.query.isEmpty { w.line("    q.query = \(strings(q.query))") }
        if !q.paths.isEmpty { w.line("    q.paths = \(strings(q.paths))") }
        if !q.headers.isEmpty { w.line("    q.headers = \(strings(q.headers))") }
        w.line("    t.request = q")
    }

    static func local(_ l: LocalSpec, _ w: inout Body) {
        w.line("    var l = LocalSpec()")
        if !l.sockets.isEmpty { w.line("    l.sockets = \(strings(l.sockets))") }
        if !l.programs.isEmpty { w.line("    l.programs = \(strings(l.programs))") }
        w.line("    r.local = l")
    }
}
