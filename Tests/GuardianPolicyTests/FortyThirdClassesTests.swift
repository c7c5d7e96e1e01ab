import Testing
@testable import GuardianPolicy

/// The classes the forty-third held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyThirdClassesTests {
    /// A summary of what is there reads, of staging too.
    static let reports: [String] = ["nats stream report --context shop-staging", "nats consumer report ORDERS --context shop-staging"]
    @Test(arguments: reports) func reportsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// Kafka's console consumer prints a topic's messages; with a group of its own it moves
    /// that group's offsets.
    static let consumers: [String] = [
        "kafka-console-consumer --bootstrap-server kafka-1.staging.shop.internal:9092 --topic orders --max-messages 5",
        "kafka-console-consumer.sh --bootstrap-server stg-kafka:9092 --topic audit --from-beginning --property print.key=true",
    ]
    @Test(arguments: consumers) func consumersRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aGroupIsNoRead() {
        let line = "kafka-console-consumer --bootstrap-server kafka-1.staging.shop.internal:9092 --topic orders --group billing"
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny)
    }

    /// A listing by a CLI no grammar knows, searched for an environment's names.
    static let production: [String] = ["neonctl branches list --project-id icy-lake-42 | grep -i production", "turso db list | grep shop-prod"]
    static let notProduction: [String] = ["neonctl branches list --project-id icy-lake-42 | grep -v production", "npm ls | grep prod"]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notProduction) func theseDoNot(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).environment != "production", "\(line)")
    }
}
