// The fourth held-out corpus: written after the third held-out corpus (ThirdHeldOutCorpus) had
// been read by rule authors, and committed before any rule was changed for the classes that
// corpus missed. Lines come from public CLI documentation, man pages, the tldr pages
// (github.com/tldr-pages/tldr), runbooks, gists and blog posts; where a documented command has a
// placeholder (`{{instance}}`, `[-f|--force]`) a concrete value or one spelling was filled in, and
// for some lines that value is an environment's name (`kubectx prod-cluster`). It covers tool
// families and spellings none of the earlier corpora has: WP-CLI, Drush, Magento, dbmate, geni,
// sqlx, MikroORM, Sqitch, SQLMesh, Airflow, DVC, ZFS pools, GPT and RAID tools (sgdisk, mdadm,
// parted, blkdiscard, cryptsetup, LVM physical volumes and groups, mkswap, nvme, nwipe, scrub),
// Ceph, VirtualBox, Proxmox (qm, pct), Incus, Lima, Colima, docker-machine, Talos, vcluster, Loft,
// kapp, OpenShift, kubectx/kubens, k9s, kubie, popeye, DevSpace, Cloud Foundry, kf, BOSH, Concourse
// (fly -t), Chalice, Azure Functions, Surge, Vela, pyinfra, Mina, Envoy, Lando, DDEV, container
// registries (crane, skopeo), package registries (gem yank, cargo yank, dotnet nuget delete, vsce
// unpublish), secret stores (Doppler, 1Password, aws-vault), Stripe, dataset hubs, backup tools
// (duplicity, tarsnap, kopia, rdiff-backup, B2, AzCopy), database shells (mysqlsh, pgcli, mycli,
// usql, cypher-shell, legacy mongo, valkey-cli, sqlite-utils, dropuser), Redpanda, Bigtable,
// Exoscale, IBM Cloud, secure-delete and duplicate finders (srm, fdupes, rmlint, fd -x), trash,
// userdel/deluser, Mercurial and Subversion. Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (dry runs in each tool's own spelling: --diff-run,
//      --simulate, --pretend, a zap or remove-older-than that only lists without --force; cache
//      and build cleanups; linters over production files; a DELETE with a WHERE; reads of staging
//      resources): must be allowed (allow or audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum FourthHeldOutCorpus {
    static let lines = ##"""
