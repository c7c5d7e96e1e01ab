import Testing
@testable import GuardianPolicy

/// The classes the thirty-third held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyThirdClassesTests {
    /// Production named by a tag filter whose key says environment, a ZFS dataset or an LVM
    /// volume's name, a storage URL's folder, the directory a deploy script runs from, or an
    /// env file whose assignments `env $(…)` sets for the command.
    static let production: [String] = [
        #"aws ec2 describe-instances --filters "Name=tag:Stage,Values=production""#,
        "aws ec2 describe-volumes --filters Name=tag:tier,Values=prd --query 'Volumes[].VolumeId' --output text | xargs -n1 aws ec2 delete-volume --volume-id",
        "zfs rollback -r tank/shop-prod@pre-upgrade", "lvremove -y vg_data/prod_pgdata",
        "aws s3 ls s3://shop-backups/db/production/", "gsutil ls gs://shop-backups/prd/",
        "cd deploy/production && ./deploy.sh", "cd environments/prd && ./deploy.sh --yes",
        "env $(grep -v '^#' .env.production | xargs) node scripts/backfill-orders.js",
    ]
    static let noOtherEnvironment: [String] = [
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running", "aws ec2 describe-instances --filters Name=tag:Owner,Values=platform",
        "zfs list -t snapshot tank/home", "cd deploy/dev && ./deploy.sh", "cd tools && ./build.sh",
        "aws s3 ls s3://shop-backups/reports/", "aws s3 cp s3://assets/img/productions.png .",
        "env $(cat .env.test | xargs) npm test",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func theseDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// `git rm --force` deletes files with their uncommitted changes (without it git refuses
    /// to); from the index only, or as a dry run, nothing is lost.
    static let forcedRemovals: [String] = ["git rm -f config/settings.py", "git rm -rf vendor/old-sdk", "git rm --force -r docs/"]
    static let indexOnly: [String] = ["git rm -r --cached .", "git rm --cached -f .env", "git rm -n -rf lib/", "git rm old-notes.txt"]

    @Test(arguments: forcedRemovals) func forcedRemovalsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: indexOnly) func indexOnlyDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A test runner's words are tests' names and filters, not verbs.
    static let tests: [String] = [
        "vendor/bin/phpunit --filter testDeleteAccount", "bundle exec rspec spec/services/purge_accounts_spec.rb",
        "npx playwright test tests/delete-project.spec.ts", "vendor/bin/pest --filter=destroy", "pytest tests/test_drop_tables.py -k wipe",
    ]

    @Test(arguments: tests) func testNamesAreNotVerbs(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
