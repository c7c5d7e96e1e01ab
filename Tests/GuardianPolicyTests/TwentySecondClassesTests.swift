import Testing
@testable import GuardianPolicy

/// The classes the twenty-second held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentySecondClassesTests {
    static let destroying: [String] = [
        "git rm -rf -- .", "git read-tree -u --reset origin/main", "pulumi up --stack dev --replace 'urn:pulumi:dev::shop::aws:s3/bucket:Bucket::media' --yes",
        "npm token revoke 1a2b3c", "npm owner rm bob shop-sdk", "cargo owner --remove alice shop-core",
    ]
    static let notDestroying: [String] = [
        "git rm --cached -r .", "git rm -r docs/old", "git read-tree HEAD", "pulumi up --stack dev --yes", "npm token list", "cargo owner --list shop-core",
        #"gh search code "drop table" --repo acme/shop"#, "systemctl status nginx",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    static let reads: [String] = [
        "rsync -av ops@staging.example.io:/var/log/shop/ ./logs/", #"ssh ops@staging.example.io "systemctl status shop-api""#,
    ]

    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aCopyUpOrOneThatRemovesItsSourceIsNoRead() {
        #expect(Fixture.dev.evaluate(Fixture.exec("rsync -av ./dist/ ops@staging.example.io:/srv/shop/")).decision == .deny)
        #expect(Fixture.dev.evaluate(Fixture.exec("rsync -av --remove-source-files ops@staging.example.io:/var/log/shop/ ./logs/")).decision == .deny)
    }

    static let production: [String] = [
        "git remote add live ssh://deploy@prod-git.example.io/srv/shop.git", "podman --remote --connection shop-prod ps",
        "gcloud run deploy api --image europe-docker.pkg.dev/shop-prod/api/api:1.2 --region europe-west1",
    ]
    static let elsewhere: [String] = [
        "git remote add upstream git@github.com:acme/shop.git", "podman --remote --connection shop-dev ps",
        "gcloud run deploy api --image europe-docker.pkg.dev/shop-dev/api/api:1.2 --region europe-west1",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
