// Deleting files in bulk, and programs whose names say they destroy.
//
// `find … -delete` (or `-exec rm`) inside the project is the agent's ordinary work when what it
// deletes can be made again: build and cache output named by its pattern (`-name '*.pyc'`,
// `-name __pycache__`, `-name .DS_Store`), or anything under a build or cache directory
// (`find ./build -delete`). Any other deletion across the project is a destroy: a pattern that
// names a kind of source or data (`-name '*.sql'` takes migrations, seeds and any dump with
// it), a pattern that matches everything, or no name filter at all (`-type f`, `-mtime +7`).
// Untracked files among them have no other copy, and find deletes without listing first.
// Outside the project the same holds, and the temporary and cache directories are scratch;
// anything else found there and deleted (a home directory, another checkout, a service's data)
// is a destroy, whichever program deletes it (`-delete`, `-exec rm`, `-exec shred -u`).

extension Operations {
    /// Patterns of files a build or a tool makes again.
    static let regenerablePatterns: Set<String> = [
        "*.pyc", "*.pyo", "__pycache__", "*.o", "*.obj", "*.a", "*.class", "*.log", "*.tmp", "*.temp", "*.swp", "*.swo", "*~",
        ".DS_Store", "._*", "Thumbs.db", ".pytest_cache", ".mypy_cache", ".ruff_cache", "node_modules", "*.orig", "*.rej",
        "*.d", "*.gcda", "*.gcno", "*.tsbuildinfo", ".next", "dist", "build", "target", "coverage", ".coverage", ".coverage.*", "*.egg-info",
        ".tox", ".gradle", ".cache", ".turbo", ".parcel-cache", "*.map", "*.lo", "*.la", ".eslintcache", ".nyc_output",
        // Profilers' output, written again by the next profiled run.
        "*.prof", "*.pprof", "*.profraw", "*.profdata",
        // Test runs' result bundles and reports (Xcode's, JUnit's), written again by the next run.
        "*.xcresult", "test-results", "junit.xml",
        // Terraform's saved plans (`terraform plan -out=tfplan`), made again by the next plan.
        "*.tfplan", "tfplan",
        // Code a generator writes (protoc and buf, Dart's build_runner), written again by it.
        "*.pb.go", "*.pb.gw.go", "*_pb2.py", "*_pb2_grpc.py", "*_pb2.pyi", "*.pb.cc", "*.pb.h", "*.g.dart", "*.freezed.dart", "*.mocks.dart",
    ]
    /// The patterns above with a `*`, matched against a file's own name (`tsconfig.tsbuildinfo`
    /// is a `*.tsbuildinfo`). Not `*.d`, which names configuration directories too (`conf.d`),
    /// nor `*.log`, which `isLogOrScratch` reads (an audit log is kept).
    static let regenerableGlobs: [(prefix: String, suffix: String)] = regenerablePatterns.compactMap { p in
        guard p != "*.d", p != "*.log", let star = p.firstIndex(of: "*"), p.lastIndex(of: "*") == star else { return nil }
        return (String(p[..<star]), String(p[p.index(after: star)...]))
    }

