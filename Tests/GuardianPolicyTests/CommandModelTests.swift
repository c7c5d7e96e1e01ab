import Foundation
import Testing
@testable import GuardianPolicy

/// The operation grammar and the target model, table by table: each class with lines that must
/// get it and lines that must not.
struct CommandModelTests {
    static func op(_ line: String) -> CommandOperation? {
        Operations.classify(ExecView(Fixture.exec(line)), expansion: Expansion(home: Fixture.home, project: Fixture.project))
    }

    static let destroy: [String] = [
        "kubectl delete pod api-1", "kubectl -n shop delete deployment api", "kubectl drain node-1", "kubectl scale deploy api --replicas=0",
        "kubectl apply --prune -f k8s/", "helm uninstall api", "helm delete api --purge",
        "terraform destroy", "terraform -chdir=envs/prod destroy -auto-approve", "tofu apply -destroy", "terraform apply -replace=aws_instance.web",
        "terraform state rm aws_db_instance.main", "terraform workspace delete old", "terragrunt run-all destroy",
        "pulumi destroy --yes", "pulumi stack rm dev", "pulumi state delete urn:x",
        "gcloud compute instances delete vm-1", "gcloud run services delete api", "gsutil rm -r gs://b", "gsutil rsync -d ./dist gs://b",
        "aws s3 rm s3://b --recursive", "aws s3 rb s3://b --force", "aws s3 sync ./dist s3://b --delete", "aws --profile dev rds delete-db-instance --db-instance-identifier db",
        "aws ec2 terminate-instances --instance-ids i-1", "aws kms schedule-key-deletion --key-id k", "aws ecr batch-delete-image --repository-name r",
        "az group delete -n rg", "az keyvault purge --name kv", "doctl compute droplet delete web-1",
        "railway down", "railway volume delete vol-1", "railway environment delete pr-1", "fly apps destroy a", "flyctl volumes destroy v -y",
        "fly postgres detach db", "fly scale count 0", "vercel remove my-app", "vercel env rm KEY", "supabase db reset", "supabase functions delete hello",
        "heroku apps:destroy --app a", "heroku pg:reset DATABASE_URL", "heroku pg:backups:restore b001 DATABASE_URL", "firebase firestore:delete --all-collections",
        "git push --force origin feature/x", "git push -f", "git push --force-with-lease", "git push origin +main", "git push origin :old",
        "git push --mirror backup", "git push origin --delete old", "git checkout -- .", "git checkout .", "git checkout -f main",
        "git restore .", "git restore --worktree .", "git restore -W -S .", "git reset --hard", "git reset HEAD --hard", "git clean -fdx",
        "git clean --force -d", "git branch -D old", "git stash clear", "git stash drop", "git filter-branch --all", "git reflog expire --all",
        "git update-ref -d refs/heads/x", "git send-pack https://git.example.com/r.git :refs/heads/feature", "git send-pack --force https://x/r.git main",
        "git -c remote.origin.mirror=true push origin", "git -c remote.origin.push=+HEAD:main push origin", "git -c remote.backup.push=:refs/heads/old push backup",
        "psql -c 'DELETE FROM t WHERE true'", "bq query 'UPDATE ds.t SET a = 0 WHERE 1=1'", "rm -rf .git", "rm -r ./.git/", "rm -rf *",
        "psql -c 'DROP TABLE users'", "psql -c 'truncate orders'", "psql --command='DELETE FROM users'", "psql -c 'UPDATE users SET admin = true'",
        "psql -c 'ALTER TABLE users DROP COLUMN email'", "psql -c 'select 1; drop schema public cascade'", "psql -f sql/drop_everything.sql",
        "mysql -e 'DELETE FROM orders'", "mysql --execute='drop database shop'", "sqlite3 app.db 'DELETE FROM sessions'",
        "clickhouse-client --query 'TRUNCATE TABLE events'", "sqlcmd -Q 'DROP TABLE t'",
        "mongosh --eval 'db.dropDatabase()'", "mongosh app --eval 'db.users.drop()'", "mongosh --eval 'db.users.deleteMany({ })'",
        "redis-cli FLUSHALL", "redis-cli -h cache -n 2 flushdb async", "redis-cli shutdown",
        "curl -X DELETE https://api.example.com/v1/users/1", "curl -XDELETE https://example.org/a", "curl --request=DELETE https://example.org/a",
        "http DELETE https://example.org/a", "xh delete example.org/a", "wget --method=DELETE https://example.org/a",
    ]

