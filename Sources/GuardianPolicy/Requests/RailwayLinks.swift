import Foundation

// The Railway CLI's own record of which directories are linked to which project and
// environment (`~/.railway/config.json`, written by `railway link`):
//   {"projects": {"/home/u/app": {"projectPath": "/home/u/app", "name": "app", "project": "<uuid>",
//                                 "environment": "<uuid>", "environmentName": "production", …}},
//    "user": {"token": "…"}, …}
// Read once when the policy is compiled, as a source of environment id → name facts only: an
// API request names environments by bare UUID, and this is where the user's machine says which
// UUID is production. Nothing else in the file is kept (the token is never looked at beyond
// the parser), and a file that is absent, too large or malformed gives no facts.

/// An environment id whose name is known from outside the profile.
public struct EnvironmentFact: Sendable, Hashable {
    /// The kind the id is looked up under (`railway_environment`).
    public var kind: String
    public var value: String
    /// The kind and value its name is classified under (`railway`, `production`).
    public var nameKind: String
    public var name: String
    /// Where the fact comes from, for the reason the agent is told.
    public var source: String

    public init(kind: String, value: String, nameKind: String, name: String, source: String) {
        self.kind = kind
        self.value = value
        self.nameKind = nameKind
        self.name = name
        self.source = source
    }
}

public enum RailwayLinks {
    static let sizeLimit = 1 << 20

    /// The facts of `<home>/.railway/config.json`, or none.
    public static func facts(home: String) -> [EnvironmentFact] {
        let path = home + "/.railway/config.json"
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: sizeLimit + 1), data.count <= sizeLimit else { return [] }
        return facts(json: Array(data))
    }

    public static func facts(json: [UInt8]) -> [EnvironmentFact] {
        guard let document = try? StrictJSON.parse(json, maxDepth: 16), case .object(let links)? = document["projects"] else { return [] }
        var out: [EnvironmentFact] = []
        for link in links {
            guard let id = link.value["environment"]?.string, let name = link.value["environmentName"]?.string,
                isIdentifier(id), !name.isEmpty, name.utf8.count <= 128
            else { continue }
            let fact = EnvironmentFact(kind: "railway_environment", value: id, nameKind: "railway", name: name, source: "Railway CLI config")
            if !out.contains(fact) { out.append(fact) }
        }
        return out
    }

    /// Letters, digits, `-` and `_` only: a value that cannot be read as a glob.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 128 && text.utf8.allSatisfy {
            ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95
        }
    }
}
