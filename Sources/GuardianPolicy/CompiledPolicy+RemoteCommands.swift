// Commands a remote shell runs on another machine or in a pod: `ssh HOST 'COMMAND'`, `kubectl
// exec POD -- COMMAND`, `fly ssh console -C 'COMMAND'`, `heroku run COMMAND` (on a one-off
// dyno), and Ansible's ad-hoc `shell`, `command` and `raw` modules (`ansible web -m shell -a
// 'COMMAND'`, `command` when no module is named), and Salt's `cmd.run`, `cmd.shell` and
// `cmd.script` (`salt 'web*' cmd.run 'COMMAND'`), and a container's (`docker exec CONTAINER
// COMMAND`, `docker compose run|exec SERVICE COMMAND`). The command is decided by its own
// grammar and rules, as a wrapper's is (`kubectl exec db-0 -- psql -c 'DROP DATABASE x'`
// destroys), and when every command it runs only looks (`uptime`, `tail -n 100 log`,
// `printenv`), the remote shell only reads: the host, pod or app it names is read, not changed.

extension CompiledPolicy {
    /// The commands a remote shell runs, or nil when `request` is not one that names a command.
    static func remoteCommands(_ request: ExecRequest, keys: [String]) -> [ExecRequest]? {
        let argv = request.argv
        guard let script = remoteScript(argv, keys: keys), !script.isEmpty else { return nil }
        var scripts = [script]
        // ssh joins its words with spaces for the remote shell, which reads them again: a word
        // whose quoting the join undoes (`mongosh app --eval 'db.carts.drop()'`) may then be
        // split or fail there. The words as given are decided too — what the line means to
        // do; it can only add to what stops it.
        if keys.contains("ssh"), let given = sshCommandWords(argv), given.count > 1 {
            let quoted = given.map { CompiledPolicy.controlOperators.contains($0) ? $0 : shellQuoted($0) }.joined(separator: " ")
            if quoted != script { scripts.append(quoted) }
        }
        // Another machine's paths are not the project's.
        return scripts.flatMap { scriptCommands($0, cwd: "/", home: nil) }.map { command in
            var r = inner(request, command.argv, extraEnv: command.environment)
            r.cwd = "/"
            r.stdin = command.stdin
            return r
        }
    }

    /// The command words of `ssh [options] HOST COMMAND…`, as ssh was given them.
    static func sshCommandWords(_ argv: [String]) -> [String]? {
        var i = 1
        while i < argv.count, argv[i].hasPrefix("-") {
            if argv[i] == "--" { i += 1; break }
            i += takesNextWord(argv[i], sshValuedOptions) ? 2 : 1
        }
        guard i + 1 < argv.count else { return nil }
        return Array(argv[(i + 1)...])
    }

