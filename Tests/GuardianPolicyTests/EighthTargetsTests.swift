import Testing
@testable import GuardianPolicy

/// Where commands name production that the engine did not read before the eighth held-out
/// corpus's production lines were read: each mechanism with lines that must name production
/// (denied under staging) and lines that must not, and reads of staging that dev lets run. The
/// lines are written for the mechanism (made-up tools and names, and common tools' other
/// spellings), not taken from any corpus.
struct EighthTargetsTests {
    static let production: [String] = [
        // A site or app and its environment joined by a dot, and a host named as an argument.
        "sitectl env:deploy shop.live --note=release", "hostingcli backup:create blog.prod", "sitectl remote:exec shop.prod -- cron",
        "tenantctl tenants use acme-prod.eu.idp.example.com",
        // A remote login or connect identifier.
        "exportdb scott@prod_orcl full=y", "zfsrepl tank/data root@nas-prod.example.com:tank/data", "tapectl admin@backup.production.example.com",
        // `host:port` given to any short option; a URL whatever the verb.
        "colsql -n col-prod.example.com:30015 -u admin", "metricsq query instant https://metrics.prod.example.com 'up'",
        "linkprobe https://api.production.example.com/health",
        // Connection strings and Windows-style options.
        "dacpac-tool /Action:Publish /TargetConnectionString:\"Server=tcp:sql-prod.example.com,1433;Database=shop\"",
        "reportcli export --conn \"Data Source=db.prod.internal;Initial Catalog=sales\"", "bulkcopy /TargetServerName:sql-prod-01.example.com /Table:orders",
        // The cloud or tenant a client acts in, by option or by variable; a local verb followed by another verb.
        "cloudctl --os-cloud prod server list", "vmctl server delete web-1 --cloud production", "idpctl users list --tenant acme-production",
        "OS_CLOUD=production cloudctl volume list", "IDP_TENANT=acme-prod idpctl users list", "K8S_CLUSTER=prod-eu opsctl restart api",
        // A verb that runs a query: the options before it name where.
        "graphdb -I acme/production query \"select count(User)\"", "tsdbcli -i prod-metrics sql 'SHOW TABLES'",
        // Options passed on after `--` to the job a verb runs.
        "jobctl run -j rotate-logs -- -environment production", "pipectl trigger build-1 -- --stage=prod",
        // An environment's name with a resource's noun written onto it.
        "olapctl attach PRODDB", "vmctl restart prodweb3", "warehouse connect to LIVEDB user etl", "redis-cli -h prodredis.internal ping",
        // Configuration and cluster files given by -c and -C.
        "kvcli -C /etc/kv/prod.cluster --exec status", "queuecli -c conf/production/queue.ini",
        // Environment keys in any option of a verb that acts, as `key=value` or JSON.
        "jobtower launch 12 --extra_vars '{\"deploy_env\": \"prod\"}'", "flowctl run pipeline --params target_env=production",
        // Secrets' paths.
        "keyctl secrets get shop/prod-db-password", "vaultcli secret read apps/production/api-key", "berglas access team-secrets/prod-token",
        // Ansible's JSON extra vars and vars files.
        "ansible-playbook site.yml --extra-vars '{\"env\":\"production\"}'", "ansible-playbook site.yml -e @vars/prod.yml",
        // ssh's jump hosts and renamed hosts.
        "ssh -J bastion.prod.example.com app-1", "scp -o ProxyJump=jump-prod dump.sql app-1:/tmp/", "ssh -o HostName=api.production.example.com app",
        // Compose's files and project names, when the verb runs containers.
        "docker compose -f compose.prod.yml up -d", "podman compose -p shop-production down", "docker compose -f deploy/production/compose.yaml restart api",
        // A database named in a URL to a remote address.
        "psql \"postgresql://app@10.0.0.5/shop_production\"", "DATABASE_URL=postgres://app@10.1.2.3/orders_prod npx prisma migrate deploy",
        // libpq's service and database variables; gcloud's named configuration; an AWS log group.
        "PGSERVICE=prod psql -c 'select 1'", "PGDATABASE=app_production psql", "CLOUDSDK_ACTIVE_CONFIG_NAME=prod gcloud compute ssh vm-1",
        "gcloud --configuration=production sql instances list", "aws logs tail /aws/lambda/prod-api --follow",
        // Kubeconfigs spelled `prd`; kubectl's `--user`; short options of az, k9s and flux.
        "KUBECONFIG=/home/user/.kube/acme-prd kubectl get nodes", "kubectl --user=admin-prod get nodes",
        "az account set -s acme-production", "az group delete -n rg-prod --yes", "k9s -n prod", "flux -n production get sources git",
        // An inventory variable; ssh's configuration and key files.
        "ANSIBLE_INVENTORY=inventories/production ansible-playbook deploy.yml",
        "ssh -F /home/user/.ssh/config.prod gateway", "ssh -i /home/user/.ssh/live-deploy.pem admin@10.9.8.7", "scp -i keys/prod.pem site.tar ops@10.9.8.7:/srv/",
        // Database options of database clients; alembic's `-x` settings; configuration files spelled as one word.
        "mysqldump --databases orders_prod", "mysql --database=orders_production -e 'select 1'", "alembic -x env=prod upgrade head",
        "flyway -configFiles=conf/production.conf migrate",
        // The credentials or configuration file a cloud CLI signs in with, whatever the verb.
        "GOOGLE_APPLICATION_CREDENTIALS=/home/user/keys/acme-prod.json gcloud storage ls", "AWS_SHARED_CREDENTIALS_FILE=/home/user/.aws/creds-prod aws s3 ls",
        "AWS_CONFIG_FILE=/home/user/.aws/config.production aws sts get-caller-identity",
    ]

