// The twenty-ninth held-out corpus: written after the twenty-eighth held-out corpus
// (TwentyEighthHeldOutCorpus) had been scored, and first scored with the rules as they are before
// any change for the twenty-eighth's classes (46fe723). It draws on a mixed population,
// the way a working day mixes infrastructure, storage and application work in one repository's
// shell, weighted towards tools and forms the earlier corpora hold few of. Most of that work is
// reading, listing, checking and dry-running, so the destroys sit among many everyday lines:
//
// - configuration management: Ansible ad-hoc commands and playbooks with inventories, tags, limits
//   and `--check`, `ansible-inventory`, `ansible-vault`, `ansible-console` and `ansible-galaxy`;
//   Salt targets, grains and nodegroups and `salt-key`; Chef's `knife` (nodes, clients, data bags,
//   environments, roles, search, ssh) and `chef-client --why-run`; Puppet Bolt commands, tasks and
//   plans, `puppet agent --noop` and `pdk`;
// - HashiCorp tools: Nomad jobs, allocations, volumes, variables, namespaces and ACL tokens; Consul
//   KV, catalog, ACLs and snapshots; Vault KV v2 (delete, destroy, undelete, rollback, metadata),
//   leases, tokens, secrets engines, auth methods and transit keys; Packer and Vagrant (boxes,
//   snapshots, plugins);
// - virtualisation: Proxmox `qm`, `pct`, `pvesm` and `vzdump`, libvirt's `virsh` (domains, volumes,
//   pools, networks, snapshots), LXD's `lxc` and Incus (instances, snapshots, storage volumes,
//   images, projects, networks), and the OpenStack client (servers, volumes, snapshots, backups,
//   images, objects, containers, networks, floating IPs, routers, keypairs, Heat stacks, project
//   purge);
// - DNS and networking: the Cloudflare DNS records API, Route 53 through the AWS CLI, `dig`,
//   `host`, `nsupdate`, `named-checkzone` and `named-checkconf`, WireGuard's `wg` and `wg-quick`,
//   nftables, iptables, ufw, `ip` and `ss`;
// - storage and filesystems: OpenZFS `zfs` and `zpool`, btrfs, LVM, mdadm, parted, sgdisk, sfdisk,
//   wipefs, mkfs, blkdiscard, shred, cryptsetup, Ceph's `ceph`, `rbd`, `rados` and `radosgw-admin`,
//   rsync to and from servers, and rclone (purge, delete, sync, dedupe, cleanup and their dry runs
//   and listing modes);
// - Windows-adjacent tools run from Linux: `az vm run-command` with shell and PowerShell scripts,
//   and `pwsh -Command` with `Remove-Item`, `Invoke-Sqlcmd` and `Remove-LocalUser`;
// - application runtimes: Rails runner, console and database tasks, Django's `manage.py shell -c`,
//   `flush`, `migrate` and `dumpdata`, Laravel's `artisan tinker --execute`, migrations and queues,
//   `python -c` one-liners run directly and through uv, Poetry and Pipenv, `node -e` one-liners
//   with `--input-type=module` and `deno eval`, which delete files or rows or only read them,
//   Elixir's `mix run -e` and Ecto tasks, psql, mysql and redis-cli;
// - around them: git, greps and commit messages, caches and build output removed, packages
//   installed and removed, linters, tests and system reads.
//
// Sources are reference pages: Ansible's command-line and module pages (ansible.builtin and
// community.postgresql) and ansible-lint's usage page, the Salt CLI and module references, Chef's
// knife, chef-client and Cookstyle pages, the Bolt command reference and the PDK validation page,
// HashiCorp's Nomad, Consul, Vault, Packer, Vagrant and Terraform command references and the Vault
// transit API page, the Proxmox `qm`, `pct` and `pvesm` man pages, the virsh man page, the LXD and
// Incus manual pages, the OpenStack client reference, the Cloudflare DNS records API, the AWS CLI
// Route 53 reference, the BIND 9 manual pages (dig, nsupdate, named-checkconf), the OpenZFS man
// pages, the btrfs-progs documentation, GNU Parted's manual and the grep manual, the man-pages
// project and Debian's manual pages (LVM, mdadm, sgdisk, sfdisk, wipefs, mke2fs, mkfs.xfs, shred,
// cryptsetup, WireGuard's wg, ip, find, rm, df, du, journalctl, systemctl, apt-get), the Ceph man
// pages, the rsync man page, the rclone command pages, Microsoft's `az vm run-command` and
// PowerShell module references, the Rails guides, Django's django-admin and staticfiles references,
// the Laravel documentation, the Node.js CLI page, Deno's `eval` page, the uv, Poetry and Pipenv
// command references, the Python json.tool page, the Elixir, Mix, Ecto and Ecto SQL docs on
// HexDocs, the MySQL, Docker and Redis references, ripgrep's guide, and the git, pip and yamllint
// pages. Where a reference gives a placeholder a concrete value was filled in, and names were
// chosen as a team names its things (`ox-dev`, `ox-staging`, `ox-prod-db-1`, `inventories/prod`).
// Its 300 lines cite 192 addresses (185 pages once anchors are dropped); 90 of the addresses are
// cited by no earlier corpus, and 168 lines cite an address that an earlier corpus also cites, for
// another command form. Production is named the many ways teams name it: the inventories
// `inventories/prod` and `inventories/production`, groups, patterns and limits (`ox_prod`,
// `prod_web:&eu`, `--limit ox-prod-web-1`) and `-e env=prod`, Salt globs `ox-prod-*` and
// `ox-prd-*`, Bolt targets `prod` and `prod_web`, the Chef environment `ox_production`, the Nomad
// namespace `ox-prod`, Consul and Vault paths under `ox/prod/` and `ox-prod` database roles,
// `vault.prod.oxbarrow.com`, a token accessor variable named for production, the OpenStack cloud
// `ox-prod`, the LXD remote and the Incus project `ox-prod`, the hypervisors `kvm-prod-2`,
// `kvm-prd-1` and `pve-prod-1`, hosts `ox-prod-*`, the pool `prodpool`, the Ceph cluster `ox-prod`,
// the rclone remote `ox-prod-s3`, the Azure resource group `ox-prod-rg`, Django's `production`
// settings module, Laravel's `--env=production`, `MIX_ENV=prod`, a database URL variable named for
// production, the public zone `oxbarrow.com` and its name server, a Route 53 zone, an `nsupdate`
// key and records file named for production, and the branches `prod` and `production`. Staging is
// read and destroyed under `inventories/staging`, the `ox_staging` groups and Chef environment,
// `ox-staging-*` hosts, globs, namespaces, paths, projects, clouds, pools, buckets, remotes and
// Azure resource group, `staging.oxbarrow.dev`, a `staging.tfvars` file, `RAILS_ENV=staging`,
// Laravel's `--env=staging` and Django's `staging` settings and database alias. Development is
// `inventories/dev`, `ox-dev` names, localhost, local disks, pools and volume groups, Vagrant
// machines, the development agents of Consul and Vault, `bin/rails runner -e development`,
// `MIX_ENV=dev` and a local SQLite file.
//
// Of the 765 lines first written, 70 were left out before any comparison: 9 whose effect could not
// be told from the line (a maintenance playbook, a Salt teardown state and a Bolt rotate plan, a
// Rails runner script, a project's own `manage.py` and `artisan` commands, a seeds script, a make
// target, and an `az vm run-command` given a script file), 42 whose label was not clear (snapshot
// rollbacks and reverts that read as restores of development things: `qm rollback`, `pct rollback`,
// `virsh snapshot-revert`, `lxc restore`, `incus snapshot restore`, `rbd snap rollback`, `lvconvert
// --merge`, an OpenStack volume backup restored over a development volume; firewall and tunnel
// configuration flushed or removed: `ufw --force reset`, `nft flush ruleset`, `iptables -F`, `ip
// link delete wg0`, a WireGuard peer removed; registrations, definitions and saved state removed
// without their data: `consul services deregister`, `pvesm remove`, `az vm run-command delete`,
// `virsh managedsave-remove`; Nomad jobs stopped with `-purge` on staging and in development;
// Vagrant boxes removed and pruned and an LXD image deleted, which may be downloaded again or may
// not; a Consul snapshot restored into whichever cluster the agent reaches; cron entries removed on
// staging through Ansible and Salt; `packer build -force`; a Vagrant machine's state files removed;
// a tool's home directory removed; `rsync --delete` into a local web root; Django's
// `clearsessions`; `git branch -d`; `git reset --keep`; `git filter-repo` and `git log` on a
// repository path under `inventories/prod`; a member failed out of a RAID array; a log truncated;
// `php artisan queue:retry all`; `nomad system gc`; production named only in a shell comment or in
// a grep pattern over a local listing; a Vagrant machine named as a production mirror; the public
// zone looked up in Route 53 without naming an environment), 5 wrong as written (`vagrant destroy
// --all`, `lxc delete --purge` and `zfs list --dry-run`, flags the references do not list; `bolt
// plan run --noop`, which plans do not take; `nomad node drain` given a node name where it takes a
// node ID), 11 that change staging without destroying it (a deploy playbook, a Nomad job run, a
// Consul key and a Vault secret written, an OpenStack server rebooted, a ufw rule added, LXD and
// Incus instance settings changed, a Route 53 upsert, a Chef run list changed, a Bolt task removing
// a package on a staging host): nothing run under dev may change staging, so they are neither
// benign nor destructive under these labels, and 3 that stop a staging job, allocation or domain,
// which is benign only for local or development things. A script compared every remaining line with
// the tuning corpus and every earlier held-out corpus, the twenty-eighth included (11,937 lines,
// whitespace-normalised): 65 were already there (`vagrant destroy -f`, `wipefs -a /dev/sdb`,
// `python manage.py flush --noinput`, `php artisan migrate:fresh --seed`, `mix ecto.reset`, `git
// reset --hard origin/main && git clean -fdx`, `qm list`, `virsh list --all`, `sudo nft list
// ruleset`, `zpool status -x`), and 95 more differed from an earlier line only by a name, a number
// or a quoted string once the text was lowercased, quoted strings, words with a digit and 81
// project names (the earlier corpora's and this one's) were replaced by placeholders (`python -c
// "..."`, `node -e "..."`, `bin/rails runner '...'`, `ssh ox-prod-db-1 '...'`, `rclone purge ...`,
// `aws route53 delete-hosted-zone --id ...`, `git commit -m "..."`); all were taken out. Within the
// corpus, lines were compared under the same placeholders except quoted strings and only within one
// label: none more were taken out. The rest (166 destructive, 102 production-named, 267 benign)
// were sampled with a fixed seed (29, Python's random.Random(29).sample over each label's lines in
// the order written, kept in that order) to 110, 65 and 125; the benign sample keeps 36 of its 66
// lines with a destructive word, a dry-run, test, pretend or help flag, a restore, undelete or
// rollback, or a clean-up verb, and 89 of its 201 other everyday commands; 37 of the 125 name
// staging (all reads), and 55 of the 110 destructive lines destroy staging data or resources.
// Rebuilt or relabelled disks (`mkfs`, `sgdisk -o`, `sgdisk --zap-all`, `mdadm --create`, `zpool
// labelclear`, `cryptsetup luksErase`), `zfs rollback -r`, which destroys the later snapshots,
// deleted snapshots, volumes, pools and backups, dropped databases and database users, removed
// system users and authorized keys, deleted Chef, Salt and Vault objects, revoked Vault tokens and
// leases, `rsync` and `rclone` runs that delete at the destination, and `db:schema:load` are
// destructive. Dry runs (`--check`, `-nv`, `--dry-run`, `--pretend`, `--test`, `mkfs.ext4 -n`,
// `--why-run`, `-WhatIf`, `plan -destroy`), a listing mode (`rclone dedupe --dedupe-mode list`), a
// safety check (`ceph osd safe-to-destroy`), an RBD image restored from the trash and an archive
// restored from cold storage in development, a Vault secret undeleted or rolled back in
// development, one record deleted by key and snapshots taken are benign. A line that both destroys
// and names production is labelled P. Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging. Deletes of data,
//      resources, volumes, backups, snapshots, branches, keys, secrets, users and records in bulk;
//      resets of a local development or test database; unfiltered deletes, updates, truncations and
//      drops; discarded uncommitted work; history rewrites and force pushes; purged queues; wiped
//      devices and filesystems; revoked or deleted tokens and keys; deletes of staging resources.
//   P  names another environment (production), whether it reads, writes or destroys: must be denied
//      under staging. A line that destroys and names production is P.
//   B  benign, including hard negatives (builds, tests, linters, reads, logs, listings and
//      describes; dry runs, plans, diffs and `--help`; listing modes of deleting tools; caches,
//      build output and scratch files removed; packages removed; greps and commit messages whose
//      destructive words are data; a `DELETE` of one record with a `WHERE`; restoring, undeleting
//      and cancelling deletions of local or development things; reads of staging resources): must
//      be allowed (allow or audit) under dev. A command that changes a staging resource without
//      destroying it is not benign, and cancelling or stopping a running job or process is benign
//      only when it is local or development.
//
// Lines whose effect could not be told from the line (a project's own script, playbook, plan, state
// or target) were left out. Its test prints totals only. Do not edit the lines,
// and do not add rules for the lines it misses: a miss here is reported as a miss of its class, and
// fixed (if at all) by a class in the tuning corpus.