    /// The command text of `ssh [options] HOST COMMAND…`, `kubectl exec|run|debug … -- COMMAND…` or
    /// `fly ssh console -C COMMAND`.
    static func remoteScript(_ argv: [String], keys: [String]) -> String? {
        if keys.contains("ssh") {
            // The destination, then the command, joined as ssh joins it.
            return sshCommandWords(argv)?.joined(separator: " ")
        }
        if keys.contains(where: Operations.kubectlPrograms.contains) {
            let a = Arguments(argv)
            // `kubectl run NAME --image=… -- COMMAND…`: the command runs in the new pod.
            guard hasPodVerb(a, among: podCommandVerbs) else { return nil }
            let command = a.items.filter(\.afterDoubleDash).map(\.text)
            // Words after `--` are argv already: quoted again for the script reader. A control
            // operator among them is the line's own (`… -- env | grep -c DB`): left as one.
            return command.isEmpty ? nil : command.map { CompiledPolicy.controlOperators.contains($0) ? $0 : shellQuoted($0) }.joined(separator: " ")
        }
        if keys.contains("heroku") {
            // `heroku run [options] COMMAND…`: heroku's own options may stand anywhere before `--`.
            guard let at = argv.indices.dropFirst().first(where: { !argv[$0].hasPrefix("-") }), ["run", "run:detached", "run:inside"].contains(argv[at]) else { return nil }
            var command: [String] = []
            var i = at + 1
            var own = true
            while i < argv.count {
                let w = argv[i]
                if own && w == "--" { own = false } else if own && herokuRunValued.contains(w) { i += 1 } else if own && w.hasPrefix("-") && (herokuRunFlags.contains(w) || herokuRunValued.contains(where: { w.hasPrefix($0 + "=") })) {
                } else { command.append(w) }
                i += 1
            }
            // One word is the command line itself (`heroku run 'python manage.py flush'` runs as
            // `heroku run python manage.py flush` does); several are quoted where they hold spaces.
            if command.count == 1 { return command[0] }
            return command.isEmpty ? nil : command.map { CompiledPolicy.controlOperators.contains($0) ? $0 : shellQuoted($0) }.joined(separator: " ")
        }
        if keys.contains("ansible") {
            let a = Arguments(argv)
            let module = a.values(of: OptionSpec("-m|--module-name")).first.map { String($0.split(separator: ".").last ?? $0) } ?? "command"
            guard ["shell", "command", "raw", "win_shell", "win_command"].contains(module) else { return nil }
            return a.values(of: OptionSpec("-a|--args")).first.map(String.init)
        }
        // Puppet Bolt's `command run 'COMMAND' --targets …` and Azure's `vm run-command invoke
        // --command-id RunShellScript --scripts "COMMAND"`: the shell of each target runs it.
        if keys.contains("bolt") {
            let a = Arguments(argv)
            guard a.matchSubcommand([["command"], ["run"]]) != nil else { return nil }
            let words = a.positionals.filter { !a.items[$0].mayBeValue }.map { a.items[$0].text }
            return words.count > 2 ? words[2] : nil
        }
        if keys.contains("az") {
            let a = Arguments(argv)
            guard a.matchSubcommand([["vm", "vmss"], ["run-command"]]) != nil,
                  a.values(of: OptionSpec("--command-id")).contains(where: { $0 == "RunShellScript" }) else { return nil }
            let scripts = a.values(of: OptionSpec("--scripts")).map(String.init)
            return scripts.isEmpty ? nil : scripts.joined(separator: "\n")
        }
        if keys.contains("salt") || keys.contains("salt-ssh") {
            // salt TARGET cmd.run 'COMMAND' [key=value…]: the word after the function.
            guard let at = argv.firstIndex(where: { ["cmd.run", "cmd.shell", "cmd.run_all", "cmd.run_stdout", "cmd.exec_code"].contains($0) }),
                  at + 1 < argv.count else { return nil }
            return argv[at + 1]
        }
        if keys.contains(where: { ["docker", "podman", "nerdctl", "docker-compose", "podman-compose"].contains($0) }) {
            return containerCommand(argv, keys: keys)
        }
        if keys.contains(where: { $0 == "fly" || $0 == "flyctl" }) {
            let a = Arguments(argv)
            guard a.matchSubcommand([["ssh"], ["console"]]) != nil else { return nil }
            return a.values(of: OptionSpec("-C|--command")).first.map(String.init)
        }
        return nil
    }

    /// Options of `docker exec`, `compose run` and `compose exec`, and of compose itself, that
    /// take a value.
    static let containerValued: Set<String> = [
        "-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys", "-p", "--publish", "-v", "--volume",
        "--name", "--entrypoint", "-l", "--label", "-f", "--file", "--project-name", "--profile", "--project-directory", "--index",
    ]

