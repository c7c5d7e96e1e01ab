import ArgumentParser
import Foundation
import GuardianEvents
import GuardianPolicy

extension Guardian {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Show what a profile decides for a command, a file or an HTTP request.",
            discussion: """
                The command is evaluated as `guardian run` would see it at exec: PROGRAM is \
                resolved through PATH to its real path, with the environment variables this \
                command runs with and in the working directory (or --cwd).

                Exit status: 0 allow or audit, 2 ask, 3 deny, 125 the profile cannot be loaded.

                Examples:
                  guardian check -- railway volume delete vol-1
                  AWS_PROFILE=prod guardian check --profile staging -- aws s3 ls
                  guardian check --json -- git push --force origin main
                  guardian check --read ~/.aws/credentials
                  guardian check --request 'DELETE https://api.github.com/repos/acme/app'
                  guardian check --request 'POST https://db.example.com/sql {"query":"DROP TABLE orders"}'
                  guardian check --request 'POST https://api.example.com/graphql' --body mutation.json
                """)

        @Option(help: "Profile name or file (default: the assigned profile, else dev).") var profile: String?
        @Option(help: "Working directory of the command (default: the current one).") var cwd: String?
        @Flag(help: "Print the evaluation as JSON.") var json = false
        @Option(help: "Check reading this file instead of running a command.") var read: String?
        @Option(help: "Check writing this file.") var write: String?
        @Option(help: "Check deleting this file.") var delete: String?
        @Option(help: ArgumentHelp("Check this HTTP request, written METHOD URL [-H 'Name: value']... [BODY].", valueName: "request")) var request: String?
        @Option(help: ArgumentHelp("With --request: the body, read from this file.", valueName: "file")) var body: String?
        @Argument(parsing: .postTerminator, help: "The command: -- PROGRAM ARGS...") var command: [String] = []

        func validate() throws {
            let files = [read, write, delete].compactMap { $0 }
            if files.count > 1 { throw ValidationError("give one of --read, --write, --delete") }
            let questions = (files.isEmpty ? 0 : 1) + (arguments.isEmpty ? 0 : 1) + (request == nil ? 0 : 1)
            if questions == 0 { throw ValidationError("give a command after --, --read PATH, or --request 'METHOD URL [BODY]'") }
            if questions > 1 { throw ValidationError("give one question: a command, a file or a request") }
            if body != nil && request == nil { throw ValidationError("--body goes with --request") }
        }

        var arguments: [String] { command.first == "--" ? Array(command.dropFirst()) : command }

        func run() throws {
            let directory = SystemPaths.absolute(cwd ?? FileManager.default.currentDirectoryPath)
            let loaded = try Guardian.loadPolicy(profile: profile, project: directory)
            let engine = loaded.engine
            if let request { return try checkRequest(request, engine: engine, why: loaded.why) }
            let evaluation: Evaluation
            if let (path, access) = fileQuestion {
                evaluation = engine.evaluate(FileRequest(path: SystemPaths.realPath(SystemPaths.absolute(path, relativeTo: directory)), access: access))
            } else {
                var request = SystemPaths.execRequest(arguments, cwd: directory, variables: engine.environmentVariables)
                request.typedLine = true
                request.files = SystemPaths.namedFiles(engine.filesNamingTargets(request), cwd: directory)
                request.resolvedPaths = SystemPaths.resolvedPaths(engine.pathsToResolve(request), cwd: directory)
                evaluation = engine.evaluate(request)
            }
            try report(evaluation, engine: engine, why: loaded.why, namesEnvironment: fileQuestion == nil) {
                if let op = evaluation.operation {
                    print("operation: \(op.kind) (\(op.why))\(op.harmless ? ": changes nothing, rules about changes do not apply" : "")")
                } else if fileQuestion == nil {
                    print("operation: not classified (no grammar for this program; the rules decide)")
                }
            }
        }

        /// Prints the answer (JSON, or the profile, decision, environment, what `details` adds and
        /// the rules) and exits with the decision's status.
        func report(_ evaluation: Evaluation, engine: any PolicyEngine, why: String, namesEnvironment: Bool, details: () -> Void) throws {
            if json {
                print(Self.json(evaluation))
            } else {
                print("profile: \(engine.profileName) (\(why))")
                print("decision: \(evaluation.decision)")
                if let env = evaluation.environment {
                    print("environment: \(env)\(evaluation.targetSource.map { " (from \($0))" } ?? "")")
                } else if namesEnvironment {
                    print("environment: none named (this session's: \(engine.environmentName))")
                }
                details()
                for m in evaluation.matches {
                    print("  \(m.decision)  \(m.id): \(m.reason)")
                }
            }
            switch evaluation.decision {
            case .allow, .audit: return
            case .ask: throw ExitCode(2)
            case .deny: throw ExitCode(3)
            }
        }

        /// An HTTP request as the proxy would classify and decide it.
        func checkRequest(_ text: String, engine: any PolicyEngine, why: String) throws {
            var bytes: [UInt8]? = nil
            if let body {
                guard let data = FileManager.default.contents(atPath: SystemPaths.absolute(body)) else {
                    throw ValidationError("cannot read the body file \(body)")
                }
                bytes = Array(data)
            }
            guard let http = HTTPRequest(described: text, body: bytes) else {
                throw ValidationError("not a request: write it as METHOD URL [-H 'Name: value']... [BODY], the URL with its scheme")
            }
            let evaluation: Evaluation
            var does: [String] = []
            switch RequestClassifier.classify(http) {
            case .failure(let refusal):
                evaluation = Evaluation(decision: .deny, matches: [RuleMatch(id: refusal.rule, decision: .deny, reason: refusal.reason)])
            case .success(let facts):
                evaluation = engine.evaluate(facts)
                does = facts.graphql.map { "graphql \($0.type.rawValue) \($0.fields.joined(separator: ", "))" }
                if let aws = facts.aws { does.append("aws \(aws.service) \(aws.action)") }
                does += facts.sql.map { "sql \($0.prefix(80))" }
                does += facts.gitPush.map { "git push \($0.ref)\($0.deletes ? " (deleted)" : "")" }
                does += facts.bodySwitches.map { "switch \($0)" }
            }
            try report(evaluation, engine: engine, why: why, namesEnvironment: true) {
                print("request: \(http.method) \(http.scheme)://\(http.host)\(http.target)")
                for line in does { print("  does: \(line)") }
            }
        }

        var fileQuestion: (String, FileAccess)? {
            if let read { return (read, .read) }
            if let write { return (write, .write) }
            if let delete { return (delete, .delete) }
            return nil
        }

        static func json(_ e: Evaluation) -> String {
            let quote = JSONText.quote
            let rules = e.matches.map { "{\"id\": \(quote($0.id)), \"decision\": \(quote($0.decision.description)), \"reason\": \(quote($0.reason))}" }
            let env = e.environment.map(quote) ?? "null"
            let source = e.targetSource.map(quote) ?? "null"
            let operation = e.operation.map { "{\"class\": \(quote($0.kind.description)), \"why\": \(quote($0.why)), \"changes_nothing\": \($0.harmless)}" } ?? "null"
            return "{\"decision\": \(quote(e.decision.description)), \"environment\": \(env), \"environment_from\": \(source), \"operation\": \(operation), \"rules\": [\(rules.joined(separator: ", "))]}"
        }
    }
}

