// A shell's `-c` script at the shell's own exec. Agent harnesses run every tool call as
// `sh -c CMD` or `bash -lc CMD` (Python's `subprocess.run(…, shell=True)`, Node's `spawn` with a
// shell): a refusal of the shell's exec reaches the harness as its own failure to start a shell
// (`PermissionError: '/bin/sh'`, `spawn /bin/sh EACCES`), and the reason Guardian wrote on the
// shell's stderr is thrown away with the output. When every command that stops the script will
// be trapped at its own exec, and be stopped there as firmly, the shell may start: the command
// fails inside it, the shell says so, and the reason reaches the agent with the output.

extension CompiledPolicy {
    /// What a shell itself does, not what its script runs: its builtins never reach an exec.
    static let shellBuiltins: Set<String> = [
        ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen",
        "complete", "continue", "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit",
        "export", "false", "fc", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let",
        "local", "logout", "mapfile", "popd", "printf", "pushd", "pwd", "read", "readarray", "readonly",
        "return", "set", "shift", "shopt", "source", "suspend", "test", "times", "trap", "true", "type",
        "typeset", "ulimit", "umask", "unalias", "unset", "wait", "coproc", "function",
    ]

    public func evaluateAtExec(_ exec: ExecRequest) -> Evaluation {
        let evaluation = evaluate(exec)
        guard evaluation.decision >= .ask, let alone = shellLeavingScriptToItsExecs(exec) else { return evaluation }
        return alone
    }

    /// For a shell given a `-c` script that its commands stop: the shell's own decision, when
    /// each command that stops it is a program the shell will exec (not a builtin, not a
    /// function the script defines) and is stopped as firmly on what its own exec carries —
    /// its words, variables and directory, without the stdin or sourced files the script gives
    /// it. Otherwise nil: the shell's exec is refused, as the script as a whole is what says
    /// what the command does (SQL in a heredoc, a sourced env file).
    func shellLeavingScriptToItsExecs(_ exec: ExecRequest) -> Evaluation? {
        let view = ExecView(exec)
        guard view.programKeys.contains(where: Self.shells.contains), let index = Self.shellScriptIndex(exec.argv) else { return nil }
        let script = exec.argv[index]
        // The shell alone, without the commands it runs (their depth is past the limit).
        let alone = evaluate(exec, depth: 4)
        guard alone.decision < .ask else { return nil }
        let inner = Self.innerCommands(exec, keys: view.programKeys)
        guard !inner.isEmpty else { return nil }
        for command in inner {
            let e = evaluate(command, depth: 1)
            guard e.decision >= .ask else { continue }
            guard let first = command.argv.first else { return nil }
            let name = String(ExecView.basename(first))
            if Self.shellBuiltins.contains(name) || Self.definesFunction(script, name) { return nil }
            var bare = command
            bare.stdin = nil
            bare.sourcedFiles = []
            if evaluate(bare, depth: 1).decision < e.decision { return nil }
        }
        return alone
    }

    /// Whether `script` may define a shell function called `name` (`name()`, `function name`):
    /// then the word runs the function, not a program.
    static func definesFunction(_ script: String, _ name: String) -> Bool {
        script.contains(name + "()") || script.contains(name + " ()") || script.contains("function " + name)
    }
}
