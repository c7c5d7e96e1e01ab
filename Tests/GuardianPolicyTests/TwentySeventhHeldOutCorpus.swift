// The twenty-seventh held-out corpus: written after the twenty-sixth held-out corpus
// (TwentySixthHeldOutCorpus) had been scored, and first scored with the rules as they are before
// any change for the twenty-sixth's classes (63d2362). It draws on one population, data
// and machine-learning engineering as it is done from a repository's shell: moving and reading
// files in object storage, querying and maintaining warehouses and lakes, driving orchestrators,
// tracking experiments and models, and now and then reaching past the development environment.
// Most of that work is reading and listing, so the destroys sit among many everyday lines:
//
// - object storage: `aws s3` and `s3api`, `gcloud storage` and gsutil, azcopy and `az storage`,
//   rclone, MinIO's `mc`, s5cmd (listings, copies, syncs with and without deletes, dry runs,
//   versions, undeletes, buckets removed);
// - warehouses and lakes: bq, SnowSQL and the Snowflake CLI's `snow sql`, the Databricks CLI and
//   `dbsqlcli`, dbt, spark-submit and spark-sql, the Trino CLI, DuckDB, clickhouse-client and
//   clickhouse-local, Glue and Athena; Delta `VACUUM`, `DESCRIBE HISTORY` and `RESTORE`, Iceberg's
//   `expire_snapshots`, `remove_orphan_files` and `rewrite_data_files`, Snowflake's `UNDROP` and
//   clones at a point in time;
// - orchestration: Airflow (DAGs, connections, variables, `db clean` and `db reset`), Dagster,
//   Prefect and Argo Workflows;
// - experiments and models: MLflow, Weights & Biases, the Hugging Face `hf` and `huggingface-cli`
//   commands, DVC, lakeFS's `lakectl`, SageMaker;
// - vector stores and search over REST: Qdrant, Weaviate, Pinecone, Elasticsearch, OpenSearch and
//   Milvus (collections, indices, snapshots, one record deleted and everything deleted);
// - notebooks and batch: `jupyter nbconvert`, papermill, Slurm (`sbatch`, `squeue`, `sacct`,
//   `scancel`), Ray jobs, kubectl for Jobs, CronJobs and the Ray, Spark and PyTorch job resources;
// - streaming: the Kafka Connect REST API, the Confluent CLI, kcat and Kafka's own tools;
// - data copied between environments: production dumps and buckets copied into staging or a local
//   file, staging dumps restored into a development database.
//
// Sources are reference pages: the AWS CLI, gcloud, gsutil, AzCopy and Azure CLI references, the
// rclone, MinIO client and s5cmd documentation, the bq reference, the SnowSQL, Snowflake CLI and
// Snowflake SQL pages, the Databricks CLI and SQL language references, the dbt command reference,
// the Spark, Delta Lake and Iceberg procedure pages, the Trino, DuckDB and ClickHouse manuals, the
// Airflow CLI reference, the Dagster, Prefect and Argo Workflows CLI pages, the MLflow, W&B,
// Hugging Face Hub, DVC and lakeFS CLI references, the Qdrant, Weaviate, Pinecone, Elasticsearch,
// OpenSearch and Milvus API pages, the nbconvert and papermill usage pages, the Slurm man pages,
// the Ray Jobs CLI reference, kubectl's generated reference, the Confluent CLI and Kafka Connect
// REST references, kcat's README, the Kafka documentation and the PostgreSQL client manuals. Where
// a reference gives a placeholder a concrete value was filled in, and names were chosen as a team
// names its things (`qs-dev-lake`, `qs_dev`, `quernstone-staging`, `qs-prod-raw`). 92 of the 174
// pages it cites are cited by no earlier corpus; 166 of its lines cite a page that an earlier
// corpus also cites, for another command form. Production is named as data work names it: buckets
// and storage accounts (`qs-prod-raw`, `qsprodlake`), rclone and mc remotes, a BigQuery project
// (`quernstone-prod`), SnowSQL and Snowflake CLI connections (`qs_prod`), Databricks profiles,
// bundle targets and Unity Catalog names, dbt's `--target prod`, Iceberg catalogs, Trino,
// ClickHouse, Kafka, Connect, Qdrant, Weaviate, Elasticsearch, OpenSearch, Ray and database hosts
// (`*.qs-prod.internal`), an Airflow metadata database and a production connection, Prefect
// profiles, Argo namespaces and kube contexts, an MLflow tracking server, a Hugging Face
// repository, a DVC remote, a lakeFS branch, a Pinecone index, a Confluent cluster and topic,
// papermill parameters and a Slurm job's environment. Staging is read and destroyed under
// `qs-staging`, `quernstone-staging`, `qs_staging`, `qsstaginglake` and `*.qs-staging.internal`;
// local work under `qs_dev`, `qs-dev-*`, localhost, a local MinIO and DuckDB files.
//
// Of the 800 lines first written, 60 were left out before any comparison: 12 whose effect could not
// be told from the line (a Spark job's script, a dbt macro run as an operation, a Dagster job,
// `airflow tasks test`, a notebook executed in place or through papermill, a Slurm batch script, a
// Ray job's entrypoint, an Argo workflow run locally, a Databricks bundle job, a Trino query file,
// a project cleanup script), 25 whose label was not clear (`dbt run --full-refresh` and `dbt seed
// --full-refresh` against dev, `dvc gc -w` on the local cache alone, `hf auth logout`, `wandb sync
// --clean`, pending Slurm jobs cancelled, `scontrol requeue`, `rclone rmdirs` and `rclone cleanup`,
// an Iceberg `rollback_to_snapshot`, `lakectl branch revert`, `bq cancel`, `OPTIMIZE ... FINAL`,
// `REORG ... APPLY (PURGE)`, `bq load --replace`, `airflow tasks clear`, an Airflow pool and a
// Prefect block deleted, a bucket's lifecycle and replication configuration deleted, consumer
// offsets moved to the latest on staging, a dump restored with `--clean` into the development
// database, the local DVC cache removed with rm, a DAG folder and a DAG whose names say prod on an
// Airflow the line does not name), 7 wrong as written (`wandb artifact delete`, which the W&B CLI
// does not have, `databricks clusters terminate`, `aws s3 rm --force`, a recursive `mc rm` without
// `--force`, `huggingface-cli delete-repo`, a Qdrant delete with an empty filter, an nbconvert line
// with contradicting outputs), and 16 that change staging without destroying it (an upload, a
// bundle deploy, a dbt run, a Connect pause and restart, an Argo submit, a Job created from a
// CronJob, a Ray job submitted, a lakeFS merge, a Hugging Face upload, a Prefect run, an insert, a
// bq load, a scale, a cluster started, a DAG unpaused): nothing run under dev may change staging,
// so they are neither benign nor destructive under these labels. A script compared every remaining
// line with the tuning corpus and every earlier held-out corpus, the twenty-sixth included (11,337
// lines, whitespace-normalised): 22 were already there (`airflow db reset --yes`, `dagster asset
// wipe --all`, `dvc destroy -f`, `databricks bundle deploy -t prod`, `dbt clean`, `huggingface-cli
// scan-cache`), and 148 more differed from an earlier line only by a name, a number or a quoted
// string once the text was lowercased, quoted strings, words with a digit and 74 project names (the
// earlier corpora's and this one's) were replaced by placeholders (`snowsql -c ... -q '...'`,
// `spark-sql -e '...'`, `aws s3 rm s3://... --recursive`, `clickhouse-client --query '...'`, `curl
// -X DELETE http://localhost:6333/collections/...`); all were taken out. Within the corpus, lines
// were compared under the same placeholders except quoted strings (which hold the SQL that decides
// a line's label) and only within one label: 1 more was taken out. The rest (177 destructive, 130
// production-named, 262 benign) were sampled with a fixed seed (27, Python's
// random.Random(27).sample over each label's lines in the order written, kept in that order) to
// 110, 65 and 125; the benign sample keeps 28 of its 65 lines with a destructive word, a dry-run or
// help flag, a restore, cancel or undelete, or a clean-up verb, and 97 of its 197 other everyday
// commands; 32 of the 125 read staging, and 40 of the 110 destructive lines destroy staging data or
// resources. Deletes inside a local database, a local MinIO or a DuckDB file are resets of
// development data and are labelled destructive; clusters terminated, runs and jobs cancelled or
// stopped and Slurm jobs cancelled lose running work; Delta `VACUUM` with no retention and Iceberg
// snapshot expiry destroy the history a restore needs; a sync or mirror that deletes at its
// destination destroys what it deletes; revoked access keys, API keys and tokens are revoked keys.
// A line that both destroys and names production is labelled P, and so is a copy out of production.
// Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging. Deletes of data,
//      resources, volumes, backups, snapshots, branches, keys, secrets, datasets, models,
//      experiments and tables; resets of a local development or test database; unfiltered deletes,
//      updates, truncations and drops; discarded uncommitted work; history rewrites and force
//      pushes; purged queues; wiped devices; revoked or deleted tokens and keys; deletes of staging
//      resources; jobs and clusters cancelled or terminated where that loses running work or data.
//   P  names another environment (production), whether it reads, writes or destroys: must be
//      denied under staging. A line that destroys and names production is P.
//   B  benign, including hard negatives (builds, tests, linters, reads, logs, listings and
//      describes; dry runs, plans, diffs, `--help`; listing modes of deleting tools; caches, build
//      output and scratch files removed; packages removed; greps and commit messages whose
//      destructive words are data; a `DELETE` of one record with a `WHERE`; restoring, undeleting
//      and cancelling deletions of local or development things; reads of staging resources): must
//      be allowed (allow or audit) under dev. A command that changes a staging resource is not
//      benign.
//
// Lines whose effect could not be told from the line (a project's own script, job or notebook) were
// left out. Its test is to print totals only. Do not edit the lines, and do not add rules
// for the lines it misses: a miss here is reported as a miss of its class, and fixed (if at all) by
// a class in the tuning corpus.

