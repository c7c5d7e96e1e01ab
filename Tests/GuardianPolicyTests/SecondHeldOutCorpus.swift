// The second held-out corpus: written after the first held-out corpus (HeldOutCorpus) had been
// read by rule authors, so that one honest held-out measure remains. It was collected from
// public CLI documentation, runbooks, tutorials and blog posts and committed before any rule was
// changed for the classes it covers; it covers tool families and phrasing that neither the tuning
// corpus nor the first held-out corpus has (Argo CD, doctl, CDK, SAM, Serverless, SST, wrangler,
// Laravel, Django, Ecto, EF Core, Knex, Sequelize, Vault, Consul, etcd, InfluxDB, Cassandra,
// ClickHouse, Elasticsearch, MinIO, rclone, podman, rsync; env files, kube contexts, docker
// contexts, connection strings). Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help, dry runs, plans, reads of staging resources,
//      destructive words in harmless positions): must be allowed (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum SecondHeldOutCorpus {
    static let lines = ##"""
D | docker system prune -a --volumes | https://docs.docker.com/reference/cli/docker/system/prune/
D | docker system prune -a --volumes -f | https://techbaithak.com/interview-questions/docker/what-is-docker-system-prune
D | docker volume prune -a -f | https://docs.docker.com/engine/manage-resources/pruning/
D | docker compose down -v | https://docs.docker.com/reference/cli/docker/compose/down/
D | docker compose down --volumes --remove-orphans | https://docs.docker.com/reference/cli/docker/compose/down/
D | podman system reset --force | https://docs.podman.io/en/latest/markdown/podman-system-reset.1.html
D | rsync -av --delete /srv/source/ /srv/mirror/ | https://www.simplified.guide/_export/xhtml/rsync/directory-mirror-delete
D | rsync -a --delete -Pau ./site/ /var/www/html/ | https://gist.github.com/lpenaud/be58cfa2d2ac134fc75659ceb8e3b42b
D | argocd app delete my-app --cascade | https://argo-cd.readthedocs.io/en/stable/user-guide/app_deletion/
D | argocd app delete guestbook | https://oneuptime.com/blog/post/2026-02-26-argocd-app-delete-command/view
D | doctl databases delete f81d4fae-7dec-11d0-a765-00a0c91e6bf6 --force | https://docs.digitalocean.com/reference/doctl/reference/databases/delete/
D | doctl databases db delete ca9f591d-f38h-5555-a0ef-1c02d1d1e35 example-db | https://docs.digitalocean.com/reference/doctl/reference/databases/db/delete/
D | doctl kubernetes cluster delete example-cluster --dangerous | https://docs.digitalocean.com/reference/doctl/reference/kubernetes/cluster/delete/
D | doctl apps delete f81d4fae-7dec-11d0-a765-00a0c91e6bf6 | https://docs.digitalocean.com/products/app-platform/how-to/destroy-app/
D | curl -X DELETE -H "Content-Type: application/json" -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" https://api.digitalocean.com/v2/apps/f81d4fae-7dec-11d0-a765-00a0c91e6bf6 | https://docs.digitalocean.com/products/app-platform/how-to/destroy-app/
D | apppack destroy app my-app | https://docs.apppack.io/how-to/apps/destroy-app
D | npx prisma migrate reset --force | https://www.prisma.io/docs/cli/migrate/reset
D | prisma migrate reset --schema=./alternative/schema.prisma | https://www.prisma.io/docs/cli/migrate/reset
D | npx aws-cdk destroy my-stack-dev | https://bobbyhadz.com/blog/delete-cdk-stack
D | cdk destroy MyStack | https://www.codu.co/articles/how-to-delete-a-cdk-stack-in-aws-cdk-janzbnzl
D | aws cloudformation delete-stack --stack-name my-stack | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudformation/delete-stack.html
D | sam delete --stack-name sam-app --no-prompts | https://readmex.com/en-US/aws/aws-sam-cli/page-4.994c5c845-330a-4790-8750-26f2f43b0308
D | serverless remove --stage dev | https://seed.run/docs/deleting-resources
D | sst remove --stage dev | https://www.mintlify.com/anomalyco/sst/cli/remove
D | vercel remove my-project --yes | https://vercel.com/docs/cli/remove
D | vercel project rm my-project | https://vercel.com/docs/cli/project
D | mysql -u root -p -e "DROP DATABASE IF EXISTS test" | https://dev.mysql.com/doc/refman/8.0/en/drop-database.html
D | mysqladmin -u root -p drop test | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
D | mongosh --eval 'db.getSiblingDB("mydb").dropDatabase()' | https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/70658372/delete-a-mongodb-database-using-mongo-tools
D | mongosh employees --eval 'db.dropDatabase()' | https://rowcode.com/q-drop-mongo-database
D | bin/rails db:drop | https://community.fly.io/t/i-would-like-to-know-if-there-is-a-specific-command-for-rails-dbreset/9790
D | rake db:reset | https://hotelsabruzzo.com/what-does-rake-db-reset-do
D | rake db:schema:load | http://blog.bigbinary.com/2016/06/07/rails-5-prevents-destructive-action-on-production-db.html
D | python manage.py flush --noinput | https://manpath.be/f35/1/django-admin
D | php artisan migrate:fresh --seed | https://laravel.com/docs/migrations
D | php artisan db:wipe --force | https://laravel.com/docs/migrations
D | dotnet ef database drop --force | https://learn.microsoft.com/en-us/ef/core/cli/dotnet
D | mix ecto.drop | https://hexdocs.pm/ecto/Mix.Tasks.Ecto.Drop.html
D | npx sequelize-cli db:drop | https://github.com/sequelize/cli
D | npx knex migrate:rollback --all | https://knexjs.org/guide/migrations.html
D | gcloud storage rm --recursive gs://my-bucket | https://cloud.google.com/storage/docs/deleting-buckets
D | gsutil rm -r gs://my-bucket | https://cloud.google.com/storage/docs/deleting-objects
D | aws s3 rm s3://my-bucket --recursive | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/rm.html
D | aws dynamodb delete-table --table-name Music | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/dynamodb/delete-table.html
D | eksctl delete cluster --name dev-eks | https://rudraditya21.github.io/devops.scripts/scripts/cloud/aws/eks/delete-cluster
D | aws eks delete-cluster --name my-cluster | https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteCluster.html
D | wrangler kv namespace delete my-namespace | https://github.com/cloudflare/workers-sdk/pull/12464
D | wrangler r2 bucket delete my-bucket | https://developers.cloudflare.com/r2/buckets/delete-buckets/
D | wrangler delete my-worker | https://developers.cloudflare.com/workers/wrangler/commands/
D | helm uninstall my-release | https://helm.sh/docs/helm/helm_uninstall/
D | helm delete my-release --namespace team-a | https://helm.sh/docs/helm/helm_uninstall/
D | kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data | https://interviewstacks.com/stacks/kubernetes/kubernetes-in-production-and-operations/how-do-you-drain-a-node-safely-for-maintenance
D | kubectl delete pvc data-postgres-0 -n db | https://kubernetes.io/docs/concepts/storage/persistent-volumes/
D | kubectl delete all --all -n dev | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | terraform state rm aws_instance.web | https://developer.hashicorp.com/terraform/cli/commands/state/rm
D | terraform apply -destroy -auto-approve | https://developer.hashicorp.com/terraform/cli/commands/apply
D | tofu destroy -auto-approve | https://opentofu.org/docs/cli/commands/destroy/
D | terragrunt run-all destroy | https://terragrunt.gruntwork.io/docs/reference/cli-options/
D | pulumi stack rm my-org/dev --force | https://www.pulumi.com/docs/iac/cli/commands/pulumi_stack_rm/
D | pulumi state delete 'urn:pulumi:dev::web::aws:s3/bucket:Bucket::assets' --force | https://www.pulumi.com/docs/iac/cli/commands/pulumi_state_delete/
D | az vm delete --resource-group myResourceGroup --name myVM --yes | https://learn.microsoft.com/en-us/cli/azure/vm
D | az aks delete --name myAKSCluster --resource-group myResourceGroup --yes | https://learn.microsoft.com/en-us/cli/azure/aks
D | gcloud sql instances delete my-instance | https://cloud.google.com/sdk/gcloud/reference/sql/instances/delete
D | gcloud container clusters delete my-cluster --zone us-central1-a | https://cloud.google.com/sdk/gcloud/reference/container/clusters/delete
D | gcloud run services delete my-service --region us-central1 | https://cloud.google.com/sdk/gcloud/reference/run/services/delete
D | git push --force-with-lease origin main | https://git-scm.com/docs/git-push
D | git push origin --delete feature/login | https://thecodeforge.io/devops/git-delete-branch/
D | git stash clear | https://phoenixnap.com/kb/git-stash-drop
D | git reset --hard origin/main | https://git-scm.com/docs/git-reset
D | git clean -fdx | https://git-scm.com/docs/git-clean
D | git filter-branch --force --index-filter 'git rm --cached --ignore-unmatch secrets.txt' --prune-empty -- --all | https://git-scm.com/docs/git-filter-branch
D | git restore --staged --worktree . | https://git-scm.com/docs/git-restore
D | find /var/log -name '*.gz' -mtime +30 -delete | https://www.gnu.org/software/findutils/manual/html_mono/find.html
D | redis-cli -h 127.0.0.1 -p 6379 FLUSHALL | https://redis.io/docs/latest/commands/flushall
D | psql -d mydb -c 'DROP TABLE users CASCADE' | https://www.postgresql.org/docs/current/app-psql.html
D | dropdb -h localhost -U postgres mydb | https://www.postgresql.org/docs/current/app-dropdb.html
D | sqlite3 app.db 'DELETE FROM sessions' | https://www.sqlite.org/cli.html
D | heroku apps:destroy --app my-app --confirm my-app | https://devcenter.heroku.com/articles/heroku-cli-commands
D | fly volumes destroy vol_1g0ndvq2qjy4z3nm -y | https://fly.io/docs/flyctl/volumes-destroy/
D | firebase firestore:delete --all-collections | https://firebase.google.com/docs/firestore/manage-data/delete-data
D | supabase projects delete abcdefghijklmnop | https://supabase.com/docs/reference/cli/supabase-projects-delete
D | aws-nuke run --config config.yml --no-dry-run | https://github.com/ekristen/aws-nuke
D | gh repo delete my-org/old-service --yes | https://cli.github.com/manual/gh_repo_delete
D | gh release delete v1.0.0 --yes --cleanup-tag | https://cli.github.com/manual/gh_release_delete
D | hcloud server delete my-server | https://github.com/hetznercloud/cli
D | vault kv destroy -versions=1 secret/my-secret | https://developer.hashicorp.com/vault/docs/commands/kv/destroy
D | consul kv delete -recurse redis | https://developer.hashicorp.com/consul/commands/kv/delete
D | etcdctl del "" --prefix | https://etcd.io/docs/v3.5/dev-guide/interacting_v3/
D | influx bucket delete -n my-bucket -o my-org | https://docs.influxdata.com/influxdb/v2/reference/cli/influx/bucket/delete/
D | cqlsh -e "DROP KEYSPACE shop" | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/cqlsh.html
D | clickhouse-client --query "DROP TABLE events" | https://clickhouse.com/docs/en/sql-reference/statements/drop
D | curl -X DELETE "localhost:9200/my-index-000001" | https://www.elastic.co/guide/en/elasticsearch/reference/current/indices-delete-index.html
D | http DELETE pie.dev/delete | https://httpie.io/docs/cli/http-method
D | mc rb --force myminio/mybucket | https://min.io/docs/minio/linux/reference/minio-mc/mc-rb.html
D | rclone purge remote:backups/2023 | https://rclone.org/commands/rclone_purge/
P | kubectl --context=prod-cluster get pods | https://www.cosmiclearn.com/k8s/kubeconfig.php
P | KUBECONFIG=~/.kube/config-production kubectl apply -f deploy.yaml | https://toolbox-site-for-google-adsense.pages.dev/blog/kubecontext-guide-kubectl-k9s-kubie
P | kubectl -n prod logs deploy/api --tail=200 | https://devopscert202.github.io/k8sforbeginners/k8s/html/kubeconfig-contexts.html
P | helm upgrade --install api ./chart --kube-context production | https://helm.sh/docs/helm/helm_upgrade/
P | helm rollback api 3 --namespace production | https://helm.sh/docs/helm/helm_rollback/
P | docker --context production ps | https://docs.docker.com/engine/manage-resources/contexts/
P | docker compose --env-file .env.production up -d | https://docs.docker.com/reference/cli/docker/compose/
P | docker run --env-file .env.production myapp npm run migrate | https://docs.docker.com/reference/cli/docker/container/run/
P | dotenv -e .env.production -- npx prisma migrate deploy | https://github.com/entropitor/dotenv-cli
P | node --env-file=.env.production scripts/seed.js | https://nodejs.org/api/cli.html
P | psql -h prod-db.internal -U app -d app | https://www.postgresql.org/docs/current/app-psql.html
P | psql "postgresql://app@db.prod.example.com:5432/app?sslmode=require" -c 'select count(*) from users' | https://www.postgresql.org/docs/current/libpq-connect.html
P | mysql -h mysql-prod.internal -u readonly -p -e 'SHOW PROCESSLIST' | https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html
P | redis-cli -h redis-production.internal INFO | https://redis.io/docs/latest/develop/tools/cli/
P | mongosh "mongodb+srv://prod-cluster.abcde.mongodb.net/shop" | https://www.mongodb.com/docs/mongodb-shell/connect/
P | aws s3 ls s3://acme-production-assets --profile production | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/ls.html
P | aws ecs update-service --cluster prod --service api --force-new-deployment --profile prod | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/ecs/update-service.html
P | AWS_PROFILE=production terraform apply | https://developer.hashicorp.com/terraform/cli/commands/apply
P | gcloud --project=acme-prod compute instances list | https://cloud.google.com/sdk/gcloud/reference/compute/instances/list
P | gcloud run deploy api --image gcr.io/acme/api --project acme-production --region us-central1 | https://cloud.google.com/sdk/gcloud/reference/run/deploy
P | az account set --subscription Production | https://learn.microsoft.com/en-us/cli/azure/account
P | az webapp deploy --resource-group rg-prod --name app-prod --src-path app.zip | https://learn.microsoft.com/en-us/cli/azure/webapp
P | terraform workspace select production | https://developer.hashicorp.com/terraform/cli/commands/workspace/select
P | terraform apply -var-file=env/production.tfvars | https://developer.hashicorp.com/terraform/cli/commands/apply
P | pulumi up --stack acme/production --yes | https://www.pulumi.com/docs/iac/cli/commands/pulumi_up/
P | pulumi config set --stack prod aws:region us-east-1 | https://www.pulumi.com/docs/iac/cli/commands/pulumi_config_set/
P | cdk deploy MyStack-Prod | https://docs.aws.amazon.com/cdk/v2/guide/cli.html
P | serverless deploy --stage production | https://www.serverless.com/framework/docs/providers/aws/cli-reference/deploy
P | sst deploy --stage production | https://sst.dev/docs/reference/cli/
P | vercel deploy --prod | https://vercel.com/docs/cli/deploy
P | netlify deploy --prod --dir=dist | https://docs.netlify.com/cli/get-started/
P | fly deploy -a myapp-prod | https://fly.io/docs/flyctl/deploy/
P | fly ssh console -a myapp-production | https://fly.io/docs/flyctl/ssh-console/
P | heroku config:set FEATURE_X=1 -a myapp-production | https://devcenter.heroku.com/articles/config-vars
P | railway up --environment production | https://docs.railway.com/reference/cli-api
P | wrangler deploy --env production | https://developers.cloudflare.com/workers/wrangler/commands/
P | wrangler d1 execute prod-db --remote --command "SELECT count(*) FROM users" | https://developers.cloudflare.com/workers/wrangler/commands/
P | argocd app sync myapp-prod | https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_sync/
P | ansible-playbook -i inventories/prod/hosts deploy.yml | https://docs.ansible.com/ansible/latest/tips_tricks/sample_setup.html
P | ssh ubuntu@prod-bastion.example.com | https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-ssh.html
P | scp dist.tar.gz deploy@web1.production.example.com:/srv/app/ | https://man.openbsd.org/scp
P | rsync -avz ./build/ deploy@prod-web-01:/var/www/app/ | https://penguin-gym-linux.com/en/articles/tutorials/rsync-sync-practical
P | aws eks update-kubeconfig --name prod-cluster --region us-east-1 | https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html
P | az aks get-credentials --resource-group rg-prod --name aks-prod | https://learn.microsoft.com/en-us/cli/azure/aks
P | doctl kubernetes cluster kubeconfig save prod-cluster | https://docs.digitalocean.com/reference/doctl/reference/kubernetes/cluster/kubeconfig/save/
P | MIX_ENV=prod mix ecto.migrate | https://hexdocs.pm/phoenix/releases.html
P | APP_ENV=production php artisan migrate --force | https://laravel.com/docs/deployment
P | DJANGO_SETTINGS_MODULE=config.settings.production python manage.py migrate | https://docs.djangoproject.com/en/stable/topics/settings/
P | DATABASE_URL=postgresql://app:secret@app-prod.cluster-abc.us-east-1.rds.amazonaws.com:5432/app npx prisma migrate deploy | https://arc.krrt7.dev/codeflash-admin/codeflash-internal/raw/commit/1cb2051b159d7d3f4031f42f884290d4cd666b49/js/common/prisma/running_a_migration.md
B | docker system df -v | https://itplaybook.org/courses/docker-deep-dive/chapter011/pruning-and-disk.html
B | docker volume ls | https://docs.docker.com/reference/cli/docker/volume/ls/
B | docker compose down | https://docs.docker.com/reference/cli/docker/compose/down/
B | docker compose config | https://docs.docker.com/reference/cli/docker/compose/config/
B | rsync -av --dry-run --delete /srv/source/ /srv/mirror/ | https://www.simplified.guide/_export/xhtml/rsync/directory-mirror-delete
B | rsync -avnc --delete /srv/source/ /srv/mirror/ | https://www.simplified.guide/_export/xhtml/rsync/directory-mirror-delete
B | argocd app delete --help | https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_delete/
B | argocd app diff my-app | https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_diff/
B | doctl databases list | https://docs.digitalocean.com/reference/doctl/reference/databases/delete/
B | doctl databases delete --help | https://docs.digitalocean.com/reference/doctl/reference/databases/delete/
B | helm uninstall my-release --dry-run | https://helm.sh/docs/helm/helm_uninstall/
B | helm template api ./chart | https://helm.sh/docs/helm/helm_template/
B | helm get values api -n staging | https://helm.sh/docs/helm/helm_get_values/
B | kubectl get pods -n staging -o wide | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
B | kubectl logs deploy/api -n staging --tail=100 | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/
B | kubectl describe deployment api --context staging | https://devopscert202.github.io/k8sforbeginners/k8s/html/kubeconfig-contexts.html
B | kubectl diff -f k8s/ | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_diff/
B | kubectl apply -f k8s/ --dry-run=server | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/
B | kubectl auth can-i delete pods -n staging | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_auth/kubectl_auth_can-i/
B | kubectl explain deployment.spec.strategy | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_explain/
B | terraform plan -out=tfplan | https://developer.hashicorp.com/terraform/cli/commands/plan
B | terraform show -json tfplan | https://developer.hashicorp.com/terraform/cli/commands/show
B | terraform state list | https://developer.hashicorp.com/terraform/cli/commands/state/list
B | terraform state rm -dry-run aws_instance.web | https://developer.hashicorp.com/terraform/cli/commands/state/rm
B | terraform plan -destroy -var-file=env/staging.tfvars | https://developer.hashicorp.com/terraform/cli/commands/plan
B | pulumi preview --stack dev | https://www.pulumi.com/docs/iac/cli/commands/pulumi_preview/
B | pulumi stack history | https://www.pulumi.com/docs/iac/cli/commands/pulumi_stack_history/
B | pulumi state delete --help | https://www.pulumi.com/docs/iac/cli/commands/pulumi_state_delete/
B | cdk diff | https://docs.aws.amazon.com/cdk/v2/guide/cli.html
B | cdk synth | https://www.codu.co/articles/how-to-delete-a-cdk-stack-in-aws-cdk-janzbnzl
B | cdk list | https://www.codu.co/articles/how-to-delete-a-cdk-stack-in-aws-cdk-janzbnzl
B | sam validate | https://readmex.com/en-US/aws/aws-sam-cli/page-4.994c5c845-330a-4790-8750-26f2f43b0308
B | serverless info --stage staging | https://www.serverless.com/framework/docs/providers/aws/cli-reference/info
B | vercel remove --help | https://vercel.com/docs/cli/remove
B | vercel project ls | https://vercel.com/docs/cli/project
B | wrangler dev | https://developers.cloudflare.com/workers/wrangler/commands/
B | wrangler d1 execute my-db --local --command "SELECT * FROM users" | https://developers.cloudflare.com/workers/wrangler/commands/
B | wrangler kv namespace list | https://developers.cloudflare.com/workers/wrangler/commands/
B | fly status -a myapp-staging | https://fly.io/docs/flyctl/status/
B | fly volumes list -a myapp | https://fly.io/docs/flyctl/volumes-list/
B | heroku logs --tail -a myapp-staging | https://devcenter.heroku.com/articles/logging
B | supabase migration list | https://supabase.com/docs/reference/cli/supabase-migration-list
B | npx prisma migrate status | https://www.prisma.io/docs/cli/migrate/status
B | npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script | https://gist.github.com/alfasin/d6ed2386c101b2af681b135752488cce
B | npx prisma migrate reset --help | https://www.prisma.io/docs/cli/migrate/reset
B | bin/rails db:migrate:status | https://code2travel.com/recipes/h76GgZFJs436Z2rVJ15LfwmY
B | python manage.py showmigrations | https://manpath.be/f35/1/django-admin
B | python manage.py sqlflush | https://manpath.be/f35/1/django-admin
B | python manage.py flush --help | https://manpath.be/f35/1/django-admin
B | mysql -u root -p -e "SHOW DATABASES" | https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html
B | mysql -e "SELECT id, deleted_at FROM orders WHERE deleted_at IS NOT NULL LIMIT 10" | https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html
B | psql -d mydb -c "SELECT * FROM audit_log WHERE action = 'DROP TABLE'" | https://www.postgresql.org/docs/current/app-psql.html
B | psql -d mydb -c '\dt' | https://www.postgresql.org/docs/current/app-psql.html
B | mongosh shop --eval 'db.orders.find({status: "deleted"}).limit(5)' | https://www.mongodb.com/docs/mongodb-shell/run-commands/
B | redis-cli --scan --pattern 'cache:*' | https://redis.io/docs/latest/develop/tools/cli/
B | sqlite3 app.db '.tables' | https://www.sqlite.org/cli.html
B | git push --force-with-lease --dry-run origin feature | https://git-scm.com/docs/git-push
B | git stash list | https://phoenixnap.com/kb/git-stash-drop
B | git branch -d feature/login | https://thecodeforge.io/devops/git-delete-branch/
B | git clean -ndx | https://git-scm.com/docs/git-clean
B | git reflog | https://git-scm.com/docs/git-reflog
B | git commit -m "Remove the deprecated DELETE /users endpoint" | https://git-scm.com/docs/git-commit
B | grep -rn "DROP TABLE" migrations/ | https://www.gnu.org/software/grep/manual/grep.html
B | find . -name '*.sql' -print | https://www.gnu.org/software/findutils/manual/html_mono/find.html
B | gcloud storage ls gs://my-bucket | https://cloud.google.com/storage/docs/deleting-objects
B | aws s3 rm s3://my-bucket/tmp/ --recursive --dryrun | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/rm.html
B | aws s3 sync ./dist s3://my-bucket --delete --dryrun | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/sync.html
B | aws dynamodb describe-table --table-name Music | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/dynamodb/describe-table.html
B | aws cloudformation describe-stacks --stack-name my-stack-staging | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudformation/describe-stacks.html
B | eksctl get cluster | https://eksctl.io/usage/creating-and-managing-clusters/
B | az vm list --output table | https://learn.microsoft.com/en-us/cli/azure/vm
B | gcloud sql instances describe my-instance-staging | https://cloud.google.com/sdk/gcloud/reference/sql/instances/describe
B | ansible-playbook site.yml --check --diff -i inventories/staging | https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_checkmode.html
B | npm uninstall left-pad | https://docs.npmjs.com/cli/commands/npm-uninstall
B | cargo clean | https://doc.rust-lang.org/cargo/commands/cargo-clean.html
B | rm -rf node_modules dist | https://docs.npmjs.com/cli/commands/npm-ci
B | curl -X GET "localhost:9200/_cat/indices?v" | https://www.elastic.co/guide/en/elasticsearch/reference/current/cat-indices.html
B | http GET pie.dev/get | https://httpie.io/docs/cli/http-method
B | rclone sync ./backup remote:backup --dry-run | https://rclone.org/commands/rclone_sync/
B | mc ls myminio/mybucket | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
"""##
}
