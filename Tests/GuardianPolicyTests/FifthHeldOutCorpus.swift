// The fifth held-out corpus: written after the fourth held-out corpus (FourthHeldOutCorpus) had
// been read by rule authors, and committed before any rule was changed for the classes that
// corpus missed. Lines come from public CLI documentation, man pages, the tldr pages
// (github.com/tldr-pages/tldr, pages read at commit 08e345f), provider references and runbooks;
// where a documented command has a placeholder (`{{cluster_name}}`, `[-y|--yes]`) a concrete
// value or one spelling was filled in, and for some lines that value is an environment's name
// (`tk apply environments/prod`). It covers tool families and spellings none of the earlier
// corpora has: kops, Linode, Scaleway, Vultr, Yandex Cloud, Alibaba Cloud, Tencent Cloud, OCI,
// Civo, Equinix Metal, UpCloud, XenServer (xe), Fastly, Algolia, Confluent, MongoDB Atlas,
// Pulsar, Temporal, Tekton, Knative, Istio, Linkerd, CloudNativePG, Sanity, Contentful, Shopify,
// Amplify, EAS, Convex, Deno Deploy, Hasura, Drizzle, dbt targets, Tanka, Helmsman, Atmos,
// Terramate, Spacelift, Waypoint, Garden, Okteto, Coder, DevPod, Spinnaker, tsuru, Koyeb,
// Colmena, NixOps, morph, nixos-rebuild, MLflow, lakeFS, Prefect, JFrog, regctl, gcrane,
// Couchbase, mysqladmin, pg_resetwal, pg_archivecleanup, pg_dropcluster, ZooKeeper, SQL*Plus,
// Dolt, git-annex, Fossil, Perforce, Bazaar, darcs, Meilisearch, Qdrant, Prometheus's admin API,
// s5cmd, duplicacy, skicka, duplicate finders (rdfind, jdupes, fclones, czkawka), disk and
// snapshot tools (sfdisk, badblocks, hdparm, ddrescue, ndctl, stratis, bcachefs, snapper,
// timeshift, efibootmgr), containers (crictl, nerdctl, toolbox, distrobox, nixos-container),
// secret injectors (Infisical, chamber), ssh-like programs (tsh, pdsh, clush, sshpass, pssh,
// gcloud compute ssh, az ssh, eb ssh, kitten ssh, Eternal Terminal), Docker contexts and
// Spring profiles. Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging
//   P  names another environment (production): must be denied under staging
//   B  benign, including hard negatives (help; dry runs in each tool's own spelling:
//      `-dryrun true`, `-n`, `--dryRun`, `dry-activate`, a `kops delete cluster` without
//      `--yes`; listing modes of destroying tools such as `gcrane gc`; read-only modes of
//      device tools; cache cleanups; reads of staging resources): must be allowed (allow or
//      audit) under dev
//
// Its test prints totals only. Do not edit the lines, and do not add rules for the lines it
// misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class in
// the tuning corpus.

