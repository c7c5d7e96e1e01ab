// The seventh held-out corpus: written after the sixth held-out corpus (SixthHeldOutCorpus) had
// been read by rule authors, and committed and scored before any rule was changed for the
// classes that corpus missed. Lines come from public CLI references, man pages, provider
// documentation, operations guides and published scripts; where a documented command has a
// placeholder a concrete value was filled in, and for some lines that value is an environment's
// name (`nomad namespace delete api-prod` is the Nomad reference's own example). It covers tool
// families and phrasings none of the earlier corpora has: Pulumi ESC (`esc`, `pulumi env`),
// Neon's `neon branch reset`, Turso groups, Upstash, Render, Netlify's `sites:delete`,
// `env:unset` and netlify-tools, Temporal and Cadence batch jobs, HashiCorp Vault leases, Consul
// snapshots and ACL tokens, Nomad variables, volumes and namespaces, consul-k8s, the Jenkins CLI
// (run through `java -jar`), jcli, gitlab-runner, GitHub secrets and variables, circleci-env-cli,
// Argo Workflows, Flux's delete/suspend verbs, Velero restores that update existing objects,
// restic restores with `--delete`, borg recreate/compact, MinIO `mc rm` and versioning, HDFS
// shells, Kafka's record deletion, Redpanda and Confluent offsets, elasticsearch-node, InfluxDB
// deletes, Trino, Beeline and Hive query options, mydumper/myloader, MySQL Enterprise Backup,
// etcdutl, yugabyted, TimesTen, YDB, YugabyteDB Anywhere, Redis Data Integration, octoDNS,
// DNSControl, PowerDNS's pdnsutil, pass, LastPass, `docker pass`, Google Secret Manager versions,
// AWS Secrets Manager, Azure Key Vault purges, Meshery, Kong's kongctl, Aperture, Epinio,
// Pelican, odev, DevStream, Team Foundation's `tf destroy`, and shell idioms (find -exec,
// find -delete, xargs, loops in `sh -c`, `docker exec`, `timeout`, `nice`, `env`). Same format
// and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help; each tool's own dry runs and previews:
//      octoDNS without `--doit`, `dnscontrol preview`, `tf destroy /preview`, `mc rm --dry-run`,
//      `argo delete --dry-run`, `borg recreate -n`; restores into a new place; garbage
//      collection of unreferenced chunks; queries whose destructive words are data; cache
//      cleanups; reads of staging resources): must be allowed (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum SeventhHeldOutCorpus {
    static let lines = ##"""