    static let notDestroy: [String] = [
        "kubectl get pods", "kubectl logs api", "kubectl apply -f k8s/", "kubectl scale deploy api --replicas=3", "kubectl config use-context prod",
        "helm list", "helm upgrade --install api ./chart", "terraform plan", "terraform apply", "terraform state list", "terraform workspace select prod",
        "pulumi up --yes", "pulumi stack select prod", "gcloud compute instances list", "gcloud config set project p", "gsutil rsync ./dist gs://b",
        "aws s3 ls", "aws s3 sync ./dist s3://b", "aws ec2 describe-instances", "aws --profile delete-me s3 ls", "az vm list", "doctl compute droplet list",
        "railway up", "railway logs", "fly scale count 3", "railway variables", "fly deploy", "fly logs -a delete-me", "vercel", "vercel ls", "supabase db push", "supabase start",
        "heroku logs --tail", "heroku config:set A=b", "firebase deploy",
        "git push", "git push origin main", "git push -u origin feature", "git send-pack https://x/r.git main", "git -c user.name=bot push origin main",
        "git -c remote.origin.mirror=false push origin", "git checkout main", "git checkout -b x",
        "git restore --staged .", "git reset HEAD~1", "git reset --soft HEAD~1", "git clean -n", "git branch -d merged",
        "git stash", "git stash pop", "git status", "git commit -m 'drop table users'", "rm -rf build", "rm -rf node_modules .build", "rm .gitignore",
        "psql -c 'select 1'", "psql -c 'DELETE FROM sessions WHERE id = 1'", "psql -c 'UPDATE users SET a = 1 WHERE id = 2'",
        "psql -c 'select * from dropped_items'", "psql -c '-- DROP TABLE x\nselect 1'", "psql -f migrate.sql", "mysql -e 'show tables'",
        "sqlite3 app.db '.tables'", "mongosh --eval 'db.users.find()'", "mongosh --eval 'db.users.deleteMany({age: 3})'",
        "redis-cli get key", "redis-cli -n 2 get flushall", "redis-cli set k v",
        "curl https://example.com/delete", "curl -X DELETE http://localhost:3000/todos/1", "curl -X POST https://api.example.com/x -d a=1",
        "http GET https://example.org/delete", "wget https://example.org/delete.tgz",
    ]

    static let harmless: [String] = [
        "kubectl delete --help", "kubectl delete pod api -h", "kubectl delete pod api --dry-run=client", "kubectl delete ns x --dry-run=server",
        "helm uninstall api --dry-run", "terraform destroy -help", "terraform destroy --help", "terraform plan -destroy", "tofu plan",
        "pulumi destroy --preview-only", "pulumi preview", "railway volume delete --help", "railway help", "fly apps destroy --help",
        "gcloud compute instances delete --help", "aws ec2 terminate-instances --instance-ids i-1 --dry-run", "aws s3 rb help",
        "az group delete --help", "heroku pg:reset --help", "supabase db reset --help", "git push --dry-run --force origin main",
        "git push -n -f origin main", "git clean -n -fd", "ansible-playbook -i production site.yml --check",
    ]

