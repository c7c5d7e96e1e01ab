import Testing
@testable import GuardianPolicy

/// The classes the thirtieth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct ThirtiethClassesTests {
    /// A Lua script that deletes the keys it finds or flushes; a bucket's lifecycle that
    /// expires every object.
    static let destroying: [String] = [
        #"redis-cli EVAL "for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('UNLINK', k) end" 0 'cache:*'"#,
        #"redis-cli EVAL "return redis.pcall('flushdb')" 0"#,
        #"aws s3api put-bucket-lifecycle-configuration --bucket shop-dev-uploads --lifecycle-configuration '{"Rules":[{"ID":"all","Status":"Enabled","Prefix":"","Expiration":{"Days":1}}]}'"#,
    ]
    static let notDestroying: [String] = [
        #"redis-cli EVAL "return redis.call('get', KEYS[1])" 1 session:1"#, #"redis-cli EVAL "return redis.call('del', KEYS[1])" 1 session:1"#,
        #"aws s3api put-bucket-lifecycle-configuration --bucket shop-dev-uploads --lifecycle-configuration '{"Rules":[{"ID":"tmp","Status":"Enabled","Filter":{"Prefix":"tmp/"},"Expiration":{"Days":7}}]}'"#,
        #"aws s3api put-bucket-lifecycle-configuration --bucket shop-dev-uploads --lifecycle-configuration '{"Rules":[{"ID":"all","Status":"Disabled","Filter":{},"Expiration":{"Days":1}}]}'"#,
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Production named by the values a GraphQL request's fields are given — the incident's
    /// own shape: a token, then one mutation that deletes a volume.
    static let production: [String] = [
        #"curl -s https://backboard.railway.com/graphql/v2 -H "Authorization: Bearer $T" -d '{"query":"mutation { volumeDelete(volumeId: \"shop-prod-data\") }"}'"#,
        #"gh api graphql -f query='mutation { deleteRepository(input: {repositoryId: "acme-production-infra"}) { clientMutationId } }'"#,
        #"curl https://api.example.io/graphql -d '{"query":"query { service(name: \"billing-prod\") { id } }"}'"#,
    ]
    static let elsewhere: [String] = [
        #"curl -s https://backboard.railway.com/graphql/v2 -H "Authorization: Bearer $T" -d '{"query":"query { me { name } }"}'"#,
        #"curl https://api.example.io/graphql -d '{"query":"query { service(name: \"billing-dev\") { id } }"}'"#,
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
