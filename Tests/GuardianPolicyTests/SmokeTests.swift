import Testing
@testable import GuardianPolicy

@Test(arguments: ["dev", "staging", "production"])
func builtinProfileLoads(_ name: String) throws {
    _ = try PolicyLoader.compile(name, context: Fixture.context)
}
