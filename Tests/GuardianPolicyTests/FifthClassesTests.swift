import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the fifth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (other tools, other names), not taken from the corpus.
struct FifthClassesTests {
    static func op(_ line: String) -> CommandOperation? { CommandModelTests.op(line) }

    // MARK: Operations

    static let destroy: [String] = [
        // Freeing, revoking, clearing, collecting garbage.
        "storetool volumes free store1:vm-100-disk-0", "keytool2 api-keys revoke 17", "searchtool index clear products",
        "envtool cleanup namespace preview-42", "zkshell deleteall /app/config",
        // Cloud API actions in PascalCase or camelCase.
        "cloudcli ecs DeleteInstance --InstanceId i-123", "cloudcli rds DeleteDBInstance --DBInstanceId db-1",
        "cloudcli cvm TerminateInstances --InstanceIds '[\"ins-1\"]'", "objcli removeBucket --name media",
        // A destroying word joined to the rest of a flag's name.
        "dupefinder -deleteduplicates true ~/Music", "storetool sync --deleteall",
        // A destroying word joined inside a program's name.
        "pg_dropcluster 15 main", "kv-purgeall",
    ]

    static let notDestroy: [String] = [
        "storetool volumes list", "keytool2 api-keys list", "searchtool index stats products",
        "cloudcli ecs DescribeInstances --RegionId cn-hangzhou", "cloudcli cvm DescribeInstancesStatus", "objcli listBuckets",
        "dupefinder -deleteduplicates false ~/Music", "dupefinder -makeresultsfile true ~/Music",
        "pg_lsclusters", "pg_createcluster 16 main", "dropbox-cli status", "dolt gc", "ipfs repo gc",
        "pg_archivecleanup -n /mnt/archive 000000010000003700000010",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Targets

    static let production: [String] = [
        // An option whose name says where the program connects, whatever its spelling.
        "docstore-restore --uri=mongodb://db.prod.example.com:27017 dump/", "fleettool sync --target-host root@prod-web-1",
        "pkgtool upload --server-id=prod build/app.jar", "graphtool --jump-host bastion.production.example.com status",
        // An option whose name says it selects a configuration, profile, account or id.
        "cloudtool --config ~/.cloudtool-prod.yaml instance update web-1", "stacktool run --id prod-networking",
        "apptool deploy --envfile .env.production", "svc deploy --spring.profiles.active=prod",
        "orchestrate run --tags prod -- deploy",
        // Variables named for what they select, on a command that acts.
        "WEBAPP_CONFIG=production webtool run", "API_STAGE=prod apitool deploy",
        // Connection variables whose value is a URL naming production.
        "TRACKING_URI=https://tracking.prod.example.com trackcli runs list",
    ]

    static let noTarget: [String] = [
        "docstore-restore --uri=mongodb://localhost:27017 dump/", "fleettool sync --target-host root@dev-web-1",
        "pkgtool upload --server-id=dev build/app.jar", "cloudtool --config ~/.cloudtool-dev.yaml instance list",
        "apptool build --envfile .env.production", "WEBAPP_CONFIG=development webtool run",
        "TRACKING_URI=http://127.0.0.1:5000 trackcli runs list", "BUILD_CONFIG=production make", "NODE_ENV=production npm run build",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: noTarget) func namesNoProduction(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }
}
