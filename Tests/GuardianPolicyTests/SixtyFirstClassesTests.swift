import Testing
@testable import GuardianPolicy

/// The classes the sixty-first held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtyFirstClassesTests {
    /// TypeORM's data source module, named for the database it reaches.
    @Test func aDataSourceNamesTheDatabase() {
        Fixture.expectNamesProduction("npx typeorm migration:show -d build/ormconfig.prod.js")
        Fixture.expectNamesProduction("npx typeorm-ts-node-commonjs migration:run --dataSource src/data-source.production.ts")
        Fixture.expectNamesNoOtherEnvironment("npx typeorm migration:run -d dist/data-source.js")
    }

    /// git push's output switches take no value: a dry run after them is still a dry run.
    @Test func aDryRunAfterOutputSwitchesIsADryRun() {
        Fixture.expectDoesNotDestroy("git push --porcelain --dry-run origin :refs/heads/old-feature")
        Fixture.expectDoesNotDestroy("git push --progress --dry-run --force origin main")
        Fixture.expectDestroys("git push --porcelain origin :refs/heads/old-feature")
    }
}
