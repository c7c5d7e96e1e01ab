import Testing
@testable import GuardianPolicy

/// The classes the sixteenth held-out corpus's misses named, table by table: each mechanism with
/// lines that must be read its way and hard negatives that must not, written for the mechanism
/// (other tools, names and spellings, several made up: `logctl`, `objstore`, `blobctl`,
/// `cloudctl`), not taken from any corpus.
struct SixteenthClassesTests {
    // MARK: A consumer group's committed offsets deleted or reset; a reset's plan

    static let offsets: [String] = [
        "kafka-consumer-groups --bootstrap-server kafka-1:9092 --group billing --topic invoices --delete-offsets",
        "kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --group billing --reset-offsets --to-latest --all-topics --execute",
        "streamctl consumers reset billing --delete-offset",
    ]
    static let plans: [String] = [
        "kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --group billing --reset-offsets --to-earliest --all-topics",
        "kafka-consumer-groups --bootstrap-server kafka-1:9092 --group billing --reset-offsets --to-latest --topic invoices --dry-run",
        "kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --describe --group billing",
    ]

    @Test(arguments: offsets) func offsetsDeletedOrResetDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: plans) func aResetsPlanOrADescribeDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Trimming a log; a verb after how many it acts on

    static let trimsAndBulk: [String] = [
        "logctl stream trim-prefix events --offset 100", "objstore bulk-delete --bucket media-dev --force",
        "oci os object bulk-delete --bucket-name media-dev --force", "blobctl batch-delete --container uploads",
    ]
    static let bulkOther: [String] = [
        "logctl stream describe events", "objstore bulk-upload --bucket media-dev --src ./media",
        "oci os object bulk-download --bucket-name media-dev --download-dir ./media",
    ]

    @Test(arguments: trimsAndBulk) func trimmingAndBulkDeletesDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: bulkOther) func bulkCopiesAndDescribesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Tools' own destroying forms: image snapshots, a unit's state, a database file emptied

    static let toolForms: [String] = [
        "qemu-img snapshot -d before-upgrade vm.qcow2", "qemu-img snapshot -a before-upgrade vm.qcow2",
        "systemctl clean --what=state billing.service", "systemctl clean --what=logs,cache billing", "systemctl clean --what=all billing",
        "truncate -s 0 var/app.sqlite", "truncate --size=0 data/events.duckdb",
    ]
    static let toolFormsKept: [String] = [
        "qemu-img snapshot -l vm.qcow2", "qemu-img snapshot -c before-upgrade vm.qcow2", "qemu-img info vm.qcow2",
        "systemctl clean billing.service", "systemctl clean --what=cache billing", "systemctl clean --what=runtime,cache billing",
        "truncate -s 0 logs/app.log", "truncate -s 10M disk.img",
    ]

    @Test(arguments: toolForms) func theseToolFormsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: toolFormsKept) func theirOtherFormsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Devices: a key slot killed, a label cleared; scrubs verify; parted's print

    static let deviceLoss: [String] = [
        "cryptsetup luksKillSlot /dev/nvme0n1p3 2", "zpool labelclear -f /dev/nvme1n1", "scrub -p dod /dev/sdc",
        "parted -s /dev/sdc mklabel gpt", "parted /dev/sdc rm 2",
    ]
    static let deviceReads: [String] = [
        "btrfs scrub start /mnt/data", "btrfs scrub status /mnt/data", "zpool scrub tank", "parted /dev/nvme0n1 print",
        "parted -s /dev/sdc unit MiB print free",
    ]

    @Test(arguments: deviceLoss) func killingSlotsAndClearingLabelsDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: deviceReads) func scrubsAndPrintsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: fd's regular expressions for build and merge leftovers; its command's words

    static let leftovers: [String] = [#"fd -H '\.rej$' -x rm {}"#, "fd '^__pycache__$' -t d -X rm -rf", "fd -e pyc -x rm {}", "fd -H -t f '.orig$' -X rm"]
    static let data: [String] = [#"fd '\.sql$' -x rm {}"#, "fd -e json . config -x rm {}", "fd . migrations -x rm {}"]

    @Test(arguments: leftovers) func leftoversAreMadeAgain(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: data) func otherFilesDestroy(_ line: String) { Fixture.expectDestroys(line) }

    // MARK: A backup restored into a copy here

    static let copies: [String] = [
        "litestream restore -o ./tmp/check.db s3://billing-staging-backups/app.db", "litestream restore -o /tmp/check.db s3://billing-staging-backups/app.db",
    ]

    @Test(arguments: copies) func aCopyHereReadsStaging(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aRestoreIntoTheServiceOrADatabaseIsNoCopy() {
        Fixture.expectDestroys("litestream restore -o /var/lib/billing/app.db s3://billing-backups/app.db")
        #expect(CommandModelTests.op("pg_restore -d billing_dev latest.dump")?.kind != .read)
    }

    // MARK: Where a command runs or connects: systemd's -H, a connection URL as a property, a
    // profile's value before the verbs

    static let production: [String] = [
        "systemctl -H ops@api-prod-2 restart billing", "journalctl --host=deploy@db.prod.internal -u postgres -n 100",
        "mvn liquibase:update -Dliquibase.url=jdbc:postgresql://db.prod.internal:5432/app",
        "./gradlew flywayInfo -Dflyway.url=jdbc:mysql://mysql-prod-1:3306/shop", "cloudctl -p shop-prod server list",
    ]
    static let elsewhere: [String] = [
        "systemctl status billing", "journalctl -M dev-box -u billing", "mvn test -Dtest.url=http://localhost:8080",
        "mvn flyway:info -Dflyway.url=jdbc:postgresql://localhost:5432/app", "cloudctl -p shop-dev server list",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