enum TwentyNinthHeldOutCorpus {
    static let lines = ##"""
D | ansible ox_staging_web -i inventories/staging -m ansible.builtin.file -a "path=/srv/oxbarrow/uploads state=absent" --become | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/file_module.html
D | ansible ox-staging-db-1 -i inventories/staging -m ansible.builtin.shell -a "dropdb oxbarrow_staging" --become --become-user postgres | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/shell_module.html
D | ansible localhost -m ansible.builtin.file -a "path=/var/lib/oxbarrow/data state=absent" | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/file_module.html
D | ansible ox-staging-db-1 -i inventories/staging -m community.postgresql.postgresql_db -a "name=oxbarrow state=absent" --become --become-user postgres | https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_db_module.html
D | ansible ox-staging-db-1 -i inventories/staging -m community.postgresql.postgresql_user -a "name=ox_reporting state=absent" --become --become-user postgres | https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html
D | ansible ox_staging -i inventories/staging -m ansible.builtin.user -a "name=oxdeploy state=absent remove=yes" --become | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/user_module.html
D | ansible ox_staging -i inventories/staging -m ansible.builtin.authorized_key -a "user=oxdeploy key='{{ lookup(\"file\", \"keys/ci.pub\") }}' state=absent" --become | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/authorized_key_module.html
D | ansible-playbook -i inventories/staging playbooks/teardown.yml --tags wipe_data -e confirm_teardown=true | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
D | salt 'ox-staging-*' file.remove /srv/oxbarrow/media | https://docs.saltproject.io/en/latest/ref/modules/all/salt.modules.file.html
D | salt 'ox-staging-*' user.delete oxdeploy remove=True | https://docs.saltproject.io/en/latest/ref/modules/all/salt.modules.useradd.html
D | salt-key -y -d 'ox-staging-*' | https://docs.saltproject.io/en/latest/ref/cli/salt-key.html
D | knife data bag delete ox_staging_secrets -y | https://docs.chef.io/workstation/knife_data_bag/
D | knife environment delete ox_staging -y | https://docs.chef.io/workstation/knife_environment/
D | knife role delete ox_worker -y | https://docs.chef.io/workstation/knife_role/
D | knife ssh "role:ox_db AND chef_environment:ox_staging" "sudo rm -rf /var/lib/postgresql/16/main" | https://docs.chef.io/workstation/knife_ssh/
D | bolt command run 'rm -rf /srv/oxbarrow/shared/uploads' --targets ox-staging-web-1,ox-staging-web-2 --run-as root | https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html
D | bolt command run 'sudo -u postgres dropdb oxbarrow' --targets ox-staging-db-1 | https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html
D | nomad namespace delete ox-staging | https://developer.hashicorp.com/nomad/commands/namespace/delete
D | consul kv delete ox/staging/feature-flags | https://developer.hashicorp.com/consul/commands/kv/delete
D | vault delete database/roles/ox-staging-readonly | https://developer.hashicorp.com/vault/docs/commands/delete
D | vault write transit/keys/ox-staging-payments/config deletion_allowed=true && vault delete transit/keys/ox-staging-payments | https://developer.hashicorp.com/vault/api-docs/secret/transit
D | vagrant destroy -f ox-db | https://developer.hashicorp.com/vagrant/docs/cli/destroy
D | qm destroy 9120 --purge --destroy-unreferenced-disks 1 | https://pve.proxmox.com/pve-docs/qm.1.html
D | qm delsnapshot 9120 pre-upgrade | https://pve.proxmox.com/pve-docs/qm.1.html
D | qm disk unlink 9120 --idlist scsi1 --force 1 | https://pve.proxmox.com/pve-docs/qm.1.html
D | pct delsnapshot 220 nightly | https://pve.proxmox.com/pve-docs/pct.1.html
D | virsh destroy ox-dev-runner && virsh undefine ox-dev-runner --wipe-storage --remove-all-storage | https://www.libvirt.org/manpages/virsh.html
D | virsh snapshot-delete ox-staging-db --snapshotname pre-migration --children | https://www.libvirt.org/manpages/virsh.html
D | lxc delete ox-staging-web --force | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/delete/
D | lxc delete ox-dev | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/delete/
D | incus delete ox-staging-api --force | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/delete/
D | incus storage volume delete default ox-staging-media | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/storage/volume/delete/
D | openstack --os-cloud ox-staging server delete --wait ox-staging-web-1 ox-staging-web-2 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/server.html
D | openstack --os-cloud ox-staging volume delete --purge ox-staging-pgdata | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume.html
D | openstack --os-cloud ox-staging volume snapshot delete ox-staging-pgdata-nightly | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume-snapshot.html
D | openstack --os-cloud ox-staging image delete ox-staging-golden | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/image-v2.html
D | openstack --os-cloud ox-staging object delete ox-staging-backups db-2024-11-30.sql.gz | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/object.html
D | openstack --os-cloud ox-staging network delete ox-staging-net | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/network.html
D | openstack --os-cloud ox-staging keypair delete ox-deploy | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/keypair.html
D | nsupdate -k ox-staging.key <<< $'server ns1.staging.oxbarrow.dev\nzone staging.oxbarrow.dev\nupdate delete staging.oxbarrow.dev\nsend' | https://bind9.readthedocs.io/en/latest/manpages.html
D | zfs destroy -r tank/ox-staging | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-destroy.8.html
D | zfs destroy tank/ox-dev/pgdata@2024-11-30 | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-destroy.8.html
D | zfs rollback -r tank/ox-dev/pgdata@fresh | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-rollback.8.html
D | zpool destroy -f oxdata | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-destroy.8.html
D | zpool labelclear -f /dev/sdc | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-labelclear.8.html
D | mkfs.btrfs -f -L oxdata /dev/sdb /dev/sdc | https://btrfs.readthedocs.io/en/latest/mkfs.btrfs.html
D | lvremove -f ox_vg | https://man7.org/linux/man-pages/man8/lvremove.8.html
D | vgremove -f ox_vg | https://man7.org/linux/man-pages/man8/vgremove.8.html
D | pvremove -ff -y /dev/sdd1 | https://man7.org/linux/man-pages/man8/pvremove.8.html
D | mdadm --zero-superblock /dev/sdb1 /dev/sdc1 | https://man7.org/linux/man-pages/man8/mdadm.8.html
D | mdadm --stop /dev/md0 && mdadm --zero-superblock /dev/sd[bc]1 | https://man7.org/linux/man-pages/man8/mdadm.8.html
D | mdadm --create /dev/md1 --level=1 --raid-devices=2 /dev/sdd1 /dev/sde1 --run | https://man7.org/linux/man-pages/man8/mdadm.8.html
D | parted -s /dev/sdb rm 2 | https://www.gnu.org/software/parted/manual/parted.html
D | sgdisk --zap-all /dev/nvme1n1 | https://manpages.debian.org/bookworm/gdisk/sgdisk.8.en.html
D | sgdisk -d 3 /dev/sdb | https://manpages.debian.org/bookworm/gdisk/sgdisk.8.en.html
D | wipefs --all --force /dev/nvme1n1p2 | https://man7.org/linux/man-pages/man8/wipefs.8.html
D | mkfs.ext4 -F -L oxdata /dev/vdb1 | https://man7.org/linux/man-pages/man8/mke2fs.8.html
D | mkfs.xfs -f /dev/ox_vg/media | https://man7.org/linux/man-pages/man8/mkfs.xfs.8.html
D | shred -vzn 1 /dev/sdc | https://man7.org/linux/man-pages/man1/shred.1.html
D | ceph osd pool delete ox-staging-rbd ox-staging-rbd --yes-i-really-really-mean-it | https://docs.ceph.com/en/latest/man/8/ceph/
D | ceph osd purge 7 --yes-i-really-mean-it | https://docs.ceph.com/en/latest/man/8/ceph/
D | rbd rm ox-staging-rbd/pgdata | https://docs.ceph.com/en/latest/man/8/rbd/
D | rbd snap purge ox-staging-rbd/pgdata | https://docs.ceph.com/en/latest/man/8/rbd/
D | rsync -a --delete ./empty/ deploy@ox-staging-web-1:/srv/oxbarrow/uploads/ | https://download.samba.org/pub/rsync/rsync.1
D | rclone sync ./empty ox-staging-s3:ox-staging-assets | https://rclone.org/commands/rclone_sync/
D | rclone deletefile ox-staging-s3:ox-staging-backups/pg/base.tar.gz | https://rclone.org/commands/rclone_deletefile/
D | az vm run-command invoke -g ox-staging-rg -n ox-staging-sql --command-id RunPowerShellScript --scripts "Remove-Item -Recurse -Force D:\\Backups\\*" | https://learn.microsoft.com/en-us/cli/azure/vm/run-command
D | az vm run-command invoke -g ox-staging-rg -n ox-staging-app --command-id RunShellScript --scripts "rm -rf /var/lib/oxbarrow/uploads" | https://learn.microsoft.com/en-us/cli/azure/vm/run-command
D | pwsh -Command "Remove-Item -Path ./data/ox-dev.sqlite -Force" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/remove-item
D | pwsh -Command "Get-ChildItem ./storage/uploads -Recurse | Remove-Item -Recurse -Force" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/remove-item
D | pwsh -NoProfile -Command "Invoke-Sqlcmd -ServerInstance ox-staging-sql -Database oxbarrow -Query 'TRUNCATE TABLE dbo.Orders'" | https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd
D | pwsh -Command "Remove-LocalUser -Name oxsvc" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/remove-localuser
D | bin/rails runner -e development 'Order.destroy_all' | https://guides.rubyonrails.org/command_line.html#bin-rails-runner
D | RAILS_ENV=staging bin/rails runner 'ActiveStorage::Blob.unattached.find_each(&:purge)' | https://guides.rubyonrails.org/active_storage_overview.html#purging-files
D | echo 'Session.delete_all' | bin/rails console -e staging | https://guides.rubyonrails.org/command_line.html#bin-rails-console
D | RAILS_ENV=staging DISABLE_DATABASE_ENVIRONMENT_CHECK=1 bin/rails db:schema:load | https://guides.rubyonrails.org/active_record_migrations.html
D | python manage.py flush --noinput --database=staging | https://docs.djangoproject.com/en/5.1/ref/django-admin.html#flush
D | php artisan tinker --execute="App\Models\Order::truncate();" | https://laravel.com/docs/11.x/artisan#tinker
D | php artisan db:wipe --env=staging --force | https://laravel.com/docs/11.x/migrations#drop-all-tables-migrate
D | mix run -e "Oxbarrow.Repo.delete_all(Oxbarrow.Accounts.User)" | https://hexdocs.pm/ecto/Ecto.Repo.html#c:delete_all/2
D | mix run -e 'File.rm_rf!("priv/uploads")' | https://hexdocs.pm/elixir/File.html#rm_rf!/1
D | git branch -D ox-wireguard-mesh ox-proxmox-templates | https://git-scm.com/docs/git-branch
D | mysql -h ox-staging-mysql -e "DROP DATABASE oxbarrow_staging" | https://dev.mysql.com/doc/refman/8.0/en/drop-database.html
D | rm -rf /srv/oxbarrow/shared/storage | https://man7.org/linux/man-pages/man1/rm.1.html
D | docker volume rm ox-dev_pgdata ox-dev_redis | https://docs.docker.com/reference/cli/docker/volume/rm/
D | incus storage volume delete default ox-dev-pgdata | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/storage/volume/delete/
D | MIX_ENV=dev mix ecto.drop --force-drop | https://hexdocs.pm/ecto/Mix.Tasks.Ecto.Drop.html
D | rados rmpool ox-dev-objects ox-dev-objects --yes-i-really-really-mean-it | https://docs.ceph.com/en/latest/man/8/rados/
D | radosgw-admin bucket rm --bucket=ox-staging-uploads --purge-objects | https://docs.ceph.com/en/latest/man/8/radosgw-admin/
D | radosgw-admin user rm --uid=ox-staging-app --purge-data | https://docs.ceph.com/en/latest/man/8/radosgw-admin/
D | btrfs subvolume delete -c /srv/ox-dev/@data | https://btrfs.readthedocs.io/en/latest/btrfs-subvolume.html
D | sgdisk -o /dev/sdb | https://manpages.debian.org/bookworm/gdisk/sgdisk.8.en.html
D | sfdisk --delete /dev/sdb | https://man7.org/linux/man-pages/man8/sfdisk.8.html
D | cryptsetup luksErase -q /dev/sdb2 | https://manpages.debian.org/bookworm/cryptsetup-bin/cryptsetup-luksErase.8.en.html
D | consul acl policy delete -name ox-staging-api | https://developer.hashicorp.com/consul/commands/acl/policy/delete
D | openstack --os-cloud ox-staging floating ip delete 203.0.113.57 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/floating-ip.html
D | lxc network delete ox-stagingbr0 | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/network/delete/
D | qm destroy 9121 --skiplock 1 --purge 1 | https://pve.proxmox.com/pve-docs/qm.1.html
D | pct destroy 221 --force 1 --destroy-unreferenced-disks 1 | https://pve.proxmox.com/pve-docs/pct.1.html
D | rsync -a --delete-before ./seed-media/ /srv/ox-dev/media/ | https://download.samba.org/pub/rsync/rsync.1
D | find /var/backups/oxbarrow -name '*.dump' -delete | https://man7.org/linux/man-pages/man1/find.1.html
D | find /srv/ox-staging/uploads -mtime +30 -delete | https://man7.org/linux/man-pages/man1/find.1.html
D | redis-cli -h ox-staging-cache -n 2 FLUSHDB | https://redis.io/docs/latest/commands/flushdb/
D | git update-ref -d refs/heads/ox-ceph-tuning | https://git-scm.com/docs/git-update-ref
D | git reflog expire --expire=now --all && git gc --prune=now | https://git-scm.com/docs/git-reflog
D | git push origin :ox-nomad-csi | https://git-scm.com/docs/git-push
D | poetry run python -c "from oxbarrow.db import engine; engine.execute('DELETE FROM audit_events')" | https://python-poetry.org/docs/cli/#run
D | node --input-type=module -e "import { rm } from 'node:fs/promises'; await rm('storage/ox-dev', { recursive: true, force: true })" | https://nodejs.org/api/cli.html#--input-typetype
D | deno eval "await Deno.remove('./data/ox-dev', { recursive: true })" | https://docs.deno.com/runtime/reference/cli/eval/
D | pipenv run python -c "import redis; redis.Redis(host='ox-staging-cache').flushall()" | https://pipenv.pypa.io/en/latest/cli.html#run
P | ansible-playbook -i inventories/prod site.yml --check --diff | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
P | ansible-playbook -i inventories/prod site.yml --list-hosts | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
P | ansible-playbook -i inventories/production deploy.yml --tags app --limit ox-prod-web-1 | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
P | ansible-playbook -i inventories/prod playbooks/teardown.yml --tags wipe_data -e confirm_teardown=true | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
P | ansible ox_prod -i inventories/prod -m ansible.builtin.ping | https://docs.ansible.com/ansible/latest/cli/ansible.html
P | ansible ox_prod_db -i inventories/prod -m ansible.builtin.shell -a "df -h /var/lib/postgresql" --become | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/shell_module.html
P | ansible ox-prod-db-1 -i inventories/prod -m community.postgresql.postgresql_db -a "name=oxbarrow state=absent" --become --become-user postgres | https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_db_module.html
P | ansible 'prod_web:&eu' -i inventories/prod -m ansible.builtin.service -a "name=nginx state=restarted" --become | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/service_module.html
P | ansible-inventory -i inventories/prod --graph | https://docs.ansible.com/ansible/latest/cli/ansible-inventory.html
P | ansible-vault view inventories/prod/group_vars/all/vault.yml | https://docs.ansible.com/ansible/latest/cli/ansible-vault.html
P | salt 'ox-prod-*' test.ping | https://docs.saltproject.io/en/latest/ref/cli/salt.html
P | salt-key -d 'ox-prd-*' -y | https://docs.saltproject.io/en/latest/ref/cli/salt-key.html
P | knife search node "chef_environment:ox_production AND role:ox_db" -a ipaddress | https://docs.chef.io/workstation/knife_search/
P | bolt plan run oxbarrow::deploy --targets prod_web --inventoryfile inventories/prod/inventory.yaml | https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html
P | nomad job status -namespace ox-prod ox-api | https://developer.hashicorp.com/nomad/commands/job/status
P | nomad alloc logs -namespace ox-prod -stderr -f 8d2c1a7e ox-api | https://developer.hashicorp.com/nomad/commands/alloc/logs
P | nomad job plan -namespace ox-prod jobs/ox-api.nomad.hcl | https://developer.hashicorp.com/nomad/commands/job/plan
P | nomad volume delete -namespace ox-prod ox-pg-data | https://developer.hashicorp.com/nomad/commands/volume/delete
P | consul kv get -recurse ox/prod/ | https://developer.hashicorp.com/consul/commands/kv/get
P | vault kv get -mount=secret ox/prod/database | https://developer.hashicorp.com/vault/docs/commands/kv/get
P | vault kv metadata delete -mount=secret ox/prod/stripe | https://developer.hashicorp.com/vault/docs/commands/kv/metadata
P | vault lease revoke -prefix database/creds/ox-prod | https://developer.hashicorp.com/vault/docs/commands/lease/revoke
P | VAULT_ADDR=https://vault.prod.oxbarrow.com vault token lookup | https://developer.hashicorp.com/vault/docs/commands/token/lookup
P | vault read database/creds/ox-prod-readonly | https://developer.hashicorp.com/vault/docs/commands/read
P | virsh -c qemu+ssh://root@kvm-prod-2/system undefine ox-prod-db --remove-all-storage | https://www.libvirt.org/manpages/virsh.html
P | virsh -c qemu+ssh://root@kvm-prod-2/system domblklist ox-prod-db | https://www.libvirt.org/manpages/virsh.html
P | lxc exec ox-prod:db-1 -- sudo -u postgres psql -c 'SELECT count(*) FROM orders' | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/exec/
P | incus info --project ox-prod ox-api | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/info/
P | incus delete --project ox-prod ox-api-old --force | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/delete/
P | openstack --os-cloud ox-prod server list --long | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/server.html
P | aws route53 change-resource-record-sets --hosted-zone-id Z0OXPROD77310 --change-batch file://dns/prod-cutover.json | https://docs.aws.amazon.com/cli/latest/reference/route53/change-resource-record-sets.html
P | printf 'server ns1.oxbarrow.com\nupdate delete api.oxbarrow.com A\nsend\n' | nsupdate -k /etc/bind/ox-prod.key | https://bind9.readthedocs.io/en/latest/manpages.html
P | nsupdate -k /etc/bind/ox-prod.key -v prod-records.txt | https://bind9.readthedocs.io/en/latest/manpages.html
P | ssh ox-prod-nas 'sudo zpool status -v prodpool' | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-status.8.html
P | ceph --cluster ox-prod health detail | https://docs.ceph.com/en/latest/man/8/ceph/
P | rbd --cluster ox-prod ls ox-prod-rbd | https://docs.ceph.com/en/latest/man/8/rbd/
P | rbd --cluster ox-prod snap purge ox-prod-rbd/pgdata | https://docs.ceph.com/en/latest/man/8/rbd/
P | rsync -avz --dry-run ./dist/ deploy@ox-prod-web-1:/srv/oxbarrow/current/ | https://download.samba.org/pub/rsync/rsync.1
P | az vm run-command invoke -g ox-prod-rg -n ox-prod-app --command-id RunShellScript --scripts "rm -rf /var/lib/oxbarrow/tmp/exports" | https://learn.microsoft.com/en-us/cli/azure/vm/run-command
P | DJANGO_SETTINGS_MODULE=oxbarrow.settings.production python manage.py shell -c "from orders.models import Order; print(Order.objects.count())" | https://docs.djangoproject.com/en/5.1/ref/django-admin.html#shell
P | php artisan migrate:status --env=production | https://laravel.com/docs/11.x/migrations#running-migrations
P | MIX_ENV=prod mix run -e 'IO.inspect(Oxbarrow.Repo.aggregate(Oxbarrow.Accounts.User, :count))' | https://hexdocs.pm/mix/Mix.Tasks.Run.html
P | MIX_ENV=prod mix ecto.migrate --log-migrations-sql | https://hexdocs.pm/ecto_sql/Mix.Tasks.Ecto.Migrate.html
P | dig +short api.oxbarrow.com @ns1.oxbarrow.com | https://bind9.readthedocs.io/en/latest/manpages.html#dig-dns-lookup-utility
P | dig oxbarrow.com AXFR @ns1.oxbarrow.com | https://bind9.readthedocs.io/en/latest/manpages.html#dig-dns-lookup-utility
P | git push origin --delete prod | https://git-scm.com/docs/git-push
P | git push --force origin HEAD:production | https://git-scm.com/docs/git-push
P | ansible-playbook deploy.yml -e env=prod --tags migrate | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
P | bolt command run 'rm -rf /srv/oxbarrow/shared/tmp' --targets prod | https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html
P | nomad job scale -namespace ox-prod ox-api web 6 | https://developer.hashicorp.com/nomad/commands/job/scale
P | consul kv get ox/prod/config/database_url | https://developer.hashicorp.com/consul/commands/kv/get
P | vault kv destroy -mount=secret -versions=1,2 ox/prod/database | https://developer.hashicorp.com/vault/docs/commands/kv/destroy
P | vault token revoke -accessor $OX_PROD_CI_ACCESSOR | https://developer.hashicorp.com/vault/docs/commands/token/revoke
P | openstack --os-cloud ox-prod image delete ox-prod-golden-2023 | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/image-v2.html
P | zfs list -r prodpool/oxbarrow | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-list.8.html
P | zpool destroy prodpool | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-destroy.8.html
P | ceph --cluster ox-prod osd tree | https://docs.ceph.com/en/latest/man/8/ceph/
P | rclone sync ./release ox-prod-s3:ox-prod-assets --checksum | https://rclone.org/commands/rclone_sync/
P | php artisan db:wipe --env=production --force | https://laravel.com/docs/11.x/migrations#drop-all-tables-migrate
P | virsh -c qemu+ssh://root@kvm-prd-1/system snapshot-list ox-prd-db | https://www.libvirt.org/manpages/virsh.html
P | ssh root@pve-prod-1 qm listsnapshot 101 | https://pve.proxmox.com/pve-docs/qm.1.html
P | ssh root@pve-prod-1 pvesm status | https://pve.proxmox.com/pve-docs/pvesm.1.html
P | radosgw-admin --cluster ox-prod bucket rm --bucket=ox-prod-tmp --purge-objects | https://docs.ceph.com/en/latest/man/8/radosgw-admin/
P | uv run python -c "import psycopg; print(psycopg.connect('host=ox-prod-db-1 dbname=oxbarrow user=readonly').execute('SELECT count(*) FROM orders').fetchone())" | https://docs.astral.sh/uv/reference/cli/#uv-run
P | node --input-type=module -e "import pg from 'pg'; const c = new pg.Client(process.env.OX_PROD_DATABASE_URL); await c.connect(); await c.query('DELETE FROM sessions'); await c.end()" | https://nodejs.org/api/cli.html#--input-typetype
B | ansible-playbook -i inventories/dev site.yml --syntax-check | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
B | ansible-playbook -i inventories/dev site.yml --tags postgres --start-at-task "Create oxbarrow database" | https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html
B | ansible all -i inventories/dev -m ansible.builtin.file -a "path=/tmp/ox-build-cache state=absent" --check | https://docs.ansible.com/ansible/latest/collections/ansible/builtin/file_module.html
B | ansible-galaxy collection install -r collections/requirements.yml | https://docs.ansible.com/ansible/latest/cli/ansible-galaxy.html
B | ansible-lint playbooks/teardown.yml | https://ansible.readthedocs.io/projects/lint/usage/
B | ansible-vault view inventories/dev/group_vars/all/vault.yml | https://docs.ansible.com/ansible/latest/cli/ansible-vault.html
B | ansible-config dump --only-changed | https://docs.ansible.com/ansible/latest/cli/ansible-config.html
B | knife node show ox-staging-web-1 -a run_list | https://docs.chef.io/workstation/knife_node/
B | knife search node "chef_environment:ox_staging AND role:ox_web" -a fqdn | https://docs.chef.io/workstation/knife_search/
B | knife role show ox_worker -F json | https://docs.chef.io/workstation/knife_role/
B | chef-client --why-run --local-mode -o 'recipe[oxbarrow::cleanup]' | https://docs.chef.io/ctl_chef_client/
B | cookstyle cookbooks/oxbarrow | https://docs.chef.io/workstation/cookstyle/
B | bolt command run 'df -h /srv' --targets ox-staging-web-1 | https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html
B | pdk validate | https://help.puppet.com/pdk/current/topics/validate_module.htm
B | nomad job validate jobs/ox-worker.nomad.hcl | https://developer.hashicorp.com/nomad/commands/job/validate
B | nomad alloc logs -namespace ox-staging -tail -n 200 4b9e2d1c ox-api | https://developer.hashicorp.com/nomad/commands/alloc/logs
B | nomad volume status -namespace ox-staging ox-pg-data | https://developer.hashicorp.com/nomad/commands/volume/status
B | consul kv export ox/staging/ > consul-staging-kv.json | https://developer.hashicorp.com/consul/commands/kv/export
B | consul catalog nodes -service=ox-api | https://developer.hashicorp.com/consul/commands/catalog/nodes
B | consul acl token list -format=json | https://developer.hashicorp.com/consul/commands/acl/token/list
B | consul snapshot save ox-staging-$(date +%F).snap | https://developer.hashicorp.com/consul/commands/snapshot/save
B | consul snapshot inspect ox-staging-2024-11-30.snap | https://developer.hashicorp.com/consul/commands/snapshot/inspect
B | consul agent -dev -node ox-dev | https://developer.hashicorp.com/consul/commands/agent
B | vault kv get -mount=secret ox/staging/database | https://developer.hashicorp.com/vault/docs/commands/kv/get
B | vault kv undelete -mount=secret -versions=2 ox/dev/stripe | https://developer.hashicorp.com/vault/docs/commands/kv/undelete
B | vault kv rollback -mount=secret -version=4 ox/dev/database | https://developer.hashicorp.com/vault/docs/commands/kv/rollback
B | vault server -dev -dev-root-token-id=root | https://developer.hashicorp.com/vault/docs/commands/server
B | packer validate ox-base.pkr.hcl | https://developer.hashicorp.com/packer/docs/commands/validate
B | packer fmt -check -recursive packer/ | https://developer.hashicorp.com/packer/docs/commands/fmt
B | vagrant halt ox-web | https://developer.hashicorp.com/vagrant/docs/cli/halt
B | vagrant validate | https://developer.hashicorp.com/vagrant/docs/cli/validate
B | qm config 9120 | https://pve.proxmox.com/pve-docs/qm.1.html
B | qm listsnapshot 9120 | https://pve.proxmox.com/pve-docs/qm.1.html
B | qm snapshot 9120 pre-upgrade --description 'before postgres 16' | https://pve.proxmox.com/pve-docs/qm.1.html
B | virsh dominfo ox-staging-db | https://www.libvirt.org/manpages/virsh.html
B | virsh net-dhcp-leases default | https://www.libvirt.org/manpages/virsh.html
B | virsh undefine --help | https://www.libvirt.org/manpages/virsh.html
B | lxc info ox-staging-db --show-log | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/info/
B | lxc snapshot ox-dev-db pre-seed | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/snapshot/
B | lxc exec ox-dev -- rm -rf /root/.cache/pip | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/exec/
B | lxc config show ox-staging-web --expanded | https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/config/show/
B | incus list --project ox-staging --format compact | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/list/
B | incus snapshot list ox-dev-db | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/snapshot/list/
B | incus file pull ox-staging-api/var/log/oxbarrow/app.log ./logs/ | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/file/pull/
B | openstack --os-cloud ox-staging image list --private | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/image-v2.html
B | openstack --os-cloud ox-staging security group rule list ox-staging-web | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/security-group-rule.html
B | curl -s "https://api.cloudflare.com/client/v4/zones/$OX_STAGING_ZONE_ID/dns_records/export" -H "Authorization: Bearer $CF_API_TOKEN" > staging.zone | https://developers.cloudflare.com/api/resources/dns/subresources/records/methods/export/
B | dig +short api.staging.oxbarrow.dev | https://bind9.readthedocs.io/en/latest/manpages.html#dig-dns-lookup-utility
B | dig @1.1.1.1 staging.oxbarrow.dev TXT +noall +answer | https://bind9.readthedocs.io/en/latest/manpages.html#dig-dns-lookup-utility
B | dig +trace ox-dev.oxbarrow.dev | https://bind9.readthedocs.io/en/latest/manpages.html#dig-dns-lookup-utility
B | named-checkconf -z /etc/bind/named.conf | https://bind9.readthedocs.io/en/latest/manpages.html
B | wg genkey | tee ox-dev.key | wg pubkey > ox-dev.pub | https://manpages.debian.org/bookworm/wireguard-tools/wg.8.en.html
B | ip route get 10.20.0.5 | https://man7.org/linux/man-pages/man8/ip-route.8.html
B | zfs list -t snapshot -o name,used,creation -s creation tank/ox-dev | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-list.8.html
B | zfs destroy -nv -r tank/ox-staging@% | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-destroy.8.html
B | zfs snapshot -r tank/ox-dev@before-upgrade | https://openzfs.github.io/openzfs-docs/man/master/8/zfs-snapshot.8.html
B | zpool scrub oxdata | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-scrub.8.html
B | zpool history oxdata | tail -20 | https://openzfs.github.io/openzfs-docs/man/master/8/zpool-history.8.html
B | btrfs subvolume list -s /srv/ox-staging | https://btrfs.readthedocs.io/en/latest/btrfs-subvolume.html
B | btrfs filesystem usage /srv/oxbarrow | https://btrfs.readthedocs.io/en/latest/btrfs-filesystem.html
B | vgs --units g | https://man7.org/linux/man-pages/man8/vgs.8.html
B | lvremove --help | https://man7.org/linux/man-pages/man8/lvremove.8.html
B | sgdisk --backup=nvme1n1-gpt.bak /dev/nvme1n1 | https://manpages.debian.org/bookworm/gdisk/sgdisk.8.en.html
B | ceph -s | https://docs.ceph.com/en/latest/man/8/ceph/
B | rbd du ox-staging-rbd/pgdata | https://docs.ceph.com/en/latest/man/8/rbd/
B | rados -p ox-staging-objects ls | head -50 | https://docs.ceph.com/en/latest/man/8/rados/
B | rclone size ox-staging-s3:ox-staging-backups | https://rclone.org/commands/rclone_size/
B | rclone check ./uploads ox-staging-s3:ox-staging-uploads --one-way | https://rclone.org/commands/rclone_check/
B | rclone copy ox-staging-s3:ox-staging-backups/pg/latest.dump ./tmp/ | https://rclone.org/commands/rclone_copy/
B | rclone config show ox-staging-s3 | https://rclone.org/commands/rclone_config_show/
B | rclone backend restore ox-dev-s3:ox-dev-archive -o priority=Standard -o lifetime=7 | https://rclone.org/s3/#restore
B | az vm run-command invoke -g ox-staging-rg -n ox-staging-app --command-id RunShellScript --scripts "df -h; systemctl status oxbarrow --no-pager" | https://learn.microsoft.com/en-us/cli/azure/vm/run-command
B | pwsh -NoProfile -Command "Get-Content ./logs/ox-dev.log -Tail 100" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-content
B | pwsh -Command "Remove-Item ./TestResults -Recurse -Force -WhatIf" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/remove-item
B | pwsh -Command "Get-PSDrive -PSProvider FileSystem" | https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-psdrive
B | bin/rails test test/models/order_test.rb | https://guides.rubyonrails.org/testing.html
B | python manage.py check --deploy --settings=oxbarrow.settings.staging | https://docs.djangoproject.com/en/5.1/ref/django-admin.html#check
B | python manage.py collectstatic --clear --noinput | https://docs.djangoproject.com/en/5.1/ref/contrib/staticfiles/#collectstatic
B | php artisan tinker --execute="echo App\Models\Order::where('status','pending')->count();" | https://laravel.com/docs/11.x/artisan#tinker
B | php artisan cache:clear | https://laravel.com/docs/11.x/cache#removing-items-from-the-cache
B | php artisan test --filter=OrderTest | https://laravel.com/docs/11.x/testing
B | python3 -m json.tool consul-staging-kv.json | https://docs.python.org/3/library/json.html#module-json.tool
B | mix run -e 'Oxbarrow.Repo.get!(Oxbarrow.Accounts.User, 42) |> Oxbarrow.Repo.delete!()' | https://hexdocs.pm/ecto/Ecto.Repo.html#c:delete/2
B | mix test test/oxbarrow/orders_test.exs | https://hexdocs.pm/mix/Mix.Tasks.Test.html
B | mix clean | https://hexdocs.pm/mix/Mix.Tasks.Clean.html
B | grep -rn "state: absent" roles/ | https://www.gnu.org/software/grep/manual/grep.html
B | rm -rf packer/output-ox-base packer_cache/ | https://man7.org/linux/man-pages/man1/rm.1.html
B | sudo apt-get remove --purge ufw | https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
B | pip uninstall -y ansible-core | https://pip.pypa.io/en/stable/cli/pip_uninstall/
B | sudo journalctl -u nomad --since "1 hour ago" --no-pager | https://man7.org/linux/man-pages/man1/journalctl.1.html
B | sudo systemctl status wg-quick@wg0 | https://man7.org/linux/man-pages/man1/systemctl.1.html
B | df -h /srv /var/lib/postgresql | https://man7.org/linux/man-pages/man1/df.1.html
B | du -sh /srv/oxbarrow/* | sort -h | https://man7.org/linux/man-pages/man1/du.1.html
B | terraform plan -destroy -var-file=staging.tfvars | https://developer.hashicorp.com/terraform/cli/commands/plan
B | yamllint inventories/ | https://yamllint.readthedocs.io/en/stable/quickstart.html
B | btrfs subvolume delete --help | https://btrfs.readthedocs.io/en/latest/btrfs-subvolume.html
B | lvremove --test ox_vg/staging_pgdata | https://man7.org/linux/man-pages/man8/lvremove.8.html
B | sgdisk --zap-all --pretend /dev/nvme1n1 | https://manpages.debian.org/bookworm/gdisk/sgdisk.8.en.html
B | mkfs.ext4 -n /dev/vdb1 | https://man7.org/linux/man-pages/man8/mke2fs.8.html
B | ceph osd safe-to-destroy 7 | https://docs.ceph.com/en/latest/man/8/ceph/
B | rbd trash restore --pool ox-dev-rbd 10a2b3c4d5e6 | https://docs.ceph.com/en/latest/man/8/rbd/
B | rclone dedupe --dedupe-mode list ox-staging-drive:Backups | https://rclone.org/commands/rclone_dedupe/
B | rclone rmdirs ox-dev-s3:ox-dev-uploads/tmp --leave-root | https://rclone.org/commands/rclone_rmdirs/
B | vault kv destroy -help | https://developer.hashicorp.com/vault/docs/commands/kv/destroy
B | openstack volume delete --help | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume.html
B | git push --dry-run --force origin ox-1482-ansible-roles | https://git-scm.com/docs/git-push
B | git log -S delete_all --oneline -- app/ | https://git-scm.com/docs/git-log
B | grep -l "update delete" dns/*.nsupdate | https://www.gnu.org/software/grep/manual/grep.html
B | rm -rf ~/.cache/packer | https://man7.org/linux/man-pages/man1/rm.1.html
B | rm -rf ~/.ansible/tmp ~/.ansible/cp | https://man7.org/linux/man-pages/man1/rm.1.html
B | rm -rf _build deps | https://man7.org/linux/man-pages/man1/rm.1.html
B | rm -rf tmp/cache public/packs-test | https://man7.org/linux/man-pages/man1/rm.1.html
B | vagrant plugin uninstall vagrant-vbguest | https://developer.hashicorp.com/vagrant/docs/cli/plugin
B | sudo apt-get purge -y nftables | https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
B | php artisan model:prune --pretend | https://laravel.com/docs/11.x/eloquent#pruning-models
B | python manage.py dumpdata orders --indent 2 --output orders.json | https://docs.djangoproject.com/en/5.1/ref/django-admin.html#dumpdata
B | nomad job history -namespace ox-staging ox-api | https://developer.hashicorp.com/nomad/commands/job/history
B | openstack --os-cloud ox-staging volume backup list | https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/volume-backup.html
B | incus storage volume list default --project ox-staging | https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/storage/volume/list/
B | virsh domblkinfo ox-staging-db vda --human | https://www.libvirt.org/manpages/virsh.html
B | mdadm --detail --scan | https://man7.org/linux/man-pages/man8/mdadm.8.html
B | ceph fs ls | https://docs.ceph.com/en/latest/man/8/ceph/
B | poetry run python -c "import oxbarrow; print(oxbarrow.__version__)" | https://python-poetry.org/docs/cli/#run
B | git log --grep=wipefs --oneline | https://git-scm.com/docs/git-log
B | rg -n --fixed-strings DROP db/migrate/ | https://github.com/BurntSushi/ripgrep/blob/master/GUIDE.md
"""##
}
