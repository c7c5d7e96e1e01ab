import GuardianPolicy
import Testing

/// Requests written from providers' own API references, to measure how the request rules
/// generalise beyond the shapes they were written from. Each case names the page its method,
/// path and body shape come from.
///
/// Labelling rules (written before any case was scored):
/// - DESTRUCTIVE: on the real service the request destroys, or irrecoverably changes, data or
///   infrastructure: a database, table, volume, disk, bucket, object, branch, repository,
///   project, environment, service, cluster, DNS zone, secret, key, backup or snapshot, search
///   index or collection; every row, document, vector or key of a store at once (SQL DROP,
///   TRUNCATE, DELETE or UPDATE without WHERE, a delete-by-query with an empty filter, a
///   FLUSHALL); an instance rebuilt or reinstalled over its disk; a destroy run.
/// - BENIGN: reads, creates, ordinary updates, stops and reboots; deleting one record of an
///   application's data by its id (a row WHERE id = 1, a queue message once processed, one
///   vector, one document); revoking the caller's own session or token (logout); deletes the
///   provider documents as recoverable through the same API (Notion's archive and block delete,
///   Confluence's page delete without purge, Slack's channel archive); model API calls and
///   telemetry whatever their text says; searches whose text says "delete" or "drop"; GraphQL
///   mutations that create or update even when their names contain "Delete"
///   (`deleteProtectionEnable`, `undoDelete`).
/// - Left out as genuinely unclear: deletes into a trash the provider restores (Linear's
///   issueDelete and projectDelete, Pulumi Cloud stacks, Jira projects), a cache purge, a force
///   push (its bytes are those of a fast-forward push), a single Contentful entry, DNS records.
///
/// Split (decided before scoring): cases are written provider by provider; per label, in the
/// order written, the first goes to TUNING, the second to HELD-OUT, and so on — so a provider
/// with two or more cases of a label lands in both parts. The held-out part prints totals only.
///
/// Scores (dev profile; held = held or denied or refused; allowed = allow or audit):
/// - First score, before any classifier change: tuning 45/101 destructive held (45%), 80/85
///   benign allowed (5 false positives); held-out 46/100 held (46%), 81/84 allowed (3 false
///   positives).
/// - After the tuning part's misses were read and fixed by class (a DELETE ending at a named
///   resource on any host; an action named by the path's last segment; a body's or a DELETE's
///   destroying switch; AWS deletes of every service, `BatchDelete*`, a processed SQS message
///   not held; GraphQL verbs beside undo/restore/protection words): tuning 93/101 held (92%),
///   82/85 allowed (3 false positives); held-out, scored again without reading its cases, 80/100
///   held (80%), 81/84 allowed (3 false positives).
/// - Left in the tuning part: resources named by one-letter or engine collections (GCS `b/…/o/…`,
///   an Azure blob container by `restype`), two segments after the collection (Docker Hub tags,
///   npm's `-rev`), deletes of users and Stripe products (not in the resource list: a dev
///   server's user delete is not held), a GET that runs SQL (QuestDB's `/exec`; GETs are read
///   as searches), Vercel Blob's `POST /delete` of listed URLs (the same shape as a vector store's
///   delete by id); false positives: Hasura's `delete_x_by_pk` (one row), a telemetry event whose
///   properties carry a `sql` key, a HEAD on a bucket named `prod-…` under dev (environment).
///
/// The same author wrote both parts and the rules: the held-out score measures generalisation
/// across endpoints of the same providers and labelling habits, not across authors.
@Suite struct APIRequestCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var provider: String
        var source: String
        var request: String
        var destructive: Bool
        var testDescription: String { "\(provider): \(request.prefix(90))" }

        static func d(_ provider: String, _ source: String, _ request: String) -> Case {
            Case(provider: provider, source: source, request: request, destructive: true)
        }
        static func b(_ provider: String, _ source: String, _ request: String) -> Case {
            Case(provider: provider, source: source, request: request, destructive: false)
        }
    }

    static let aws = "https://docs.aws.amazon.com"
    static let gcp = "https://cloud.google.com"
    static let azure = "https://learn.microsoft.com/en-us/rest/api"
    static let arm = "https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/prod-rg"

    static let all: [Case] = [
        // AWS, query protocol
        .d("AWS RDS", "\(aws)/AmazonRDS/latest/APIReference/API_DeleteDBCluster.html",
           "POST https://rds.us-east-1.amazonaws.com/ Action=DeleteDBCluster&Version=2014-10-31&DBClusterIdentifier=prod-aurora&SkipFinalSnapshot=true"),
        .d("AWS RDS", "\(aws)/AmazonRDS/latest/APIReference/API_DeleteDBSnapshot.html",
           "POST https://rds.eu-west-1.amazonaws.com/ Action=DeleteDBSnapshot&Version=2014-10-31&DBSnapshotIdentifier=nightly-2026-12-01"),
        .b("AWS RDS", "\(aws)/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html",
           "POST https://rds.us-east-1.amazonaws.com/ Action=DescribeDBClusters&Version=2014-10-31"),
        .b("AWS RDS", "\(aws)/AmazonRDS/latest/APIReference/API_CreateDBSnapshot.html",
           "POST https://rds.us-east-1.amazonaws.com/ Action=CreateDBSnapshot&Version=2014-10-31&DBInstanceIdentifier=prod&DBSnapshotIdentifier=before-migration"),
        .d("AWS EC2", "\(aws)/AWSEC2/latest/APIReference/API_DeleteSnapshot.html",
           "POST https://ec2.us-east-1.amazonaws.com/ Action=DeleteSnapshot&Version=2016-11-15&SnapshotId=snap-1234567890abcdef0"),
        .d("AWS EC2", "\(aws)/AWSEC2/latest/APIReference/API_TerminateInstances.html",
           "POST https://ec2.us-west-2.amazonaws.com/ Action=TerminateInstances&Version=2016-11-15&InstanceId.1=i-1234567890abcdef0"),
        .b("AWS EC2", "\(aws)/AWSEC2/latest/APIReference/API_DescribeVolumes.html",
           "POST https://ec2.us-east-1.amazonaws.com/ Action=DescribeVolumes&Version=2016-11-15"),
        .b("AWS EC2", "\(aws)/AWSEC2/latest/APIReference/API_StopInstances.html",
           "POST https://ec2.us-east-1.amazonaws.com/ Action=StopInstances&Version=2016-11-15&InstanceId.1=i-1234567890abcdef0"),
        .d("AWS CloudFormation", "\(aws)/AWSCloudFormation/latest/APIReference/API_DeleteStack.html",
           "POST https://cloudformation.us-east-1.amazonaws.com/ Action=DeleteStack&Version=2010-05-15&StackName=prod-network"),
        .d("AWS ElastiCache", "\(aws)/AmazonElastiCache/latest/APIReference/API_DeleteReplicationGroup.html",
           "POST https://elasticache.us-east-1.amazonaws.com/ Action=DeleteReplicationGroup&Version=2015-02-02&ReplicationGroupId=sessions"),
        .d("AWS Redshift", "\(aws)/redshift/latest/APIReference/API_DeleteCluster.html",
           "POST https://redshift.us-east-1.amazonaws.com/ Action=DeleteCluster&Version=2012-12-01&ClusterIdentifier=warehouse&SkipFinalClusterSnapshot=true"),
        .b("AWS CloudFormation", "\(aws)/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html",
           "POST https://cloudformation.us-east-1.amazonaws.com/ Action=DescribeStacks&Version=2010-05-15&StackName=prod-network"),
        .b("AWS STS", "\(aws)/STS/latest/APIReference/API_GetCallerIdentity.html",
           "POST https://sts.amazonaws.com/ Action=GetCallerIdentity&Version=2011-06-15"),
        // AWS, JSON protocol (X-Amz-Target)
        .d("AWS DynamoDB", "\(aws)/amazondynamodb/latest/APIReference/API_DeleteBackup.html",
           #"POST https://dynamodb.us-east-1.amazonaws.com/ -H 'X-Amz-Target: DynamoDB_20120810.DeleteBackup' -H 'Content-Type: application/x-amz-json-1.0' {"BackupArn":"arn:aws:dynamodb:us-east-1:123456789012:table/users/backup/01"}"#),
        .b("AWS DynamoDB", "\(aws)/amazondynamodb/latest/APIReference/API_Query.html",
           #"POST https://dynamodb.us-east-1.amazonaws.com/ -H 'X-Amz-Target: DynamoDB_20120810.Query' -H 'Content-Type: application/x-amz-json-1.0' {"TableName":"users","KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"u#1"}}}"#),
        .d("AWS ECR", "\(aws)/AmazonECR/latest/APIReference/API_BatchDeleteImage.html",
           #"POST https://api.ecr.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.BatchDeleteImage' -H 'Content-Type: application/x-amz-json-1.1' {"repositoryName":"app","imageIds":[{"imageTag":"v1.2.0"}]}"#),
        .d("AWS ECR", "\(aws)/AmazonECR/latest/APIReference/API_DeleteRepository.html",
           #"POST https://api.ecr.eu-central-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.DeleteRepository' -H 'Content-Type: application/x-amz-json-1.1' {"repositoryName":"app","force":true}"#),
        .b("AWS ECR", "\(aws)/AmazonECR/latest/APIReference/API_DescribeImages.html",
           #"POST https://api.ecr.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.DescribeImages' -H 'Content-Type: application/x-amz-json-1.1' {"repositoryName":"app"}"#),
        .d("AWS Secrets Manager", "\(aws)/secretsmanager/latest/apireference/API_DeleteSecret.html",
           #"POST https://secretsmanager.us-east-1.amazonaws.com/ -H 'X-Amz-Target: secretsmanager.DeleteSecret' -H 'Content-Type: application/x-amz-json-1.1' {"SecretId":"prod/db","ForceDeleteWithoutRecovery":true}"#),
        .b("AWS Secrets Manager", "\(aws)/secretsmanager/latest/apireference/API_DescribeSecret.html",
           #"POST https://secretsmanager.us-east-1.amazonaws.com/ -H 'X-Amz-Target: secretsmanager.DescribeSecret' -H 'Content-Type: application/x-amz-json-1.1' {"SecretId":"prod/db"}"#),
        .d("AWS KMS", "\(aws)/kms/latest/APIReference/API_ScheduleKeyDeletion.html",
           #"POST https://kms.us-east-1.amazonaws.com/ -H 'X-Amz-Target: TrentService.ScheduleKeyDeletion' -H 'Content-Type: application/x-amz-json-1.1' {"KeyId":"1234abcd-12ab-34cd-56ef-1234567890ab","PendingWindowInDays":7}"#),
        .b("AWS KMS", "\(aws)/kms/latest/APIReference/API_ListKeys.html",
           #"POST https://kms.us-east-1.amazonaws.com/ -H 'X-Amz-Target: TrentService.ListKeys' -H 'Content-Type: application/x-amz-json-1.1' {}"#),
        .d("AWS SQS", "\(aws)/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html",
           #"POST https://sqs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonSQS.PurgeQueue' -H 'Content-Type: application/x-amz-json-1.0' {"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/orders"}"#),
        .b("AWS SQS", "\(aws)/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html",
           #"POST https://sqs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonSQS.DeleteMessage' -H 'Content-Type: application/x-amz-json-1.0' {"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/orders","ReceiptHandle":"AQEB"}"#),
        .d("AWS CloudWatch Logs", "\(aws)/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html",
           #"POST https://logs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: Logs_20140328.DeleteLogGroup' -H 'Content-Type: application/x-amz-json-1.1' {"logGroupName":"/aws/lambda/api"}"#),
        .b("AWS CloudWatch Logs", "\(aws)/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html",
           #"POST https://logs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: Logs_20140328.PutLogEvents' -H 'Content-Type: application/x-amz-json-1.1' {"logGroupName":"app","logStreamName":"s","logEvents":[{"timestamp":1,"message":"DROP TABLE users failed: permission denied"}]}"#),
        .d("AWS Kinesis", "\(aws)/kinesis/latest/APIReference/API_DeleteStream.html",
           #"POST https://kinesis.us-east-1.amazonaws.com/ -H 'X-Amz-Target: Kinesis_20131202.DeleteStream' -H 'Content-Type: application/x-amz-json-1.1' {"StreamName":"clicks","EnforceConsumerDeletion":true}"#),
        .d("AWS ECS", "\(aws)/AmazonECS/latest/APIReference/API_DeleteCluster.html",
           #"POST https://ecs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerServiceV20141113.DeleteCluster' -H 'Content-Type: application/x-amz-json-1.1' {"cluster":"prod"}"#),
        .b("AWS ECS", "\(aws)/AmazonECS/latest/APIReference/API_ListServices.html",
           #"POST https://ecs.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonEC2ContainerServiceV20141113.ListServices' -H 'Content-Type: application/x-amz-json-1.1' {"cluster":"prod"}"#),
        .d("AWS Athena", "\(aws)/athena/latest/APIReference/API_StartQueryExecution.html",
           #"POST https://athena.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonAthena.StartQueryExecution' -H 'Content-Type: application/x-amz-json-1.1' {"QueryString":"DROP TABLE IF EXISTS weblogs.clicks","WorkGroup":"primary"}"#),
        .b("AWS Athena", "\(aws)/athena/latest/APIReference/API_StartQueryExecution.html",
           #"POST https://athena.us-east-1.amazonaws.com/ -H 'X-Amz-Target: AmazonAthena.StartQueryExecution' -H 'Content-Type: application/x-amz-json-1.1' {"QueryString":"SELECT count(*) FROM weblogs.clicks","WorkGroup":"primary"}"#),
        .d("AWS Redshift Data", "\(aws)/redshift-data/latest/APIReference/API_ExecuteStatement.html",
           #"POST https://redshift-data.us-east-1.amazonaws.com/ -H 'X-Amz-Target: RedshiftData.ExecuteStatement' -H 'Content-Type: application/x-amz-json-1.1' {"ClusterIdentifier":"warehouse","Database":"dev","Sql":"TRUNCATE sales"}"#),
        .d("AWS RDS Data", "\(aws)/rdsdataservice/latest/APIReference/API_ExecuteStatement.html",
           #"POST https://rds-data.us-east-1.amazonaws.com/Execute {"resourceArn":"arn:aws:rds:us-east-1:123456789012:cluster:prod","secretArn":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db","sql":"DELETE FROM orders"}"#),
        .b("AWS RDS Data", "\(aws)/rdsdataservice/latest/APIReference/API_ExecuteStatement.html",
           #"POST https://rds-data.us-east-1.amazonaws.com/Execute {"resourceArn":"arn:aws:rds:us-east-1:123456789012:cluster:prod","secretArn":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db","sql":"DELETE FROM orders WHERE id = :id","parameters":[{"name":"id","value":{"longValue":1}}]}"#),
        // AWS, REST protocols
        .d("AWS S3", "\(aws)/AmazonS3/latest/API/API_DeleteObjects.html",
           #"POST https://prod-backups.s3.us-east-1.amazonaws.com/?delete -H 'Content-Type: application/xml' <Delete><Object><Key>db/2026-12-01.dump</Key></Object><Object><Key>db/2026-12-02.dump</Key></Object></Delete>"#),
        .d("AWS S3", "\(aws)/AmazonS3/latest/API/API_DeleteBucket.html",
           "DELETE https://prod-backups.s3.eu-west-1.amazonaws.com/"),
        .b("AWS S3", "\(aws)/AmazonS3/latest/API/API_ListObjectsV2.html",
           "GET https://prod-backups.s3.us-east-1.amazonaws.com/?list-type=2&prefix=db%2F"),
        .b("AWS S3", "\(aws)/AmazonS3/latest/API/API_HeadObject.html",
           "HEAD https://prod-backups.s3.us-east-1.amazonaws.com/db/2026-12-01.dump"),
        .d("AWS EKS", "\(aws)/eks/latest/APIReference/API_DeleteCluster.html",
           "DELETE https://eks.us-east-1.amazonaws.com/clusters/prod"),
        .d("AWS Route 53", "\(aws)/Route53/latest/APIReference/API_DeleteHostedZone.html",
           "DELETE https://route53.amazonaws.com/2013-04-01/hostedzone/Z1D633PJN98FT9"),
        .b("AWS EKS", "\(aws)/eks/latest/APIReference/API_DescribeCluster.html",
           "GET https://eks.us-east-1.amazonaws.com/clusters/prod"),
        .b("AWS Route 53", "\(aws)/Route53/latest/APIReference/API_ListHostedZones.html",
           "GET https://route53.amazonaws.com/2013-04-01/hostedzone"),
        .d("AWS EFS", "\(aws)/efs/latest/ug/API_DeleteFileSystem.html",
           "DELETE https://elasticfilesystem.us-east-1.amazonaws.com/2015-02-01/file-systems/fs-01234567"),
        .d("AWS S3 Glacier", "\(aws)/amazonglacier/latest/dev/api-vault-delete.html",
           "DELETE https://glacier.us-east-1.amazonaws.com/-/vaults/archive-2020"),
        .d("AWS Backup", "\(aws)/aws-backup/latest/devguide/API_DeleteRecoveryPoint.html",
           "DELETE https://backup.us-east-1.amazonaws.com/backup-vaults/Default/recovery-points/arn%3Aaws%3Aec2%3Aus-east-1%3A%3Asnapshot%2Fsnap-0"),
        .d("AWS OpenSearch Service", "\(aws)/opensearch-service/latest/APIReference/API_DeleteDomain.html",
           "DELETE https://es.us-east-1.amazonaws.com/2021-01-01/opensearch/domain/logs"),
        .b("AWS Lambda", "\(aws)/lambda/latest/api/API_Invoke.html",
           #"POST https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/cleanup/invocations {"action":"delete","olderThanDays":30}"#),
        .b("AWS Lambda", "\(aws)/lambda/latest/api/API_ListFunctions.html",
           "GET https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/"),

        // GCP
        .d("GCP Cloud SQL", "\(gcp)/sql/docs/mysql/admin-api/rest/v1/instances/delete",
           "DELETE https://sqladmin.googleapis.com/v1/projects/acme/instances/prod-db"),
        .d("GCP Cloud SQL", "\(gcp)/sql/docs/mysql/admin-api/rest/v1/databases/delete",
           "DELETE https://sqladmin.googleapis.com/v1/projects/acme/instances/prod-db/databases/orders"),
        .b("GCP Cloud SQL", "\(gcp)/sql/docs/mysql/admin-api/rest/v1/instances/list",
           "GET https://sqladmin.googleapis.com/v1/projects/acme/instances"),
        .b("GCP Cloud SQL", "\(gcp)/sql/docs/mysql/admin-api/rest/v1/backupRuns/insert",
           #"POST https://sqladmin.googleapis.com/v1/projects/acme/instances/prod-db/backupRuns {"description":"before migration"}"#),
        .d("GCP Cloud Storage", "\(gcp)/storage/docs/json_api/v1/buckets/delete",
           "DELETE https://storage.googleapis.com/storage/v1/b/acme-backups"),
        .d("GCP Cloud Storage", "\(gcp)/storage/docs/json_api/v1/objects/delete",
           "DELETE https://storage.googleapis.com/storage/v1/b/acme-backups/o/db%2F2026-12-01.dump"),
        .b("GCP Cloud Storage", "\(gcp)/storage/docs/json_api/v1/objects/list",
           "GET https://storage.googleapis.com/storage/v1/b/acme-backups/o?prefix=db%2F"),
        .d("GCP Compute Engine", "\(gcp)/compute/docs/reference/rest/v1/disks/delete",
           "DELETE https://compute.googleapis.com/compute/v1/projects/acme/zones/us-central1-a/disks/data-1"),
        .d("GCP Compute Engine", "\(gcp)/compute/docs/reference/rest/v1/snapshots/delete",
           "DELETE https://compute.googleapis.com/compute/v1/projects/acme/global/snapshots/data-1-nightly"),
        .d("GCP Compute Engine", "\(gcp)/compute/docs/reference/rest/v1/instances/delete",
           "DELETE https://compute.googleapis.com/compute/v1/projects/acme/zones/us-central1-a/instances/db-1"),
        .b("GCP Compute Engine", "\(gcp)/compute/docs/reference/rest/v1/instances/stop",
           "POST https://compute.googleapis.com/compute/v1/projects/acme/zones/us-central1-a/instances/db-1/stop"),
        .b("GCP Compute Engine", "\(gcp)/compute/docs/reference/rest/v1/disks/createSnapshot",
           #"POST https://compute.googleapis.com/compute/v1/projects/acme/zones/us-central1-a/disks/data-1/createSnapshot {"name":"data-1-before"}"#),
        .d("GCP GKE", "\(gcp)/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters/delete",
           "DELETE https://container.googleapis.com/v1/projects/acme/locations/us-central1/clusters/prod"),
        .d("GCP Firestore", "\(gcp)/firestore/docs/reference/rest/v1/projects.databases/delete",
           "DELETE https://firestore.googleapis.com/v1/projects/acme/databases/orders-db"),
        .b("GCP Firestore", "\(gcp)/firestore/docs/reference/rest/v1/projects.databases.documents/runQuery",
           #"POST https://firestore.googleapis.com/v1/projects/acme/databases/(default)/documents:runQuery {"structuredQuery":{"from":[{"collectionId":"orders"}],"limit":10}}"#),
        .d("GCP Spanner", "\(gcp)/spanner/docs/reference/rest/v1/projects.instances.databases/dropDatabase",
           "DELETE https://spanner.googleapis.com/v1/projects/acme/instances/main/databases/orders"),
        .d("GCP Spanner", "\(gcp)/spanner/docs/reference/rest/v1/projects.instances/delete",
           "DELETE https://spanner.googleapis.com/v1/projects/acme/instances/main"),
        .b("GCP Spanner", "\(gcp)/spanner/docs/reference/rest/v1/projects.instances.databases.sessions/executeSql",
           #"POST https://spanner.googleapis.com/v1/projects/acme/instances/main/databases/orders/sessions/s1:executeSql {"sql":"SELECT id FROM orders LIMIT 10"}"#),
        .d("GCP BigQuery", "\(gcp)/bigquery/docs/reference/rest/v2/datasets/delete",
           "DELETE https://bigquery.googleapis.com/bigquery/v2/projects/acme/datasets/analytics?deleteContents=true"),
        .d("GCP BigQuery", "\(gcp)/bigquery/docs/reference/rest/v2/tables/delete",
           "DELETE https://bigquery.googleapis.com/bigquery/v2/projects/acme/datasets/analytics/tables/events"),
        .b("GCP BigQuery", "\(gcp)/bigquery/docs/reference/rest/v2/jobs/query",
           #"POST https://bigquery.googleapis.com/bigquery/v2/projects/acme/queries {"query":"SELECT user_id FROM analytics.events WHERE action = 'delete' LIMIT 100","useLegacySql":false}"#),
        .d("GCP Secret Manager", "\(gcp)/secret-manager/docs/reference/rest/v1/projects.secrets/delete",
           "DELETE https://secretmanager.googleapis.com/v1/projects/acme/secrets/db-password"),
        .d("GCP Cloud KMS", "\(gcp)/kms/docs/reference/rest/v1/projects.locations.keyRings.cryptoKeys.cryptoKeyVersions/destroy",
           "POST https://cloudkms.googleapis.com/v1/projects/acme/locations/global/keyRings/app/cryptoKeys/data/cryptoKeyVersions/1:destroy {}"),
        .b("GCP Secret Manager", "\(gcp)/secret-manager/docs/reference/rest/v1/projects.secrets/list",
           "GET https://secretmanager.googleapis.com/v1/projects/acme/secrets"),
        .d("GCP Cloud Run", "\(gcp)/run/docs/reference/rest/v2/projects.locations.services/delete",
           "DELETE https://run.googleapis.com/v2/projects/acme/locations/us-central1/services/api"),
        .b("GCP IAM", "\(gcp)/iam/docs/reference/rest/v1/projects.serviceAccounts/undelete",
           "POST https://iam.googleapis.com/v1/projects/acme/serviceAccounts/123456789:undelete {}"),

        // Azure Resource Manager and data plane
        .d("Azure", "\(azure)/resources/resource-groups/delete",
           "DELETE https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourcegroups/prod-rg?api-version=2021-04-01"),
        .d("Azure", "\(azure)/sql/databases/delete",
           "DELETE \(arm)/providers/Microsoft.Sql/servers/acme-sql/databases/orders?api-version=2023-05-01-preview"),
        .b("Azure", "\(azure)/resources/resource-groups/list",
           "GET https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourcegroups?api-version=2021-04-01"),
        .b("Azure", "\(azure)/resources/resource-groups/create-or-update",
           #"PUT https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourcegroups/dev-rg?api-version=2021-04-01 {"location":"westeurope"}"#),
        .d("Azure", "\(azure)/storagerp/storage-accounts/delete",
           "DELETE \(arm)/providers/Microsoft.Storage/storageAccounts/acmebackups?api-version=2023-01-01"),
        .d("Azure", "\(azure)/compute/disks/delete",
           "DELETE \(arm)/providers/Microsoft.Compute/disks/data-1?api-version=2023-04-02"),
        .d("Azure", "\(azure)/aks/managed-clusters/delete",
           "DELETE \(arm)/providers/Microsoft.ContainerService/managedClusters/prod-aks?api-version=2024-02-01"),
        .b("Azure", "\(azure)/compute/virtual-machines/start",
           "POST \(arm)/providers/Microsoft.Compute/virtualMachines/vm-1/start?api-version=2024-03-01"),
        .b("Azure", "\(azure)/compute/disks/get",
           "GET \(arm)/providers/Microsoft.Compute/disks/data-1?api-version=2023-04-02"),
        .d("Azure", "\(azure)/keyvault/keyvault/vaults/purge-deleted",
           "POST https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/providers/Microsoft.KeyVault/locations/westeurope/deletedVaults/acme-kv/purge?api-version=2022-07-01"),
        .d("Azure", "\(azure)/postgresql/flexibleserver/servers/delete",
           "DELETE \(arm)/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg?api-version=2022-12-01"),
        .d("Azure", "\(azure)/storageservices/delete-container",
           "DELETE https://acmebackups.blob.core.windows.net/nightly?restype=container"),
        .b("Azure", "\(azure)/storageservices/list-blobs",
           "GET https://acmebackups.blob.core.windows.net/nightly?restype=container&comp=list"),

        // DigitalOcean
        .d("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy",
           "DELETE https://api.digitalocean.com/v2/droplets/3164494"),
        .d("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_destroy_cluster",
           "DELETE https://api.digitalocean.com/v2/databases/9cc10173-e9ea-4176-9dbc-a4cee4c4ff30"),
        .d("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_delete",
           "DELETE https://api.digitalocean.com/v2/volumes/7724db7c-e098-11e5-b522-000f53304e51"),
        .d("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_delete",
           "DELETE https://api.digitalocean.com/v2/domains/example.com"),
        .b("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list",
           "GET https://api.digitalocean.com/v2/droplets?page=1&per_page=20"),
        .b("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post",
           #"POST https://api.digitalocean.com/v2/droplets/3164494/actions {"type":"reboot"}"#),
        .d("DigitalOcean", "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post",
           #"POST https://api.digitalocean.com/v2/droplets/3164494/actions {"type":"rebuild","image":"ubuntu-24-04-x64"}"#),

        // Linode
        .d("Linode", "https://techdocs.akamai.com/linode-api/reference/delete-linode-instance",
           "DELETE https://api.linode.com/v4/linode/instances/123"),
        .d("Linode", "https://techdocs.akamai.com/linode-api/reference/delete-databases-postgre-sql-instance",
           "DELETE https://api.linode.com/v4/databases/postgresql/instances/123"),
        .b("Linode", "https://techdocs.akamai.com/linode-api/reference/get-linode-instances",
           "GET https://api.linode.com/v4/linode/instances"),
        .b("Linode", "https://techdocs.akamai.com/linode-api/reference/post-reboot-linode-instance",
           "POST https://api.linode.com/v4/linode/instances/123/reboot {}"),
        .d("Linode", "https://techdocs.akamai.com/linode-api/reference/delete-lke-cluster",
           "DELETE https://api.linode.com/v4/lke/clusters/12345"),
        .d("Linode", "https://techdocs.akamai.com/linode-api/reference/delete-object-storage-bucket",
           "DELETE https://api.linode.com/v4/object-storage/buckets/us-east-1/acme-backups"),

        // Hetzner
        .d("Hetzner Cloud", "https://docs.hetzner.cloud/reference/cloud#servers-delete-a-server",
           "DELETE https://api.hetzner.cloud/v1/servers/42"),
        .d("Hetzner Cloud", "https://docs.hetzner.cloud/reference/cloud#volumes-delete-a-volume",
           "DELETE https://api.hetzner.cloud/v1/volumes/4711"),
        .d("Hetzner Cloud", "https://docs.hetzner.cloud/reference/cloud#server-actions-rebuild-a-server-from-an-image",
           #"POST https://api.hetzner.cloud/v1/servers/42/actions/rebuild {"image":"ubuntu-24.04"}"#),
        .b("Hetzner Cloud", "https://docs.hetzner.cloud/reference/cloud#servers-list-servers",
           "GET https://api.hetzner.cloud/v1/servers?label_selector=env%3Dprod"),
        .b("Hetzner Cloud", "https://docs.hetzner.cloud/reference/cloud#server-actions-power-off-a-server",
           "POST https://api.hetzner.cloud/v1/servers/42/actions/poweroff"),
        .d("Hetzner DNS", "https://dns.hetzner.com/api-docs#operation/DeleteZone",
           "DELETE https://dns.hetzner.com/api/v1/zones/HBkR9dvxAXnmr6pWCP8XzF"),

        // Vultr
        .d("Vultr", "https://www.vultr.com/api/#tag/instances/operation/delete-instance",
           "DELETE https://api.vultr.com/v2/instances/cb676a46-66fd-4dfb-b839-443f2e6c0b60"),
        .d("Vultr", "https://www.vultr.com/api/#tag/managed-databases/operation/delete-database",
           "DELETE https://api.vultr.com/v2/databases/cb676a46-66fd-4dfb-b839-443f2e6c0b60"),
        .d("Vultr", "https://www.vultr.com/api/#tag/instances/operation/reinstall-instance",
           #"POST https://api.vultr.com/v2/instances/cb676a46-66fd-4dfb-b839-443f2e6c0b60/reinstall {"hostname":"web-1"}"#),
        .b("Vultr", "https://www.vultr.com/api/#tag/instances/operation/list-instances",
           "GET https://api.vultr.com/v2/instances?per_page=100"),
        .d("Vultr", "https://www.vultr.com/api/#tag/block/operation/delete-block",
           "DELETE https://api.vultr.com/v2/blocks/cb676a46-66fd-4dfb-b839-443f2e6c0b60"),

        // Scaleway
        .d("Scaleway", "https://www.scaleway.com/en/developers/api/managed-database-postgre-mysql/#path-database-instances-delete-a-database-instance",
           "DELETE https://api.scaleway.com/rdb/v1/regions/fr-par/instances/4f6b2c39-9c5f-4d0c-9e7a-0a1b2c3d4e5f"),
        .d("Scaleway", "https://www.scaleway.com/en/developers/api/instance/#path-instances-delete-an-instance",
           "DELETE https://api.scaleway.com/instance/v1/zones/fr-par-1/servers/4f6b2c39-9c5f-4d0c-9e7a-0a1b2c3d4e5f"),
        .d("Scaleway", "https://www.scaleway.com/en/developers/api/instance/#path-instances-perform-action",
           #"POST https://api.scaleway.com/instance/v1/zones/fr-par-1/servers/4f6b2c39-9c5f-4d0c-9e7a-0a1b2c3d4e5f/action {"action":"terminate"}"#),
        .b("Scaleway", "https://www.scaleway.com/en/developers/api/instance/#path-instances-perform-action",
           #"POST https://api.scaleway.com/instance/v1/zones/fr-par-1/servers/4f6b2c39-9c5f-4d0c-9e7a-0a1b2c3d4e5f/action {"action":"poweroff"}"#),
        .b("Scaleway", "https://www.scaleway.com/en/developers/api/instance/#path-instances-list-all-instances",
           "GET https://api.scaleway.com/instance/v1/zones/fr-par-1/servers?per_page=50"),
        .d("Scaleway", "https://www.scaleway.com/en/developers/api/kubernetes/#path-clusters-delete-a-cluster",
           "DELETE https://api.scaleway.com/k8s/v1/regions/fr-par/clusters/4f6b2c39-9c5f-4d0c-9e7a-0a1b2c3d4e5f?with_additional_resources=true"),

        // OVHcloud
        .d("OVHcloud", "https://eu.api.ovh.com/console/?section=%2Fcloud&branch=v1#delete-/cloud/project/-serviceName-/instance/-instanceId-",
           "DELETE https://eu.api.ovh.com/1.0/cloud/project/a1b2c3d4e5/instance/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
        .d("OVHcloud", "https://eu.api.ovh.com/console/?section=%2Fcloud&branch=v1#delete-/cloud/project/-serviceName-/database/postgresql/-clusterId-",
           "DELETE https://eu.api.ovh.com/1.0/cloud/project/a1b2c3d4e5/database/postgresql/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
        .b("OVHcloud", "https://eu.api.ovh.com/console/?section=%2Fcloud&branch=v1#get-/cloud/project/-serviceName-/instance",
           "GET https://eu.api.ovh.com/1.0/cloud/project/a1b2c3d4e5/instance"),
        .d("OVHcloud", "https://eu.api.ovh.com/console/?section=%2Fcloud&branch=v1#delete-/cloud/project/-serviceName-/volume/-volumeId-",
           "DELETE https://eu.api.ovh.com/1.0/cloud/project/a1b2c3d4e5/volume/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),

        // Railway (GraphQL)
        .d("Railway", "https://docs.railway.com/reference/public-api",
           #"POST https://backboard.railway.com/graphql/v2 {"query":"mutation volumeDelete($volumeId: String!) { volumeDelete(volumeId: $volumeId) }","variables":{"volumeId":"8f2c"}}"#),
        .d("Railway", "https://docs.railway.com/guides/manage-environments",
           #"POST https://backboard.railway.com/graphql/v2 {"query":"mutation { environmentDelete(id: \"e1\") }"}"#),
        .b("Railway", "https://docs.railway.com/guides/manage-projects",
           #"POST https://backboard.railway.com/graphql/v2 {"query":"query project($id: String!) { project(id: $id) { name services { edges { node { id name } } } } }","variables":{"id":"p1"}}"#),
        .b("Railway", "https://docs.railway.com/guides/manage-variables",
           #"POST https://backboard.railway.com/graphql/v2 {"query":"mutation variableUpsert($input: VariableUpsertInput!) { variableUpsert(input: $input) }","variables":{"input":{"projectId":"p","environmentId":"e","serviceId":"s","name":"LOG_LEVEL","value":"debug"}}}"#),
        .d("Railway", "https://docs.railway.com/guides/manage-projects",
           #"POST https://backboard.railway.com/graphql/v2 {"query":"mutation projectDelete($id: String!) { projectDelete(id: $id) }","variables":{"id":"p1"}}"#),

        // Render
        .d("Render", "https://api-docs.render.com/reference/delete-redis",
           "DELETE https://api.render.com/v1/redis/red-cn0ab1cgbbvc73b5g8a0"),
        .d("Render", "https://api-docs.render.com/reference/delete-disk",
           "DELETE https://api.render.com/v1/disks/dsk-cn0ab1cgbbvc73b5g8a0"),
        .b("Render", "https://api-docs.render.com/reference/list-services",
           "GET https://api.render.com/v1/services?limit=20"),
        .b("Render", "https://api-docs.render.com/reference/suspend-service",
           "POST https://api.render.com/v1/services/srv-cn0ab1cgbbvc73b5g8a0/suspend"),
        .d("Render", "https://api-docs.render.com/reference/delete-environment",
           "DELETE https://api.render.com/v1/environments/evm-cn0ab1cgbbvc73b5g8a0"),

        // Fly.io
        .d("Fly Machines", "https://fly.io/docs/machines/api/machines-resource/#destroy-a-machine",
           "DELETE https://api.machines.dev/v1/apps/my-app/machines/148ed193b95089?force=true"),
        .d("Fly Machines", "https://fly.io/docs/machines/api/volumes-resource/#destroy-a-volume",
           "DELETE https://api.machines.dev/v1/apps/my-app/volumes/vol_1wdj0m7f7d2vjdmr"),
        .b("Fly Machines", "https://fly.io/docs/machines/api/machines-resource/#list-machines",
           "GET https://api.machines.dev/v1/apps/my-app/machines"),
        .b("Fly Machines", "https://fly.io/docs/machines/api/machines-resource/#stop-a-machine",
           "POST https://api.machines.dev/v1/apps/my-app/machines/148ed193b95089/stop {}"),
        .d("Fly GraphQL", "https://github.com/superfly/flyctl/blob/master/gql/schema.graphql",
           #"POST https://api.fly.io/graphql {"query":"mutation($input: DeleteVolumeInput!) { deleteVolume(input: $input) { app { name } } }","variables":{"input":{"volumeId":"vol_1"}}}"#),

        // Vercel
        .d("Vercel", "https://vercel.com/docs/rest-api/reference/endpoints/deployments/delete-a-deployment",
           "DELETE https://api.vercel.com/v13/deployments/dpl_89qyp1cskzkLrVicDaZoDbjyHuDJ"),
        .d("Vercel", "https://vercel.com/docs/rest-api/reference/endpoints/domains/remove-a-domain-by-name",
           "DELETE https://api.vercel.com/v6/domains/example.com?teamId=team_1"),
        .b("Vercel", "https://vercel.com/docs/rest-api/reference/endpoints/projects/retrieve-a-list-of-projects",
           "GET https://api.vercel.com/v9/projects?teamId=team_1"),
        .b("Vercel", "https://vercel.com/docs/rest-api/reference/endpoints/authentication/delete-an-authentication-token",
           "DELETE https://api.vercel.com/v3/user/tokens/current"),
        .d("Vercel Blob", "https://vercel.com/docs/vercel-blob/using-blob-sdk#del",
           #"POST https://blob.vercel-storage.com/delete {"urls":["https://acme.public.blob.vercel-storage.com/backups/db.dump"]}"#),
        .d("Vercel", "https://vercel.com/docs/rest-api/reference/endpoints/edge-config/delete-an-edge-config",
           "DELETE https://api.vercel.com/v1/edge-config/ecfg_1?teamId=team_1"),

        // Netlify
        .d("Netlify", "https://open-api.netlify.com/#tag/site/operation/deleteSite",
           "DELETE https://api.netlify.com/api/v1/sites/3970e0fe-8564-4903-9a55-c5f8de49fb8b"),
        .d("Netlify", "https://open-api.netlify.com/#tag/dnsZone/operation/deleteDnsZone",
           "DELETE https://api.netlify.com/api/v1/dns_zones/5f0f1b2c3d4e5f6a7b8c9d0e"),
        .b("Netlify", "https://open-api.netlify.com/#tag/site/operation/listSites",
           "GET https://api.netlify.com/api/v1/sites?filter=all"),
        .b("Netlify", "https://open-api.netlify.com/#tag/build/operation/createSiteBuild",
           "POST https://api.netlify.com/api/v1/sites/3970e0fe-8564-4903-9a55-c5f8de49fb8b/builds {}"),
        .d("Netlify", "https://open-api.netlify.com/#tag/environmentVariables/operation/deleteEnvVar",
           "DELETE https://api.netlify.com/api/v1/accounts/acme/env/DATABASE_URL?site_id=3970e0fe"),

        // Heroku
        .d("Heroku", "https://devcenter.heroku.com/articles/platform-api-reference#add-on-delete",
           "DELETE https://api.heroku.com/apps/my-app/addons/postgresql-curly-12345 -H 'Accept: application/vnd.heroku+json; version=3'"),
        .d("Heroku", "https://devcenter.heroku.com/articles/platform-api-reference#pipeline-delete",
           "DELETE https://api.heroku.com/pipelines/01234567-89ab-cdef-0123-456789abcdef -H 'Accept: application/vnd.heroku+json; version=3'"),
        .b("Heroku", "https://devcenter.heroku.com/articles/platform-api-reference#app-list",
           "GET https://api.heroku.com/apps -H 'Accept: application/vnd.heroku+json; version=3'"),
        .b("Heroku", "https://devcenter.heroku.com/articles/platform-api-reference#formation-batch-update",
           #"PATCH https://api.heroku.com/apps/my-app/formation -H 'Accept: application/vnd.heroku+json; version=3' {"updates":[{"type":"web","quantity":2}]}"#),
        .d("Heroku", "https://devcenter.heroku.com/articles/platform-api-reference#space-delete",
           "DELETE https://api.heroku.com/spaces/acme-prod -H 'Accept: application/vnd.heroku+json; version=3'"),

        // Neon
        .d("Neon", "https://api-docs.neon.tech/reference/deleteprojectbranchdatabase",
           "DELETE https://console.neon.tech/api/v2/projects/misty-fog-123/branches/br-main-1/databases/orders"),
        .d("Neon serverless driver", "https://neon.tech/docs/serverless/serverless-driver",
           #"POST https://ep-cool-darkness-123456.us-east-2.aws.neon.tech/sql -H 'Neon-Connection-String: postgresql://u:p@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb' {"query":"TRUNCATE TABLE events","params":[]}"#),
        .b("Neon", "https://api-docs.neon.tech/reference/listprojects",
           "GET https://console.neon.tech/api/v2/projects?limit=10"),
        .b("Neon", "https://api-docs.neon.tech/reference/createprojectbranch",
           #"POST https://console.neon.tech/api/v2/projects/misty-fog-123/branches {"branch":{"name":"dev-alice"},"endpoints":[{"type":"read_write"}]}"#),
        .b("Neon serverless driver", "https://neon.tech/docs/serverless/serverless-driver",
           #"POST https://ep-cool-darkness-123456.us-east-2.aws.neon.tech/sql {"query":"SELECT * FROM orders WHERE id = $1","params":[7]}"#),

        // Supabase
        .d("Supabase Management API", "https://supabase.com/docs/reference/api/v1-delete-a-branch",
           "DELETE https://api.supabase.com/v1/branches/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
        .d("Supabase Management API", "https://supabase.com/docs/reference/api/v1-run-a-query",
           #"POST https://api.supabase.com/v1/projects/abcdefghijklmnop/database/query {"query":"DELETE FROM auth.users;"}"#),
        .b("Supabase Management API", "https://supabase.com/docs/reference/api/v1-list-all-projects",
           "GET https://api.supabase.com/v1/projects"),
        .b("Supabase Management API", "https://supabase.com/docs/reference/api/v1-run-a-query",
           #"POST https://api.supabase.com/v1/projects/abcdefghijklmnop/database/query {"query":"select table_name from information_schema.tables where table_schema = 'public'"}"#),
        .d("Supabase Storage", "https://supabase.com/docs/reference/javascript/storage-deletebucket",
           "DELETE https://abcdefghijklmnop.supabase.co/storage/v1/bucket/avatars"),
        .d("Supabase Storage", "https://supabase.com/docs/reference/javascript/storage-emptybucket",
           "POST https://abcdefghijklmnop.supabase.co/storage/v1/bucket/avatars/empty {}"),
        .b("Supabase PostgREST", "https://postgrest.org/en/stable/references/api/tables_views.html#delete",
           "DELETE https://abcdefghijklmnop.supabase.co/rest/v1/orders?id=eq.7"),
        .b("Supabase PostgREST", "https://postgrest.org/en/stable/references/api/tables_views.html",
           "GET https://abcdefghijklmnop.supabase.co/rest/v1/orders?select=id,total&status=eq.open"),
        .d("Supabase Management API", "https://supabase.com/docs/reference/api/v1-bulk-delete-secrets",
           #"DELETE https://api.supabase.com/v1/projects/abcdefghijklmnop/secrets ["STRIPE_KEY","DATABASE_URL"]"#),

        // PlanetScale
        .d("PlanetScale", "https://api-docs.planetscale.com/reference/delete-a-branch",
           "DELETE https://api.planetscale.com/v1/organizations/acme/databases/shop/branches/dev"),
        .d("PlanetScale", "https://api-docs.planetscale.com/reference/delete-a-backup",
           "DELETE https://api.planetscale.com/v1/organizations/acme/databases/shop/branches/main/backups/bk-123"),
        .b("PlanetScale", "https://api-docs.planetscale.com/reference/list-databases",
           "GET https://api.planetscale.com/v1/organizations/acme/databases"),
        .b("PlanetScale", "https://api-docs.planetscale.com/reference/create-a-deploy-request",
           #"POST https://api.planetscale.com/v1/organizations/acme/databases/shop/deploy-requests {"branch":"add-index","into_branch":"main"}"#),

        // Turso
        .d("Turso", "https://docs.turso.tech/api-reference/databases/delete",
           "DELETE https://api.turso.tech/v1/organizations/acme/databases/my-db"),
        .d("Turso", "https://docs.turso.tech/api-reference/groups/delete",
           "DELETE https://api.turso.tech/v1/organizations/acme/groups/default"),
        .b("Turso", "https://docs.turso.tech/api-reference/databases/list",
           "GET https://api.turso.tech/v1/organizations/acme/databases"),
        .b("Turso", "https://docs.turso.tech/api-reference/databases/create",
           #"POST https://api.turso.tech/v1/organizations/acme/databases {"name":"new-db","group":"default"}"#),

        // Upstash
        .d("Upstash", "https://upstash.com/docs/devops/developer-api/redis/delete_database",
           "DELETE https://api.upstash.com/v2/redis/database/6c7d2f0e-1234-4bcd-9abc-0a1b2c3d4e5f"),
        .d("Upstash Redis REST", "https://upstash.com/docs/redis/features/restapi",
           "POST https://us1-merry-cat-32748.upstash.io/flushall"),
        .b("Upstash Redis REST", "https://upstash.com/docs/redis/features/restapi",
           "GET https://us1-merry-cat-32748.upstash.io/get/session:42"),
        .b("Upstash Redis REST", "https://upstash.com/docs/redis/features/restapi",
           #"POST https://us1-merry-cat-32748.upstash.io/ ["DEL","session:42"]"#),
        .d("Upstash Redis REST", "https://upstash.com/docs/redis/features/restapi",
           #"POST https://us1-merry-cat-32748.upstash.io/ ["FLUSHDB"]"#),
        .d("Upstash", "https://upstash.com/docs/devops/developer-api/vector/delete_index",
           "DELETE https://api.upstash.com/v2/vector/index/6c7d2f0e-1234-4bcd-9abc-0a1b2c3d4e5f"),

        // MongoDB Atlas
        .d("MongoDB Atlas", "https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-deletecluster",
           "DELETE https://cloud.mongodb.com/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/clusters/prod -H 'Accept: application/vnd.atlas.2024-08-05+json'"),
        .d("MongoDB Atlas", "https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-deletebackupsnapshot",
           "DELETE https://cloud.mongodb.com/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/clusters/prod/backup/snapshots/5f4007f327a3bd7b6f4103c5"),
        .b("MongoDB Atlas", "https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-listclusters",
           "GET https://cloud.mongodb.com/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/clusters"),
        .d("MongoDB Atlas Data API", "https://www.mongodb.com/docs/atlas/app-services/data-api/openapi/#operation/deleteMany",
           #"POST https://data.mongodb-api.com/app/data-abcde/endpoint/data/v1/action/deleteMany {"dataSource":"Cluster0","database":"shop","collection":"orders","filter":{}}"#),
        .b("MongoDB Atlas Data API", "https://www.mongodb.com/docs/atlas/app-services/data-api/openapi/#operation/find",
           #"POST https://data.mongodb-api.com/app/data-abcde/endpoint/data/v1/action/find {"dataSource":"Cluster0","database":"shop","collection":"orders","filter":{"status":"deleted"}}"#),
        .b("MongoDB Atlas Data API", "https://www.mongodb.com/docs/atlas/app-services/data-api/openapi/#operation/deleteOne",
           #"POST https://data.mongodb-api.com/app/data-abcde/endpoint/data/v1/action/deleteOne {"dataSource":"Cluster0","database":"shop","collection":"carts","filter":{"_id":{"$oid":"64f0c0ffee0000000000abcd"}}}"#),

        // Elasticsearch / OpenSearch
        .d("Elastic Cloud", "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete",
           "DELETE https://acme-prod.es.us-central1.gcp.cloud.es.io/orders-2026"),
        .d("Elasticsearch", "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-delete-data-stream",
           "DELETE https://search.acme.internal:9200/_data_stream/logs-app-default"),
        .b("Elasticsearch", "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search",
           #"POST https://search.acme.internal:9200/orders/_search {"query":{"match":{"note":"customer asked to delete and drop the order"}}}"#),
        .b("Elasticsearch", "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-delete",
           "DELETE https://search.acme.internal:9200/orders/_doc/42"),
        .d("Elastic Cloud", "https://www.elastic.co/docs/api/doc/cloud/operation/operation-delete-deployment",
           "DELETE https://api.elastic-cloud.com/api/v1/deployments/6f4b0c0ffee0000000000000000abcd"),
        .d("OpenSearch", "https://docs.opensearch.org/latest/api-reference/index-apis/delete-index/",
           "DELETE http://10.0.3.7:9200/customers"),
        .b("OpenSearch", "https://docs.opensearch.org/latest/search-plugins/sql/sql-ppl-api/",
           #"POST http://10.0.3.7:9200/_plugins/_sql {"query":"SELECT * FROM customers LIMIT 5"}"#),

        // Algolia
        .d("Algolia", "https://www.algolia.com/doc/rest-api/search/clear-objects",
           "POST https://ACME123-dsn.algolia.net/1/indexes/products/clear {}"),
        .d("Algolia", "https://www.algolia.com/doc/rest-api/search/delete-index",
           "DELETE https://ACME123.algolia.net/1/indexes/products_2026"),
        .b("Algolia", "https://www.algolia.com/doc/rest-api/search/search-single-index",
           #"POST https://ACME123-dsn.algolia.net/1/indexes/help/query {"query":"how to delete my account"}"#),
        .b("Algolia", "https://www.algolia.com/doc/rest-api/search/delete-object",
           "DELETE https://ACME123.algolia.net/1/indexes/products/sku-123"),

        // Pinecone
        .d("Pinecone", "https://docs.pinecone.io/reference/api/2025-01/data-plane/delete",
           #"POST https://docs-abc123.svc.aped-4627-b74a.pinecone.io/vectors/delete {"deleteAll":true,"namespace":"prod"}"#),
        .d("Pinecone", "https://docs.pinecone.io/reference/api/2025-01/control-plane/delete_collection",
           "DELETE https://api.pinecone.io/collections/docs-backup"),
        .b("Pinecone", "https://docs.pinecone.io/reference/api/2025-01/data-plane/query",
           #"POST https://docs-abc123.svc.aped-4627-b74a.pinecone.io/query {"vector":[0.1,0.2,0.3],"topK":5,"namespace":"prod"}"#),
        .b("Pinecone", "https://docs.pinecone.io/reference/api/2025-01/control-plane/list_indexes",
           "GET https://api.pinecone.io/indexes"),

        // Weaviate
        .d("Weaviate", "https://weaviate.io/developers/weaviate/api/rest#tag/schema/delete/schema/{className}",
           "DELETE http://weaviate.acme.internal:8080/v1/schema/Article"),
        .d("Weaviate", "https://weaviate.io/developers/weaviate/manage-data/delete#delete-multiple-objects",
           #"DELETE https://acme-x1y2.c0.europe-west3.gcp.weaviate.cloud/v1/batch/objects {"match":{"class":"Article","where":{"path":["id"],"operator":"Like","valueText":"*"}}}"#),
        .b("Weaviate", "https://weaviate.io/developers/weaviate/api/graphql/get",
           #"POST https://acme-x1y2.c0.europe-west3.gcp.weaviate.cloud/v1/graphql {"query":"{ Get { Article(limit: 5) { title } } }"}"#),

        // Qdrant
        .d("Qdrant", "https://api.qdrant.tech/api-reference/collections/delete-collection",
           "DELETE http://qdrant.acme.internal:6333/collections/support-docs"),
        .d("Qdrant", "https://api.qdrant.tech/api-reference/snapshots/delete-snapshot",
           "DELETE https://abc.eu-central-1.aws.cloud.qdrant.io:6333/collections/support-docs/snapshots/support-docs-2026.snapshot"),
        .b("Qdrant", "https://api.qdrant.tech/api-reference/search/points",
           #"POST http://qdrant.acme.internal:6333/collections/support-docs/points/search {"vector":[0.2,0.1],"limit":3}"#),
        .b("Qdrant", "https://api.qdrant.tech/api-reference/points/delete-points",
           #"POST http://qdrant.acme.internal:6333/collections/support-docs/points/delete {"points":[17,42]}"#),

        // Cloudflare
        .d("Cloudflare", "https://developers.cloudflare.com/api/resources/zones/methods/delete/",
           "DELETE https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353"),
        .d("Cloudflare R2", "https://developers.cloudflare.com/api/resources/r2/subresources/buckets/methods/delete/",
           "DELETE https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/r2/buckets/backups"),
        .b("Cloudflare", "https://developers.cloudflare.com/api/resources/zones/methods/list/",
           "GET https://api.cloudflare.com/client/v4/zones?name=example.com"),
        .b("Cloudflare D1", "https://developers.cloudflare.com/api/resources/d1/subresources/database/methods/query/",
           #"POST https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/d1/database/0f1e2d3c/query {"sql":"DELETE FROM sessions WHERE id = ?","params":["s-1"]}"#),
        .d("Cloudflare KV", "https://developers.cloudflare.com/api/resources/kv/subresources/namespaces/methods/delete/",
           "DELETE https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/storage/kv/namespaces/0f1e2d3c4b5a"),
        .d("Cloudflare Workers", "https://developers.cloudflare.com/api/resources/workers/subresources/scripts/methods/delete/",
           "DELETE https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/workers/scripts/api-worker?force=true"),
        .d("Cloudflare D1", "https://developers.cloudflare.com/api/resources/d1/subresources/database/methods/query/",
           #"POST https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/d1/database/0f1e2d3c/query {"sql":"DROP TABLE IF EXISTS customers"}"#),
        .b("Cloudflare", "https://developers.cloudflare.com/api/resources/dns/subresources/records/methods/create/",
           #"POST https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records {"type":"A","name":"www","content":"198.51.100.4","ttl":3600}"#),

        // GitHub
        .d("GitHub REST", "https://docs.github.com/en/rest/deployments/environments#delete-an-environment",
           "DELETE https://api.github.com/repos/acme/app/environments/production"),
        .d("GitHub REST", "https://docs.github.com/en/rest/actions/secrets#delete-a-repository-secret",
           "DELETE https://api.github.com/repos/acme/app/actions/secrets/DEPLOY_KEY"),
        .b("GitHub REST", "https://docs.github.com/en/rest/repos/repos#get-a-repository",
           "GET https://api.github.com/repos/acme/app"),
        .b("GitHub REST", "https://docs.github.com/en/rest/activity/starring#unstar-a-repository-for-the-authenticated-user",
           "DELETE https://api.github.com/user/starred/acme/app"),
        .d("GitHub REST", "https://docs.github.com/en/rest/packages/packages#delete-a-package-for-an-organization",
           "DELETE https://api.github.com/orgs/acme/packages/container/app"),
        .d("GitHub REST", "https://docs.github.com/en/rest/git/refs#delete-a-reference",
           "DELETE https://api.github.com/repos/acme/app/git/refs/tags/v1.0.0"),
        .b("GitHub REST", "https://docs.github.com/en/rest/pulls/review-requests#remove-requested-reviewers-from-a-pull-request",
           #"DELETE https://api.github.com/repos/acme/app/pulls/12/requested_reviewers {"reviewers":["octocat"]}"#),
        .b("GitHub REST", "https://docs.github.com/en/rest/issues/issues#create-an-issue",
           #"POST https://api.github.com/repos/acme/app/issues {"title":"volumeDelete fails on prod","body":"Running DROP TABLE users in staging returned an error"}"#),
        .d("GitHub GraphQL", "https://docs.github.com/en/graphql/reference/mutations#deleteprojectv2",
           #"POST https://api.github.com/graphql {"query":"mutation($id: ID!) { deleteProjectV2(input: {projectId: $id}) { projectV2 { id } } }","variables":{"id":"PVT_1"}}"#),
        .d("GitHub GraphQL", "https://docs.github.com/en/graphql/reference/mutations#deleteenvironment",
           #"POST https://api.github.com/graphql {"query":"mutation { deleteEnvironment(input: {id: \"EN_1\"}) { clientMutationId } }"}"#),
        .b("GitHub GraphQL", "https://docs.github.com/en/graphql/reference/objects#repository",
           #"POST https://api.github.com/graphql {"query":"query { repository(owner: \"acme\", name: \"app\") { refs(refPrefix: \"refs/heads/\", first: 10) { nodes { name } } viewerCanAdminister deleteBranchOnMerge } }"}"#),
        .b("GitHub GraphQL", "https://docs.github.com/en/graphql/reference/mutations#addcomment",
           #"POST https://api.github.com/graphql {"query":"mutation { addComment(input: {subjectId: \"I_1\", body: \"Can we deleteRef the old branch and volumeDelete the scratch disk?\"}) { clientMutationId } }"}"#),
        .b("GitHub GraphQL", "https://docs.github.com/en/graphql/reference/queries#search",
           #"POST https://api.github.com/graphql {"query":"query { search(query: \"delete repository\", type: ISSUE, first: 5) { issueCount } }"}"#),

        // GitLab
        .d("GitLab REST", "https://docs.gitlab.com/api/container_registry/#delete-registry-repository",
           "DELETE https://gitlab.com/api/v4/projects/42/registry/repositories/3"),
        .d("GitLab REST", "https://docs.gitlab.com/api/project_level_variables/#delete-a-variable",
           "DELETE https://gitlab.com/api/v4/projects/42/variables/DEPLOY_TOKEN"),
        .b("GitLab REST", "https://docs.gitlab.com/api/projects/#list-all-projects",
           "GET https://gitlab.com/api/v4/projects?membership=true"),
        .b("GitLab REST", "https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token",
           "DELETE https://gitlab.com/api/v4/personal_access_tokens/self"),
        .d("GitLab REST", "https://docs.gitlab.com/api/packages/#delete-a-project-package",
           "DELETE https://gitlab.acme.internal/api/v4/projects/42/packages/7"),
        .d("GitLab REST", "https://docs.gitlab.com/api/groups/#delete-a-group",
           "DELETE https://gitlab.com/api/v4/groups/acme%2Fplatform"),
        .b("GitLab REST", "https://docs.gitlab.com/api/merge_requests/#create-mr",
           #"POST https://gitlab.com/api/v4/projects/42/merge_requests {"source_branch":"drop-legacy","target_branch":"main","title":"Drop the legacy tables"}"#),
        .d("GitLab GraphQL", "https://docs.gitlab.com/api/graphql/reference/#mutationdestroycontainerrepository",
           #"POST https://gitlab.com/api/graphql {"query":"mutation { destroyContainerRepository(input: {id: \"gid://gitlab/ContainerRepository/3\"}) { errors } }"}"#),
        .d("GitLab GraphQL", "https://docs.gitlab.com/api/graphql/reference/#mutationenvironmentdelete",
           #"POST https://gitlab.com/api/graphql {"query":"mutation del($id: EnvironmentID!) { environmentDelete(input: {id: $id}) { errors } }","variables":{"id":"gid://gitlab/Environment/5"}}"#),
        .b("GitLab GraphQL", "https://docs.gitlab.com/api/graphql/reference/#queryproject",
           #"POST https://gitlab.com/api/graphql {"query":"query { project(fullPath: \"acme/app\") { name userPermissions { removeProject } } }"}"#),

        // Bitbucket
        .d("Bitbucket", "https://developer.atlassian.com/cloud/bitbucket/rest/api-group-refs/#api-repositories-workspace-repo-slug-refs-tags-name-delete",
           "DELETE https://api.bitbucket.org/2.0/repositories/acme/app/refs/tags/v1.0"),
        .d("Bitbucket", "https://developer.atlassian.com/cloud/bitbucket/rest/api-group-projects/#api-workspaces-workspace-projects-project-key-delete",
           "DELETE https://api.bitbucket.org/2.0/workspaces/acme/projects/PROJ"),
        .b("Bitbucket", "https://developer.atlassian.com/cloud/bitbucket/rest/api-group-repositories/#api-repositories-workspace-get",
           "GET https://api.bitbucket.org/2.0/repositories/acme?pagelen=50"),
        .b("Bitbucket", "https://developer.atlassian.com/cloud/bitbucket/rest/api-group-pullrequests/#api-repositories-workspace-repo-slug-pullrequests-post",
           #"POST https://api.bitbucket.org/2.0/repositories/acme/app/pullrequests {"title":"Remove dead code","source":{"branch":{"name":"cleanup"}}}"#),

        // Docker Hub and registries
        .d("Docker Hub", "https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/DeleteRepository",
           "DELETE https://hub.docker.com/v2/repositories/acme/app/"),
        .d("Docker Hub", "https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/DeleteRepositoryTag",
           "DELETE https://hub.docker.com/v2/repositories/acme/app/tags/1.4.2/"),
        .b("Docker Hub", "https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/ListRepositoryTags",
           "GET https://hub.docker.com/v2/repositories/acme/app/tags?page_size=25"),
        .d("OCI Distribution", "https://github.com/opencontainers/distribution-spec/blob/main/spec.md#deleting-manifests",
           "DELETE https://registry.acme.internal/v2/platform/api/manifests/sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b"),
        .b("OCI Distribution", "https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests",
           "GET https://registry.acme.internal/v2/platform/api/manifests/latest"),

        // npm
        .d("npm registry", "https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md",
           "DELETE https://registry.npmjs.org/@acme%2fwidgets/-rev/7-0a1b2c3d4e5f"),
        .b("npm registry", "https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md",
           "GET https://registry.npmjs.org/@acme%2fwidgets"),
        .b("npm registry", "https://github.com/npm/cli/blob/latest/lib/commands/logout.js",
           "DELETE https://registry.npmjs.org/-/user/token/npm_0a1b2c3d4e5f6a7b8c9d"),

        // Kubernetes
        .d("Kubernetes", "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#delete-delete-a-statefulset",
           "DELETE https://10.96.0.1/apis/apps/v1/namespaces/db/statefulsets/postgres"),
        .d("Kubernetes", "https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#delete-delete-a-persistentvolumeclaim",
           "DELETE https://k8s.acme.internal:6443/api/v1/namespaces/db/persistentvolumeclaims/data-postgres-0"),
        .b("Kubernetes", "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#list-list-or-watch-objects-of-kind-pod",
           "GET https://10.96.0.1/api/v1/namespaces/db/pods?labelSelector=app%3Dpostgres"),
        .b("Kubernetes", "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/#patch-partially-update-the-specified-deployment",
           #"PATCH https://10.96.0.1/apis/apps/v1/namespaces/web/deployments/api -H 'Content-Type: application/strategic-merge-patch+json' {"spec":{"replicas":3}}"#),
        .d("Kubernetes", "https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/secret-v1/#delete-delete-a-secret",
           "DELETE https://10.96.0.1/api/v1/namespaces/payments/secrets/stripe-keys"),

        // HashiCorp Nomad, Consul, Vault, Terraform Cloud
        .d("Nomad", "https://developer.hashicorp.com/nomad/api-docs/jobs#stop-a-job",
           "DELETE https://nomad.acme.internal:4646/v1/job/billing?purge=true"),
        .d("Nomad", "https://developer.hashicorp.com/nomad/api-docs/namespaces#delete-namespace",
           "DELETE https://nomad.acme.internal:4646/v1/namespace/payments"),
        .b("Nomad", "https://developer.hashicorp.com/nomad/api-docs/jobs#list-jobs",
           "GET https://nomad.acme.internal:4646/v1/jobs?prefix=bill"),
        .d("Consul", "https://developer.hashicorp.com/consul/api-docs/kv#delete-key",
           "DELETE http://127.0.0.1:8500/v1/kv/config?recurse=true"),
        .b("Consul", "https://developer.hashicorp.com/consul/api-docs/kv#read-key",
           "GET http://127.0.0.1:8500/v1/kv/config/app/log-level"),
        .d("Vault", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#delete-metadata-and-all-versions",
           "DELETE https://vault.acme.internal:8200/v1/secret/metadata/prod/db"),
        .d("Vault", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#destroy-secret-versions",
           #"PUT https://vault.acme.internal:8200/v1/secret/destroy/prod/db {"versions":[1,2,3]}"#),
        .b("Vault", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#read-secret-version",
           "GET https://vault.acme.internal:8200/v1/secret/data/prod/db"),
        .b("Vault", "https://developer.hashicorp.com/vault/api-docs/auth/token#revoke-a-token-self",
           "POST https://vault.acme.internal:8200/v1/auth/token/revoke-self"),
        .d("Vault", "https://developer.hashicorp.com/vault/api-docs/system/mounts#disable-secrets-engine",
           "DELETE https://vault.acme.internal:8200/v1/sys/mounts/secret"),
        .d("Vault", "https://developer.hashicorp.com/vault/api-docs/secret/transit#delete-key",
           "DELETE https://vault.acme.internal:8200/v1/transit/keys/payments"),
        .b("Vault", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#create-update-secret",
           #"POST https://vault.acme.internal:8200/v1/secret/data/dev/app {"data":{"LOG_LEVEL":"debug"}}"#),
        .d("Terraform Cloud", "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspaces#force-delete-a-workspace",
           "DELETE https://app.terraform.io/api/v2/organizations/acme/workspaces/prod-network"),
        .d("Terraform Cloud", "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#create-a-run",
           #"POST https://app.terraform.io/api/v2/runs -H 'Content-Type: application/vnd.api+json' {"data":{"type":"runs","attributes":{"is-destroy":true,"auto-apply":true,"message":"tear down"},"relationships":{"workspace":{"data":{"type":"workspaces","id":"ws-1"}}}}}"#),
        .b("Terraform Cloud", "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#create-a-run",
           #"POST https://app.terraform.io/api/v2/runs -H 'Content-Type: application/vnd.api+json' {"data":{"type":"runs","attributes":{"message":"nightly plan","plan-only":true},"relationships":{"workspace":{"data":{"type":"workspaces","id":"ws-1"}}}}}"#),
        .b("Terraform Cloud", "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspaces#list-workspaces",
           "GET https://app.terraform.io/api/v2/organizations/acme/workspaces?page%5Bsize%5D=20"),
        .b("Pulumi Cloud", "https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/#list-stacks",
           "GET https://api.pulumi.com/api/user/stacks?organization=acme"),

        // Observability and incident tools
        .d("Grafana", "https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/#delete-dashboard-by-uid",
           "DELETE https://grafana.acme.internal/api/dashboards/uid/cIBgcSjkk"),
        .d("Grafana", "https://grafana.com/docs/grafana/latest/developers/http_api/folder/#delete-folder",
           "DELETE https://acme.grafana.net/api/folders/nErXDvCkzz?forceDeleteRules=true"),
        .b("Grafana", "https://grafana.com/docs/grafana/latest/developers/http_api/folder_dashboard_search/",
           "GET https://grafana.acme.internal/api/search?query=delete%20requests&type=dash-db"),
        .b("Grafana", "https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/#create--update-dashboard",
           #"POST https://grafana.acme.internal/api/dashboards/db {"dashboard":{"title":"Deletes per minute","panels":[]},"overwrite":false}"#),
        .d("Grafana", "https://grafana.com/docs/grafana/latest/developers/http_api/data_source/#delete-an-existing-data-source-by-uid",
           "DELETE https://grafana.acme.internal/api/datasources/uid/P8E80F9AEF21F6940"),
        .d("Datadog", "https://docs.datadoghq.com/api/latest/dashboards/#delete-a-dashboard",
           "DELETE https://api.datadoghq.com/api/v1/dashboard/abc-def-ghi"),
        .d("Datadog", "https://docs.datadoghq.com/api/latest/monitors/#delete-a-monitor",
           "DELETE https://api.datadoghq.eu/api/v1/monitor/123456"),
        .b("Datadog", "https://docs.datadoghq.com/api/latest/monitors/#get-all-monitor-details",
           "GET https://api.datadoghq.com/api/v1/monitor?name=disk"),
        .b("Datadog", "https://docs.datadoghq.com/api/latest/logs/#send-logs",
           #"POST https://http-intake.logs.datadoghq.com/api/v2/logs [{"ddsource":"app","service":"api","message":"DELETE FROM sessions took 3s; volumeDelete retried"}]"#),
        .d("PagerDuty", "https://developer.pagerduty.com/api-reference/0a1b2c3d4e5f6-delete-a-service",
           "DELETE https://api.pagerduty.com/services/PIJ90N7"),
        .b("PagerDuty", "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/",
           #"POST https://events.pagerduty.com/v2/enqueue {"routing_key":"R0123","event_action":"trigger","payload":{"summary":"projectDelete failed: database drop refused","source":"api","severity":"error"}}"#),
        .d("Sentry", "https://docs.sentry.io/api/projects/delete-a-project/",
           "DELETE https://sentry.io/api/0/projects/acme/web-frontend/"),
        .b("Sentry", "https://docs.sentry.io/api/projects/list-your-projects/",
           "GET https://sentry.io/api/0/projects/"),
        .b("OpenTelemetry", "https://opentelemetry.io/docs/specs/otlp/#otlphttp-request",
           #"POST https://otel.acme.internal:4318/v1/traces {"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"DELETE /api/v1/namespaces/prod","attributes":[{"key":"db.statement","value":{"stringValue":"DROP TABLE tmp_import"}}]}]}]}]}"#),

        // Identity
        .d("Auth0", "https://auth0.com/docs/api/management/v2/users/delete-users-by-id",
           "DELETE https://acme.us.auth0.com/api/v2/users/auth0%7C5f7c8ec7c33c6c004bbafe82"),
        .d("Auth0", "https://auth0.com/docs/api/management/v2/connections/delete-connections-by-id",
           "DELETE https://acme.us.auth0.com/api/v2/connections/con_0000000000000001"),
        .b("Auth0", "https://auth0.com/docs/api/management/v2/users/get-users",
           "GET https://acme.us.auth0.com/api/v2/users?q=email%3A%22jane%40example.com%22&search_engine=v3"),
        .b("Auth0", "https://auth0.com/docs/api/authentication/logout/auth-0-logout",
           "GET https://acme.us.auth0.com/v2/logout?client_id=abc&returnTo=https%3A%2F%2Fapp.example.com"),
        .d("Okta", "https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/deleteGroup",
           "DELETE https://acme.okta.com/api/v1/groups/00g1emaKYZTWRYYRRTSK"),
        .b("Okta", "https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Session/#tag/Session/operation/closeCurrentSession",
           "DELETE https://acme.okta.com/api/v1/sessions/me"),
        .b("Okta", "https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers",
           "GET https://acme.okta.com/api/v1/users?limit=25"),

        // Commerce and messaging
        .d("Stripe", "https://docs.stripe.com/api/customers/delete",
           "DELETE https://api.stripe.com/v1/customers/cus_NffrFeUfNV2Hib"),
        .d("Stripe", "https://docs.stripe.com/api/products/delete",
           "DELETE https://api.stripe.com/v1/products/prod_NWjs8kKbJWmuuc"),
        .b("Stripe", "https://docs.stripe.com/api/customers/create",
           "POST https://api.stripe.com/v1/customers name=Jenny%20Rosen&email=jennyrosen%40example.com"),
        .b("Stripe", "https://docs.stripe.com/api/charges/list",
           "GET https://api.stripe.com/v1/charges?limit=3"),
        .d("Twilio", "https://www.twilio.com/docs/voice/api/recording#delete-a-recording-resource",
           "DELETE https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789abcdef0123456789abcdef.json"),
        .b("Twilio", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource",
           "POST https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json To=%2B15558675310&From=%2B15017122661&Body=Your%20account%20will%20be%20deleted"),
        .d("Shopify Admin GraphQL", "https://shopify.dev/docs/api/admin-graphql/latest/mutations/productDelete",
           #"POST https://acme.myshopify.com/admin/api/2025-01/graphql.json {"query":"mutation productDelete($input: ProductDeleteInput!) { productDelete(input: $input) { deletedProductId userErrors { field message } } }","variables":{"input":{"id":"gid://shopify/Product/1"}}}"#),
        .d("Shopify Admin GraphQL", "https://shopify.dev/docs/api/admin-graphql/latest/mutations/customerDelete",
           #"POST https://acme.myshopify.com/admin/api/2025-01/graphql.json {"query":"mutation { customerDelete(input: {id: \"gid://shopify/Customer/1\"}) { deletedCustomerId } }"}"#),
        .b("Shopify Admin GraphQL", "https://shopify.dev/docs/api/admin-graphql/latest/queries/products",
           #"POST https://acme.myshopify.com/admin/api/2025-01/graphql.json {"query":"query { products(first: 10, query: \"status:archived\") { edges { node { id title } } } }"}"#),
        .b("Shopify Admin GraphQL", "https://shopify.dev/docs/api/admin-graphql/latest/mutations/productUpdate",
           #"POST https://acme.myshopify.com/admin/api/2025-01/graphql.json {"query":"mutation { productUpdate(input: {id: \"gid://shopify/Product/1\", title: \"Delete-proof mug\"}) { product { id } } }"}"#),
        .d("Slack", "https://api.slack.com/methods/admin.conversations.delete",
           "POST https://slack.com/api/admin.conversations.delete channel_id=C012AB3CD"),
        .b("Slack", "https://api.slack.com/methods/conversations.archive",
           #"POST https://slack.com/api/conversations.archive {"channel":"C012AB3CD"}"#),
        .b("Slack", "https://api.slack.com/methods/chat.postMessage",
           #"POST https://slack.com/api/chat.postMessage {"channel":"C012AB3CD","text":"Reminder: never run DROP DATABASE on prod"}"#),
        .b("Slack", "https://api.slack.com/methods/auth.revoke",
           "POST https://slack.com/api/auth.revoke"),

        // Content platforms and work tools
        .d("Contentful", "https://www.contentful.com/developers/docs/references/content-management-api/#/reference/environments/environment/delete-an-environment",
           "DELETE https://api.contentful.com/spaces/yadj1kx9rmg0/environments/staging"),
        .d("Contentful", "https://www.contentful.com/developers/docs/references/content-management-api/#/reference/spaces/space/delete-a-space",
           "DELETE https://api.contentful.com/spaces/yadj1kx9rmg0"),
        .b("Contentful", "https://www.contentful.com/developers/docs/references/content-delivery-api/#/reference/entries/entries-collection",
           "GET https://cdn.contentful.com/spaces/yadj1kx9rmg0/environments/master/entries?content_type=post"),
        .d("Sanity", "https://www.sanity.io/docs/http-mutations#delete",
           #"POST https://zp7mbokg.api.sanity.io/v2021-06-07/data/mutate/production {"mutations":[{"delete":{"query":"*[_type == 'post']"}}]}"#),
        .d("Sanity", "https://www.sanity.io/docs/dataset-management-api",
           "DELETE https://api.sanity.io/v2021-06-07/projects/zp7mbokg/datasets/production"),
        .b("Sanity", "https://www.sanity.io/docs/http-query",
           "GET https://zp7mbokg.api.sanity.io/v2021-06-07/data/query/production?query=*%5B_type%20%3D%3D%20%22post%22%5D"),
        .b("Sanity", "https://www.sanity.io/docs/http-mutations#create",
           #"POST https://zp7mbokg.api.sanity.io/v2021-06-07/data/mutate/production {"mutations":[{"createOrReplace":{"_id":"post-1","_type":"post","title":"How we delete data"}}]}"#),
        .d("Hasura", "https://hasura.io/docs/2.0/api-reference/schema-api/run-sql/",
           #"POST https://hasura.acme.internal/v2/query {"type":"run_sql","args":{"source":"default","sql":"TRUNCATE orders CASCADE"}}"#),
        .d("Hasura GraphQL", "https://hasura.io/docs/2.0/mutations/postgres/delete/",
           #"POST https://hasura.acme.internal/v1/graphql {"query":"mutation { delete_orders(where: {}) { affected_rows } }"}"#),
        .b("Hasura GraphQL", "https://hasura.io/docs/2.0/mutations/postgres/delete/#delete-an-object-by-its-primary-key",
           #"POST https://hasura.acme.internal/v1/graphql {"query":"mutation { delete_orders_by_pk(id: 7) { id } }"}"#),
        .b("Hasura GraphQL", "https://hasura.io/docs/2.0/queries/postgres/simple-object-queries/",
           #"POST https://hasura.acme.internal/v1/graphql {"query":"query { orders(where: {status: {_eq: \"deleted\"}}) { id } }"}"#),
        .b("Airtable", "https://airtable.com/developers/web/api/list-records",
           "GET https://api.airtable.com/v0/appAbc123/Tasks?filterByFormula=%7BStatus%7D%3D%27Delete%27"),
        .b("Notion", "https://developers.notion.com/reference/archive-a-page",
           #"PATCH https://api.notion.com/v1/pages/59833787-2cf9-4fdf-8782-e53db20768a5 -H 'Notion-Version: 2022-06-28' {"archived":true}"#),
        .b("Notion", "https://developers.notion.com/reference/delete-a-block",
           "DELETE https://api.notion.com/v1/blocks/9bc30ad4-9373-46a5-84ab-0a7845ee52e6 -H 'Notion-Version: 2022-06-28'"),
        .b("Notion", "https://developers.notion.com/reference/post-database-query",
           #"POST https://api.notion.com/v1/databases/d9824bdc84454327be8b5b47500af6ce/query -H 'Notion-Version: 2022-06-28' {"filter":{"property":"Status","select":{"equals":"To delete"}}}"#),
        .d("Confluence", "https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-id-delete",
           "DELETE https://acme.atlassian.net/wiki/api/v2/pages/123456?purge=true"),
        .b("Confluence", "https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-id-delete",
           "DELETE https://acme.atlassian.net/wiki/api/v2/pages/123456"),
        .b("Jira", "https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get",
           "GET https://acme.atlassian.net/rest/api/3/search/jql?jql=text%20~%20%22drop%20table%22"),
        .b("Jira", "https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post",
           #"POST https://acme.atlassian.net/rest/api/3/issue {"fields":{"project":{"key":"OPS"},"summary":"Delete the old staging cluster","issuetype":{"name":"Task"}}}"#),
        .d("Linear GraphQL", "https://studio.apollographql.com/public/Linear-API/variant/current/schema/reference/objects/Mutation",
           #"POST https://api.linear.app/graphql {"query":"mutation { issueDelete(id: \"ENG-123\", permanentlyDelete: true) { success } }"}"#),
        .b("Linear GraphQL", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api",
           #"POST https://api.linear.app/graphql {"query":"mutation { issueUpdate(id: \"ENG-123\", input: {title: \"Remove deleteAll from admin\"}) { success } }"}"#),
        .b("Linear GraphQL", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api",
           #"POST https://api.linear.app/graphql {"query":"query { issues(filter: {title: {contains: \"delete\"}}) { nodes { id title } } }"}"#),
        .d("Jenkins", "https://www.jenkins.io/doc/book/using/remote-access-api/",
           "POST https://jenkins.acme.internal/job/deploy-prod/doDelete"),
        .b("Jenkins", "https://www.jenkins.io/doc/book/using/remote-access-api/",
           "GET https://jenkins.acme.internal/job/deploy-prod/api/json?tree=builds%5Bnumber,result%5D"),
        .b("Jenkins", "https://www.jenkins.io/doc/book/using/remote-access-api/",
           "POST https://jenkins.acme.internal/job/deploy-prod/buildWithParameters?ENV=dev"),
        .d("Argo CD", "https://argo-cd.readthedocs.io/en/stable/developer-guide/api-docs/",
           "DELETE https://argocd.acme.internal/api/v1/applications/shop?cascade=true"),
        .b("Argo CD", "https://argo-cd.readthedocs.io/en/stable/developer-guide/api-docs/",
           #"POST https://argocd.acme.internal/api/v1/applications/shop/sync {"prune":false}"#),
        .b("Argo CD", "https://argo-cd.readthedocs.io/en/stable/developer-guide/api-docs/",
           "DELETE https://argocd.acme.internal/api/v1/session"),

        // SQL over HTTP (warehouses and databases)
        .d("Snowflake SQL API", "https://docs.snowflake.com/en/developer-guide/sql-api/submitting-requests",
           #"POST https://acme-xy12345.snowflakecomputing.com/api/v2/statements {"statement":"DROP DATABASE analytics","warehouse":"COMPUTE_WH","timeout":60}"#),
        .b("Snowflake SQL API", "https://docs.snowflake.com/en/developer-guide/sql-api/submitting-requests",
           #"POST https://acme-xy12345.snowflakecomputing.com/api/v2/statements {"statement":"SELECT * FROM analytics.public.orders LIMIT 10","warehouse":"COMPUTE_WH"}"#),
        .d("Trino", "https://trino.io/docs/current/develop/client-protocol.html",
           "POST https://trino.acme.internal:8443/v1/statement -H 'Content-Type: text/plain' -H 'X-Trino-User: etl' DROP TABLE hive.web.clicks"),
        .b("Trino", "https://trino.io/docs/current/develop/client-protocol.html",
           "POST https://trino.acme.internal:8443/v1/statement -H 'Content-Type: text/plain' -H 'X-Trino-User: etl' SELECT count(*) FROM hive.web.clicks"),
        .d("CrateDB", "https://cratedb.com/docs/crate/reference/en/latest/interfaces/http.html",
           #"POST http://crate.acme.internal:4200/_sql {"stmt":"DROP TABLE doc.sensor_readings"}"#),
        .d("QuestDB", "https://questdb.com/docs/reference/api/rest/#exec---execute-queries",
           "GET http://questdb.acme.internal:9000/exec?query=TRUNCATE%20TABLE%20trades"),
        .b("QuestDB", "https://questdb.com/docs/reference/api/rest/#exec---execute-queries",
           "GET http://questdb.acme.internal:9000/exec?query=SELECT%20*%20FROM%20trades%20LIMIT%2010"),
        .d("ClickHouse", "https://clickhouse.com/docs/interfaces/http",
           "POST https://abc123.eu-central-1.aws.clickhouse.cloud:8443/?query=TRUNCATE%20TABLE%20events"),
        .d("Databricks", "https://docs.databricks.com/api/workspace/statementexecution/executestatement",
           #"POST https://dbc-12345678-9abc.cloud.databricks.com/api/2.0/sql/statements {"statement":"DROP SCHEMA main.sales CASCADE","warehouse_id":"abc123"}"#),
        .d("PlanetScale HTTP", "https://github.com/planetscale/database-js",
           #"POST https://aws.connect.psdb.cloud/psdb.v1alpha1.Database/Execute {"query":"DELETE FROM users","session":null}"#),
        .b("PlanetScale HTTP", "https://github.com/planetscale/database-js",
           #"POST https://aws.connect.psdb.cloud/psdb.v1alpha1.Database/Execute {"query":"UPDATE users SET name = 'a' WHERE id = 1","session":null}"#),
        .d("Dgraph", "https://dgraph.io/docs/dql/clients/raw-http/#alter-the-database",
           #"POST http://dgraph.acme.internal:8080/alter {"drop_all":true}"#),

        // Generic GraphQL shapes (any host)
        .d("GraphQL (alias)", "https://spec.graphql.org/October2021/#sec-Field-Alias",
           #"POST https://api.acme.dev/graphql {"query":"mutation { cleanup: deleteWorkspace(id: \"ws_1\") { id } }"}"#),
        .d("GraphQL (fragment)", "https://spec.graphql.org/October2021/#sec-Language.Fragments",
           #"POST https://api.acme.dev/graphql {"query":"mutation M { ...Wipe } fragment Wipe on Mutation { purgeBucket(name: \"media\") { ok } }"}"#),
        .b("GraphQL (query)", "https://spec.graphql.org/October2021/#sec-Language.Operations",
           #"POST https://api.acme.dev/graphql {"query":"query { workspace(id: \"ws_1\") { name canDelete deletedAt } }"}"#),
        .b("GraphQL (protection)", "https://spec.graphql.org/October2021/#sec-Language.Operations",
           #"POST https://api.acme.dev/graphql {"query":"mutation { deleteProtectionEnable(serviceId: \"s1\") { enabled } }"}"#),
        .d("GraphQL (batch)", "https://www.apollographql.com/docs/router/executing-operations/query-batching",
           #"POST https://api.acme.dev/graphql [{"query":"query { me { id } }"},{"query":"mutation { removeEnvironment(id: \"env_prod\") { ok } }"}]"#),
        .d("GraphQL (persisted)", "https://www.apollographql.com/docs/apollo-server/performance/apq",
           #"POST https://api.acme.dev/graphql {"operationName":"DestroyCluster","variables":{"id":"c1"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}"#),
        .b("GraphQL (undo)", "https://spec.graphql.org/October2021/#sec-Language.Operations",
           #"POST https://api.acme.dev/graphql {"query":"mutation { undoDelete(id: \"doc_1\") { id } }"}"#),
        .d("GraphQL (GET)", "https://graphql.org/learn/serving-over-http/#get-request",
           "GET https://api.acme.dev/graphql?query=mutation%7BdropDatabase(name%3A%22orders%22)%7Bok%7D%7D"),
        .b("GraphQL (GET)", "https://graphql.org/learn/serving-over-http/#get-request",
           "GET https://api.acme.dev/graphql?query=%7Bdatabases%7Bname%7D%7D"),
        .d("Hygraph", "https://hygraph.com/docs/api-reference/management-api",
           #"POST https://management.hygraph.com/graphql {"query":"mutation($id: ID!) { deleteEnvironment(data: {id: $id}) { deletedEnvironmentId } }","variables":{"id":"env_1"}}"#),
        .d("Dgraph GraphQL", "https://dgraph.io/docs/graphql/mutations/delete/",
           #"POST http://dgraph.acme.internal:8080/graphql {"query":"mutation { deleteAuthor(filter: {}) { numUids } }"}"#),

        // Git over HTTP
        .d("git smart HTTP", "https://git-scm.com/docs/http-protocol#_smart_service_git_receive_pack",
           "POST https://gitlab.com/acme/app.git/git-receive-pack -H 'Content-Type: application/x-git-receive-pack-request' 00843f1c2a9e5b7d4e589a10c4d2e8f7b3516f1c2a9e 0000000000000000000000000000000000000000 refs/heads/main\0report-status side-band-64k\n0000"),
        .b("git smart HTTP", "https://git-scm.com/docs/http-protocol#_smart_service_git_upload_pack",
           "POST https://gitlab.com/acme/app.git/git-upload-pack -H 'Content-Type: application/x-git-upload-pack-request' 0000"),

        // Model APIs and telemetry: their text is data
        .b("OpenAI", "https://platform.openai.com/docs/api-reference/chat/create",
           #"POST https://api.openai.com/v1/chat/completions {"model":"gpt-4o","messages":[{"role":"user","content":"Is DROP TABLE users; safe inside a transaction? Also what does mutation { volumeDelete(volumeId: \"v\") } do?"}]}"#),
        .b("Anthropic", "https://docs.anthropic.com/en/api/messages",
           #"POST https://api.anthropic.com/v1/messages {"model":"claude-sonnet-4-5","max_tokens":512,"messages":[{"role":"user","content":"Write a curl command: DELETE https://api.github.com/repos/acme/app"}]}"#),
        .b("OpenAI", "https://platform.openai.com/docs/api-reference/responses/create",
           #"POST https://api.openai.com/v1/responses {"model":"gpt-4.1","input":"Explain TRUNCATE TABLE events vs DELETE FROM events"}"#),
        .b("Google Gemini", "https://ai.google.dev/api/generate-content",
           #"POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent {"contents":[{"parts":[{"text":"mutation { projectDelete(id: \"p\") } — what does this Railway call do?"}]}]}"#),
        .b("OpenAI", "https://platform.openai.com/docs/api-reference/embeddings/create",
           #"POST https://api.openai.com/v1/embeddings {"model":"text-embedding-3-small","input":["DELETE FROM users","DROP DATABASE prod","rm -rf /"]}"#),
        .b("Mistral", "https://docs.mistral.ai/api/#tag/chat",
           #"POST https://api.mistral.ai/v1/chat/completions {"model":"mistral-large-latest","messages":[{"role":"user","content":"{\"query\":\"mutation { serviceDelete(id: \\\"s\\\") }\"}"}]}"#),
        .b("Sentry", "https://develop.sentry.dev/sdk/data-model/envelopes/",
           "POST https://o123.ingest.us.sentry.io/api/4505/envelope/ -H 'Content-Type: application/x-sentry-envelope' {\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\"}\n{\"message\":\"DROP TABLE users failed\",\"level\":\"error\"}"),
        .b("PostHog", "https://posthog.com/docs/api/capture",
           #"POST https://us.i.posthog.com/i/v0/e/ {"api_key":"phc_abc","event":"project_deleted","distinct_id":"u1","properties":{"query":"mutation { projectDelete(id: 1) }"}}"#),
        .b("Segment", "https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/#track",
           #"POST https://api.segment.io/v1/track {"userId":"u1","event":"Database Dropped","properties":{"sql":"DROP DATABASE demo"}}"#),
    ]

    static func split(_ wantTuning: Bool) -> [Case] {
        var seen = [true: 0, false: 0]
        return all.filter { c in
            defer { seen[c.destructive, default: 0] += 1 }
            return (seen[c.destructive, default: 0] % 2 == 0) == wantTuning
        }
    }

    static let tuning = split(true)
    static let heldOut = split(false)

    struct Outcome {
        var held: Bool
        var allowed: Bool
        var rules: [String]
    }

    /// Under dev: a refusal is not forwarded (held); a decision of ask or deny holds.
    static func outcome(_ c: Case) -> Outcome? {
        guard let request = HTTPRequest(described: c.request) else { return nil }
        switch RequestClassifier.classify(request) {
        case .failure(let refusal):
            return Outcome(held: true, allowed: false, rules: [refusal.rule])
        case .success(let facts):
            let evaluation = Fixture.dev.evaluate(facts)
            return Outcome(held: evaluation.decision >= .ask, allowed: evaluation.decision <= .audit, rules: evaluation.matches.map(\.id))
        }
    }

    struct Score: CustomStringConvertible {
        var destructive = 0, held = 0, benign = 0, allowed = 0
        var description: String {
            "destructive held \(held)/\(destructive), benign allowed \(allowed)/\(benign) (false positives \(benign - allowed))"
        }
    }

    static func score(_ cases: [Case], misses: ((Case, Outcome) -> Void)? = nil) -> Score {
        var s = Score()
        for c in cases {
            guard let o = outcome(c) else { continue }
            if c.destructive {
                s.destructive += 1
                if o.held { s.held += 1 } else { misses?(c, o) }
            } else {
                s.benign += 1
                if o.allowed { s.allowed += 1 } else { misses?(c, o) }
            }
        }
        return s
    }

    @Test func everyCaseIsARequest() {
        let unreadable = Self.all.filter { HTTPRequest(described: $0.request) == nil }.map(\.provider)
        #expect(unreadable.isEmpty, "\(unreadable)")
        #expect(Self.tuning.count + Self.heldOut.count == Self.all.count)
    }

    @Test func tuningPart() {
        let s = Self.score(Self.tuning) { c, o in
            print("MISS \(c.destructive ? "destructive" : "benign") \(c.provider): \(c.request.prefix(160)) -> \(o.rules)")
        }
        print("TUNING \(s)")
        #expect(s.held * 100 >= s.destructive * 92, "\(s)")
        #expect(s.allowed * 100 >= s.benign * 96, "\(s)")
    }

    /// Totals only: its cases are not read while the rules are tuned.
    @Test func heldOutPart() {
        let s = Self.score(Self.heldOut)
        print("HELD-OUT \(s)")
        #expect(s.held * 100 >= s.destructive * 79, "\(s)")
        #expect(s.allowed * 100 >= s.benign * 95, "\(s)")
    }
}
