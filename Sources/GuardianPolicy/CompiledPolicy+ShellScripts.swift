// A shell's `-c` script at the shell's own exec. Agent harnesses run every tool call as
// `sh -c CMD` or `bash -lc CMD` (Python's `subprocess.run(…, shell=True)`, Node's `spawn` with a
// shell): a refusal of the shell's exec reaches the harness as its own failure to start a shell
// (`PermissionError: '/bin/sh'`, `spawn /bin/sh EACCES`), and the reason Guardian wrote on the
// shell's stderr is thrown away with the output. When every command that stops the script will
// be trapped at its own exec, and be stopped there as firmly, the shell may start: the command
// fails inside it, the shell says so, and the reason reaches the agent with the output.
// When only the script says what stops it (SQL in a heredoc, a sourced env file), the shell
// alone being allowed, the refusal is carried out inside the shell: it starts, and every program
// it or its descendants run is refused with the script's reason (`refusableInside`).

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
        var evaluation = evaluate(exec)
        guard evaluation.decision >= .ask else { return evaluation }
        switch shellScript(exec) {
        case .leftToItsExecs(let alone): return alone
        case .stoppedByItsScript: evaluation.refusableInside = true
        case .notAScript: break
        }
        return evaluation
    }

    /// What a shell's `-c` script means for the shell's own exec.
    enum ShellScript {
        /// Not a shell with a `-c` script, or a shell that stops on its own account.
        case notAScript
        /// Every command that stops the script is a program the shell will exec, stopped as
        /// firmly on what its own exec carries: the shell's own decision.
        case leftToItsExecs(Evaluation)
        /// The shell alone is allowed; the script stops it by what only the script says (SQL on
        /// stdin, a sourced env file) or by a builtin or a function it defines.
        case stoppedByItsScript
    }

    /// For a shell given a `-c` script that its commands stop: whether the script can be left
    /// to the execs of its commands — each command that stops it is a program the shell will
    /// exec (not a builtin, not a function the script defines) and is stopped as firmly on what
    /// its own exec carries: its words, variables and directory, without the stdin or sourced
    /// files the script gives it. Otherwise the script as a whole is what says what the command
    /// does (SQL in a heredoc, a sourced env file).
    func shellScript(_ exec: ExecRequest) -> ShellScript {
        let view = ExecView(exec)
        guard view.programKeys.contains(where: Self.shells.contains), let index = Self.shellScriptIndex(exec.argv) else { return .notAScript }
        let script = exec.argv[index]
        // The shell alone, without the commands it runs (their depth is past the limit).
        let alone = evaluate(exec, depth: 4)
        guard alone.decision < .ask else { return .notAScript }
        let inner = Self.innerCommands(exec, keys: view.programKeys)
        guard !inner.isEmpty else { return .stoppedByItsScript }
        for command in inner {
            let e = evaluate(command, depth: 1)
            guard e.decision >= .ask else { continue }
            guard let first = command.argv.first else { return .stoppedByItsScript }
            let name = String(ExecView.basename(first))
            if Self.shellBuiltins.contains(name) || Self.definesFunction(script, name) { return .stoppedByItsScript }
            var bare = command
            bare.stdin = nil
            bare.sourcedFiles = []
            if evaluate(bare, depth: 1).decision < e.decision { return .stoppedByItsScript }
        }
        return .leftToItsExecs(alone)
    }

    /// Whether `script` may define a shell function called `name` (`name()`, `function name`):
    /// then the word runs the function, not a program.
    static func definesFunction(_ script: String, _ name: String) -> Bool {
        script.contains(name + "()") || script.contains(name + " ()") || script.contains("function " + name)
    }
}
