import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the fourth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not.
struct GeneralisationTests {
    static func op(_ line: String) -> CommandOperation? { CommandModelTests.op(line) }

    // MARK: Operations

    static let destroy: [String] = [
        // Verbs outside the first vocabulary: emptying, undoing work, erasing storage.
        "wp site empty", "sqitch revert -y", "ceph-deploy disk zap node1:/dev/sdb", "mytool bucket empty media",
        // A database task that cleans or empties.
        "wp db clean --yes", "sometool db empty",
        // A destroying word joined to another in one word.
        "drush sql-drop", "hubtool delete_from_hub org/data", "admintool cluster-destroy c1",
        // Flags that delete data, not a by-product.
        "azcopy sync ./local 'https://acct.blob.core.windows.net/c' --delete-destination true", "deluser --remove-all-files bob",
        "vmtool rm vm1 --delete-disks",
        // A short flag that means delete.
        "tarsnap -d -f backup-2024-01-01", "fdupes -rdN ~/Pictures",
        // SQL in an option of a database shell no grammar knows.
        "mysqlsh --execute 'DROP DATABASE shop'", "dbshell -q 'TRUNCATE orders'",
        // Words on a block device.
        "nvme format /dev/nvme0n1", "blkdiscard /dev/sdb", "cryptsetup luksFormat /dev/sdb1", "mdadm --zero-superblock /dev/sdb1",
        "scrub /dev/sdb",
        // Names that say it: joined, `…del`, secure delete.
        "trash-empty", "userdel -r bob", "groupdel staff", "srm -r secrets/",
        // Other version control systems discarding work.
        "hg update --clean", "hg revert --all", "svn revert -R .", "hg remove --force src/a.py",
        // A command run by fd on what it finds.
        "fd -e sql -x rm", "fd --extension csv --exec rm", "fdfind backup -X rm",
    ]

    static let notDestroy: [String] = [
        "wp site list", "sqitch status", "ceph-deploy disk list node1", "wp db export", "wp db query 'SELECT 1'",
        "drush sql-dump", "azcopy sync ./local 'https://acct.blob.core.windows.net/c'", "azcopy sync ./a ./b --delete-destination=false",
        "deluser bobby-temp-not-a-flag --help", "tarsnap --list-archives", "tarsnap -c -f b /etc", "fdupes -r ~/Pictures",
        "mysqlsh --execute 'SELECT 1'", "dbshell -q 'DELETE FROM orders WHERE id = 1'",
        "nvme list", "nvme smart-log /dev/nvme0", "cryptsetup luksDump /dev/sdb1", "mdadm --detail /dev/md0", "blkid /dev/sdb",
        "hg remove src/old_module.py", "svn rm docs/old.md", "hg update default", "hg status", "trash-list", "usermod -aG docker bob",
        "docker compose up --remove-orphans", "gh pr merge 12 --delete-branch",
        "fd -e pyc -x rm", "fd -e o --exec rm", "fd -e sql -x wc -l",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Help and printing modes: a read that changes nothing, allowed under dev.
    static let harmless: [String] = [
        "dotnet nuget delete -h", "kubectl delete namespace shop -h", "npx mikro-orm schema:drop --dump",
        "sgdisk -p /dev/mmcblk1", "sgdisk --backup=table /dev/sdX", "sgdisk --print /dev/sda", "parted -l", "fdisk -l",
    ]

    static let notHarmless: [String] = [
        "dotnet nuget delete My.Package 1.0.0", "npx mikro-orm schema:drop --run", "sgdisk -Z /dev/sdb", "sgdisk -p -Z /dev/sdb",
        "parted /dev/sdb --script mklabel gpt", "mysqladmin -h db1 drop shop",
        // A trailing `-h` of a program not known to read it as help: a script may ignore it.
        "sometool volume delete -h", "./scripts/db.sh drop -h",
    ]

    @Test(arguments: harmless) func isHarmless(_ line: String) {
        #expect(Self.op(line)?.harmless == true, "\(line): \(String(describing: Self.op(line)))")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    @Test(arguments: notHarmless) func isNotHarmless(_ line: String) {
        #expect(Self.op(line)?.harmless != true, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Targets

    static let production: [String] = [
        // ssh-like programs' hosts.
        "autossh -M 0 -f -N -L 5432:localhost:5432 deploy@prod-db.example.com", "mssh deploy@prod-web-1 deploy@prod-web-2",
        "sshpass -p x ssh deploy@prod-web-3",
        // A flag that means production by itself.
        "stripe delete /v1/customers/cus_1 --live", "sometool run job --prod",
        // Environment options spelled otherwise.
        "doppler run -p backend -c prd -- npm run migrate", "fluxctl --k8s-fwd-ns=production list-workloads",
        "sometool sync --target-namespace production",
        // Inventory files and environment folders given as paths.
        "pyinfra inventories/production.py deploy.py", "mytool apply environments/production",
        // A project selected by a known grammar's verb.
        "oc project production",
    ]

    static let noTarget: [String] = [
        "autossh -M 0 -f -N -L 5432:localhost:5432 deploy@dev-db.example.com", "mssh deploy@web-1", "stripe customers list",
        "ng build --prod", "doppler run -p backend -c dev -- npm start", "fluxctl --k8s-fwd-ns=dev list-workloads",
        "pyinfra inventories/dev.py deploy.py", "mytool lint environments/production", "oc project dev", "npm install --production",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: noTarget) func namesNoProduction(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }
}