    /// A file or directory name of build or cache output: one of the patterns itself (a glob
    /// word such as `*.pyc`), or a name without wildcards one of them matches (`app.pyc`,
    /// `tsconfig.tsbuildinfo`, `prod.tfplan`).
    static func regenerableName(_ name: some StringProtocol) -> Bool {
        let name = String(name)
        if regenerablePatterns.contains(name) { return true }
        guard !name.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return false }
        return regenerableGlobs.contains { name.count > $0.prefix.count + $0.suffix.count && name.hasPrefix($0.prefix) && name.hasSuffix($0.suffix) }
    }
    /// Directories whose whole content a build or a tool makes again.
    static let regenerableDirectories: Set<String> = [
        "build", "dist", "target", "out", ".build", "node_modules", "coverage", "tmp", ".cache", "__pycache__", ".next", ".venv",
        ".turbo", ".pytest_cache", ".mypy_cache", ".gradle", "obj", "bin", "DerivedData",
        // Test runners' reports and captures (Playwright, Allure, coverage.py, nyc).
        "test-results", "playwright-report", "blob-report", "allure-results", "allure-report", "htmlcov", ".nyc_output",
    ]

    /// Cypress's captures (`cypress/screenshots`, `cypress/videos`, `cypress/downloads`): every
    /// run writes them again.
    static func isTestOutput(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        if zip(parts, parts.dropFirst()).contains(where: { $0 == "cypress" && ["screenshots", "videos", "downloads"].contains($1) }) { return true }
        // A test runner's report files, by name (`reports/junit-*.xml`, `TEST-*.xml`,
        // `*.junit.xml`): each run writes them again.
        let name = ExecView.basename(path).lowercased()
        return name.hasSuffix(".xml") && (name.hasPrefix("junit") || name.hasPrefix("test-") || name.hasSuffix(".junit.xml") || name.hasPrefix("test_results") || name.hasPrefix("test-results"))
    }

    /// A name pattern of build or cache output (`*.pyc`), or a path pattern inside a directory
    /// a build or a tool makes again (`./tmp/*`, `*/node_modules/*`).
    static func regenerablePattern(_ pattern: String) -> Bool {
        if regenerableName(ExecView.basename(pattern)) { return true }
        let parts = pattern.split(separator: "/").map(String.init)
        return parts.count > 1 && parts.dropLast().contains(where: regenerableDirectories.contains)
    }

    /// A file emptied by the shell's redirection of nothing, or by a copy of nothing (`: >
    /// src/settings.py`, `> data/ledger.csv`, `cat /dev/null > db/seeds.sql`, `cp /dev/null
    /// f`): its content is gone, as if truncated. A log or a scratch file emptied is
    /// housekeeping. (A shell's own redirection reaches the supervisor as an open; this reads
    /// a line as typed and a `-c` script's commands.)
    static let emptyingCommands: Set<String> = [":", "true", "cat", "echo", "printf", "cp", ">", ">|"]
    /// Placeholders made empty on purpose (`: > pkg/__init__.py`, `: > assets/.gitkeep`).
    static let emptyPlaceholders: Set<String> = [".gitkeep", ".keep", "__init__.py", ".nojekyll"]

    static func emptiedFile(_ argv: [String]) -> CommandOperation? {
        guard argv.count <= 4, let first = argv.first, emptyingCommands.contains(first) || first.hasPrefix(">") else { return nil }
        var file: String?
        var command: [String] = []
        var i = 0
        while i < argv.count {
            let w = argv[i]
            if w == ">" || w == ">|" {
                guard i + 1 < argv.count else { return nil }
                file = argv[i + 1]
                i += 2
                continue
            }
            if w.hasPrefix(">"), !w.hasPrefix(">>"), !w.hasPrefix(">&") {
                file = String(w.dropFirst(w.hasPrefix(">|") ? 2 : 1))
            } else {
                command.append(w)
            }
            i += 1
        }
        var how = "the redirection"
        if file == nil, command.count == 3, command[0] == "cp", command[1] == "/dev/null" { (file, command, how) = (command[2], [], "cp /dev/null") }
        guard let file, !file.isEmpty, !file.hasPrefix("/dev/"), !file.hasPrefix("$"), !isLogOrScratch(file),
              !emptyPlaceholders.contains(String(ExecView.basename(file))) else { return nil }
        let nothing = command.isEmpty || command == [":"] || command == ["true"] || command == ["cat", "/dev/null"]
            || command == ["echo", "-n"] || command == ["printf", ""]
        guard nothing else { return nil }
        return CommandOperation(kind: .destroy, why: "\(how) empties \(file), and nothing makes its content again")
    }

    /// find's tests that take a name or path pattern.
    static let findPatternTests: Set<String> = ["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex", "-lname", "-ilname"]

    static func find(_ argv: [String], expansion: Expansion, cwd: String) -> CommandOperation? {
        var starts: [String] = []
        var i = 1
        // Leading options (-H, -L, -P, -D x, -Ox), then the start points.
        while i < argv.count, ["-H", "-L", "-P"].contains(argv[i]) || argv[i].hasPrefix("-O") || argv[i] == "-D" { i += argv[i] == "-D" ? 2 : 1 }
        while i < argv.count, !argv[i].hasPrefix("-"), argv[i] != "(", argv[i] != "!", argv[i] != "\\(" { starts.append(argv[i]); i += 1 }
        if starts.isEmpty { starts = ["."] }
        var deletes = false
        var patterns: [String] = []
        var empty = false
        var alternatives = false
        while i < argv.count {
            let word = argv[i]
            if word == "-o" || word == "-or" || word == "," { alternatives = true }
            if word == "-delete" { deletes = true }
            if ["-exec", "-execdir", "-ok", "-okdir"].contains(word), i + 1 < argv.count {
                let program = String(ExecView.basename(argv[i + 1]))
                // Emptied in place is as lost as deleted (`-exec truncate -s 0 {} +`).
                if ["rm", "unlink", "shred", "rmdir", "truncate"].contains(program) { deletes = true }
            }
            // A negated test (`-not -path './node_modules/*'`, `! -name x`) spares what it names:
            // it is not what is deleted.
            if findPatternTests.contains(word), i + 1 < argv.count {
                if i == 0 || !["-not", "!", "\\!"].contains(argv[i - 1]) { patterns.append(argv[i + 1]) }
                i += 1
            }
            if word == "-empty" { empty = true }
            i += 1
        }
        guard deletes else { return CommandOperation(kind: .read, why: "find") }
        let resolved = starts.map { expansion.resolve($0, cwd: cwd) }
        // Outside the project: scratch and cache directories are the machine's to clear; build
        // or cache output by its pattern too. Anything else (a home directory, another project,
        // a service's data) is deleted with no copy, whatever program does it (`-exec shred`).
        guard resolved.allSatisfy({ Expansion.isWithin($0, expansion.project) }) else {
            let scratch = resolved.allSatisfy { path in
                inTemporaryDirectory(path + "/") || Expansion.isWithin(path, expansion.home + "/.cache")
            }
            if scratch { return CommandOperation(kind: .local, why: "find -delete in a scratch or cache directory") }
            // (Not a service's logs: outside the project they are its record, `*.log` or not.)
            if !patterns.isEmpty, !alternatives, patterns.contains(where: { regenerablePattern($0) && !$0.hasSuffix(".log") }) {
                return CommandOperation(kind: .local, why: "find -delete of build or cache output")
            }
            return CommandOperation(kind: .destroy, why: "find -delete outside the project deletes every file it finds there")
        }
        if resolved.allSatisfy({ path in
            path.dropFirst(expansion.project.count).split(separator: "/").contains { regenerableDirectories.contains(String($0)) }
        }) {
            return CommandOperation(kind: .local, why: "find -delete in a build or cache directory")
        }
        if empty && patterns.isEmpty { return CommandOperation(kind: .local, why: "find -empty -delete") }
        let broad = patterns.filter { !regenerablePattern($0) }
        if patterns.isEmpty {
            return CommandOperation(kind: .destroy, why: "find -delete without a name filter deletes every file it reaches in the project")
        }
        // Tests without `-o` must all hold: one that only build or cache output meets
        // (`-name '*.log' -path './tmp/*'`) bounds what the others let through.
        if !alternatives, broad.count < patterns.count { return CommandOperation(kind: .local, why: "find -delete of build or cache output") }
        if let p = broad.first {
            return CommandOperation(kind: .destroy, why: "find -delete of '\(p)' deletes every such file in the project, untracked ones with no other copy")
        }
        return CommandOperation(kind: .local, why: "find -delete of build or cache output")
    }

    // MARK: Names that say what a program does

    /// Words that, as a whole word of a program's name (`cloud-nuke`, `aws-nuke`, `db-wipe`),
    /// say it deletes what it reaches.
    static let destroyingNames: Set<String> = ["nuke", "nuker", "wipe", "wiper", "destroy", "destroyer", "obliterate", "purge", "annihilate"]
    /// Subcommands of such a program that only look (`cloud-nuke inspect-aws`).
    static let lookingWords: Set<String> = ["inspect", "list", "ls", "show", "describe", "version", "help", "explain", "config", "validate"]

    /// A program no grammar knows whose name says it destroys: a destroy unless it is asked for
    /// help, a dry run, or only to look.
    static func destroyingName(_ view: ExecView) -> CommandOperation? {
        // Words of the name without its extension: `destroy.sh` is one word, a script's name.
        func words(_ key: String) -> [String] { Words.split(key.lastIndex(of: ".").map { String(key[..<$0]) } ?? key) }
        guard let name = view.programKeys.first(where: { key in words(key).count > 1 && words(key).contains(where: destroyingNames.contains) }) else { return nil }
        let a = view.arguments
        if let help = helpRequest(a, family: .paas) { return CommandOperation(kind: .read, why: "\(name) \(help)", harmless: true) }
        if let d = dryRun(a) { return CommandOperation(kind: .read, why: "\(name) \(d)", harmless: true) }
        if let first = a.positionals.first, Words.split(a.items[first].text).contains(where: lookingWords.contains) {
            return CommandOperation(kind: .read, why: "\(name) \(a.items[first].text)")
        }
        return CommandOperation(kind: .destroy, why: "\(name): its name says it deletes what it reaches")
    }
}
