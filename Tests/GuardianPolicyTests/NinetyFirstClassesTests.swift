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
}
