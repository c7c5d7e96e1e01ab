// Commands that run another command: `sudo`, `env`, `npx`, `bundle exec`, `sh -c`, … The
// supervisor traps the inner exec as well; deciding on it here too means the outer exec is
// already held, and `guardian check` answers for what will really run.

extension CompiledPolicy {
    /// Runners whose first non-option word is the command; the value lists options that take a value.
    static let prefixRunners: [String: Set<String>] = [
        "sudo": ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U"], "doas": ["-u", "-C"],
        "env": ["-u", "-C", "-S", "--unset", "--chdir"], "nohup": [], "time": [], "setsid": [],
        "nice": ["-n", "--adjustment"], "ionice": ["-c", "-n", "-p"], "stdbuf": ["-i", "-o", "-e"],
        "npx": ["-p", "--package", "-c", "--call"], "bunx": [], "pnpx": [], "xargs": ["-I", "-n", "-P", "-d", "-L", "-s", "-E"],
        "chronic": [], "unbuffer": [], "caffeinate": [], "command": [], "exec": [], "builtin": [],
    ]
    /// Runners that need a subcommand first: `bundle exec rails …`.
    static let subcommandRunners: [String: Set<String>] = [
        "bundle": ["exec"], "poetry": ["run"], "uv": ["run"], "pipenv": ["run"], "pnpm": ["exec", "dlx"],
        "yarn": ["exec", "dlx"], "bun": ["x"], "npm": ["exec", "x"], "pdm": ["run"], "hatch": ["run"], "rye": ["run"],
        "mise": ["exec", "x"], "asdf": ["exec"], "direnv": ["exec"], "dotenv": ["--"], "op": ["run"], "doppler": ["run"],
        "aws-vault": ["exec"], "kubectx": [], "timeout": [],
    ]
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "fish", "ash", "busybox"]

    /// The commands `request` runs on its behalf, if it is a wrapper.
    static func innerCommands(_ request: ExecRequest, keys: [String]) -> [ExecRequest] {
        let argv = request.argv
        guard argv.count > 1 else { return [] }
        for key in keys {
            if shells.contains(key) {
                guard let c = argv.firstIndex(where: { $0 == "-c" || ($0.hasPrefix("-") && !$0.hasPrefix("--") && $0.contains("c")) }),
                    c + 1 < argv.count
                else { return [] }
                return splitScript(argv[c + 1]).map { inner(request, $0, extraEnv: [:]) }
            }
            if let valued = prefixRunners[key] {
                var i = 1
                var env: [String: String] = [:]
                while i < argv.count {
                    let word = argv[i]
                    if word == "--" { i += 1; break }
                    if word.hasPrefix("-") {
                        i += valued.contains(word) ? 2 : 1
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
                return i < argv.count ? [inner(request, Array(argv[i...]), extraEnv: env)] : []
            }
            if let subcommands = subcommandRunners[key] {
                var i = 1
                while i < argv.count, argv[i].hasPrefix("-"), !subcommands.contains(argv[i]) { i += 1 }
                if key == "timeout" {
                    // timeout [options] DURATION COMMAND…
                    i += 1
                } else {
                    guard i < argv.count, subcommands.contains(argv[i]) else { return [] }
                    i += 1
                }
                while i < argv.count, argv[i].hasPrefix("-") { i += argv[i] == "--" ? 1 : 1; if argv[i - 1] == "--" { break } }
                return i < argv.count ? [inner(request, Array(argv[i...]), extraEnv: [:])] : []
            }
        }
        return []
    }

    static func inner(_ outer: ExecRequest, _ argv: [String], extraEnv: [String: String]) -> ExecRequest {
        let name = argv[0]
        let program = name.hasPrefix("/") ? name : "/usr/bin/" + (name.split(separator: "/").last.map(String.init) ?? name)
        var env = outer.environment
        env.merge(extraEnv) { $1 }
        return ExecRequest(program: program, argv: argv, cwd: outer.cwd, environment: env)
    }

    /// `a && b; c | d` → [[a], [b], [c], [d]], leading `VAR=value` words kept for `request`.
    static func splitScript(_ script: String) -> [[String]] {
        var commands: [[String]] = []
        var current: [String] = []
        for word in ShellWords.split(script) {
            var w = Substring(word)
            var endsCommand = false
            if ["&&", "||", ";", "|", "&"].contains(w) {
                if !current.isEmpty { commands.append(current) }
                current = []
                continue
            }
            if w.hasSuffix(";") { w = w.dropLast(); endsCommand = true }
            if !w.isEmpty {
                if current.isEmpty, let eq = w.firstIndex(of: "="), eq != w.startIndex, w[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    // An assignment before the command: not the program.
                } else {
                    current.append(String(w))
                }
            }
            if endsCommand, !current.isEmpty {
                commands.append(current)
                current = []
            }
        }
        if !current.isEmpty { commands.append(current) }
        return commands
    }
}
