// The third held-out corpus: written after the second held-out corpus (SecondHeldOutCorpus) had
// been read by rule authors, and committed before any rule was changed for the classes that
// corpus missed. Lines come from public CLI documentation, man pages, runbooks and blog posts;
// it covers tool families and phrasing that none of the earlier corpora has (eksctl, kind,
// minikube, k3d, Nomad, Juju, Vagrant, Multipass, LXD, libvirt, ZFS, LVM, btrfs, block devices,
// Flyway, Liquibase, Alembic, goose, golang-migrate, Atlas, TypeORM, Diesel, Doctrine, Kafka,
// RabbitMQ, NATS, BigQuery, Snowflake, CockroachDB, SQL Server, DuckDB, Neon, PlanetScale,
// Turso, Firebase, Dokku, Kamal, Capistrano, Deployer, Fabric, Salt, Puppet, Chef, helmfile,
// skaffold, Flux, Tilt, Velero, restic, borg, gh/glab, npm unpublish, wget/xh methods; heroku git
// remotes, *_SETTINGS_MODULE, MIX_ENV, DOCKER_HOST, CLOUDSDK_* and key/value connection strings).
// Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help, dry runs and their spellings, plans, printing SQL,
//      reads of staging resources, destructive words in harmless positions): must be allowed
//      (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum ThirdHeldOutCorpus {
    static let lines = ##"""
