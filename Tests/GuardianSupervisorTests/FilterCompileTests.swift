import Testing
@testable import GuardianSupervisor

/// A syscall name libseccomp does not know is an error before anything runs, naming the call:
/// dropped silently, it would leave that call unfiltered under the filter's allow default.
@Suite struct FilterCompileTests {
    @Test func anUnknownSyscallStopsTheStart() {
        let plan = FilterPlan(rules: [
            .init(syscall: "openat", action: .notify, conditions: []),
            .init(syscall: "no_such_call_xyz", action: .notify, conditions: []),
        ])
        #expect {
            _ = try Filter.compile(plan)
        } throws: { error in
            (error as? GuardianError).map { $0.code == "filter" && $0.message.contains("no_such_call_xyz") } ?? false
        }
    }

    @Test func theSessionsPlanCompilesWhole() throws {
        let filter = try Filter.compile(FilterPlan.make(FilterPlan.Options()))
        #expect(!filter.instructions.isEmpty)
    }
}
