import Testing
@testable import GuardianPolicy

/// The classes the fifty-seventh held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftySeventhClassesTests {
    /// Mercurial's rollback undoes the last transaction, and its changesets are gone; its dry
    /// run only prints.
    @Test func aMercurialRollbackDestroys() {
        Fixture.expectDestroys("hg rollback")
        Fixture.expectDestroys("hg rollback --verbose")
        Fixture.expectDoesNotDestroy("hg rollback --dry-run")
        Fixture.expectDoesNotDestroy("hg log -l 3")
    }
}
