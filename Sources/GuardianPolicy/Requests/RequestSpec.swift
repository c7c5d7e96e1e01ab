// A `request:` rule as written: what an HTTP request must look like for the rule to apply.
// Every key narrows; a rule with only `graphql:` applies to that operation on any host.

package struct RequestSpec: Sendable {
    /// Host globs (case-insensitive): `backboard.railway.*`, `*.amazonaws.com`.
    package var hosts: [String] = []
    /// Uppercase methods; empty: any.
    package var methods: [String] = []
    /// Globs over the percent-decoded path (`*` stays within a segment, `**` crosses them),
    /// ASCII case folded: a wider match only holds more.
    package var paths: [String] = []
    /// Header name → value glob, all present (`*`: present with any value).
    package var headers: [(name: String, value: String)] = []
    package var graphql: GraphQLSpec?
    package var aws: AWSSpec?
    /// The operation classes of SQL the request carries (`SQLInRequests`), by the database
    /// clients' grammar: `destroy` is DROP, TRUNCATE, DELETE/UPDATE without WHERE, ALTER … DROP.
    package var sql: [OperationClass]?
    /// What a git push over smart HTTP does to the server's refs: `destroy` when it deletes one,
    /// `write` otherwise (`GitPushCommands`).
    package var gitPush: [OperationClass]?
    /// `destroy` when a switch of the request destroys all it acts on (`BodySwitches`): a JSON
    /// body's `{"deleteAll": true}` or `{"action": "terminate"}`, a DELETE's `?purge=true`.
    package var bodySwitch: [OperationClass]?
}

package struct GraphQLSpec: Sendable {
    /// Operation types; empty: any.
    package var types: [GraphQLOperationType] = []
    /// Root field name globs (case-sensitive, as GraphQL names are); empty: any field.
    package var fields: [String] = []
    /// Words any of which, as a whole word of the field's name (camelCase or snake_case:
    /// `volumeDelete`, `deleteRef`, `delete_users`), makes the field match — not a prefix of a
    /// longer word (`deletedItems`). Lowercase.
    package var verbs: [String] = []
}

package struct AWSSpec: Sendable {
    /// Signing names (`rds`, `s3`); empty: any service.
    package var services: [String] = []
    /// Action globs (`Delete*`); empty: any. A glob written `!DeleteMessage*` excludes the
    /// actions it matches.
    package var actions: [String] = []
}
