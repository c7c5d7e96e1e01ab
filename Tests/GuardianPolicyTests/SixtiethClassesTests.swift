import Testing
@testable import GuardianPolicy

/// The classes the sixtieth held-out corpus's misses named, table by table: each mechanism with
/// lines that must be read its way and hard negatives that must not, written for the mechanism
/// (other names, tools and spellings), not taken from any corpus.
struct SixtiethClassesTests {
    /// A database branch's connection string printed reads, of staging too.
    @Test func aConnectionStringPrintedReads() {
        Fixture.expectAllowedUnderDev("neonctl connection-string staging --project-id quiet-lake-42")
        Fixture.expectAllowedUnderDev("neonctl connection-string feature-auth --pooled")
    }

    /// Alembic's `-x` arguments name where env.py connects, whatever their keys.
    @Test func alembicsArgumentsNameTheDatabase() {
        Fixture.expectNamesProduction("alembic -x db=production current")
        Fixture.expectNamesProduction("alembic -x tenant=ledger-prod upgrade head")
        Fixture.expectNamesNoOtherEnvironment("alembic -x db=local history")
    }

    /// A `while read` loop fed by a listing of files written out runs its body on those files.
    static let loops: [String] = [
        "ls -1 exports/*.json | while read -r f; do : > \"$f\"; done",
        "find uploads -name '*.png' | while read -r f; do rm -f \"$f\"; done",
    ]
    @Test(arguments: loops) func aLoopOverListedFilesActsOnThem(_ line: String) { Fixture.expectLineDestroys(line) }
    @Test func aLoopOverScratchFilesDoesNot() {
        let e = Fixture.dev.evaluate(Fixture.exec("find build -name '*.o' | while read -r f; do rm -f \"$f\"; done"))
        #expect(e.decision <= .audit, "\(e.decision)")
    }
}
