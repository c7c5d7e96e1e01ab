import Testing
@testable import GuardianPolicy

/// Places an environment is named that no grammar read, found by trying the forms the tools'
/// own documentation gives: objects a cluster or a container engine acts on by name, manifests
/// handed to an applier through a pipe or a process substitution, variables a tool reads for
/// where it acts, a runner's script after its `run`, a directory entered with `pushd`, and an
/// npm package run by the name it is fetched under (and k9s's read-only mode). Not taken from
/// any corpus.
struct ObjectNamesAndPipedManifestsTests {
    /// An object named for production, by any verb that takes names, and the objects a label
    /// selector picks.
    static let kubernetes: [String] = [
        "kubectl delete statefulset ledger-prod", "kubectl rollout undo deploy/checkout-production -n apps",
        "kubectl logs -f --tail 200 billing-prod-5c9d7-x2x8q", "kubectl drain worker-prod-12 --ignore-daemonsets",
        "oc describe dc/api-prd", "kubectl get pods -l tier=production -o wide", "kubectl get svc --selector 'env in (prod)'",
    ]
    @Test(arguments: kubernetes) func aClusterObjectNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func namesThatAreNoObjectsNameNothing() {
        // A label's key=value, a copy's paths, an option's value, what exec runs.
        Fixture.expectNamesNoOtherEnvironment("kubectl label pods api-0 release=canary")
        Fixture.expectNamesNoOtherEnvironment("kubectl exec -it api-0 -- grep -r production /etc/app")
        Fixture.expectNamesNoOtherEnvironment("kubectl get pods --sort-by .metadata.name")
        Fixture.expectNamesNoOtherEnvironment("kubectl explain deployment.spec.strategy")
        Fixture.expectNamesNoOtherEnvironment("kubectl get pods -l app=liveness-demo")
        Fixture.expectAllowedUnderDev("kubectl logs deploy/api-staging -n staging --since 1h")
    }

    /// A container acted on by name, by every verb that names containers.
    static let containers: [String] = [
        "docker logs --tail 100 orchard_prod_worker_1", "docker restart orchard-production-api", "podman inspect ledger-prod-db",
        "docker container stop api-prod", "docker cp orchard-prod-web:/var/log/app.log ./app.log",
    ]
    @Test(arguments: containers) func aContainerNamedForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherContainersNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("docker logs --tail 100 orchard_web_1")
        Fixture.expectNamesNoOtherEnvironment("docker run --rm -e NODE_ENV=production node:20 node -e 'console.log(1)'")
        Fixture.expectAllowedUnderDev("docker restart orchard-db")
    }

    /// What the stage before an applier renders or reads is what it applies: the environment
    /// its words name is the applier's.
    static let piped: [String] = [
        "kustomize build deploy/overlays/prd | kubectl apply -f -",
        "helm template ledger ./charts/ledger --values values.production.yaml | kubectl apply -f -",
        "envsubst < manifests/prod/ingress.yaml | kubectl apply -f -",
        "cat k8s/production/*.yml | kubectl delete -f -",
        "yq '.spec.replicas = 3' k8s/prod/api.yaml | kubectl replace -f -",
        "bash -c 'kubectl apply -f <(kustomize build overlays/production)'",
    ]
    @Test(arguments: piped) func manifestsPipedFromProductionNameIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func manifestsFromElsewhereNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("kustomize build deploy/overlays/dev | kubectl apply -f -")
        Fixture.expectNamesNoOtherEnvironment("cat k8s/api.yaml | kubectl apply -f -")
        // Not an applier: a search through production's manifests reads this machine's files.
        Fixture.expectNamesNoOtherEnvironment("cat k8s/prod/api.yaml | grep image:")
    }

    /// Variables a tool reads for where it acts, whatever its verb, and MySQL's option files.
    static let variables: [String] = [
        "HELM_NAMESPACE=production helm status ledger", "HELM_KUBECONTEXT=eks-prod helm history ledger",
        "RESTIC_REPOSITORY=s3:s3.amazonaws.com/orchard-prod-backups restic snapshots --latest 3",
        "BORG_REPO=ssh://backup@vault-prod/./orchard borg list", "ANSIBLE_INVENTORY=inventories/production ansible web -m ping",
        "TEMPORAL_NAMESPACE=production temporal workflow list", "mysql --defaults-extra-file=~/.orchard-prod.cnf -e 'SHOW PROCESSLIST'",
    ]
    @Test(arguments: variables) func aToolsOwnTargetVariableNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherVariablesNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("HELM_NAMESPACE=ledger-dev helm status ledger")
        Fixture.expectNamesNoOtherEnvironment("RESTIC_REPOSITORY=/mnt/backups/orchard restic snapshots")
        Fixture.expectNamesNoOtherEnvironment("mysql --defaults-extra-file=~/.my.cnf -e 'SHOW TABLES' orchard_dev")
    }

    /// A runner's script follows its `run` (`deno run -A x.ts`, `bun run x.ts`): the script is
    /// the task, as an interpreter's first word is, and its options name where it acts.
    @Test func aRunnersScriptIsTheTask() {
        Fixture.expectNamesProduction("deno run -A scripts/purge_orphans.ts --env prod")
        Fixture.expectNamesProduction("bun run scripts/migrate.ts --env=production")
        Fixture.expectNamesNoOtherEnvironment("deno run -A scripts/purge_orphans.ts --env dev")
    }

    /// k9s in its read-only mode shows a cluster, of staging too.
    @Test func aReadOnlyClusterViewReads() {
        Fixture.expectAllowedUnderDev("k9s -n staging --readonly")
        #expect(Fixture.dev.evaluate(Fixture.exec("k9s -n staging")).decision > .audit)
    }

    /// An API object's generated id whose type prefix is an environment's word (Stripe's
    /// products, `prod_…`) names no environment; a name a team writes still does.
    @Test func aGeneratedObjectIDNamesNothing() {
        Fixture.expectAllowedUnderDev("stripe products retrieve prod_QbX7fK2mLp9Rzd")
        Fixture.expectAllowedUnderDev("stripe prices list --product prod_QbX7fK2mLp9Rzd --limit 3")
        Fixture.expectNamesProduction("psql -h 10.0.0.7 -d prod_orders -c 'select 1'")
        Fixture.expectNamesProduction("aws dynamodb scan --table-name prod_OrdersTable")
    }

    /// `pushd` enters a directory as `cd` does.
    @Test func pushdEntersTheDirectory() {
        Fixture.expectNamesProduction("pushd infra/envs/production && terraform apply -auto-approve && popd")
        Fixture.expectNamesNoOtherEnvironment("pushd infra/envs/dev && terraform apply -auto-approve && popd")
    }

    /// A package runner runs the package's binary: by its binary's name (`dotenv-cli` runs
    /// `dotenv`) and without the version it is fetched at.
    static let packages: [String] = [
        "npx dotenv-cli -e .env.production -- node scripts/reindex.js", "npx vercel@latest deploy --prod",
        "bunx netlify-cli deploy --prod --dir dist", "npx firebase-tools@13 deploy --only functions --project orchard-prod",
    ]
    @Test(arguments: packages) func aPackageRunByItsFetchNameIsItsBinary(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func packagesForOtherEnvironmentsNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("npx dotenv-cli -e .env.test -- node scripts/reindex.js")
        Fixture.expectAllowedUnderDev("npx vercel@latest --version")
    }
}