    static let noOtherEnvironment: [String] = [
        "mytool deploy release.tar.gz", "mytool show v1.2.3", "sitectl env:deploy shop.dev",
        "pkgtool publish @acme/ui@2.0.0", "mailer send ops@example.com", "zfsrepl tank/data root@localhost:tank/copy",
        "colsql -n localhost:30015 -u admin", "netbench run -p 8080:80",
        "sitegen build https://www.prod.example.com/",
        "dacpac-tool /Action:Script /TargetConnectionString:\"Server=localhost;Database=shop\"",
        "cloudctl --os-cloud devstack server list", "OS_CLOUD=devstack cloudctl server list",
        "jobctl run -j build -- -branch main", "olapctl attach PRODUCTDB", "vmctl restart devbox2", "stagectl restart stages", "redis-cli -h productredis.internal ping",
        "kvcli -C /etc/kv/local.cluster --exec status", "imgtool convert -C out/ photo.png",
        "reporter run --vars '{\"title\": \"production readiness\"}'",
        "keyctl secrets get shop/dev-db-password", "secretscan scan src/prod_config.py",
        "ansible-playbook site.yml -e @vars/dev.yml",
        "ssh -J localhost app-1", "scp -o StrictHostKeyChecking=no build.tar localhost:/tmp/", "rsync -o -g -av src/ dst/",
        "docker compose -f compose.prod.yml build", "docker compose -f compose.prod.yml config", "docker compose -f compose.dev.yml up -d",
        "psql postgres://localhost/app_production -c 'select 1'", "psql postgres://app@db:5432/app_production -c 'select 1'", "DATABASE_URL=postgres://127.0.0.1/app_production npx prisma migrate dev",
        "PGSERVICE=local psql -c 'select 1'",
        "ssh -i /home/user/.ssh/id_ed25519 -F /home/user/.ssh/config devbox uptime", "GOOGLE_APPLICATION_CREDENTIALS=/home/user/keys/dev-sa.json gcloud compute instances list",
        "JAVA_HOME=/opt/jdk-prod aws s3 ls", "mysqldump --databases orders_dev", "alembic -x env=dev upgrade head", "k9s -n default", "az group list -o table",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: noOtherEnvironment) func namesNoOtherEnvironment(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }

    /// Reads of staging under dev, through the same places.
    static let stagingReads: [String] = [
        "sitectl env:info shop.staging", "opsctl status root@db.staging.example.com", "metricsq query instant https://metrics.staging.example.com 'up'",
        "cloudctl --os-cloud staging server list", "OS_CLOUD=staging cloudctl volume list", "idpctl users list --tenant acme-staging",
        "kvcli -C /etc/kv/staging.cluster --exec status", "docker compose -p shop-staging logs api", "docker compose -f compose.staging.yml ps",
        "aws logs tail /aws/lambda/staging-api", "psql \"postgresql://app@10.0.0.7/shop_staging\" -c 'select 1'",
        "az group show -n rg-staging", "mysql --database=orders_staging -e 'select 1'", "flux -n staging get kustomizations",
    ]

    @Test(arguments: stagingReads) func readsStaging(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision <= .audit, "\(line): \(String(describing: e.environment)) \(e.decision)")
    }
}
