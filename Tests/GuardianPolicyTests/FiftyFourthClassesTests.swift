import Testing
@testable import GuardianPolicy

/// The classes the fifty-fourth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftyFourthClassesTests {
    /// A one-line program that deletes every row of a model through the ORM destroys, as the
    /// same code given to a framework's console does; a filtered delete does not.
    @Test func anORMMassDeleteInAOneLineProgramDestroys() {
        Fixture.expectDestroys("python3 -c \"import django; django.setup(); from shop.models import Cart; Cart.objects.all().delete()\"")
        Fixture.expectDestroys("ruby -e 'require \"./config/environment\"; Session.delete_all'")
        Fixture.expectDoesNotDestroy("python3 -c \"import django; django.setup(); from shop.models import Cart; Cart.objects.filter(id=9).delete()\"")
    }

    /// GitHub's CLI given a branch a deployment follows, named whole, acts on that environment;
    /// a query of its API names the environment its `environment=` selects.
    static let production: [String] = [
        "gh run list --workflow release.yml --branch production", "gh workflow run deploy.yml --ref prod -f dry_run=false",
        "gh api 'repos/orchard/api/deployments?environment=production&per_page=3'",
    ]
    @Test(arguments: production) func aDeployBranchOrEnvironmentNamesProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test func otherBranchesNameNothing() {
        Fixture.expectNamesNoOtherEnvironment("gh run list --branch feature/production-fix")
        Fixture.expectNamesNoOtherEnvironment("gh pr create --base production --title 'Release 2.4'")
        Fixture.expectNamesNoOtherEnvironment("gh api 'repos/orchard/api/deployments?per_page=3'")
        Fixture.expectAllowedUnderDev("gh run list --branch staging --limit 3")
    }
}
