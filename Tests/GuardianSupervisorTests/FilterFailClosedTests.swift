import Testing
@testable import GuardianSupervisor

/// A filter that cannot be what its plan says is not loaded: a syscall name the linked
/// libseccomp does not know would otherwise be left out of the BPF, and so unfiltered under the
/// allow default (an older libseccomp than the plan).
@Suite struct FilterFailClosedTests {
    @Test func aSyscallLibseccompCannotResolveStopsTheStart() {
        let plan = FilterPlan(rules: FilterPlan.make(FilterPlan.Options()).rules
            + [FilterPlan.Rule(syscall: "guardian_no_such_call", action: .notify, conditions: [])])
        do {
            _ = try Filter.compile(plan)
            Issue.record("a plan naming an unknown syscall compiled")
        } catch {
            #expect(error.code == "filter" && error.message.contains("guardian_no_such_call"), "\(error)")
        }
    }

    @Test func theShippedPlanCompiles() throws {
        _ = try Filter.compile(FilterPlan.make(FilterPlan.Options()))
    }
}
