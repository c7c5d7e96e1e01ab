import GuardianPolicy
import Testing
@testable import GuardianSupervisor

/// Every variable a built-in profile reads — each environment-bound target, whatever reads it —
/// is one whose two different copies in an exec's environment make it ambiguous (the exec is
/// refused before and after it, `exec.ambiguous-environment`); the adversarial suite's
/// env-duplicate-* attacks run four of them end to end.
@Suite struct EnvironmentCopiesTests {
    @Test(arguments: ["dev", "staging", "production"])
    func everyVariableAProfileReadsIsCheckedForCopies(_ profile: String) throws {
        let context = PolicyContext(home: "/home/u", projectDirectory: "/home/u/p", configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        let policy = try PolicyLoader.compile(profile, context: context).policy
        #expect(policy.environmentVariables.count > 20, "\(policy.environmentVariables.sorted())")
        let names = EnvironmentNames(policy.environmentVariables)
        for variable in policy.environmentVariables.sorted() {
            let twice = Array("\(variable)=production\0PATH=/bin\0\(variable)=dev\0".utf8)
            #expect(names.select(from: twice) == NamedEnvironment(values: [variable: "production"], conflicting: [variable]), "\(profile): \(variable)")
            let same = Array("\(variable)=dev\0\(variable)=dev\0".utf8)
            #expect(names.select(from: same).conflicting.isEmpty, "\(profile): \(variable)")
        }
    }
}
