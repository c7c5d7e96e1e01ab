import ArgumentParser

extension Guardian {
    /// Every subcommand, in the order `--help` lists them.
    static let subcommandList: [any ParsableCommand.Type] = [
        Run.self,
        Tail.self,
        Verify.self,
        Pending.self,
        Approve.self,
        Deny.self,
        Sessions.self,
        Kill.self,
        Check.self,
        Profiles.self,
        Assign.self,
        Unassign.self,
        Assignments.self,
        Doctor.self,
        Init.self,
        Completions.self,
    ]
}
