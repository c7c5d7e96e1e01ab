import Testing
@testable import GuardianPolicy

/// Loading skips example checks for the embedded profiles; here every example of every
/// built-in profile (and so of the whole catalog) is checked.
@Test(arguments: ["dev", "staging", "production"])
func builtinProfileLoadsWithEveryExampleHolding(_ name: String) throws {
    _ = try PolicyLoader.compile(name, context: Fixture.context, checkExamples: true)
}
