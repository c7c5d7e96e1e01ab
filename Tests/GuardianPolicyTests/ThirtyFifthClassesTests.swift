import Testing
@testable import GuardianPolicy

/// The classes the thirty-fifth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyFifthClassesTests {
    /// Production named by the resource an API path names after its collection (a project
    /// ref, a branch), Laravel's `--env` on a task that acts, or a backup repository's path.
    static let production: [String] = [
        #"curl -s https://api.supabase.com/v1/projects/shopprodref01/database/backups -H "Authorization: Bearer $T""#,
        "gh api -X DELETE repos/acme/shop/branches/production/protection", "php artisan tinker --env=production",
        "php artisan queue:flush --env=prod", "borg list /srv/backups/shop-prod.borg::daily-2024-06-01",
        "restic -r sftp:backup@nas:/srv/restic/shop-production snapshots",
    ]
    static let noOtherEnvironment: [String] = [
        "curl -s https://api.supabase.com/v1/projects/productcatalog/database/backups", "gh api repos/acme/shop/branches/feature-x",
        "php artisan migrate --env=testing", "restic -r /srv/restic/laptop snapshots",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func theseDoNot(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }

    /// A framework task that shows reads: a staging one runs under dev.
    static let frameworkReads: [String] = ["bin/rails credentials:show --environment staging", "bin/rake db:migrate:status RAILS_ENV=staging"]

    @Test(arguments: frameworkReads) func frameworkReadsOfStagingRun(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A framework's storage directory holds the uploads: removed whole, it is data lost; its
    /// caches are not.
    @Test func aFrameworksStorageIsData() {
        Fixture.expectDestroys("rm -rf storage/")
        Fixture.expectDoesNotDestroy("rm -rf storage/framework/cache")
    }
}
