import Testing
@testable import GuardianPolicy

/// The classes the twenty-ninth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyNinthClassesTests {
    /// Commands run on other machines by a fleet tool's command string; framework runners'
    /// one-liners (after their own options, fed on their input, by each record in turn);
    /// one-line programs that delete by a bang method, an imported `rm`, Deno's remove, or SQL
    /// handed to a driver; a verb path after global options' values.
    static let destroying: [String] = [
        "bolt command run 'rm -rf /srv/shop/media' --targets web-staging-1", "bolt command run 'dropdb shop' -t db-1",
        "az vm run-command invoke -g shop-rg -n shop-db --command-id RunShellScript --scripts 'rm -rf /var/lib/shop/exports'",
        "bin/rails runner -e test 'Invoice.delete_all'", "echo 'Cart.destroy_all' | bin/rails console",
        "bin/rails runner 'Upload.find_each(&:destroy)' -e development",
        "php artisan tinker --execute='App\\Models\\Cart::truncate();'", "elixir -e 'File.rm_rf!(\"priv/static/uploads\")'",
        "node -e \"import('node:fs/promises').then(fs => fs.rm('data/cache-v1', {recursive: true}))\"",
        "node --input-type=module -e \"import { rm } from 'node:fs/promises'; await rm('uploads', { recursive: true })\"",
        "deno eval \"await Deno.remove('./uploads', { recursive: true })\"",
        "python3 -c \"import sqlite3; sqlite3.connect('app.db').execute('DELETE FROM sessions')\"",
        "openstack --os-cloud shop-dev volume snapshot delete nightly-1", "openstack --os-cloud shop-dev floating ip delete 203.0.113.9",
    ]
    static let notDestroying: [String] = [
        "bolt command run 'df -h' --targets web-1", "az vm run-command invoke -g shop-rg -n shop-db --command-id RunShellScript --scripts 'uptime'",
        "bin/rails runner -e test 'puts Invoice.count'", "echo 'puts Cart.count' | bin/rails console",
        "bin/rails runner 'Upload.where(stale: true).find_each(&:destroy)'",
        "python3 -c \"print('DELETE FROM sessions')\"", "python3 -c \"import sqlite3; sqlite3.connect('app.db').execute('DELETE FROM sessions WHERE id = 4')\"",
        "node -e \"console.log('rm -rf /')\"", "openstack --os-cloud shop-dev volume snapshot list", "dig +short api.example.io",
        "virsh dominfo shop-db", "virsh domblkinfo shop-db vda", "ceph osd safe-to-destroy 7", "rclone size shop-dev:backups",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Reads of staging: a fleet tool's looking command, a DNS lookup, a hypervisor's info.
    static let reads: [String] = [
        "bolt command run 'uptime' --targets web-staging-1", "dig @1.1.1.1 shop.staging.example.io TXT +short",
        "virsh dominfo shop-staging-db", "openstack --os-cloud shop-staging volume list",
    ]
    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// Production named by a file given as `file://` to a cloud CLI.
    @Test func aFileByURLNamesWhatItChanges() {
        Fixture.expectNamesProduction("aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch file://dns/prod-cutover.json")
        Fixture.expectNamesNoOtherEnvironment("aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch file://dns/dev-cutover.json")
    }

    /// A python program whose text names API paths with plural nouns does not act remotely by
    /// them (`deployments` is no deploy); a script's plural name still does (`seeds.exs`).
    @Test func pluralsCountForScriptNamesOnly() {
        Fixture.expectNamesNoOtherEnvironment(#"python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8080/apis/apps/v1/namespaces/shop-prod/deployments')""#)
        Fixture.expectNamesProduction("MIX_ENV=prod mix run priv/repo/seeds.exs")
    }
    // MARK: A second reading of its misses

    /// Pools, minion keys and Chef nodes named for an environment; a build step named for
    /// what it prepares acts here.
    static let secondReadingProduction: [String] = [
        "zpool destroy prodpool", "zfs destroy -r prodtank/shop@daily", "salt-key -y -d 'shop-prd-*'",
        #"knife search node "chef_environment:shop_production AND role:db" -a ipaddress"#, "knife node list -E production",
    ]
    static let secondReadingNone: [String] = ["zpool status tank", "salt-key -L", "knife node list", "MIX_ENV=prod mix assets.deploy"]

    @Test(arguments: secondReadingProduction) func theseNameProductionToo(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: secondReadingNone) func theseNameNone(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// Disk tools' own dry runs, and a dedupe that only lists, change nothing.
    static let ownDryRuns: [String] = ["sgdisk --zap-all --pretend /dev/sdc", "mkfs.ext4 -n /dev/sdc1", "mkfs.xfs -N /dev/sdc1", "rclone dedupe --dedupe-mode list gdrive:Photos"]
    static let notDryRuns: [String] = ["sgdisk --zap-all /dev/sdc", "mkfs.ext4 /dev/sdc1", "rclone dedupe --dedupe-mode newest gdrive:Photos"]

    @Test(arguments: ownDryRuns) func ownDryRunsChangeNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: notDryRuns) func withoutThemTheyDestroy(_ line: String) { #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)") }
}