enum FifthHeldOutCorpus {
    static let lines = ##"""
D | kops delete cluster k8s.example.com --yes | https://github.com/tldr-pages/tldr/blob/main/pages/common/kops.md
D | linode-cli linodes delete 12345678 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-linodes.md
D | linode-cli lke clusters delete 4567 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-lke.md
D | linode-cli volumes delete 98765 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-volumes.md
D | linode-cli object-storage buckets delete us-east-1 media-uploads | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-object-storage.md
D | linode-cli domains delete 1234 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-domains.md
D | linode-cli domains records-delete 1234 5678 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-domains.md
D | linode-cli object-storage keys revoke 42 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-object-storage.md
D | fossil rm --hard src/legacy | https://github.com/tldr-pages/tldr/blob/main/pages/common/fossil-delete.md
D | pg_resetwal -D /var/lib/postgresql/16/main -f | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_resetwal.md
D | rdfind -deleteduplicates true -ignoreempty false ~/Photos | https://github.com/tldr-pages/tldr/blob/main/pages/common/rdfind.md
D | jdupes --delete --recurse ~/Downloads | https://github.com/tldr-pages/tldr/blob/main/pages/common/jdupes.md
D | fclones remove --priority newest | https://github.com/tldr-pages/tldr/blob/main/pages/common/fclones.md
D | czkawka_cli dup --directories ~/Pictures --delete-method AEN | https://github.com/tldr-pages/tldr/blob/main/pages/common/czkawka_cli.md
D | ipfs pin rm QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG | https://github.com/tldr-pages/tldr/blob/main/pages/common/ipfs.md
D | k3s-uninstall.sh | https://github.com/tldr-pages/tldr/blob/main/pages/common/k3s.md
D | pvesm free local:iso/archlinux-2025.08.01-x86_64.iso | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pvesm.md
D | qmrestore vzdump-qemu-100.vma.lzo 100 --force true | https://github.com/tldr-pages/tldr/blob/main/pages/linux/qmrestore.md
D | stratis filesystem destroy pool1 vol1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/stratis.md
D | ddrescue --force --no-scrape /dev/sdb /dev/sdc rescue.log | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ddrescue.md
D | ndctl destroy-namespace --force namespace0.0 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ndctl.md
D | efibootmgr --delete-bootnum --bootnum 0008 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/efibootmgr.md
D | toolbox rm --all --force | https://github.com/tldr-pages/tldr/blob/main/pages/linux/toolbox-rm.md
D | distrobox-rm ubuntu-box --force | https://github.com/tldr-pages/tldr/blob/main/pages/linux/distrobox-rm.md
D | nixos-container destroy webserver | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nixos-container.md
D | homectl remove alice | https://github.com/tldr-pages/tldr/blob/main/pages/linux/homectl.md
D | steamos-factory-reset | https://github.com/tldr-pages/tldr/blob/main/pages/linux/steamos-factory-reset.md
D | snapper -c root delete 42 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/snapper.md
D | snapper --config home delete 10-20 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/snapper.md
D | sfdisk --delete /dev/sdb 2 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/sfdisk.md
D | badblocks -svw /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/common/badblocks.md
D | badblocks -w -b 4096 -c 65536 /dev/sdc | https://github.com/tldr-pages/tldr/blob/main/pages/common/badblocks.md
D | timeshift --delete --snapshot '2024-01-15_10-00-01' | https://github.com/tldr-pages/tldr/blob/main/pages/linux/timeshift.md
D | timeshift --restore --snapshot '2024-01-15_10-00-01' | https://github.com/tldr-pages/tldr/blob/main/pages/linux/timeshift.md
D | kaggle datasets delete alice/housing-prices | https://github.com/tldr-pages/tldr/blob/main/pages/common/kaggle-datasets.md
D | bcachefs device remove /dev/sdc | https://github.com/tldr-pages/tldr/blob/main/pages/linux/bcachefs-device.md
D | pg_archivecleanup /mnt/server/archivedir 000000010000003700000010 | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_archivecleanup.md
D | ko delete -f config/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/ko.md
D | meteor reset | https://docs.meteor.com/cli/#meteorreset
D | dolt sql -q "DROP TABLE employees" | https://docs.dolthub.com/cli-reference/cli#dolt-sql
D | dolt reset --hard | https://docs.dolthub.com/cli-reference/cli#dolt-reset
D | dolt checkout employees | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt-checkout.md
D | dolt branch -D feature-x | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt-branch.md
D | git annex drop --force big.iso | https://git-annex.branchable.com/git-annex-drop/
D | hdparm --user-master u --security-erase p /dev/sdb | https://ata.wiki.kernel.org/index.php/ATA_Secure_Erase
D | pg_restore --clean -d app app.dump | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_restore.md
D | mongorestore --drop --db shop dump/shop | https://www.mongodb.com/docs/database-tools/mongorestore/#std-option-mongorestore.--drop
D | duplicacy prune -exclusive -r 1-100 | https://github.com/tldr-pages/tldr/blob/main/pages/common/duplicacy.md
D | duplicacy prune -keep 0:30 | https://github.com/tldr-pages/tldr/blob/main/pages/common/duplicacy.md
D | skicka rm -r /Backups/2023 | https://github.com/tldr-pages/tldr/blob/main/pages/common/skicka.md
D | scw instance server delete 11111111-1111-1111-1111-111111111111 with-volumes=all with-ip=true | https://cli.scaleway.com/instance/#delete-server
D | scw rdb instance delete 11111111-1111-1111-1111-111111111111 | https://cli.scaleway.com/rdb/#delete-a-database-instance
D | scw object bucket delete media-uploads | https://cli.scaleway.com/object/#delete-an-s3-bucket
D | scw k8s cluster delete 11111111-1111-1111-1111-111111111111 with-additional-resources=true | https://cli.scaleway.com/k8s/#delete-a-cluster
D | vultr-cli instance delete cb676a46-66fd-4dfb-b839-443f2e6c0b60 | https://docs.vultr.com/reference/vultr-cli/instance/delete
D | vultr-cli block-storage delete 9b2ecc5a-1c8c-4a0e-9d6b-2d4f1b1f7a33 | https://docs.vultr.com/reference/vultr-cli/block-storage/delete
D | vultr-cli database delete 4b3c2a1d-0e9f-4a8b-b7c6-d5e4f3a2b1c0 | https://docs.vultr.com/reference/vultr-cli/database/delete
D | yc compute instance delete my-vm | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/compute/instance/delete
D | yc managed-postgresql cluster delete orders-pg | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/managed-postgresql/cluster/delete
D | yc storage bucket delete --name media-uploads | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/storage/bucket/delete
D | aliyun ecs DeleteInstance --InstanceId i-bp67acfmxazb4ph3 --Force true | https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-deleteinstance
D | aliyun oss rm oss://media-uploads/logs/ -r -f | https://www.alibabacloud.com/help/en/oss/developer-reference/rm
D | aliyun rds DeleteDBInstance --DBInstanceId rm-uf6wjk5xxxxxxx | https://www.alibabacloud.com/help/en/rds/developer-reference/api-rds-2014-08-15-deletedbinstance
D | tccli cvm TerminateInstances --InstanceIds '["ins-r8hr2upy"]' | https://www.tencentcloud.com/document/product/213/15723
D | tccli cos DeleteBucket --Bucket media-1250000000 --Region ap-guangzhou | https://www.tencentcloud.com/document/product/1013/33464
D | oci compute instance terminate --instance-id ocid1.instance.oc1.iad.aaaa --preserve-boot-volume false --force | https://docs.oracle.com/en-us/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/compute/instance/terminate.html
D | oci os bucket delete --bucket-name media-uploads --empty --force | https://docs.oracle.com/en-us/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/os/bucket/delete.html
D | civo instance remove web-1 | https://www.civo.com/docs/overview/civo-cli
D | civo kubernetes remove my-cluster --yes | https://www.civo.com/docs/kubernetes/managing-clusters/delete
D | metal device delete -i 5d3e1f9c-8b0a-4f6e-9c2d-1a7b3e5f8d0c -f | https://deploy.equinix.com/developers/docs/metal/libraries/cli/
D | upctl server delete web-1 --delete-storages | https://upcloudltd.github.io/upcloud-cli/latest/commands_reference/upctl_server/delete/
D | fastly service delete --service-id SU1Z0isxPaozGVKXdv0eY --force | https://www.fastly.com/documentation/reference/cli/service/delete/
D | algolia indices delete products --confirm | https://www.algolia.com/doc/tools/cli/commands/algolia-indices/
D | algolia indices clear products --confirm | https://www.algolia.com/doc/tools/cli/commands/algolia-indices/
D | confluent kafka topic delete orders --cluster lkc-123456 --force | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_delete.html
D | confluent kafka cluster delete lkc-123456 --force | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/cluster/confluent_kafka_cluster_delete.html
D | atlas clusters delete myCluster --projectId 5e2211c17a3e5a48f5497de3 --force | https://www.mongodb.com/docs/atlas/cli/current/command/atlas-clusters-delete/
D | pulsar-admin topics delete persistent://public/default/orders -f | https://pulsar.apache.org/reference/#/next/pulsar-admin/topics/delete
D | pulsar-admin namespaces delete public/analytics | https://pulsar.apache.org/reference/#/next/pulsar-admin/namespaces/delete
D | temporal workflow terminate --workflow-id order-42 --reason "cleanup" | https://docs.temporal.io/cli/workflow#terminate
D | temporal workflow delete --workflow-id order-42 | https://docs.temporal.io/cli/workflow#delete
D | tkn pipelinerun delete --all -f | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_delete.md
D | tkn pipeline delete build-pipeline -f | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipeline_delete.md
D | kn service delete hello | https://github.com/knative/client/blob/main/docs/cmd/kn_service_delete.md
D | istioctl uninstall --purge -y | https://istio.io/latest/docs/setup/install/istioctl/#uninstall-istio
D | kubectl cnpg destroy cluster-example 2 | https://cloudnative-pg.io/documentation/current/kubectl-plugin/#destroy
D | sanity dataset delete old-dataset | https://www.sanity.io/docs/cli-reference/dataset
D | contentful space delete --space-id abc123 --yes | https://github.com/contentful/contentful-cli/tree/main/docs/space/delete
D | contentful space environment delete --environment-id feature-x | https://github.com/contentful/contentful-cli/tree/main/docs/space/environment/delete
D | shopify theme delete --theme 123456789 --force | https://shopify.dev/docs/api/shopify-cli/theme/theme-delete
D | amplify delete --force | https://docs.amplify.aws/gen1/javascript/tools/cli/commands/delete/
D | amplify env remove test | https://docs.amplify.aws/gen1/javascript/tools/cli/teams/commands/
D | hasura migrate delete --all --server | https://hasura.io/docs/2.0/hasura-cli/commands/hasura_migrate_delete/
D | npx convex import --replace snapshot.zip | https://docs.convex.dev/database/import-export/import
D | coder delete my-workspace --yes | https://coder.com/docs/reference/cli/delete
D | devpod delete my-workspace --force | https://devpod.sh/docs/developing-in-workspaces/delete-a-workspace
D | okteto destroy --volumes | https://www.okteto.com/docs/reference/okteto-cli/#destroy
D | okteto namespace delete feature-123 | https://www.okteto.com/docs/reference/okteto-cli/#namespace
D | garden cleanup namespace | https://docs.garden.io/reference/commands#garden-cleanup-namespace
D | spin application delete myapp | https://spinnaker.io/docs/reference/cli/#spin-application-delete
D | waypoint destroy -auto-approve | https://developer.hashicorp.com/waypoint/commands/destroy
D | atmos terraform destroy vpc -s plat-ue2-dev | https://atmos.tools/cli/commands/terraform/usage
D | terramate run -- terraform destroy -auto-approve | https://terramate.io/docs/cli/reference/cmdline/run
D | nixops destroy -d mynetwork | https://releases.nixos.org/nixops/latest/manual/manual.html
D | mlflow gc --backend-store-uri sqlite:///mlflow.db | https://mlflow.org/docs/latest/cli.html#mlflow-gc
D | mlflow experiments delete --experiment-id 3 | https://mlflow.org/docs/latest/cli.html#mlflow-experiments-delete
D | lakectl branch delete lakefs://example-repo/feature-x --yes | https://docs.lakefs.io/reference/cli.html#lakectl-branch-delete
D | lakectl fs rm --recursive lakefs://example-repo/main/raw/ | https://docs.lakefs.io/reference/cli.html#lakectl-fs-rm
D | prefect deployment delete etl/daily | https://docs.prefect.io/v3/api-ref/cli/deployment
D | prefect work-pool delete my-pool | https://docs.prefect.io/v3/api-ref/cli/work-pool
D | jf rt del "generic-local/builds/*" --quiet | https://docs.jfrog-applications.jfrog.io/jfrog-applications/jfrog-cli/cli-for-jfrog-artifactory/generic-files
D | regctl tag delete registry.example.com/app:v1 | https://github.com/regclient/regclient/blob/main/docs/regctl.md
D | couchbase-cli bucket-delete -c localhost:8091 -u Administrator -p password --bucket travel-sample | https://docs.couchbase.com/server/current/cli/cbcli/couchbase-cli-bucket-delete.html
D | couchbase-cli bucket-flush -c localhost:8091 -u Administrator -p password --bucket travel-sample --force | https://docs.couchbase.com/server/current/cli/cbcli/couchbase-cli-bucket-flush.html
D | mysqladmin -u root -p drop shop | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
D | mysqladmin -u root -p -f drop shop | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
D | pg_dropcluster --stop 16 main | https://manpages.debian.org/testing/postgresql-common/pg_dropcluster.1.en.html
D | zkCli.sh -server localhost:2181 deleteall /kafka | https://zookeeper.apache.org/doc/current/zookeeperCLI.html
D | curl -X POST -g 'http://localhost:9090/api/v1/admin/tsdb/delete_series?match[]=up' | https://prometheus.io/docs/prometheus/latest/querying/api/#delete-series
D | curl -X DELETE 'http://localhost:7700/indexes/movies' | https://www.meilisearch.com/docs/reference/api/indexes#delete-an-index
D | curl -X DELETE "http://localhost:6333/collections/test_collection" | https://qdrant.tech/documentation/concepts/collections/#delete-collection
D | s5cmd rm 's3://media-uploads/logs/*' | https://github.com/peak/s5cmd#delete-multiple-s3-objects
D | s5cmd rb s3://media-uploads | https://github.com/peak/s5cmd
D | s5cmd sync --delete dist/ s3://media-uploads/site/ | https://github.com/peak/s5cmd#sync
D | xe vm-uninstall uuid=8f3c1d2e-4b5a-6c7d-8e9f-0a1b2c3d4e5f force=true | https://docs.xenserver.com/en-us/xenserver/8/command-line-interface.html
D | xe vdi-destroy uuid=2a4b6c8d-0e1f-2a3b-4c5d-6e7f8a9b0c1d | https://docs.xenserver.com/en-us/xenserver/8/command-line-interface.html
D | p4 revert //depot/main/... | https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_revert.html
D | p4 obliterate -y //depot/old/... | https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_obliterate.html
D | bzr revert | https://www.breezy-vcs.org/doc/en/user-reference/revert-help.html
D | darcs revert -a | https://darcs.net/manual/Darcs_commands.html#darcs-revert
D | tsuru app remove -a myapp -y | https://docs.tsuru.io/stable/reference/tsuru-client.html
D | koyeb apps delete my-app | https://www.koyeb.com/docs/build-and-deploy/cli/reference#koyeb-apps-delete
D | twilio api:core:incoming-phone-numbers:remove --sid PN2a0747eba6abf96b7e3c3ff0b4530f6e | https://www.twilio.com/docs/twilio-cli/general-usage
D | sentry-cli releases delete 1.0.0 | https://docs.sentry.io/cli/releases/
P | infisical run --env=prod --path=/apps/backend -- flask run | https://www.infisical.com/docs/cli/usage
P | infisical secrets --env=prod | https://www.infisical.com/docs/cli/commands/secrets
P | infisical export --env=prod --format=dotenv | https://infisical.com/docs/cli/commands/export
P | chamber exec production -- ./bin/migrate | https://github.com/segmentio/chamber
P | chamber read production db_password | https://github.com/segmentio/chamber
P | tsh ssh root@prod-db-1 | https://goteleport.com/docs/reference/cli/tsh
P | tsh kube login prod-eks | https://goteleport.com/docs/reference/cli/tsh
P | tsh db connect --db-user=alice --db-name=orders prod-postgres | https://goteleport.com/docs/reference/cli/tsh
P | pdsh -w prod-web[01-04] uptime | https://github.com/chaos/pdsh
P | clush -w @production 'systemctl restart nginx' | https://clustershell.readthedocs.io/en/latest/tools/clush.html
P | sshpass -f ~/.pw ssh -o StrictHostKeyChecking=no deploy@prod-app-01 "sudo systemctl restart app" | https://github.com/tldr-pages/tldr/blob/main/pages/common/sshpass.md
P | pssh -i -h prod-hosts.txt -l root uptime | https://github.com/tldr-pages/tldr/blob/main/pages/common/pssh.md
P | parallel-ssh -i -H "prod-web-1 prod-web-2" hostname | https://github.com/tldr-pages/tldr/blob/main/pages/common/pssh.md
P | gcloud compute ssh prod-web-1 --zone us-central1-a | https://cloud.google.com/sdk/gcloud/reference/compute/ssh
P | az ssh vm --resource-group rg-prod --name vm-prod-api | https://learn.microsoft.com/en-us/cli/azure/ssh
P | eb ssh myapp-prod | https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb3-ssh.html
P | aws ssm start-session --target i-0abcd1234ef567890 --profile production | https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-sessions-start.html
P | kitten ssh deploy@prod-web-1 | https://sw.kovidgoyal.net/kitty/kittens/ssh/
P | et deploy@prod-web-1:8080 | https://eternalterminal.dev/howto/
P | ssh -J bastion.prod.example.com deploy@10.0.1.12 | https://man.openbsd.org/ssh#J
P | DOCKER_CONTEXT=production docker compose up -d | https://docs.docker.com/engine/manage-resources/contexts/
P | docker --context prod-swarm service rm api | https://docs.docker.com/engine/manage-resources/contexts/
P | DOCKER_HOST=ssh://deploy@prod-docker-1 docker system prune -af | https://docs.docker.com/engine/security/protect-access/
P | SPRING_PROFILES_ACTIVE=prod ./mvnw flyway:clean | https://docs.spring.io/spring-boot/reference/features/profiles.html
P | java -jar app.jar --spring.profiles.active=prod | https://docs.spring.io/spring-boot/reference/features/profiles.html
P | tk apply environments/prod | https://tanka.dev/tutorial/environments/
P | tk delete environments/prod | https://tanka.dev/cli-reference/
P | tk diff environments/production | https://tanka.dev/tutorial/environments/
P | helmsman -f prod.yaml --apply | https://github.com/Praqma/helmsman/blob/master/docs/cmd_reference.md
P | kubeseal --context prod-cluster --fetch-cert | https://github.com/bitnami-labs/sealed-secrets
P | stern -n production api | https://github.com/stern/stern
P | stern api --context prod-eu | https://github.com/stern/stern
P | tkn pipelinerun delete --all -n production -f | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_delete.md
P | kn service delete api --namespace production | https://github.com/knative/client/blob/main/docs/cmd/kn_service_delete.md
P | istioctl --context prod-cluster proxy-status | https://istio.io/latest/docs/reference/commands/istioctl/
P | linkerd --context prod-east check | https://linkerd.io/2/reference/cli/check/
P | temporal workflow terminate --namespace production --workflow-id order-42 | https://docs.temporal.io/cli/workflow#terminate
P | temporal workflow list --namespace production --address temporal.prod.example.com:7233 | https://docs.temporal.io/cli/workflow#list
P | tctl --namespace prod workflow list | https://docs.temporal.io/tctl-v1/workflow
P | confluent context use production | https://docs.confluent.io/confluent-cli/current/command-reference/context/confluent_context_use.html
P | snow sql -c prod -q "DROP TABLE analytics.events" | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
P | snow object list warehouse --connection production | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/object-commands/list
P | sanity dataset delete production | https://www.sanity.io/docs/cli-reference/dataset
P | sanity dataset export production production.tar.gz | https://www.sanity.io/docs/cli-reference/dataset
P | contentful space environment delete --environment-id production | https://github.com/contentful/contentful-cli/tree/main/docs/space/environment/delete
P | shopify theme push --store acme-shop --live | https://shopify.dev/docs/api/shopify-cli/theme/theme-push
P | amplify env checkout prod | https://docs.amplify.aws/gen1/javascript/tools/cli/teams/commands/
P | amplify env remove prod | https://docs.amplify.aws/gen1/javascript/tools/cli/teams/commands/
P | eas update --branch production --message "Fix crash on launch" | https://docs.expo.dev/eas-update/getting-started/
P | npx convex run --prod internal.seed:clear | https://docs.convex.dev/cli#run-convex-functions
P | npx convex env set --prod STRIPE_KEY sk_live_51H | https://docs.convex.dev/production/environment-variables
P | npx convex import --prod --replace backup.zip | https://docs.convex.dev/database/import-export/import
P | deployctl deploy --project=acme-site --prod main.ts | https://docs.deno.com/deploy/classic/deployctl/
P | dbt run --full-refresh --target prod --select orders | https://docs.getdbt.com/reference/resource-configs/full_refresh
P | dbt seed --target production --full-refresh | https://docs.getdbt.com/reference/commands/seed
P | atmos terraform apply vpc -s plat-ue2-prod | https://atmos.tools/cli/commands/terraform/usage
P | atmos terraform destroy eks -s prod | https://atmos.tools/cli/commands/terraform/usage
P | terramate run --tags prod -- terraform apply -auto-approve | https://terramate.io/docs/cli/orchestration/tag-filter
P | colmena apply --on @prod | https://colmena.cli.rs/unstable/features/node-tagging.html
P | nixos-rebuild switch --target-host root@prod-web-1 --flake .#prod-web-1 | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nixos-rebuild.md
P | morph deploy prod.nix switch | https://github.com/DBCDK/morph
P | nixops deploy -d production | https://releases.nixos.org/nixops/latest/manual/manual.html
P | spacectl stack deploy --id prod-networking | https://github.com/spacelift-io/spacectl
P | waypoint up -workspace=production | https://developer.hashicorp.com/waypoint/commands/up
P | garden deploy --env production | https://docs.garden.io/reference/commands#garden-deploy
P | garden cleanup namespace --env prod | https://docs.garden.io/reference/commands#garden-cleanup-namespace
P | okteto namespace use production | https://www.okteto.com/docs/reference/okteto-cli/#namespace
P | tsuru app deploy -a myapp-prod . | https://docs.tsuru.io/stable/reference/tsuru-client.html
P | kubectl cnpg status pg-prod -n production | https://cloudnative-pg.io/documentation/current/kubectl-plugin/#status
P | couchbase-cli bucket-flush -c cb-prod-1.example.com:8091 -u Administrator -p password --bucket orders --force | https://docs.couchbase.com/server/current/cli/cbcli/couchbase-cli-bucket-flush.html
P | mongorestore --uri="mongodb+srv://admin@prod-cluster.ab1cd.mongodb.net" --drop dump/ | https://www.mongodb.com/docs/database-tools/mongorestore/
P | mongodump --uri="mongodb://reader@mongo-prod-1.internal:27017/shop" --out=dump/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongodump.md
P | pg_restore -c -d "postgresql://app@db.prod.internal:5432/app" app.dump | https://www.postgresql.org/docs/current/app-pgrestore.html
P | mysqladmin -h mysql-prd-01 -u root -p status | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
P | zkCli.sh -server zk-prod-1:2181 ls / | https://zookeeper.apache.org/doc/current/zookeeperCLI.html
P | sqlplus admin@prod-db.example.com:1521/ORCLPDB1 | https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-quick-start.html
P | xe -s xenserver-prod.example.com -u root -pw secret vm-list | https://docs.xenserver.com/en-us/xenserver/8/command-line-interface.html
P | scw -p production instance server list | https://cli.scaleway.com/config/
P | oci --profile PROD compute instance list --compartment-id ocid1.compartment.oc1..aaaa | https://docs.oracle.com/en-us/iaas/Content/API/SDKDocs/clitoken.htm
P | aliyun --profile prod ecs DescribeInstances | https://www.alibabacloud.com/help/en/cli/configure-profiles
P | yc --profile prod compute instance list | https://yandex.cloud/en/docs/cli/operations/profile/profile-activate
P | vultr-cli --config ~/.vultr-prod.yaml instance list | https://github.com/vultr/vultr-cli
P | FLASK_CONFIG=production flask db upgrade | https://flask-migrate.readthedocs.io/en/latest/
P | DATABASE_URL=postgres://app@prod-db.internal:5432/app npx drizzle-kit push | https://orm.drizzle.team/docs/drizzle-kit-push
P | npx drizzle-kit migrate --config=drizzle.prod.config.ts | https://orm.drizzle.team/docs/drizzle-config-file
P | hasura migrate apply --endpoint https://hasura.prod.example.com --admin-secret s3cr3t | https://hasura.io/docs/2.0/hasura-cli/commands/hasura_migrate_apply/
P | hasura --envfile .env.production metadata apply | https://hasura.io/docs/2.0/hasura-cli/commands/hasura/
P | jf rt del "libs-release-local/app/*" --server-id=prod | https://docs.jfrog-applications.jfrog.io/jfrog-applications/jfrog-cli/cli-for-jfrog-artifactory/generic-files
P | lakectl fs rm -r lakefs://prod-lake/main/events/ | https://docs.lakefs.io/reference/cli.html#lakectl-fs-rm
P | prefect profile use prod | https://docs.prefect.io/v3/develop/settings-and-profiles
P | MLFLOW_TRACKING_URI=https://mlflow.prod.example.com mlflow experiments delete --experiment-id 3 | https://mlflow.org/docs/latest/tracking/server.html
B | kops delete cluster k8s.example.com | https://kops.sigs.k8s.io/cli/kops_delete_cluster/
B | kops get cluster k8s.example.com -o yaml | https://github.com/tldr-pages/tldr/blob/main/pages/common/kops.md
B | kops validate cluster k8s.example.com --wait 10m | https://github.com/tldr-pages/tldr/blob/main/pages/common/kops.md
B | linode-cli linodes list | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-linodes.md
B | linode-cli lke clusters view 4567 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-lke.md
B | linode-cli volumes list | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-volumes.md
B | linode-cli linodes backups-list 12345678 | https://github.com/tldr-pages/tldr/blob/main/pages/common/linode-cli-linodes.md
B | fossil rm src/old.c | https://github.com/tldr-pages/tldr/blob/main/pages/common/fossil-delete.md
B | pg_resetwal -D /var/lib/postgresql/16/main -n | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_resetwal.md
B | pg_resetwal --help | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_resetwal.md
B | rdfind -dryrun true ~/Photos | https://github.com/tldr-pages/tldr/blob/main/pages/common/rdfind.md
B | jdupes -r ~/Downloads | https://github.com/tldr-pages/tldr/blob/main/pages/common/jdupes.md
B | fclones group . | https://github.com/tldr-pages/tldr/blob/main/pages/common/fclones.md
B | fclones link --soft --dry-run | https://github.com/tldr-pages/tldr/blob/main/pages/common/fclones.md
B | czkawka_cli dup --directories ~/Pictures --file-to-save results.txt | https://github.com/tldr-pages/tldr/blob/main/pages/common/czkawka_cli.md
B | czkawka_cli --help | https://github.com/tldr-pages/tldr/blob/main/pages/common/czkawka_cli.md
B | gcrane gc gcr.io/my-project/app --recursive | https://github.com/tldr-pages/tldr/blob/main/pages/common/gcrane-gc.md
B | gcrane gc --help | https://github.com/tldr-pages/tldr/blob/main/pages/common/gcrane-gc.md
B | ipfs pin ls | https://github.com/tldr-pages/tldr/blob/main/pages/common/ipfs.md
B | ipfs repo gc | https://github.com/tldr-pages/tldr/blob/main/pages/common/ipfs.md
B | k3s etcd-snapshot save | https://github.com/tldr-pages/tldr/blob/main/pages/common/k3s.md
B | k3s kubectl get nodes | https://github.com/tldr-pages/tldr/blob/main/pages/common/k3s.md
B | pvesm status | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pvesm.md
B | pvesm list local | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pvesm.md
B | qmrestore vzdump-qemu-100.vma.lzo 101 --storage local | https://github.com/tldr-pages/tldr/blob/main/pages/linux/qmrestore.md
B | stratis filesystem list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/stratis.md
B | ddrescue /dev/sdb disk.img rescue.log | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ddrescue.md
B | ndctl list --namespaces --regions --buses --idle | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ndctl.md
B | blockdev --report /dev/sda | https://github.com/tldr-pages/tldr/blob/main/pages/linux/blockdev.md
B | blockdev --getsz /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/linux/blockdev.md
B | partx --list /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/linux/partx.md
B | efibootmgr --unicode | https://github.com/tldr-pages/tldr/blob/main/pages/linux/efibootmgr.md
B | ufw status numbered | https://github.com/tldr-pages/tldr/blob/main/pages/linux/ufw.md
B | nft list ruleset | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nft.md
B | toolbox list --containers | https://github.com/tldr-pages/tldr/blob/main/pages/linux/toolbox-list.md
B | nixos-container list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nixos-container.md
B | homectl list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/homectl.md
B | steamos-factory-reset --help | https://github.com/tldr-pages/tldr/blob/main/pages/linux/steamos-factory-reset.md
B | crictl ps --all | https://github.com/tldr-pages/tldr/blob/main/pages/common/crictl.md
B | crictl logs -f 1f73f2d81bf98 | https://github.com/tldr-pages/tldr/blob/main/pages/common/crictl.md
B | nerdctl ps -a | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nerdctl.md
B | nerdctl logs -f web | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nerdctl.md
B | snapper -c root list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/snapper.md
B | snapper list-configs | https://github.com/tldr-pages/tldr/blob/main/pages/linux/snapper.md
B | sfdisk --dump /dev/sda | https://github.com/tldr-pages/tldr/blob/main/pages/linux/sfdisk.md
B | sfdisk -l /dev/sda | https://man7.org/linux/man-pages/man8/sfdisk.8.html
B | sfdisk --help | https://github.com/tldr-pages/tldr/blob/main/pages/linux/sfdisk.md
B | fdisk -l | https://github.com/tldr-pages/tldr/blob/main/pages/linux/fdisk.md
B | fstrim -av | https://github.com/tldr-pages/tldr/blob/main/pages/linux/fstrim.md
B | badblocks -sv /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/common/badblocks.md
B | badblocks -n /dev/sdb | https://github.com/tldr-pages/tldr/blob/main/pages/common/badblocks.md
B | hdparm -I /dev/sda | https://github.com/tldr-pages/tldr/blob/main/pages/linux/hdparm.md
B | hdparm -tT /dev/sda | https://github.com/tldr-pages/tldr/blob/main/pages/linux/hdparm.md
B | timeshift --list | https://github.com/tldr-pages/tldr/blob/main/pages/linux/timeshift.md
B | timeshift --create --comments "before upgrade" | https://github.com/tldr-pages/tldr/blob/main/pages/linux/timeshift.md
B | timeshift --check | https://github.com/tldr-pages/tldr/blob/main/pages/linux/timeshift.md
B | kaggle datasets list -s housing | https://github.com/tldr-pages/tldr/blob/main/pages/common/kaggle-datasets.md
B | kaggle datasets download zillow/zecon | https://github.com/tldr-pages/tldr/blob/main/pages/common/kaggle-datasets.md
B | nix-collect-garbage --delete-old --dry-run | https://github.com/tldr-pages/tldr/blob/main/pages/common/nix-collect-garbage.md
B | ollama list | https://github.com/tldr-pages/tldr/blob/main/pages/common/ollama.md
B | pveam available --section system | https://github.com/tldr-pages/tldr/blob/main/pages/linux/pveam.md
B | pg_archivecleanup -n /mnt/server/archivedir 000000010000003700000010 | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_archivecleanup.md
B | ko build ./cmd/app | https://github.com/tldr-pages/tldr/blob/main/pages/common/ko.md
B | ko resolve -f config/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/ko.md
B | hardhat clean | https://github.com/tldr-pages/tldr/blob/main/pages/common/hardhat.md
B | meteor list | https://github.com/tldr-pages/tldr/blob/main/pages/common/meteor.md
B | dolt sql -q "SELECT * FROM employees WHERE id = 3" | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt-sql.md
B | dolt sql -q "DELETE FROM employees WHERE id = 3" | https://docs.dolthub.com/sql-reference/sql-support/data-manipulation-statements
B | dolt branch --show-current | https://github.com/tldr-pages/tldr/blob/main/pages/common/dolt-branch.md
B | git annex status | https://github.com/tldr-pages/tldr/blob/main/pages/common/git-annex.md
B | git annex get big.iso | https://github.com/tldr-pages/tldr/blob/main/pages/common/git-annex.md
B | git annex help | https://github.com/tldr-pages/tldr/blob/main/pages/common/git-annex.md
B | pg_restore --list app.dump | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_restore.md
B | pg_restore -d app_dev app.dump | https://github.com/tldr-pages/tldr/blob/main/pages/common/pg_restore.md
B | mongorestore --db shop_dev dump/shop --dryRun | https://www.mongodb.com/docs/database-tools/mongorestore/#std-option-mongorestore.--dryRun
B | mongodump --db shop --out dump/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/mongodump.md
B | dbt debug | https://github.com/tldr-pages/tldr/blob/main/pages/common/dbt.md
B | dbt build --select orders+ | https://github.com/tldr-pages/tldr/blob/main/pages/common/dbt.md
B | dbt run --target dev | https://docs.getdbt.com/reference/dbt-jinja-functions/target
B | dbt clean | https://docs.getdbt.com/reference/commands/clean
B | dbt docs generate --target staging | https://docs.getdbt.com/reference/commands/cmd-docs
B | kubeseal --format yaml --cert cert.pem | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubeseal.md
B | kubeseal --validate | https://github.com/tldr-pages/tldr/blob/main/pages/common/kubeseal.md
B | stern . --since 15m | https://github.com/tldr-pages/tldr/blob/main/pages/common/stern.md
B | stern api -n staging | https://github.com/stern/stern
B | scw instance server list | https://cli.scaleway.com/instance/#list-all-servers
B | scw instance server delete --help | https://cli.scaleway.com/instance/#delete-server
B | vultr-cli instance list | https://docs.vultr.com/reference/vultr-cli/instance
B | vultr-cli instance get cb676a46-66fd-4dfb-b839-443f2e6c0b60 | https://docs.vultr.com/reference/vultr-cli/instance
B | yc compute instance list | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/compute/instance/list
B | yc compute instance delete --help | https://yandex.cloud/en/docs/cli/cli-ref/managed-services/compute/instance/delete
B | aliyun ecs DescribeInstances --RegionId cn-hangzhou | https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeinstances
B | aliyun oss ls oss://media-uploads | https://www.alibabacloud.com/help/en/oss/developer-reference/ls
B | aliyun oss rm --help | https://www.alibabacloud.com/help/en/oss/developer-reference/rm
B | tccli cvm DescribeInstances --region ap-guangzhou | https://www.tencentcloud.com/document/product/1013/33464
B | oci compute instance list --compartment-id ocid1.compartment.oc1..aaaa | https://docs.oracle.com/en-us/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/compute/instance/list.html
B | civo instance list | https://www.civo.com/docs/overview/civo-cli
B | metal device get -i 5d3e1f9c-8b0a-4f6e-9c2d-1a7b3e5f8d0c | https://deploy.equinix.com/developers/docs/metal/libraries/cli/
B | upctl server list | https://upcloudltd.github.io/upcloud-cli/latest/commands_reference/upctl_server/list/
B | fastly purge --all --service-id SU1Z0isxPaozGVKXdv0eY | https://www.fastly.com/documentation/reference/cli/purge/
B | fastly service list | https://www.fastly.com/documentation/reference/cli/service/list/
B | algolia indices list | https://www.algolia.com/doc/tools/cli/commands/algolia-indices/
B | algolia indices delete --help | https://www.algolia.com/doc/tools/cli/commands/algolia-indices/
B | confluent kafka topic list --cluster lkc-123456 | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_list.html
B | confluent kafka topic describe orders | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_describe.html
B | atlas clusters list --projectId 5e2211c17a3e5a48f5497de3 | https://www.mongodb.com/docs/atlas/cli/current/command/atlas-clusters-list/
B | atlas clusters delete --help | https://www.mongodb.com/docs/atlas/cli/current/command/atlas-clusters-delete/
B | pulsar-admin topics list public/default | https://pulsar.apache.org/reference/#/next/pulsar-admin/topics/list
B | pulsar-admin topics stats persistent://public/default/orders | https://pulsar.apache.org/reference/#/next/pulsar-admin/topics/stats
B | temporal workflow list --namespace staging | https://docs.temporal.io/cli/workflow#list
B | temporal workflow describe --workflow-id order-42 | https://docs.temporal.io/cli/workflow#describe
B | temporal workflow terminate --help | https://docs.temporal.io/cli/workflow#terminate
B | tkn pipelinerun list -n staging | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_list.md
B | tkn pipelinerun logs -f -n staging build-run-x7k2p | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_logs.md
B | tkn pipelinerun delete --help | https://github.com/tektoncd/cli/blob/main/docs/cmd/tkn_pipelinerun_delete.md
B | kn service list | https://github.com/knative/client/blob/main/docs/cmd/kn_service_list.md
B | kn service describe hello -n staging | https://github.com/knative/client/blob/main/docs/cmd/kn_service_describe.md
B | istioctl analyze | https://istio.io/latest/docs/reference/commands/istioctl/#istioctl-analyze
B | istioctl proxy-status | https://istio.io/latest/docs/reference/commands/istioctl/#istioctl-proxy-status
B | istioctl x precheck | https://istio.io/latest/docs/reference/commands/istioctl/
B | linkerd check | https://linkerd.io/2/reference/cli/check/
B | linkerd uninstall | https://linkerd.io/2/tasks/uninstall/
B | linkerd viz stat deploy -n staging | https://linkerd.io/2/reference/cli/viz/
B | kubectl cnpg status cluster-example | https://cloudnative-pg.io/documentation/current/kubectl-plugin/#status
B | sanity dataset list | https://www.sanity.io/docs/cli-reference/dataset
B | sanity dataset delete --help | https://www.sanity.io/docs/cli-reference/dataset
B | sanity dataset export staging staging.tar.gz | https://www.sanity.io/docs/cli-reference/dataset
B | contentful space list | https://github.com/contentful/contentful-cli/tree/main/docs/space/list
B | shopify theme list | https://shopify.dev/docs/api/shopify-cli/theme/theme-list
B | shopify theme push --unpublished | https://shopify.dev/docs/api/shopify-cli/theme/theme-push
B | shopify theme dev | https://shopify.dev/docs/api/shopify-cli/theme/theme-dev
B | amplify status | https://docs.amplify.aws/gen1/javascript/tools/cli/commands/status/
B | amplify env list | https://docs.amplify.aws/gen1/javascript/tools/cli/teams/commands/
B | eas update --branch preview --message "Try new onboarding" | https://docs.expo.dev/eas-update/getting-started/
B | eas build --platform android --profile preview | https://docs.expo.dev/build/eas-json/
B | npx convex dev | https://docs.convex.dev/cli
B | npx convex env list | https://docs.convex.dev/production/environment-variables
B | deployctl deploy --project=acme-site main.ts | https://docs.deno.com/deploy/classic/deployctl/
B | atmos terraform plan vpc -s plat-ue2-dev | https://atmos.tools/cli/commands/terraform/usage
B | atmos describe stacks | https://atmos.tools/cli/commands/describe/stacks
B | terramate list | https://terramate.io/docs/cli/reference/cmdline/list
B | terramate run -- terraform plan | https://terramate.io/docs/cli/reference/cmdline/run
B | colmena build | https://colmena.cli.rs/unstable/reference/cli.html
B | colmena apply dry-activate | https://colmena.cli.rs/unstable/reference/cli.html
B | nixos-rebuild dry-build | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nixos-rebuild.md
B | nixos-rebuild build --flake .#web | https://github.com/tldr-pages/tldr/blob/main/pages/linux/nixos-rebuild.md
B | nixops info -d mynetwork | https://releases.nixos.org/nixops/latest/manual/manual.html
B | nixops deploy -d mynetwork --dry-run | https://releases.nixos.org/nixops/latest/manual/manual.html
B | morph build network.nix | https://github.com/DBCDK/morph
B | spacectl stack list | https://github.com/spacelift-io/spacectl
B | waypoint status | https://developer.hashicorp.com/waypoint/commands/status
B | waypoint destroy -help | https://developer.hashicorp.com/waypoint/commands/destroy
B | okteto context list | https://www.okteto.com/docs/reference/okteto-cli/#context
B | okteto up | https://www.okteto.com/docs/reference/okteto-cli/#up
B | coder list | https://coder.com/docs/reference/cli/list
B | coder delete --help | https://coder.com/docs/reference/cli/delete
B | devpod list | https://devpod.sh/docs/developing-in-workspaces/create-a-workspace
B | devpod up github.com/acme/app --ide vscode | https://github.com/tldr-pages/tldr/blob/main/pages/common/devpod.md
B | spin application list | https://spinnaker.io/docs/reference/cli/#spin-application-list
B | spin pipeline list --application myapp | https://spinnaker.io/docs/reference/cli/#spin-pipeline-list
B | tsuru app list | https://docs.tsuru.io/stable/reference/tsuru-client.html
B | tsuru app info -a myapp-staging | https://docs.tsuru.io/stable/reference/tsuru-client.html
B | mlflow experiments search | https://mlflow.org/docs/latest/cli.html#mlflow-experiments-search
B | mlflow ui | https://mlflow.org/docs/latest/cli.html#mlflow-ui
B | mlflow gc --help | https://mlflow.org/docs/latest/cli.html#mlflow-gc
B | lakectl branch list lakefs://example-repo | https://docs.lakefs.io/reference/cli.html#lakectl-branch-list
B | lakectl diff lakefs://example-repo/main lakefs://example-repo/feature-x | https://docs.lakefs.io/reference/cli.html#lakectl-diff
B | prefect deployment ls | https://docs.prefect.io/v3/api-ref/cli/deployment
B | prefect flow-run ls | https://docs.prefect.io/v3/api-ref/cli/flow-run
B | prefect work-pool delete --help | https://docs.prefect.io/v3/api-ref/cli/work-pool
B | jf rt search --recursive generic-local/builds/ | https://github.com/tldr-pages/tldr/blob/main/pages/common/jf.md
B | jf rt del "generic-local/builds/*" --dry-run | https://docs.jfrog-applications.jfrog.io/jfrog-applications/jfrog-cli/cli-for-jfrog-artifactory/generic-files
B | regctl tag ls registry.example.com/app | https://github.com/regclient/regclient/blob/main/docs/regctl.md
B | regctl image inspect registry.example.com/app:v1 | https://github.com/regclient/regclient/blob/main/docs/regctl.md
B | couchbase-cli bucket-list -c localhost:8091 -u Administrator -p password | https://docs.couchbase.com/server/current/cli/cbcli/couchbase-cli-bucket-list.html
B | mysqladmin -u root -p status | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
B | mysqladmin -u root -p processlist | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
B | mysqladmin --help | https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html
B | pg_lsclusters | https://manpages.debian.org/testing/postgresql-common/pg_lsclusters.1.en.html
B | zkCli.sh -server localhost:2181 ls /brokers/ids | https://zookeeper.apache.org/doc/current/zookeeperCLI.html
B | zkCli.sh -server localhost:2181 get /controller | https://zookeeper.apache.org/doc/current/zookeeperCLI.html
B | sqlplus -V | https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html
B | curl 'http://localhost:7700/indexes' | https://www.meilisearch.com/docs/reference/api/indexes#list-all-indexes
B | curl 'http://localhost:9090/api/v1/query?query=up' | https://prometheus.io/docs/prometheus/latest/querying/api/
B | s5cmd ls 's3://media-uploads/logs/*' | https://github.com/peak/s5cmd
B | s5cmd --dry-run rm 's3://media-uploads/logs/*' | https://github.com/peak/s5cmd#dry-run
B | s5cmd du -H s3://media-uploads | https://github.com/peak/s5cmd
B | xe vm-list | https://docs.xenserver.com/en-us/xenserver/8/command-line-interface.html
B | xe help vm-uninstall | https://docs.xenserver.com/en-us/xenserver/8/command-line-interface.html
B | p4 opened | https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_opened.html
B | p4 revert -n //depot/main/... | https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_revert.html
B | p4 changes -m 5 | https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_changes.html
B | p4 sync | https://github.com/tldr-pages/tldr/blob/main/pages/common/p4.md
B | bzr status | https://www.breezy-vcs.org/doc/en/user-reference/status-help.html
B | bzr diff | https://www.breezy-vcs.org/doc/en/user-reference/diff-help.html
B | darcs whatsnew | https://darcs.net/manual/Darcs_commands.html#darcs-whatsnew
B | gh cache delete --all | https://github.com/tldr-pages/tldr/blob/main/pages/common/gh-cache.md
B | gh cache list --sort last_accessed_at --order asc | https://github.com/tldr-pages/tldr/blob/main/pages/common/gh-cache.md
B | paccache -r | https://github.com/tldr-pages/tldr/blob/main/pages/linux/paccache.md
B | paccache -d | https://github.com/tldr-pages/tldr/blob/main/pages/linux/paccache.md
B | apptainer cache clean --force | https://apptainer.org/docs/user/latest/cli/apptainer_cache_clean.html
B | uv cache clean | https://docs.astral.sh/uv/reference/cli/#uv-cache-clean
B | poetry cache clear pypi --all | https://python-poetry.org/docs/cli/#cache-clear
B | pnpm store prune | https://pnpm.io/cli/store#prune
B | composer clear-cache | https://getcomposer.org/doc/03-cli.md#clear-cache-clearcache-cc
B | dotnet nuget locals all --clear | https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-locals
B | bazel clean --expunge | https://bazel.build/docs/user-manual#clean
B | conda clean --all -y | https://docs.conda.io/projects/conda/en/latest/commands/clean.html
B | twilio api:core:incoming-phone-numbers:list | https://www.twilio.com/docs/twilio-cli/general-usage
B | sentry-cli releases list | https://docs.sentry.io/cli/releases/
B | koyeb apps list | https://www.koyeb.com/docs/build-and-deploy/cli/reference#koyeb-apps-list
B | hasura migrate status --database-name default | https://hasura.io/docs/2.0/hasura-cli/commands/hasura_migrate_status/
B | hasura migrate apply --dry-run | https://hasura.io/docs/2.0/hasura-cli/commands/hasura_migrate_apply/
B | npx drizzle-kit generate | https://orm.drizzle.team/docs/drizzle-kit-generate
B | npx drizzle-kit check | https://orm.drizzle.team/docs/drizzle-kit-check
B | npx drizzle-kit studio | https://orm.drizzle.team/docs/drizzle-kit-studio
B | DATABASE_URL=postgres://app@localhost:5432/app_dev npx drizzle-kit migrate | https://orm.drizzle.team/docs/drizzle-kit-migrate
B | SPRING_PROFILES_ACTIVE=dev ./mvnw spring-boot:run | https://docs.spring.io/spring-boot/reference/features/profiles.html
B | infisical run --env=dev -- npm run dev | https://www.infisical.com/docs/cli/commands/run
B | infisical secrets --env=staging | https://www.infisical.com/docs/cli/commands/secrets
B | chamber list myservice | https://github.com/segmentio/chamber
B | tsh ls | https://goteleport.com/docs/reference/cli/tsh
B | tsh status | https://goteleport.com/docs/reference/cli/tsh
B | pdsh -w dev-node[1-4] uptime | https://github.com/chaos/pdsh
B | docker context ls | https://docs.docker.com/engine/manage-resources/contexts/
B | DOCKER_CONTEXT=default docker ps | https://docs.docker.com/engine/manage-resources/contexts/
B | tk show environments/dev | https://tanka.dev/cli-reference/
B | tk diff environments/staging | https://tanka.dev/tutorial/environments/
B | tk env list | https://tanka.dev/cli-reference/
B | helmsman -f dev.yaml --dry-run | https://github.com/Praqma/helmsman/blob/master/docs/cmd_reference.md
B | garden deploy --env local | https://docs.garden.io/reference/commands#garden-deploy
"""##
}
