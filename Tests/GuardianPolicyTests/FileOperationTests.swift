import Testing
@testable import GuardianPolicy

/// `find … -delete` and `-exec rm` inside the project, and programs whose names say they
/// destroy (`cloud-nuke`, `aws-nuke`): their operation class and the dev decision.
struct FileOperationTests {
    @Test(arguments: [
        // Build and cache output, or a build directory: ordinary work.
        ("find . -name '*.pyc' -delete", OperationClass.local, Decision.allow),
        ("find . -name __pycache__ -type d -exec rm -rf {} +", .local, .allow),
        ("find . -name .DS_Store -delete", .local, .allow),
        ("find ./build -type f -delete", .local, .allow),
        ("find node_modules/.cache -delete", .local, .allow),
        ("find . -type d -empty -delete", .local, .allow),
        ("find . -name '*.sql' -print", .read, .allow),
        // Source or data of a kind, everything, or no name filter: a human looks first.
        ("find . -name '*.sql' -delete", .destroy, .ask),
        ("find . -name '*.csv' -exec rm {} ;", .destroy, .ask),
        ("find . -type f -mtime +7 -delete", .destroy, .ask),
        ("find src -name '*' -delete", .destroy, .ask),
        ("find . -iname '*.JSON' -execdir rm -f {} +", .destroy, .ask),
    ])
    func findInProject(_ line: String, _ kind: OperationClass, _ dev: Decision) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == kind, "\(line): \(e.operation?.description ?? "none")")
        #expect(e.decision == dev, "\(line): \(e.matches.map(\.id))")
    }

    /// Outside the project the catalog decides, with its scratch directories.
    @Test func findOutsideProject() {
        #expect(Fixture.dev.evaluate(Fixture.exec("find /tmp/x -delete")).decision == .allow)
        #expect(Fixture.dev.evaluate(Fixture.exec("find ~ -name '*.pyc' -delete")).decision == .ask)
    }

    @Test(arguments: [
        ("cloud-nuke aws --region us-east-1 --force", OperationClass.destroy, Decision.ask),
        ("aws-nuke run --config nuke.yml --no-dry-run", .destroy, .ask),
        ("azure-nuke run -c config.yaml", .destroy, .ask),
        ("cloud-nuke aws --dry-run", .read, .allow),
        ("aws-nuke --help", .read, .allow),
        ("cloud-nuke inspect-aws --region us-east-1", .read, .allow),
    ])
    func namesThatDestroy(_ line: String, _ kind: OperationClass, _ dev: Decision) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == kind, "\(line): \(e.operation?.description ?? "none")")
        #expect(e.decision == dev, "\(line): \(e.matches.map(\.id))")
    }

    /// A single word is a name, not a sentence: `purgecss` builds CSS, `wipe` alone is not read
    /// (its verb path may still say what it does: `nukeproof status` reads).
    @Test(arguments: ["purgecss --css build/*.css --content index.html", "nukeproof status"])
    func namesThatDoNotSay(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation == nil || e.operation?.kind == .read)
        #expect(e.decision <= .audit)
    }
}