D | wp db reset --yes | https://github.com/wp-cli/db-command
D | wp db drop --yes | https://github.com/wp-cli/db-command
D | wp db clean --yes | https://github.com/wp-cli/db-command
D | wp site empty | https://gist.github.com/thetwopct/cbbd7c2da7a01203f3dc64aed42b4a4a
D | wp database reset --author=admin | https://github.com/ernilambar/database-command
D | drush sql-drop | https://gist.github.com/jvanja/08c6b4ad36b5c7425dea
D | dbmate drop | https://www.github.com/amacneil/dbmate/discussions/462
D | geni drop | https://www.mintlify.com/emilpriver/geni/commands/drop
D | sqlx database drop | https://docs.rs/crate/models-cli/latest
D | sqlx database reset | https://docs.rs/crate/models-cli/latest
D | npx mikro-orm schema:drop --run | https://mikro-orm.io/docs/4.5/schema-generator
D | mikro-orm schema:fresh --run | https://fig.io/manual/mikro-orm/schema:fresh
D | mikro-orm schema:drop --run --drop-db | https://fig.io/manual/mikro-orm/schema:drop
D | sqitch revert -y | https://metacpan.org/release/DWHEELER/App-Sqitch-0.940/view/lib/sqitch-revert.pod
D | zpool destroy tank | https://docs.oracle.com/cd/E53394_01/html/E54801/gammr.html
D | zpool destroy -f tank | https://docs.oracle.com/cd/E37838_01/html/E61017/gammr.html
D | VBoxManage unregistervm --delete 6d3e674d-7626-4142-969f-8017b679fbd0 | https://gist.github.com/ruzickap/0de423e1fd151ebe8d3ed47f35802481
D | vboxmanage unregistervm testvm --delete | https://gist.github.com/sickbock
D | skopeo delete docker://registry.example.com/myapp:1.0 | https://man.archlinux.org/man/skopeo-delete.1.en
D | gem yank mygem -v 1.0.0 | https://ruby-doc.org/stdlib-3.1.2/libdoc/rubygems/rdoc/Gem/Commands/YankCommand.html
D | dotnet nuget delete Microsoft.AspNetCore.Mvc 1.0 | https://learn.microsoft.com/dotnet/core/tools/dotnet-nuget-delete
D | kapp delete -a my-name | https://carvel.dev/kapp/docs/develop/apps/
D | stripe delete /v1/customers/cus_9s6XKzkNRiz8i3 | https://docs.stripe.com/cli/delete.md
D | topk dataset delete --dataset my-docs -y | https://docs.topk.io/datasets/delete
D | darwin dataset remove cars | https://docs.v7labs.com/docs/remove
D | datasets-cli delete_from_hub USERNAME/DATASET_NAME CONFIG_NAME | https://huggingface.co/docs/datasets/en/cli.md
D | cf delete my-app -f -r | https://fig.io/manual/cf/delete
D | cf delete-space my-space -f | https://github.com/swisscom/cloudfoundry-cli/blob/v6.16.0/cf/commands/space/delete_space.go
D | kf delete myapp | https://cloud.google.com/migrate/kf/docs/2.1/cli/kf-delete
D | bosh delete-deployment -d cf | https://www.github.com/cloudfoundry/cloud_controller_ng/wiki/Pipelines
D | sgdisk --zap-all --clear --mbrtogpt -- /dev/sdb | https://gist.github.com/aldavud/e5e2f47234135fe193b3
D | sgdisk -Z /dev/sdb | https://gist.github.com/lnthien97/2b9ac00563f8d4029fd647b15a081386
D | ceph-volume zfs zap --force /dev/ada1 | https://docs.ceph.com/en/latest/ceph-volume/zfs/zap/
D | ceph-volume zfs zap --force --destroy /dev/ada1 | https://docs.ceph.com/en/latest/ceph-volume/zfs/zap/
D | ceph-deploy disk zap ceph-4-3:/dev/nvme0n1 | https://pastebin.com/ncKDsqpk
D | airflow dags delete test_dag | https://docs.arenadata.io/en/ADO/current/airflow-cli/dags-delete.html
D | airflow db reset -y | https://fig.io/manual/airflow/db/reset
D | airflow delete_dag -y my_dag | https://airflow.apache.org/docs/1.10.1/cli.html
D | airflow resetdb | https://airflow.apache.org/docs/1.10.11/cli-ref.html
D | limactl delete default | https://fig.io/manual/limactl/delete
D | limactl rm -f docker | https://github.com/lima-vm/lima/blob/v0.22.0/cmd/limactl/delete.go
D | crane delete gcr.io/my-project/my-app:v1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/crane-delete.md
D | incus delete c1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/incus.md
D | qm destroy 100 --purge | https://github.com/tldr-pages/tldr/blob/main/pages/linux/qm-destroy.md
D | qm destroy 100 --destroy-unreferenced-disks | https://github.com/tldr-pages/tldr/blob/main/pages/linux/qm-destroy.md
D | pct destroy 101 --purge | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pct-destroy.md
D | sudo userdel -r deploy | https://github.com/tldr-pages/tldr/blob/main/pages/linux/userdel.md
D | sudo deluser --remove-all-files olduser | https://github.com/tldr-pages/tldr/blob/main/pages/linux/deluser.md
D | trash-empty | https://github.com/tldr-pages/tldr/blob/main/pages/linux/trash.md
D | doppler secrets delete API_KEY | https://github.com/tldr-pages/tldr/blob/main/pages/common/doppler-secrets.md
D | hg update --clean | https://github.com/tldr-pages/tldr/blob/main/pages/common/hg-update.md
D | surge teardown example.com | https://github.com/tldr-pages/tldr/blob/main/pages/common/surge.md
D | vcluster delete my-vcluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/vcluster.md
D | talosctl reset -n 10.5.0.2 | https://github.com/tldr-pages/tldr/blob/main/pages/common/talosctl.md
D | mysqlsh --user root --execute 'DROP DATABASE shop' | https://github.com/tldr-pages/tldr/blob/main/pages/common/mysqlsh.md
D | usql postgres://app@localhost/app -c "TRUNCATE TABLE events" | https://github.com/tldr-pages/tldr/blob/main/pages/common/usql.md
D | mongo app_dev --eval 'db.dropDatabase()' | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongo.md
D | dropuser reporting | https://github.com/tldr-pages/tldr/blob/main/pages/common/dropuser.md
D | valkey-cli FLUSHALL | https://github.com/tldr-pages/tldr/blob/main/pages/common/valkey-cli.md
D | sqlite-utils drop-table data.db dogs | https://github.com/tldr-pages/tldr/blob/main/pages/common/sqlite-utils.md
D | azcopy sync ./site 'https://acct.blob.core.windows.net/web' --delete-destination true | https://github.com/tldr-pages/tldr/blob/main/pages/common/azcopy.md
D | b2 rm logs/2023 | https://github.com/tldr-pages/tldr/blob/main/pages/common/b2.md
D | duplicity remove-older-than 1Y --force webdavs://backup@dav.example.com/backups | https://github.com/tldr-pages/tldr/blob/main/pages/common/duplicity.md
D | tarsnap -d --keyfile /root/tarsnap.key --cachedir /var/cache/tarsnap -f backup-2024-01-01 | https://github.com/tldr-pages/tldr/blob/main/pages/common/tarsnap.md
D | vsce unpublish acme.my-extension | https://github.com/tldr-pages/tldr/blob/main/pages/common/vsce.md
D | cargo yank my-crate@1.0.1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/cargo-yank.md
D | dvc gc -a -c -r myremote | https://github.com/tldr-pages/tldr/blob/main/pages/common/dvc-gc.md
D | dvc destroy -f | https://github.com/tldr-pages/tldr/blob/main/pages/common/dvc-destroy.md
D | sudo nvme format -s 1 -r /dev/nvme0n1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/nvme.md
D | sudo parted /dev/sdb --script mklabel gpt mkpart boot 0% 500MiB mkpart system 500MiB 100% | https://github.com/tldr-pages/tldr/blob/main/pages/linux/parted.md
D | blkdiscard /dev/nvme0n1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/blkdiscard.md
D | blkdiscard -s /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/linux/blkdiscard.md
D | cryptsetup luksFormat /dev/sdb1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/cryptsetup.md
D | sudo mdadm --zero-superblock /dev/sdb1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/mdadm.md
D | sudo pvremove -y /dev/sdb1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pvremove.md
D | sudo vgremove -f vg_data | https://github.com/tldr-pages/tldr/blob/main/pages/linux/vgremove.md
D | sudo mkswap -L swap0 /dev/sdb2 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/mkswap.md
D | ceph osd pool delete mypool | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ceph.md
D | srm -r -s old-backups/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/srm.md
D | sudo nwipe --autonuke /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/common/nwipe.md
D | sudo scrub /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/linux/scrub.md
D | fd -e sql -x rm | https://github.com/tldr-pages/tldr/blob/main/pages/common/fd.md
D | ./rmlint.sh | https://github.com/tldr-pages/tldr/blob/main/pages/common/rmlint.md
D | fdupes -rdN photos/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/fdupes.md
D | lando destroy | https://github.com/tldr-pages/tldr/blob/main/pages/common/lando.md
D | loft delete vcluster team-a | https://github.com/tldr-pages/tldr/blob/main/pages/common/loft.md
D | chalice delete | https://gist.github.com/hsyyid/24d27024b89ca5bf5a6a39c747dfdf4e
P | drush rsync @staging:%files/ @live:%files | https://www.drush.org/13.x/usage
P | drush sql:sync --structure-tables-key=custom @live @self | https://www.drush.org/13.x/usage
P | drush @prod sql-conf | https://gist.github.com/mikeyp/212e42fc020bf6c58922
P | stripe delete /v1/customers/cus_9s6XKzkNRiz8i3 --live | https://fig.io/manual/stripe/delete
P | aws-vault exec prod -- aws s3 ls | https://fig.io/manual/aws-vault/exec
P | aws-vault login prod | https://github.com/jvns/tldr/blob/add-set-more-info-link.py/pages.de/common/aws-vault.md
P | op run --env-file .env.production -- npm run migrate | https://github.com/tldr-pages/tldr/blob/main/pages/common/op.md
P | doppler run -p backend -c prd -- npm run migrate | https://github.com/tldr-pages/tldr/blob/main/pages/common/doppler-run.md
P | func azure functionapp publish myapp-prod | https://github.com/tldr-pages/tldr/blob/main/pages/common/func.md
P | vcluster create team-a -n production | https://github.com/tldr-pages/tldr/blob/main/pages/common/vcluster.md
P | kubectx prod-cluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubectx.md
P | kubens production | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubens.md
P | k9s --context production | https://github.com/tldr-pages/tldr/blob/main/pages/common/k9s.md
P | kubie ctx prod-cluster -n payments | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubie.md
P | devspace deploy -p production | https://github.com/tldr-pages/tldr/blob/main/pages/common/devspace.md
P | mysqlsh --user admin --host prod-db.example.com --port 3306 | https://github.com/tldr-pages/tldr/blob/main/pages/common/mysqlsh.md
P | pgcli postgresql://app@prod-db.internal/app | https://github.com/tldr-pages/tldr/blob/main/pages/common/pgcli.md
P | mycli -h prod-mysql.internal -P 3306 -u app shop | https://github.com/tldr-pages/tldr/blob/main/pages/common/mycli.md
P | cypher-shell --address neo4j://prod-graph.internal:7687 | https://github.com/tldr-pages/tldr/blob/main/pages/common/cypher-shell.md
P | mongo --host prod-mongo.internal --port 27017 app | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongo.md
P | valkey-cli -h cache.prod.internal | https://github.com/tldr-pages/tldr/blob/main/pages/common/valkey-cli.md
P | bosh -e production deployments | https://github.com/tldr-pages/tldr/blob/main/pages/common/bosh.md
P | bosh -e prod vms -d cf | https://github.com/tldr-pages/tldr/blob/main/pages/common/bosh.md
P | mosh deploy@prod-web-1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/mosh.md
P | autossh -M 0 -f -N -L 5432:localhost:5432 deploy@prod-db.example.com | https://github.com/tldr-pages/tldr/blob/main/pages/common/autossh.md
P | sftp deploy@prod-web-1.example.com | https://github.com/tldr-pages/tldr/blob/main/pages/common/sftp.md
P | pyinfra inventories/production.py deploy.py | https://github.com/tldr-pages/tldr/blob/main/pages/common/pyinfra.md
P | oc project production | https://github.com/tldr-pages/tldr/blob/main/pages/common/oc.md
P | fluxctl --k8s-fwd-ns=production list-workloads | https://github.com/tldr-pages/tldr/blob/main/pages/common/fluxctl.md
P | loft use vcluster prod-vcluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/loft.md
P | vela add deployment --org acme --repo shop --target production --ref main --description "release" | https://github.com/tldr-pages/tldr/blob/main/pages/common/vela.md
P | popeye --context prod-cluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/popeye.md
P | mssh deploy@prod-web-1 deploy@prod-web-2 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/mssh.md
P | chalice deploy --stage prod | https://aws.github.io/chalice/topics/stages
P | sqlmesh plan prod | https://sqlmesh.readthedocs.io/en/stable/concepts/overview/
B | wp db create | https://github.com/wp-cli/db-command
B | wp transient delete --all | https://gist.github.com/thetwopct/cbbd7c2da7a01203f3dc64aed42b4a4a
B | wp cache flush | https://gist.github.com/yusufhm/984c819eaeadf43678f5f8be280ca964
B | wp rewrite flush | https://gist.github.com/thetwopct/cbbd7c2da7a01203f3dc64aed42b4a4a
B | wp search-replace 'old.com' 'new.com' --dry-run | https://skills.sh/1teamsoftware/skills/wordpress-wp-cli
B | wp plugin update --all --dry-run | https://skills.sh/1teamsoftware/skills/wordpress-wp-cli
B | wp core is-installed | https://skills.sh/1teamsoftware/skills/wordpress-wp-cli
B | drush sql-dump --result-file=FILE_NAME.sql | https://gist.github.com/jvanja/08c6b4ad36b5c7425dea
B | drush cc all | https://gist.github.com/jvanja/08c6b4ad36b5c7425dea
B | drush sql-query "DELETE from system where type = 'module' AND name = 'module_name';" | https://gist.github.com/jvanja/08c6b4ad36b5c7425dea
B | sqlx migrate info | https://docs.rs/crate/models-cli/latest
B | sqlx prepare --check | https://gitverse.ru/germanubis/sqlx/tag/v0.8.0/sqlx-cli/src/opt.rs
B | npx mikro-orm schema:drop --dump | https://mikro-orm.io/docs/4.5/schema-generator
B | npx mikro-orm schema:update --dump | https://mikro-orm.io/docs/4.5/schema-generator
B | VBoxManage list vms | https://gist.github.com/ruzickap/0de423e1fd151ebe8d3ed47f35802481
B | VBoxManage controlvm 6d3e674d-7626-4142-969f-8017b679fbd0 poweroff | https://gist.github.com/ruzickap/0de423e1fd151ebe8d3ed47f35802481
B | vboxmanage createhd --filename testvm.vdi --size 30720 | https://gist.github.com/sickbock
B | dotnet nuget delete -h | https://learn.microsoft.com/dotnet/core/tools/dotnet-nuget-delete
B | kapp ls | https://carvel.dev/kapp/docs/develop/apps/
B | kapp deploy -a my-name -f my-app-config/ | https://carvel.dev/kapp/docs/develop/apps/
B | kapp deploy -a my-name -f my-app-config/ --diff-run | https://github.com/carvel-dev/kapp/releases/tag/v0.48.0
B | datasets-cli env | https://huggingface.co/docs/datasets/en/cli.md
B | cf apps | https://gist.github.com/cdelashmutt-pivotal/57b2a0583f612817b374397fb864f91f
B | mina deploy --simulate | https://research.rubygems.info/blobs/b2680e6f2c808f072c474b6a47501bb058e08c8cc6a615263c969208fdcf32aa/raw
B | mina setup deploy | https://mina-deploy.github.io/mina/how_mina_works.html
B | fly -t capi pipelines | https://www.github.com/cloudfoundry/cloud_controller_ng/wiki/Pipelines
B | fly -t lite set-pipeline -p hello -c hello.yml | https://Gist.github.com/VireshDoshi/ca691cedbdca0111b4230b0a455e2227
B | fly -t lite unpause-pipeline -p hello | https://Gist.github.com/VireshDoshi/ca691cedbdca0111b4230b0a455e2227
B | bosh deployments | https://www.github.com/cloudfoundry/cloud_controller_ng/wiki/Pipelines
B | aws-vault exec staging -- aws lambda list-functions | https://gist.github.com/ohaval/8530849c5c8f728abdbf94972b39f489
B | aws-vault exec home -- aws s3 ls | https://github.com/bnugent/aws-vault/blob/v4.1.0/USAGE.md
B | sgdisk -p /dev/mmcblk1 | https://pastebin.com/F1MRxDzS
B | sgdisk --backup=table /dev/sdX | https://gist.github.com/noslin005/887ad5137b89ec68a87d4622699280b3
B | ceph-volume zfs zap /dev/ada1 | https://docs.ceph.com/en/latest/ceph-volume/zfs/zap/
B | airflow dags show example_complex | https://airflow.apache.org/docs/apache-airflow/2.11.2/howto/usage-cli.html
B | airflow list_dags | https://airflow.apache.org/docs/1.10.1/cli.html
B | limactl list --json | https://fig.io/manual/limactl/list
B | limactl stop default | https://fig.io/manual/limactl/stop
B | colima list | https://gist.github.com/waltervargas/e2817827600be47cda5718fc319e80cc
B | rpk topic list | https://github.com/tldr-pages/tldr/blob/main/pages/common/rpk.md
B | rpk cluster info | https://github.com/tldr-pages/tldr/blob/main/pages/common/rpk.md
B | crane ls gcr.io/my-project/my-app | https://github.com/tldr-pages/tldr/blob/main/pages/common/crane-ls.md
B | incus list | https://github.com/tldr-pages/tldr/blob/main/pages/common/incus.md
B | qm list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/qm-list.md
B | pct list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pct-list.md
B | docker-machine ls | https://github.com/tldr-pages/tldr/blob/main/pages/common/docker-machine.md
B | trash old-notes.txt | https://github.com/tldr-pages/tldr/blob/main/pages/linux/trash.md
B | trash-list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/trash.md
B | sudo certbot --webroot -w /var/www/html -d app.example.com --dry-run | https://github.com/tldr-pages/tldr/blob/main/pages/linux/certbot.md
B | kcadm.sh get realms | https://github.com/tldr-pages/tldr/blob/main/pages/common/kcadm.sh.md
B | op vault list | https://github.com/tldr-pages/tldr/blob/main/pages/common/op.md
B | doppler run -p backend -c dev -- npm start | https://github.com/tldr-pages/tldr/blob/main/pages/common/doppler-run.md
B | hg remove src/old_module.py | https://github.com/tldr-pages/tldr/blob/main/pages/common/hg-remove.md
B | svn log -l 10 | https://github.com/tldr-pages/tldr/blob/main/pages/common/svn.md
B | dolt status | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt.md
B | dolt gc | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt-gc.md
B | cloudflared tunnel list | https://github.com/tldr-pages/tldr/blob/main/pages/common/cloudflared.md
B | flarectl firewall rules list | https://github.com/tldr-pages/tldr/blob/main/pages/common/flarectl.md
B | surge list | https://github.com/tldr-pages/tldr/blob/main/pages/common/surge.md
B | func start | https://github.com/tldr-pages/tldr/blob/main/pages/common/func.md
B | vcluster list | https://github.com/tldr-pages/tldr/blob/main/pages/common/vcluster.md
B | talosctl get members -n 10.5.0.2 | https://github.com/tldr-pages/tldr/blob/main/pages/common/talosctl.md
B | kubectx -c | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubectx.md
B | k9s --readonly --cluster dev-cluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/k9s.md
B | kubie lint | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubie.md
B | devspace build | https://github.com/tldr-pages/tldr/blob/main/pages/common/devspace.md
B | pgcli -h localhost -U postgres -d app_dev | https://github.com/tldr-pages/tldr/blob/main/pages/common/pgcli.md
B | mycli -u root app_development | https://github.com/tldr-pages/tldr/blob/main/pages/common/mycli.md
B | cypher-shell --database movies --file queries/top10.cypher | https://github.com/tldr-pages/tldr/blob/main/pages/common/cypher-shell.md
B | mongo --eval 'JSON.stringify(db.foo.findOne())' app_dev | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongo.md
B | mongoimport --type csv --file users.csv -d app -c users | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongoimport.md
B | sqlite-utils tables data.db | https://github.com/tldr-pages/tldr/blob/main/pages/common/sqlite-utils.md
B | sqlite-utils query data.db "delete from dogs where name = 'Cleo'" | https://github.com/tldr-pages/tldr/blob/main/pages/common/sqlite-utils.md
B | wp --info | https://github.com/tldr-pages/tldr/blob/main/pages/common/wp.md
B | drush cr | https://github.com/tldr-pages/tldr/blob/main/pages/common/drush.md
B | magento list | https://github.com/tldr-pages/tldr/blob/main/pages/common/magento.md
B | b2 ls my-bucket | https://github.com/tldr-pages/tldr/blob/main/pages/common/b2.md
B | kopia snapshot list | https://github.com/tldr-pages/tldr/blob/main/pages/common/kopia.md
B | duplicity collection-status file:///backups | https://github.com/tldr-pages/tldr/blob/main/pages/common/duplicity.md
B | tarsnap -c --dry-run --print-stats --keyfile /root/tarsnap.key --cachedir /var/cache/tarsnap -f test /etc | https://github.com/tldr-pages/tldr/blob/main/pages/common/tarsnap.md
B | tarsnap --list-archives --keyfile /root/tarsnap.key | https://github.com/tldr-pages/tldr/blob/main/pages/common/tarsnap.md
B | rdiff-backup list increments /backups/home | https://github.com/tldr-pages/tldr/blob/main/pages/common/rdiff-backup.md
B | cbt ls | https://github.com/tldr-pages/tldr/blob/main/pages/common/cbt.md
B | exo compute instance list | https://github.com/tldr-pages/tldr/blob/main/pages/common/exo-compute-instance.md
B | ibmcloud ks cluster get -c mycluster | https://github.com/tldr-pages/tldr/blob/main/pages/common/ibmcloud-ks.md
B | stripe logs tail | https://github.com/tldr-pages/tldr/blob/main/pages/common/stripe.md
B | stripe trigger charge.succeeded | https://github.com/tldr-pages/tldr/blob/main/pages/common/stripe.md
B | vsce package | https://github.com/tldr-pages/tldr/blob/main/pages/common/vsce.md
B | cargo yank --undo my-crate@1.0.1 | https://github.com/tldr-pages/tldr/blob/main/pages/common/cargo-yank.md
B | jf rt search --recursive libs-release/org/acme/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/jf.md
B | bazel clean | https://github.com/tldr-pages/tldr/blob/main/pages/common/bazel.md
B | bazel info | https://github.com/tldr-pages/tldr/blob/main/pages/common/bazel.md
B | ccache -C | https://github.com/tldr-pages/tldr/blob/main/pages/common/ccache.md
B | ccache -s | https://github.com/tldr-pages/tldr/blob/main/pages/common/ccache.md
B | conda clean --all --verbose --yes | https://github.com/tldr-pages/tldr/blob/main/pages/common/conda-clean.md
B | conda remove -n scratch-env --all | https://github.com/tldr-pages/tldr/blob/main/pages/common/conda-remove.md
B | nx run-many --target build --all | https://github.com/tldr-pages/tldr/blob/main/pages/common/nx.md
B | turbo run build --force | https://github.com/tldr-pages/tldr/blob/main/pages/common/turbo.md
B | flutter clean | https://github.com/tldr-pages/tldr/blob/main/pages/common/flutter.md
B | flutter build apk --target-platform android-arm,android-arm64 | https://github.com/tldr-pages/tldr/blob/main/pages/common/flutter.md
B | hugo -d public | https://github.com/tldr-pages/tldr/blob/main/pages/common/hugo.md
B | jekyll clean | https://github.com/tldr-pages/tldr/blob/main/pages/common/jekyll.md
B | ansible-lint playbooks/production.yml | https://github.com/tldr-pages/tldr/blob/main/pages/common/ansible-lint.md
B | yamllint -s k8s/production/deployment.yaml | https://github.com/tldr-pages/tldr/blob/main/pages/common/yamllint.md
B | checkov --directory envs/production | https://github.com/tldr-pages/tldr/blob/main/pages/common/checkov.md
B | zpool status | https://github.com/tldr-pages/tldr/blob/main/pages/common/zpool.md
B | zpool history tank | https://github.com/tldr-pages/tldr/blob/main/pages/common/zpool.md
B | sudo nvme list | https://github.com/tldr-pages/tldr/blob/main/pages/common/nvme.md
B | sudo parted -l | https://github.com/tldr-pages/tldr/blob/main/pages/linux/parted.md
B | cryptsetup status cryptdata | https://github.com/tldr-pages/tldr/blob/main/pages/linux/cryptsetup.md
B | cryptsetup luksDump /dev/sdb1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/cryptsetup.md
B | sudo mdadm --detail /dev/md0 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/mdadm.md
B | vgremove --help | https://github.com/tldr-pages/tldr/blob/main/pages/linux/vgremove.md
B | ceph df | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ceph.md
B | ceph status | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ceph.md
B | bleachbit --preview --preset system.cache | https://github.com/tldr-pages/tldr/blob/main/pages/linux/bleachbit.md
B | fd -e pyc -x rm | https://github.com/tldr-pages/tldr/blob/main/pages/common/fd.md
B | rmlint ~/Downloads | https://github.com/tldr-pages/tldr/blob/main/pages/common/rmlint.md
B | fdupes -r photos/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/fdupes.md
B | bosh environments | https://github.com/tldr-pages/tldr/blob/main/pages/common/bosh.md
B | cf logs myapp-staging --recent | https://github.com/tldr-pages/tldr/blob/main/pages/common/cf.md
B | cf marketplace | https://github.com/tldr-pages/tldr/blob/main/pages/common/cf.md
B | packer validate config.pkr.hcl | https://github.com/tldr-pages/tldr/blob/main/pages/common/packer.md
B | packer fmt config.pkr.hcl | https://github.com/tldr-pages/tldr/blob/main/pages/common/packer.md
B | ddev start | https://github.com/tldr-pages/tldr/blob/main/pages/common/ddev.md
B | ddev export-db -f /tmp/db.sql.gz | https://github.com/tldr-pages/tldr/blob/main/pages/common/ddev.md
B | lando info | https://github.com/tldr-pages/tldr/blob/main/pages/common/lando.md
B | envoy run --pretend deploy | https://github.com/tldr-pages/tldr/blob/main/pages/common/envoy.md
B | pyinfra @local deploy.py | https://github.com/tldr-pages/tldr/blob/main/pages/common/pyinfra.md
B | knife node list | https://github.com/tldr-pages/tldr/blob/main/pages/common/knife.md
B | oc get pods | https://github.com/tldr-pages/tldr/blob/main/pages/common/oc.md
B | fluxctl list-images | https://github.com/tldr-pages/tldr/blob/main/pages/common/fluxctl.md
B | loft list vclusters | https://github.com/tldr-pages/tldr/blob/main/pages/common/loft.md
B | vela get deployment --org acme --repo shop | https://github.com/tldr-pages/tldr/blob/main/pages/common/vela.md
B | popeye | https://github.com/tldr-pages/tldr/blob/main/pages/common/popeye.md
B | stolonctl --cluster-name pg-dev --store-backend etcdv3 --store-endpoints http://127.0.0.1:2379 status | https://github.com/tldr-pages/tldr/blob/main/pages/common/stolonctl.md
B | chalice new-project myapp | https://aws.github.io/chalice/topics/stages
B | chalice deploy | https://aws.github.io/chalice/topics/stages
B | sqlmesh plan dev | https://sqlmesh.readthedocs.io/en/stable/concepts/overview/
B | sqlmesh plan --help | https://github.com/TobikoData/sqlmesh/pull/325
"""##
}
