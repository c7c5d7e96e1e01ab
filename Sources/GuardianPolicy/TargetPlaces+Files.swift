// Targets named inside files a command is given, or by the files it is told to load: a
// kubeconfig's `current-context` (`--kubeconfig ./ci.yaml`, `KUBECONFIG=…`), an env file's
// name and variables (`--env-file .env.production`, `dotenv -e .env.production --`, `node
// --env-file=.env.production`, a script's `source .env.production`). The engine performs no
// I/O: the caller reads the files `CompiledPolicy.filesNamingTargets` lists and hands their
// contents over in `ExecRequest.files`; a file it could not read is judged by its name alone.

extension TargetPlaces {
    /// Programs that read a kubeconfig.
    static let kubeconfigReaders: Set<String> = ["kubectl", "oc", "kubecolor", "helm", "helmfile", "k9s", "stern", "kail", "kubetail", "kubectx", "kubens", "argocd", "flux", "kustomize"]
    /// Options that name a file of variables the command loads (docker, compose, podman, node,
    /// bun, deno: `--env-file`; dotenv-cli: `-e`; env-cmd: `-f`; dotenvx: `-f`).
    static let envFileOptions = OptionSpec("--env-file")
    static let envFileOptionsByProgram: [String: String] = ["dotenv": "-e", "env-cmd": "-f|--file", "dotenvx": "-f|--env-file"]
    /// Variables whose values are URLs or hosts of what the command connects to.
    static func isLocationVariable(_ name: String) -> Bool {
        guard !isTelemetrySink(name.uppercased()) else { return false }
        return name.hasSuffix("_URL") || name.hasSuffix("_URI") || name.hasSuffix("_HOST") || name.hasSuffix("_DSN") || name == "PGHOST"
    }
    /// At most this many files are read for one command.
    static let filesPerCommand = 8

    /// The kubeconfig files a kube tool reads: `--kubeconfig FILE`, else every file of
    /// `KUBECONFIG` (kubectl merges them; the first to set current-context wins), else
    /// `~/.kube/config` of the command's HOME (`home`: the session's, when the command has none).
    static func kubeconfigs(_ view: ExecView, home: String) -> [String] {
        guard view.programKeys.contains(where: kubeconfigReaders.contains) else { return [] }
        if let given = view.arguments.values(of: OptionSpec("--kubeconfig")).first { return [String(given)] }
        if let list = view.request.environment["KUBECONFIG"], !list.isEmpty {
            return list.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        let own = view.request.environment["HOME"] ?? ""
        let base = own.hasPrefix("/") ? own : home
        return base.hasPrefix("/") ? [(base.hasSuffix("/") ? String(base.dropLast()) : base) + "/.kube/config"] : []
    }

    /// The context a command makes current (`kubectx NAME`, `kubectl config use-context NAME`).
    static func chosenContext(_ view: ExecView) -> String? {
        let a = view.arguments
        let words = a.positionals.map { a.items[$0].text }
        if view.programKeys.contains("kubectx") {
            guard let name = words.first, words.count == 1, name != "-", !name.contains("="), a.items.count == 1 else { return nil }
            return name
        }
        guard view.programKeys.contains(where: Operations.kubectlPrograms.contains),
              words.count == 3, words[0] == "config", ["use-context", "use"].contains(words[1]) else { return nil }
        return words[2]
    }

    /// Whether a kube tool's command is decided without its kubeconfig's current context: it
    /// names the context it acts in (`--context`, `--kube-context`), or it only chooses or shows
    /// contexts (`kubectx`, `kubens`, `kubectl config …`), which is decided on what it names.
    static func namesItsContext(_ view: ExecView) -> Bool {
        let a = view.arguments
        if view.programKeys.contains(where: { ["kubectx", "kubens"].contains($0) }) { return true }
        if !a.values(of: OptionSpec("--context|--kube-context")).isEmpty { return true }
        return view.programKeys.contains(where: Operations.kubectlPrograms.contains)
            && a.positionals.first.map({ a.items[$0].text == "config" }) == true
    }

    /// The env files the command is given by an option: it loads them on purpose.
    static func givenEnvFiles(_ view: ExecView) -> [String] {
        var out = view.arguments.values(of: envFileOptions).map(String.init)
        for key in view.programKeys {
            if let spec = envFileOptionsByProgram[key] { out += view.arguments.values(of: OptionSpec(spec)).map(String.init) }
        }
        return out
    }

    /// The env files whose variables the command runs with: those it is given, and those a
    /// script sourced before it.
    static func envFiles(_ view: ExecView) -> [String] {
        givenEnvFiles(view) + view.request.sourcedFiles
    }

    /// Whether the command acts on an environment with the variables it is given, as for
    /// variables set in front of it: a remote tool, or a task or script that deploys or
    /// migrates (`npm run migrate`, `node scripts/migrate.js`).
    static func actsWithVariables(_ view: ExecView) -> Bool {
        if view.programKeys.contains(where: remoteTools.contains) { return true }
        let a = view.arguments
        let words = a.positionals.map { a.items[$0].text }.map { $0.contains("/") ? String(ExecView.basename($0)) : $0 }
        return actsRemotely(words, keys: view.programKeys)
    }

    /// Files whose contents name where the command acts.
    static func namedFiles(_ view: ExecView, home: String) -> [String] {
        Array((contextKubeconfigs(view, home: home) + envFiles(view) + (GitBranches.isBarePush(view.request.argv) ? [GitBranches.head] : [])).prefix(filesPerCommand))
    }

    /// The kubeconfigs whose current context the command acts in: none for a program that reads
    /// no kubeconfig (most execs stop at that check) or a command that names its context.
    static func contextKubeconfigs(_ view: ExecView, home: String) -> [String] {
        let files = kubeconfigs(view, home: home)
        return files.isEmpty || namesItsContext(view) ? [] : files
    }

    /// What the named files say: env files by name and by the variables they set, kubeconfigs
    /// by their current context (their names are the catalog's `kubeconfig` target).
    static func filePlaces(_ view: ExecView, home: String) -> [NamedPlace] {
        var out: [NamedPlace] = []
        // A file given by an option is loaded on purpose; one a script sourced earlier counts, like
        // a variable set in front of a command, when the command deploys, migrates or is a
        // remote tool (`source .env.production; npm test` runs tests).
        let files = givenEnvFiles(view) + (actsWithVariables(view) ? view.request.sourcedFiles : [])
        for file in files.prefix(filesPerCommand) {
            out.append(NamedPlace(source: "env file", value: String(ExecView.basename(file))))
            guard let text = view.request.files[file] else { continue }
            for (name, value) in envAssignments(text) {
                if environmentVariables.contains(name) {
                    out.append(NamedPlace(source: "\(name) in \(file)", value: value))
                } else if isLocationVariable(name) {
                    // The host only: a URL's or `user:password@host:port`'s credentials never
                    // reach a reason.
                    let host = hostPart(value)
                    if !host.isEmpty && !host.contains("/") { out.append(NamedPlace(source: "\(name) in \(file)", value: host, isHost: true)) }
                }
            }
        }
        // The context a kube tool acts in when it names none: the current one.
        for file in contextKubeconfigs(view, home: home).prefix(filesPerCommand) {
            guard let text = view.request.files[file], let context = currentContext(text) else { continue }
            out.append(NamedPlace(source: "current-context of \(file)", value: context))
            break  // the first file that sets it wins
        }
        // A bare `git push` pushes the checked-out branch: one named for an environment, whole
        // (`production`), is where it goes, as `git push origin main:production` says it.
        if let text = view.request.files[GitBranches.head], GitBranches.isBarePush(view.request.argv),
           let branch = GitBranches.environmentBranch(text.hasPrefix("ref: ") ? String(text.dropFirst(5).prefix(while: { !$0.isNewline })) : "") {
            out.append(NamedPlace(source: "git push of the checked-out branch", value: branch))
        }
        return out
    }

    /// `NAME=value` and `export NAME=value` lines, quotes removed; comments and blank lines skipped.
    static func envAssignments(_ text: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).prefix(512) {
            var line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = line.dropFirst(7).drop(while: { $0 == " " }) }
            guard let eq = line.firstIndex(of: "="), eq != line.startIndex else { continue }
            let name = String(line[..<eq]).trimmingSpaces
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { continue }
            var value = String(line[line.index(after: eq)...]).trimmingSpaces
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
            out.append((name, value))
        }
        return out
    }

    /// A kubeconfig's top-level `current-context:` value.
    static func currentContext(_ text: String) -> String? {
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) where raw.hasPrefix("current-context:") {
            var value = String(raw.dropFirst("current-context:".count)).trimmingSpaces
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingSpaces }
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Which branch a git command checks out, and where a bare push goes.
enum GitBranches {
    /// The repository's HEAD, relative to the working directory (at the repository's root).
    static let head = ".git/HEAD"

