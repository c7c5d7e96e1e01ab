// The sixth held-out corpus: written after the fifth held-out corpus (FifthHeldOutCorpus) had
// been read by rule authors, and committed before any rule was changed for the classes that
// corpus missed. Lines come from public CLI references, man pages, the tldr pages
// (github.com/tldr-pages/tldr), provider documentation and operations guides; where a documented
// command has a placeholder a concrete value was filled in, and for some lines that value is an
// environment's name (`tiup cluster deploy tidb-prod …`). It covers tool families none of the
// earlier corpora has: TiUP, Vitess (vtctldclient), pgBackRest, Barman, WAL-G, pg_repack, gh-ost,
// Percona Toolkit, KeyDB and Valkey clients, OpenLDAP clients, MIT Kerberos kadmin, FreeIPA,
// samba-tool and smbclient, Ceph (rbd, rados, radosgw-admin, ceph), GlusterFS, dmsetup, losetup,
// sg_format, storcli, iscsiadm, DRBD, Pacemaker (pcs, crm), k0s and k0sctl, RKE2, MicroK8s,
// Cluster API (clusterctl), Cilium, cert-manager's cmctl, Crossplane, Rancher, werf, Exoscale,
// OVHcloud, Northflank, Porter, Boundary, Cassandra's nodetool and cqlsh, Salesforce (sf),
// Dagster, RabbitMQ, Elasticsearch Curator, Buildah, ORAS, cosign, Trivy, Gitea's tea,
// Jujutsu (jj), Sapling (sl), Capistrano, Coolify, CapRover, SOPS, Bitwarden, gopass, Keybase,
// Tailscale, WireGuard, iptables, firewalld, launchctl, ArangoDB, Neo4j, SurrealDB, rqlite,
// Litestream, keytool, GnuPG, acme.sh, lego, step, Kyverno, Conftest, OPA and kubeadm. Same
// format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help; dry runs in each tool's own spelling: WAL-G's
//      delete without `--confirm`, gh-ost without `--execute`, `sg_format` without `--format`,
//      `sl purge --print`; `--staging` meaning a certificate authority's test endpoint; cache
//      cleanups; reads of staging resources): must be allowed (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum SixthHeldOutCorpus {
    static let lines = ##"""
