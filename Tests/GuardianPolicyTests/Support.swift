import Testing
@testable import GuardianPolicy

/// The built-in profiles compiled for a fixed home and project, once per test process.
enum Fixture {
    static let home = "/home/user"
    static let project = "/home/user/project"
    static let context = PolicyContext(home: home, projectDirectory: project, configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")

    static let dev = try! PolicyLoader.compile("dev", context: context).policy
    static let staging = try! PolicyLoader.compile("staging", context: context).policy
    static let production = try! PolicyLoader.compile("production", context: context).policy

    static func policy(_ name: String) -> CompiledPolicy {
        switch name {
        case "staging": staging
        case "production": production
        default: dev
        }
    }

    /// `VAR=value program args…` as the supervisor would hand it over.
    static func exec(_ line: String, cwd: String = project) -> ExecRequest {
        CompiledPolicy.request(line, home: home, cwd: cwd)
    }

    /// A line the operation grammar reads as destroying, and the dev profile stops.
    static func expectDestroys(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let op = CommandModelTests.op(line)
        #expect(op?.kind == .destroy, "\(line): \(String(describing: op))", sourceLocation: sourceLocation)
        #expect(dev.evaluate(exec(line)).decision >= .ask, "\(line)", sourceLocation: sourceLocation)
    }

    /// A line whose commands, decided as the shell runs them (a loop's body, a pipeline's
    /// stages), destroy: the dev profile stops it.
    static func expectLineDestroys(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let e = dev.evaluate(exec(line))
        #expect(e.operation?.kind == .destroy, "\(line): \(String(describing: e.operation))", sourceLocation: sourceLocation)
        #expect(e.decision >= .ask, "\(line): \(e.decision)", sourceLocation: sourceLocation)
    }

    /// A line the grammar does not read as destroying, and the dev profile lets run.
    static func expectDoesNotDestroy(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let op = CommandModelTests.op(line)
        #expect(op?.kind != .destroy, "\(line): \(String(describing: op))", sourceLocation: sourceLocation)
        #expect(dev.evaluate(exec(line)).decision <= .audit, "\(line)", sourceLocation: sourceLocation)
    }

    /// A line whose target names production: denied under staging.
    static func expectNamesProduction(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let e = staging.evaluate(exec(line))
        #expect(e.environment == "production", "\(line): \(String(describing: e.environment))", sourceLocation: sourceLocation)
        #expect(e.decision == .deny, "\(line)", sourceLocation: sourceLocation)
    }

    /// A line that names no production and that the dev profile lets run (a read of staging
    /// among them).
    static func expectAllowedUnderDev(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let d = dev.evaluate(exec(line))
        #expect(d.environment != "production", "\(line): \(String(describing: d.targetSource))", sourceLocation: sourceLocation)
        #expect(d.decision <= .audit, "\(line): \(d.decision)", sourceLocation: sourceLocation)
    }

    /// A line that names neither production nor staging, read under dev.
    static func expectNamesNoOtherEnvironment(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let e = dev.evaluate(exec(line))
        #expect(e.environment != "production" && e.environment != "staging",
                "\(line): \(String(describing: e.environment)) \(String(describing: e.targetSource))", sourceLocation: sourceLocation)
    }
}
