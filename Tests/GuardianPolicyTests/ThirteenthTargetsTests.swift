import Testing
@testable import GuardianPolicy

/// Where commands name production that the engine did not read before the thirteenth held-out
/// corpus's production lines were read, table by table: each mechanism with lines that must name
/// production (denied under staging), lines that must not (hard negatives: benign lines a dev
/// session must still run), and reads of staging that dev lets run. The lines are written for the
/// mechanism, with tools, hosts and names no corpus uses (several made up: `kvstat`, `objctl`,
/// `sealcli`, `shipctl`), not taken from any corpus.
struct ThirteenthTargetsTests {
    static func expectAllowedUnderDev(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        Fixture.expectNamesNoOtherEnvironment(line, sourceLocation: sourceLocation)
        let d = Fixture.dev.evaluate(Fixture.exec(line)).decision
        #expect(d <= .audit, "\(line): \(d)", sourceLocation: sourceLocation)
    }

    // MARK: A host given as an argument, with its port or as a dotted name

    static let hostArguments: [String] = [
        "kvstat sess-prod-3.example.net:22122 slabs", "kvstat sess-prod3:22122 slabs", "ncat relay.production.example.net 2525",
        "netcat -v queue-prd-1.example.org 11300", "socat - broker-live.example.io:9093",
        "gearadmin-cli jobs.prod.example.com:4730 --status",
    ]
    static let noHostArgument: [String] = [
        "kvstat 127.0.0.1:22122 slabs", "ncat localhost 2525", "netcat -l 11300",
        // A name lookup asks about a name and reaches nothing there.
        "dig relay.production.example.net", "nslookup queue-prd-1.example.org",
        // Files named with dots, and packages.
        "imgconv logo.prod.final.png", "sqlrestore-check db.prod.2024.dump", "pkgtool add lodash.prodkit",
    ]