D | esc env rm acme/test --yes | https://pulumi.com/docs/esc-cli/commands/esc_env_rm/
D | esc env rm acme/test db.password --yes | https://pulumi.com/docs/esc-cli/commands/esc_env_rm/
D | pulumi env rm acme/app/old-env --yes | https://pulumi.com/docs/cli/commands/pulumi_env_rm/
D | neon branch reset dev-bob | https://neon.com/flow/tooling-and-automation
D | neon branch delete preview-pr-101 | https://neon.com/flow/tooling-and-automation
D | neonctl branches reset dev-bob --parent | https://neon.com/docs/guides/reset-from-parent
D | turso group destroy default --yes | https://docs.turso.tech/cli/group/destroy
D | upstash redis delete --id a3e25299-132a-45b9-b026-c73f5a807859 | https://upstash.com/docs/devops/cli/overview
D | redis-cli --tls -u rediss://default:pw@eu1-fast-fish-12345.upstash.io:6379 FLUSHALL | https://upstash.com/docs/redis/commands/server/flushall
D | netlify sites:delete 1d2c3b4a-5e6f --force | https://fig.io/manual/netlify/sites:delete
D | netlify env:unset STRIPE_SECRET_KEY | https://fig.io/manual/netlify/env:unset
D | netlify addons:delete fauna | https://fig.io/manual/netlify/env:unset
D | sh -c 'for i in $(netlify sites:list --json | jq -r ".[].id"); do netlify sites:delete --force $i; done' | https://gist.github.com/appwiz/4bca8c74c04b95694724061f36b07752
D | tctl batch start --query "WorkflowType='Checkout'" --reason "bad deploy" --batch_type terminate | https://docs.temporal.io/tctl-v1/batch/
D | cadence workflow batch start --query "WorkflowType='MyWorkflow' AND CloseStatus='Failed'" --reason "cleanup" --batch_type terminate --yes | https://www.mintlify.com/cadence-workflow/cadence/cli/batch
D | vault lease revoke -prefix database/creds | https://developer.hashicorp.com/vault/docs/commands/lease/revoke
D | vault lease revoke -force -prefix database/creds/test-role/9Y5YA7vmRs2uESbSOInm0BpC | https://developer.hashicorp.com/vault/docs/commands/lease/revoke
D | consul snapshot restore backup.snap | https://developer.hashicorp.com/consul/commands/snapshot/restore
D | consul acl token delete -id 4a6f3c2e-71b9 | https://developer.hashicorp.com/consul/commands/acl/token/delete
D | consul-k8s uninstall -auto-approve -wipe-data | https://developer.hashicorp.com/consul/docs/v1.10.x/k8s/operations/uninstall
D | nomad var purge secret/foo | https://developer.hashicorp.com/nomad/commands/var/purge
D | nomad volume delete mysql-data | https://developer.hashicorp.com/nomad/commands/volume/delete
D | nomad volume delete -type host -force pg-vol | https://developer.hashicorp.com/nomad/commands/volume/delete
D | nomad namespace delete legacy-batch | https://developer.hashicorp.com/nomad/commands/namespace/delete
D | java -jar jenkins-cli.jar -s http://localhost:8080/ delete-job nightly-build | https://gist.github.com/mikhno-s/e27df35413ea42079f9493aec2135c46
D | java -jar jenkins-cli.jar -s http://localhost:8080/ delete-builds nightly-build 1-50 | https://gist.github.com/mikhno-s/e27df35413ea42079f9493aec2135c46
D | java -jar jenkins-cli.jar -s http://localhost:8080/ delete-node agent-03 | https://gist.github.com/mikhno-s/e27df35413ea42079f9493aec2135c46
D | java -jar jenkins-cli.jar -s http://localhost:8080/ delete-credentials system::system::jenkins _ deploy-key | https://gist.github.com/mikhno-s/e27df35413ea42079f9493aec2135c46
D | jcli job delete deploy-api | https://pypi.org/project/jcli/
D | jcli node delete agent-07 | https://pypi.org/project/jcli/
D | jcli view delete view90 | https://pypi.org/project/jcli/
D | gitlab-runner unregister --all-runners | https://www.cnblogs.com/ywjcqq/p/17389122.html
D | gitlab-runner unregister --name fs-new-livechat | https://www.cnblogs.com/ywjcqq/p/17389122.html
D | gh secret delete NPM_TOKEN --org acme | https://manpages.ubuntu.com/manpages/mantic/man1/gh-secret-delete.1.html
D | gh secret delete SSH_DEPLOY_KEY --env staging | https://manpages.ubuntu.com/manpages/mantic/man1/gh-secret-delete.1.html
D | gh variable delete HOST_NAME --org acme | https://cli.github.com/manual/gh_variable_delete
D | circleci-env-cli -c deploy-keys -p github/myorg/myproject -d | https://pypi.org/project/circleci-env-cli/
D | circleci-env-cli -p github/myorg/myproject -e KEY1 -d | https://pypi.org/project/circleci-env-cli/
D | argo delete hello-world-xxx | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/walk-through/argo-cli.md
D | argo delete --all --force | https://fig.io/manual/argo/delete
D | argo delete --completed --prefix nightly- | https://fig.io/manual/argo/delete
D | argo archive delete uid1 uid2 uid3 | https://argoproj.github.io/argo-workflows/cli/argo_archive_delete
D | flux delete source git podinfo | https://fluxcd.io/flux/cmd/flux_delete_source_git
D | flux delete kustomization podinfo --silent | https://fluxcd.io/flux/cmd/flux_delete_kustomization/
D | velero restore create --from-backup nightly-20240101 --existing-resource-policy=update | https://velero.io/docs/v1.17/restore-reference
D | timeout 600 velero restore create --from-backup nightly-20240101 --existing-resource-policy=update --wait | https://velero.io/docs/v1.17/restore-reference
D | restic -r /srv/restic-repo restore latest --target /srv/app --delete | https://manpages.ubuntu.com/manpages/resolute/man1/restic-restore.1.html
D | borg recreate --exclude '*.iso' /path/to/repo | https://borgbackup.readthedocs.io/en/stable/usage/recreate.html
D | nice -n 19 borg recreate --exclude-caches /path/to/repo::archive-2024-01 | https://man.archlinux.org/man/borg-recreate.1.en
D | mc rm --recursive --force myminio/mydata | https://min.io/docs/minio/linux/reference/minio-mc/mc-rm.html
D | mc rm --versions --recursive --force myminio/mydata/logs/ | https://min.io/docs/minio/linux/reference/minio-mc/mc-rm.html
D | mc rm --non-current --versions --recursive --force --older-than 30d myminio/mybucket | https://docs.min.io/minio/baremetal/reference/minio-mc/mc-rm.html
D | hdfs dfs -rm -r -skipTrash /godyaev | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
D | hadoop fs -rm hdfs://nn.example.com/file /user/hadoop/emptydir | https://docs.arenadata.io/en/ADH/current/references/fs-commands/rm.html
D | hadoop fs -rmr -skipTrash /user/etl/tmp | https://docs.arenadata.io/en/ADH/current/references/fs-commands/rmr.html
D | kafka-delete-records --bootstrap-server localhost:9092 --offset-json-file ./offsetfile.json | https://gist.github.com/benpdavison/a4b52a7b2dcd397c6bf42a821d0f2129
D | docker exec -t kafkalocal /opt/kafka/bin/kafka-delete-records.sh --bootstrap-server localhost:9092 --offset-json-file /tmp/delete-offsets.json | https://gist.github.com/shorinji/5a35e862a65afbc16cc3a781a6402d5f
D | rpk group offset-delete my-group --topic foo:0,1,2 | https://docs.redpanda.com/docs/reference/rpk/rpk-group/rpk-group-offset-delete/
D | confluent connect offset delete lcc-123456 | https://docs.confluent.io/confluent-cli/current/command-reference/connect/offset/confluent_connect_offset_delete.html
D | bin/elasticsearch-node unsafe-bootstrap | https://elastic.co/docs/reference/elasticsearch/command-line-tools/node-tool
D | bin/elasticsearch-node detach-cluster | https://elastic.co/docs/reference/elasticsearch/command-line-tools/node-tool
D | bin/elasticsearch-node repurpose | https://elastic.co/docs/reference/elasticsearch/command-line-tools/node-tool
D | bin/elasticsearch-node remove-settings "xpack.monitoring.*" | https://elastic.co/docs/reference/elasticsearch/command-line-tools/node-tool
D | bin/elasticsearch-node remove-customs "snapshot_lifecycle" | https://elastic.co/docs/reference/elasticsearch/command-line-tools/node-tool
D | influx delete --bucket example-bucket --start 2020-03-01T00:00:00Z --stop 2020-11-14T00:00:00Z | https://docs.influxdata.com/influxdb/v2/reference/cli/influx/delete/
D | influx delete --bucket sensors --start 1970-01-01T00:00:00Z --stop 2030-01-01T00:00:00Z --predicate '_measurement="cpu"' | https://docs.influxdata.com/influxdb/v2/reference/cli/influx/delete/
D | trino --server http://localhost:8080 --execute "DROP TABLE hive.web.page_views" | https://trino.io/docs/current/client/cli.html
D | trino --server http://localhost:8080 --execute "DELETE FROM hive.web.sessions" | https://trino.io/docs/current/client/cli.html
D | trino --server http://localhost:8080 --execute "DROP SCHEMA hive.scratch CASCADE" | https://trino.io/docs/current/client/cli.html
D | beeline -u jdbc:hive2://localhost:10000/default -n scott -e "TRUNCATE TABLE web_logs" | https://www.edureka.co/community/questions/34445/beeline-vs-hive-query-editor
D | beeline -u jdbc:hive2://localhost:10000/default -e "DROP TABLE IF EXISTS tmp_events PURGE" | https://pastebin.com/mCcT395d
D | hive -e "DROP DATABASE sales CASCADE" | https://www.edureka.co/community/questions/34445/beeline-vs-hive-query-editor
D | myloader -u leshami -p xxx -o -B sakila -d /tmp/bak | https://blog.csdn.net/weixin_29048775/article/details/113200853
D | myloader --directory=/backups --user=root --password=secret --queries-per-transaction=5000 --threads=8 --overwrite-tables | https://packtpub.com/en-no/product/mysql-8-cookbook-8-9781788395809/chapter/restoring-data/recovering-from-mydumper-using-myloader
D | mysqlbackup --datadir=/var/lib/mysql --backup-image=/backups/full.mbi --backup-dir=/tmp/restore-tmp copy-back-and-apply-log | https://dev.mysql.com/doc/mysql-enterprise-backup/4.0/en/mysqlbackup.restore.html
D | yugabyted destroy | https://www.mintlify.com/yugabyte/yugabyte-db/api/cli/yugabyted
D | yugabyted destroy --base_dir=/home/user/node1 | https://www.mintlify.com/yugabyte/yugabyte-db/reference/configuration/yugabyted
D | ttGridAdmin dbDestroy database1 | https://docs.oracle.com/en/database/other-databases/timesten/22.1/database-reference/destroy-database-dbdestroy.html
D | ttGridAdmin dbDestroy database1 -instance mysys3host.griddata1 | https://docs.oracle.com/en/database/other-databases/timesten/22.1/database-reference/destroy-database-dbdestroy.html
D | yc ydb database delete my-db | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/ydb/database/delete
D | yba yb-db-version delete --version 2.20.1.0-b97 --force | https://github.com/yugabyte/yugabyte-db/releases/tag/2.25.0.0-b303
D | redis-di delete --cluster-host localhost --cluster-api-port 9443 --cluster-user admin | https://redis.io/docs/latest/integrate/write-behind/reference/cli/redis-di-delete
D | pdnsutil delete-zone example.org | https://doc.powerdns.com/authoritative/manpages/pdnsutil.1.html
D | pdnsutil delete-rrset net example.net DS | https://gist.github.com/jpmens/ef65ad2d2b36f17a189505ce59030814
D | pass rm -r -f old-services | https://fig.io/manual/pass/rm
D | pass rm cred1 | https://git.zx2c4.com/password-store/plain/tests/t0060-rm-tests.sh
D | lpass rm "Shared-Infra/old-vpn" | https://fig.io/manual/lpass/rm
D | docker pass rm GH_TOKEN NPM_TOKEN | https://docs.docker.com/reference/cli/docker/pass/rm.md
D | docker pass rm --all | https://docs.docker.com/reference/cli/docker/pass/rm.md
D | gcloud secrets versions destroy 123 --secret=my-secret | https://cloud.google.com/sdk/gcloud/reference/secrets/versions/destroy
D | aws secretsmanager delete-secret --secret-id MyTestDatabaseSecret1 --force-delete-without-recovery | https://docs.aws.amazon.com/sdk-for-ruby/v2/api/Aws/SecretsManager/Types/DeleteSecretRequest.html
D | aws secretsmanager delete-secret --secret-id MyTestDatabaseSecret1 --recovery-window-in-days 7 | https://metacpan.org/pod/Paws::SecretsManager::DeleteSecret
D | az keyvault purge --name kv-legacy | https://learn.microsoft.com/el-gr/previous-versions/azure/key-vault/general/soft-delete-overview
D | mesheryctl system uninstall --force | https://docs.meshery.io/reference/mesheryctl/system/uninstall/
D | mesheryctl mesh remove linkerd --namespace linkerd-ns | https://docs.meshery.io/reference/mesheryctl/mesh/remove
D | kongctl delete mesh meshtrafficpermission allow-all --control-plane-id cp-1 --auto-approve | https://developer.konghq.com/kongctl/delete/mesh/
D | aperturectl uninstall controller --namespace aperture | https://docs.fluxninja.com/reference/aperture-cli/aperturectl/uninstall
D | epinio namespace delete workspace --force | https://docs.epinio.io/0.9.0/references/cli/epinio_namespace_delete
D | pelican-server namespace delete --prefix /test | https://docs.pelicanplatform.org/commands-reference/pelican-server/namespace/delete
D | odev delete demo_19 | https://github.com/odoo-odev/odev/wiki/delete
D | odev delete -e "test_.*" -w | https://github.com/odoo-odev/odev/wiki/delete
D | dtm delete -f config.yaml -y | https://github.com/devstream-io/devstream/issues/1050
D | dtm destroy -y | https://github.com/devstream-io/devstream/issues/1050
D | tf destroy $/TeamProject1/Legacy /noprompt | https://learn.microsoft.com/en-us/previous-versions/visualstudio/visual-studio-2010/bb386005(v=vs.100)
D | find /var/backups/app -name '*.dump' -mtime +7 -exec rm -f {} + | https://manpages.ubuntu.com/manpages/focal/man1/find.1.html
D | find . -type f -not -name '*gz' -exec rm -v {} + | https://newbetuts.com/1355478-delete-files-not-matching-pattern-using-xargs
D | find . -type f -not -name '*gz' -print -delete | https://newbetuts.com/1355478-delete-files-not-matching-pattern-using-xargs
D | bash -c 'find . -type f -not -name "*gz" -print0 | xargs -0 -I {} rm -v {}' | https://newbetuts.com/1355478-delete-files-not-matching-pattern-using-xargs
D | xargs -a stale-dirs.txt rm -rf | http://manpages.ubuntu.com/manpages/xenial/en/man1/xargs.1.html
P | esc env open acme/production | https://pulumi.com/docs/esc-cli/commands/
P | esc env rm acme/production --yes | https://pulumi.com/docs/esc-cli/commands/esc_env_rm/
P | esc env set acme/production db.password s3cr3t --secret | https://skills.sh/pulumi/agent-skills/pulumi-esc
P | pulumi env run acme/app/production -- ./scripts/migrate.sh | https://skills.sh/pulumi/agent-skills/pulumi-esc
P | pulumi env get acme/app/prod | https://skills.sh/pulumi/agent-skills/pulumi-esc
P | neon branch reset production-preview | https://neon.com/docs/guides/reset-from-parent
P | turso group destroy prod-eu --yes | https://docs.turso.tech/cli/group/destroy
P | turso db shell acme-prod "SELECT count(*) FROM users" | https://docs.turso.tech/cli/db/destroy
P | render put-env api-service .env.production | https://docs.rs/render_cli
P | render deploy api-production | https://docs.rs/crate/render-cli/latest/source/src/command/deploy.rs
P | netlify-tools env:delete -c production FOO BAR BAZ | https://www.npmjs.com/package/@netlify-tools/cli
P | netlify-tools env:describe -c production | https://www.npmjs.com/package/@netlify-tools/cli
P | temporal batch list --namespace prod-payments | https://docs.temporal.io/cli/command-reference/batch.md
P | tctl --address temporal-prod.internal:7233 batch list | https://docs.temporal.io/tctl-v1/batch/
P | tctl --namespace production batch start --query "WorkflowType='Billing'" --reason cleanup --batch_type terminate | https://docs.temporal.io/tctl-v1/batch.md
P | vault lease revoke -address=https://vault.prod.example.com:8200 -prefix database/creds/readonly | https://developer.hashicorp.com/vault/docs/commands/lease/revoke
P | env VAULT_ADDR=https://vault.production.internal:8200 vault lease revoke -prefix aws/creds/deploy | https://developer.hashicorp.com/vault/docs/v1.5.x/commands/lease/revoke
P | consul snapshot restore -http-addr=https://consul.prod.internal:8501 backup.snap | https://developer.hashicorp.com/consul/commands/v1.22.x/snapshot/restore
P | CONSUL_HTTP_ADDR=consul-prod.internal:8500 consul acl token delete -id 4bc7a2f1 | https://developer.hashicorp.com/consul/commands/v1.22.x/acl/token/delete
P | nomad var purge -address=https://nomad-prod.example.com:4646 secret/foo | https://developer.hashicorp.com/nomad/commands/var/purge
P | NOMAD_ADDR=https://nomad.prd.example.net:4646 nomad volume delete mysql-data | https://developer.hashicorp.com/nomad/docs/v1.10.x/commands/volume/delete
P | nomad namespace delete api-prod | https://developer.hashicorp.com/nomad/commands/namespace/delete
P | java -jar jenkins-cli.jar -s https://jenkins.prod.example.com/ delete-job nightly-build | https://gist.github.com/torokmark/4921fdfa36f870b2ec4bef5fcc3dffe7
P | java -jar jenkins-cli.jar -s http://ci-production:8080/ build deploy-api -s | https://gist.github.com/eddiejaoude/9885488
P | jcli job delete deploy-production | https://pypi.org/project/jcli/0.0.1.dev24/
P | gitlab-runner unregister --url https://gitlab.prod.example.com/ --token t0k3n | https://blog.csdn.net/u014651560/article/details/114868908
P | gh secret delete DATABASE_URL --env production | https://man.freebsd.org/cgi/man.cgi?manpath=freebsd-ports&query=gh-secret-delete&sektion=1
P | gh variable delete DEPLOY_TARGET -e prod -R acme/shop | https://man.archlinux.org/man/gh-variable-delete.1.en
P | circleci-env-cli -c prod-deploy -p github/acme/api -e API_KEY -d | https://github.com/phsmith/circleci-env-cli
P | argo delete --all -n production | https://fig.io/manual/argo/delete
P | argo submit deploy.yaml --namespace prod-pipelines | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/cli/argo.md
P | flux suspend kustomization apps --context prod-eu | https://fluxcd.io/docs/cmd/flux
P | flux reconcile kustomization apps --with-source --context=production | https://fluxcd.io/docs/cmd/flux
P | flux delete source git podinfo --kubeconfig ~/.kube/prod-config | https://fluxcd.io/flux/cmd/flux_delete
P | velero restore create --from-backup prod-nightly --kubecontext prod-cluster | https://velero.io/docs/v1.13/restore-reference
P | velero backup create pre-upgrade --kubecontext production | https://raw.githubusercontent.com/vmware-tanzu/velero/4ee1e79a7aed367fd9b767b8219ec65bd0c96892/site/content/docs/main/restore-reference.md
P | restic -r s3:s3.amazonaws.com/acme-prod-backups restore latest --target /srv/app --delete | https://manpages.ubuntu.com/manpages/resolute/man1/restic-restore.1.html
P | borg compact ssh://backup@backup.prod.example.com/./repo | https://borgbackup.readthedocs.io/en/2.0.0b12/usage/compact.html
P | borg recreate --exclude '*.log' ssh://borg@prod-db-1.example.com/./archive | https://manpages.ubuntu.com/manpages/jammy/man1/borg-recreate.1.html
P | mc rm --recursive --force prod/backups/2023/ | https://docs.min.io/enterprise/aistor-object-store/reference/cli/mc-rm
P | mc ls --recursive production-minio/app-logs | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
P | hdfs dfs -rm -r -skipTrash hdfs://nn.prod.example.com:8020/warehouse/tmp | https://docs.arenadata.io/en/ADH/current/references/fs-commands/rm.html
P | hadoop fs -ls hdfs://namenode-prod:8020/user/etl | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
P | kafka-delete-records.sh --bootstrap-server kafka-prod-1:9092 --offset-json-file offsets.json | https://blog.csdn.net/weixin_39943868/article/details/111498857
P | rpk group offset-delete billing-consumers --topic orders -X brokers=redpanda.prod.internal:9092 | https://docs.redpanda.com/streaming/26.2/reference/rpk/rpk-group/rpk-group-offset-delete/
P | confluent connect offset delete lcc-123456 --context production | https://docs.confluent.io/confluent-cli/current/command-reference/connect/offset/confluent_connect_offset_delete.html
P | bin/elasticsearch-node detach-cluster -E path.data=/var/lib/elasticsearch-prod | https://www.elastic.co/de/guide/en/elasticsearch/reference/current/node-tool.html
P | myloader --host=mysql-prod-1.internal --overwrite-tables --directory=/backups/shop | https://manpages.ubuntu.com/manpages/noble/man1/myloader.1.html
P | mydumper --host db.prod.example.com -B shop -o /backups/shop | https://www.cnblogs.com/lizhi221/p/7017900.html
P | trino --server https://trino.prod.example.com --execute "SELECT count(*) FROM hive.web.events" | https://trino.io/docs/current/client/cli.html
P | beeline -u jdbc:hive2://hive-prod.example.com:10000/default -e "SHOW TABLES" | https://pastebin.com/mCcT395d
P | influx delete --host https://influx.prod.example.com:8086 --bucket metrics --start 2024-01-01T00:00:00Z --stop 2024-02-01T00:00:00Z | https://docs.influxdata.com/influxdb/cloud/reference/cli/influx/delete
P | INFLUX_HOST=https://influxdb-production.internal:8086 influx delete --bucket sensors --start 2024-01-01T00:00:00Z --stop 2024-01-02T00:00:00Z | https://docs.influxdata.com/influxdb/v2.4/reference/cli/influx/delete
P | gcloud secrets versions destroy 3 --secret=db-password --project=acme-prod | https://cloud.google.com/sdk/gcloud/reference/secrets/versions/destroy?authuser=8
P | gcloud secrets versions access latest --secret=api-key --project=payments-production | https://cloud.google.com/sdk/gcloud/reference/secrets/versions
P | etcdutl snapshot restore snapshot.db --data-dir /var/lib/etcd-prod | https://pkg.go.dev/go.etcd.io/etcd/etcdutl/v3
P | yugabyted destroy --base_dir=/data/yb-prod | https://www.mintlify.com/yugabyte/yugabyte-db/api/cli/yugabyted
P | octodns-sync --config-file=config/production.yaml --doit | https://tangled.org/andref.app/everything/commit/d1a519e57713065288babc767e1e85ebd09eef32.diff
P | dnscontrol push --creds creds.prod.json | https://github.com/orgs/DNSControl/discussions/3634
P | pdnsutil --config-dir=/etc/powerdns-prod delete-zone example.com | https://man.archlinux.org/man/pdnsutil.1.en
P | pass rm -r -f production/aws | https://fig.io/manual/pass/rm
P | lpass rm "Production/stripe-live-key" | https://fig.io/manual/lpass/rm
P | az keyvault purge --name kv-acme-prod | https://learn.microsoft.com/el-gr/previous-versions/azure/key-vault/general/soft-delete-overview
P | aws secretsmanager delete-secret --secret-id prod/db/password --force-delete-without-recovery | https://docs.aws.amazon.com/powershell/latest/reference/items/Remove-SECSecret.html
P | kongctl delete mesh meshtimeout slow -m prod --control-plane-id cp-1 | https://developer.konghq.com/kongctl/delete/mesh/
P | redis-cli --tls -u rediss://default:pw@prod-cache-eu1.upstash.io:6379 FLUSHDB | https://upstash.com/docs/redis/commands/server/flushdb
P | ttGridAdmin dbDestroy database1 -instance prod-host3.griddata1 | https://docs.oracle.com/en/database/other-databases/timesten/22.1/database-reference/destroy-database-dbdestroy.html
P | yc ydb database delete shop-production | https://yandex.cloud/en/docs/ydb/cli-ref/v0/database/delete
P | epinio namespace delete production --force | https://docs.epinio.io/0.9.0/references/cli/epinio_namespace_delete
P | sh -c 'for s in $(cat prod-sites.txt); do netlify sites:delete --force $s; done' | https://gist.github.com/appwiz/4bca8c74c04b95694724061f36b07752
P | mesheryctl system uninstall --context production | https://docs.meshery.io/reference/mesheryctl/system/uninstall/index.md
P | aperturectl uninstall agent --kube-config ~/.kube/prod.yaml | https://docs.fluxninja.com/reference/aperture-cli/aperturectl/uninstall
B | esc env ls | https://pulumi.com/docs/esc-cli/commands/
B | esc env get acme/dev | https://www.pulumi.com/docs/esc-cli
B | esc env get acme/staging | https://www.pulumi.com/docs/esc-cli
B | esc env init acme/test | https://pulumi.com/docs/esc/environments/
B | esc env diff acme/dev | https://www.pulumi.com/docs/esc-cli
B | esc run acme/dev -- npm test | https://pulumi.com/docs/esc-cli/commands/esc/
B | esc env rm --help | https://pulumi.com/docs/esc-cli/commands/esc_env_rm/
B | pulumi env set acme/app/dev api.url https://api.dev.example.com | https://skills.sh/pulumi/agent-skills/pulumi-esc
B | neon branch create preview-pr-101 --parent main | https://neon.com/flow/tooling-and-automation
B | turso group list | https://docs.turso.tech/cli/group/destroy
B | turso group destroy --help | https://docs.turso.tech/cli/group/destroy.md
B | upstash redis create --name=my-db --region=eu-west-1 | https://upstash.com/docs/devops/cli/overview
B | upstash auth login | https://www.npmjs.com/package/@upstash/cli
B | render login | https://render.com/docs/cli
B | render workspace set | https://skills.sh/render-oss/skills/render-cli
B | render list | https://docs.rs/crate/render-cli/latest/source/README.md
B | netlify env:list | https://fig.io/manual/netlify/env:unset
B | netlify env:get API_URL | https://github.com/passionatepeople/netlify-cli-shared-watch/blob/main/docs/commands/env.md
B | netlify sites:list | https://fig.io/manual/netlify/sites:delete
B | netlify sites:delete --help | https://fig.io/manual/netlify/sites:delete
B | netlify unlink | https://fig.io/manual/netlify/unlink
B | netlify status | https://fig.io/manual/netlify/unlink
B | netlify functions:list | https://fig.io/manual/netlify/unlink
B | netlify-tools env:describe -c staging | https://www.npmjs.com/package/@netlify-tools/cli
B | temporal batch describe --job-id YourJobId | https://docs.temporal.io/cli/command-reference/batch.md
B | temporal batch list --namespace staging | https://docs.temporal.io/cli/command-reference/batch.md
B | tctl batch list | https://docs.temporal.io/tctl-v1/batch/
B | vault lease lookup database/creds/readonly/27e1b9a1-27b8-83d9-9fe0-d99d786bdc83 | https://fig.io/manual/vault/lease
B | vault lease renew database/creds/readonly/27e1b9a1-27b8-83d9-9fe0-d99d786bdc83 | https://developer.hashicorp.com/vault/docs/v1.4.x/commands/lease
B | vault lease revoke -help | https://developer.hashicorp.com/vault/docs/commands/lease/revoke
B | consul snapshot save backup.snap | https://developer.hashicorp.com/consul/commands/snapshot
B | consul snapshot inspect backup.snap | https://developer.hashicorp.com/consul/commands/snapshot
B | consul snapshot inspect staging-backup.snap | https://developer.hashicorp.com/consul/commands/snapshot
B | consul snapshot restore -help | https://developer.hashicorp.com/consul/commands/v1.8.x/snapshot/restore
B | nomad volume delete -help | https://developer.hashicorp.com/nomad/docs/v1.4.x/commands/volume/delete
B | nomad var purge -help | https://developer.hashicorp.com/nomad/commands/var/purge
B | java -jar jenkins-cli.jar -s http://localhost:8080/ list-jobs | https://gist.github.com/eddiejaoude/9885488
B | java -jar jenkins-cli.jar -s http://localhost:8080/ console nightly-build | https://gist.github.com/mikhno-s/e27df35413ea42079f9493aec2135c46
B | java -jar jenkins-cli.jar -s http://localhost:8080/ copy-job nightly-build nightly-build-copy | https://gist.github.com/torokmark/4921fdfa36f870b2ec4bef5fcc3dffe7
B | java -jar jenkins-cli.jar -s http://localhost:8080/ disable-job nightly-build | https://gist.github.com/torokmark/4921fdfa36f870b2ec4bef5fcc3dffe7
B | jcli job list coreci | https://pypi.org/project/jcli/
B | jcli job count | https://pypi.org/project/jcli/
B | jcli plugin list | https://pypi.org/project/jcli/0.0.2.dev29
B | jcli job build deploy-api | https://github.com/frontjang/jcli
B | gitlab-runner list | https://www.cnblogs.com/ywjcqq/p/17389122.html
B | gitlab-runner verify | https://www.cnblogs.com/ywjcqq/p/17389122.html
B | gitlab-runner unregister --help | https://blog.csdn.net/u014651560/article/details/114868908
B | gh secret delete --help | https://manpages.ubuntu.com/manpages/kinetic/en/man1/gh-secret-delete.1.html
B | gh variable delete --help | https://cli.github.com/manual/gh_variable_delete
B | circleci-env-cli -p github/myorg/myproject -l | https://pypi.org/project/circleci-env-cli/0.2.0
B | circleci-env-cli -p github/myorg/myproject -e KEY1=VAL1 -e KEY2=VAL2 | https://pypi.org/project/circleci-env-cli/0.2.0
B | circleci-env-cli --help | https://pypi.org/pypi/circleci-env-cli
B | argo list | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/walk-through/argo-cli.md
B | argo get hello-world-xxx | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/walk-through/argo-cli.md
B | argo logs hello-world-xxx | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/walk-through/argo-cli.md
B | argo submit hello-world.yaml | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/walk-through/argo-cli.md
B | argo list -n staging | https://raw.githubusercontent.com/argoproj/argo-workflows/main/docs/cli/argo.md
B | argo delete --dry-run --older 7d | https://fig.io/manual/argo/delete
B | argo delete --help | https://fig.io/manual/argo/delete
B | flux check --pre | https://fluxcd.io/docs/cmd/flux
B | flux get sources git | https://fluxcd.io/docs/cmd/flux
B | flux export kustomization --all | https://fluxcd.io/docs/cmd/flux
B | flux suspend kustomization webapp-dev | https://fluxcd.io/docs/cmd/flux
B | flux resume kustomization webapp-dev | https://fluxcd.io/docs/cmd/flux
B | flux reconcile kustomization webapp-dev --with-source | https://fluxcd.io/docs/cmd/flux
B | flux get kustomizations --context staging | https://fluxcd.io/docs/cmd/flux
B | flux delete source git --help | https://fluxcd.io/flux/cmd/flux_delete_source_git
B | velero restore get | https://velero.io/docs/v1.17/restore-reference
B | velero restore describe nightly-20240101-restore | https://velero.io/docs/v1.17/restore-reference
B | velero restore logs nightly-20240101-restore | https://velero.io/docs/v1.13/restore-reference
B | velero restore create --from-backup nightly-20240101 --namespace-mappings app:app-restored | https://velero.io/docs/v1.19/api-types/restore/
B | velero restore create --help | https://velero.io/docs/v1.17/restore-reference
B | velero backup get --kubecontext staging-cluster | https://velero.io/docs/v1.17/restore-reference
B | restic -r /srv/restic-repo restore latest --target /srv/app --delete --dry-run -vv | https://manpages.ubuntu.com/manpages/resolute/man1/restic-restore.1.html
B | restic -r /srv/restic-repo restore latest --target /tmp/restore-check | https://manpages.ubuntu.com/manpages/resolute/man1/restic-restore.1.html
B | restic -r /srv/restic-repo recover | https://manpages.ubuntu.com/manpages/resolute/man1/restic-recover.1.html
B | borg recreate -n --list --exclude '*.tmp' /path/to/repo | https://borgbackup.readthedocs.io/en/latest/usage/recreate.html
B | borg recreate --dry-run --list --exclude '*.iso' /path/to/repo | https://borgbackup.readthedocs.io/en/2.0.0b24/usage/recreate.html
B | borg compact /path/to/repo | https://borgbackup.readthedocs.io/en/2.0.0b12/usage/compact.html
B | mc rm --recursive --force --dry-run myminio/mybucket/myprefix/ | https://docs.min.io/enterprise/aistor-object-store/reference/cli/mc-rm
B | mc ls --recursive --versions myminio/mydata | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
B | mc ls staging/uploads | https://docs.min.io/minio/baremetal/reference/minio-mc/mc-ls.html
B | mc version info myminio/mybucket | https://min.io/docs/minio/linux/reference/minio-mc/mc-version-info.html
B | mc version enable myminio/mybucket | https://min.io/docs/minio/linux/reference/minio-mc/mc-version-enable.html
B | mc version suspend myminio/mybucket | https://min.io/docs/minio/linux/reference/minio-mc/mc-version.html
B | mc cp --recursive ~/mydata/ myminio/mydata/ | https://docs.min.io/minio/baremetal/reference/minio-mc/mc-cp.html
B | mc admin info myminio | https://oneuptime.com/blog/post/2026-01-30-minio-versioning/view
B | mc rm --help | https://min.io/docs/minio/linux/reference/minio-mc/mc-rm.html
B | hdfs dfs -ls -h /data/texts | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | hdfs dfs -cat /godyaev/henry.txt | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | hdfs dfs -mkdir /godyaev/inner | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | hdfs dfs -setrep -w 2 /godyaev/inner/henry.txt | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | hdfs dfs -ls /user/etl/.Trash | https://docs.arenadata.io/en/ADH/current/references/fs-commands/rm.html
B | hdfs dfs -ls hdfs://nn.staging.example.com:8020/data | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | hadoop distcp s3://texts-bucket/henry.txt hdfs://ip-172-31-13-51.eu-west-1.compute.internal:8020/godyaev/henry.txt | https://gist.github.com/attatrol/797455189e283317bd6a0cb491ee6656
B | kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic mytest --from-beginning | https://blog.csdn.net/weixin_39943868/article/details/111498857
B | rpk group offset-delete --help | https://docs.redpanda.com/docs/23.2/reference/rpk/rpk-group/rpk-group-offset-delete/
B | confluent connect offset delete --help | https://docs.confluent.io/confluent-cli/current/command-reference/connect/offset/confluent_connect_offset_delete.html
B | bin/elasticsearch-node --help | https://elastic.co/guide/en/elasticsearch/reference/8.1/node-tool.html
B | influx delete --help | https://docs.influxdata.com/influxdb/v2/reference/cli/influx/delete/
B | trino --version | https://trino.io/docs/current/client/cli.html
B | trino --server https://trino.example.com --execute "SELECT count(*) FROM tpch.tiny.orders" | https://docs.starburst.io/clients/cli.html
B | trino --server http://localhost:8080 --execute "SELECT * FROM audit.events WHERE action = 'DELETE' LIMIT 20" | https://trino.io/docs/current/client/cli.html
B | trino --server https://trino.staging.example.com --execute "SHOW CATALOGS" | https://docs.cloudera.com/data-warehouse/1.5.5/bi-tools/topics/dw-trino-cli.html
B | beeline -u jdbc:hive2://localhost:10000/default -e "SHOW TABLES" | https://pastebin.com/mCcT395d
B | beeline -u jdbc:hive2://localhost:10000/default -e "SELECT count(*) FROM deleted_users" | https://cloud.tencent.com/developer/article/2195590
B | mydumper -u root -p secret -B sakila -o /tmp/bak | https://blog.csdn.net/weixin_29048775/article/details/113200853
B | myloader -u leshami -p xxx -B restoredb -d /tmp/bak | https://blog.csdn.net/weixin_29048775/article/details/113200853
B | myloader --help | https://blog.csdn.net/weixin_33304686/article/details/113169527
B | etcdutl defrag --data-dir default.etcd | https://raw.githubusercontent.com/etcd-io/etcd/release-3.6/etcdutl/README.md
B | etcdutl snapshot restore snapshot.db --data-dir /var/lib/etcd-from-backup | https://raw.githubusercontent.com/etcd-io/website/main/content/en/docs/v3.6/op-guide/recovery.md
B | yugabyted start --base_dir /home/user/node1 | https://www.mintlify.com/yugabyte/yugabyte-db/api/cli/yugabyted
B | yugabyted status | https://www.mintlify.com/yugabyte/yugabyte-db/reference/configuration/yugabyted
B | yugabyted destroy --help | https://www.mintlify.com/yugabyte/yugabyte-db/reference/configuration/yugabyted
B | ttGridAdmin dbStatus database1 | https://docs.oracle.com/cd/F52398_01/database-reference/destroy-database-dbdestroy.html
B | octodns-sync --config-file=config/octodns.yaml | https://octodns.readthedocs.io/en/latest/examples/basic/README.html
B | octodns-sync --config-file=config/staging.yaml | https://octodns.readthedocs.io/en/latest/examples/basic/README.html
B | dnscontrol check | https://github.com/marketplace/actions/dnscontrol-action-icme
B | dnscontrol preview | https://github.com/marketplace/actions/dnscontrol-action-icme
B | dnscontrol preview --full | https://github.com/noclocks/dns/commit/442702a8ddc93d36d2ee1c159a4a08bb75b482e4
B | pdnsutil list-all-zones | https://man.archlinux.org/man/pdnsutil.1.txt
B | pdnsutil autoprimary list | https://doc.powerdns.com/authoritative/manpages/pdnsutil.1.html
B | pdnsutil catalog list-members catalog.example | https://man.archlinux.org/man/pdnsutil.1.en
B | pdnsutil --help | https://doc.powerdns.com/authoritative/manpages/pdnsutil.1.html
B | gcloud secrets versions list my-secret | https://cloud.google.com/sdk/gcloud/reference/secrets/versions?authuser=6
B | gcloud secrets versions disable 2 --secret=my-secret | https://cloud.google.com/sdk/gcloud/reference/secrets/versions
B | gcloud secrets versions destroy --help | https://cloud.google.com/sdk/gcloud/reference/beta/secrets/versions/destroy?authuser=7
B | aws secretsmanager restore-secret --secret-id MyTestDatabaseSecret1 | https://metacpan.org/pod/Paws::SecretsManager::DeleteSecret
B | kongctl delete mesh --help | https://developer.konghq.com/kongctl/delete/mesh/
B | mesheryctl system uninstall --help | https://docs.meshery.io/reference/mesheryctl/system/uninstall/
B | aperturectl uninstall --help | https://docs.fluxninja.com/reference/aperture-cli/aperturectl/uninstall
B | epinio namespace delete --help | https://docs.epinio.io/0.9.0/references/cli/epinio_namespace_delete
B | odev delete --help | https://github.com/odoo-odev/odev/wiki/delete
B | tf destroy $/TeamProject1/Legacy /preview | https://learn.microsoft.com/en-us/previous-versions/visualstudio/visual-studio-2010/bb386005(v=vs.100)
B | npm deprecate my-thing@"< 0.2.3" "critical bug fixed in v0.2.3" | https://unpkg.com/npm@3.9.1/html/doc/cli/npm-deprecate.html
B | find . -name '*.pyc' -exec rm -f {} + | https://manpages.ubuntu.com/manpages/xenial/en/man1/find.1.html
B | find . -name '*.orig' -print | https://manpages.ubuntu.com/manpages/focal/man1/find.1.html
B | find /srv/data -type f -mtime +30 -print0 | https://manpages.ubuntu.com/manpages/focal/man1/find.1.html
B | xargs --show-limits | http://manpages.ubuntu.com/manpages/oneiric/man1/xargs.1.html
B | redis-cli --tls -u rediss://default:pw@eu1-fast-fish-12345.upstash.io:6379 DBSIZE | https://upstash.com/docs/redis/commands/server/flushdb
"""##
}
