// Destructive commands recognised by the shape of their arguments, for programs Guardian could
// not identify. A copy of a CLI with one byte changed has no known hash and goes by a new name;
// what still gives it away is what it is asked to do: `volume delete vol_1`, `destroy
// -auto-approve`, `delete namespace prod`.

extension CompiledPolicy {
    /// The rule id of a shape match.
    public static let shapeRuleID = "exec.destructive-shape"

    /// The exec rules that describe a destructive command by its arguments: tagged
    /// `destructive` or `catastrophic` (not `mutating`: `kubectl exec`, `apply` are everyday
    /// words of version-manager shims and build tools), they name a program, give a subcommand,
    /// and ask or deny here. Their other conditions (flags, targets, paths) stay.
    var shapeRules: [Int] {
        execRules.indices.filter { i in
            let rule = execRules[i]
            return rule.destroys && rule.match.decision >= .ask && !rule.matcher.subcommand.isEmpty && !rule.matcher.program.names.isEmpty
        }
    }

    /// `exec` asked about as if its program were each program the shape rules name: the first
    /// rule that then matches makes it an `ask` (never more: the program may be anything).
    public func evaluateShape(_ exec: ExecRequest) -> Evaluation {
        let shapes = shapeRules
        // The subcommand first: an unknown program's options are of unknown arity, so in
        // `tool -k delete` the word may be an option's value (`pytest -k delete`).
        guard !shapes.isEmpty, exec.argv.count >= 2, !exec.argv[1].hasPrefix("-") else { return .allow }
        var view = ExecView(exec)
        // No help or dry-run flag exempts it: the program is not the one whose parser honours
        // them (a changed copy of a CLI ignores `--dry-run` as easily as it runs `delete`).
        var names = Set<String>()
        for i in shapes { names.formUnion(execRules[i].matcher.program.names) }
        view.programKeys = names.sorted()
        let (environment, _) = targetEnvironment(&view)
        for i in shapes where execRules[i].matcher.matches(view, environment: environment) {
            let like = execRules[i].match
            return Evaluation(decision: .ask, matches: [RuleMatch(
                id: Self.shapeRuleID, decision: .ask,
                reason: "an unidentified program was given the arguments of a destructive command (rule \(like.id): \(like.reason))")],
                environment: environment)
        }
        return .allow
    }
}
