import Testing
@testable import GuardianPolicy

/// The classes the eighty-seventh and eighty-eighth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct EightySeventhClassesTests {
    /// An HTTP DELETE a one-line program sends, in a line as typed, as `curl -X DELETE` is.
    static let programDeletes: [String] = [
        "python3 -c 'import requests; requests.delete(\"https://api.quarry.dev/v2/volumes/vol-9\", timeout=10)'",
        "python -c 'import httpx, os; httpx.Client().delete(\"https://api.quarry.dev/v2/buckets/b1\")'",
        "python3 -c 'import urllib.request as r; r.urlopen(r.Request(\"https://api.quarry.dev/v2/apps/a1\", method=\"DELETE\"))'",
        "node -e 'fetch(\"https://api.quarry.dev/v2/apps/a1\", { method: \"DELETE\" }).then(r => console.log(r.status))'",
        "node -e 'require(\"axios\").delete(\"https://api.quarry.dev/v2/apps/a1\")'",
        "python3 -c 'import requests; requests.request(\"DELETE\", \"https://api.quarry.dev/v2/apps/a1\")'",
    ]
    @Test(arguments: programDeletes) func aProgramsHTTPDeleteDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let programReads: [String] = [
        "python3 -c 'import requests; print(requests.get(\"https://api.quarry.dev/v2/volumes\").json())'",
        "node -e 'fetch(\"https://api.quarry.dev/v2/apps\").then(r => r.json()).then(console.log)'",
        "python3 -c 'import requests; help(requests.delete)'",
    ]
    @Test(arguments: programReads) func aProgramsReadsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    /// A mutation document with escaped quotes inside the program's string is read whole.
    @Test func anEscapedMutationIsRead() {
        Fixture.expectDestroys(#"python3 -c 'import json,urllib.request as u; u.urlopen(u.Request("https://api.quarry.dev/graphql", data=json.dumps({"query":"mutation { volumeDelete(id: \"v1\") }"}).encode()))'"#)
    }

    /// Solr's update handler given a delete by query; a delete by id or a query is not one.
    static let solrDeletes: [String] = [
        "curl 'http://localhost:8983/solr/docs/update?commit=true' -H 'Content-Type: text/xml' --data-binary '<delete><query>type:draft</query></delete>'",
        "curl -X POST 'http://search.quarry.internal:8983/solr/docs/update/json?commit=true' -d '{ \"delete\": { \"query\": \"*:*\" } }'",
    ]
    @Test(arguments: solrDeletes) func aDeleteByQueryDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let solrOthers: [String] = [
        "curl 'http://localhost:8983/solr/docs/update?commit=true' -H 'Content-Type: text/xml' -d '<delete><id>doc-41</id></delete>'",
        "curl 'http://localhost:8983/solr/docs/select?q=*:*&rows=0'",
        "curl 'http://localhost:8983/solr/docs/update?commit=true' -H 'Content-Type: application/json' -d '[{\"id\": \"doc-41\", \"title\": \"delete me\"}]'",
    ]
    @Test(arguments: solrOthers) func idsQueriesAndAddsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A cloud command's naming option holds a name, never a verb: a lock against deletes is made.
    static let named: [String] = [
        "az lock create --name do-not-delete --lock-type CanNotDelete --resource-group rg-quarry-dev",
        "az tag create --name purge-after",
    ]
    @Test(arguments: named) func aNameIsNoVerb(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func aDeleteStillIs() { Fixture.expectDestroys("az lock delete --name do-not-delete --resource-group rg-quarry-dev") }
}
