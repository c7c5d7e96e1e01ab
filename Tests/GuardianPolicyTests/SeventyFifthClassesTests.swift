import Testing
@testable import GuardianPolicy

/// The classes the seventy-fifth and seventy-sixth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SeventyFifthClassesTests {
    /// A GraphQL body the stage before prints, read by an HTTP client from its input.
    static let pipedMutations: [String] = [
        "jq -n --arg id \"$VOL\" '{query: \"mutation($id: ID!) { volumeDelete(id: $id) }\", variables: {id: $id}}' | curl -s https://api.quarry.test/graphql -H 'Content-Type: application/json' -d @-",
        "jq -nc '{query: \"mutation { projectDelete(id: \\\"p1\\\") }\"}' | curl -sS https://api.quarry.test/graphql --data-binary @-",
    ]
    @Test(arguments: pipedMutations) func aMutationPipedInDestroys(_ line: String) { Fixture.expectLineDestroys(line) }
    @Test func aQueryPipedInDoesNot() {
        Fixture.expectAllowedUnderDev("jq -n '{query: \"query { volumes { id name } }\"}' | curl -s https://api.quarry.test/graphql -H 'Content-Type: application/json' -d @-")
    }

    /// Beneath a data name inside a scratch directory is scratch; a data name itself is data.
    static let scratchBeneath: [String] = ["rm -rf tmp/uploads/test", "rm -rf build/storage/fixtures-cache"]
    @Test(arguments: scratchBeneath) func whatLiesBeneathInScratchIsScratch(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    static let dataNamed: [String] = ["rm -rf tmp/uploads", "rm -rf data/raw/2026"]
    @Test(arguments: dataNamed) func aDataNameIsDataWherever(_ line: String) { Fixture.expectDestroys(line) }

    /// Flyway's dry run writes the SQL to a file and runs none of it.
    @Test func flywaysDryRunChangesNothing() {
        Fixture.expectAllowedUnderDev("flyway -configFiles=conf/quarry.toml -dryRunOutput=out/undo.sql undo")
        #expect(Fixture.dev.evaluate(Fixture.exec("flyway -configFiles=conf/quarry.toml undo")).decision >= .ask)
    }

    /// A project's own executable with a variable naming an environment acts there.
    static let projectExecutables: [String] = [
        "APP_ENV=production ./bin/quarry-admin orders:reconcile",
        "env RAILS_ENV=production bin/quarry-report monthly",
        "NODE_ENV=production ./scripts/backfill-ledger.js --since 2026-11-01",
    ]
    @Test(arguments: projectExecutables) func itActsWhereTheVariableSays(_ line: String) { Fixture.expectNamesProduction(line) }
    static let localExecutables: [String] = [
        "NODE_ENV=production ./node_modules/.bin/webpack --mode production",
        "APP_ENV=production ./scripts/build-assets.sh",
        "RAILS_ENV=production ./bin/rails assets:precompile",
    ]
    @Test(arguments: localExecutables) func buildsAndPackagesBinariesDoNot(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