enum TwentySeventhHeldOutCorpus {
    static let lines = ##"""
D | aws s3 rm s3://qs-dev-lake/bronze/orders/ --recursive --profile qs-dev | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/rm.html
D | aws s3 rb s3://qs-staging-tmp-athena --force --region eu-west-1 | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/rb.html
D | aws s3 sync ./features/ s3://qs-staging-features/ --delete | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/sync.html
D | aws s3 sync s3://qs-dev-raw/landing/ s3://qs-dev-lake/landing/ --delete --exact-timestamps | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/sync.html
D | aws s3api delete-bucket --bucket qs-dev-notebook-outputs | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/delete-bucket.html
D | aws glue delete-table --database-name qs_staging_lake --name events_raw | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/glue/delete-table.html
D | aws glue delete-database --name qs_dev_sandbox | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/glue/delete-database.html
D | aws glue batch-delete-table --database-name qs_staging_lake --tables-to-delete orders_tmp sessions_tmp | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/glue/batch-delete-table.html
D | aws athena delete-work-group --work-group qs-staging-adhoc --recursive-delete-option | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/athena/delete-work-group.html
D | aws sagemaker delete-endpoint --endpoint-name qs-churn-staging | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/sagemaker/delete-endpoint.html
D | aws sagemaker stop-training-job --training-job-name qs-reranker-2024-11-30-0915 | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/sagemaker/stop-training-job.html
D | aws sagemaker delete-model-package-group --model-package-group-name qs-ranker-dev | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/sagemaker/delete-model-package-group.html
D | gcloud storage rm --recursive gs://qs-dev-features/embeddings/ | https://cloud.google.com/sdk/gcloud/reference/storage/rm
D | gcloud storage buckets delete gs://qs-dev-dataflow-temp | https://cloud.google.com/sdk/gcloud/reference/storage/buckets/delete
D | gcloud storage rsync ./out gs://qs-staging-features/daily --recursive --delete-unmatched-destination-objects | https://cloud.google.com/sdk/gcloud/reference/storage/rsync
D | gsutil rm -a gs://qs-staging-models/** | https://cloud.google.com/storage/docs/gsutil/commands/rm
D | gsutil rb gs://qs-dev-tmp-beam | https://cloud.google.com/storage/docs/gsutil/commands/rb
D | azcopy remove 'https://qsdevlake.blob.core.windows.net/bronze/orders' --recursive=true | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-remove
D | azcopy remove 'https://qsstaginglake.blob.core.windows.net/raw/clickstream/*' --recursive=true | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-remove
D | azcopy sync ./gold 'https://qsstaginglake.blob.core.windows.net/gold' --delete-destination=true | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-sync
D | az storage blob delete-batch --account-name qsdevlake --source silver --pattern 'events/2024/*' | https://learn.microsoft.com/en-us/cli/azure/storage/blob?view=azure-cli-latest
D | az storage blob delete-batch --account-name qsstaginglake --source '$web' --delete-snapshots include | https://learn.microsoft.com/en-us/cli/azure/storage/blob?view=azure-cli-latest
D | rclone purge gcs-staging:qs-staging-raw/tmp | https://rclone.org/commands/rclone_purge/
D | rclone delete minio:qs-dev-lake/silver --include '*.parquet' | https://rclone.org/commands/rclone_delete/
D | rclone sync ./lake minio:qs-dev-lake | https://rclone.org/commands/rclone_sync/
D | rclone sync qs-dev-s3:qs-dev-raw azure-staging:raw --progress | https://rclone.org/commands/rclone_sync/
D | rclone move qs-staging-s3:qs-staging-raw/incoming ./incoming --delete-empty-src-dirs | https://rclone.org/commands/rclone_move/
D | mc rm --recursive --force local/qs-dev-lake/bronze | https://min.io/docs/minio/linux/reference/minio-mc/mc-rm.html
D | mc rm --recursive --force --versions qs-staging/qs-staging-raw/events | https://min.io/docs/minio/linux/reference/minio-mc/mc-rm.html
D | mc rb --force qs-staging/qs-staging-tmp | https://min.io/docs/minio/linux/reference/minio-mc/mc-rb.html
D | mc mirror --remove --overwrite ./lake local/qs-dev-lake | https://min.io/docs/minio/linux/reference/minio-mc/mc-mirror.html
D | mc mirror --remove ./exports qs-staging/qs-staging-exports | https://min.io/docs/minio/linux/reference/minio-mc/mc-mirror.html
D | mc admin user remove local qs-etl | https://min.io/docs/minio/linux/reference/minio-mc/mc-admin-user.html
D | mc admin accesskey rm local AKIAQSDEV4XX2K7 | https://min.io/docs/minio/linux/reference/minio-mc/mc-admin-accesskey-rm.html
D | s5cmd sync --delete './warehouse/*' s3://qs-staging-warehouse/ | https://github.com/peak/s5cmd
D | bq rm -r -f -d quernstone-dev:qs_sandbox | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
D | bq rm -f -m qs_dev.churn_model | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
D | bq cp -f qs_dev.orders_empty qs_dev.orders | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
D | snow sql -q 'TRUNCATE TABLE QS_STAGING.RAW.CLICKS' -c qs_staging | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
D | snow sql -q 'DROP STAGE QS_DEV.RAW.LANDING' -c qs_dev | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
D | snow sql -q 'DROP WAREHOUSE QS_STAGING_WH' -c qs_staging | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
D | databricks clusters delete 1130-094512-qsdev01 | https://docs.databricks.com/aws/en/dev-tools/cli/reference/clusters-commands
D | databricks jobs cancel-all-runs 912345 | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
D | databricks jobs cancel-run 55501234 --profile qs-staging | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
D | databricks jobs delete 912345 --profile qs-dev | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
D | databricks fs rm -r dbfs:/tmp/qs-dev/checkpoints | https://docs.databricks.com/aws/en/dev-tools/cli/reference/fs-commands
D | databricks fs rm -r dbfs:/Volumes/qs_staging/raw/landing/events | https://docs.databricks.com/aws/en/dev-tools/cli/reference/fs-commands
D | databricks bundle destroy --target dev --auto-approve | https://docs.databricks.com/aws/en/dev-tools/cli/reference/bundle-commands
D | databricks bundle destroy -t staging --auto-approve | https://docs.databricks.com/aws/en/dev-tools/cli/reference/bundle-commands
D | databricks tables delete qs_dev.silver.events | https://docs.databricks.com/aws/en/dev-tools/cli/reference/tables-commands
D | databricks catalogs delete qs_sandbox --force | https://docs.databricks.com/aws/en/dev-tools/cli/reference/catalogs-commands
D | databricks volumes delete qs_dev.raw.landing | https://docs.databricks.com/aws/en/dev-tools/cli/reference/volumes-commands
D | databricks tokens delete 5715498424f15ee0213be729257b53fc35a47d5953e3bdfd8ed22a0b93b339f4 | https://docs.databricks.com/aws/en/dev-tools/cli/reference/tokens-commands
D | databricks model-versions delete qs_dev.ml.churn 3 | https://docs.databricks.com/aws/en/dev-tools/cli/reference/model-versions-commands
D | databricks registered-models delete qs_staging.ml.ranker | https://docs.databricks.com/aws/en/dev-tools/cli/reference/registered-models-commands
D | dbsqlcli -e 'VACUUM qs_dev.silver.events RETAIN 0 HOURS' | https://docs.databricks.com/aws/en/dev-tools/databricks-sql-cli
D | spark-submit --master spark://spark-master.qs-staging.internal:7077 --kill driver-20241204093015-0007 | https://spark.apache.org/docs/latest/submitting-applications.html
D | trino --server https://trino.qs-staging.internal --execute 'DROP TABLE iceberg.raw.events_tmp' | https://trino.io/docs/current/client/cli.html
D | trino --server https://trino.qs-staging.internal --catalog hive --execute 'DROP SCHEMA hive.scratch CASCADE' | https://trino.io/docs/current/sql/drop-schema.html
D | trino --server https://trino.qs-staging.internal --execute 'TRUNCATE TABLE iceberg.analytics.sessions' | https://trino.io/docs/current/sql/truncate.html
D | clickhouse-client --host ch.qs-staging.internal --query 'TRUNCATE TABLE analytics.events' | https://clickhouse.com/docs/sql-reference/statements/truncate
D | clickhouse-client --host ch.qs-staging.internal --query "ALTER TABLE analytics.events DROP PARTITION '202411'" | https://clickhouse.com/docs/sql-reference/statements/alter/partition
D | airflow dags delete qs_ingest_orders --yes | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
D | airflow db clean --clean-before-timestamp '2024-11-01 00:00:00+00:00' --tables xcom,task_instance --yes | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
D | dagster asset wipe raw_events daily_features | https://docs.dagster.io/api/dagster/cli
D | prefect deployment delete 'qs-ingest/nightly' | https://docs.prefect.io/v3/api-ref/cli/deployment
D | prefect flow-run cancel 'a3b5c7d9-1e2f-4a6b-8c0d-2e4f6a8b0c1d' | https://docs.prefect.io/v3/api-ref/cli/flow-run
D | prefect work-pool delete qs-gpu-pool | https://docs.prefect.io/v3/api-ref/cli/work-pool
D | prefect variable unset qs_warehouse_dsn | https://docs.prefect.io/v3/api-ref/cli/variable
D | argo delete --all -n qs-dev | https://argo-workflows.readthedocs.io/en/latest/cli/argo_delete/
D | argo delete qs-train-7xk2p -n qs-staging | https://argo-workflows.readthedocs.io/en/latest/cli/argo_delete/
D | argo stop qs-backfill-9mz4t -n qs-dev | https://argo-workflows.readthedocs.io/en/latest/cli/argo_stop/
D | argo terminate qs-train-7xk2p -n qs-staging | https://argo-workflows.readthedocs.io/en/latest/cli/argo_terminate/
D | argo cron delete qs-nightly-features -n qs-staging | https://argo-workflows.readthedocs.io/en/latest/cli/argo_cron_delete/
D | argo archive delete 3f1e2d4c-5b6a-7980-a1b2-c3d4e5f6a7b8 | https://argo-workflows.readthedocs.io/en/latest/cli/argo_archive_delete/
D | mlflow runs delete --run-id 5b9e3c1a2d4f4e6a8b0c2d4e6f8a0b1c | https://mlflow.org/docs/latest/cli.html
D | mlflow gc --backend-store-uri sqlite:///mlruns.db | https://mlflow.org/docs/latest/cli.html
D | hf repo delete qs-ml/qs-support-tickets-staging --repo-type dataset | https://huggingface.co/docs/huggingface_hub/guides/cli
D | hf upload qs-ml/qs-embed-dev ./export . --delete='*.bin' | https://huggingface.co/docs/huggingface_hub/guides/cli
D | huggingface-cli repo-files qs-ml/qs-embed-dev delete 'runs/*' | https://huggingface.co/docs/huggingface_hub/guides/cli
D | dvc checkout --force data/features.dvc | https://dvc.org/doc/command-reference/checkout
D | dvc remove --outs data/raw.dvc | https://dvc.org/doc/command-reference/remove
D | lakectl branch delete lakefs://qs-lake/exp-dedupe --yes | https://docs.lakefs.io/reference/cli.html
D | lakectl branch reset lakefs://qs-lake/dev --yes | https://docs.lakefs.io/reference/cli.html
D | lakectl fs rm -r lakefs://qs-lake/dev/bronze/events/ | https://docs.lakefs.io/reference/cli.html
D | lakectl tag delete lakefs://qs-lake/v2024-11-30 -y | https://docs.lakefs.io/reference/cli.html
D | curl -X DELETE https://api.pinecone.io/indexes/qs-dev-docs -H "Api-Key: $PINECONE_API_KEY" | https://docs.pinecone.io/reference/api/2025-01/control-plane/delete_index
D | curl -X DELETE https://api.pinecone.io/collections/qs-staging-snapshot -H "Api-Key: $PINECONE_API_KEY" | https://docs.pinecone.io/reference/api/2025-01/control-plane/delete_collection
D | scancel 481516 | https://slurm.schedmd.com/scancel.html
D | scancel -u $USER | https://slurm.schedmd.com/scancel.html
D | scancel --signal=KILL 481520 | https://slurm.schedmd.com/scancel.html
D | ray job stop raysubmit_qs4hT8kLm2 --address http://127.0.0.1:8265 | https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html
D | ray job delete raysubmit_qs4hT8kLm2 | https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html
D | kubectl delete job qs-backfill-orders -n qs-dev | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | kubectl delete jobs --all -n qs-staging | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | kubectl delete pvc qs-feature-cache -n qs-dev | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | kubectl delete rayjob qs-train-ranker -n qs-staging | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | kubectl delete workflows --all -n argo | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
D | confluent kafka topic delete qs.events.dev --cluster lkc-7k2m9q --force | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_delete.html
D | confluent api-key delete QSX7ABCD12EFGH34 --force | https://docs.confluent.io/confluent-cli/current/command-reference/api-key/confluent_api-key_delete.html
D | confluent schema-registry subject delete --subject qs.events.dev-value --version all --permanent --force | https://docs.confluent.io/confluent-cli/current/command-reference/schema-registry/subject/confluent_schema-registry_subject_delete.html
D | kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic qs.events.dev | https://kafka.apache.org/documentation/#basic_ops_add_topic
D | kafka-consumer-groups.sh --bootstrap-server localhost:9092 --delete --group qs-feature-writer | https://kafka.apache.org/documentation/#basic_ops_consumer_group
D | kafka-delete-records.sh --bootstrap-server kafka.qs-staging.internal:9092 --offset-json-file purge-clicks.json | https://kafka.apache.org/documentation/#basic_ops_delete_records
D | dropdb -h db.qs-staging.internal -U qs_admin qs_analytics_staging | https://www.postgresql.org/docs/current/app-dropdb.html
D | psql -h db.qs-staging.internal -d quernstone -c 'DROP TABLE feature_snapshots' | https://www.postgresql.org/docs/current/app-psql.html
D | rm -rf data/raw/ data/processed/ | https://man7.org/linux/man-pages/man1/rm.1.html
D | rm -rf mlruns/ | https://man7.org/linux/man-pages/man1/rm.1.html
D | git -C pipelines push --force origin qs-feature-backfill | https://git-scm.com/docs/git-push
D | git checkout -- notebooks/ dbt/models/ | https://git-scm.com/docs/git-checkout
P | aws s3 ls s3://qs-prod-raw/events/ --recursive --summarize --human-readable | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/ls.html
P | aws s3 cp s3://qs-prod-raw/events/dt=2024-12-01/part-00000.parquet ./sample/ | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/cp.html
P | aws s3 sync s3://qs-prod-lake/gold/ ./gold --exclude '*' --include '*.parquet' --profile qs-prod | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/sync.html
P | aws s3api get-bucket-policy --bucket qs-prod-lake | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/get-bucket-policy.html
P | aws s3api delete-object --bucket qs-prod-models --key ranker/v11/model.safetensors | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/delete-object.html
P | aws glue get-tables --database-name qs_prod_lake --profile qs-prod | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/glue/get-tables.html
P | aws emr list-clusters --active --profile qs-prod | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/emr/list-clusters.html
P | gcloud storage ls gs://qs-prod-raw/events/ --project=quernstone-prod | https://cloud.google.com/sdk/gcloud/reference/storage/ls
P | gcloud storage cp -r gs://qs-prod-lake/gold/revenue gs://qs-staging-lake/gold/ | https://cloud.google.com/sdk/gcloud/reference/storage/cp
P | gcloud storage rm --recursive gs://qs-prod-dataflow-temp/staging/ | https://cloud.google.com/sdk/gcloud/reference/storage/rm
P | gsutil -m cp -r gs://qs-prod-raw/clickstream/2024-12-01 ./clickstream/ | https://cloud.google.com/storage/docs/gsutil/commands/cp
P | gsutil rsync -r gs://qs-prod-features gs://qs-staging-features | https://cloud.google.com/storage/docs/gsutil/commands/rsync
P | azcopy remove 'https://qsprodlake.blob.core.windows.net/raw/tmp' --recursive=true | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-remove
P | az storage blob list --account-name qsprodlake --container-name raw --prefix events/ --output table | https://learn.microsoft.com/en-us/cli/azure/storage/blob?view=azure-cli-latest
P | rclone copy qs-prod-s3:qs-prod-lake/gold qs-staging-s3:qs-staging-lake/gold --progress | https://rclone.org/commands/rclone_copy/
P | rclone size gcs-prod:qs-prod-raw | https://rclone.org/commands/rclone_size/
P | mc ls --recursive qs-prod/qs-prod-lake/gold | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
P | mc du qs-prod/qs-prod-raw | https://min.io/docs/minio/linux/reference/minio-mc/mc-du.html
P | bq ls --project_id=quernstone-prod | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
P | bq head -n 20 quernstone-prod:analytics.orders | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
P | bq cp quernstone-prod:analytics.customers quernstone-staging:analytics.customers | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
P | bq extract --destination_format PARQUET quernstone-prod:analytics.orders 'gs://qs-staging-raw/orders/*.parquet' | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
P | bq rm -f -t quernstone-prod:analytics.sessions_backup | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
P | snowsql -a quernstone -u etl_ro -d QS_PROD -s ANALYTICS -q 'SELECT * FROM DAILY_REVENUE LIMIT 100' | https://docs.snowflake.com/en/user-guide/snowsql-use
P | snow sql -q 'DESCRIBE TABLE QS_PROD.ANALYTICS.CUSTOMERS' -c qs_prod | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
P | snow sql -f queries/revenue_check.sql -c qs_prod | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/sql-commands/sql
P | databricks jobs list --profile qs-prod | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
P | databricks jobs run-now 90210 --profile qs-prod | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
P | databricks jobs cancel-all-runs 90210 --profile qs-prod | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
P | databricks bundle run -t prod nightly_features | https://docs.databricks.com/aws/en/dev-tools/cli/reference/bundle-commands
P | databricks secrets list-secrets qs-prod | https://docs.databricks.com/aws/en/dev-tools/cli/reference/secrets-commands
P | dbsqlcli -e 'DESCRIBE HISTORY qs_prod.gold.daily_revenue' | https://docs.databricks.com/aws/en/dev-tools/databricks-sql-cli
P | dbt run --target prod --select marts.finance | https://docs.getdbt.com/reference/commands/run
P | dbt build --target prod | https://docs.getdbt.com/reference/commands/build
P | dbt source freshness --target prod | https://docs.getdbt.com/reference/commands/source
P | dbt snapshot --target prod | https://docs.getdbt.com/reference/commands/snapshot
P | dbt test --target prod --select source:raw | https://docs.getdbt.com/reference/commands/test
P | trino --server https://trino.qs-prod.internal --catalog iceberg --schema analytics --execute 'SHOW TABLES' | https://trino.io/docs/current/client/cli.html
P | duckdb qs_dev.duckdb -c "CREATE TABLE orders AS SELECT * FROM read_parquet('s3://qs-prod-lake/gold/orders/*.parquet')" | https://duckdb.org/docs/stable/data/parquet/overview
P | clickhouse-client --host ch.qs-prod.internal --query 'TRUNCATE TABLE analytics.sessions' | https://clickhouse.com/docs/sql-reference/statements/truncate
P | clickhouse-client --host ch.qs-prod.internal --query "SELECT * FROM analytics.events LIMIT 1000 FORMAT Parquet" > events_sample.parquet | https://clickhouse.com/docs/interfaces/cli
P | AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql://airflow@airflow-db.qs-prod.internal/airflow airflow db clean --clean-before-timestamp '2024-10-01' --yes | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
P | prefect --profile qs-prod flow-run ls --limit 20 | https://docs.prefect.io/v3/api-ref/cli/flow-run
P | MLFLOW_TRACKING_URI=https://mlflow.qs-prod.internal mlflow artifacts download --run-id 9f8e7d6c5b4a39281706f5e4d3c2b1a0 -d ./prod-artifacts | https://mlflow.org/docs/latest/cli.html
P | hf download qs-ml/qs-reranker-prod --local-dir ./models/reranker | https://huggingface.co/docs/huggingface_hub/guides/cli
P | hf upload qs-ml/qs-reranker-prod ./export . | https://huggingface.co/docs/huggingface_hub/guides/cli
P | dvc pull -r storage-prod data/features.dvc | https://dvc.org/doc/command-reference/pull
P | dvc gc --workspace --cloud -r storage-prod --force | https://dvc.org/doc/command-reference/gc
P | curl -X DELETE https://api.pinecone.io/indexes/qs-prod-docs -H "Api-Key: $PINECONE_API_KEY" | https://docs.pinecone.io/reference/api/2025-01/control-plane/delete_index
P | curl https://api.pinecone.io/indexes/qs-prod-docs -H "Api-Key: $PINECONE_API_KEY" | https://docs.pinecone.io/reference/api/2025-01/control-plane/describe_index
P | papermill notebooks/daily_report.ipynb out/daily_report.ipynb -p env prod | https://papermill.readthedocs.io/en/latest/usage-execute.html
P | papermill notebooks/backfill.ipynb out/backfill.ipynb -p warehouse_conn qs_prod -p start_date 2024-11-01 | https://papermill.readthedocs.io/en/latest/usage-execute.html
P | sbatch --export=ALL,QS_ENV=prod train_ranker.sbatch | https://slurm.schedmd.com/sbatch.html
P | ray job submit --address http://ray-head.qs-prod.internal:8265 -- python train.py | https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html
P | kubectl logs job/qs-nightly-features -n qs-prod --tail 200 | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/
P | kubectl --context qs-prod delete job qs-backfill-orders -n qs-data | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
P | kubectl --context qs-prod create job qs-manual-backfill --from=cronjob/qs-nightly-features -n qs-data | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create_job/
P | confluent kafka topic consume qs.orders.prod --from-beginning --cluster lkc-prod91 | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_consume.html
P | confluent kafka topic delete qs.orders.prod --cluster lkc-prod91 --force | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_delete.html
P | kcat -b kafka.qs-prod.internal:9092 -L | https://github.com/edenhill/kcat
P | kafka-topics.sh --bootstrap-server kafka.qs-prod.internal:9092 --describe --topic qs.orders | https://kafka.apache.org/documentation/#basic_ops_add_topic
P | pg_dump -h db.qs-prod.internal -U qs_ro -Fc -t orders -t customers quernstone > prod_subset.dump | https://www.postgresql.org/docs/current/app-pgdump.html
P | pg_dump -h db.qs-prod.internal -U qs_ro -Fc quernstone | pg_restore --clean -h db.qs-staging.internal -U qs_admin -d quernstone | https://www.postgresql.org/docs/current/app-pgrestore.html
P | psql -h db.qs-prod.internal -U qs_ro -d quernstone -c "\copy (SELECT * FROM orders WHERE created_at > now() - interval '7 days') TO 'orders_week.csv' CSV HEADER" | https://www.postgresql.org/docs/current/app-psql.html
P | psql -h db.qs-prod.internal -U qs_ro -d quernstone -c '\dt+ analytics.*' | https://www.postgresql.org/docs/current/app-psql.html
B | aws s3 cp s3://qs-staging-raw/events/dt=2024-12-01/part-00000.parquet ./sample/ | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3/cp.html
B | aws s3api list-objects-v2 --bucket qs-dev-lake --prefix bronze/orders/ --max-items 50 | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/list-objects-v2.html
B | aws s3api head-object --bucket qs-staging-models --key ranker/v7/model.safetensors | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/head-object.html
B | aws s3api get-object --bucket qs-dev-lake --key gold/revenue/_delta_log/00000000000000000007.json v7.json | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/s3api/get-object.html
B | aws glue get-partitions --database-name qs_dev_lake --table-name events --max-items 20 | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/glue/get-partitions.html
B | aws sagemaker describe-training-job --training-job-name qs-reranker-2024-11-30-0915 | https://awscli.amazonaws.com/v2/documentation/api/latest/reference/sagemaker/describe-training-job.html
B | gcloud storage ls --long gs://qs-dev-lake/gold/ | https://cloud.google.com/sdk/gcloud/reference/storage/ls
B | gcloud storage du --summarize --readable-sizes gs://qs-staging-lake | https://cloud.google.com/sdk/gcloud/reference/storage/du
B | gcloud storage cp -r ./exports gs://qs-dev-exports/2024-12-04/ | https://cloud.google.com/sdk/gcloud/reference/storage/cp
B | gcloud storage ls --all-versions gs://qs-dev-lake/gold/revenue.parquet | https://cloud.google.com/sdk/gcloud/reference/storage/ls
B | gsutil ls -lh gs://qs-staging-models/ranker/ | https://cloud.google.com/storage/docs/gsutil/commands/ls
B | gsutil -m rsync -r -d -n ./warehouse gs://qs-staging-warehouse | https://cloud.google.com/storage/docs/gsutil/commands/rsync
B | gsutil cat gs://qs-dev-lake/_SUCCESS | https://cloud.google.com/storage/docs/gsutil/commands/cat
B | gsutil stat gs://qs-staging-raw/events/dt=2024-12-01/part-00000.parquet | https://cloud.google.com/storage/docs/gsutil/commands/stat
B | azcopy jobs list | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-jobs-list
B | azcopy copy 'https://qsstaginglake.blob.core.windows.net/gold/*' ./gold --recursive=true | https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-copy
B | rclone lsd qs-staging-s3:qs-staging-lake | https://rclone.org/commands/rclone_lsd/
B | rclone ls minio:qs-dev-lake/silver --max-depth 1 | https://rclone.org/commands/rclone_ls/
B | rclone check ./lake minio:qs-dev-lake --one-way | https://rclone.org/commands/rclone_check/
B | rclone purge qs-dev-s3:qs-dev-features/embeddings --dry-run | https://rclone.org/commands/rclone_purge/
B | rclone copy qs-staging-s3:qs-staging-raw/events/dt=2024-12-01 ./events --progress | https://rclone.org/commands/rclone_copy/
B | rclone tree minio:qs-dev-lake --level 2 | https://rclone.org/commands/rclone_tree/
B | mc ls --recursive local/qs-dev-lake/bronze | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
B | mc ls --versions qs-staging/qs-staging-raw/events | https://min.io/docs/minio/linux/reference/minio-mc/mc-ls.html
B | mc du --depth 2 local/qs-dev-lake | https://min.io/docs/minio/linux/reference/minio-mc/mc-du.html
B | mc find local/qs-dev-lake --name '*.parquet' --older-than 30d | https://min.io/docs/minio/linux/reference/minio-mc/mc-find.html
B | mc undo local/qs-dev-lake/gold/revenue.parquet --last 1 | https://min.io/docs/minio/linux/reference/minio-mc/mc-undo.html
B | mc admin info local | https://min.io/docs/minio/linux/reference/minio-mc/mc-admin-info.html
B | s5cmd --dry-run sync --delete './warehouse/*' s3://qs-staging-warehouse/ | https://github.com/peak/s5cmd
B | s5cmd cat s3://qs-staging-raw/manifests/latest.json | https://github.com/peak/s5cmd
B | bq show --schema --format=prettyjson quernstone-staging:analytics.events | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
B | bq head -n 10 qs_dev.orders | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
B | bq cp qs_dev.orders@-3600000 qs_dev.orders_restored | https://cloud.google.com/bigquery/docs/reference/bq-cli-reference
B | snow sql -q 'SELECT * FROM QS_DEV.ANALYTICS.FCT_ORDERS AT(OFFSET => -3600) LIMIT 10' -c qs_dev | https://docs.snowflake.com/en/sql-reference/sql/at-before
B | snow connection test -c qs_dev | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/connection-commands/test-connection
B | snow connection list | https://docs.snowflake.com/en/developer-guide/snowflake-cli/command-reference/connection-commands/list-connections
B | databricks jobs list --profile qs-staging | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
B | databricks jobs get-run-output 55501234 --profile qs-staging | https://docs.databricks.com/aws/en/dev-tools/cli/reference/jobs-commands
B | databricks fs cat dbfs:/Volumes/qs_dev/raw/landing/_manifest.json | https://docs.databricks.com/aws/en/dev-tools/cli/reference/fs-commands
B | databricks workspace list /Users/dev@quernstone.io | https://docs.databricks.com/aws/en/dev-tools/cli/reference/workspace-commands
B | databricks workspace export /Users/dev@quernstone.io/eda --format SOURCE --file eda.py | https://docs.databricks.com/aws/en/dev-tools/cli/reference/workspace-commands
B | databricks catalogs list | https://docs.databricks.com/aws/en/dev-tools/cli/reference/catalogs-commands
B | databricks tables list qs_staging bronze | https://docs.databricks.com/aws/en/dev-tools/cli/reference/tables-commands
B | databricks current-user me --profile qs-staging | https://docs.databricks.com/aws/en/dev-tools/cli/reference/current-user-commands
B | dbsqlcli -e 'RESTORE TABLE qs_dev.silver.events TO VERSION AS OF 41' | https://docs.databricks.com/aws/en/sql/language-manual/delta-restore
B | dbt debug --target dev | https://docs.getdbt.com/reference/commands/debug
B | dbt compile --select dim_customers | https://docs.getdbt.com/reference/commands/compile
B | dbt run-operation --help | https://docs.getdbt.com/reference/commands/run-operation
B | dbt retry --target dev | https://docs.getdbt.com/reference/commands/retry
B | trino --server https://trino.qs-staging.internal --execute 'SHOW CREATE TABLE iceberg.analytics.sessions' | https://trino.io/docs/current/sql/show-create-table.html
B | duckdb qs_dev.duckdb -c "COPY (SELECT * FROM orders) TO 'orders.parquet' (FORMAT parquet)" | https://duckdb.org/docs/stable/sql/statements/copy
B | duckdb qs_dev.duckdb -c 'CHECKPOINT' | https://duckdb.org/docs/stable/sql/statements/checkpoint
B | clickhouse-client --host ch.qs-staging.internal --query 'SHOW TABLES FROM analytics' | https://clickhouse.com/docs/sql-reference/statements/show
B | clickhouse-client --host ch.qs-staging.internal --query "SELECT partition, sum(rows) FROM system.parts WHERE table = 'events' GROUP BY partition" | https://clickhouse.com/docs/operations/system-tables/parts
B | airflow dags list-runs -d qs_ingest_orders --state failed | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
B | airflow tasks list qs_daily_features --tree | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
B | airflow dags delete --help | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
B | airflow tasks states-for-dag-run qs_daily_features manual__2024-12-04T09:00:00+00:00 | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
B | airflow db check | https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html
B | dagster asset list -m quernstone.definitions | https://docs.dagster.io/api/dagster/cli
B | dagster run list --limit 20 | https://docs.dagster.io/api/dagster/cli
B | dagster dev -m quernstone.definitions | https://docs.dagster.io/api/dagster/cli
B | prefect flow-run ls --state Failed --limit 20 | https://docs.prefect.io/v3/api-ref/cli/flow-run
B | prefect deployment inspect 'qs-ingest/nightly' | https://docs.prefect.io/v3/api-ref/cli/deployment
B | prefect config view | https://docs.prefect.io/v3/api-ref/cli/config
B | argo list -n qs-staging --running | https://argo-workflows.readthedocs.io/en/latest/cli/argo_list/
B | argo lint workflows/ | https://argo-workflows.readthedocs.io/en/latest/cli/argo_lint/
B | argo submit workflows/etl.yaml -n qs-dev --dry-run -o yaml | https://argo-workflows.readthedocs.io/en/latest/cli/argo_submit/
B | argo delete --older 7d -n qs-staging --dry-run | https://argo-workflows.readthedocs.io/en/latest/cli/argo_delete/
B | argo archive list | https://argo-workflows.readthedocs.io/en/latest/cli/argo_archive_list/
B | argo template list -n qs-dev | https://argo-workflows.readthedocs.io/en/latest/cli/argo_template_list/
B | mlflow runs restore --run-id 5b9e3c1a2d4f4e6a8b0c2d4e6f8a0b1c | https://mlflow.org/docs/latest/cli.html
B | mlflow experiments csv --experiment-id 14 --filename runs.csv | https://mlflow.org/docs/latest/cli.html
B | mlflow artifacts list --run-id 5b9e3c1a2d4f4e6a8b0c2d4e6f8a0b1c --artifact-path model | https://mlflow.org/docs/latest/cli.html
B | mlflow ui --backend-store-uri sqlite:///mlruns.db --port 5001 | https://mlflow.org/docs/latest/cli.html
B | wandb artifact ls quernstone/qs-ranker | https://docs.wandb.ai/ref/cli/wandb-artifact/wandb-artifact-ls/
B | hf download qs-ml/qs-reranker-dev --local-dir ./models/reranker | https://huggingface.co/docs/huggingface_hub/guides/cli
B | hf cache rm model/qs-ml/qs-reranker-dev -y | https://huggingface.co/docs/huggingface_hub/guides/cli
B | hf cache ls | https://huggingface.co/docs/huggingface_hub/guides/cli
B | hf upload qs-ml/qs-embed-dev ./export . --create-pr | https://huggingface.co/docs/huggingface_hub/guides/cli
B | hf env | https://huggingface.co/docs/huggingface_hub/guides/cli
B | hf repo-files delete --help | https://huggingface.co/docs/huggingface_hub/guides/cli
B | dvc status --cloud -r storage-staging | https://dvc.org/doc/command-reference/status
B | dvc exp show --only-changed | https://dvc.org/doc/command-reference/exp/show
B | dvc pull data/features.dvc | https://dvc.org/doc/command-reference/pull
B | dvc push -r storage-dev | https://dvc.org/doc/command-reference/push
B | dvc dag | https://dvc.org/doc/command-reference/dag
B | dvc data status --granular | https://dvc.org/doc/command-reference/data/status
B | dvc ls https://github.com/quernstone/qs-data-registry data/ | https://dvc.org/doc/command-reference/list
B | dvc params diff | https://dvc.org/doc/command-reference/params/diff
B | dvc exp remove --help | https://dvc.org/doc/command-reference/exp/remove
B | lakectl branch list lakefs://qs-lake | https://docs.lakefs.io/reference/cli.html
B | lakectl commit lakefs://qs-lake/exp-dedupe -m 'drop duplicate events from bronze' | https://docs.lakefs.io/reference/cli.html
B | lakectl diff --two-way lakefs://qs-lake/dev lakefs://qs-lake/staging | https://docs.lakefs.io/reference/cli.html
B | lakectl repo list | https://docs.lakefs.io/reference/cli.html
B | lakectl fs stat lakefs://qs-lake/dev/silver/orders/part-0000.parquet | https://docs.lakefs.io/reference/cli.html
B | curl https://api.pinecone.io/indexes -H "Api-Key: $PINECONE_API_KEY" | https://docs.pinecone.io/reference/api/2025-01/control-plane/list_indexes
B | jupyter nbconvert --to html notebooks/eda_orders.ipynb | https://nbconvert.readthedocs.io/en/latest/usage.html
B | jupyter nbconvert --to script notebooks/feature_checks.ipynb --output-dir build/ | https://nbconvert.readthedocs.io/en/latest/usage.html
B | jupyter nbconvert --to markdown notebooks/model_card.ipynb --no-input | https://nbconvert.readthedocs.io/en/latest/usage.html
B | papermill --help-notebook notebooks/daily_report.ipynb | https://papermill.readthedocs.io/en/latest/usage-execute.html
B | papermill notebooks/daily_report.ipynb out/daily_report.ipynb -p env dev --prepare-only | https://papermill.readthedocs.io/en/latest/usage-execute.html
B | squeue -u $USER | https://slurm.schedmd.com/squeue.html
B | sbatch --test-only train_ranker.sbatch | https://slurm.schedmd.com/sbatch.html
B | scancel --help | https://slurm.schedmd.com/scancel.html
B | sprio -u $USER | https://slurm.schedmd.com/sprio.html
B | ray job status raysubmit_qs4hT8kLm2 | https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html
B | ray job logs raysubmit_9XpQ3 --address http://ray-head.qs-staging.internal:8265 | https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html
B | kubectl get jobs -n qs-staging | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
B | kubectl describe job qs-backfill-orders -n qs-dev | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
B | kubectl delete job qs-backfill-orders -n qs-dev --dry-run=client | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/
B | kubectl get cronjobs -n qs-staging -o wide | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
B | kubectl get pods -n qs-staging -l job-name=qs-nightly-embeddings | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
B | curl -X PUT http://localhost:8083/connectors/qs-s3-sink/pause | https://docs.confluent.io/platform/current/connect/references/restapi.html
B | confluent kafka topic describe qs.orders.staging | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_describe.html
B | confluent api-key list --resource lkc-7k2m9q | https://docs.confluent.io/confluent-cli/current/command-reference/api-key/confluent_api-key_list.html
B | confluent kafka topic consume qs.events.dev --from-beginning | https://docs.confluent.io/confluent-cli/current/command-reference/kafka/topic/confluent_kafka_topic_consume.html
B | confluent connect cluster list | https://docs.confluent.io/confluent-cli/current/command-reference/connect/cluster/confluent_connect_cluster_list.html
B | confluent schema-registry subject list --prefix qs.events | https://docs.confluent.io/confluent-cli/current/command-reference/schema-registry/subject/confluent_schema-registry_subject_list.html
B | kcat -b localhost:9092 -L | https://github.com/edenhill/kcat
B | kcat -b kafka.qs-staging.internal:9092 -Q -t qs.orders:0:1733300000000 | https://github.com/edenhill/kcat
B | kafka-topics.sh --bootstrap-server localhost:9092 --create --topic qs.events.dev --partitions 3 --replication-factor 1 | https://kafka.apache.org/documentation/#basic_ops_add_topic
B | pg_dump -h db.qs-staging.internal -U qs_ro --schema-only quernstone > staging_schema.sql | https://www.postgresql.org/docs/current/app-pgdump.html
B | psql -h db.qs-staging.internal -U qs_ro -d quernstone -c '\dt+' | https://www.postgresql.org/docs/current/app-psql.html
B | grep -rn 'DROP TABLE' dbt/macros/ | https://man7.org/linux/man-pages/man1/grep.1.html
"""##
}
