// A `request:` rule as written: what an HTTP request must look like for the rule to apply.
// Every key narrows; a rule with only `graphql:` applies to that operation on any host.

struct RequestSpec: Sendable {
    /// Host globs (case-insensitive): `backboard.railway.*`, `*.amazonaws.com`.
    var hosts: [String] = []
    /// Uppercase methods; empty: any.
    var methods: [String] = []
    /// Globs over the percent-decoded path (`*` stays within a segment, `**` crosses them).
    var paths: [String] = []
    /// Header name → value glob, all present (`*`: present with any value).
    var headers: [(name: String, value: String)] = []
    var graphql: GraphQLSpec?
    var aws: AWSSpec?
}

struct GraphQLSpec: Sendable {
    /// Operation types; empty: any.
    var types: [GraphQLOperationType] = []
    /// Root field name globs (case-sensitive, as GraphQL names are); empty: any field.
    var fields: [String] = []
    /// Words any of which, as a whole word of the field's name (camelCase or snake_case:
    /// `volumeDelete`, `deleteRef`, `delete_users`), makes the field match — not a prefix of a
    /// longer word (`deletedItems`). Lowercase.
    var verbs: [String] = []
}

struct AWSSpec: Sendable {
    /// Signing names (`rds`, `s3`); empty: any service.
    var services: [String] = []
    /// Action globs (`Delete*`); empty: any.
    var actions: [String] = []
}
