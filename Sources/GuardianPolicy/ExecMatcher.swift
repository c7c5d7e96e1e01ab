// An exec rule compiled: cheap checks first (program, subcommand, flags), the regex last.

struct ProgramMatcher: Sendable {
    var names: Set<String> = []
    var paths: Set<String> = []
    var hashes: Set<String> = []
    var any: Bool { names.isEmpty && paths.isEmpty && hashes.isEmpty }

    init(_ programs: [String]) {
        for p in programs {
            if p.hasPrefix("sha256:") {
                hashes.insert(String(p.dropFirst(7)).lowercased())
            } else if p.hasPrefix("/") {
                paths.insert(p)
            } else {
                names.insert(p)
            }
        }
    }

    func matches(_ view: ExecView) -> Bool {
        if any { return true }
        if let sha = view.request.sha256, hashes.contains(sha) { return true }
        if paths.contains(view.request.program) { return true }
        if let interpreter = view.request.interpreter, paths.contains(interpreter) { return true }
        return view.programKeys.contains { names.contains($0) }
    }
}

struct PathMatcher: Sendable {
    var match: [CompiledGlob]
    var outsideProject: Bool
    var containsProject: Bool
    var except: [CompiledGlob]
    /// For each of `except`, whether it names a place inside HOME (`~/.cache/**`). The others
    /// (`/tmp/**`) exempt a place for what it is — scratch space — and not what lies beneath
    /// it: with HOME under /tmp, `~/backups` is still HOME's, and they do not exempt it.
    var exceptWithinHome: [Bool]
    var home: String

    func matches(_ path: String, project: String) -> Bool {
        let inHome = Expansion.isWithin(path, home)
        for (i, glob) in except.enumerated() where (!inHome || exceptWithinHome[i]) && glob.matches(path) { return false }
        if match.contains(where: { $0.matches(path) }) { return true }
        if outsideProject && !Expansion.isWithin(path, project) { return true }
        if containsProject && Expansion.isWithin(project, path) { return true }
        return false
    }
}

struct ExecMatcher: Sendable {
    var program: ProgramMatcher
    var subcommand: [[String]]
    var flags: [FlagSpec]
    var notFlags: [FlagSpec]
    var options: [(OptionSpec, CompiledGlob)]
    var args: [CompiledGlob]
    var contains: [[UInt8]]
    var regex: PosixRegex?
    var notRegex: PosixRegex?
    var env: [(String, CompiledGlob)]
    var cwd: [CompiledGlob]
    var paths: PathMatcher?
    var targetEnvironment: [String]
    var minArgs: Int
    /// The command's operation is one of these (`operation: [destroy]`).
    var operations: [OperationClass]
    var expansion: Expansion

    init(_ spec: ExecSpec, expansion: Expansion) throws {
        program = ProgramMatcher(spec.programs)
        subcommand = spec.subcommand
        flags = spec.flags.map(FlagSpec.init)
        notFlags = spec.notFlags.map(FlagSpec.init)
        options = spec.options.map { (OptionSpec($0.option), CompiledGlob($0.value, pathMode: false, caseInsensitive: true)) }
        args = spec.args.map { CompiledGlob($0, pathMode: false) }
        contains = spec.contains.map { Array($0.lowercased().utf8) }
        regex = try spec.regex.map(Self.compile)
        notRegex = try spec.notRegex.map(Self.compile)
        env = spec.env.map { ($0.name, CompiledGlob($0.value, pathMode: false)) }
        cwd = spec.cwd.map { CompiledGlob(expansion.pattern($0)) }
        paths = spec.paths.map { p in
            PathMatcher(
                match: p.match.map { CompiledGlob(expansion.pattern($0)) },
                outsideProject: p.outsideProject, containsProject: p.containsProject,
                except: p.except.map { CompiledGlob(expansion.pattern($0)) },
                exceptWithinHome: p.except.map { Expansion.isWithin(expansion.pattern($0), expansion.home) },
                home: expansion.home)
        }
        targetEnvironment = spec.targetEnvironment
        minArgs = spec.minArgs
        operations = spec.operations.compactMap(OperationClass.init(name:))
        self.expansion = expansion
    }

    /// A word the `paths:` condition matches only as resolved (`ExecRequest.resolvedPaths`),
    /// and where it leads.
    func reachedThroughLink(_ view: ExecView) -> (String, String)? {
        guard paths != nil, !view.request.resolvedPaths.isEmpty else { return nil }
        let args = view.arguments
        for i in args.positionals {
            let word = args.items[i].text
            guard let target = view.request.resolvedPaths[word] else { continue }
            if case (false, true) = pathMatches(word, view) { return (word, target) }
        }
        return nil
    }

    /// Whether the `paths:` condition matches `word` as written, and as resolved.
    func pathMatches(_ word: String, _ view: ExecView) -> (written: Bool, resolved: Bool) {
        guard let paths else { return (false, false) }
        let written = paths.matches(expansion.resolve(word, cwd: view.request.cwd), project: expansion.project)
        let resolved = view.request.resolvedPaths[word].map { paths.matches($0, project: expansion.project) } ?? false
        return (written, resolved)
    }

    static func compile(_ source: Located<String>) throws -> PosixRegex {
        do {
            return try PosixRegex(source.value)
        } catch {
            throw PolicyError("invalid regex '\(source.value)': \(error)", at: source.location)
        }
    }

    var environmentVariables: [String] { env.map(\.0) }

    func matches(_ view: ExecView, environment: String?, operation: CommandOperation? = nil) -> Bool {
        guard program.matches(view) else { return false }
        if !operations.isEmpty {
            guard let operation, operations.contains(operation.kind) else { return false }
        }
        let args = view.arguments
        var rest = 0
        if !subcommand.isEmpty {
            guard let end = args.matchSubcommand(subcommand) else { return false }
            rest = end
        }
        if args.positionals.count - rest < minArgs { return false }
        for flag in flags where !flag.isPresent(in: args) { return false }
        for flag in notFlags where flag.isPresent(in: args) { return false }
        for (option, glob) in options where !args.values(of: option).contains(where: { glob.matches(String($0)) }) {
            return false
        }
        if !targetEnvironment.isEmpty {
            guard let environment, targetEnvironment.contains(environment) else { return false }
        }
        for (name, glob) in env {
            guard let value = view.request.environment[name], glob.matches(value) else { return false }
        }
        if !cwd.isEmpty, !cwd.contains(where: { $0.matches(view.request.cwd) }) { return false }
        if !self.args.isEmpty {
            let found = args.positionals[rest...].contains { i in self.args.contains { $0.matches(args.items[i].text) } }
            if !found { return false }
        }
        if let paths {
            // As written, and as the object it reaches through symlinks when the caller resolved
            // it: the stricter of the two.
            let found = args.positionals[rest...].contains { i in
                let (written, resolved) = pathMatches(args.items[i].text, view)
                return written || resolved
            }
            if !found { return false }
        }
        if !contains.isEmpty, !contains.contains(where: view.containsLowered) { return false }
        // A failed search (out of memory) is no proof that the rule does not apply.
        if let regex, regex.search(view.joined) == .noMatch { return false }
        if let notRegex, notRegex.search(view.joined) == .match { return false }
        return true
    }
}
