import Testing
@testable import GuardianPolicy

/// The classes the ninety-first and ninety-second held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not, written
/// for the mechanism (other names, tools and spellings), not taken from any corpus.
struct NinetyFirstClassesTests {
    /// A raw socket client's server says where what it sends acts.
    static let socketServers: [String] = [
        "printf 'flush_all\\r\\n' | nc -w 2 cache-1.prod.quarry.internal 11211",
        "echo stats | ncat --send-only memcached.production.quarry.internal 11211",
        "printf 'FLUSHDB\\r\\n' | socat - TCP:redis.prod.quarry.internal:6379",
        "nc -zv pg-production.quarry.internal 5432",
        "telnet mq.production.quarry.internal 5672",
    ]
    @Test(arguments: socketServers) func aSocketsServerNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    static let localSockets: [String] = [
        "echo stats | nc localhost 11211",
        "nc -l -p 9000",
        "nc -w 5 -s 10.0.0.4 cache.dev.quarry.internal 11211 < /dev/null",
        "socat - UNIX-CONNECT:/run/prod/app.sock",
        "nc -U /var/run/production.sock",
    ]
    @Test(arguments: localSockets) func aLocalSocketNamesNoOtherEnvironment(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// A gRPC or Connect method named for deleting, called by its full name.
    static let rpcDeletes: [String] = [
        "grpcurl -plaintext -d '{\"id\":\"vol-7\"}' localhost:50051 ledger.v2.Volumes/DeleteVolume",
        "grpc_cli call 127.0.0.1:9090 ledger.v2.Queues.PurgeQueue \"name: 'payouts'\"",
        "buf curl --data '{}' http://localhost:8080/ledger.v2.Ledgers/DropLedger",
        "evans --host localhost -r cli call ledger.v2.Entries.BatchDeleteEntries --file entries.json",
    ]
    @Test(arguments: rpcDeletes) func aDeletingMethodDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let rpcReads: [String] = [
        "grpcurl -plaintext localhost:50051 list ledger.v2.Volumes",
        "grpcurl -plaintext -d '{\"id\":\"vol-7\"}' localhost:50051 ledger.v2.Volumes/GetVolume",
        "grpc_cli ls 127.0.0.1:9090 ledger.v2.Queues -l",
        "buf curl --list-methods http://localhost:8080",
        "grpcurl -plaintext localhost:50051 describe ledger.v2.Volumes.DeleteVolume",
    ]
    @Test(arguments: rpcReads) func aLookingMethodDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A forced delete through a client library deletes a bucket or dataset with its contents.
    @Test func aForcedDeleteDestroys() {
        Fixture.expectDestroys("python3 -c \"from google.cloud import storage; storage.Client().bucket('ledger-dev-exports').delete(force=True)\"")
        Fixture.expectDoesNotDestroy("python3 -c \"from google.cloud import storage; print(storage.Client().bucket('ledger-dev-exports').exists())\"")
    }
}