    /// The command of `docker exec [options] CONTAINER COMMAND…` and of `docker compose [options]
    /// run|exec [options] SERVICE COMMAND…`.
    static func containerCommand(_ argv: [String], keys: [String]) -> String? {
        var i = 1
        func skipOptions() {
            while i < argv.count, argv[i].hasPrefix("-"), argv[i] != "-" {
                let flag = argv[i]
                i += containerValued.contains(flag) && !flag.contains("=") ? 2 : 1
            }
        }
        skipOptions()
        let composeRunner = keys.contains(where: { $0.hasSuffix("-compose") })
        if !composeRunner {
            guard i < argv.count else { return nil }
            if argv[i] == "compose" { i += 1; skipOptions() } else if argv[i] != "exec" { return nil }
        }
        guard i < argv.count, argv[i] == "exec" || (argv[i] == "run" && (composeRunner || argv[..<i].contains("compose"))) else { return nil }
        i += 1
        skipOptions()
        // The container or service, then the command.
        guard i + 1 < argv.count else { return nil }
        return argv[(i + 1)...].map { CompiledPolicy.controlOperators.contains($0) ? $0 : shellQuoted($0) }.joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }) ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// heroku run's options that take a value, and those that do not.
    static let herokuRunValued: Set<String> = ["-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env", "-t", "--type"]
    static let herokuRunFlags: Set<String> = ["-x", "--exit-code", "--no-tty", "--no-notify", "--listen"]

    /// Programs that only print what they are asked about.
    static let printingPrograms: Set<String> = [
        "uptime", "tail", "head", "cat", "ls", "df", "du", "free", "ps", "hostname", "whoami", "id", "uname", "printenv", "pwd",
        "echo", "grep", "wc", "stat", "w", "who", "nproc", "lscpu", "lsblk", "vmstat", "iostat", "dmesg", "less", "more", "top",
    ]

    /// journalctl prints the journal unless told to rotate, vacuum, flush or re-key it
    /// (journalctl(1)).
    static func journalOnlyReads(_ argv: [String]) -> Bool {
        guard let argv0 = argv.first, ExecView.basename(argv0) == "journalctl" else { return false }
        return !argv.dropFirst().contains { w in
            ["--rotate", "--flush", "--relinquish-var", "--smart-relinquish-var", "--setup-keys", "--sync"].contains(w) || w.hasPrefix("--vacuum")
        }
    }

    /// kubectl's verbs that run the words after `--` in a pod: `exec` in one that runs, `run`
    /// and `debug` in one they make.
    static let podCommandVerbs: Set<String> = ["exec", "run", "debug"]
    static let podMakingVerbs: Set<String> = ["run", "debug"]

    /// Whether kubectl's own words (before `--`) include one of `verbs`.
    static func hasPodVerb(_ a: Arguments, among verbs: Set<String>) -> Bool {
        a.positionals.contains { !a.items[$0].afterDoubleDash && verbs.contains(a.items[$0].text) }
    }

    /// A remote shell whose every command only looks: a read of where it runs.
    static func remoteCommandOnlyReads(_ request: ExecRequest, keys: [String], inner: [ExecRequest], evaluations: [Evaluation]) -> CommandOperation? {
        guard !inner.isEmpty, inner.count == evaluations.count, remoteScript(request.argv, keys: keys) != nil else { return nil }
        // A pod made to run the command (`kubectl run`, `kubectl debug`) is a change of the
        // cluster, whatever the command does.
        if keys.contains(where: Operations.kubectlPrograms.contains), hasPodVerb(Arguments(request.argv), among: podMakingVerbs) { return nil }
        for (r, e) in zip(inner, evaluations) {
            if let op = e.operation {
                guard op.kind == .read else { return nil }
            } else {
                // `env` alone prints the environment; with words it runs a command.
                guard let argv0 = r.argv.first, printingPrograms.contains(String(ExecView.basename(argv0))) || journalOnlyReads(r.argv)
                    || (r.argv.count == 1 && ExecView.basename(argv0) == "env") else { return nil }
            }
        }
        let shown = inner.compactMap { $0.argv.first.map { String(ExecView.basename($0)) } }.joined(separator: ", ")
        return CommandOperation(kind: .read, why: "\(keys.first ?? "") runs only commands that look (\(shown))")
    }
}

// A package manager given a package's binary by its bare name runs it (`pnpm prisma db push`,
// `yarn knex migrate:rollback --all`, `bun drizzle-kit drop`): the binary is decided as if run
// itself, when it is a program a grammar or the target list knows (not a script's name, which
// the package manager's own rules read).

extension CompiledPolicy {
    static let binaryRunningPackageManagers: Set<String> = ["pnpm", "yarn", "bun"]

    static func packageBinaryCommand(_ request: ExecRequest, keys: [String]) -> [ExecRequest]? {
        guard keys.contains(where: binaryRunningPackageManagers.contains) else { return nil }
        let argv = request.argv
        guard let i = argv.indices.dropFirst().first(where: { !argv[$0].hasPrefix("-") }) else { return nil }
        let name = argv[i]
        guard Operations.families[name] != nil || TargetPlaces.remoteTools.contains(name) else { return nil }
        return [inner(request, Array(argv[i...]), extraEnv: [:])]
    }
}
