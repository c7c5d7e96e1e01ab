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
}
