import Testing
@testable import GuardianPolicy

/// The classes the fifteenth held-out corpus's misses named, table by table: each mechanism with
/// lines that must be read its way and hard negatives that must not, written for the mechanism
/// (other tools and spellings, several made up: `modelhub`, `mlctl`, `svcctl`, `storectl`), not
/// taken from any corpus.
struct FifteenthClassesTests {
    // MARK: A tool's own cache emptied, the verb and the cache in one word

    static let ownCache: [String] = ["modelhub delete-cache", "modelhub clear-cache --all", "svcctl cache-purge", "wagtail-admin purge-caches"]
    static let cacheGroup: [String] = ["someadmin cache purge --all", "modelhub delete-model bert-base", "svcctl purge-queue jobs"]

    @Test(arguments: ownCache) func aToolsOwnCacheIsMadeAgain(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: cacheGroup) func aCacheGroupsVerbOrAnotherObjectDestroys(_ line: String) { Fixture.expectDestroys(line) }

    // MARK: Removing every trace of a service's data, and taking a deployment down

    static let takenDown: [String] = [
        "svcctl cleanse", "mlctl endpoints undeploy-model ep-7 --model m-3", "appserver-cli undeploy orders-api",
        "gcloud ai endpoints undeploy-model 4321 --deployed-model-id=77 --region=europe-west4",
    ]
    static let putUp: [String] = ["svcctl clean", "mlctl endpoints deploy-model ep-7 --model m-3", "appserver-cli deploy orders-api", "gcloud ai endpoints list --region=europe-west4"]

    @Test(arguments: takenDown) func cleansingAndUndeployingDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: putUp) func cleaningOutputAndDeployingDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: A device's storage wiped by its flashing tool; remote copies collected

    static let wipes: [String] = [
        "fastboot update image-husky.zip -w", "fastboot oem unlock", "fastboot flashing unlock_critical", "pio run --target erase",
        "platformio run -e nodemcu -t erase", "dvc gc -w -c", "dvc gc --all-branches --cloud --remote storage",
    ]
    static let keeps: [String] = [
        "fastboot flash boot boot.img", "fastboot getvar all", "fastboot reboot bootloader", "pio run -t upload", "pio run -e nodemcu",
        "dvc gc -w", "dvc push -r storage",
    ]

    @Test(arguments: wipes) func wipingAndRemoteCollectingDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: keeps) func flashingAnImageOrCollectingHereDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: A typed acknowledgement that data will be lost

    static let acknowledged: [String] = [
        #"kubectl patch storagecluster main --type merge -p '{"spec":{"wipe":"yes-really-destroy-data"}}'"#,
        "radosgw-admin bucket rm --bucket=scans --purge-objects --yes-i-really-mean-it", "storectl reset --i_really_mean_it",
        "helm upgrade rook ./chart --set cleanup.confirmation=yes-really-destroy-data",
    ]
    static let notAcknowledged: [String] = [
        #"kubectl patch storagecluster main --type merge -p '{"spec":{"cleanupPolicy":{"confirmation":""}}}'"#,
        #"git commit -m "really fix the destroy path""#, "radosgw-admin bucket rm --bucket=scans --yes-i-really-mean-it --help",
        "grep -rn yes-really-destroy-data docs/",
    ]

    @Test(arguments: acknowledged) func anAcknowledgementDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notAcknowledged) func anEmptyOneHelpOrTextDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: A task that restores a backup over the live data

    static let restores: [String] = [
        "php artisan backup:restore --backup=latest", "bundle exec rake db:restore", "gitlab-rake gitlab:backup:restore BACKUP=2024_01_01",
        "bin/console app:database:restore var/dump.sql",
    ]
    static let backsUp: [String] = ["gitlab-rake gitlab:backup:create", "php artisan backup:list", "bundle exec rake db:backup", "npm run restore"]

    @Test(arguments: restores) func restoringABackupDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: backsUp) func takingOrListingBackupsDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: One document of a search store deleted by its id

    static let oneDocument: [String] = [
        "curl -X DELETE http://127.0.0.1:9200/logs-2024/_doc/AbC123", "curl -s -XDELETE 'localhost:9200/orders/_doc/17?refresh=true'",
    ]
    static let wholeIndex: [String] = ["curl -X DELETE http://127.0.0.1:9200/logs-2024", "curl -X DELETE 'localhost:9200/orders/_doc'"]

    @Test(arguments: oneDocument) func oneDocumentIsAWrite(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: wholeIndex) func theIndexDestroys(_ line: String) { Fixture.expectDestroys(line) }

    // MARK: A configuration shown

    static let shown: [String] = ["kamal config --destination=staging", "kamal config -d staging -c config/deploy.yml"]
    static let acted: [String] = ["kamal deploy --destination=staging", "kamal app exec -d staging 'bin/rails db:migrate'"]

    @Test(arguments: shown) func showingTheConfigurationReadsStaging(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: acted) func actingThereIsAWriteToStaging(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    // MARK: Label matchers in a query or a selector

    static let labelsProduction: [String] = [
        #"logcli query '{job="api", environment="production"}' --since=1h"#, "kubectl get pods -l 'env=production,tier=web'",
        "kubectl logs --selector=stage=prod --tail=50", #"lokitool query '{service="billing",env="prd"}'"#,
    ]
    static let labelsElsewhere: [String] = [
        #"logcli query '{job="api", env="staging"}' --since=1h"#, "kubectl get pods -l env=dev", #"grep -rn 'env="production"' deploy/loki/"#,
        #"logcli query '{job="api"} |= "production"'"#,
    ]

    @Test(arguments: labelsProduction) func aLabelNamingProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: labelsElsewhere) func otherLabelsAndTextDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: A key store's key paths; a warehouse tool's build at its target

    static let keysAndTargets: [String] = [
        "consul kv get shop/prod/feature-flags", "consul kv export shop/production/", "etcdctl get --prefix /production/",
        "dbt build --target prod", "dbt test --target production --select orders",
    ]
    static let elsewhere: [String] = [
        "consul kv get shop/dev/flags", "consul kv get -recurse shop/staging/", "etcdctl get --prefix /dev/", "dbt build --target dev",
        "dbt build --select state:modified+ --defer --state prod-run-artifacts/", "dbt docs generate --target staging",
    ]

    @Test(arguments: keysAndTargets) func keysAndTargetsNamingProductionNameIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func otherKeysTargetsAndStatePathsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
