import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the seventh held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (made-up tools and names), not taken from any corpus.
struct SeventhClassesTests {
    // MARK: Operations

    static let destroy: [String] = [
        // A verb spelled as a single-dash word, the first option.
        "blobfs -rm -r /archive/2023", "dfsh fs -rmr /tmp/x", "dfsh fs -expunge",
        // An option naming the kind of operation, given a destroying verb.
        "wfctl batch start --query 'Type=x' --batch_type terminate", "jobctl run --action delete --id 7", "queuectl submit --operation=purge",
        // Rewriting archives without what an exclude pattern matches.
        "archivectl recreate --exclude '*.tmp' /repo",
        // Unregistering; a verb marked unsafe.
        "runnerctl unregister --all", "nodeadm unsafe-recover",
        // A snapshot restored with nowhere else to go; a backup copied back into a data directory.
        "snapctl snapshot restore state.snap", "dbbackup --datadir=/var/lib/pgsql copy-back",
        // A destroying word that is a whole part in the middle of a program's name.
        "stream-purge-topics --broker localhost:9092", "kv-delete-keys.sh --all",
        // A colon path of a known platform CLI; Pulumi ESC environments; rm of what its input names.
        "netlify dns:delete example-zone", "pulumi env rm myorg/proj/test --yes", "rm -v {}",
    ]

    static let notDestroy: [String] = [
        "blobfs -ls /archive", "dfsh fs -du -h /data", "dfsh fs -cat /data/part-0000",
        "wfctl batch start --query 'Type=x' --batch_type signal", "jobctl run --action restart", "queuectl submit --operation=enqueue",
        "archivectl recreate --recompress lz4 /repo", "archivectl recreate --dry-run --exclude '*.tmp' /repo", "borg recreate -n --exclude '*.iso' /repo",
        "runnerctl register --url https://ci.example.com", "nodeadm status",
        "snapctl snapshot restore state.snap --data-dir /tmp/restored", "snapctl snapshot save state.snap", "dbbackup --datadir=/tmp/restore copy-back",
        "stream-list-topics --broker localhost:9092", "netlify dns:list", "pulumi env get myorg/proj/test", "rm -v build.log",
        "octodns-sync --config-file=config/dns.yaml",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Commands run by other commands

    /// Commands whose destroying command runs inside them: a jar run by java, a command run in
    /// a container, a removal fed its file names by xargs.
    static let heldThroughWrapper: [String] = [
        "java -jar toolbox-cli.jar -s http://localhost:9000/ delete-project demo", "java -Xmx512m -cp lib -jar bin/admin-2.4.1.jar remove-user bob",
        "docker exec -it worker /opt/app/bin/queue-purge-all.sh", "podman exec -u root web dropdb shop",
        "sh -c 'find . -name \"*.csv\" -print0 | xargs -0 -I {} rm {}'",
    ]

    static let allowedThroughWrapper: [String] = [
        "java -jar toolbox-cli.jar -s http://localhost:9000/ list-projects", "java -version",
        "docker exec -it worker ls /srv", "docker exec web cat /etc/hosts", "sh -c 'find . -name \"*.log\" -print0 | xargs -0 wc -l'",
    ]

    @Test(arguments: heldThroughWrapper) func held(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: allowedThroughWrapper) func allowed(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    // MARK: Targets

    static let production: [String] = [
        // Secret stores' paths, and Pulumi ESC environments.
        "pass show production/db", "lpass show 'Production/api-key'", "esc env get myorg/prod", "pulumi env get myorg/proj/prod",
        // Configured remotes of object-store clients.
        "mc cp ./dump.sql prod/backups/", "rclone sync ./site prod-s3:www",
        // Where a project's script connects.
        "./tools/consume.sh --bootstrap-server kafka-prod-2:9092", "bin/queue-admin --host mq.prod.example.com purge",
        // Connection and data settings in any option.
        "streamctl topic delete orders -X brokers=broker.prod.internal:9092", "searchnode repair -E path.data=/var/lib/search-production",
        // A URL given to a short option; a URL server whatever the verb.
        "sqlshell -u jdbc:postgresql://db-prod.example.com:5432/app -e 'SELECT 1'", "cictl -s https://ci.prod.example.com/ build deploy-api",
        "cictl build deploy-api --server=https://ci.prod.example.com",
        // The values of a verb that acts's short options and single-dash long options.
        "meshctl delete policy slow -m prod", "cfgtool env:describe -c production", "gridadmin dbStatus db1 -instance prod-host1.grid",
        // A jar's own connection option, read through java.
        "java -jar admin-cli.jar -s https://admin.prod.example.com/ restart web",
        // A configuration or data location named for the program's family.
        "SEARCH_HOME=/srv/search-prod searchctl delete index", "MQ_CONF=/etc/mq/production.conf mqadmin purge orders",
    ]

    static let noTarget: [String] = [
        "pass show dev/db", "esc env get myorg/dev", "mc cp ./dump.sql local/backups/", "rclone sync ./site backup-s3:www",
        "./tools/consume.sh --bootstrap-server localhost:9092", "streamctl topic delete orders -X brokers=localhost:9092",
        "searchnode repair -E path.data=/var/lib/search", "sqlshell -u jdbc:postgresql://localhost:5432/app -e 'SELECT 1'",
        "cictl -s https://ci.example.com/ build deploy-api", "sitegen build --base-url https://www.prod.example.com/", "sitegen server --baseURL https://prod.example.com/",
        "meshctl delete policy slow -m default", "sitegen build -c production",
        "reporter get -o prod-report.csv",
        // Another family's location variable, which an environment carries for every command.
        "JAVA_HOME=/opt/jdk-prod deployctl delete app", "ANDROID_HOME=/srv/prod/android-sdk storectl pool delete cache",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: noTarget) func namesNoProduction(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }

    /// Reads of staging under dev whose verb is a single-dash word.
    static let stagingReads: [String] = ["blobfs -ls hdfs://nn.staging.example.com/data", "dfsh fs -cat hdfs://nn.staging.example.com/data/part-0"]

    @Test(arguments: stagingReads) func readsStaging(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision <= .audit, "\(line): \(String(describing: e.environment)) \(e.decision)")
    }
}
