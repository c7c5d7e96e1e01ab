import Testing
@testable import GuardianPolicy

/// The classes the fifty-second held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftySecondClassesTests {
    /// What a deployment tool shows of an application (its resources, its rendered manifests)
    /// is a read, of staging too.
    static let shows: [String] = ["argocd app resources orchard-staging --orphaned", "argocd app manifests orchard-stg --source live"]
    @Test(arguments: shows) func anApplicationsResourcesAreRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A CA told to revoke a certificate destroys it for every relying party; a CRL generated
    /// or a certificate shown does not.
    @Test func aRevocationByTheCADestroys() {
        Fixture.expectDestroys("openssl ca -config pki/ca.cnf -revoke pki/issued/orchard-worker.crt -crl_reason keyCompromise")
        Fixture.expectDoesNotDestroy("openssl ca -config pki/ca.cnf -gencrl -out pki/crl.pem")
        Fixture.expectDoesNotDestroy("openssl x509 -in pki/issued/orchard-worker.crt -noout -text")
    }

    /// Every cleaning BFG Repo-Cleaner does rewrites the history, by name or as a jar.
    static let cleanings: [String] = [
        "bfg --replace-text secrets.txt orchard.git", "bfg --delete-folders .terraform --no-blob-protection",
        "bfg -rt banned.txt", "bfg --convert-to-git-lfs '*.zip'",
    ]
    @Test(arguments: cleanings) func aBFGCleaningRewritesHistory(_ line: String) { Fixture.expectDestroys(line) }
    @Test func bfgAsAJarIsHeldAndItsHelpIsARead() {
        let jar = "java -jar tools/bfg-1.14.0.jar --replace-text secrets.txt"
        #expect(Fixture.dev.evaluate(Fixture.exec(jar)).decision >= .ask)
        #expect(Fixture.staging.evaluate(Fixture.exec(jar)).decision >= .ask)
        Fixture.expectDoesNotDestroy("bfg --help")
    }

    /// Profilers' output is made again by the next profiled run: removing it is housekeeping;
    /// other files under the same directory are not.
    @Test func profilesRemovedAreHousekeeping() {
        Fixture.expectDoesNotDestroy("rm -f cmd/api/*.pprof bench/*.prof")
        Fixture.expectDoesNotDestroy("rm -f build/default_*.profraw")
        Fixture.expectDestroys("rm -f cmd/api/*.json")
    }
}
