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
}
