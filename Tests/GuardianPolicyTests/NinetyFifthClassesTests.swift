import Testing
@testable import GuardianPolicy

/// The classes the ninety-fifth and ninety-sixth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct NinetyFifthClassesTests {
    /// Migrating to the version before undoes the last migration.
    static let previousVersions: [String] = [
        "php bin/console doctrine:migrations:migrate prev --no-interaction",
        "vendor/bin/doctrine-migrations migrate current-2 -n",
        "php bin/console doctrine:migrations:migrate previous",
    ]
    @Test(arguments: previousVersions) func migratingBackUndoes(_ line: String) { Fixture.expectDestroys(line) }
    static let forwardVersions: [String] = [
        "php bin/console doctrine:migrations:migrate latest --no-interaction",
        "php bin/console doctrine:migrations:migrate next",
        "vendor/bin/doctrine-migrations migrate --dry-run prev",
    ]
    @Test(arguments: forwardVersions) func migratingForwardDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
