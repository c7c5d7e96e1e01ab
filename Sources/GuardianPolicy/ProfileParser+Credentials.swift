import Yams

// `credentials:` — what a secret Guardian found by content may be used for.
//
//   credentials:
//     - source: [./scripts/domains.sh]
//       hosts: [backboard.railway.com, backboard.railway.app]
//       request: { graphql: { operation: [mutation], fields: ["customDomain*"] } }
//       environments: [staging]
//       otherwise: ask

extension ProfileParser {
    mutating func credentialBinding(_ node: Node) -> CredentialBindingSpec {
        var spec = CredentialBindingSpec(location: location(node))
        for (key, value) in pairs(node) {
            switch key.string ?? "" {
            case "source": spec.sources = strings(value).map(\.value)
            case "hosts", "host": spec.hosts = strings(value).map(\.value)
            case "request": spec.request = requestSpec(value)
            case "environments", "environment": spec.environments = strings(value).map(\.value)
            case "otherwise":
                if let d = decision(value) { spec.otherwise = d }
            default: unknownKey(key, allowed: "source, hosts, request, environments, otherwise")
            }
        }
        if spec.sources.isEmpty { fail(node, "a credential binding names its `source`: the file (glob) or `$VARIABLE` the secret was found in") }
        if spec.hosts.isEmpty { fail(node, "a credential binding names the `hosts` its real value may be sent to") }
        return spec
    }
}
