import Testing
@testable import GuardianPolicy

/// The classes the twenty-fifth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyFifthClassesTests {
    /// Files emptied in place by find, outside the project (a service's logs are its record);
    /// an update that sets a disabling status.
    static let destroying: [String] = [
        "find /srv/shop/logs -name '*.log' -exec truncate -s 0 {} +", "sudo find /var/lib/shop -type f -exec truncate --size=0 {} \\;",
        "aws iam update-signing-certificate --user-name ci --certificate-id ABC --status Inactive",
        "aws iam update-ssh-public-key --user-name ci --ssh-public-key-id APKA1 --status Inactive",
    ]
    static let notDestroying: [String] = [
        "find ./logs -name '*.log' -exec truncate -s 0 {} +", "find /tmp/shop -name '*.log' -exec truncate -s 0 {} +",
        "find /srv/shop/logs -name '*.log' -exec ls -l {} +", "aws iam update-access-key --user-name ci --access-key-id AKIA1 --status Active",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Reads of staging: a tool whose modes are long options in a looking mode, a TLS probe, a
    /// pipeline's runs listed, a platform topic's looking verb.
    static let reads: [String] = [
        "kafka-topics.sh --bootstrap-server kafka.staging.example.io:9092 --describe --topic orders",
        "kafka-configs.sh --bootstrap-server kafka.staging.example.io:9092 --describe --entity-type topics --entity-name orders",
        "openssl s_client -connect api.staging.example.io:443 -servername api.staging.example.io",
        "gh run list -w release-staging.yml -L 3", "heroku redis:info -a shop-staging", "heroku pg:diagnose -a shop-staging",
    ]
    /// Their hard negatives: a changing mode beside the looking one, a run rerun.
    static let notReads: [String] = [
        "kafka-configs.sh --bootstrap-server kafka.staging.example.io:9092 --alter --entity-type topics --entity-name orders --add-config retention.ms=1",
        "kafka-topics.sh --bootstrap-server kafka.staging.example.io:9092 --create --topic orders-v2",
        "gh workflow run release-staging.yml",
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: notReads) func changesOfStagingAreDeniedUnderDev(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    /// Production named by an Azure resource ID, or by an option's value when the verb comes
    /// after a flag that takes none.
    static let production: [String] = [
        "az monitor metrics list --resource /subscriptions/1a2b/resourceGroups/shop-prod-rg/providers/Microsoft.Web/sites/shop-api --metric Requests",
        "az role assignment list --scope /subscriptions/1a2b/resourceGroups/rg-production",
        "pgbackrest --stanza=shop-prod --delta restore", "pgbackrest --stanza shop-prd --log-level-console=info check",
    ]
    static let elsewhere: [String] = [
        "az monitor metrics list --resource /subscriptions/1a2b/resourceGroups/shop-dev-rg/providers/Microsoft.Web/sites/shop-api --metric Requests",
        "pgbackrest --stanza=shop-dev --delta restore",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
