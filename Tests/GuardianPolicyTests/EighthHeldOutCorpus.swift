// The eighth held-out corpus: written after the seventh held-out corpus (SeventhHeldOutCorpus)
// had been scored, and committed and scored before any rule was changed for the classes the
// seventh missed. Lines come from public CLI references, man pages, provider documentation and
// operations guides; where a documented command has a placeholder a concrete value was filled in,
// and for the production-named lines that value is often an environment's name in the place the
// tool takes it (an app, alias, profile, cloud, tenant, host, cluster file or address). It covers
// tool families and phrasings none of the earlier corpora has: Pantheon's terminus, Platform.sh
// and Upsun, Acquia's acli, Clever Cloud, Scalingo, Gigalixir, Qovery, Appwrite, Laravel Vapor,
// Bref, Aiven's avn, Crunchy Bridge, EdgeDB and Gel, SeaORM, graphile-migrate, Payload, Strapi's
// transfer and import, RedwoodJS, Vertica (vsql, admintools), Db2, SAP HANA's hdbsql,
// mariadb-admin, Aerospike (aql, asinfo, asadm), FoundationDB's fdbcli, TDengine, Apache Ignite's
// control.sh, Greenplum, Oracle Data Pump and DBCA, SqlPackage, QuestDB's HTTP API, OpenStack's
// volume/stack/container/project verbs, govc, IBM Cloud, MAAS, Cloudsmith, packagecloud, Drone,
// Woodpecker, Travis, Semaphore, Azure DevOps, AWX, Rundeck, git's lfs migrate, update-ref,
// worktree, submodule and switch verbs, BFG, Akeyless, Conjur, HCP Vault Secrets, dotenv-vault,
// berglas, promtool, Thanos bucket tools, Loki, mimirtool, ActiveMQ Artemis, JuiceFS, borgmatic,
// Duplicati, syncoid, containerd's ctr, machinectl, OrbStack, Tart, Parallels, vmrun, RKE,
// Karmada, kctrl, Portworx, Auth0, Kanidm, cli53, dns-lexicon, Knot DNS, BIND's rndc,
// unbound-control, certbot's delete and revoke, Varnish, decK, apigeecli, Airbyte's abctl,
// Meltano, Feast, Weights & Biases, Pachyderm, Kubeflow Pipelines, Ray, SkyPilot, Modal, Hugging
// Face's hf, Databricks clusters and workspaces, ScyllaDB Manager, fastlane match, simctl, adb,
// and one-line programs of interpreters (perl, python, node, ruby) and launchers (doas, busybox,
// flock, ionice, setsid, stdbuf). Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help; dry runs and previews; tools' read-only and
//      printing modes such as SqlPackage's Script action, Data Pump's `sqlfile=`, `juicefs gc`
//      without `--delete`; a `DELETE` with a key; cache clean-ups; queries whose destructive
//      words are data; reads of staging resources): must be allowed (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum EighthHeldOutCorpus {
    static let lines = ##"""
