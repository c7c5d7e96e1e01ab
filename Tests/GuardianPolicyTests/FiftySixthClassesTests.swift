import Testing
@testable import GuardianPolicy

/// The classes the fifty-sixth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftySixthClassesTests {
    /// A hidden directory a project keeps its services' data in (`.data/postgres`) is a data
    /// directory as `data/` is; a hidden cache or build output is not.
    @Test func aHiddenDataDirectoryRemovedDestroys() {
        Fixture.expectDestroys("rm -rf .data/redis .data/mysql")
        Fixture.expectDestroys("rm -rf ./.pgdata")
        Fixture.expectDoesNotDestroy("rm -rf .data/cache")
        Fixture.expectDoesNotDestroy("rm -rf .next .turbo")
    }

    /// A flush that names the store it empties by an option (`--store`, `--db`, `--all`)
    /// destroys; a cache's flush of what it caches is a write.
    @Test func aFlushNamingItsStoreByAnOptionDestroys() {
        Fixture.expectDestroys("quarry cache flush --store carts")
        Fixture.expectDestroys("quarry kv flush --db 3")
        Fixture.expectDoesNotDestroy("quarry cache flush")
    }

    /// A one-item delete run for each item a listing prints deletes them all.
    @Test func aOneItemDeleteForEachListedItemDestroys() {
        Fixture.expectLineDestroys("aws dynamodb scan --table-name carts --projection-expression id --output json | jq -c '.Items[]' | while read -r item; do aws dynamodb delete-item --table-name carts --key \"$item\"; done")
        Fixture.expectDoesNotDestroy("aws dynamodb delete-item --table-name carts-dev --key '{\"id\": {\"S\": \"c-42\"}}'")
    }
}
