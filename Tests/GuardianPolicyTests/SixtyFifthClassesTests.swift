import Testing
@testable import GuardianPolicy

/// The classes the sixty-fifth and sixty-sixth held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtyFifthClassesTests {
    /// curl's method after flags in one cluster (`-sX DELETE`) is its method.
    static let clustered: [String] = [
        "curl -sX DELETE https://api.quarry.dev/v2/buckets/quarry-assets-staging",
        "curl -fsSLX DELETE -H \"Authorization: Bearer $QUARRY_TOKEN\" https://api.quarry.dev/v1/volumes/vol-77",
    ]
    @Test(arguments: clustered) func curlsMethodInAClusterIsItsMethod(_ line: String) { Fixture.expectDestroys(line) }
    @Test func aClusterWithoutTheMethodStaysAGet() {
        Fixture.expectDoesNotDestroy("curl -sSL https://api.quarry.dev/v1/volumes/vol-77")
        let e = Fixture.dev.evaluate(Fixture.exec("curl -fsSLX PATCH https://api.quarry.dev/v1/volumes/vol-77 -d '{\"size\": 20}'"))
        #expect(e.operation?.kind == .write, "\(String(describing: e.operation))")
    }

    /// A `clean` followed by build actions cleans the build's own output, after options too.
    static let builds: [String] = [
        "xcodebuild -workspace Quarry.xcworkspace -scheme Quarry clean test",
        "xcodebuild clean archive -scheme QuarryMac",
    ]
    @Test(arguments: builds) func aCleanBeforeBuildActionsIsABuild(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func aCleanOfSomethingNamedStillDestroys() {
        Fixture.expectDestroys("quarryctl --region eu clean uploads")
    }

    /// A command line quoted last after a remote exec's options runs there and is decided.
    @Test func aQuotedCommandAfterARemoteExecsOptions() {
        Fixture.expectLineDestroys("kamal accessory exec mysql -d staging --reuse \"mysql -e 'TRUNCATE TABLE quarry.sessions'\"")
        Fixture.expectLineDestroys("kamal app exec --roles=web -d staging 'bin/rails runner \"Upload.destroy_all\"'")
    }

    /// Not for any runner's exec: `pyenv exec python3 -c '…'` gives its last word to python,
    /// whose program is no shell command line.
    @Test func aRunnersExecGivesItsLastWordToTheProgram() {
        let line = "pyenv exec python3 -c 'q = \"mutation { projectDelete(id: 1) }\"\nprint(q)'"
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(e.decision) \(String(describing: e.operation))")
    }

    /// A log query started reads; Athena's query is read as its SQL says.
    @Test func queriesStartedReadAsTheirStatementSays() {
        Fixture.expectAllowedUnderDev("aws logs start-query --log-group-name /aws/lambda/quarry-staging --start-time 1700000000 --end-time 1700003600 --query-string 'fields @timestamp | limit 5' --profile quarry-staging")
        Fixture.expectDoesNotDestroy("aws athena start-query-execution --query-string 'SELECT 1' --work-group primary")
        Fixture.expectDestroys("aws athena start-query-execution --query-string 'DROP TABLE quarry_events' --work-group primary")
    }

    /// A git setting that runs a program is held when given a value, not when only read.
    @Test func aGitSettingReadIsNotWritten() {
        #expect(Fixture.dev.evaluate(Fixture.exec("git config --global core.sshCommand")).decision == .allow)
        #expect(Fixture.dev.evaluate(Fixture.exec("git config --global core.sshCommand 'ssh -i ~/.ssh/quarry'")).decision >= .ask)
    }

    /// A platform CLI's raw API command names the resource its parameters name.
    @Test func anAPICommandsParametersNameTheTarget() {
        Fixture.expectNamesProduction("netlify api getSite --data '{\"site_id\": \"quarry-web-production\"}'")
        Fixture.expectNamesProduction("quarry api GET /deployments -f app=quarry-prod")
        Fixture.expectNamesNoOtherEnvironment("netlify api getSite --data '{\"site_id\": \"5d1c7e2a-9b1f\"}'")
    }
}