    @Test(arguments: hostArguments) func aHostArgumentNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noHostArgument) func otherArgumentsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: What a command decrypts, and the keys it decrypts with

    static let decrypting: [String] = [
        "rage --decrypt -i ~/keys/billing-prod.key vault/billing.env.rage", "rage -d -i ~/.keys/id-live.txt vault/app.env.rage",
        "gpg2 -d backups/orders-production.sql.gpg", "gpg2 --output creds.json --decrypt vault/prd-creds.json.gpg",
        "ansible-vault view group_vars/prod/vault.yml", "ansible-vault decrypt --vault-password-file ~/.vault-pass-production vars/secrets.yml",
        "git-crypt unlock ~/.keys/orders-prod.key", "ejson decrypt config/secrets.production.ejson",
        "eyaml decrypt -f hiera/prod/common.eyaml", "sealcli decrypt keys/live-signing.sealed", "decrypt-secrets --env-dir envs/production",
        "bin/rails credentials:show --environment production",
    ]
    static let notDecrypting: [String] = [
        // Encrypting a file, reading or rendering a configuration named for production.
        "rage --encrypt -r age1qyqszqgpqyqszqgpqyqszqgp -o vault/billing-prod.env.rage billing.env",
        "gpg2 --symmetric backups/orders-production.sql",         "bat config/environments/production.rb", "bat --paging=never deploy/production/settings.yml",
        "gpg2 --verify dist/app-prod.tar.gz.sig", "rage -d -i ~/.keys/id-dev.txt vault/app.env.rage",
        "bin/rails credentials:show --environment development",
    ]

    @Test(arguments: decrypting) func decryptingAnEnvironmentsSecretsNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notDecrypting) func encryptingOrReadingConfigurationDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: An environment in an HTTP request's data, query or headers

    static let requestData: [String] = [
        #"curlie -X POST https://alerts.example.net/api/v2/silences -d '{"matchers":["env:prod"],"comment":"release"}'"#,
        #"curlie -G https://logs.example.net/api/search --data-urlencode 'q=service:billing environment:production'"#,
        #"xhs hooks.example.net/cache/flush "X-Deploy-Env: production""#,
        #"curlie -X PATCH https://flags.example.net/api/flags/checkout -d '{"stage": "prd", "on": true}'"#,
        "xhs POST alerts.example.net/api/mute deployment.environment==live",
        #"curlie "https://metrics.example.net/api/query?tier=production&m=latency""#,
    ]
    static let noRequestEnvironment: [String] = [
        // A request to this machine acts on nothing elsewhere.
        #"curlie -X POST http://127.0.0.1:8126/v0.4/traces -d '{"env":"production"}'"#, "xhs POST :8126/v0.4/traces env=production",
        #"curlie https://api.example.net/v1/teams?owner=platform"#, #"curlie -H "Accept: application/json" https://api.example.net/v1/x"#,
        #"curlie -X POST https://alerts.example.net/api/v2/silences -d '{"matchers":["env:dev"]}'"#,
        // Not a request: a message that names production.
        #"git commit -m "mute env:production monitors while deploying""#,
    ]

    @Test(arguments: requestData) func aRequestNamingAnEnvironmentNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noRequestEnvironment) func otherRequestsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: An environment written inside an identifier given to a target option

    static let joinedIdentifiers: [String] = [
        "dbctl --project-ref tesseraprod02 backups list", "convox logs --app quillprodweb", "edgectl --app harborprodapi logs",
        "shipctl --app lanternprodsvc status", "hostctl --cluster nimbusproduction1 nodes", "convox ps --app orbitprods",
    ]
    static let notJoined: [String] = [
        "convox logs --app quillproducts", "dbctl --project-ref reproducer42 backups list", "edgectl --app prodigyweb logs",
        "shipctl --app lanternnonprod status", "convox ps --app byproductlabs", "edgectl --app produce-market logs",
    ]

    @Test(arguments: joinedIdentifiers) func anEnvironmentInsideATargetsIdentifierNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notJoined) func wordsThatOnlyBeginLikeItDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: The bucket of a storage command's `bucket/key` argument

    static let bucketPaths: [String] = [
        "objctl object get lumen-prod-backups/2024/db.tar --out db.tar", "blobcli blob download vault-production/keys/signing.json",
        "objctl bucket ls cargo-prd/exports/", "vaultfs storage cat mosaic-prod/reports/q1.csv",
    ]
    static let noBucketPath: [String] = [
        "objctl object put ./exports/prod-report.csv scratch-dev/reports/", "objctl object get scratch-dev/x.csv --out exports/prod-copy.csv",
        "imgconv assets/prod-banner.png", "objctl object ls scratch-dev/prod-reports/",
    ]

    @Test(arguments: bucketPaths) func aBucketNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noBucketPath) func localPathsAndOtherBucketsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: The rest of each database family: dump, load, backup and admin tools

    static let databaseTools: [String] = [
        "pg_basebackup -h pg.production.example.net -D /var/lib/pg/replica", "pg_isready -h pg-prod-7.example.net",
        "mysqlimport --host=sql-prod.example.net orders orders.csv", "mariadb-import -h maria-prod-2.example.net shop items.tsv",
        "mysqlpump -h mysql.prod.example.org --databases shop", "pg_receivewal -h replica-prod.example.net -D /srv/wal",
    ]
    static let localDatabaseTools: [String] = [
        "pg_basebackup -h localhost -D /tmp/replica", "mysqlimport --host=127.0.0.1 shop_dev items.csv", "pg_isready",
    ]

    @Test(arguments: databaseTools) func aDatabaseToolsHostNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: localDatabaseTools) func aLocalOneDoesNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: A settings module named for an environment

    static let settingsModules: [String] = [
        "SCRAPY_SETTINGS_MODULE=crawler.settings.production scrapy crawl shop",
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.prod gunicorn atlasweb.wsgi:application",
        "APP_SETTINGS=project.config.ProductionConfig python app.py", "DJANGO_SETTINGS_MODULE=atlasweb.settings.production django-admin inspectdb",
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.live celery -A atlasweb worker",
    ]
    static let notSettingsModules: [String] = [
        // Checking, testing and building here.
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.production django-admin check --deploy",
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.production django-admin collectstatic --noinput",
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.production python -m pytest tests/",
        // The module's last part is what it selects: a project named `live_scores` is not live.
        "DJANGO_SETTINGS_MODULE=live_scores.settings.local gunicorn live_scores.wsgi",
        "BUILD_CONFIG=production waf build",
    ]

    @Test(arguments: settingsModules) func aSettingsModuleNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: notSettingsModules) func otherModulesAndLocalTasksDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: Reads of staging under dev, through the same places

    static let stagingReads: [String] = [
        "dbctl --project-ref tesserastaging02 backups list", "convox logs --app quillstagingweb",
        "mysqlpump -h mysql.staging.example.org --databases shop", "pg_basebackup -h pg.staging.example.net -D /tmp/replica",
        "objctl object get mosaic-staging/reports/q1.csv --out q1.csv", "vaultfs storage ls mosaic-staging/reports/",
        #"curlie -G https://logs.example.net/api/search --data-urlencode 'q=service:billing env:staging'"#,
    ]

    @Test(arguments: stagingReads) func readsStaging(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision <= .audit, "\(line): \(String(describing: e.environment)) \(e.decision)")
    }

    /// Staging resources named these ways are staging, whatever the command does: a staging
    /// session runs them, a production one refuses them.
    static let namingStaging: [String] = [
        "kvstat sess-staging-3.example.net:22122 slabs", "rage -d -i ~/keys/billing-staging.key vault/billing.env.rage",
        "edgectl --app harborpreprodapi logs", "objctl object get lumen-staging-backups/2024/db.tar --out db.tar",
        "DJANGO_SETTINGS_MODULE=atlasweb.settings.staging gunicorn atlasweb.wsgi",
    ]

    @Test(arguments: namingStaging) func namesStaging(_ line: String) {
        let e = Fixture.production.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision == .deny, "\(line): \(String(describing: e.environment)) \(e.decision)")
    }
}
