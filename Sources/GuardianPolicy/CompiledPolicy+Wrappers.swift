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
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "fish", "ash"]

    /// The commands `request` runs on its behalf, if it is a wrapper.
    static func innerCommands(_ request: ExecRequest, keys: [String]) -> [ExecRequest] {
        let argv = request.argv
        guard argv.count > 1 else { return [] }
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
        // A multi-call binary (busybox, toybox) runs the applet argv[0] names — already among
        // the keys — or, when argv[0] is the binary's own name, the applet argv[1] names.
        if let argv0 = argv.first, isMultiCall(ExecView.basename(argv0)) {
            guard !argv[1].hasPrefix("-") else { return [] }
            return [inner(request, Array(argv[1...]), extraEnv: [:])]
        }
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
