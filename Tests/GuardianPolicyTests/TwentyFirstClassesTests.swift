import Testing
@testable import GuardianPolicy

/// The classes the twenty-first held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyFirstClassesTests {
    // MARK: Destroying forms of the most-run tools

    static let destroying: [String] = [
        "git gc --prune=all", "git prune --expire=now", "git lfs prune --no-verify-remote",
        "az deployment group create -g rg-shop-dev -f main.bicep --mode Complete",
        "docker compose run --rm web bin/rails db:drop", "docker exec db psql -U app -c 'DROP SCHEMA public CASCADE'",
        "wrangler d1 execute shop-dev-db --local --command 'DROP TABLE carts'",
        "influx delete --bucket metrics-dev --start 1970-01-01T00:00:00Z --stop 2030-01-01T00:00:00Z",
    ]
    static let notDestroying: [String] = [
        "git gc", "git gc --auto", "git prune --dry-run", "git lfs prune --dry-run", "git lfs prune",
        "az deployment group create -g rg-shop-dev -f main.bicep", "az deployment group what-if -g rg-shop-dev -f main.bicep --mode Complete",
        "docker compose run --rm web bin/rails test", "docker exec db psql -U app -c 'SELECT 1'", #"psql -c '\h TRUNCATE'"#,
        #"influx delete --bucket metrics-dev --start 2026-01-01T00:00:00Z --stop 2026-01-02T00:00:00Z --predicate '_measurement="cpu" AND host="a"'"#,
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Reads of staging that dev runs

    static let reads: [String] = [
        "terraform init -backend-config=envs/staging.backend.hcl", "aws s3 cp s3://shop-staging-reports/daily.csv -", "git fetch staging",
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    // MARK: Where it acts: a remote, a swarm stack, a container, a pod's namespace, a secret
    // manager's environment, a metric's dimensions, a key rotation's variables

    static let production: [String] = [
        "git pull production main", "docker stack deploy -c stack.yml shop-prod", "docker exec -it shop-prod-db psql -U app",
        "kubectl cp shop-prod/api-0:/var/log/app ./logs", "infisical export --env=production --format=json",
        "aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name FreeStorageSpace --dimensions Name=DBInstanceIdentifier,Value=shop-prod-db",
        "ENVIRONMENT=production ./bin/rotate-credentials.sh",
    ]
    static let elsewhere: [String] = [
        "git pull origin main", "docker stack deploy -c stack.yml shop-dev", "docker exec -it shop-dev-db psql -U app",
        "kubectl cp shop-dev/api-0:/var/log/app ./logs", "infisical export --env=dev --format=json", "ENVIRONMENT=dev ./bin/rotate-credentials.sh",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