    /// The branch `git checkout BRANCH`, `git switch BRANCH` or `-b|-c BRANCH` makes current;
    /// nil for paths (`checkout -- file`, `checkout main -- file`) and detached checkouts.
    static func checkedOut(_ argv: [String]) -> String? {
        guard argv.count > 2, ExecView.basename(argv[0]) == "git", argv[1] == "checkout" || argv[1] == "switch" else { return nil }
        let rest = argv.dropFirst(2)
        if rest.contains("--") || rest.contains("--detach") { return nil }
        var i = rest.startIndex
        var words: [String] = []
        while i < rest.endIndex {
            let w = rest[i]
            if ["-b", "-B", "-c", "-C", "--orphan"].contains(w), i + 1 < rest.endIndex { return rest[i + 1] }
            if !w.hasPrefix("-") { words.append(w) }
            i += 1
        }
        return words.count == 1 ? words[0] : nil
    }

    /// `git push` or `git push REMOTE`: no refspec, so the checked-out branch goes.
    static func isBarePush(_ argv: [String]) -> Bool {
        guard argv.count >= 2, argv[1] == "push", ExecView.basename(argv[0]) == "git" else { return false }
        let words = argv.dropFirst(2).filter { !$0.hasPrefix("-") }
        return words.count <= 1 && !argv.contains { $0 == "--all" || $0 == "--mirror" || $0 == "--tags" || $0.hasPrefix("--repo") }
    }

    /// A branch whose last path part is one word of letters (`production`, `release/prod`):
    /// read for the environment it names.
    /// A tag named for an environment and a version or a date (`production-2024.12.05`,
    /// `prod-v1.4.2`, `refs/tags/staging-20241205`): pushing one is how many pipelines are told
    /// to deploy there. Its environment word, or nil.
    static func environmentReleaseTag(_ ref: String) -> String? {
        let name = ref.hasPrefix("refs/tags/") ? String(ref.dropFirst(10)) : ref
        guard let cut = name.firstIndex(where: { $0 == "-" || $0 == "_" || $0 == "/" }) else { return nil }
        let word = name[..<cut], rest = name[name.index(after: cut)...].drop(while: { $0 == "v" })
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }), rest.first?.isNumber == true,
              rest.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }) else { return nil }
        return String(word)
    }

    static func environmentBranch(_ ref: String) -> String? {
        let name = ref.hasPrefix("refs/heads/") ? String(ref.dropFirst(11)) : ref
        guard let last = name.split(separator: "/").last, !last.isEmpty, last.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return String(last)
    }
}
