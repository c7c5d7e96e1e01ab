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
    /// The same in other languages' clients: Ruby's Net::HTTP, PHP's curl, Perl's LWP, PowerShell.
    static let otherLanguages: [String] = [
        "ruby -e 'require \"net/http\"; u = URI(\"https://api.quarry.dev/v2/apps/a1\"); Net::HTTP.start(u.host, u.port, use_ssl: true) { |h| h.request(Net::HTTP::Delete.new(u)) }'",
        "php -r '$c = curl_init(\"https://api.quarry.dev/v2/apps/a1\"); curl_setopt($c, CURLOPT_CUSTOMREQUEST, \"DELETE\"); curl_exec($c);'",
        "perl -MLWP::UserAgent -e 'print LWP::UserAgent->new->delete(\"https://api.quarry.dev/v2/apps/a1\")->code'",
        "pwsh -c 'Invoke-RestMethod -Method Delete -Uri https://api.quarry.dev/v2/apps/a1'",
    ]
    @Test(arguments: otherLanguages) func otherLanguagesDeletesDestroy(_ line: String) { Fixture.expectDestroys(line) }
    /// A cloud SDK's call named for deleting or ending what it names.
    static let sdkDeletes: [String] = [
        "python3 -c 'import boto3; boto3.client(\"rds\").delete_db_instance(DBInstanceIdentifier=\"quarry-dev\", SkipFinalSnapshot=True)'",
        "python3 -c 'import boto3; boto3.client(\"ec2\").terminate_instances(InstanceIds=[\"i-0abc\"])'",
        "node -e 'const { DynamoDBClient, DeleteTableCommand } = require(\"@aws-sdk/client-dynamodb\"); new DynamoDBClient({}).send(new DeleteTableCommand({ TableName: \"quarry-dev\" }))'",
        "node -e 'const AWS = require(\"aws-sdk\"); new AWS.SQS().purgeQueue({ QueueUrl: process.env.Q }).promise()'",
    ]
    @Test(arguments: sdkDeletes) func anSDKsDeletingCallDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let sdkReads: [String] = [
        "python3 -c 'import boto3; print(boto3.client(\"rds\").describe_db_instances()[\"DBInstances\"])'",
        "python3 -c 'import boto3; help(boto3.client(\"s3\").delete_bucket)'",
        "node -e 'console.log(Object.keys(require(\"@aws-sdk/client-s3\")).filter(k => k.startsWith(\"Delete\")))'",
    ]
    @Test(arguments: sdkReads) func anSDKsReadsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
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
