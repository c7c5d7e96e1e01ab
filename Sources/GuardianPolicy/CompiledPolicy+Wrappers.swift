// Commands that run another command: `sudo`, `env`, `npx`, `bundle exec`, `sh -c`, … The
// supervisor traps the inner exec as well; deciding on it here too means the outer exec is
// already held, and `guardian check` answers for what will really run.

extension CompiledPolicy {
    /// The commands of a shell script `request` runs, each as a request of its own. After a
    /// `cd` a command is decided in both directories: the `cd` may fail, and deciding on each
    /// cannot be weaker than deciding on the one the shell uses.
    static func scriptRequests(_ script: String, of request: ExecRequest) -> [ExecRequest] {
        // A branch an earlier command checked out is the one a bare `git push` later pushes
        // (`git checkout production && git merge main && git push`): given to it as the
        // repository's HEAD would say.
        var checkedOut: String?
        return scriptCommands(script, cwd: request.cwd, home: request.environment["HOME"]).flatMap { command -> [ExecRequest] in
            var r = inner(request, command.argv, extraEnv: command.environment)
            r.stdin = command.stdin
            r.sourcedFiles = request.sourcedFiles + command.sourced
            if let branch = GitBranches.checkedOut(command.argv) {
                checkedOut = branch
            } else if let branch = checkedOut, GitBranches.isBarePush(command.argv) {
                r.files[GitBranches.head] = "ref: refs/heads/\(branch)\n"
            }
            guard command.cwd != request.cwd else { return [r] }
            var moved = r
            moved.cwd = command.cwd
            return [r, moved]
        }
    }

    /// Runners whose first non-option word is the command; the value lists options that take a value.
    static let prefixRunners: [String: Set<String>] = [
        "sudo": ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U"], "doas": ["-u", "-C"],
        "env": ["-u", "-C", "-S", "--unset", "--chdir"], "nohup": [], "time": [], "setsid": [],
        "nice": ["-n", "--adjustment"], "ionice": ["-c", "-n", "-p"], "stdbuf": ["-i", "-o", "-e"],
        "npx": ["-p", "--package", "-c", "--call"], "bunx": [], "pnpx": [], "uvx": ["--from", "--with", "-p", "--python"], "xargs": ["-I", "-n", "-P", "-d", "-L", "-s", "-E", "-a", "--arg-file", "--delimiter", "--max-args", "--max-lines", "--max-procs", "--max-chars", "--eof", "--process-slot-var"],
        "chronic": [], "unbuffer": [], "caffeinate": [], "command": [], "exec": [], "builtin": [],
    ]
    /// Runners that fetch a package and run its binary (`npx dotenv-cli …`, `npx vercel@latest …`).
    static let packageRunners: Set<String> = ["npx", "bunx", "pnpx"]
    /// Packages whose binary has another name than the package.
    static let packageBinaries: [String: String] = [
        "dotenv-cli": "dotenv", "sequelize-cli": "sequelize", "@dotenvx/dotenvx": "dotenvx", "firebase-tools": "firebase",
        "netlify-cli": "netlify", "@railway/cli": "railway", "@nestjs/cli": "nest", "@angular/cli": "ng", "@aws-amplify/cli": "amplify",
        "@sentry/cli": "sentry-cli", "@supabase/cli": "supabase", "@planetscale/cli": "pscale", "@fly/flyctl": "flyctl",
        "@cloudflare/wrangler": "wrangler", "aws-cdk": "cdk", "@prisma/cli": "prisma", "typeorm-ts-node-commonjs": "typeorm",
    ]

    /// The binary a package runner runs for a package named as it is fetched: without its
    /// version (`vercel@latest`, `@railway/cli@3`), and by its binary's name.
    static func packageBinary(_ name: String) -> String {
        var package = Substring(name)
        if let at = package.lastIndex(of: "@"), at != package.startIndex { package = package[..<at] }
        return packageBinaries[String(package)] ?? String(package)
    }

