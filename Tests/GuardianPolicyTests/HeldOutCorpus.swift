// The held-out corpus: command lines collected from public CLI documentation, runbooks and
// tutorials, written before the target and operation models were built and never used to tune
// them. Each line: a label, the command as a shell would split it, and where it comes from.
// Placeholders of the source (<name>, APP-NAME, {userId}) are replaced with concrete values;
// shell redirections and the parts of a pipeline before the command are left out.
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names production: must be denied under staging
//   B  benign: must be allowed (allow or audit) under dev
//
// Do not edit the lines to make a rule pass; add new lines to LabelledCorpus instead.

enum HeldOutCorpus {
    static let lines = ##"""
D | kubectl delete namespace staging | https://labex.io/tutorials/kubernetes-how-to-create-and-manage-kubernetes-namespaces-392977
D | kubectl delete namespace staging --grace-period=0 --force | https://labex.io/tutorials/kubernetes-how-to-create-and-manage-kubernetes-namespaces-392977
D | kubectl delete ns payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
D | kubectl delete namespace preview-1827 | https://unweed.dev/kubernetes-namespace-cleanup-delete-stale-environments-safely/
D | kubectl delete configmap -l deletetest=true --all-namespaces | https://gitverse.ru/githubmirror/kubernetes/content/master/test/cmd/delete.sh
D | terraform destroy -target=aws_instance.old_server | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -target=module.dev_database | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -target=aws_instance.web -target=aws_eip.web_ip | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -var-file=environments/dev.tfvars | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -var=environment=staging | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -parallelism=5 | https://npblue.com/cloud/terraform/terraform-destroy/
D | terraform destroy -auto-approve | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | fly apps destroy my-app -y | https://fly.io/docs/flyctl/apps-destroy
D | flyctl destroy myapp -y | https://gist.github.com/codepope/76fcc0ced574dbe2e225cb99624f2c0f
D | xargs -I % fly destroy % -y | https://gist.github.com/codepope/9609c20a982ace2d400531c9323079a7
D | heroku pg:reset DATABASE | https://gist.github.com/zulhfreelancer/ea140d8ef9292fa9165e
D | heroku pg:reset DATABASE --confirm my-app | https://gist.github.com/zulhfreelancer/ea140d8ef9292fa9165e
D | heroku pg:reset DATABASE_URL --app my-app | https://gist.github.com/mycargus/64fd582a37891f6025e81bc0fa9fb76f
D | heroku pg:reset --confirm appname DATABASE_URL | https://gist.github.com/qrohlf/9055388
D | heroku pg:reset DATABASE_URL | https://github.com/StokicDusan/til/blob/master/devops/wipe-a-heroku-postgres-database.md
D | supabase db reset | https://skills.sh/xiyo/zheon/supabase-cli
D | supabase db reset --no-seed | https://skills.sh/xiyo/zheon/supabase-cli
D | supabase db reset --yes | https://www.skills.sh/dolesshq/self-obsolescence/supabase-reset-test-gen-types/security/agent-trust-hub
D | supabase db reset --linked | https://github.com/orgs/supabase/discussions/33399
D | pulumi destroy --yes | https://smithery.ai/skills/neversight/pulumi-cli
D | pulumi stack rm dev --yes | https://smithery.ai/skills/neversight/pulumi-cli
D | pulumi state delete urn:pulumi:dev::myproject::aws:s3/bucket:Bucket::my-bucket | https://smithery.ai/skills/neversight/pulumi-cli
D | git checkout -f | http://www.kouhan.cn/en/article/00013440
D | git checkout -f design | http://www.kouhan.cn/en/article/00013440
D | git reset --hard HEAD | http://www.kouhan.cn/en/article/00013440
D | git reset HEAD --hard | http://www.kouhan.cn/en/article/00020909
D | git clean --force -d | https://codewithsundeep.com/discussion/solution/45179823
D | git checkout -- . | https://codewithsundeep.com/discussion/solution/45179823
D | curl -X DELETE https://stream.example.com/api/users/12 -H 'Authorization: Bearer YOUR_TOKEN' | https://docs.stormstreaming.com/streaming-server/3.x/restful-api/users/user-delete
D | curl -X DELETE http://www.example.com/api/users/123 -H 'Authorization: Token key' | https://vd.hamgam.online/docs/core/users/user/delete
D | curl -i -X DELETE -H 'Accept: application/json' -H 'X-Auth-Token: 39be9f8d53044388b7f2e867eba8b140' https://database-hosting.tyo1.cloud.z.com/v1/users/5f02c821-977f-4160-812d-397a5e3c7caa | https://cloud.z.com/th/cloud/docs/paas-database-delete-database-account.html
D | redis-cli FLUSHDB ASYNC | https://valkey.io/commands/flushdb
D | redis-cli FLUSHALL SYNC | https://redis.io/docs/latest/commands/flushall
D | gcloud projects delete my-project | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | aws s3 rb s3://my-bucket --force | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | az keyvault purge --name my-vault | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | aws ec2 terminate-instances --instance-ids i-abc123 | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | az group delete --name my-rg | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | aws rds delete-db-instance --db-instance-identifier mydb | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | gcloud compute instances delete my-vm | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
D | cloud-nuke aws | https://docs.cloudposse.com/layers/accounts/tutorials/how-to-delete-aws-accounts
P | railway run -e production npx prisma migrate deploy | https://docs.railway.com/cli/run
P | railway environment production | https://smithery.ai/skills/davila7/railway-environment
P | railway environment new staging --duplicate production | https://smithery.ai/skills/davila7/railway-environment
P | kubectl create namespace production | https://labex.io/tutorials/kubernetes-how-to-create-and-manage-kubernetes-namespaces-392977
P | helm install prod-api ./my-chart -f production.yaml | https://cosmocode.io/helm/releases-rollbacks
P | helm upgrade prod-api ./my-chart -f production.yaml --set replicaCount=5 | https://cosmocode.io/helm/releases-rollbacks
P | helm upgrade --install prod-api ./my-chart -f production.yaml | https://cosmocode.io/helm/releases-rollbacks
P | helm rollback prod-api 2 | https://cosmocode.io/helm/releases-rollbacks
P | pulumi stack select prod | https://smithery.ai/skills/neversight/pulumi-cli
P | pulumi state move --source dev --dest prod urn:pulumi:dev::myproject::aws:s3/bucket:Bucket::my-bucket | https://smithery.ai/skills/neversight/pulumi-cli
P | ansible-playbook -i inventories/production site.yml --check | https://www.github.com/stacken/ansible
P | ansible-playbook -i production site.yml --limit webservers | https://docs.ansible.com/ansible/2.9_ja/cli/ansible-playbook.html
P | fly logs -a myapp-production --no-tail | https://Fly.io/docs/flyctl/logs/
P | kubectl get pods -n production | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/_print/
P | kubectl config use-context production | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/_print/
P | kubectl config set current-context prod-cluster | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/_print/
P | gcloud config set project shop-production | https://cloudtoolstack.com/learn/gcp-cloud-sql-guide
P | heroku run rake db:migrate --remote production | https://gist.github.com/zulhfreelancer/ea140d8ef9292fa9165e
P | NODE_ENV=production npx prisma migrate deploy | https://docs.railway.com/cli/run.md
P | RAILS_ENV=production bin/rails db:migrate | https://gist.github.com/mycargus/64fd582a37891f6025e81bc0fa9fb76f
P | aws ec2 describe-instances --profile prod --region us-east-1 | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
P | pg_dump postgres://app@db.production.internal:5432/app --format=custom --file=backup.dump | https://litenova.solutions/Standards/runbooks/deploy-release
P | ssh deploy@prod-web-1 'docker stop api' | https://docs.ravenhelm.dev/docs/Runbooks/database-migration
P | ssh deploy@production.example.com | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
P | curl -f https://api.production.example.com/health | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
P | railway logs --environment production | https://docs.railway.com/cli/run
P | vercel env pull --environment=production .env.production.local | https://docs.railway.com/cli/run
P | terraform -chdir=envs/production plan | https://npblue.com/cloud/terraform/terraform-destroy/
P | mongosh mongodb+srv://cluster0.prod.example.net/app --eval 'db.orders.countDocuments()' | https://redis.io/docs/latest/commands/flushall
B | kubectl get ns payments -o yaml | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl create ns payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl create deployment web --image=nginx -n payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl expose deployment web --port=80 -n payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl get namespace staging -o yaml | https://labex.io/tutorials/kubernetes-how-to-create-and-manage-kubernetes-namespaces-392977
B | kubectl get namespaces | https://labex.io/tutorials/kubernetes-how-to-create-and-manage-kubernetes-namespaces-392977
B | kubectl describe ns payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl rollout status deployment/web -n payments | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
B | kubectl delete configmap --dry-run=client -l deletetest=true --all-namespaces | https://gitverse.ru/githubmirror/kubernetes/content/master/test/cmd/delete.sh
B | kubectl config current-context | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/_print/
B | terraform plan -destroy | https://npblue.com/cloud/terraform/terraform-destroy/
B | terraform destroy --help | https://www.env0.com/blog/terraform-destroy-command-a-guide-to-controlled-infrastructure-removal
B | terraform init | https://www.env0.com/blog/terraform-destroy-command-a-guide-to-controlled-infrastructure-removal
B | terraform validate | https://www.env0.com/blog/terraform-destroy-command-a-guide-to-controlled-infrastructure-removal
B | terraform fmt -check | https://www.env0.com/blog/terraform-destroy-command-a-guide-to-controlled-infrastructure-removal
B | ansible-playbook -i inventory site.yml --check | https://www.github.com/stacken/ansible
B | ansible-playbook -i inventory site.yml --check -l shell-servers | https://www.github.com/stacken/ansible
B | ansible-playbook playbooks/site.yml --syntax-check | https://gist.github.com/edsoncelio/3c6937d88ff3c249b9fb0873b26eca03
B | ansible-playbook --list-hosts deploy.yml | https://oneuptime.com/blog/post/2026-02-21-how-to-use-ansible-playbook-list-hosts/view
B | ansible -i dev --list-hosts all | https://github.com/spirosoik/mastering-ansible
B | fly logs | https://fly.io/docs/flyctl
B | fly logs -a my-app-staging --no-tail | https://Fly.io/docs/flyctl/logs/
B | fly status | https://fly.io/docs/flyctl
B | fly apps list | https://www.fly.io/docs/flyctl/apps/
B | fly releases | https://fly.io/docs/flyctl
B | railway run npm start | https://docs.railway.com/cli/run
B | railway run --service backend npm start | https://docs.railway.com/cli/run
B | railway status --json | https://smithery.ai/skills/davila7/railway-environment
B | railway logs --environment staging | https://docs.railway.com/cli/run
B | supabase start | https://skills.sh/xiyo/zheon/supabase-cli
B | supabase status -o env | https://skills.sh/xiyo/zheon/supabase-cli
B | supabase link --project-ref abcdefghijklmnop | https://skills.sh/adaptationio/skrillz/supabase-cli
B | supabase gen types typescript --local --schema public | https://gist.github.com/dninomiya/c85178574f0262fc69e5865c05e62e40
B | supabase migration new add_users | https://skills.sh/adaptationio/skrillz/supabase-cli
B | supabase db diff | https://gist.github.com/dninomiya/c85178574f0262fc69e5865c05e62e40
B | pulumi preview --diff | https://smithery.ai/skills/neversight/pulumi-cli
B | pulumi stack output --json | https://smithery.ai/skills/neversight/pulumi-cli
B | pulumi stack ls | https://smithery.ai/skills/neversight/pulumi-cli
B | pulumi config get aws:region | https://smithery.ai/skills/neversight/pulumi-cli
B | pulumi destroy --preview-only | https://pulumi.com/docs/cli/commands/pulumi_destroy
B | git checkout design | http://www.kouhan.cn/en/article/00013440
B | git status --short | https://codewithsundeep.com/discussion/solution/45179823
B | git clean -n | https://manned.org/git-clean/2ea50119
B | git log -1 --format=%ci -- vercel.json | https://laotaotie.com/s/runbook-generator
B | git pull origin main | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | helm list --all-namespaces | https://cosmocode.io/helm/releases-rollbacks
B | helm list --failed | https://cosmocode.io/helm/releases-rollbacks
B | helm upgrade api ./my-chart --dry-run | https://novaaiops.com/blog/the-helm-chart-upgrades
B | helm history api | https://cosmocode.io/helm/releases-rollbacks
B | docker compose ps | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | docker compose logs --tail=100 backend | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | curl -f http://localhost:8000/health | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | docker compose exec backend alembic current | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | docker compose exec backend alembic history | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | diff .env.production .env.staging | https://www.runlocalai.co/learn/courses/capstone-fullstack-ai/chapter-16-deployment-runbook
B | cloud-nuke aws --dry-run | https://docs.cloudposse.com/layers/accounts/tutorials/how-to-delete-aws-accounts
B | npm install supabase --save-dev | https://skills.sh/adaptationio/skrillz/supabase-cli
B | brew install cloud-nuke | https://docs.cloudposse.com/layers/accounts/tutorials/how-to-delete-aws-accounts
B | gcloud sql instances create my-instance --database-version=MYSQL_8_0 --cpu=2 --memory=4GB --region=us-central1 | https://uplatz.com/blog/cloudsql-pocketbook
B | gcloud compute instances list | https://lillytechsystems.com/ai-school/ai-agent-cloud-safety/understanding-destructive-commands.html
B | vercel env ls | https://skills.sh/adaptationio/skrillz/supabase-cli
B | redis-cli DBSIZE | https://dicedb.io/commands/flushdb
B | redis-cli INFO keyspace | https://dicedb.io/commands/flushdb
B | git branch -a | https://codewithsundeep.com/discussion/solution/45179823
B | kubectl get pods -n payments -o wide | https://prakash-kumar.hashnode.dev/i-accidentally-deleted-a-kubernetes-namespace
"""##
}