D | eksctl delete cluster --name dev-eks --wait | https://eksctl.io/usage/creating-and-managing-clusters/
D | kind delete cluster --name kind | https://kind.sigs.k8s.io/docs/user/quick-start/
D | minikube delete --all --purge | https://minikube.sigs.k8s.io/docs/commands/delete/
D | k3d cluster delete mycluster | https://k3d.io/stable/usage/commands/k3d_cluster_delete/
D | nomad job stop -purge example | https://developer.hashicorp.com/nomad/commands/job/stop
D | juju destroy-model mymodel --destroy-storage | https://juju.is/docs/juju/juju-destroy-model
D | vagrant destroy -f | https://developer.hashicorp.com/vagrant/docs/cli/destroy
D | multipass delete --purge primary | https://multipass.run/docs/delete-command
D | lxc delete --force c1 | https://documentation.ubuntu.com/lxd/en/latest/howto/instances_manage/
D | virsh undefine --remove-all-storage guest1 | https://libvirt.org/manpages/virsh.html
D | zfs destroy -r tank/home | http://manpages.ubuntu.com/manpages/noble/man8/zfs-destroy.8.html
D | lvremove -f vg00/lvol1 | https://man7.org/linux/man-pages/man8/lvremove.8.html
D | btrfs subvolume delete /mnt/btrfs/snapshots/@home-2024 | https://btrfs.readthedocs.io/en/latest/btrfs-subvolume.html
D | wipefs -a /dev/sdb | https://man7.org/linux/man-pages/man8/wipefs.8.html
D | mkfs.ext4 /dev/sdb1 | https://man7.org/linux/man-pages/man8/mke2fs.8.html
D | dd if=/dev/zero of=/dev/sdb bs=1M status=progress | https://man7.org/linux/man-pages/man1/dd.1.html
D | crontab -r | https://man7.org/linux/man-pages/man1/crontab.1p.html
D | truncate -s 0 /var/log/syslog | https://man7.org/linux/man-pages/man1/truncate.1.html
D | flyway clean | https://red-gate.com/hub/product-learning/flyway/flyways-clean-command-explained-simply
D | liquibase drop-all --url=jdbc:postgresql://localhost:5432/app | https://docs.liquibase.com/commands/utility/drop-all.html
D | alembic downgrade base | https://hellowac.github.io/alembic-doc-zh/zh/00_10_downgrading.html
D | goose postgres "user=postgres dbname=postgres sslmode=disable" reset | https://github.com/pressly/goose
D | migrate -path db/migrations -database "$DATABASE_URL" drop -f | https://github.com/golang-migrate/migrate/tree/master/cmd/migrate
D | atlas schema clean -u "mysql://root:pass@localhost:3306/example" | https://atlasgo.io/declarative/inspect
D | npx typeorm schema:drop -d ./src/data-source.ts | https://typeorm.io/using-cli
D | diesel database reset | https://diesel.rs/guides/getting-started
D | npx knex migrate:rollback --all | https://knexjs.org/guide/migrations.html
D | bin/rails db:seed:replant | https://guides.rubyonrails.org/active_record_migrations.html
D | php bin/console doctrine:database:drop --force | https://symfony.com/doc/current/doctrine.html
D | php bin/console doctrine:schema:drop --force --full-database | https://symfony.com/doc/current/doctrine.html
D | php artisan migrate:reset | https://laravel.com/docs/migrations
D | python manage.py reset_db --noinput | https://django-extensions.readthedocs.io/en/latest/command_extensions.html
D | flask db downgrade base | https://flask-migrate.readthedocs.io/en/latest/
D | npx prisma db push --force-reset | https://www.prisma.io/docs/orm/reference/prisma-cli-reference
D | mix ecto.reset | https://hexdocs.pm/phoenix/ecto.html
D | dotnet ef database update 0 | https://learn.microsoft.com/en-us/ef/core/cli/dotnet
D | dropdb mydb | https://www.postgresql.org/docs/current/app-dropdb.html
D | pg_restore --clean --if-exists -d mydb db.dump | https://www.postgresql.org/docs/current/app-pgrestore.html
D | mongorestore --drop --uri mongodb://localhost:27017 dump/ | https://www.mongodb.com/docs/database-tools/mongorestore/
D | cockroach sql --insecure --execute="DROP DATABASE bank CASCADE;" | https://www.cockroachlabs.com/docs/stable/drop-database
D | snowsql -q "DROP DATABASE mytestdb" | https://docs.snowflake.com/en/user-guide/snowsql-use
D | sqlcmd -S localhost -Q "DROP DATABASE TestDB" | https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility
D | duckdb analytics.duckdb "DROP TABLE events" | https://duckdb.org/docs/api/cli/overview
D | mariadb -u root -e "DROP DATABASE wordpress" | https://mariadb.com/kb/en/mariadb-command-line-client/
D | bq rm -r -f -d mydataset | https://cloud.google.com/bigquery/docs/managing-datasets
D | kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic orders | https://www.cosmiclearn.com/kafka/topics-cli.php
D | kafka-consumer-groups.sh --bootstrap-server localhost:9092 --delete --group my-group | https://kafka.apache.org/documentation/
D | rabbitmqctl reset | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
D | nats stream rm ORDERS -f | https://docs.nats.io/using-nats/nats-tools/nats_cli
D | bin/solr delete -c techproducts | https://solr.apache.org/guide/solr/latest/deployment-guide/solr-control-script-reference.html
D | neonctl branches delete br-autumn-dust-190886 | https://neon.tech/docs/reference/cli-branches
D | pscale database delete my-db --force | https://planetscale.com/docs/reference/database
D | turso db destroy my-db --yes | https://docs.turso.tech/cli/db/destroy
D | firebase firestore:delete --all-collections | https://firebase.google.com/docs/firestore/manage-data/delete-data
D | dokku apps:destroy node-js-app --force | https://dokku.com/docs/deployment/application-management/
D | dokku postgres:destroy lollipop -f | https://github.com/dokku/dokku-postgres
D | heroku addons:destroy heroku-postgresql --confirm example-app | https://devcenter.heroku.com/articles/managing-add-ons
D | gcloud projects delete my-test-project | https://cloud.google.com/sdk/gcloud/reference/projects/delete
D | az group delete --name exampleGroup --yes --no-wait | https://learn.microsoft.com/en-us/cli/azure/group
D | oci os bucket delete --bucket-name mybucket --empty --force | https://docs.oracle.com/en-us/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/os/bucket/delete.html
D | hcloud server delete my-server | https://github.com/hetznercloud/cli/blob/main/docs/reference/manual/hcloud_server_delete.md
D | linode-cli linodes delete 123456 | https://www.linode.com/docs/products/tools/cli/guides/linode-instances/
D | openstack server delete web01 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/server.html
D | gsutil rm -r gs://my-bucket | https://cloud.google.com/storage/docs/gsutil/commands/rm
D | s3cmd del --recursive --force s3://my-bucket/backups/ | https://s3tools.org/usage
D | velero backup delete nightly-20240101 --confirm | https://velero.io/docs/main/backup-reference/
D | restic -r /srv/restic-repo forget --keep-last 1 --prune | https://restic.readthedocs.io/en/stable/060_forget.html
D | borg delete /path/to/repo::Monday | https://borgbackup.readthedocs.io/en/stable/usage/delete.html
D | flux uninstall --silent | https://fluxcd.io/flux/cmd/flux_uninstall/
D | helmfile destroy | https://fig.io/manual/helmfile/destroy
D | skaffold delete | https://skaffold.dev/docs/references/cli/
D | tilt down --delete-namespaces | https://docs.tilt.dev/cli/tilt_down.html
D | cdktf destroy --auto-approve | https://developer.hashicorp.com/terraform/cdktf/cli-reference/commands
D | gh repo delete octo-org/old-repo --yes | https://cli.github.com/manual/gh_repo_delete
D | gh release delete v1.2.0 --yes --cleanup-tag | https://cli.github.com/manual/gh_release_delete
D | glab repo delete group/project --yes | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/repo/delete.md
D | gh api -X DELETE repos/octo-org/old-repo | https://cli.github.com/manual/gh_api
D | npm unpublish my-package@1.0.0 | https://docs.npmjs.com/cli/v10/commands/npm-unpublish
D | wget --method=DELETE https://api.example.com/v1/users/42 | https://www.gnu.org/software/wget/manual/wget.html
D | xh DELETE httpbin.org/delete | https://github.com/ducaale/xh
D | git reflog expire --expire=now --all | https://git-scm.com/docs/git-reflog
D | git filter-repo --path secrets.txt --invert-paths --force | https://github.com/newren/git-filter-repo
D | git stash clear | https://git-scm.com/docs/git-stash
D | railway down -y | https://docs.railway.com/reference/cli-api
D | sudo rm -rf /var/lib/docker | https://docs.docker.com/engine/install/ubuntu/
P | eksctl delete cluster --name prod-cluster --region us-east-1 | https://eksctl.io/usage/creating-and-managing-clusters/
P | kamal deploy -d production | https://www.skills.sh/donnfelker/kamal-skills/deploy
P | helmfile -e production apply | https://fig.io/manual/helmfile/apply
P | nomad job run -address=https://nomad.prod.example.com:4646 api.nomad.hcl | https://developer.hashicorp.com/nomad/commands/job/run
P | MIX_ENV=prod mix ecto.migrate | https://hexdocs.pm/phoenix/releases.html
P | APP_ENV=production php artisan migrate --force | https://laravel.com/docs/deployment
P | DJANGO_SETTINGS_MODULE=mysite.settings.production python manage.py migrate | https://docs.djangoproject.com/en/stable/topics/settings/
P | cap production deploy | https://capistranorb.com/documentation/getting-started/preparing-your-application/
P | dep deploy production | https://deployer.org/docs/7.x/getting-started
P | fab -H prod-web-01.example.com deploy | https://docs.fabfile.org/en/latest/cli.html
P | salt -G 'env:production' state.apply | https://docs.saltproject.io/en/latest/topics/targeting/grains.html
P | skaffold run -p production | https://skaffold.dev/docs/environment/profiles/
P | kustomize build overlays/production | kubectl apply -f - | https://kubectl.docs.kubernetes.io/guides/introduction/kustomize/
P | sam deploy --config-env prod | https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html
P | cdk deploy --profile prod | https://docs.aws.amazon.com/cdk/v2/guide/cli.html
P | copilot svc deploy --name api --env prod | https://aws.github.io/copilot-cli/docs/commands/svc-deploy/
P | eb deploy myapp-prod | https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb3-deploy.html
P | zappa update production | https://github.com/zappa/Zappa
P | firebase deploy --project production | https://firebase.google.com/docs/cli
P | gcloud app deploy --project=acme-prod | https://cloud.google.com/sdk/gcloud/reference/app/deploy
P | CLOUDSDK_CORE_PROJECT=acme-prod gcloud run deploy api --image gcr.io/acme/api | https://cloud.google.com/sdk/docs/properties
P | az webapp deploy --resource-group rg-prod --name myapp-prod --src-path app.zip | https://learn.microsoft.com/en-us/cli/azure/webapp
P | databricks bundle deploy -t prod | https://docs.databricks.com/en/dev-tools/bundles/
P | dbt run --target prod | https://docs.getdbt.com/reference/dbt-jinja-functions/target
P | flyway -url=jdbc:postgresql://prod-db.example.com:5432/app migrate | https://documentation.red-gate.com/fd/
P | liquibase --url=jdbc:postgresql://db.production.example.com:5432/app update | https://docs.liquibase.com/commands/update/update.html
P | psql "host=prod-db.internal port=5432 dbname=app user=admin" -c "UPDATE users SET active = false WHERE id = 7" | https://www.postgresql.org/docs/current/libpq-connect.html
P | DATABASE_URL=postgres://app@prod-db.example.com:5432/app npx prisma migrate deploy | https://www.prisma.io/docs/orm/prisma-client/deployment/deploy-database-changes-with-prisma-migrate
P | heroku run rails db:migrate --remote production | https://devcenter.heroku.com/articles/multiple-environments
P | git push production main | https://devcenter.heroku.com/articles/multiple-environments
P | DOCKER_HOST=ssh://deploy@prod-docker.example.com docker compose up -d | https://docs.docker.com/engine/security/protect-access/
P | ansible-playbook site.yml --limit production | https://docs.ansible.com/ansible/latest/inventory_guide/intro_patterns.html
P | terragrunt apply --terragrunt-working-dir live/prod/vpc | https://terragrunt.gruntwork.io/docs/reference/cli-options/
P | ENVIRONMENT=production make deploy | https://makefiletutorial.com/
P | aws ssm start-session --target i-0123456789abcdef0 --profile production | https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-sessions-start.html
P | eas update --branch production --message "Fix login crash" | https://docs.expo.dev/eas-update/getting-started/
P | PGHOST=prod-db.example.com psql -d app -c "DELETE FROM sessions WHERE expires_at < now()" | https://www.postgresql.org/docs/current/libpq-envars.html
P | dokku --app myapp-production config:set DEBUG=false | https://dokku.com/docs/configuration/environment-variables/
P | helm --kube-context prod-eu upgrade api ./chart | https://helm.sh/docs/helm/helm/
B | eksctl get cluster --region us-east-1 | https://eksctl.io/usage/creating-and-managing-clusters/
B | kind get clusters | https://kind.sigs.k8s.io/docs/user/quick-start/
B | minikube status | https://minikube.sigs.k8s.io/docs/commands/status/
B | nomad job plan api.nomad.hcl | https://developer.hashicorp.com/nomad/commands/job/plan
B | nomad job status example | https://developer.hashicorp.com/nomad/commands/job/status
B | vagrant status | https://developer.hashicorp.com/vagrant/docs/cli/status
B | vagrant destroy --help | https://developer.hashicorp.com/vagrant/docs/cli/destroy
B | zfs list -t snapshot | http://manpages.ubuntu.com/manpages/noble/man8/zfs-list.8.html
B | zfs destroy -nv tank/home@monday | http://manpages.ubuntu.com/manpages/noble/man8/zfs-destroy.8.html
B | wipefs /dev/sdb | https://man7.org/linux/man-pages/man8/wipefs.8.html
B | lsblk -f | https://man7.org/linux/man-pages/man8/lsblk.8.html
B | crontab -l | https://man7.org/linux/man-pages/man1/crontab.1p.html
B | flyway info | https://documentation.red-gate.com/fd/
B | liquibase status --verbose | https://docs.liquibase.com/commands/change-tracking/status.html
B | liquibase update-sql | https://docs.liquibase.com/commands/update/update-sql.html
B | alembic history --verbose | https://alembic.sqlalchemy.org/en/latest/tutorial.html
B | alembic downgrade base --sql | https://alembic.sqlalchemy.org/en/latest/offline.html
B | goose status | https://github.com/pressly/goose
B | php artisan migrate --pretend | https://laravel.com/docs/migrations
B | php artisan migrate:status | https://laravel.com/docs/migrations
B | php bin/console doctrine:schema:update --dump-sql | https://symfony.com/doc/current/doctrine.html
B | python manage.py showmigrations | https://docs.djangoproject.com/en/stable/ref/django-admin/
B | python manage.py sqlmigrate blog 0001 | https://docs.djangoproject.com/en/stable/ref/django-admin/
B | dotnet ef migrations script | https://learn.microsoft.com/en-us/ef/core/cli/dotnet
B | npx typeorm schema:log -d ./src/data-source.ts | https://typeorm.io/using-cli
B | diesel migration list | https://diesel.rs/guides/getting-started
B | mix ecto.migrations | https://hexdocs.pm/ecto_sql/Mix.Tasks.Ecto.Migrations.html
B | npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script | https://www.prisma.io/docs/orm/reference/prisma-cli-reference
B | dropdb --help | https://www.postgresql.org/docs/current/app-dropdb.html
B | pg_restore --list db.dump | https://www.postgresql.org/docs/current/app-pgrestore.html
B | mongorestore --drop --dryRun --uri mongodb://localhost:27017 dump/ | https://www.mongodb.com/docs/database-tools/mongorestore/
B | psql -c "SELECT 'DROP TABLE IF EXISTS ' || tablename || ' CASCADE;' FROM pg_tables WHERE schemaname = 'public'" | https://stackoverflow.com/questions/3327312/how-can-i-drop-all-the-tables-in-a-postgresql-database
B | cockroach sql --insecure --execute="SHOW DATABASES;" | https://www.cockroachlabs.com/docs/stable/cockroach-sql
B | sqlcmd -S localhost -Q "SELECT name FROM sys.databases" | https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility
B | duckdb analytics.duckdb "SELECT count(*) FROM events" | https://duckdb.org/docs/api/cli/overview
B | bq ls | https://cloud.google.com/bigquery/docs/listing-datasets
B | bq query --use_legacy_sql=false --dry_run 'SELECT COUNT(*) FROM `bigquery-public-data`.samples.wikipedia' | https://cloud.google.com/bigquery/docs/running-queries
B | kafka-topics.sh --bootstrap-server localhost:9092 --list | https://www.cosmiclearn.com/kafka/topics-cli.php
B | kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders | https://geeksrepos.com/ubaid4j/kafka-playground
B | rabbitmqctl list_queues name messages | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
B | nats stream info ORDERS | https://docs.nats.io/using-nats/nats-tools/nats_cli
B | neonctl branches list | https://neon.tech/docs/reference/cli-branches
B | turso db list | https://docs.turso.tech/cli/db/list
B | gh repo view --web | https://cli.github.com/manual/gh_repo_view
B | gh release list | https://cli.github.com/manual/gh_release_list
B | npm unpublish my-package@1.0.0 --dry-run | https://docs.npmjs.com/cli/v10/commands/npm-unpublish
B | git filter-repo --analyze | https://github.com/newren/git-filter-repo
B | git stash list | https://git-scm.com/docs/git-stash
B | git reflog | https://git-scm.com/docs/git-reflog
B | restic -r /srv/restic-repo forget --keep-last 7 --dry-run | https://restic.readthedocs.io/en/stable/060_forget.html
B | restic -r /srv/restic-repo snapshots | https://restic.readthedocs.io/en/stable/045_working_with_repos.html
B | borg prune --dry-run --list --keep-daily=7 /path/to/repo | https://borgbackup.readthedocs.io/en/stable/usage/prune.html
B | velero backup get | https://velero.io/docs/main/backup-reference/
B | helmfile -e staging diff | https://fig.io/manual/helmfile/diff
B | helmfile lint | https://fig.io/manual/helmfile/lint
B | helm uninstall api --dry-run | https://helm.sh/docs/helm/helm_uninstall/
B | kustomize build overlays/production | https://kubectl.docs.kubernetes.io/guides/introduction/kustomize/
B | skaffold render | https://skaffold.dev/docs/references/cli/
B | cdk diff | https://docs.aws.amazon.com/cdk/v2/guide/cli.html
B | cdk destroy --help | https://docs.aws.amazon.com/cdk/v2/guide/cli.html
B | pulumi destroy --preview-only | https://www.pulumi.com/docs/iac/cli/commands/pulumi_destroy/
B | az deployment group what-if --resource-group rg-dev --template-file main.bicep | https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/deploy-what-if
B | salt '*' state.apply test=True | https://docs.saltproject.io/en/latest/ref/states/testing.html
B | puppet agent --test --noop | https://www.puppet.com/docs/puppet/8/man/agent
B | chef-client --why-run | https://docs.chef.io/ctl_chef_client/
B | ansible-playbook -i inventories/staging site.yml --check --diff | https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_checkmode.html
B | gsutil -m rsync -n -d -r ./site gs://my-bucket | https://cloud.google.com/storage/docs/gsutil/commands/rsync
B | make -n deploy | https://www.gnu.org/software/make/manual/make.html
B | dbt compile | https://docs.getdbt.com/reference/commands/compile
B | databricks bundle validate | https://docs.databricks.com/en/dev-tools/bundles/
B | eb status | https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb3-status.html
B | kamal app logs -f | https://www.skills.sh/site/smithery.ai/kamal
B | firebase emulators:start | https://firebase.google.com/docs/emulator-suite/install_and_configure
B | go clean -cache -testcache | https://pkg.go.dev/cmd/go
B | grep -rn "DROP TABLE" db/migrations/ | https://www.gnu.org/software/grep/manual/grep.html
B | pytest -k "delete or drop" | https://docs.pytest.org/en/stable/how-to/usage.html
B | go test ./... -run TestDropDatabase | https://pkg.go.dev/cmd/go
B | docker system df | https://docs.docker.com/reference/cli/docker/system/df/
B | journalctl -u app --since today | https://man7.org/linux/man-pages/man1/journalctl.1.html
"""##
}