    /// Runners that need a subcommand first: `bundle exec rails …`.
    static let subcommandRunners: [String: Set<String>] = [
        "bundle": ["exec"], "poetry": ["run"], "uv": ["run"], "pipenv": ["run"], "pnpm": ["exec", "dlx"],
        "yarn": ["exec", "dlx"], "bun": ["x"], "npm": ["exec", "x"], "pdm": ["run"], "hatch": ["run"], "rye": ["run"],
        "mise": ["exec", "x"], "asdf": ["exec"], "direnv": ["exec"], "dotenv": ["--"], "op": ["run"], "doppler": ["run"],
        "aws-vault": ["exec"], "kubectx": [], "timeout": [],
        // A platform's variables set for a local command (`railway run --environment staging
        // npx prisma migrate reset --force`).
        "railway": ["run"], "infisical": ["run"],
    ]
    /// Runners whose own words end at `--` when it is given.
    static let argvEndsAtDoubleDash: Set<String> = ["doppler", "aws-vault", "op", "infisical", "mise"]
    /// Such runners' options that take a value, before the command.
    static let subcommandRunnerValued: Set<String> = ["-e", "--environment", "-s", "--service", "--env", "--projectId", "--path", "-p", "-c", "--config", "--project"]
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "fish", "ash"]

    /// Whether an option word takes the next word as its value: it is one of `valued`, or a
    /// cluster of short options whose first value-taking letter ends it (`sudo -iu deploy`,
    /// `ssh -tJ bastion`; in `-up deploy` the value is `p`, written in the word).
    static func takesNextWord(_ word: String, _ valued: Set<String>) -> Bool {
        if valued.contains(word) { return true }
        guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 2 else { return false }
        let letters = word.dropFirst()
        guard let first = letters.firstIndex(where: { valued.contains("-" + String($0)) }) else { return false }
        return letters.index(after: first) == letters.endIndex
    }

    /// The commands `request` runs on its behalf, if it is a wrapper.
    static func innerCommands(_ request: ExecRequest, keys allKeys: [String]) -> [ExecRequest] {
        let argv = request.argv
        guard argv.count > 1 else { return [] }
        // A `#!` script's interpreter (`#!/usr/bin/env bash`) is not given the script's argv:
        // `env` here runs the script, not `argv[1]` (the supervisor traps what it runs anyway).
        var keys = allKeys
        if let interpreter = request.interpreter {
            var own: [String] = []
            ExecView.addKeys(for: request.program, to: &own)
            if let argv0 = argv.first { ExecView.addKeys(for: argv0, to: &own) }
            var theirs: [String] = []
            ExecView.addKeys(for: interpreter, to: &theirs)
            keys.removeAll { theirs.contains($0) && !own.contains($0) }
        }
        // The dynamic loader run as a program maps the program it is given and jumps to it in
        // the same execve: nothing else is trapped, so that program is decided here.
        if keys.contains(where: isDynamicLoader) {
            return loaderPrograms(argv).map { candidate in
                let name = argv[candidate.index]
                let program = name.hasPrefix("/") ? name : request.cwd + "/" + name
                let inner = [candidate.argv0 ?? name] + argv[(candidate.index + 1)...]
                return ExecRequest(program: program, argv: inner, cwd: request.cwd, environment: request.environment)
            }
        }
        // `java -jar tool.jar ARGS`: the JVM runs the jar in its own process, so no exec shows
        // the tool; it is decided here, named for its jar (`jenkins-cli.jar` → `jenkins-cli`).
        if keys.contains(where: javaLaunchers.contains), let jar = jarCommand(argv) {
            return [inner(request, jar, extraEnv: [:])]
        }
        // `docker exec [options] CONTAINER COMMAND…`: the command runs in the container.
        if keys.contains(where: containerRuntimes.contains), let command = containerExecCommand(argv) {
            return [inner(request, command, extraEnv: [:])]
        }
        // `ssh HOST 'COMMAND'`, `kubectl exec POD -- COMMAND`: run where the shell is opened.
        if let remote = remoteCommands(request, keys: keys) { return remote }
        if let binary = packageBinaryCommand(request, keys: keys) { return binary }
        // A multi-call binary (busybox, toybox) runs the applet argv[0] names — already among
        // the keys — or, when argv[0] is the binary's own name, the applet argv[1] names.
        if let argv0 = argv.first, isMultiCall(ExecView.basename(argv0)) {
            guard !argv[1].hasPrefix("-") else { return [] }
            return [inner(request, Array(argv[1...]), extraEnv: [:])]
        }
        // `su - USER -c 'SCRIPT'`, `runuser -u USER -c …`: the user's shell runs the script.
        if keys.contains(where: { $0 == "su" || $0 == "runuser" }),
           let c = argv.indices.dropFirst().first(where: { argv[$0] == "-c" || argv[$0] == "--command" }), c + 1 < argv.count {
            return scriptRequests(argv[c + 1], of: request)
        }
        // A command line given to a program that runs it through a shell (`firebase
        // emulators:exec 'npm test'`, `watch -n 5 'kubectl get pods'`): decided as `sh -c`'s.
        if let script = scriptArgument(argv, keys: keys) { return scriptRequests(script, of: request) }
        for key in keys {
            if shells.contains(key) {
                guard let script = shellScriptIndex(argv) else { return [] }
                return scriptRequests(argv[script], of: request)
            }
            if let valued = prefixRunners[key] {
                var i = 1
                var env: [String: String] = [:]
                var sourced: [String] = []
                while i < argv.count {
                    let word = argv[i]
                    if word == "--" { i += 1; break }
                    // `env $(cat .env.prod | xargs) node x.js`: the env file's assignments, set
                    // for the command as if sourced.
                    if key == "env", word.hasPrefix("$(") {
                        for text in substitutions(in: word) {
                            sourced += text.split(separator: " ").map(String.init).filter { $0.contains(".") && Words.split($0).contains("env") }
                        }
                        i += 1
                        continue
                    }
                    if word.hasPrefix("-") {
                        i += takesNextWord(word, valued) ? 2 : 1
                        continue
                    }
                    if key == "env" || key == "sudo", let eq = word.firstIndex(of: "="), eq != word.startIndex {
                        env[String(word[..<eq])] = String(word[word.index(after: eq)...])
                        i += 1
                        continue
                    }
                    if key == "nice" || key == "timeout", word.first?.isNumber == true { i += 1; continue }
                    break
                }
                guard i < argv.count else { return [] }
                var command = Array(argv[i...])
                if packageRunners.contains(key) { command[0] = packageBinary(command[0]) }
                // `xargs -I NAME … NAME …`: NAME stands for each input line, written `{}` here as
                // the default replacement is, so every command reads it as "what its input names".
                if key == "xargs", let at = argv[1..<i].firstIndex(of: "-I"), at + 1 < i, argv[at + 1] != "{}" {
                    let name = argv[at + 1]
                    command = [command[0]] + command.dropFirst().map { $0.replacingOccurrences(of: name, with: "{}") }
                }
                // Without a replacement string xargs appends what its input names to the command
                // (`… | xargs git checkout --` discards each file listed): `{}` stands for it.
                if key == "xargs", !argv[1..<i].contains(where: { $0 == "-I" || $0.hasPrefix("-I") || $0 == "-i" || $0.hasPrefix("--replace") }) {
                    command.append("{}")
                }
                var r = inner(request, command, extraEnv: env)
                if !sourced.isEmpty { r.sourcedFiles += sourced }
                return [r]
            }
            if let subcommands = subcommandRunners[key] {
                var i = 1
                // dotenv's options take values (`-e .env.production`): the command follows `--`.
                if key == "dotenv", let end = argv.firstIndex(of: "--") { i = end }
                while i < argv.count, argv[i].hasPrefix("-"), !subcommands.contains(argv[i]) { i += 1 }
                if key == "timeout" {
                    // timeout [options] DURATION COMMAND…
                    i += 1
                } else {
                    guard i < argv.count, subcommands.contains(argv[i]) else { return [] }
                    i += 1
                }
                // Runners whose command follows `--` (`doppler run --project p --config stg -- CMD`,
                // `aws-vault exec PROFILE -- CMD`, `op run --env-file x -- CMD`): what it ends is
                // theirs, options, values and a profile alike.
                if argvEndsAtDoubleDash.contains(key), let end = argv[i...].firstIndex(of: "--") {
                    i = end
                }
                while i < argv.count, argv[i].hasPrefix("-") {
                    if argv[i] == "--" { i += 1; break }
                    i += ["railway", "infisical"].contains(key) && subcommandRunnerValued.contains(argv[i]) ? 2 : 1
                }
                guard i < argv.count else { return [] }
                var r = inner(request, Array(argv[i...]), extraEnv: [:])
                r.sourcedFiles = request.sourcedFiles + TargetPlaces.envFiles(ExecView(request))
                r.files = request.files
                return [r]
            }
        }
        // A command run on another device or container by a program's own subcommand (`adb
        // shell CMD`, `toolctl exec TARGET -- CMD`): no exec here shows it, so it is decided here
        // (ssh, `kubectl exec` and `fly ssh console -C` are read above, by `remoteCommands`).
        return subcommandRemoteCommands(argv, keys: keys).map { inner(request, $0, extraEnv: [:]) }
    }

    /// Programs that run a command line they are given through a shell: the subcommand that
    /// takes it ("" for the program itself), and the options before it that take a value.
    static let scriptArgumentRunners: [String: (subcommand: String, valued: Set<String>)] = [
        "firebase": ("emulators:exec", ["--project", "-P", "--only", "--import", "--log-verbosity", "--config", "-c", "--account"]),
        "watch": ("", ["-n", "--interval", "-q", "--equexit"]),
    ]

    /// The command line a `scriptArgumentRunners` program runs: the word after its options for
    /// a subcommand's, the rest of the line for `watch` (which joins its words as `sh -c` reads them).
    static func scriptArgument(_ argv: [String], keys: [String]) -> String? {
        guard let key = keys.first(where: { scriptArgumentRunners[$0] != nil }), let runner = scriptArgumentRunners[key] else { return nil }
        var i = 1
        if !runner.subcommand.isEmpty {
            guard let at = argv.firstIndex(of: runner.subcommand) else { return nil }
            i = at + 1
        }
        while i < argv.count, argv[i].hasPrefix("-") {
            if argv[i] == "--" { i += 1; break }
            i += runner.valued.contains(argv[i]) ? 2 : 1
        }
        guard i < argv.count else { return nil }
        return runner.subcommand.isEmpty ? argv[i...].joined(separator: " ") : argv[i]
    }

    /// Deploy tools whose `exec` takes the command as one quoted word after its options.
    static let quotedCommandExecs: Set<String> = ["kamal"]

    /// Subcommands after which the rest of the line runs somewhere else.
    static let remoteRunWords: Set<String> = ["exec", "shell", "ssh"]
    /// ssh's options that take the next word as their value (ssh(1)).
    static let sshValuedOptions: Set<String> = ["-B", "-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w"]

    /// The commands a program's `exec`, `shell` or `ssh` subcommand (among its first three
    /// words) runs elsewhere: the command after `--`, or — for programs no grammar knows, whose
    /// next word may be a target (a container, a device, a cluster file) or the command itself —
    /// both readings.
    static func subcommandRemoteCommands(_ argv: [String], keys: [String]) -> [[String]] {
        var seen = 0
        var i = 1
        while i < argv.count, seen < 3 {
            let word = argv[i]
            if word == "--" { return [] }
            if word.hasPrefix("-") { i += 1; continue }
            if remoteRunWords.contains(word) {
                let rest = Array(argv[(i + 1)...])
                if let end = rest.firstIndex(of: "--") { return commandWords(Array(rest[(end + 1)...])) }
                guard !keys.contains(where: { Operations.families[$0] != nil }) else { return [] }
                // The command after a target (`… exec db CMD…`); for tools whose exec takes the
                // command as one quoted word after its options, that word (`kamal accessory exec
                // db -d staging --reuse "psql -c '…'"`). Not for any runner: `pyenv exec python3
                // -c '…'` gives its last word to python.
                let quoted = keys.contains(where: quotedCommandExecs.contains) && rest.count > 1 && rest[rest.count - 1].contains(" ")
                    ? commandWords([rest[rest.count - 1]]) : []
                return commandWords(rest) + (rest.count > 1 ? commandWords(Array(rest.dropFirst())) : []) + quoted
            }
            seen += 1
            i += 1
        }
        return []
    }

    /// Words of a command, or a one-word script split into its commands.
    static func commandWords(_ words: [String]) -> [[String]] {
        guard let first = words.first, !first.hasPrefix("-") else { return [] }
        if words.count == 1, first.contains(" ") { return splitScript(first).filter { !$0.isEmpty } }
        return [words]
    }

    static let containerRuntimes: Set<String> = ["docker", "podman", "nerdctl", "docker-compose", "podman-compose"]
    static let containerExecValuedOptions: Set<String> = ["-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys"]
    /// `run`'s options that take the next word as their value (docker-run(1), docker-compose-run(1)).
    static let containerRunValuedOptions: Set<String> = containerExecValuedOptions.union([
        "-v", "--volume", "--name", "-p", "--publish", "--network", "--net", "--entrypoint", "-l", "--label", "--mount",
        "--platform", "--pull", "-h", "--hostname", "--add-host", "--cpus", "-m", "--memory", "--restart", "--gpus", "--device",
        "--cap-add", "--cap-drop", "--security-opt", "--tmpfs", "--ulimit", "--log-driver", "--log-opt", "--ipc", "--pid",
        "--dns", "--link", "--expose", "--volumes-from", "-a", "--attach", "--cidfile", "--shm-size", "--stop-signal",
        "--stop-timeout", "--userns", "--runtime", "--label-file", "--env-from-file", "--cgroupns", "--group-add",
    ])

    /// The command of `docker exec [options] CONTAINER COMMAND…` (also `docker container exec`).
    static func containerExecCommand(_ argv: [String]) -> [String]? {
        var i = 1
        if i < argv.count, argv[i] == "container" || argv[i] == "compose" { i += 1 }
        // `run IMAGE COMMAND…` and `compose run SERVICE COMMAND…` run COMMAND in a new
        // container, with the mounts, network and variables it is given: decided as `exec`'s is.
        guard i < argv.count, argv[i] == "exec" || argv[i] == "run" else { return nil }
        let valued = argv[i] == "run" ? containerRunValuedOptions : containerExecValuedOptions
        i += 1
        while i < argv.count, argv[i].hasPrefix("-") {
            if argv[i] == "--" { i += 1; break }
            i += valued.contains(argv[i]) ? 2 : 1
        }
        // The container, then the command.
        i += 1
        return i < argv.count ? Array(argv[i...]) : nil
    }

    static let javaLaunchers: Set<String> = ["java", "javaw"]
    /// java options that take the next word as their value.
    static let javaValuedOptions: Set<String> = ["-cp", "-classpath", "--class-path", "-p", "--module-path", "--add-modules", "--add-opens", "--add-exports", "--add-reads", "--enable-native-access"]

    /// `java [options] -jar FILE.jar ARGS…` → [name, ARGS…], the name the jar's file without
    /// `.jar` and a trailing version (`bfg-1.14.0.jar` → `bfg`).
    static func jarCommand(_ argv: [String]) -> [String]? {
        var i = 1
        while i < argv.count {
            let word = argv[i]
            if word == "-jar" {
                guard i + 1 < argv.count else { return nil }
                var name = String(ExecView.basename(argv[i + 1]))
                if name.lowercased().hasSuffix(".jar") { name = String(name.dropLast(4)) }
                if let dash = name.lastIndex(of: "-"), name[name.index(after: dash)...].first?.isNumber == true,
                   name[name.index(after: dash)...].allSatisfy({ $0.isNumber || $0 == "." }) { name = String(name[..<dash]) }
                guard !name.isEmpty else { return nil }
                return [name] + argv[(i + 2)...]
            }
            guard word.hasPrefix("-") else { return nil }
            i += javaValuedOptions.contains(word) ? 2 : 1
        }
        return nil
    }

    /// Where a shell's `-c` script is in its argv: the first word after the option cluster that
    /// holds `c` that is not an option itself (`bash -c -l 'cmd'`, `sh -ec 'cmd'`, `bash -c -- 'cmd'`).
    static func shellScriptIndex(_ argv: [String]) -> Int? {
        guard let c = argv.firstIndex(where: { $0 == "-c" || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.contains("c")) }) else { return nil }
        var i = c + 1
        while i < argv.count, argv[i].hasPrefix("-") || argv[i].hasPrefix("+") {
            if argv[i] == "--" { i += 1; break }
            // `-o option` and `+O option` take the next word.
            if argv[i] == "-o" || argv[i] == "+o" || argv[i] == "-O" || argv[i] == "+O" { i += 1 }
            i += 1
        }
        return i < argv.count ? i : nil
    }

    static func inner(_ outer: ExecRequest, _ argv: [String], extraEnv: [String: String]) -> ExecRequest {
        let name = argv[0]
        let program = name.hasPrefix("/") ? name : "/usr/bin/" + (name.split(separator: "/").last.map(String.init) ?? name)
        var env = outer.environment
        env.merge(extraEnv) { $1 }
        // What the outer command is given on its input, the command it runs reads
        // (`echo 'TRUNCATE …' | npx prisma db execute --stdin`).
        var r = ExecRequest(program: program, argv: argv, cwd: outer.cwd, environment: env)
        r.stdin = outer.stdin
        return r
    }

    /// One command of a `sh -c` script: its words, the variables assigned in front of it, what
    /// the script feeds it on stdin (a heredoc, a here-string, `echo … |`), and the directory
    /// an earlier `cd` moved to.
    struct ScriptCommand {
        var argv: [String]
        var environment: [String: String] = [:]
        var stdin: String?
        var cwd: String
        /// Files the script sourced before this command (`. ./.env.production`).
        var sourced: [String] = []
    }

    /// The files a listing prints, written out: `ls`'s operands (`ls -1 data/*.csv`), and what
    /// `find DIR -name PATTERN` finds (`DIR/PATTERN`, and beneath it); nil for anything else.
    static func listedFiles(_ argv: [String]) -> [String]? {
        guard let program = argv.first.map({ String(ExecView.basename($0)) }) else { return nil }
        if program == "ls" {
            let operands = argv.dropFirst().filter { !$0.hasPrefix("-") }
            return operands.isEmpty ? nil : Array(operands.prefix(32))
        }
        if program == "find", argv.count > 1, !argv[1].hasPrefix("-"), let at = argv.firstIndex(where: { $0 == "-name" || $0 == "-iname" }), at + 1 < argv.count {
            let start = argv[1].hasSuffix("/") ? String(argv[1].dropLast()) : argv[1]
            return [start + "/" + argv[at + 1], start + "/**/" + argv[at + 1]]
        }
        return nil
    }

    /// The files `find START… -name P [-o -name Q]…` lists, as patterns (`./P`, `./**/P`), when
    /// its expression holds nothing but names (and a type, a depth or printing, without `-o`):
    /// nothing else decides which files it prints.
    static func foundByName(_ argv: [String]) -> [String]? {
        guard argv.first.map({ ExecView.basename($0) == "find" }) == true else { return nil }
        let starts = argv.dropFirst().prefix { !$0.hasPrefix("-") && !["(", ")", "\\(", "\\)", "!"].contains($0) }
        var patterns: [String] = []
        var i = 1 + starts.count
        let alternatives = argv.contains("-o") || argv.contains("-or")
        while i < argv.count {
            let w = argv[i]
            switch w {
            case "-name", "-iname":
                guard i + 1 < argv.count else { return nil }
                patterns.append(argv[i + 1])
                i += 2
            case "-maxdepth", "-mindepth":
                i += 2
            case "-type" where !alternatives:
                i += 2
            case "-o", "-or", "(", ")", "\\(", "\\)", "-print", "-print0":
                i += 1
            default:
                return nil
            }
        }
        guard !patterns.isEmpty, patterns.allSatisfy({ !$0.contains("/") }) else { return nil }
        let roots = starts.isEmpty ? ["."] : starts.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return Array(roots.flatMap { r in patterns.flatMap { [r + "/" + $0, r + "/**/" + $0] } }.prefix(32))
    }

    /// The command xargs runs, when it appends its input to it (no `-I`): `xargs -r -0 rm -f`
    /// runs `rm -f`.
    static func xargsCommand(_ argv: [String]) -> [String]? {
        guard argv.first.map({ ExecView.basename($0) == "xargs" }) == true else { return nil }
        let valued: Set<String> = ["-n", "-P", "-L", "-s", "-d", "-E", "-a", "--max-args", "--max-procs", "--delimiter", "--arg-file", "--max-chars", "--max-lines", "--eof"]
        var i = 1
        while i < argv.count, argv[i].hasPrefix("-") {
            let w = argv[i]
            if w == "-I" || w.hasPrefix("-I") || w == "-i" || w.hasPrefix("--replace") { return nil }
            if w == "--" { i += 1; break }
            i += valued.contains(w) ? 2 : 1
        }
        return i < argv.count ? Array(argv[i...]) : nil
    }

    /// Programs besides HTTP clients whose one-item deletes read a loop's variable as each item
    /// its input names (`… | while read -r k; do aws dynamodb delete-item --key "$k"; done`).
    static let eachItemPrograms: Set<String> = ["aws"]

    /// Programs that apply manifests or values they read from a file, `-` for their input.
    static let manifestAppliers: Set<String> = ["kubectl", "oc", "kubecolor", "helm", "kapp"]

    /// Manifests piped to a program that applies them (`kustomize build overlays/prod | kubectl
    /// apply -f -`, `helm template … -f values-production.yaml | kubectl apply -f -`, `envsubst
    /// < deploy/production.yaml | kubectl apply -f -`): what the stage before reads and renders
    /// is what is applied, so its words are the applier's files too (`-f WORD` each).
    static func withManifestSources(_ argv: [String], from producer: [String]) -> [String] {
        guard let program = argv.first, manifestAppliers.contains(String(ExecView.basename(program))),
              argv.dropFirst().contains(where: { $0 == "-" || $0 == "/dev/stdin" || $0 == "<" || $0.hasSuffix("=-") }) else { return argv }
        let sources = producer.dropFirst().filter { !$0.isEmpty && !$0.hasPrefix("-") && $0 != "<" }
        return argv + sources.prefix(16).flatMap { ["-f", $0] }
    }

    /// What a command that prints SQL rather than running it prints, in the one statement that
    /// says what running it does: Django's `sqlflush` (every table emptied) and `sqlclear`
    /// (every table of an app dropped), and a dump written with `--clean`/`-c` (each object
    /// dropped before it is made again). Piped into a database shell, that is what the shell runs.
    static func printedSQL(_ argv: [String]) -> String? {
        let words = argv.map { String(ExecView.basename($0)) }
        let django = words.contains { $0 == "manage.py" || $0 == "django-admin" }
        if django, words.contains("sqlflush") { return "TRUNCATE TABLE every table" }
        if django, words.contains("sqlclear") { return "DROP TABLE every table of the app" }
        if ["pg_dump", "pg_dumpall"].contains(words.first ?? ""), argv.contains(where: { $0 == "--clean" || $0 == "-c" }) {
            return "DROP TABLE each dumped object, made again from the dump"
        }
        // A query that prints statements, one per row, for the next client to run (`psql -At -c
        // "select 'drop table if exists ' || tablename || ';' from pg_tables" | psql`): what
        // its literals begin is what runs.
        if let client = words.first, case .sql? = Operations.families[client] {
            for word in argv.dropFirst() where word.contains("'") {
                if let generated = generatedStatement(word) { return "\(generated) each name the query prints" }
            }
        }
        return nil
    }

    /// The statement a string literal in a query begins (`'DROP TABLE IF EXISTS "' || …` →
    /// `DROP TABLE`), when it is one that destroys.
    static func generatedStatement(_ query: String) -> String? {
        var rest = Substring(query)
        while let quote = rest.firstIndex(of: "'") {
            let literal = rest[rest.index(after: quote)...].drop(while: { $0 == " " })
            let words = literal.prefix(40).split(whereSeparator: { !$0.isLetter }).prefix(2).map { $0.uppercased() }
            if let first = words.first, ["DROP", "TRUNCATE", "DELETE"].contains(first) { return words.joined(separator: " ") }
            guard let close = literal.firstIndex(of: "'") else { return nil }
            rest = literal[literal.index(after: close)...]
        }
        return nil
    }

    /// `a && b; c | d` → [[a], [b], [c], [d]].
    static func splitScript(_ script: String) -> [[String]] {
        scriptCommands(script, cwd: "/", home: nil).map(\.argv)
    }

    static func scriptCommands(_ script: String, cwd: String, home: String?) -> [ScriptCommand] {
        // Heredocs first: their bodies are data, not commands.
        var lines: [(text: String, body: String?)] = []
        var rawLines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = rawLines.popFirst() {
            guard let delimiter = heredocDelimiter(line) else { lines.append((line, nil)); continue }
            var body: [String] = []
            while let next = rawLines.popFirst() {
                if next.trimmingWhitespace() == delimiter { break }
                body.append(next)
            }
            lines.append((line, body.joined(separator: "\n")))
        }
        var commands: [ScriptCommand] = []
        var directory = cwd
        // Variables the script sets for what follows (`export KUBECONFIG=…`, `STAGE=prod;`).
        var scriptEnvironment: [String: String] = [:]
        // Files sourced so far (`source .env.production`, `. ./env.sh`): their variables are
        // those of every later command.
        var sourced: [String] = []
        // A loop over what a command printed (`for id in $(curl …/hooks | jq -r '.[].id')`, `… |
        // while read id`): in an HTTP client's request in its body the variable stands for each
        // item, written `{}` as xargs's replacement is, so the request reads it as "what its
        // input names". Only there: a file removed for each line a listing printed (`for f in
        // $(find . -name '*.pyc'); do rm $f; done`) is read by rm's own grammar, as written.
        var eachItem: String?
        var listed: (String, [String])?
        for (line, body) in lines {
            var current = ScriptCommand(argv: [], cwd: directory)
            var pipedFrom: ScriptCommand?
            var hereString = false
            var skipDelimiter = false
            func finish(pipe: Bool) {
                let raw = current.argv
                if raw.first == "for", raw.count >= 4, raw[2] == "in", raw[3...].contains(where: { $0.contains("$(") || $0.contains("`") }) {
                    eachItem = raw[1]
                } else if raw.first == "for", raw.count >= 4, raw[2] == "in" {
                    // A list written out (`for f in data/*.parquet`, `for db in app_dev app_test`):
                    // the variable stands for its words, as the shell expands it.
                    listed = (raw[1], Array(raw[3...].prefix(32)))
                } else if raw.first == "while", raw.dropFirst().first == "read", let p = pipedFrom, let name = raw.dropFirst(2).last(where: { !$0.hasPrefix("-") }) {
                    eachItem = name
                    // A listing of files written out (`ls -1 data/*.csv | while read -r f`): the
                    // variable stands for them, as a `for` loop's would.
                    if let files = listedFiles(p.argv) { listed = (name, files) }
                } else if raw.first == "done" {
                    eachItem = nil
                    listed = nil
                }
                current.argv = withoutKeywords(current.argv)
                if let (name, words) = listed, raw.first != "for" {
                    current.argv = current.argv.flatMap { $0 == "$" + name || $0 == "${" + name + "}" ? words : [$0] }
                }
                if let name = eachItem, let program = current.argv.first, eachItemPrograms.contains(String(ExecView.basename(program))) || TargetPlaces.httpClients.contains(String(ExecView.basename(program))) {
                    current.argv = current.argv.map { eachItemWritten($0, variable: name) }
                }
                if let p = pipedFrom, current.stdin == nil, ["echo", "printf", "cat"].contains(p.argv.first.map { String(ExecView.basename($0)) } ?? "") {
                    current.stdin = p.argv.dropFirst().filter { !$0.hasPrefix("-") }.joined(separator: " ")
                }
                if let p = pipedFrom, current.stdin == nil, let printed = printedSQL(p.argv) ?? refFormat(p.argv) { current.stdin = printed }
                // jq with no input prints what its program builds (`jq -n '{query: "mutation …"}'`):
                // the program's text stands for it.
                if let p = pipedFrom, current.stdin == nil, p.argv.first.map({ ExecView.basename($0) == "jq" }) == true,
                   p.argv.contains(where: { $0 == "-n" || $0 == "--null-input" || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.contains("n")) }) {
                    current.stdin = p.argv.dropFirst().filter { !$0.hasPrefix("-") }.joined(separator: " ")
                }
                if let p = pipedFrom { current.argv = withManifestSources(current.argv, from: p.argv) }
                // What a find lists by name alone, handed to a command by xargs (`find . -name
                // '*.orig' -o -name '*.rej' | xargs rm -f`): its patterns, beneath each start.
                if let p = pipedFrom, let found = foundByName(p.argv), let command = xargsCommand(current.argv) { current.argv = command + found }
                // Refs printed with a `:` in front (`awk '{print ":"$2}'`, `sed 's/^/:/'`) and
                // handed to `xargs git push REMOTE`: each is a delete refspec.
                if let p = pipedFrom, let tool = p.argv.first,
                   Operations.printsDeleteRefspecs(program: tool, Substring(p.argv.dropFirst().joined(separator: " "))),
                   current.argv.first.map({ ExecView.basename($0) == "xargs" }) == true,
                   let git = current.argv.firstIndex(where: { ExecView.basename($0) == "git" }), current.argv[git...].contains("push") {
                    current.argv.append(":{}")
                }
                if current.argv.isEmpty {
                    scriptEnvironment.merge(current.environment) { $1 }
                } else if current.argv[0] == "export" || current.argv[0] == "declare" || current.argv[0] == "typeset" {
                    for word in current.argv.dropFirst() {
                        guard let eq = word.firstIndex(of: "="), eq != word.startIndex else { continue }
                        scriptEnvironment[String(word[..<eq])] = String(word[word.index(after: eq)...])
                    }
                }
                if !current.argv.isEmpty {
                    current.environment = scriptEnvironment.merging(current.environment) { $1 }
                    current.sourced = sourced
                    if current.argv[0] == "source" || current.argv[0] == ".", current.argv.count > 1 { sourced.append(current.argv[1]) }
                    // `export $(grep -v '^#' .env.production | xargs)`: the env file's
                    // assignments, set for what follows as if sourced.
                    if current.argv[0] == "export" {
                        for word in current.argv.dropFirst() where word.hasPrefix("$(") {
                            for text in substitutions(in: word) {
                                sourced += text.split(separator: " ").map(String.init).filter { $0.contains(".") && Words.split($0).contains("env") }
                            }
                        }
                    }
                    if current.argv[0] == "cd" || current.argv[0] == "pushd", current.argv.count > 1 {
                        let target = current.argv[1]
                        directory = Expansion(home: current.environment["HOME"] ?? home ?? "/", project: directory).resolve(target, cwd: directory)
                    }
                    commands.append(current)
                }
                pipedFrom = pipe ? current : nil
                current = ScriptCommand(argv: [], cwd: directory)
            }
            for token in ShellWords.scriptTokens(line) {
                if token.isOperator {
                    finish(pipe: token.text == "|")
                    continue
                }
                let w = Substring(token.text)
                if skipDelimiter { skipDelimiter = false; continue }
                if hereString {
                    current.stdin = String(w)
                    hereString = false
                    continue
                }
                if w == "<<<" { hereString = true; continue }
                if w.hasPrefix("<<<") { current.stdin = String(w.dropFirst(3)); continue }
                if w.hasPrefix("<<") {
                    current.stdin = body
                    if w == "<<" || w == "<<-" { skipDelimiter = true }
                    continue
                }
                if !w.isEmpty {
                    if current.argv.isEmpty, let eq = w.firstIndex(of: "="), eq != w.startIndex, w[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                        // An assignment before the command: a variable of the command.
                        current.environment[String(w[..<eq])] = String(w[w.index(after: eq)...])
                    } else {
                        current.argv.append(String(w))
                    }
                }
            }
            finish(pipe: false)
        }
        // A process substitution's output read as the manifests (`kubectl apply -f
        // <(kustomize build overlays/prod)`): the command inside it is parsed next.
        for i in commands.indices.dropLast() where commands[i].argv.last == "<" {
            commands[i].argv = withManifestSources(commands[i].argv, from: commands[i + 1].argv)
        }
        return commands
    }

    /// What `git for-each-ref --format=…` prints for each ref: its format (`delete %(refname)`),
    /// the line a command reading it is given for every ref.
    static func refFormat(_ argv: [String]) -> String? {
        guard argv.count > 2, ExecView.basename(argv[0]) == "git", argv[1] == "for-each-ref" else { return nil }
        for (i, word) in argv.enumerated() {
            if word.hasPrefix("--format=") { return String(word.dropFirst(9)) }
            if word == "--format", i + 1 < argv.count { return argv[i + 1] }
        }
        return nil
    }

    /// `word` with `$name` and `${name}` written `{}` (not `$names`, another variable).
    static func eachItemWritten(_ word: String, variable name: String) -> String {
        guard word.contains("$") else { return word }
        var out = word.replacingOccurrences(of: "${\(name)}", with: "{}")
        var search = out.startIndex
        while let found = out.range(of: "$" + name, range: search..<out.endIndex) {
            let after = found.upperBound
            if after < out.endIndex, out[after].isLetter || out[after].isNumber || out[after] == "_" {
                search = after
                continue
            }
            out.replaceSubrange(found, with: "{}")
            search = out.index(found.lowerBound, offsetBy: 2, limitedBy: out.endIndex) ?? out.endIndex
        }
        return out
    }

    /// The delimiter of a heredoc the line opens (`<<EOF`, `<<-'SQL'`, `<< "END"`), if any.
    /// Only a `<<` the shell reads: not one quoted (`echo '<<X'`) or in a comment (`true #
    /// <<X`), whose following lines the shell runs as commands.
    static func heredocDelimiter(_ line: String) -> String? {
        let chars = Array(line)
        var quote: Character?
        var opening: Int?
        var i = 0
        while i < chars.count, opening == nil {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil } else if c == "\\", q == "\"" { i += 1 }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "\\" {
                i += 1
            } else if c == "#", i == 0 || [" ", "\t", ";", "&", "|", "(", ")"].contains(chars[i - 1]) {
                break
            } else if c == "<", i + 1 < chars.count, chars[i + 1] == "<" {
                if i + 2 < chars.count, chars[i + 2] == "<" { i += 3; continue }
                opening = i
            }
            i += 1
        }
        guard let at = opening else { return nil }
        var rest = chars[(at + 2)...]
        if rest.first == "-" { rest = rest.dropFirst() }
        while rest.first == " " { rest = rest.dropFirst() }
        var word = ""
        for c in rest {
            if c == "'" || c == "\"" { continue }
            if c == " " || c == ";" || c == "|" || c == "&" || c == ")" { break }
            word.append(c)
        }
        return word.isEmpty ? nil : word
    }

    /// Whether argv[0] (`name`, a basename) makes busybox or toybox take the applet from argv[1]:
    /// both test that the name they were called by begins with their own.
    static func isMultiCall(_ name: Substring) -> Bool {
        name.hasPrefix("busybox") || name.hasPrefix("toybox")
    }

    /// Whether a program key names a dynamic loader (`ld-linux-x86-64.so.2`, `ld-linux-aarch64`,
    /// `ld.so`, `ld64.so.2`, `ld-musl-x86_64.so.1`).
    public static func isDynamicLoader(_ key: String) -> Bool {
        key.hasPrefix("ld-linux") || key.hasPrefix("ld.so") || key.hasPrefix("ld64.so") || key.hasPrefix("ld-musl")
    }

    /// glibc's loader options that take the next word as their value (elf/rtld.c); glibc 2.36
    /// refuses the `--option=value` spelling and any option it does not know.
    static let loaderValueOptions: Set<String> = [
        "--library-path", "--inhibit-rpath", "--audit", "--preload", "--argv0", "--glibc-hwcaps-prepend", "--glibc-hwcaps-mask",
    ]
    static let loaderFlags: Set<String> = ["--list", "--verify", "--inhibit-cache", "--list-tunables", "--list-diagnostics", "--help", "--version"]

    /// The program a dynamic loader run as a command would load: the index in `argv` of its first
    /// word that is not an option, and the argv[0] `--argv0` gives it. A word the loader might
    /// read either way gives every reading: after `--` (musl ends its options there; glibc 2.36
    /// refuses it) or an option not known here (a loader that takes a value for it loads the
    /// word after), both the next word and the one after are candidates — deciding on each
    /// cannot be weaker than deciding on the one the loader picks.
    public static func loaderPrograms(_ argv: [String]) -> [(index: Int, argv0: String?)] {
        var out: [(index: Int, argv0: String?)] = []
        var argv0: String? = nil
        var i = 1
        while i < argv.count, argv[i].hasPrefix("--") {
            let word = argv[i]
            if loaderValueOptions.contains(word) {
                if word == "--argv0", i + 1 < argv.count { argv0 = argv[i + 1] }
                i += 2
            } else if loaderFlags.contains(word) {
                i += 1
            } else {
                if word.hasPrefix("--argv0=") { argv0 = String(word.dropFirst("--argv0=".count)) }
                if i + 2 < argv.count { out.append((i + 2, argv0)) }
                i += 1
            }
        }
        if i < argv.count { out.append((i, argv0)) }
        return out
    }
}
