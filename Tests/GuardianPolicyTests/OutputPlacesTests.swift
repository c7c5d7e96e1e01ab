@testable import GuardianPolicy
import Testing

/// Where a command writes its result (`-o prod-report.json`, `--report prod.html`) is not what it
/// acts on; a configuration file it is given still is.
@Suite struct OutputPlacesTests {
    static let namesNothing = ["reporter get -o prod-report.json", "reporter get --output prod-summary.yaml", "auditctl scan --report prod-findings.json",
                               "exporter pull --log-file prod-run.log.json"]
    static let namesProduction = ["wgctl up /etc/wg/prod.conf", "reporter apply prod.yaml -o out.json", "deployctl apply -f prod.yaml"]

    @Test(arguments: namesNothing) func anOutputNamesNoTarget(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
    @Test(arguments: namesProduction) func aConfigurationStillDoes(_ line: String) { Fixture.expectNamesProduction(line) }
}