    static let notHarmless: [String] = [
        "kubectl delete pod api --dry-run=none", "kubectl delete pod api --dry-run=false", "kubectl delete pod api -l --help",
        "terraform destroy", "git push --force origin main", "git push --force --dry-run=false origin main", "psql -h --help -c 'DROP TABLE x'",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) {
        let o = Self.op(line)
        #expect(o?.kind == .destroy, "\(line): \(String(describing: o))")
        #expect(o?.harmless != true)
    }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) {
        let o = Self.op(line)
        #expect(o?.kind != .destroy, "\(line): \(String(describing: o))")
    }

    @Test(arguments: harmless) func changesNothing(_ line: String) {
        let o = Self.op(line)
        #expect(o?.harmless == true && o?.kind == .read, "\(line): \(String(describing: o))")
    }

    @Test(arguments: notHarmless) func isNotAHelpOrDryRun(_ line: String) {
        #expect(Self.op(line)?.harmless != true, "\(line)")
    }

    static let reads: [String] = [
        "kubectl get pods", "kubectl --context prod-eu describe pod api", "helm list", "helm status api", "terraform output", "terraform state list",
        "pulumi stack output --json", "gcloud sql instances list", "aws s3 ls", "aws logs tail /aws/lambda/api", "aws sts get-caller-identity",
        "az account show", "railway logs", "railway status", "fly logs -a x", "fly status", "vercel ls", "heroku logs --tail", "supabase db diff",
        "git status", "git log --oneline", "psql -c 'select count(*) from users'", "mysql -e 'SHOW DATABASES'", "redis-cli INFO keyspace",
        "mongosh --eval 'db.users.countDocuments()'", "curl https://example.com", "http GET https://example.org", "wget https://example.org/a.tgz",
    ]

    @Test(arguments: reads) func classifiedAsRead(_ line: String) {
        #expect(Self.op(line)?.kind == .read, "\(line): \(String(describing: Self.op(line)))")
    }

    /// Script text given on stdin: heredocs, here-strings and `echo … |`.
    @Test func scriptsFeedDatabaseClients() {
        for (script, destroys) in [
            ("psql app <<'SQL'\nDROP TABLE users;\nSQL", true),
            ("psql app <<SQL\nselect 1;\nSQL", false),
            ("echo 'FLUSHALL' | redis-cli", true),
            ("echo 'GET k' | redis-cli", false),
            ("mysql shop <<< 'DELETE FROM orders'", true),
            ("printf 'db.dropDatabase()' | mongosh app", true),
        ] {
            let e = Fixture.dev.evaluate(Fixture.exec("sh -c \(Self.quoted(script))"))
            #expect((e.decision >= .ask) == destroys, "\(script): \(e.decision) \(e.matches.map(\.id))")
        }
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    // MARK: Targets

    struct TargetRow: Sendable, CustomTestStringConvertible {
        var line: String
        var environment: String?
        var cwd: String = Fixture.project
        var testDescription: String { line }
    }

    static let targets: [TargetRow] = [
        TargetRow(line: "kubectl -n prod get pods", environment: "production"),
        TargetRow(line: "kubectl get pods --namespace=production", environment: "production"),
        TargetRow(line: "kubectl config use-context prod-cluster", environment: "production"),
        TargetRow(line: "kubectl create namespace production", environment: "production"),
        TargetRow(line: "kubectl delete ns/prod-eu", environment: "production"),
        TargetRow(line: "kubectl apply -k k8s/overlays/production", environment: "production"),
        TargetRow(line: "helm install api ./chart --namespace production", environment: "production"),
        TargetRow(line: "helm upgrade prod-api ./chart", environment: "production"),
        TargetRow(line: "helm upgrade api ./chart -f values-prod.yaml", environment: "production"),
        TargetRow(line: "terraform -chdir=envs/prod apply", environment: "production"),
        TargetRow(line: "terraform apply", environment: "production", cwd: Fixture.project + "/infra/envs/production"),
        TargetRow(line: "terraform apply -var environment=production", environment: "production"),
        TargetRow(line: "terraform output -state=envs/prod/terraform.tfstate", environment: "production"),
        TargetRow(line: "ansible production -m ping", environment: "production"),
        TargetRow(line: "cdk deploy ProdStack", environment: "production"),
        TargetRow(line: "aws lambda delete-function --function-name prod-api", environment: "production"),
        TargetRow(line: "aws rds modify-db-instance --db-instance-identifier prod-db --apply-immediately", environment: "production"),
        TargetRow(line: "gcloud compute instances delete prod-vm-1 --zone us-east1-b", environment: "production"),
        TargetRow(line: "gcloud compute instances list", environment: nil),
        TargetRow(line: "aws s3 ls", environment: nil),
        TargetRow(line: "cdk synth", environment: nil),
        TargetRow(line: "pulumi up --stack acme/live", environment: "production"),
        TargetRow(line: "gcloud config set project acme-prod", environment: "production"),
        TargetRow(line: "gcloud compute instances list --project acme-prd", environment: "production"),
        TargetRow(line: "ansible-playbook -i inventories/production site.yml", environment: "production"),
        TargetRow(line: "ansible-playbook site.yml --limit prod_web", environment: "production"),
        TargetRow(line: "ssh deploy@prod-web-1", environment: "production"),
        TargetRow(line: "ssh -i ~/.ssh/key ubuntu@db.production.example.com uptime", environment: "production"),
        TargetRow(line: "scp dump.sql deploy@prod-db-2:/tmp/", environment: "production"),
        TargetRow(line: "psql -h prod-db.internal -c 'select 1'", environment: "production"),
        TargetRow(line: "psql postgres://app@db.prod.example.com/app", environment: "production"),
        TargetRow(line: "mysql -h mysql-prd-1 -e 'show tables'", environment: "production"),
        TargetRow(line: "curl -X POST https://api.prod.example.com/v1/jobs", environment: "production"),
        TargetRow(line: "gh workflow run deploy.yml -f environment=production", environment: "production"),
        TargetRow(line: "NODE_ENV=production npx prisma migrate deploy", environment: "production"),
        TargetRow(line: "env RAILS_ENV=production bin/rails db:migrate", environment: "production"),
        TargetRow(line: "npm run deploy:prod", environment: "production"),
        TargetRow(line: "make deploy ENV=production", environment: "production"),
        TargetRow(line: "./scripts/deploy.sh production", environment: "production"),
        TargetRow(line: "fly logs -a my-app-staging", environment: "staging"),
        TargetRow(line: "railway --environment staging logs", environment: "staging"),
        TargetRow(line: "git push production main", environment: "production"),
        TargetRow(line: "kubectl get pods -n payments", environment: nil),
        TargetRow(line: "NODE_ENV=production npm run build", environment: nil),
        TargetRow(line: "npm run build:prod", environment: nil),
        TargetRow(line: "docker run -e NODE_ENV=production app", environment: nil),
        TargetRow(line: "grep -rn 'deploy prod' docs", environment: nil),
        TargetRow(line: "cat config/environments/production.rb", environment: nil),
        TargetRow(line: "diff .env.production .env.staging", environment: nil),
        TargetRow(line: "webpack --config webpack.prod.js", environment: nil),
        TargetRow(line: "curl https://github.com/acme/live-chat", environment: nil),
        TargetRow(line: "git commit -m 'deploy to prod'", environment: nil),
        TargetRow(line: "kubectl get pods -n productivity", environment: nil),
        TargetRow(line: "helm install liveness ./chart", environment: nil),
    ]

    @Test(arguments: targets) func namesTarget(_ row: TargetRow) {
        let e = Fixture.staging.evaluate(Fixture.exec(row.line, cwd: row.cwd))
        #expect(e.environment == row.environment, "\(row.line): \(String(describing: e.environment)) from \(String(describing: e.targetSource))")
        if row.environment == "production" {
            #expect(e.decision == .deny, "\(row.line) under staging: \(e.decision)")
            #expect(e.matches.first { $0.id == "environment.other" }?.reason.contains("word") == true || e.targetSource != nil)
        }
    }

    /// Rendering or checking files on this machine names an environment without acting on it.
    @Test(arguments: ["helm template api ./chart -f values-prod.yaml", "helm lint ./chart -f values-production.yaml", "terraform -chdir=envs/prod validate",
                      "terraform -chdir=envs/prod fmt", "kubectl kustomize k8s/overlays/production", "kubectl apply -k k8s/overlays/production --dry-run=client"])
    func offline(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    @Test(arguments: ["helm upgrade api ./chart -f values-prod.yaml", "terraform -chdir=envs/prod plan", "terraform -chdir=envs/prod init",
                      "kubectl apply -k k8s/overlays/production --dry-run=server", "kubectl apply -k k8s/overlays/production"])
    func notOffline(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    /// A dev session reads staging, and changes nothing there.
    @Test func devReadsStaging() {
        for line in ["fly logs -a my-app-staging", "railway --environment staging logs", "kubectl --context staging-eu get pods", "psql -h db.staging.example.com -c 'select 1'", "kubectl get pods -n staging"] {
            #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
            #expect(Fixture.production.evaluate(Fixture.exec(line)).decision == .deny, "\(line) under production")
        }
        for line in ["fly deploy -a my-app-staging", "railway --environment staging up", "kubectl --context staging-eu delete pod api-1", "psql -h db.staging.example.com -c 'DROP TABLE x'"] {
            #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
        }
    }

    /// Profiles choose their own words.
    @Test func profileWords() throws {
        let yaml = """
            name: shop
            extends: [staging]
            environments:
              production: {words: [blue]}
            """
        let dir = try LoaderTests.profileDirectory("words", ["shop.yaml": yaml])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = PolicyContext(home: Fixture.home, projectDirectory: Fixture.project, configDirectory: dir, systemDirectory: "/nonexistent")
        let policy = try PolicyLoader.load(profile: "shop", context: context).engine
        #expect(policy.evaluate(Fixture.exec("kubectl -n blue get pods")).decision == .deny)
        #expect(Fixture.staging.evaluate(Fixture.exec("kubectl -n blue get pods")).decision <= .audit)
    }
}

/// `cd` inside a `sh -c` script: the command after it is decided in both directories.
struct ScriptDirectoryTests {
    @Test func cdMovesTheTargetAndKeepsTheOriginalDirectory() {
        // The infrastructure directory names production.
        #expect(Fixture.staging.evaluate(Fixture.exec("sh -c 'cd envs/prod && terraform apply'")).decision == .deny)
        // A failed cd leaves the shell in the project: `rm -rf .` there is still refused.
        #expect(Fixture.dev.evaluate(Fixture.exec("sh -c 'cd /tmp/nowhere; rm -rf .'")).decision == .deny)
        // A cd to the home directory: removing Documents there is refused.
        #expect(Fixture.dev.evaluate(Fixture.exec("sh -c 'cd ~ && rm -rf Documents'")).decision == .deny)
        #expect(Fixture.dev.evaluate(Fixture.exec("sh -c 'cd build && rm -rf out'")).decision <= .audit)
    }
}
