import Testing
@testable import GuardianPolicy

/// Where commands name production, or seemed to, that the engine did not read right before the
/// fourteenth held-out corpus's lines were read, table by table: each mechanism with lines that
/// must name production (denied under staging), lines that must not (hard negatives: benign lines
/// a dev session must still run), and reads of staging that dev lets run. The lines are written
/// for the mechanism, with tools, hosts and names no corpus uses (several made up: `stackctl`,
/// `fernhub`, `queuectl`, `cmsctl`, `notesctl`), not taken from any corpus.
struct FourteenthTargetsTests {
    // MARK: A layout's root directory named for one environment, holding another's

    static let layoutProduction: [String] = [
        "stackctl deploy --working-dir infra/live/prod/payments", "stackctl deploy --working-dir infra/prod/payments",
        "stackctl deploy --working-dir infra/live/payments", "stackctl deploy --working-dir infra/production/prd",
    ]
    static let layoutOther: [String] = [
        "stackctl deploy --working-dir infra/live/dev/payments", "stackctl deploy --working-dir infra/live/dev",
        "stackctl deploy --working-dir infra/prod/local",
    ]

    @Test(arguments: layoutProduction) func aLayoutUnderProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: layoutOther) func anotherEnvironmentInsideTheRootDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: A verb that sets the program's mode where it runs

    static let deployingTasks: [String] = ["bin/fernhub deploy production", "bin/fernhub release:push prod", "fernhub-cli deploy production"]
    static let modeSettings: [String] = [
        "bin/fernhub deploy:set-mode production", "bin/fernhub release:mode production", "fernhub-cli deploy:mode production",
    ]

    @Test(arguments: deployingTasks) func aDeployTaskNamingProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: modeSettings) func aModeSetHereDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: The resource part of an Amazon Resource Name

    static let arns: [String] = [
        "queuectl redrive --from arn:aws:sqs:eu-west-1:210987654321:tallow-dlq-prod",
        "alarmctl mute arn:aws:cloudwatch:eu-west-1:210987654321:alarm:tallow-latency-production",
        #"curlie -X POST https://hooks.example.net/run -d '{"fn":"arn:aws:lambda:eu-west-1:210987654321:function:tallow-prd-sync"}'"#,
    ]
    static let otherArns: [String] = [
        "queuectl redrive --from arn:aws:sqs:eu-west-1:210987654321:tallow-dlq-dev",
        // A text tool searching for it acts on nothing.
        "rg arn:aws:sqs:eu-west-1:210987654321:tallow-dlq-prod infra/",
        "alarmctl mute arn:aws:cloudwatch:eu-west-1:210987654321:alarm:tallow-latency",
    ]

    @Test(arguments: arns) func anArnsResourceNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: otherArns) func otherResourcesAndSearchesDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: An environment's key in an HTTP request's data

    static let environmentKeys: [String] = [
        #"curlie -X PATCH https://toggles.example.net/api/flags/checkout -d '{"envKey": "prd", "on": true}'"#,
        "xhs PATCH toggles.example.net/api/flags/checkout environment_key=production",
        #"curlie -X PATCH https://toggles.example.net/api/flags/checkout -d '{"environmentName":"production"}'"#,
        #"curlie "https://toggles.example.net/api/flags?env_id=live""#,
    ]
    static let noEnvironmentKeys: [String] = [
        #"curlie -X PATCH http://localhost:8030/api/flags/checkout -d '{"envKey": "production"}'"#,
        #"curlie -X PATCH https://toggles.example.net/api/flags/checkout -d '{"envKey": "dev"}'"#,
        #"curlie -X PATCH https://toggles.example.net/api/flags/checkout -d '{"flagKey": "production-banner"}'"#,
    ]

    @Test(arguments: environmentKeys) func anEnvironmentsKeyNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noEnvironmentKeys) func otherKeysAndLocalRequestsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: An environment in a URL's path

    static let urlPaths: [String] = [
        "curlie -X POST https://toggles.example.net/api/projects/web/envs/prod/flags/banner/on",
        "xhs DELETE toggles.example.net/api/environment/production/cache",
        "curlie https://releases.example.net/v1/environments/live/status",
    ]
    static let otherUrlPaths: [String] = [
        "curlie https://docs.example.net/environments/overview", "curlie -X POST http://localhost:4242/api/environments/production/on",
        "curlie https://toggles.example.net/api/envs/dev/flags", "curlie https://docs.example.net/guides/production-checklist",
    ]

    @Test(arguments: urlPaths) func anEnvironmentInAURLsPathNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: otherUrlPaths) func otherPathsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: Exporting or creating after the resource acted on

    static let resourceVerbs: [String] = [
        "cmsctl dataset export prod ./backup.tgz", "notesctl deploys new --env production", "notesctl incidents new --env prod",
        "cmsctl space export --stage production",
    ]
    static let localVerbsFirst: [String] = [
        "sitegen export --env production", "sitegen new blog --env production", "cmsctl dataset export dev ./backup.tgz",
    ]

    @Test(arguments: resourceVerbs) func exportingOrCreatingAResourceNamesItsEnvironment(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: localVerbsFirst) func exportingOrScaffoldingHereDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: Options named for an environment's identity

    static let identityOptions: [String] = [
        "cmsctl export --environment-id production", "cmsctl validate --env-id prod", "sitegen build --environment-name live",
        "cmsctl pull --environment-key production",
    ]
    static let buildOptions: [String] = [
        "sitegen build --environment production", "sitegen build --mode production", "cmsctl export --environment-id dev",
    ]

    @Test(arguments: identityOptions) func anEnvironmentsIdentityNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: buildOptions) func aBuildsEnvironmentDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: A DNS zone by name

    static let zones: [String] = [
        "gcloud dns record-sets list --zone=tallow-production", "gcloud dns record-sets transaction start --zone tallow-prd",
        "gcloud dns record-sets list --managed-zone=prod-tallow",
    ]
    static let otherZones: [String] = ["gcloud compute instances list --zone=europe-west4-a", "gcloud dns record-sets list --zone=tallow-dev"]

    @Test(arguments: zones) func aZoneNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: otherZones) func locationsAndOtherZonesDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: MySQL's named login path and option group

    static let loginPaths: [String] = [
        "mysqlshow --login-path=prod-ro", "mysqlcheck --login-path production --analyze shop",
        "mysqlshow --defaults-group-suffix=_production shop",
    ]
    static let otherLoginPaths: [String] = ["mysqlshow --login-path=local", "mysqlcheck --login-path dev-ro --analyze shop"]

    @Test(arguments: loginPaths) func aLoginPathNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: otherLoginPaths) func otherLoginPathsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: Reads of staging under dev, through the same places

    static let stagingReads: [String] = [
        "stackctl status --working-dir infra/live/staging", "mysqlshow --login-path=staging-ro",
        "gcloud dns record-sets list --zone=tallow-staging", "curlie https://toggles.example.net/api/envs/staging/flags",
        #"curlie https://toggles.example.net/api/flags -G -d '{"envKey": "stg"}'"#, "cmsctl dataset export staging ./backup.tgz",
    ]

    @Test(arguments: stagingReads) func readsStaging(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging", "\(line): \(String(describing: e.targetSource))")
        let s = Fixture.staging.evaluate(Fixture.exec(line))
        #expect(s.decision <= .audit, "\(line): \(s.decision)")
    }
}