D | tiup cluster destroy tidb-test | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-destroy
D | tiup cluster clean tidb-test --all | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-clean
D | tiup cluster prune tidb-test | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-prune
D | tiup cluster scale-in tidb-test --node 10.0.1.5:20160 --force | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-scale-in
D | tiup playground clean --all | https://docs.pingcap.com/tidb/stable/tiup-command-clean
D | vtctldclient DeleteKeyspace --recursive commerce | https://vitess.io/docs/reference/programs/vtctldclient/vtctldclient_deletekeyspace/
D | vtctldclient DeleteShards --recursive commerce/0 | https://vitess.io/docs/reference/programs/vtctldclient/vtctldclient_deleteshards/
D | vtctldclient DeleteTablets zone1-0000000100 | https://vitess.io/docs/reference/programs/vtctldclient/vtctldclient_deletetablets/
D | vtctldclient ApplySchema --sql "DROP TABLE customer" commerce | https://vitess.io/docs/reference/programs/vtctldclient/vtctldclient_applyschema/
D | pgbackrest --stanza=demo --delta restore | https://pgbackrest.org/user-guide.html#restore/option-delta
D | pgbackrest --stanza=demo stanza-delete --force | https://pgbackrest.org/command.html#command-stanza-delete
D | pgbackrest --stanza=demo expire --set=20250101-000000F | https://pgbackrest.org/command.html#command-expire
D | barman delete pg-main oldest | https://docs.pgbarman.org/release/latest/user_guide/commands.html#barman-delete
D | barman recover pg-main latest /var/lib/postgresql/16/main | https://docs.pgbarman.org/release/latest/user_guide/commands.html#barman-recover
D | wal-g delete before FIND_FULL base_000000010000000000000010 --confirm | https://wal-g.readthedocs.io/PostgreSQL/#delete
D | wal-g delete everything FORCE --confirm | https://wal-g.readthedocs.io/PostgreSQL/#delete
D | wal-g backup-fetch /var/lib/postgresql/16/main LATEST | https://wal-g.readthedocs.io/PostgreSQL/#backup-fetch
D | gh-ost --database=shop --table=orders --alter="DROP COLUMN legacy_ref" --execute | https://github.com/github/gh-ost/blob/master/doc/usage.md
D | pt-archiver --source h=localhost,D=shop,t=orders --purge --where "1=1" | https://docs.percona.com/percona-toolkit/pt-archiver.html
D | pt-online-schema-change --alter "DROP COLUMN notes" D=shop,t=customers --execute | https://docs.percona.com/percona-toolkit/pt-online-schema-change.html
D | keydb-cli FLUSHALL | https://docs.keydb.dev/docs/cli/
D | valkey-cli -n 2 FLUSHDB ASYNC | https://valkey.io/commands/flushdb/
D | ldapdelete -x -D "cn=admin,dc=example,dc=com" -W "uid=jdoe,ou=people,dc=example,dc=com" | https://github.com/tldr-pages/tldr/blob/main/pages/common/ldapdelete.md
D | ldapdelete -r -x -D "cn=admin,dc=example,dc=com" -W "ou=people,dc=example,dc=com" | https://www.openldap.org/software/man.cgi?query=ldapdelete
D | kadmin -q "delete_principal -force jdoe@EXAMPLE.COM" | https://web.mit.edu/kerberos/krb5-latest/doc/admin/admin_commands/kadmin_local.html
D | ipa user-del jdoe --continue | https://freeipa.readthedocs.io/en/latest/api/user_del.html
D | ipa host-del web01.example.com --updatedns | https://freeipa.readthedocs.io/en/latest/api/host_del.html
D | samba-tool user delete jdoe | https://www.samba.org/samba/docs/current/man-html/samba-tool.8.html
D | samba-tool domain demote --remove-other-dead-server=dc2 | https://www.samba.org/samba/docs/current/man-html/samba-tool.8.html
D | smbclient //fileserver/share -U alice -c "deltree reports" | https://www.samba.org/samba/docs/current/man-html/smbclient.1.html
D | rbd rm mypool/myimage | https://docs.ceph.com/en/latest/man/8/rbd/
D | rbd snap purge mypool/myimage | https://docs.ceph.com/en/latest/man/8/rbd/
D | rados -p mypool cleanup --prefix benchmark_data | https://docs.ceph.com/en/latest/man/8/rados/
D | rados purge mypool --yes-i-really-really-mean-it | https://docs.ceph.com/en/latest/man/8/rados/
D | radosgw-admin bucket rm --bucket=s3bucket1 --purge-objects --bypass-gc | https://docs.redhat.com/en/documentation/red_hat_ceph_storage/6/html/object_gateway_guide/removing-buckets-rgw
D | radosgw-admin user rm --uid=jdoe --purge-data | https://docs.ceph.com/en/latest/man/8/radosgw-admin/
D | ceph osd pool delete mypool mypool --yes-i-really-really-mean-it | https://docs.ceph.com/en/latest/rados/operations/pools/#delete-a-pool
D | ceph fs rm cephfs --yes-i-really-mean-it | https://docs.ceph.com/en/latest/cephfs/administration/
D | gluster volume delete gv0 | https://docs.gluster.org/en/main/CLI-Reference/cli-main/
D | gluster volume remove-brick gv0 server2:/data/brick1 force | https://docs.gluster.org/en/main/CLI-Reference/cli-main/
D | dmsetup wipe_table vg0-data | https://man7.org/linux/man-pages/man8/dmsetup.8.html
D | sg_format --format --size=4096 /dev/sdc | https://sg.danny.cz/sg/sg_format.html
D | storcli /c0/v1 del force | https://docs.broadcom.com/doc/12352476
D | drbdadm -- --overwrite-data-of-peer primary r0 | https://linbit.com/drbd-user-guide/drbd-guide-9_0-en/
D | drbdadm wipe-md r0 | https://linbit.com/drbd-user-guide/drbd-guide-9_0-en/
D | pcs resource delete WebSite | https://clusterlabs.org/pacemaker/doc/2.1/Clusters_from_Scratch/html/
D | pcs cluster destroy --all | https://clusterlabs.org/pacemaker/doc/2.1/Clusters_from_Scratch/html/
D | crm configure erase | https://crmsh.github.io/man-4.6/
D | k0s reset | https://docs.k0sproject.io/stable/reset/
D | k0sctl reset --config k0sctl.yaml --force | https://docs.k0sproject.io/stable/k0sctl-install/
D | rke2-uninstall.sh | https://docs.rke2.io/install/uninstall
D | microk8s reset --destroy-storage | https://microk8s.io/docs/command-reference#heading--microk8s-reset
D | clusterctl delete --all --include-crd --include-namespace | https://cluster-api.sigs.k8s.io/clusterctl/commands/delete
D | cilium uninstall | https://docs.cilium.io/en/stable/gettingstarted/k8s-install-default/
D | cmctl x uninstall --namespace cert-manager | https://cert-manager.io/docs/reference/cmctl/
D | rancher clusters delete c-m-abcd1234 | https://ranchermanager.docs.rancher.com/reference-guides/cli-with-rancher/rancher-cli
D | werf dismiss --env staging --with-namespace | https://werf.io/docs/v2/reference/cli/werf_dismiss.html
D | werf cleanup --repo registry.example.com/app | https://werf.io/docs/v2/reference/cli/werf_cleanup.html
D | werf purge --repo registry.example.com/app | https://werf.io/docs/v2/reference/cli/werf_purge.html
D | exo compute instance delete web-01 --force | https://community.exoscale.com/documentation/tools/exoscale-command-line-interface/
D | exo storage rb sos://media-uploads --recursive --force | https://community.exoscale.com/documentation/storage/quick-start/
D | exo dbaas delete pg-main --zone ch-gva-2 | https://community.exoscale.com/documentation/dbaas/
D | ovhcloud cloud instance delete 5f8d2c6e-1b2a-4c3d-9e8f-0a1b2c3d4e5f | https://github.com/ovh/ovhcloud-cli
D | northflank delete service --project web --service api | https://northflank.com/docs/v1/api/use-the-cli
D | porter uninstall mybundle | https://porter.sh/docs/references/cli/uninstall/
D | boundary targets delete -id ttcp_1234567890 | https://developer.hashicorp.com/boundary/docs/commands/targets/delete
D | boundary scopes delete -id o_1234567890 | https://developer.hashicorp.com/boundary/docs/commands/scopes
D | nodetool clearsnapshot --all | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/clearsnapshot.html
D | nodetool truncatehints | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/truncatehints.html
D | sf project delete source --metadata ApexClass:LegacyController --no-prompt | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm
D | sf org delete scratch --target-org my-scratch --no-prompt | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm
D | sf data delete bulk --sobject Account --file accounts.csv | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_data_commands_unified.htm
D | dagster run wipe | https://docs.dagster.io/api/dagster/cli
D | dagster asset wipe --all | https://docs.dagster.io/api/dagster/cli
D | rabbitmqadmin delete queue name=orders | https://www.rabbitmq.com/docs/management-cli
D | rabbitmqadmin purge queue name=orders | https://www.rabbitmq.com/docs/management-cli
D | rabbitmqctl reset | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
D | rabbitmqctl delete_vhost /shop | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
D | curator_cli delete-indices --filter_list '{"filtertype":"age","source":"name","direction":"older","unit":"days","unit_count":30,"timestring":"%Y.%m.%d"}' | https://www.elastic.co/guide/en/elasticsearch/client/curator/current/singleton-cli.html
D | buildah rm --all | https://github.com/containers/buildah/blob/main/docs/buildah-rm.1.md
D | buildah rmi --all --force | https://github.com/containers/buildah/blob/main/docs/buildah-rmi.1.md
D | oras manifest delete registry.example.com/app/artifact:v1 --force | https://oras.land/docs/commands/oras_manifest_delete
D | oras blob delete registry.example.com/app/artifact@sha256:9a4f5d3b | https://oras.land/docs/commands/oras_blob_delete
D | cosign clean --type all registry.example.com/app:v1 --force | https://github.com/sigstore/cosign/blob/main/doc/cosign_clean.md
D | tea repos delete --owner acme --name legacy | https://gitea.com/gitea/tea/src/branch/main/docs/CLI.md
D | tea releases delete v1.0.0 --delete-tag | https://gitea.com/gitea/tea/src/branch/main/docs/CLI.md
D | jj abandon @ | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-abandon
D | jj restore --from main@origin | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-restore
D | jj git push --allow-new --bookmark main --force | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-git-push
D | jj op restore 7e3d2a1b | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-operation-restore
D | sl hide -r 'draft()' | https://sapling-scm.com/docs/commands/hide
D | sl revert --all | https://sapling-scm.com/docs/commands/revert
D | sl purge --all | https://sapling-scm.com/docs/commands/purge
D | coolify app delete 4k8g0w8c | https://coolify.io/docs/knowledge-base/cli
D | caprover api --path /user/apps/appDefinitions/delete --method POST --data '{"appName":"web"}' | https://caprover.com/docs/cli-commands.html
D | bw delete item 2f3c8e1a-7d4b-4f1e-9a3c-1b2d3e4f5a6b --permanent | https://bitwarden.com/help/cli/#delete
D | gopass rm -r -f infra/legacy | https://github.com/gopasspw/gopass/blob/master/docs/commands/delete.md
D | keybase fs rm -r /keybase/team/acme/backups | https://book.keybase.io/docs/files
D | iptables -F | https://man7.org/linux/man-pages/man8/iptables.8.html
D | arangosh --javascript.execute-string 'db._drop("orders")' | https://docs.arangodb.com/stable/components/tools/arangodb-shell/
D | neo4j-admin database load --from-path=/backups neo4j --overwrite-destination=true | https://neo4j.com/docs/operations-manual/current/backup-restore/restore-dump/
D | cypher-shell -u neo4j "MATCH (n) DETACH DELETE n" | https://neo4j.com/docs/operations-manual/current/cypher-shell/
D | surreal sql --endpoint http://localhost:8000 --ns app --db main "REMOVE TABLE user" | https://surrealdb.com/docs/surrealdb/cli/sql
D | rqlite -H localhost "DROP TABLE foo" | https://rqlite.io/docs/cli/
D | keytool -delete -alias tomcat -keystore /etc/tomcat/keystore.jks | https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html
D | gpg --delete-secret-and-public-key ABCD1234EF567890 | https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html
D | lego --email ops@example.com --domains example.com revoke | https://go-acme.github.io/lego/usage/cli/
D | step ca revoke --serial 0x3a5f2b | https://smallstep.com/docs/step-cli/reference/ca/revoke/
B | trivy clean --all | https://trivy.dev/latest/docs/references/configuration/cli/trivy_clean/
P | tiup cluster deploy tidb-prod v8.1.0 topology.yaml --user tidb | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-deploy
P | tiup cluster restart tidb-prod -R tidb | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-restart
P | vtctldclient --server vtctld.prod.internal:15999 Reshard --workflow cust2cust --target-keyspace customer create --source-shards 0 --target-shards -80,80- | https://vitess.io/docs/reference/vreplication/reshard/
P | pgbackrest --stanza=prod-main backup --type=full | https://pgbackrest.org/user-guide.html#quickstart/perform-backup
P | barman switch-wal --force --archive pg-production | https://docs.pgbarman.org/release/latest/user_guide/commands.html
P | pg_repack -h db.prod.internal -d app --table=orders | https://reorg.github.io/pg_repack/
P | gh-ost --host=mysql-prod-primary.internal --database=shop --table=orders --alter="ADD COLUMN note TEXT" --execute | https://github.com/github/gh-ost/blob/master/doc/usage.md
P | pt-online-schema-change --alter "ADD INDEX idx_created (created_at)" h=mysql.production.example.com,D=shop,t=orders --execute | https://docs.percona.com/percona-toolkit/pt-online-schema-change.html
P | keydb-cli -h keydb.prod.internal -p 6379 CONFIG SET maxmemory 4gb | https://docs.keydb.dev/docs/cli/
P | ldapmodify -H ldaps://ldap.prod.example.com -x -D "cn=admin,dc=example,dc=com" -W -f change.ldif | https://www.openldap.org/software/man.cgi?query=ldapmodify
P | ipa -e server=ipa.prod.example.com user-mod jdoe --shell=/bin/bash | https://freeipa.readthedocs.io/en/latest/api/user_mod.html
P | smbclient //fs-prod-01/finance -U alice -c "put report.xlsx" | https://www.samba.org/samba/docs/current/man-html/smbclient.1.html
P | rbd --cluster prod resize --size 2048 mypool/myimage | https://docs.ceph.com/en/latest/man/8/rbd/
P | ceph --cluster production osd set noout | https://docs.ceph.com/en/latest/rados/operations/operating/
P | CEPH_CONF=/etc/ceph/prod.conf ceph osd pool set mypool size 3 | https://docs.ceph.com/en/latest/rados/configuration/ceph-conf/
P | nodetool -h cassandra-prod-1.internal repair -pr shop | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/repair.html
P | nodetool --host cass.production.example.com flush | https://github.com/tldr-pages/tldr/blob/main/pages/common/nodetool.md
P | cqlsh cassandra-prod-1.internal 9042 -f migrate.cql | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/cqlsh.html
P | k0sctl apply --config k0sctl-production.yaml | https://docs.k0sproject.io/stable/k0sctl-install/
P | clusterctl move --to-kubeconfig=/home/ops/.kube/prod-mgmt.kubeconfig | https://cluster-api.sigs.k8s.io/clusterctl/commands/move
P | cilium --context prod-eu-west-1 config set enable-hubble true | https://docs.cilium.io/en/stable/cmdref/cilium_config_set/
P | cmctl renew --namespace production --all | https://cert-manager.io/docs/reference/cmctl/#renew
P | rancher context switch prod-cluster | https://ranchermanager.docs.rancher.com/reference-guides/cli-with-rancher/rancher-cli
P | werf converge --env production --repo registry.example.com/app | https://werf.io/docs/v2/reference/cli/werf_converge.html
P | WERF_ENV=production werf converge --repo registry.example.com/app | https://werf.io/docs/v2/reference/cli/werf_converge.html
P | exo compute instance reboot web-prod-01 --zone ch-gva-2 | https://community.exoscale.com/documentation/tools/exoscale-command-line-interface/
P | exo --use-account prod compute instance scale web-01 standard.large | https://community.exoscale.com/documentation/tools/exoscale-command-line-interface/
P | northflank restart service --project prod --service api | https://northflank.com/docs/v1/api/use-the-cli
P | porter upgrade mybundle --param environment=production | https://porter.sh/docs/references/cli/upgrade/
P | boundary connect ssh -target-name prod-db-bastion -target-scope-name production | https://developer.hashicorp.com/boundary/docs/commands/connect/ssh
P | BOUNDARY_ADDR=https://boundary.prod.example.com boundary targets update tcp -id ttcp_1234567890 -default-port 5433 | https://developer.hashicorp.com/boundary/docs/commands/targets/update
P | sf project deploy start --target-org prod --source-dir force-app | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm
P | sf apex run --target-org production --file scripts/fix.apex | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_apex_commands_unified.htm
P | DAGSTER_HOME=/opt/dagster/prod dagster job launch -j nightly_etl | https://docs.dagster.io/api/dagster/cli
P | dagster job launch -j nightly_etl --config prod_config.yaml | https://docs.dagster.io/api/dagster/cli
P | rabbitmqadmin -H rabbitmq.prod.internal declare queue name=orders durable=true | https://www.rabbitmq.com/docs/management-cli
P | rabbitmqctl -n rabbit@mq-prod-01 set_policy ha-all ".*" '{"ha-mode":"all"}' | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
P | curator --config /etc/curator/prod.yml actions/rollover.yml | https://www.elastic.co/guide/en/elasticsearch/client/curator/current/command-line.html
P | oras push registry.example.com/prod/config:latest app.yaml | https://github.com/tldr-pages/tldr/blob/main/pages/common/oras.md
P | cosign sign --key cosign.key registry.prod.example.com/app:v2 | https://docs.sigstore.dev/cosign/signing/signing_with_containers/
P | tea pr merge 42 --repo acme/infra-production | https://gitea.com/gitea/tea/src/branch/main/docs/CLI.md
P | jj git push --remote production --bookmark main | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-git-push
P | sl push --to main production | https://sapling-scm.com/docs/commands/push
P | cap production deploy | https://capistranorb.com/documentation/getting-started/cold-start/
P | cap production deploy:rollback | https://capistranorb.com/documentation/getting-started/rollbacks/
P | bundle exec cap prod db:migrate | https://capistranorb.com/documentation/getting-started/tasks/
P | coolify deploy name api-production | https://coolify.io/docs/knowledge-base/cli
P | caprover deploy -h https://captain.prod.example.com -a web -b main | https://caprover.com/docs/cli-commands.html
P | sops --encrypt --in-place secrets/production.enc.yaml | https://github.com/getsops/sops
P | sops -r secrets/prod/app.enc.yaml | https://github.com/tldr-pages/tldr/blob/main/pages/common/sops.md
P | gopass insert prod/db/password | https://www.gopass.pw/docs/commands/insert
P | tailscale ssh root@web-prod-1 | https://tailscale.com/kb/1193/tailscale-ssh
P | wg-quick up /etc/wireguard/prod.conf | https://man7.org/linux/man-pages/man8/wg-quick.8.html
P | arangosh --server.endpoint tcp://arangodb.prod.internal:8529 --javascript.execute migrate.js | https://docs.arangodb.com/stable/components/tools/arangodb-shell/
P | cypher-shell -a neo4j+s://graph.production.example.com -u neo4j -f migrate.cypher | https://neo4j.com/docs/operations-manual/current/cypher-shell/
P | surreal import --endpoint https://db.prod.example.com --ns app --db main schema.surql | https://surrealdb.com/docs/surrealdb/cli/import
P | rqlite -H rqlite-prod-1.internal -p 4001 | https://rqlite.io/docs/cli/
P | litestream replicate -config /etc/litestream-production.yml | https://litestream.io/reference/replicate/
P | kubeadm upgrade apply v1.31.2 --kubeconfig /etc/kubernetes/prod-admin.conf | https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-upgrade/
P | step ca certificate web.prod.internal web.crt web.key --ca-url https://ca.prod.example.com | https://smallstep.com/docs/step-cli/reference/ca/certificate/
P | ansible-pull -U https://git.example.com/infra.git -i inventories/prd/hosts site.yml | https://docs.ansible.com/ansible/latest/cli/ansible-pull.html
P | APP_STAGE=production ./bin/migrate | https://12factor.net/config
P | RACK_ENV=production bundle exec rake db:migrate | https://guides.rubyonrails.org/configuring.html#rails-environment-settings
B | tiup cluster display tidb-test | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-display
B | tiup cluster list | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-list
B | tiup cluster check topology.yaml --user tidb | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-check
B | tiup cluster destroy --help | https://docs.pingcap.com/tidb/stable/tiup-component-cluster-destroy
B | tiup playground v8.1.0 --db 1 --pd 1 --kv 1 | https://docs.pingcap.com/tidb/stable/tiup-playground
B | vtctldclient GetKeyspaces | https://vitess.io/docs/reference/programs/vtctldclient/vtctldclient_getkeyspaces/
B | pgbackrest --stanza=demo info | https://pgbackrest.org/command.html#command-info
B | pgbackrest --stanza=demo check | https://pgbackrest.org/command.html#command-check
B | pgbackrest --stanza=demo backup --type=incr | https://pgbackrest.org/user-guide.html#quickstart/perform-backup
B | barman list-backups pg-main | https://docs.pgbarman.org/release/latest/user_guide/commands.html
B | barman check pg-main | https://docs.pgbarman.org/release/latest/user_guide/commands.html
B | barman backup pg-main | https://docs.pgbarman.org/release/latest/user_guide/commands.html
B | wal-g backup-list --detail | https://wal-g.readthedocs.io/PostgreSQL/#backup-list
B | wal-g delete before FIND_FULL base_000000010000000000000010 | https://wal-g.readthedocs.io/PostgreSQL/#delete
B | wal-g backup-push /var/lib/postgresql/16/main | https://wal-g.readthedocs.io/PostgreSQL/#backup-push
B | pg_repack --dry-run --table=orders app | https://reorg.github.io/pg_repack/
B | gh-ost --database=shop --table=orders --alter="DROP COLUMN legacy_ref" --host=localhost | https://github.com/github/gh-ost/blob/master/doc/testing-on-replica.md
B | pt-online-schema-change --alter "DROP COLUMN notes" D=shop,t=customers --dry-run | https://docs.percona.com/percona-toolkit/pt-online-schema-change.html
B | pt-archiver --source h=localhost,D=shop,t=orders --purge --where "created_at < NOW() - INTERVAL 90 DAY" --dry-run | https://docs.percona.com/percona-toolkit/pt-archiver.html
B | pg_ctl -D /usr/local/pgsql/data status | https://www.postgresql.org/docs/current/app-pg-ctl.html
B | pg_ctlcluster 16 main status | https://manpages.debian.org/bookworm/postgresql-common/pg_ctlcluster.1.en.html
B | keydb-cli INFO memory | https://docs.keydb.dev/docs/cli/
B | valkey-cli --scan --pattern 'session:*' | https://valkey.io/topics/cli/
B | ldapsearch -x -H ldap://localhost -b "dc=example,dc=com" "(uid=jdoe)" | https://www.openldap.org/software/man.cgi?query=ldapsearch
B | kadmin -q "list_principals" | https://web.mit.edu/kerberos/krb5-latest/doc/admin/admin_commands/kadmin_local.html
B | ipa user-find --login=jdoe | https://freeipa.readthedocs.io/en/latest/api/user_find.html
B | ipa host-show web01.example.com | https://freeipa.readthedocs.io/en/latest/api/host_show.html
B | samba-tool user list | https://www.samba.org/samba/docs/current/man-html/samba-tool.8.html
B | samba-tool dbcheck | https://www.samba.org/samba/docs/current/man-html/samba-tool.8.html
B | smbclient -L //fileserver -U alice | https://www.samba.org/samba/docs/current/man-html/smbclient.1.html
B | rbd ls mypool | https://docs.ceph.com/en/latest/man/8/rbd/
B | rbd info mypool/myimage | https://docs.ceph.com/en/latest/man/8/rbd/
B | rados df | https://docs.ceph.com/en/latest/man/8/rados/
B | radosgw-admin bucket list | https://docs.redhat.com/en/documentation/red_hat_ceph_storage/6/html/object_gateway_guide/removing-buckets-rgw
B | radosgw-admin bucket stats --bucket=s3bucket1 | https://docs.ceph.com/en/latest/man/8/radosgw-admin/
B | ceph health detail | https://docs.ceph.com/en/latest/rados/operations/monitoring/
B | ceph osd pool ls detail | https://docs.ceph.com/en/latest/rados/operations/pools/
B | gluster volume info gv0 | https://docs.gluster.org/en/main/CLI-Reference/cli-main/
B | gluster volume status | https://docs.gluster.org/en/main/CLI-Reference/cli-main/
B | dmsetup ls --tree | https://man7.org/linux/man-pages/man8/dmsetup.8.html
B | losetup -a | https://github.com/tldr-pages/tldr/blob/main/pages/linux/losetup.md
B | sg_format /dev/sdc | https://sg.danny.cz/sg/sg_format.html
B | storcli /c0 show all | https://docs.broadcom.com/doc/12352476
B | iscsiadm -m session | https://man7.org/linux/man-pages/man8/iscsiadm.8.html
B | drbdadm status r0 | https://linbit.com/drbd-user-guide/drbd-guide-9_0-en/
B | pcs status | https://clusterlabs.org/pacemaker/doc/2.1/Clusters_from_Scratch/html/
B | pcs resource config WebSite | https://clusterlabs.org/pacemaker/doc/2.1/Clusters_from_Scratch/html/
B | crm status | https://crmsh.github.io/man-4.6/
B | crm configure show | https://crmsh.github.io/man-4.6/
B | k0s status | https://docs.k0sproject.io/stable/cli/k0s_status/
B | k0s kubectl get nodes | https://docs.k0sproject.io/stable/cli/k0s_kubectl/
B | k0sctl reset --help | https://docs.k0sproject.io/stable/k0sctl-install/
B | microk8s status --wait-ready | https://microk8s.io/docs/command-reference#heading--microk8s-status
B | microk8s kubectl get pods -A | https://microk8s.io/docs/command-reference
B | clusterctl describe cluster my-cluster | https://cluster-api.sigs.k8s.io/clusterctl/commands/describe-cluster
B | clusterctl move --to-kubeconfig=target.kubeconfig --dry-run | https://cluster-api.sigs.k8s.io/clusterctl/commands/move
B | cilium status --wait | https://docs.cilium.io/en/stable/gettingstarted/k8s-install-default/
B | cilium connectivity test | https://docs.cilium.io/en/stable/gettingstarted/k8s-install-default/
B | cmctl check api --wait=2m | https://cert-manager.io/docs/reference/cmctl/#check
B | cmctl status certificate web-tls -n staging | https://cert-manager.io/docs/reference/cmctl/#status
B | crossplane beta trace bucket.example.org my-bucket | https://docs.crossplane.io/latest/cli/command-reference/
B | crossplane beta validate schemas resources.yaml | https://docs.crossplane.io/latest/cli/command-reference/
B | rancher clusters ls | https://ranchermanager.docs.rancher.com/reference-guides/cli-with-rancher/rancher-cli
B | werf render --env dev | https://werf.io/docs/v2/reference/cli/werf_render.html
B | werf cleanup --repo registry.example.com/app --dry-run | https://werf.io/docs/v2/reference/cli/werf_cleanup.html
B | werf plan --env staging --repo registry.example.com/app | https://werf.io/docs/v2/reference/cli/werf_plan.html
B | exo compute instance list | https://community.exoscale.com/documentation/tools/exoscale-command-line-interface/
B | exo compute instance show web-staging-01 | https://community.exoscale.com/documentation/tools/exoscale-command-line-interface/
B | ovhcloud cloud instance list | https://github.com/ovh/ovhcloud-cli
B | northflank get services --project dev | https://northflank.com/docs/v1/api/use-the-cli
B | porter explain mybundle | https://porter.sh/docs/references/cli/explain/
B | porter installations list | https://porter.sh/docs/references/cli/installations_list/
B | boundary targets list -scope-id p_1234567890 | https://developer.hashicorp.com/boundary/docs/commands/targets/list
B | boundary targets delete -h | https://developer.hashicorp.com/boundary/docs/commands/targets/delete
B | nodetool status | https://github.com/tldr-pages/tldr/blob/main/pages/common/nodetool.md
B | nodetool ring | https://github.com/tldr-pages/tldr/blob/main/pages/common/nodetool.md
B | nodetool listsnapshots | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/listsnapshots.html
B | nodetool snapshot -t pre-upgrade shop | https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/snapshot.html
B | sf project deploy start --target-org dev-sandbox --dry-run | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm
B | sf org list | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm
B | sf org delete scratch --help | https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm
B | dagster dev -f definitions.py | https://docs.dagster.io/api/dagster/cli
B | dagster asset list -m my_project | https://docs.dagster.io/api/dagster/cli
B | dagster job list -f definitions.py | https://docs.dagster.io/api/dagster/cli
B | rabbitmqadmin list queues name messages | https://www.rabbitmq.com/docs/management-cli
B | rabbitmqctl list_queues name messages consumers | https://www.rabbitmq.com/docs/man/rabbitmqctl.8
B | rabbitmq-diagnostics status | https://www.rabbitmq.com/docs/man/rabbitmq-diagnostics.8
B | curator --dry-run --config curator.yml actions/delete_indices.yml | https://www.elastic.co/guide/en/elasticsearch/client/curator/current/command-line.html
B | curator_cli show-indices --filter_list '{"filtertype":"none"}' | https://www.elastic.co/guide/en/elasticsearch/client/curator/current/singleton-cli.html
B | buildah images | https://github.com/containers/buildah/blob/main/docs/buildah-images.1.md
B | buildah bud -t app:dev . | https://github.com/containers/buildah/blob/main/docs/buildah-build.1.md
B | buildah containers | https://github.com/containers/buildah/blob/main/docs/buildah-containers.1.md
B | oras repo ls localhost:5000 | https://github.com/tldr-pages/tldr/blob/main/pages/common/oras.md
B | oras repo tags localhost:5000/app | https://github.com/tldr-pages/tldr/blob/main/pages/common/oras.md
B | oras pull registry.example.com/app/artifact:v1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/oras.md
B | cosign verify --key cosign.pub registry.example.com/app:v1 | https://docs.sigstore.dev/cosign/verifying/verify/
B | cosign tree registry.example.com/app:v1 | https://github.com/sigstore/cosign/blob/main/doc/cosign_tree.md
B | trivy image --severity HIGH,CRITICAL python:3.12 | https://trivy.dev/latest/docs/target/container_image/
B | trivy fs --scanners vuln,secret . | https://trivy.dev/latest/docs/target/filesystem/
B | trivy k8s --report summary --context staging-cluster | https://trivy.dev/latest/docs/target/kubernetes/
B | tea issues list --state open | https://gitea.com/gitea/tea/src/branch/main/docs/CLI.md
B | tea pr checkout 42 | https://gitea.com/gitea/tea/src/branch/main/docs/CLI.md
B | jj log -r 'mine()' | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-log
B | jj describe -r @ -m "Fix parser" | https://github.com/tldr-pages/tldr/blob/main/pages/common/jj.md
B | jj new main | https://github.com/tldr-pages/tldr/blob/main/pages/common/jj.md
B | jj git fetch | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-git-fetch
B | jj git push --dry-run --bookmark main | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-git-push
B | jj op log | https://jj-vcs.github.io/jj/latest/cli-reference/#jj-operation-log
B | jj help abandon | https://github.com/tldr-pages/tldr/blob/main/pages/common/jj.md
B | sl status | https://sapling-scm.com/docs/commands/status
B | sl smartlog | https://sapling-scm.com/docs/commands/smartlog
B | sl pull | https://sapling-scm.com/docs/commands/pull
B | sl purge --print | https://sapling-scm.com/docs/commands/purge
B | cap staging deploy:check | https://capistranorb.com/documentation/getting-started/cold-start/
B | cap -T | https://capistranorb.com/documentation/getting-started/tasks/
B | coolify app list | https://coolify.io/docs/knowledge-base/cli
B | caprover login | https://caprover.com/docs/cli-commands.html
B | sops -d secrets/dev.enc.yaml | https://github.com/tldr-pages/tldr/blob/main/pages/common/sops.md
B | sops -e config/dev.json > config/dev.enc.json | https://github.com/tldr-pages/tldr/blob/main/pages/common/sops.md
B | bw list items --search github | https://github.com/tldr-pages/tldr/blob/main/pages/common/bw.md
B | bw get item github | https://github.com/tldr-pages/tldr/blob/main/pages/common/bw.md
B | gopass find postgres | https://github.com/tldr-pages/tldr/blob/main/pages/common/gopass.md
B | gopass mounts | https://github.com/tldr-pages/tldr/blob/main/pages/common/gopass.md
B | keybase fs ls /keybase/team/acme | https://book.keybase.io/docs/files
B | tailscale status | https://tailscale.com/kb/1080/cli#status
B | tailscale netcheck | https://github.com/tldr-pages/tldr/blob/main/pages/common/tailscale.md
B | tailscale ping web-staging-1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/tailscale.md
B | wg show | https://man7.org/linux/man-pages/man8/wg.8.html
B | iptables -vnL --line-numbers | https://github.com/tldr-pages/tldr/blob/main/pages/linux/iptables.md
B | iptables-save -t nat | https://github.com/tldr-pages/tldr/blob/main/pages/linux/iptables.md
B | firewall-cmd --list-all | https://github.com/tldr-pages/tldr/blob/main/pages/linux/firewall-cmd.md
B | firewall-cmd --get-active-zones | https://github.com/tldr-pages/tldr/blob/main/pages/linux/firewall-cmd.md
B | launchctl list | https://ss64.com/mac/launchctl.html
B | launchctl print system/com.example.agent | https://ss64.com/mac/launchctl.html
B | arangosh --server.endpoint tcp://127.0.0.1:8529 --javascript.execute-string 'print(db._collections().length)' | https://docs.arangodb.com/stable/components/tools/arangodb-shell/
B | neo4j-admin database info neo4j | https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/
B | neo4j-admin database dump neo4j --to-path=/backups | https://neo4j.com/docs/operations-manual/current/backup-restore/offline-backup/
B | cypher-shell -u neo4j "MATCH (n) RETURN count(n)" | https://neo4j.com/docs/operations-manual/current/cypher-shell/
B | surreal export --endpoint http://localhost:8000 --ns app --db main backup.surql | https://surrealdb.com/docs/surrealdb/cli/export
B | surreal sql --endpoint http://localhost:8000 --ns app --db main "SELECT * FROM user LIMIT 10" | https://surrealdb.com/docs/surrealdb/cli/sql
B | rqlite -H localhost "SELECT * FROM foo" | https://rqlite.io/docs/cli/
B | litestream snapshots /var/lib/app/app.db | https://litestream.io/reference/snapshots/
B | litestream restore -o /tmp/app-restored.db s3://backups/app.db | https://litestream.io/reference/restore/
B | keytool -list -v -keystore /etc/tomcat/keystore.jks | https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html
B | gpg --list-secret-keys --keyid-format=long | https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html
B | gpg --decrypt doc.txt.gpg | https://github.com/tldr-pages/tldr/blob/main/pages/common/gpg.md
B | gpg --export --armor alice@example.com | https://github.com/tldr-pages/tldr/blob/main/pages/common/gpg.md
B | acme.sh --list | https://github.com/acmesh-official/acme.sh/wiki/Options-and-Params
B | acme.sh --issue -d example.com -w /var/www/html --staging | https://github.com/acmesh-official/acme.sh/wiki/Options-and-Params
B | lego --email ops@example.com --domains example.com --server=https://acme-staging-v02.api.letsencrypt.org/directory list | https://go-acme.github.io/lego/usage/cli/
B | step certificate inspect web.crt --short | https://smallstep.com/docs/step-cli/reference/certificate/inspect/
B | kyverno test . | https://kyverno.io/docs/kyverno-cli/usage/test/
B | conftest test deploy/staging/deployment.yaml | https://www.conftest.dev/
B | opa eval -d policy.rego -i input.json "data.authz.allow" | https://www.openpolicyagent.org/docs/latest/cli/#opa-eval
B | trivy clean --help | https://trivy.dev/latest/docs/references/configuration/cli/trivy_clean/
B | WERF_ENV=dev werf render | https://werf.io/docs/v2/reference/cli/werf_render.html
B | RACK_ENV=test bundle exec rake spec | https://guides.rubyonrails.org/configuring.html#rails-environment-settings
B | APP_STAGE=dev ./bin/migrate --status | https://12factor.net/config
B | kubeadm upgrade plan | https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-upgrade/
"""##
}
