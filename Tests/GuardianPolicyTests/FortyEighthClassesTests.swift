import Testing
@testable import GuardianPolicy

/// The classes the forty-eighth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FortyEighthClassesTests {
    /// A naming option's value is a name, whatever it says.
    static let named: [String] = [
        "npx prisma migrate dev --create-only --name purge_old_events", "acmectl template create --name wipe-and-reload",
        "npx prisma migrate dev --name remove_legacy_flags",
    ]
    @Test(arguments: named) func namesAreNotVerbs(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func aVerbBeforeTheNameStillDecides() {
        Fixture.expectDestroys("acmectl templates delete --name wipe-and-reload")
    }

    /// A cluster's credentials written into this machine's kubeconfig read the cluster, of
    /// staging too, as get-credentials already did.
    static let kubeconfigs: [String] = [
        "aws eks update-kubeconfig --name shop-staging --region eu-west-1", "doctl kubernetes cluster kubeconfig save shop-stg",
        "eksctl utils write-kubeconfig --cluster shop-staging", "scw k8s kubeconfig install shop-stg",
    ]
    /// Not when the path destroys: a kubeconfig entry removed, a secret named for one deleted.
    static let kubeconfigDestroys: [String] = [
        "doctl kubernetes cluster kubeconfig remove shop-stg", "kubectl delete secret kubeconfig-admin -n shop-staging",
    ]
    @Test(arguments: kubeconfigDestroys) func kubeconfigDestroysAreNotReads(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: kubeconfigs) func kubeconfigsRead(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A remote tool's search that selects by environment names it; other search words are data.
    @Test func aSearchByEnvironmentNamesIt() {
        Fixture.expectNamesProduction("sentry-cli issues list -o acme -p web --query 'environment:prod is:unresolved'")
        Fixture.expectNamesProduction("gh issue list --search 'env:production label:incident'")
        #expect(Fixture.staging.evaluate(Fixture.exec("sentry-cli issues list --query 'DropTableError is:unresolved'")).environment == nil)
    }
}
