import Testing
@testable import GuardianPolicy

/// The classes the fifty-eighth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftyEighthClassesTests {
    /// A `for` loop over a list written out runs its body on each word of the list: the
    /// variable stands for them, as the shell expands it.
    @Test func aLoopsVariableStandsForItsList() {
        Fixture.expectLineDestroys("for f in exports/*.csv; do rm -f \"$f\"; done")
        let scratch = Fixture.dev.evaluate(Fixture.exec("for f in build/*.o; do rm -f \"$f\"; done"))
        #expect(scratch.decision <= .audit, "\(scratch.decision)")
    }

    /// Dry runs in other spellings: MinIO's client's `--fake` (after its confirmation flags).
    @Test func aFakeRemoveOnlyLists() {
        Fixture.expectDoesNotDestroy("mc rm --recursive --force --dangerous --fake play/scratch-dev")
        Fixture.expectDestroys("mc rm --recursive --force --dangerous play/scratch-dev")
    }

    /// Reads of a warehouse: a table's first rows, and dbt's tests, freshness checks and
    /// compiles, on staging too.
    static let reads: [String] = [
        "bq head -n 5 acme-staging:sales.orders", "dbt test --target staging --select stg_orders",
        "dbt source freshness --target staging", "dbt compile --target staging -s orders",
    ]
    @Test(arguments: reads) func aWarehouseReadIsAllowedUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aWarehouseWriteIsNot() {
        #expect(Fixture.dev.evaluate(Fixture.exec("dbt run --target staging --select orders")).decision > .audit)
        #expect(Fixture.dev.evaluate(Fixture.exec("dbt test --target staging --store-failures")).decision > .audit)
    }

    /// Output a build or a test run makes again: test result bundles, a site generator's caches.
    @Test func regeneratedOutputIsHousekeeping() {
        Fixture.expectDoesNotDestroy("rm -rf *.xcresult")
        Fixture.expectDoesNotDestroy("rm -rf build/reports/test-results")
        Fixture.expectDoesNotDestroy("npx docusaurus clear")
        Fixture.expectDestroys("rm -rf *.sqlite3")
    }
}
