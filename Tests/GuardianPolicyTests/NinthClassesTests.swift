import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the ninth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (other names, other spellings), not taken from any corpus.
struct NinthClassesTests {
    // MARK: Operations

    static let destroy: [String] = [
        // Containers a substitution lists; volumes in any spelling stay destroying.
        "podman rm -f $(podman ps -q)", "docker container rm $(docker ps -aq --filter status=exited)", "nerdctl system prune -a --volumes",
        "docker-compose down -v --rmi all",
        // Every key or file a pipe names.
        "xargs valkey-cli UNLINK", "xargs -0 rm -f",
        // A cloud verb joined to its scope; a scope word before the verb.
        "az storage file delete-batch --source share1", "terragrunt destroy-all", "aws sqs batch-delete-queue --queue-url x",
        // A service scaled to nothing by a count option.
        "aws ecs update-service --cluster c1 --service api --desired-count 0", "gcloud container clusters resize c1 --num-nodes=0",
        "az aks nodepool scale --node-count 0 -g rg1 --cluster-name k1 -n pool1",
        // Every migration or seed undone.
        "python manage.py migrate shop zero", "npx sequelize-cli db:migrate:undo:all", "yarn knex seed:undo:all",
        // One migration undone (TwentySixthClassesTests).
        "npx sequelize-cli db:migrate:undo",
        // An ad-hoc module told to make what it manages absent.
        "ansible web -m user -a 'name=olduser state=absent'",
        // A data service on this machine told to delete.
        "curl -X DELETE http://127.0.0.1:6333/collections/notes", "curl -XPOST http://localhost:9200/events/_delete_by_query -d '{}'",
        "http DELETE localhost:7700/indexes/movies",
    ]

    static let notDestroy: [String] = [
        "docker image prune -af", "podman builder prune --all -f", "docker network rm backend-net", "docker rmi app:old",
        "docker container prune -f", "docker rm web-1", "docker-compose down --remove-orphans", "podman compose rm -f worker",
        "docker system prune -f", "sh -c 'docker rmi $(docker images -q --filter dangling=true)'",
        "valkey-cli DEL session:42", "keydb-cli SET banner FLUSHDB", "redis-cli GET drop_all_flag", "rm --help",
        "aws dynamodb delete-item --table-name Carts --key '{\"pk\": {\"S\": \"u1\"}}'", "aws sqs delete-message --queue-url q --receipt-handle abc",
        "aws ecs update-service --cluster c1 --service api --desired-count 3", "gcloud container clusters update c1 --min-nodes=0 --enable-autoscaling",
        "python manage.py migrate shop 0004", "npx sequelize-cli db:migrate:status", "ansible web -m user -a 'name=newuser state=present'",
        "curl -X DELETE http://localhost:3000/api/todos/4", "curl -X POST localhost:9200/events/_search -d '{}'",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line): \(String(describing: Fixture.dev.evaluate(Fixture.exec(line)).operation))")
    }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A pipe's xargs with its own replacement name: each item it names is every item.
    @Test func xargsReplacementNameIsEveryItem() {
        let line = "sh -c 'cat ids.txt | xargs -I ID aws dynamodb delete-item --table-name Carts --key \"{\\\"pk\\\": {\\\"S\\\": \\\"ID\\\"}}\"'"
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Commands run on another machine or in a pod

    static let heldRemotely: [String] = [
        "ssh admin@10.1.2.3 'dropdb shop'", "ssh -p 2222 ops@builder 'rm -rf /srv/cache/*'",
        "kubectl exec -n data pg-1 -- psql -c 'DROP TABLE orders'", "oc exec cache-0 -- valkey-cli FLUSHALL",
        "fly ssh console -a api-dev -C 'rm -rf /data/*'",
    ]

    static let readRemotely: [String] = [
        "ssh ops@box-1 uptime", "ssh -i ~/.ssh/id_ed25519 ops@box-1 'df -h; free -m'", "kubectl exec web-0 -- cat /etc/resolv.conf",
        "fly ssh console -a api-dev -C 'ls /app'",
    ]

    @Test(arguments: heldRemotely) func heldWhereItRuns(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: readRemotely) func readsWhereItRuns(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == .read, "\(line): \(String(describing: e.operation))")
        #expect(e.decision <= .audit, "\(line)")
    }

    /// A remote command that changes is no read: the staging-read rule does not let it through.
    static let stagingWrites: [String] = ["ssh deploy@web.staging.example.com 'systemctl restart app'", "kubectl -n staging exec api-0 -- touch /tmp/x"]

    @Test(arguments: stagingWrites) func remoteChangesAreNotReads(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    // MARK: A package's binary run by its package manager

    static let heldThroughPackageManager: [String] = ["yarn prisma migrate reset --force", "bun knex migrate:rollback --all", "pnpm --silent helm uninstall api"]
    static let allowedThroughPackageManager: [String] = ["yarn prisma generate", "pnpm knex migrate:list", "pnpm build", "yarn add left-pad", "bun run dev"]

    @Test(arguments: heldThroughPackageManager) func packageBinaryHeld(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: allowedThroughPackageManager) func packageBinaryAllowed(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    // MARK: Reads and previews of staging, allowed from dev

    static let stagingReads: [String] = [
        "kubectl rollout history deploy/api --context stg-eu", "oc rollout status dc/web -n staging",
        "wrangler tail worker-a --env staging", "valkey-cli -h kv.staging.internal --bigkeys",
        "az deployment sub what-if --location westeurope --subscription sub-staging --template-file infra.bicep",
        "ansible-inventory -i inventories/staging --list", "ansible web -i inventories/staging -m setup",
        "ssh ops@stg-db-2 'tail -n 50 /var/log/app.log'", "kubectl -n staging exec deploy/web -- printenv APP_VERSION",
    ]

    @Test(arguments: stagingReads) func stagingRead(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging", "\(line): \(String(describing: e.environment))")
        #expect(e.decision <= .audit, "\(line): \(String(describing: e.operation))")
    }

    // MARK: Printing the commands, reading the playbook: no environment reached

    static let offline: [String] = [
        "make -n release-production", "gmake --just-print deploy-prod", "make --recon migrate-production",
        "ansible-playbook -i inventories/production deploy.yml --list-tasks",
    ]

    @Test(arguments: offline) func reachesNothing(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    static let notOffline: [String] = ["make deploy-production", "ansible-playbook -i inventories/production deploy.yml --check"]

    @Test(arguments: notOffline) func reachesProduction(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    // MARK: Targets

    static let production: [String] = [
        // Running code against the environment's data.
        "RAILS_ENV=production bin/rails runner 'puts Order.count'", "python manage.py shell --settings=shop.settings.prod",
        // Alembic's `-x key=value`.
        "alembic -x environment=production downgrade -1",
    ]

    @Test(arguments: production) func namesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
}
