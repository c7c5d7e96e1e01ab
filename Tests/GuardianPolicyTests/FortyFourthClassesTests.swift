import Testing
@testable import GuardianPolicy

/// The classes the forty-fourth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyFourthClassesTests {
    /// Alembic's configuration file and an env file exported for what follows name production.
    static let production: [String] = [
        "alembic --config alembic.production.ini history", "export $(cat .env.prod | xargs) && bin/rails db:migrate:status",
    ]
    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }

    /// A listing's search words are what it looks for.
    static let searches: [String] = ["sentry-cli issues list --query 'DropTableError'", "glab issue list --search 'purge cache'"]
    @Test(arguments: searches) func searchWordsAreData(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Django's commands that show or print read, of staging too; a flush does not.
    static let djangoLooks: [String] = [
        "python manage.py sqlmigrate billing 0042 --settings=shop.settings.staging", "./manage.py check --deploy --settings=shop.settings.staging",
    ]
    @Test(arguments: djangoLooks) func djangoLooksRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aFlushDestroys() { Fixture.expectDestroys("python manage.py flush --noinput") }

    /// Private keys deleted; public keys, certificates and scratch keys are not.
    static let keys: [String] = ["rm -f secrets/jwt-signing.key", "rm ~/.ssh/id_ed25519", "rm -f certs/server-key.pem", "rm release.keystore"]
    static let notKeys: [String] = ["rm -f certs/server.crt", "rm -f deploy/id_ed25519.pub", "rm -f /tmp/test.key"]
    @Test(arguments: keys) func keysDestroy(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: notKeys) func othersDoNot(_ line: String) { #expect(CommandModelTests.op(line)?.kind != .destroy, "\(line)") }
}
