import Testing
@testable import GuardianPolicy

/// The classes the twenty-seventh held-out corpus's misses named, table by table: each
/// mechanism with lines that must be read its way and hard negatives that must not, written for
/// the mechanism (other names, spellings and options), not taken from any corpus.
struct TwentySeventhClassesTests {
    /// A mirror that removes what its source lacks, a table copied over another by force, a
    /// lake table's history vacuumed to nothing or its snapshots expired, a checkout by force
    /// over local data, directories beneath a data directory and MLflow's store.
    static let destroying: [String] = [
        "mc mirror --remove --overwrite ./site local/site", "bq cp --force shop_dev.orders_tmp shop_dev.orders",
        "spark-sql -e 'VACUUM shop.events RETAIN 0 HOURS'", #"trino --execute "CALL lake.system.expire_snapshots('shop', 'events')""#,
        "dvc checkout -f models/ranker.dvc", "rm -rf data/interim", "rm -rf ./data/external/", "rm -rf mlruns", "rm -rf datasets/labelled",
    ]
    static let notDestroying: [String] = [
        "mc mirror ./site local/site", "bq cp shop_dev.orders shop_dev.orders_copy", "spark-sql -e 'VACUUM shop.events RETAIN 168 HOURS'",
        "psql -c 'VACUUM ANALYZE orders'", "dvc checkout models/ranker.dvc", "rm -rf data/cache", "rm -rf data/tmp-export",
        "psql -c 'SELECT date_expire(now())'",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Reads of staging: a copy from a remote store down to this machine, rclone's listings,
    /// who is signed in, kcat's consuming, listing and querying modes.
    static let reads: [String] = [
        "rclone copy shop-staging:shop-staging-exports/2024-12 ./exports", "rclone lsf shop-staging:shop-staging-raw",
        "azcopy copy 'https://shopstagingdata.blob.core.windows.net/exports/*' ./exports --recursive",
        "databricks current-user me --profile shop-staging", "kcat -b kafka.shop-staging.internal:9092 -L",
        "kcat -b kafka.shop-staging.internal:9092 -C -t orders -c 5 -e",
    ]
    /// Their hard negatives: a copy up, a move, a produce.
    static let notReads: [String] = [
        "rclone copy ./exports shop-staging:shop-staging-exports/2024-12", "rclone move shop-staging:shop-staging-raw/x ./x",
        "kcat -b kafka.shop-staging.internal:9092 -P -t orders",
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test(arguments: notReads) func changesOfStagingAreDeniedUnderDev(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision == .deny, "\(line)")
    }

    /// Production named by a storage account's host, a URL inside a query, the catalog that
    /// qualifies a table, a connection string's variable named for a connection.
    static let production: [String] = [
        "azcopy list 'https://shopprodlake.blob.core.windows.net/raw'", "aws s3 ls --endpoint-url https://shopprodraw.s3.amazonaws.com",
        #"duckdb -c "SELECT count(*) FROM read_parquet('gs://shop-prod-exports/orders/*.parquet')""#,
        "spark-sql -e 'SELECT * FROM shop_prod.gold.revenue LIMIT 5'", "trino --execute 'DESCRIBE prod.orders'",
        "SHOP_DB_CONN=postgresql://app@db.prod.internal/shop ./bin/report",
    ]
    static let elsewhere: [String] = [
        "azcopy list 'https://shopdevlake.blob.core.windows.net/raw'",
        #"duckdb -c "SELECT count(*) FROM read_parquet('gs://shop-dev-exports/orders/*.parquet')""#,
        "spark-sql -e 'SELECT * FROM shop_dev.gold.revenue LIMIT 5'", #"git commit -m "Read from prod.orders in the report""#,
        #"echo "SELECT * FROM prod.orders""#,
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
