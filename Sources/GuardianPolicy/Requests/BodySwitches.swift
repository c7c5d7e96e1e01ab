// The switches of a JSON body that make a request destroy everything it acts on, whatever the
// endpoint: a flag named by a destroying verb alone (`deleteAll`, `drop_all`, `is-destroy`,
// `purge_everything`, `destroy`) set to true — Pinecone's delete of every vector, Dgraph's
// alter, a Terraform Cloud destroy run — or an action field (`action`, `type`, `operation`)
// whose value is a destroying verb — Scaleway's `{"action":"terminate"}`, DigitalOcean's
// `{"type":"rebuild"}`.
//
// A DELETE's query string carries the same switches (`?purge=true` on a Nomad job,
// `?recurse=true` on a Consul key prefix, `?cascade=true`): the delete then takes everything
// under what it names.
//
// Read on the body's object members only, down to a few levels (`data.attributes.is-destroy`),
// never inside arrays: a model API's messages and a tool call's input sit in arrays, and what
// they say is data, not a switch.

enum BodySwitches {
    static let verbs: Set<String> = ["delete", "destroy", "drop", "purge", "wipe", "truncate", "erase", "terminate", "rebuild", "reinstall", "flush"]
    /// Words a flag may add to its verb and still name the switch: `deleteAll`, `is-destroy`.
    static let fillers: Set<String> = ["all", "is", "everything", "entire"]
    static let actionKeys: Set<String> = ["action", "type", "operation", "op"]
    static let depth = 4

    /// `name: value` of each switch found, for the event.
    static func switches(_ request: HTTPRequest, path: String, mediaType: String?, jsonDepth: Int) -> [String] {
        let body = request.body
        guard !body.isEmpty, mediaType.map({ $0 == "application/json" || $0.hasSuffix("+json") }) ?? GraphQLExtraction.startsLikeJSON(body),
            let value = try? StrictJSON.parse(body, maxDepth: jsonDepth)
        else { return [] }
        var found: [String] = []
        collect(value, level: 0, into: &found)
        // A git reference of a forge's API updated with `"force": true` (GitHub's `PATCH
        // /repos/o/r/git/refs/heads/main`): the branch moved wherever the request says, the
        // commits it held dropped, as a force push drops them.
        if request.method == "PATCH" || request.method == "POST", Operations.namesGitRef(path.split(separator: "/")), case .object(let members) = value,
           members.contains(where: { $0.key == "force" && $0.value == .bool(true) }) {
            found.append("force: true (a git ref moved by force)")
        }
        return found
    }

    private static func collect(_ value: JSONValue, level: Int, into found: inout [String]) {
        guard level < depth, case .object(let members) = value else { return }
        for member in members {
            switch member.value {
            case .bool(true) where isSwitch(member.key):
                found.append("\(member.key): true")
            case .string(let text) where actionKeys.contains(member.key.lowercased()) && verbs.contains(text.lowercased()):
                found.append("\(member.key): \(text)")
            case .object:
                collect(member.value, level: level + 1, into: &found)
            default:
                break
            }
        }
    }

    /// The switches of a DELETE's query string: a flag named by a destroying verb (or `recurse`,
    /// `cascade`) set to true or 1.
    static func querySwitches(method: String, query: [RequestFacts.QueryItem]) -> [String] {
        guard method == "DELETE" else { return [] }
        return query.filter { item in
            let value = item.value.lowercased()
            let key = item.name.lowercased()
            return (value == "true" || value == "1") && (isSwitch(item.name) || key == "recurse" || key == "recursive" || key == "cascade")
        }.map { "\($0.name)=\($0.value)" }
    }

    /// A key whose words are one destroying verb and fillers only.
    static func isSwitch(_ key: String) -> Bool {
        let words = RequestMatcher.words(key)
        return words.filter(verbs.contains).count == 1 && words.allSatisfy { verbs.contains($0) || fillers.contains($0) }
    }
}