D | terminus env:wipe my-site.dev --yes | https://docs.pantheon.io/terminus/commands/env-wipe
D | terminus site:delete my-old-site --yes | https://docs.pantheon.io/terminus/commands/site-delete
D | terminus multidev:delete my-site.feature-x --delete-branch --yes | https://docs.pantheon.io/terminus/commands/multidev-delete
D | platform environment:delete feature-login --delete-branch --yes | https://docs.platform.sh/administration/cli/reference.html
D | upsun environment:delete pr-42 --no-wait -y | https://docs.upsun.com/administration/cli/reference.html
D | platform db:sql --relationship database "DROP TABLE sessions" | https://docs.platform.sh/administration/cli/reference.html
D | acli api:environments:database-delete 12-abcd1234 my_db | https://docs.acquia.com/acquia-cli/acli-api-environments-database-delete
D | clever delete --app app_a1b2c3 --yes | https://www.clever-cloud.com/developers/doc/cli/applications/
D | clever addon delete my-postgres --yes | https://www.clever-cloud.com/developers/doc/cli/addons/
D | scalingo --app my-app destroy | https://doc.scalingo.com/tools/cli/commands
D | scalingo --app my-app env-unset SECRET_KEY_BASE | https://doc.scalingo.com/tools/cli/commands
D | gigalixir apps:destroy -a my-app | https://www.gigalixir.com/docs/cli
D | qovery environment delete --organization Acme --project Shop --environment pr-142 | https://hub.qovery.com/docs/using-qovery/interfaces/cli/
D | appwrite databases delete --database-id main | https://appwrite.io/docs/tooling/command-line/commands
D | vapor env:delete feature-x | https://docs.vapor.build/projects/environments.html
D | avn service terminate pg-demo --force | https://aiven.io/docs/tools/cli/service-cli
D | avn service topic-delete kafka-demo orders | https://aiven.io/docs/tools/cli/service/topic
D | cb destroy rvf73a77ozfsvcttryebfrnlem | https://docs.crunchybridge.com/cli/destroy
D | edgedb instance destroy my_instance --force | https://docs.edgedb.com/cli/edgedb_instance/edgedb_instance_destroy
D | edgedb database wipe --non-interactive | https://docs.edgedb.com/cli/edgedb_database/edgedb_database_wipe
D | sea-orm-cli migrate fresh | https://www.sea-ql.org/SeaORM/docs/migration/running-migration/
D | graphile-migrate reset --erase | https://github.com/graphile/migrate#graphile-migrate-reset
D | npx payload migrate:fresh | https://payloadcms.com/docs/database/migrations
D | npx strapi import -f export_20240101.tar.gz.enc --force | https://docs.strapi.io/cms/data-management/import
D | npx strapi transfer --to https://cms.example.com/admin --force | https://docs.strapi.io/cms/data-management/transfer
D | yarn rw prisma migrate reset --force | https://redwoodjs.com/docs/cli-commands#prisma-migrate
D | admintools -t drop_db -d VMart | https://docs.vertica.com/latest/en/admin/using-admin-tools/writing-admin-tools-scripts/
D | vsql -U dbadmin -c "DROP SCHEMA scratch CASCADE" | https://docs.vertica.com/latest/en/connecting-to/using-vsql/
D | db2 drop database sample | https://www.ibm.com/docs/en/db2/11.5?topic=commands-drop-database
D | db2 "DELETE FROM sales" | https://www.ibm.com/docs/en/db2/11.5?topic=statements-delete
D | hdbsql -i 00 -u SYSTEM -d HXE "DROP SCHEMA DEMO CASCADE" | https://help.sap.com/docs/SAP_HANA_PLATFORM/hdbsql
D | mariadb-admin -u root -p drop shop | https://mariadb.com/kb/en/mariadb-admin/
D | aql -c "TRUNCATE test.users" | https://aerospike.com/docs/tools/aql/data_management
D | asinfo -v "truncate-namespace:namespace=test" | https://aerospike.com/docs/reference/info#truncate-namespace
D | fdbcli --exec "writemode on; clearrange \"\" \xff" | https://apple.github.io/foundationdb/command-line-interface.html
D | taos -s "DROP DATABASE power" | https://docs.tdengine.com/reference/tools/tdengine-cli/
D | control.sh --cache destroy --destroy-all-caches | https://ignite.apache.org/docs/latest/tools/control-script
D | control.sh --set-state INACTIVE | https://ignite.apache.org/docs/latest/tools/control-script
D | gpdeletesystem -d /data/coordinator/gpseg-1 -f | https://docs.vmware.com/en/VMware-Greenplum/7/greenplum-database/utility_guide-ref-gpdeletesystem.html
D | impdp system directory=dpump_dir dumpfile=hr.dmp schemas=hr table_exists_action=replace | https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/datapump-import-utility.html
D | dbca -silent -deleteDatabase -sourceDB orcl -sysDBAUserName sys -sysDBAPassword secret | https://docs.oracle.com/en/database/oracle/oracle-database/19/admin/creating-and-configuring-an-oracle-database.html
D | sqlpackage /Action:Publish /SourceFile:app.dacpac /TargetConnectionString:"Server=localhost;Database=app;Integrated Security=true" /p:DropObjectsNotInSource=True | https://learn.microsoft.com/en-us/sql/tools/sqlpackage/sqlpackage-publish
D | curl -G --data-urlencode "query=DROP TABLE trades" http://questdb.internal:9000/exec | https://questdb.com/docs/reference/api/rest/
D | openstack volume delete --purge vol-data-01 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume.html
D | openstack stack delete --yes --wait web-stack | https://docs.openstack.org/python-heatclient/latest/cli/stack.html
D | openstack project purge --project demo | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/project-purge.html
D | govc vm.destroy my-vm | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
D | govc datastore.rm -ds datastore1 old-vm | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
D | ibmcloud resource service-instance-delete my-db --recursive -f | https://cloud.ibm.com/docs/account?topic=account-ibmcloud_commands_resource
D | ibmcloud ks cluster rm --cluster my-cluster --force-delete-storage -f | https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli
D | maas admin machine release 4y3h7n erase=true | https://maas.io/docs/how-to-manage-machines
D | cloudsmith delete acme/my-repo/AbCdEfGh1234 -y | https://help.cloudsmith.io/docs/cli
D | package_cloud yank acme/main/ubuntu/jammy mypkg_1.0.0_amd64.deb | https://packagecloud.io/docs#yank_pkg
D | drone secret rm --repository octocat/hello-world --name docker_password | https://docs.drone.io/cli/secret/drone-secret-rm/
D | woodpecker-cli secret rm --repository octocat/hello-world --name docker_password | https://woodpecker-ci.org/docs/cli
D | travis env unset SECRET_KEY -r acme/app | https://github.com/travis-ci/travis.rb#env
D | sem delete project hello-semaphore | https://docs.semaphoreci.com/reference/sem-command-line-tool
D | az repos delete --id 5f8a8f3e-2b1c-4d7e-9a6b-0c1d2e3f4a5b --yes | https://learn.microsoft.com/en-us/cli/azure/repos#az-repos-delete
D | az devops project delete --id 2e8f7c6d-1a2b-3c4d-5e6f-7a8b9c0d1e2f --yes | https://learn.microsoft.com/en-us/cli/azure/devops/project#az-devops-project-delete
D | az boards work-item delete --id 864 --destroy --yes | https://learn.microsoft.com/en-us/cli/azure/boards/work-item#az-boards-work-item-delete
D | awx inventory delete 4 | https://docs.ansible.com/ansible-tower/latest/html/towercli/usage.html
D | rd projects delete -p legacy --confirm | https://docs.rundeck.com/docs/rd-cli/commands.html
D | git lfs migrate import --everything --include="*.psd" | https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-migrate.adoc
D | git update-ref -d refs/heads/feature-x | https://git-scm.com/docs/git-update-ref
D | git worktree remove --force ../hotfix | https://git-scm.com/docs/git-worktree
D | git submodule deinit -f --all | https://git-scm.com/docs/git-submodule
D | git switch --discard-changes main | https://git-scm.com/docs/git-switch
D | java -jar bfg.jar --strip-blobs-bigger-than 100M my-repo.git | https://rtyley.github.io/bfg-repo-cleaner/
D | akeyless delete-item --name /app/db-password --delete-in-days -1 --delete-immediately true | https://docs.akeyless.io/docs/delete-a-classic-key
D | conjur policy replace -b root -f empty.yml | https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-policy.htm
D | hcp vault-secrets secrets delete db_password --app web-app | https://developer.hashicorp.com/hcp/docs/cli/commands/vault-secrets/secrets/delete
D | berglas delete my-secrets-bucket/api-key | https://github.com/GoogleCloudPlatform/berglas#cli-usage
D | thanos tools bucket retention --objstore.config-file=bucket.yml --retention.resolution-raw=30d | https://thanos.io/tip/components/tools.md/
D | curl -g -X POST 'http://loki:3100/loki/api/v1/delete?query={app="api"}&start=1591616227' | https://grafana.com/docs/loki/latest/reference/loki-http-api/#request-log-deletion
D | mimirtool rules delete my-namespace my-group --address=https://mimir.example.com --id=tenant1 | https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/
D | ./artemis queue delete --name orders --user admin --password admin | https://activemq.apache.org/components/artemis/documentation/latest/using-cli.html
D | ./artemis queue purge --name orders --user admin --password admin | https://activemq.apache.org/components/artemis/documentation/latest/using-cli.html
D | juicefs destroy redis://127.0.0.1:6379 eabb96d5-7228-461e-9240-fddbf2b576d8 | https://juicefs.com/docs/community/administration/destroy
D | borgmatic delete --archive host-2024-01-01 | https://torsion.org/borgmatic/docs/reference/command-line/
D | duplicati-cli delete "file:///mnt/backup/docs" --version=0 | https://docs.duplicati.com/detailed-descriptions/using-duplicati-from-the-command-line
D | syncoid --force-delete pool/data backup/data | https://github.com/jimsalterjrs/sanoid/wiki/Syncoid
D | ctr -n k8s.io images rm docker.io/library/nginx:latest | https://github.com/containerd/containerd/blob/main/docs/getting-started.md
D | machinectl remove debian-test | https://www.freedesktop.org/software/systemd/man/latest/machinectl.html
D | orbctl delete ubuntu -f | https://docs.orbstack.dev/machines/commands
D | tart delete sonoma-base | https://tart.run/quick-start/
D | prlctl delete "Windows 11" | https://docs.parallels.com/parallels-desktop-developers-guide/command-line-interface-utility/manage-virtual-machines-from-cli
D | vmrun deleteVM "/vms/Ubuntu/Ubuntu.vmx" | https://docs.vmware.com/en/VMware-Fusion/13/com.vmware.fusion.using.doc/GUID-24F54E24-EFB0-4E94-8A07-2AD791F0E497.html
D | rke remove --config cluster.yml --force | https://rke.docs.rancher.com/managing-clusters
D | karmadactl unjoin member1 --cluster-kubeconfig=/root/.kube/member1.config | https://karmada.io/docs/reference/karmadactl/karmadactl-commands/karmadactl_unjoin
D | kctrl package installed delete -i cert-man -n default | https://carvel.dev/kapp-controller/docs/latest/kctrl-package-tutorial/
D | pxctl volume delete myvol | https://docs.portworx.com/portworx-enterprise/reference/cli/create-and-manage-volumes
D | auth0 apps delete 2CvhzO2k6gBZFYSmSsVJQG0yaJTxqBVh --force | https://auth0.github.io/auth0-cli/auth0_apps_delete.html
D | auth0 users delete "auth0|64a1b2c3d4e5f6" --force | https://auth0.github.io/auth0-cli/auth0_users_delete.html
D | kanidm person delete demo_user -D idm_admin | https://kanidm.github.io/kanidm/stable/accounts/people_accounts.html
D | cli53 delete --purge example.com | https://github.com/barnybug/cli53#usage
D | cli53 rrpurge --confirm example.com | https://github.com/barnybug/cli53#usage
D | lexicon cloudflare delete example.com TXT --name _acme-challenge.example.com | https://dns-lexicon.github.io/dns-lexicon/user_guide.html
D | knotc zone-purge example.com | https://www.knot-dns.cz/docs/latest/html/man_knotc.html
D | rndc delzone -clean example.com | https://bind9.readthedocs.io/en/latest/manpages.html#rndc-name-server-control-utility
D | certbot delete --cert-name example.com | https://eff-certbot.readthedocs.io/en/stable/using.html#deleting-certificates
D | deck gateway reset --force | https://developer.konghq.com/deck/gateway/reset
D | apigeecli apis delete --name hello-world --org acme-eval | https://github.com/apigee/apigeecli/blob/main/docs/apigeecli_apis_delete.md
D | abctl local uninstall --persisted | https://docs.airbyte.com/platform/deploying-airbyte/abctl
D | meltano state clear tap-github-to-target-postgres | https://docs.meltano.com/reference/command-line-interface#state
D | feast teardown | https://docs.feast.dev/reference/feast-cli-commands#teardown
D | pachctl delete repo images | https://docs.pachyderm.com/latest/run-commands/pachctl_delete_repo/
D | pachctl delete all | https://docs.pachyderm.com/latest/run-commands/pachctl_delete_all/
D | kfp pipeline delete 7b8c9d0e-1f2a-3b4c-5d6e-7f8a9b0c1d2e | https://kubeflow-pipelines.readthedocs.io/en/stable/source/cli.html
D | ray down -y cluster.yaml | https://docs.ray.io/en/latest/cluster/cli.html#ray-down
D | sky down -a -y | https://docs.skypilot.co/en/latest/reference/cli.html
D | modal volume rm my-volume /checkpoints -r | https://modal.com/docs/reference/cli/volume
D | hf repo delete acme/old-model | https://huggingface.co/docs/huggingface_hub/guides/cli
D | databricks clusters permanent-delete 0123-456789-abcde123 | https://docs.databricks.com/aws/en/dev-tools/cli/reference/clusters-commands
D | sctool cluster delete -c my-cluster | https://manager.docs.scylladb.com/stable/sctool/cluster.html
D | fastlane match nuke development | https://docs.fastlane.tools/actions/match/#nuke
D | xcrun simctl erase all | https://developer.apple.com/documentation/xcode/running-your-app-in-simulator-or-on-a-device
D | adb shell pm clear com.example.app | https://developer.android.com/tools/adb#pm
D | perl -e 'unlink glob "data/*.csv"' | https://perldoc.perl.org/functions/unlink
D | python3 -c "import shutil; shutil.rmtree('data')" | https://docs.python.org/3/library/shutil.html#shutil.rmtree
D | node -e "require('fs').rmSync('uploads', {recursive: true, force: true})" | https://nodejs.org/api/fs.html#fsrmsyncpath-options
D | ruby -rfileutils -e 'FileUtils.rm_rf("storage")' | https://ruby-doc.org/stdlib/libdoc/fileutils/rdoc/FileUtils.html
D | doas rm -rf /var/lib/app | https://man.openbsd.org/doas
D | flock /tmp/cleanup.lock rm -rf /srv/exports | https://man7.org/linux/man-pages/man1/flock.1.html
D | stdbuf -oL find /srv/data -name '*.parquet' -delete | https://man7.org/linux/man-pages/man1/stdbuf.1.html
D | cp /dev/null data/users.csv | https://man7.org/linux/man-pages/man1/cp.1.html
P | terminus remote:drush my-site.live -- cache:rebuild | https://docs.pantheon.io/terminus/commands/remote-drush
P | terminus env:deploy my-site.live --sync-content --note="Release 2.4" | https://docs.pantheon.io/terminus/commands/env-deploy
P | terminus connection:info my-site.live --field=mysql_command | https://docs.pantheon.io/terminus/commands/connection-info
P | terminus env:clear-cache my-site.live | https://docs.pantheon.io/terminus/commands/env-clear-cache
P | platform ssh -e production "php bin/console doctrine:migrations:migrate -n" | https://docs.platform.sh/development/ssh.html
P | upsun environment:redeploy -e production | https://docs.upsun.com/administration/cli/reference.html
P | platform db:dump -e production -f prod.sql | https://docs.platform.sh/add-services/mysql.html#exporting-data
P | acli remote:drush myapp.prod -- cr | https://docs.acquia.com/acquia-cli/acli-remote-drush
P | acli pull:database myapp.prod | https://docs.acquia.com/acquia-cli/acli-pull-database
P | clever deploy --alias production | https://www.clever-cloud.com/developers/doc/cli/applications/deploy-lifecycle/
P | clever restart --app my-api-production | https://www.clever-cloud.com/developers/doc/cli/applications/deploy-lifecycle/
P | scalingo --app my-app-production restart | https://doc.scalingo.com/tools/cli/commands
P | scalingo --app my-app-production run bundle exec rails console | https://doc.scalingo.com/platform/app/tasks
P | gigalixir ps:migrate -a my-app-prod | https://www.gigalixir.com/docs/database#how-to-run-migrations
P | qovery application redeploy --organization Acme --project Shop --environment production --application api | https://hub.qovery.com/docs/using-qovery/interfaces/cli/
P | appwrite push functions --endpoint https://appwrite.prod.example.com/v1 | https://appwrite.io/docs/tooling/command-line/functions
P | vapor deploy production | https://docs.vapor.build/projects/deployments.html
P | vapor command production --command="migrate --force" | https://docs.vapor.build/projects/environments.html#commands
P | vendor/bin/bref cli --env=production -- migrate --force | https://bref.sh/docs/frameworks/laravel#laravel-artisan
P | avn service update pg-production --plan business-8 | https://aiven.io/docs/tools/cli/service-cli
P | avn service cli pg-production | https://aiven.io/docs/tools/cli/service-cli
P | cb psql production-db | https://docs.crunchybridge.com/cli/psql
P | edgedb -I acme/production query "select count(User)" | https://docs.edgedb.com/cli/network
P | DATABASE_URL=postgres://app@db.prod.internal/shop sea-orm-cli migrate up | https://www.sea-ql.org/SeaORM/docs/migration/running-migration/
P | vsql -h vertica-prod.example.com -U dbadmin -d analytics | https://docs.vertica.com/latest/en/connecting-to/using-vsql/
P | db2 connect to PRODDB user db2inst1 | https://www.ibm.com/docs/en/db2/11.5?topic=statements-connect-type-1
P | hdbsql -n hana-prod.example.com:30015 -u SYSTEM -d PRD "SELECT * FROM M_DATABASES" | https://help.sap.com/docs/SAP_HANA_PLATFORM/hdbsql
P | mariadb-admin -h db.prod.internal -u root -p processlist | https://mariadb.com/kb/en/mariadb-admin/
P | aql -h aerospike-prod-1.example.com -c "SHOW NAMESPACES" | https://aerospike.com/docs/tools/aql
P | asadm -h aerospike-production.example.com -e "info" | https://aerospike.com/docs/tools/asadm
P | fdbcli -C /etc/foundationdb/prod.cluster --exec status | https://apple.github.io/foundationdb/command-line-interface.html
P | taos -h tdengine-prod.example.com -s "SHOW DATABASES" | https://docs.tdengine.com/reference/tools/tdengine-cli/
P | control.sh --host ignite-prod-1.example.com --port 11211 --state | https://ignite.apache.org/docs/latest/tools/control-script
P | impdp system@prod_pdb directory=dpump_dir dumpfile=hr.dmp schemas=hr | https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/datapump-import-utility.html
P | sqlpackage /Action:Extract /TargetFile:app.dacpac /SourceConnectionString:"Server=sql-prod.example.com;Database=app;Authentication=Active Directory Default" | https://learn.microsoft.com/en-us/sql/tools/sqlpackage/sqlpackage-extract
P | openstack --os-cloud production server list | https://docs.openstack.org/python-openstackclient/latest/configuration/index.html
P | openstack --os-cloud prod stack update -t stack.yaml web-stack | https://docs.openstack.org/python-heatclient/latest/cli/stack.html
P | OS_CLOUD=production openstack volume list | https://docs.openstack.org/python-openstackclient/latest/configuration/index.html
P | GOVC_URL=https://vcenter-prod.example.com/sdk govc vm.power -off web-01 | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
P | govc vm.info -u https://administrator@vcenter.prod.example.com/sdk web-01 | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
P | ibmcloud target -g production | https://cloud.ibm.com/docs/cli?topic=cli-ibmcloud_cli#ibmcloud_target
P | ibmcloud ks cluster config --cluster prod-cluster | https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli
P | maas prod-admin machines read | https://maas.io/docs/how-to-use-the-maas-cli
P | drone build promote octocat/hello-world 42 production | https://docs.drone.io/promote/
P | woodpecker-cli deploy octocat/hello-world 42 production | https://woodpecker-ci.org/docs/cli
P | awx job_templates launch 7 --extra_vars '{"target_env": "production"}' --monitor | https://docs.ansible.com/ansible-tower/latest/html/towercli/usage.html
P | rd run -p ops -j deploy -- -environment production | https://docs.rundeck.com/docs/rd-cli/commands.html
P | akeyless get-secret-value --name /production/db-password | https://docs.akeyless.io/docs/cli-reference
P | conjur variable get -i production/db/password | https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-variable.htm
P | hcp vault-secrets secrets open db_password --app web-app-production | https://developer.hashicorp.com/hcp/docs/cli/commands/vault-secrets/secrets/open
P | npx dotenv-vault@latest pull production | https://www.dotenv.org/docs/dotenv-vault/pull
P | berglas access my-secrets-bucket/prod-api-key | https://github.com/GoogleCloudPlatform/berglas#cli-usage
P | promtool query instant https://prometheus.prod.example.com 'up' | https://prometheus.io/docs/prometheus/latest/command-line/promtool/
P | thanos tools bucket ls --objstore.config-file=/etc/thanos/bucket-prod.yml | https://thanos.io/tip/components/tools.md/
P | logcli --addr=https://loki.prod.example.com query '{app="api"}' | https://grafana.com/docs/loki/latest/query/logcli/
P | mimirtool rules sync rules.yaml --address=https://mimir.prod.example.com --id=tenant1 | https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/
P | ./artemis queue stat --url tcp://artemis-prod.example.com:61616 | https://activemq.apache.org/components/artemis/documentation/latest/using-cli.html
P | juicefs status redis://redis.prod.example.com:6379/1 | https://juicefs.com/docs/community/command_reference#status
P | syncoid pool/data root@backup-prod.example.com:tank/data | https://github.com/jimsalterjrs/sanoid/wiki/Syncoid
P | rke up --config clusters/production/cluster.yml | https://rke.docs.rancher.com/installation
P | karmadactl promote deployment nginx -n default -C prod-member1 | https://karmada.io/docs/reference/karmadactl/karmadactl-commands/karmadactl_promote
P | auth0 tenants use acme-prod.us.auth0.com | https://auth0.github.io/auth0-cli/auth0_tenants_use.html
P | kanidm login -H https://idm.prod.example.com -D idm_admin | https://kanidm.github.io/kanidm/stable/client_tools.html
P | deck gateway sync kong.yaml --kong-addr https://kong-admin.prod.example.com:8444 | https://developer.konghq.com/deck/gateway/sync
P | apigeecli apis deploy --name hello-world --env prod --org acme --rev 3 | https://github.com/apigee/apigeecli/blob/main/docs/apigeecli_apis_deploy.md
P | meltano --environment=prod run tap-github target-postgres | https://docs.meltano.com/concepts/environments
P | ray up -y clusters/production.yaml | https://docs.ray.io/en/latest/cluster/cli.html#ray-up
P | modal deploy --env=prod app.py | https://modal.com/docs/guide/environments
P | databricks --profile prod clusters list | https://docs.databricks.com/aws/en/dev-tools/cli/profiles
P | sctool backup -c prod-cluster -L s3:scylla-backups | https://manager.docs.scylladb.com/stable/sctool/backup.html
P | pachctl config set active-context prod-cluster | https://docs.pachyderm.com/latest/run-commands/pachctl_config_set_active-context/
P | sky launch -c prod-train task.yaml | https://docs.skypilot.co/en/latest/reference/cli.html
P | kfp --endpoint https://kfp.prod.example.com run list | https://kubeflow-pipelines.readthedocs.io/en/stable/source/cli.html
B | terminus env:list my-site | https://docs.pantheon.io/terminus/commands/env-list
B | terminus backup:list my-site.dev | https://docs.pantheon.io/terminus/commands/backup-list
B | terminus env:info my-site.test | https://docs.pantheon.io/terminus/commands/env-info
B | terminus env:wipe --help | https://docs.pantheon.io/terminus/commands/env-wipe
B | terminus site:list --fields=name,framework | https://docs.pantheon.io/terminus/commands/site-list
B | platform environment:list | https://docs.platform.sh/administration/cli/reference.html
B | upsun activity:list -e staging | https://docs.upsun.com/administration/cli/reference.html
B | platform logs app -e staging --tail | https://docs.platform.sh/increase-observability/logs/access-logs.html
B | platform environment:delete --help | https://docs.platform.sh/administration/cli/reference.html
B | acli api:applications:list | https://docs.acquia.com/acquia-cli/commands
B | acli remote:aliases:list | https://docs.acquia.com/acquia-cli/commands
B | clever status | https://www.clever-cloud.com/developers/doc/cli/applications/
B | clever logs --alias staging | https://www.clever-cloud.com/developers/doc/cli/logs-drains/
B | clever env | https://www.clever-cloud.com/developers/doc/cli/applications/configuration/
B | scalingo --app my-app logs --lines 100 | https://doc.scalingo.com/tools/cli/commands
B | scalingo apps | https://doc.scalingo.com/tools/cli/commands
B | scalingo --app my-app-staging ps | https://doc.scalingo.com/tools/cli/commands
B | gigalixir logs -a my-app-staging | https://www.gigalixir.com/docs/log
B | gigalixir apps | https://www.gigalixir.com/docs/cli
B | qovery environment list --organization Acme --project Shop | https://hub.qovery.com/docs/using-qovery/interfaces/cli/
B | qovery log --organization Acme --project Shop --environment staging --service api | https://hub.qovery.com/docs/using-qovery/interfaces/cli/
B | appwrite databases list | https://appwrite.io/docs/tooling/command-line/commands
B | appwrite databases delete --help | https://appwrite.io/docs/tooling/command-line/commands
B | vapor env:pull staging | https://docs.vapor.build/projects/environments.html
B | vapor tail staging | https://docs.vapor.build/projects/deployments.html
B | avn service list | https://aiven.io/docs/tools/cli/service-cli
B | avn service logs pg-staging | https://aiven.io/docs/tools/cli/service-cli
B | avn service get pg-demo --format '{service_uri}' | https://aiven.io/docs/tools/cli/service-cli
B | cb list | https://docs.crunchybridge.com/cli/list
B | cb info rvf73a77ozfsvcttryebfrnlem | https://docs.crunchybridge.com/cli/info
B | edgedb instance list | https://docs.edgedb.com/cli/edgedb_instance/edgedb_instance_list
B | edgedb migration status | https://docs.edgedb.com/cli/edgedb_migration/edgedb_migration_status
B | edgedb branch list | https://docs.edgedb.com/cli/edgedb_branch/edgedb_branch_list
B | edgedb instance destroy --help | https://docs.edgedb.com/cli/edgedb_instance/edgedb_instance_destroy
B | sea-orm-cli migrate status | https://www.sea-ql.org/SeaORM/docs/migration/running-migration/
B | sea-orm-cli generate entity -o src/entities | https://www.sea-ql.org/SeaORM/docs/generate-entity/sea-orm-cli/
B | graphile-migrate status | https://github.com/graphile/migrate#graphile-migrate-status
B | graphile-migrate watch --once | https://github.com/graphile/migrate#graphile-migrate-watch
B | npx payload migrate:status | https://payloadcms.com/docs/database/migrations
B | npx payload migrate:create add-orders | https://payloadcms.com/docs/database/migrations
B | npx strapi export --no-encrypt -f my-export | https://docs.strapi.io/cms/data-management/export
B | npx strapi report | https://docs.strapi.io/cms/cli
B | yarn rw prisma migrate status | https://redwoodjs.com/docs/cli-commands#prisma-migrate
B | yarn rw lint | https://redwoodjs.com/docs/cli-commands#lint
B | admintools -t list_db -d VMart | https://docs.vertica.com/latest/en/admin/using-admin-tools/writing-admin-tools-scripts/
B | admintools -t view_cluster | https://docs.vertica.com/latest/en/admin/using-admin-tools/writing-admin-tools-scripts/
B | vsql -U dbadmin -c "SELECT node_name, node_state FROM nodes" | https://docs.vertica.com/latest/en/connecting-to/using-vsql/
B | db2 list database directory | https://www.ibm.com/docs/en/db2/11.5?topic=commands-list-database-directory
B | db2 "SELECT COUNT(*) FROM employee" | https://www.ibm.com/docs/en/db2/11.5?topic=queries-select-statement
B | db2 get db cfg for sample | https://www.ibm.com/docs/en/db2/11.5?topic=commands-get-database-configuration
B | hdbsql -i 00 -u SYSTEM -d SYSTEMDB "SELECT * FROM M_DATABASES" | https://help.sap.com/docs/SAP_HANA_PLATFORM/hdbsql
B | mariadb-admin -u root -p status | https://mariadb.com/kb/en/mariadb-admin/
B | mariadb-admin -u root -p ping | https://mariadb.com/kb/en/mariadb-admin/
B | mariadb-check -c --all-databases | https://mariadb.com/kb/en/mariadb-check/
B | mariadb-admin --help | https://mariadb.com/kb/en/mariadb-admin/
B | aql -c "SHOW SETS" | https://aerospike.com/docs/tools/aql
B | aql -c "DELETE FROM test.demo WHERE PK = 'key1'" | https://aerospike.com/docs/tools/aql/data_management
B | asadm -e "info" | https://aerospike.com/docs/tools/asadm
B | fdbcli --exec status | https://apple.github.io/foundationdb/command-line-interface.html
B | fdbcli --exec "getrange \"\" \xff 10" | https://apple.github.io/foundationdb/command-line-interface.html
B | taos -s "SHOW DATABASES" | https://docs.tdengine.com/reference/tools/tdengine-cli/
B | taos -s "SELECT COUNT(*) FROM power.meters" | https://docs.tdengine.com/reference/tools/tdengine-cli/
B | control.sh --state | https://ignite.apache.org/docs/latest/tools/control-script
B | control.sh --baseline | https://ignite.apache.org/docs/latest/tools/control-script
B | control.sh --cache list . | https://ignite.apache.org/docs/latest/tools/control-script
B | gpstate -s | https://docs.vmware.com/en/VMware-Greenplum/7/greenplum-database/utility_guide-ref-gpstate.html
B | gpstate -e | https://docs.vmware.com/en/VMware-Greenplum/7/greenplum-database/utility_guide-ref-gpstate.html
B | impdp system directory=dpump_dir dumpfile=hr.dmp sqlfile=hr_ddl.sql | https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/datapump-import-utility.html
B | expdp system directory=dpump_dir dumpfile=hr.dmp schemas=hr | https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/oracle-data-pump-export-utility.html
B | sqlpackage /Action:Script /SourceFile:app.dacpac /TargetConnectionString:"Server=localhost;Database=app;Integrated Security=true" /OutputPath:deploy.sql /p:DropObjectsNotInSource=True | https://learn.microsoft.com/en-us/sql/tools/sqlpackage/sqlpackage-script
B | sqlpackage /Action:DeployReport /SourceFile:app.dacpac /TargetConnectionString:"Server=localhost;Database=app;Integrated Security=true" /OutputPath:report.xml | https://learn.microsoft.com/en-us/sql/tools/sqlpackage/sqlpackage-deploy-drift-report
B | curl -G --data-urlencode "query=SELECT count() FROM trades" http://questdb.internal:9000/exec | https://questdb.com/docs/reference/api/rest/
B | openstack server list | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/server.html
B | openstack --os-cloud staging server show web-01 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/server.html
B | openstack stack delete --help | https://docs.openstack.org/python-heatclient/latest/cli/stack.html
B | openstack volume list --long | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume.html
B | openstack project purge --dry-run --project demo | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/project-purge.html
B | govc ls /dc1/vm | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
B | govc vm.info my-vm | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
B | govc about | https://github.com/vmware/govmomi/blob/main/govc/USAGE.md
B | ibmcloud resource service-instances | https://cloud.ibm.com/docs/account?topic=account-ibmcloud_commands_resource
B | ibmcloud is instances | https://cloud.ibm.com/docs/vpc?topic=vpc-vpc-reference
B | ibmcloud ks cluster ls | https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli
B | maas admin machines read | https://maas.io/docs/how-to-use-the-maas-cli
B | cloudsmith list packages acme/my-repo | https://help.cloudsmith.io/docs/cli
B | cloudsmith whoami | https://help.cloudsmith.io/docs/cli
B | package_cloud push acme/main/ubuntu/jammy mypkg_1.0.1_amd64.deb | https://packagecloud.io/docs#push_pkg
B | drone build ls octocat/hello-world | https://docs.drone.io/cli/build/drone-build-ls/
B | drone secret ls --repository octocat/hello-world | https://docs.drone.io/cli/secret/drone-secret-ls/
B | woodpecker-cli pipeline ls octocat/hello-world | https://woodpecker-ci.org/docs/cli
B | travis status -r acme/app | https://github.com/travis-ci/travis.rb#status
B | travis cache --delete --force | https://github.com/travis-ci/travis.rb#cache
B | sem get projects | https://docs.semaphoreci.com/reference/sem-command-line-tool
B | sem get jobs | https://docs.semaphoreci.com/reference/sem-command-line-tool
B | az repos list --output table | https://learn.microsoft.com/en-us/cli/azure/repos#az-repos-list
B | az pipelines runs list --top 5 | https://learn.microsoft.com/en-us/cli/azure/pipelines/runs#az-pipelines-runs-list
B | awx job_templates list | https://docs.ansible.com/ansible-tower/latest/html/towercli/usage.html
B | awx jobs list --status failed | https://docs.ansible.com/ansible-tower/latest/html/towercli/usage.html
B | rd jobs list -p ops | https://docs.rundeck.com/docs/rd-cli/commands.html
B | rd projects list | https://docs.rundeck.com/docs/rd-cli/commands.html
B | git lfs ls-files | https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-ls-files.adoc
B | git lfs migrate info --everything | https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-migrate.adoc
B | git lfs prune --dry-run | https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-prune.adoc
B | git worktree list | https://git-scm.com/docs/git-worktree
B | git worktree remove ../feature-done | https://git-scm.com/docs/git-worktree
B | git submodule status | https://git-scm.com/docs/git-submodule
B | git show-ref --heads | https://git-scm.com/docs/git-show-ref
B | git update-ref refs/heads/backup HEAD | https://git-scm.com/docs/git-update-ref
B | git switch -c feature-x | https://git-scm.com/docs/git-switch
B | akeyless list-items --path /dev/ | https://docs.akeyless.io/docs/cli-reference
B | akeyless describe-item --name /dev/api-key | https://docs.akeyless.io/docs/cli-reference
B | conjur list --kind variable | https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-list.htm
B | conjur whoami | https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-whoami.htm
B | conjur policy load -b root -f policy.yml --dry-run | https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-policy.htm
B | hcp vault-secrets secrets list --app web-app | https://developer.hashicorp.com/hcp/docs/cli/commands/vault-secrets/secrets/list
B | hcp projects list | https://developer.hashicorp.com/hcp/docs/cli/commands/projects/list
B | npx dotenv-vault@latest status | https://www.dotenv.org/docs/dotenv-vault/status
B | npx dotenv-vault@latest pull development | https://www.dotenv.org/docs/dotenv-vault/pull
B | berglas list my-secrets-bucket | https://github.com/GoogleCloudPlatform/berglas#cli-usage
B | promtool check config prometheus.yml | https://prometheus.io/docs/prometheus/latest/command-line/promtool/
B | promtool check rules alerts.yml | https://prometheus.io/docs/prometheus/latest/command-line/promtool/
B | promtool query instant http://prometheus-staging.example.com:9090 'up' | https://prometheus.io/docs/prometheus/latest/command-line/promtool/
B | thanos tools bucket ls --objstore.config-file=bucket.yml | https://thanos.io/tip/components/tools.md/
B | thanos tools bucket inspect --objstore.config-file=bucket.yml | https://thanos.io/tip/components/tools.md/
B | thanos tools bucket retention --help | https://thanos.io/tip/components/tools.md/
B | logcli query '{app="api"}' --since=1h | https://grafana.com/docs/loki/latest/query/logcli/
B | logcli --addr=https://loki.staging.example.com labels | https://grafana.com/docs/loki/latest/query/logcli/
B | logcli query '{app="api"} |= "DELETE FROM"' --since=24h | https://grafana.com/docs/loki/latest/query/logcli/
B | mimirtool rules list --address=https://mimir.example.com --id=tenant1 | https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/
B | mimirtool rules lint rules.yaml | https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/
B | ./artemis queue stat --user admin --password admin | https://activemq.apache.org/components/artemis/documentation/latest/using-cli.html
B | ./artemis check node | https://activemq.apache.org/components/artemis/documentation/latest/using-cli.html
B | juicefs status redis://127.0.0.1:6379 | https://juicefs.com/docs/community/command_reference#status
B | juicefs gc redis://127.0.0.1:6379 | https://juicefs.com/docs/community/command_reference#gc
B | juicefs fsck redis://127.0.0.1:6379 | https://juicefs.com/docs/community/command_reference#fsck
B | juicefs destroy --help | https://juicefs.com/docs/community/command_reference#destroy
B | borgmatic list | https://torsion.org/borgmatic/docs/reference/command-line/
B | borgmatic check | https://torsion.org/borgmatic/docs/reference/command-line/
B | borgmatic prune --dry-run | https://torsion.org/borgmatic/docs/reference/command-line/
B | duplicati-cli list "file:///mnt/backup/docs" | https://docs.duplicati.com/detailed-descriptions/using-duplicati-from-the-command-line
B | duplicati-cli delete "file:///mnt/backup/docs" --version=0 --dry-run | https://docs.duplicati.com/detailed-descriptions/using-duplicati-from-the-command-line
B | sanoid --monitor-health | https://github.com/jimsalterjrs/sanoid
B | sanoid --cron --readonly | https://github.com/jimsalterjrs/sanoid
B | ctr -n k8s.io images ls | https://github.com/containerd/containerd/blob/main/docs/getting-started.md
B | ctr tasks ls | https://github.com/containerd/containerd/blob/main/docs/getting-started.md
B | machinectl list-images | https://www.freedesktop.org/software/systemd/man/latest/machinectl.html
B | machinectl status debian-test | https://www.freedesktop.org/software/systemd/man/latest/machinectl.html
B | orbctl list | https://docs.orbstack.dev/machines/commands
B | tart list | https://tart.run/quick-start/
B | tart ip sonoma-base | https://tart.run/quick-start/
B | prlctl list --all | https://docs.parallels.com/parallels-desktop-developers-guide/command-line-interface-utility/manage-virtual-machines-from-cli
B | prlctl snapshot-list "Windows 11" | https://docs.parallels.com/parallels-desktop-developers-guide/command-line-interface-utility/manage-virtual-machines-from-cli
B | vmrun list | https://docs.vmware.com/en/VMware-Fusion/13/com.vmware.fusion.using.doc/GUID-24F54E24-EFB0-4E94-8A07-2AD791F0E497.html
B | vmrun listSnapshots "/vms/Ubuntu/Ubuntu.vmx" | https://docs.vmware.com/en/VMware-Fusion/13/com.vmware.fusion.using.doc/GUID-24F54E24-EFB0-4E94-8A07-2AD791F0E497.html
B | rke config --list-version --all | https://rke.docs.rancher.com/upgrades
B | karmadactl get deployments --operation-scope members | https://karmada.io/docs/reference/karmadactl/karmadactl-commands/karmadactl_get
B | kctrl package installed list -A | https://carvel.dev/kapp-controller/docs/latest/kctrl-package-tutorial/
B | pxctl volume list | https://docs.portworx.com/portworx-enterprise/reference/cli/create-and-manage-volumes
B | pxctl status | https://docs.portworx.com/portworx-enterprise/reference/cli/basics
B | auth0 apps list | https://auth0.github.io/auth0-cli/auth0_apps_list.html
B | auth0 logs tail | https://auth0.github.io/auth0-cli/auth0_logs_tail.html
B | auth0 apps delete --help | https://auth0.github.io/auth0-cli/auth0_apps_delete.html
B | kanidm person list -D idm_admin | https://kanidm.github.io/kanidm/stable/accounts/people_accounts.html
B | kanidm self whoami | https://kanidm.github.io/kanidm/stable/client_tools.html
B | cli53 list | https://github.com/barnybug/cli53#usage
B | cli53 export example.com | https://github.com/barnybug/cli53#usage
B | lexicon cloudflare list example.com A | https://dns-lexicon.github.io/dns-lexicon/user_guide.html
B | knotc status | https://www.knot-dns.cz/docs/latest/html/man_knotc.html
B | knotc zone-status example.com | https://www.knot-dns.cz/docs/latest/html/man_knotc.html
B | knotc zone-read example.com | https://www.knot-dns.cz/docs/latest/html/man_knotc.html
B | rndc status | https://bind9.readthedocs.io/en/latest/manpages.html#rndc-name-server-control-utility
B | rndc zonestatus example.com | https://bind9.readthedocs.io/en/latest/manpages.html#rndc-name-server-control-utility
B | rndc flush | https://bind9.readthedocs.io/en/latest/manpages.html#rndc-name-server-control-utility
B | unbound-control flush_zone example.com | https://nlnetlabs.nl/documentation/unbound/unbound-control/
B | unbound-control stats_noreset | https://nlnetlabs.nl/documentation/unbound/unbound-control/
B | certbot certificates | https://eff-certbot.readthedocs.io/en/stable/using.html#managing-certificates
B | certbot renew --dry-run | https://eff-certbot.readthedocs.io/en/stable/using.html#renewing-certificates
B | certbot delete --help | https://eff-certbot.readthedocs.io/en/stable/using.html#deleting-certificates
B | varnishadm ban req.url '~' / | https://varnish-cache.org/docs/trunk/users-guide/purging.html#bans
B | varnishadm backend.list | https://varnish-cache.org/docs/trunk/reference/varnishadm.html
B | deck gateway diff kong.yaml | https://developer.konghq.com/deck/gateway/diff
B | deck gateway dump -o kong-backup.yaml | https://developer.konghq.com/deck/gateway/dump
B | deck gateway validate kong.yaml | https://developer.konghq.com/deck/gateway/validate
B | deck gateway reset --help | https://developer.konghq.com/deck/gateway/reset
B | apigeecli apis list --org acme | https://github.com/apigee/apigeecli/blob/main/docs/apigeecli_apis_list.md
B | apigeecli envs list --org acme | https://github.com/apigee/apigeecli/blob/main/docs/apigeecli_envs_list.md
B | abctl local status | https://docs.airbyte.com/platform/deploying-airbyte/abctl
B | abctl local credentials | https://docs.airbyte.com/platform/deploying-airbyte/abctl
B | meltano state list | https://docs.meltano.com/reference/command-line-interface#state
B | meltano --environment=staging state list | https://docs.meltano.com/reference/command-line-interface#state
B | meltano config list tap-github | https://docs.meltano.com/reference/command-line-interface#config
B | feast plan | https://docs.feast.dev/reference/feast-cli-commands#plan
B | feast feature-views list | https://docs.feast.dev/reference/feast-cli-commands#feature-views-list
B | feast apply | https://docs.feast.dev/reference/feast-cli-commands#apply
B | wandb status | https://docs.wandb.ai/ref/cli/wandb-status/
B | wandb artifact cache cleanup 5GB | https://docs.wandb.ai/ref/cli/wandb-artifact/wandb-artifact-cache/wandb-artifact-cache-cleanup/
B | pachctl list repo | https://docs.pachyderm.com/latest/run-commands/pachctl_list_repo/
B | pachctl inspect pipeline edges | https://docs.pachyderm.com/latest/run-commands/pachctl_inspect_pipeline/
B | pachctl list commit images@master | https://docs.pachyderm.com/latest/run-commands/pachctl_list_commit/
B | pachctl delete repo --help | https://docs.pachyderm.com/latest/run-commands/pachctl_delete_repo/
B | kfp pipeline list | https://kubeflow-pipelines.readthedocs.io/en/stable/source/cli.html
B | kfp run list --experiment-id 4a5b6c7d-8e9f-0a1b-2c3d-4e5f6a7b8c9d | https://kubeflow-pipelines.readthedocs.io/en/stable/source/cli.html
B | ray status | https://docs.ray.io/en/latest/cluster/cli.html#ray-status
B | ray exec cluster.yaml 'nvidia-smi' | https://docs.ray.io/en/latest/cluster/cli.html#ray-exec
B | ray down --help | https://docs.ray.io/en/latest/cluster/cli.html#ray-down
B | sky status --refresh | https://docs.skypilot.co/en/latest/reference/cli.html
B | sky check | https://docs.skypilot.co/en/latest/reference/cli.html
B | sky show-gpus | https://docs.skypilot.co/en/latest/reference/cli.html
B | modal app list | https://modal.com/docs/reference/cli/app
B | modal volume ls my-volume | https://modal.com/docs/reference/cli/volume
B | modal app list --env staging | https://modal.com/docs/guide/environments
B | hf download gpt2 config.json | https://huggingface.co/docs/huggingface_hub/guides/cli
B | huggingface-cli scan-cache | https://huggingface.co/docs/huggingface_hub/guides/manage-cache
B | huggingface-cli delete-cache --disable-tui | https://huggingface.co/docs/huggingface_hub/guides/manage-cache
B | databricks clusters list | https://docs.databricks.com/aws/en/dev-tools/cli/reference/clusters-commands
B | databricks --profile staging jobs list | https://docs.databricks.com/aws/en/dev-tools/cli/profiles
B | sctool cluster list | https://manager.docs.scylladb.com/stable/sctool/cluster.html
B | sctool status -c my-cluster | https://manager.docs.scylladb.com/stable/sctool/status.html
B | fastlane match development --readonly | https://docs.fastlane.tools/actions/match/
B | fastlane lanes | https://docs.fastlane.tools/actions/lanes/
B | xcrun simctl list devices | https://developer.apple.com/documentation/xcode/running-your-app-in-simulator-or-on-a-device
B | adb devices -l | https://developer.android.com/tools/adb
B | adb logcat -d | https://developer.android.com/tools/logcat
B | perl -ne 'print if /DELETE FROM/' app.log | https://perldoc.perl.org/perlrun
B | python3 -c "print('DROP TABLE users')" | https://docs.python.org/3/using/cmdline.html#cmdoption-c
B | node -e "console.log(require('fs').readdirSync('uploads').length)" | https://nodejs.org/api/fs.html#fsreaddirsyncpath-options
B | ruby -rfileutils -e 'FileUtils.rm_rf("tmp/cache")' | https://ruby-doc.org/stdlib/libdoc/fileutils/rdoc/FileUtils.html
B | doas ls /var/lib/app | https://man.openbsd.org/doas
B | busybox ls -la /srv/data | https://busybox.net/downloads/BusyBox.html
B | flock -n /tmp/backup.lock ./backup.sh | https://man7.org/linux/man-pages/man1/flock.1.html
B | ionice -c3 tar -czf /tmp/archive.tgz /srv/archive | https://man7.org/linux/man-pages/man1/ionice.1.html
B | stdbuf -oL find /srv/data -name '*.parquet' | https://man7.org/linux/man-pages/man1/stdbuf.1.html
B | cp /dev/null /tmp/scratch.log | https://man7.org/linux/man-pages/man1/cp.1.html
"""##
}