extension Guardian {
    /// Loads the profile for `project` the way `guardian run` does; an invalid profile exits 125.
    static func loadPolicy(profile: String?, project: String) throws -> LoadedPolicy {
        let paths = GuardianPaths.fromEnvironment()
        let context = PolicyContext(home: paths.home, projectDirectory: project, configDirectory: paths.config,
                                    places: Run.persistencePlaces(home: paths.home, project: project, environment: currentEnvironment()))
        do {
            return try PolicyLoader.load(profile: profile, context: context)
        } catch let error as PolicyError {
            FileHandle.standardError.write(Data("guardian: \(error.message)\n".utf8))
            throw ExitCode(125)
        }
    }
}

/// What `guardian check` needs from the system to ask the question `guardian run` would ask:
/// the program's real path through PATH, the `#!` interpreter, the environment.
enum SystemPaths {
    static func absolute(_ path: String, relativeTo base: String = FileManager.default.currentDirectoryPath) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let joined = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
        return (joined as NSString).standardizingPath
    }

    /// Symlinks resolved where the file exists; the path as given otherwise.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func which(_ program: String, cwd: String) -> String {
        if program.contains("/") { return realPath(absolute(program, relativeTo: cwd)) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(program)"
            if access(candidate, X_OK) == 0 { return realPath(candidate) }
        }
        // Not installed here: answer for a binary of that name.
        return "/usr/bin/" + program
    }

    /// The interpreter of a `#!` script, resolved.
    static func interpreter(of file: String, cwd: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 256)
        guard head.starts(with: Array("#!".utf8)), let text = String(data: head.dropFirst(2), encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        if first.hasSuffix("/env"), let name = words.dropFirst().first(where: { !$0.hasPrefix("-") }) {
            return which(name, cwd: cwd)
        }
        return realPath(first)
    }

    /// The files the policy reads targets from, as `guardian run` reads them: regular files
    /// only, at most `ExecRequest.fileLimit` bytes each.
    static func namedFiles(_ files: [String], cwd: String) -> [String: String] {
        var out: [String: String] = [:]
        for file in files where out[file] == nil {
            let path = absolute(file, relativeTo: cwd)
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { continue }
            defer { try? handle.close() }
            out[file] = String(decoding: handle.readData(ofLength: ExecRequest.fileLimit), as: UTF8.self)
        }
        return out
    }

    /// Each word as the object it reaches, as the supervisor resolves it at the exec: the
    /// directory with its symlinks followed, then the last name (followed too after a `/`).
    static func resolvedPaths(_ words: [String], cwd: String) -> [String: String] {
        var out: [String: String] = [:]
        for word in words where out[word] == nil {
            var directory = word.hasPrefix("/") ? word : cwd + "/" + word
            let followLast = directory.hasSuffix("/")
            while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
            var last = ""
            if !followLast, let cut = directory.lastIndex(of: "/") {
                let name = String(directory[directory.index(after: cut)...])
                if name != ".", name != ".." {
                    last = name
                    directory = cut == directory.startIndex ? "/" : String(directory[..<cut])
                }
            }
            guard let real = realpath(directory, nil) else { continue }
            defer { free(real) }
            let resolved = String(cString: real)
            out[word] = last.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + last
        }
        return out
    }

    static func execRequest(_ argv: [String], cwd: String, variables: Set<String>) -> ExecRequest {
        let program = which(argv.first ?? "", cwd: cwd)
        let all = ProcessInfo.processInfo.environment
        let environment = all.filter { variables.contains($0.key) }
        return ExecRequest(program: program, argv: argv, cwd: cwd, environment: environment, interpreter: interpreter(of: program, cwd: cwd))
    }
}
