// Commands no family grammar knows. Every program is asked the same questions:
//
// - a help request (`--help`, `-help`, a `help` subcommand; not `-h`, which is a host or
//   human-readable sizes for many tools; a trailing `help` too) or a dry run in any usual spelling (`--dry-run`,
//   `-dry-run`, `--dryrun`, `--dry_run`, `--dryRun`, `--check`, `--plan`, `--preview`,
//   `--noop`, `--why-run`, `--pretend`, `--what-if`, `--simulate`) changes nothing;
// - a framework task that empties a database (`db:drop`, `db:wipe`, `migrate:fresh`,
//   `ecto.drop`, `doctrine:database:drop`, `ef database drop`, `manage.py flush`, a
//   `downgrade base`) destroys, whichever task runner runs it;
// - otherwise its verb path (the first few positional words, up to one that starts another
//   command such as `exec` or `run`) says what it does: a destroying word (delete, destroy,
//   drop, purge, wipe, reset, rb, rm, nuke, …) destroys, a looking word (get, list, show,
//   info, logs, status, describe, …) reads; a flag named for destroying (`--purge`,
//   `-purge`, `--delete`, `--wipe`, `--drop`, `--force-reset`) destroys too.
//
// Package managers, build tools, compilers, interpreters and text tools are not read this
// way: their positional words are packages, targets, scripts or data (`npm uninstall x`,
// `grep drop`, `make clean`); an interpreter's one-line program is read for the calls that
// delete files instead (Operations+Programs). `rsync --delete` destroys when what it mirrors
// into is outside the project or on another host.

extension Operations {
    static let genericDestroyWords: Set<String> = [
        "delete", "destroy", "drop", "purge", "wipe", "reset", "rb", "rm", "remove", "nuke", "fresh", "uninstall", "terminate",
        "undefine", "erase", "truncate", "flush", "flushall", "flushdb", "teardown", "del", "deregister", "decommission",
        "obliterate", "dropall", "prune", "forget", "unpublish", "yank", "deprovision",
        // Emptying, undoing work and erasing storage: `wp site empty`, `sqitch revert`,
        // `ceph-deploy disk zap`, `… discard`. (Not `scrub`: a filesystem's or a store's scrub
        // reads everything to verify it — `btrfs scrub start`, `zpool scrub`, `ceph pg scrub`;
        // the `scrub` program that overwrites a device is read by its name.) And trimming a
        // log's oldest records (`rpk topic trim-prefix`).
        "empty", "revert", "zap", "discard", "trim",
        // Freeing, revoking and clearing: `pvesm free`, `… keys revoke`, `indices clear`,
        // `garden cleanup`, zkCli's `deleteall`. (Not `gc`: collecting what nothing refers to
        // any more is housekeeping — `dolt gc`, `ipfs repo gc`, `gcrane gc` lists.)
        "free", "revoke", "clear", "cleanup", "deleteall", "expunge",
        // Expiring, abandoning and removing images or directories: a backup tool's `expire`, a
        // change-based VCS's `abandon`, `rmi`, `rmdir`, `deltree`. (`clean` only with something
        // to clean: see `cleansSomething`.)
        "expire", "abandon", "rmi", "rmdir", "deltree",
        // Unregistering (like `deregister`), HDFS's recursive `rmr`, and a verb a tool marks as
        // unsafe because it may lose data (`… unsafe-bootstrap`).
        "unregister", "rmr", "unsafe",
        // Taking a member out of a federation or fleet it joined, with what was placed on it.
        "unjoin",
        // Initialising again what holds data: a replica's data directory made anew from the
        // primary (`patronictl reinit`), a store formatted afresh.
        "reinit", "reinitialize", "reinitialise",
        // Removing every trace of a service's data (`gitlab-ctl cleanse`), and taking a
        // deployment down (`… endpoints undeploy-model`, `… undeploy app`).
        "cleanse", "undeploy",
    ]
    /// Destroying words that may begin a verb written as one word with what they act on
    /// (`clearsnapshot`, `truncatehints`, `deletekeyspace`, `purgequeue`).
    static let joinedVerbPrefixes: [String] = ["delete", "destroy", "purge", "wipe", "remove", "erase", "truncate", "clear", "flush", "expunge", "nuke", "drop"]
    /// Words after which a run, experimental or exec group still names a verb when the word that
    /// follows is a destroying one (`… run wipe`, `… x uninstall`).
    static let verbGroupWords: Set<String> = ["run", "x", "exec", "do"]
    static let genericReadWords: Set<String> = [
        "get", "list", "ls", "show", "info", "logs", "log", "status", "describe", "inspect", "version", "view", "diff", "plan",
        // A migration tool's position: `alembic current`, `alembic heads`.
        "current", "heads",
        // Following a resource's tree or a request's path: `crossplane beta trace …`; a
        // summary of what is there: `nats stream report`.
        "trace", "report",
        "check", "validate", "history", "top", "search", "cat", "tail", "whoami", "ps", "stat", "explain", "lint", "doctor",
        "preview", "read", "print", "dump", "export", "find", "query", "watch", "events",
        // Probing and scanning: `… ping host`, `… k8s scan`.
        "ping", "scan",
        // A resource's details and a platform's diagnosis of it: `… app details`, `… pg:diagnose`.
        "details", "diagnose",
        // A database's connection details printed (`neonctl connection-string staging`,
        // `doctl databases connection db-id`); counters shown (`… queues stats jobs`); a
        // database's tables listed (`… db tables --env staging`).
        "connection-string", "connection", "stats", "tables",
        // Copying from where the command points to this machine: `… env:pull staging`.
        "pull", "download",
        // Space used (`mc du bucket/prefix`, `… df`).
        "du", "df",
        // A TLS handshake made to look at a server's certificate (`openssl s_client -connect …`).
        "s_client", "s_time",
        // rclone's listings (`lsd`, `lsf`, `lsl`, `lsjson`, `size`) and who is signed in (`…
        // current-user me`).
        "lsd", "lsf", "lsl", "lsjson", "size", "me",
        // What a deployment tool shows of an application: its resources and rendered
        // manifests (`argocd app resources shop-staging`, `argocd app manifests …`).
        "resources", "manifests",
    ]
    /// Verbs that only look at what follows them: a name after one is what is looked at.
    static let lookingVerbs: Set<String> = ["describe", "get", "show", "read", "view", "inspect", "list", "ls", "cat", "print", "info", "details", "status", "explain"]

    static func isLookingVerb(_ verb: String) -> Bool {
        let lowered = verb.lowercased()
        return lowered.hasPrefix("describe-") || lowered.hasPrefix("get-") || lowered.hasPrefix("show-") || lowered.hasPrefix("list-")
    }

    /// Words after which the rest of the line is another command or its data.
    static let genericStopWords: Set<String> = ["exec", "run", "ssh", "shell", "sh", "bash", "x", "do", "eval", "execute", "sql", "query", "--"]
    /// Flags named for destroying, on programs no grammar knows; and revoking credentials
    /// (`… auth logout --revoke`: the token stops working wherever it is used).
    static let destroyingFlagWords: Set<String> = ["purge", "wipe", "drop", "destroy", "reset", "prune", "nuke", "revoke"]
    /// What a `--delete-…` or `--remove-…` flag deletes when it deletes data, not a by-product:
    /// `azcopy sync --delete-destination true`, `deluser --remove-all-files`, `--delete-volumes`.
    static let deletedDataWords: Set<String> = [
        "destination", "dest", "target", "all", "files", "file", "home", "data", "volumes", "volume", "storage", "storages",
        "disks", "disk", "database", "databases", "db", "everything", "contents", "objects", "snapshots", "backups", "resources",
        // Keys, secrets and records: `gpg --delete-secret-and-public-key`, `--delete-keys`.
        "key", "keys", "secret", "secrets", "records", "entries", "table", "tables", "index", "indices", "bucket", "buckets",
        // A consumer group's committed positions (`kafka-consumer-groups.sh --delete-offsets`).
        "offsets", "offset",
        // What a history rewrite strips: `--strip-blobs-bigger-than 100M`.
        "blobs",
    ]
    /// Verbs that take something down: with a `--delete-…` or `--remove-…` flag they delete what
    /// they stop (`tilt down --delete-namespaces`).
    static let teardownWords: Set<String> = ["down", "stop", "uninstall", "undeploy", "teardown"]

    /// Programs whose positional words are packages, build targets, scripts, patterns or data.
    static let frameworkCLIs: Set<String> = ["rails", "rake", "artisan", "console", "manage.py", "django-admin", "mix"]
    static let frameworkLookingSegments: Set<String> = [
        "show", "list", "status", "routes", "about", "info", "version", "diff", "check", "inspect",
        // Mix's `ecto.migrations` (each migration's status), `deps.tree`, `hex.outdated`.
        "migrations", "tree", "outdated",
    ]

    static let testRunners: Set<String> = [
        "phpunit", "pest", "paratest", "rspec", "cucumber", "behat", "codecept", "pytest", "py.test", "nosetests", "jest", "vitest",
        "mocha", "ava", "karma", "playwright", "cypress", "ctest",
    ]
    static let genericExcluded: Set<String> = [
        "npm", "npx", "yarn", "pnpm", "bun", "pip", "pip3", "pipx", "uv", "poetry", "pdm", "conda", "mamba", "gem", "bundle",
        "bundler", "composer", "cargo", "go", "rustup", "apt", "apt-get", "dnf", "yum", "zypper", "pacman", "apk", "brew",
        "port", "snap", "flatpak", "nix", "nix-env", "asdf", "mise", "nvm", "sdk", "dotnet", "swift", "mvn", "mvnw", "gradle", "gradlew",
        "opam", "cabal", "stack", "conan", "vcpkg",
        "ant", "sbt", "bazel", "buck", "make", "gmake", "just", "task", "ninja", "cmake", "meson", "scons", "rake", "rails",
        "mix", "php", "artisan", "python", "python3", "node", "deno", "ruby", "perl", "java", "tsc", "gcc", "cc", "clang",
        "rustc", "javac", "pytest", "jest", "vitest", "mocha", "tox", "nox", "echo", "printf", "grep", "egrep", "fgrep",
        "rg", "ag", "ack", "sed", "awk", "gawk", "cat", "less", "more", "head", "tail", "ls", "man", "tldr", "which", "whereis",
        "type", "test", "[", "true", "false", "jq", "yq", "tr", "cut", "sort", "uniq", "wc", "diff", "patch", "tar", "zip",
        "unzip", "gzip", "gunzip", "xz", "code", "vim", "vi", "nvim", "nano", "emacs", "tput", "stty", "tmux", "screen",
        "ssh", "scp", "sftp", "xargs", "env", "sudo", "doas", "nohup", "timeout", "time", "nice", "watch", "git", "manage.py", "django-admin", "sh", "bash", "zsh", "dash", "fish", "tee",
        "touch", "mkdir", "cp", "mv", "ln", "chmod", "chown", "kill", "pkill", "killall", "systemctl", "service", "journalctl",
        "history", "alias", "export", "source", "cd", "pwd", "date", "sleep", "open", "xdg-open", "pre-commit", "eslint",
        "prettier", "black", "ruff", "flake8", "mypy", "rubocop", "shellcheck", "terraform-docs",
    ]

    /// Programs whose arguments are text, patterns or file names, never a task.
    static let textTools: Set<String> = [
        "echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "ack", "sed", "awk", "gawk", "cat", "less", "more", "head", "tail",
        "ls", "man", "tldr", "jq", "yq", "tee", "touch", "mkdir", "cp", "mv", "code", "vim", "vi", "nvim", "nano", "emacs", "which",
    ]

    /// Spellings of a dry run for programs no grammar knows (besides `dryRun`'s).
    static let genericDryRunFlags = [
        "--check", "--plan", "--preview", "--noop", "--no-op", "--why-run", "--pretend", "--what-if", "--whatif", "--simulate", "--preview-only",
        // Printing what would be run instead of running it: `mikro-orm schema:drop --dump`,
        // `… purge --print`, Doctrine's `schema:drop --dump-sql`; a task runner's `--dry`
        // (Task prints the commands a task would run).
        "--dump", "--print", "--dump-sql", "--dry",
    ]

    /// A help request any program understands: `--help`, `-help`, or a `help` first word.
    /// Files that list who may get in, one entry a line: ssh's authorized keys, netrc, pgpass,
    /// git's stored credentials, an htpasswd.
    static let accessListNames: Set<String> = ["authorized_keys", "authorized_keys2", ".netrc", "_netrc", ".pgpass", ".git-credentials", ".htpasswd", "htpasswd"]

    /// sed deleting lines in place from an access list (`sed -i '/deploy@ci/d'
    /// ~/.ssh/authorized_keys`): the keys or passwords on them are revoked, and nothing keeps
    /// a copy. (Deleting every line of any file is `sed -i '1,$d'`, above.)
    static func accessEntriesDeleted(_ view: ExecView, _ a: Arguments) -> CommandOperation? {
        guard view.programKeys.contains("sed"), editsInPlace(a),
              let file = a.positionals.map({ a.items[$0].text }).first(where: { accessListNames.contains(String(ExecView.basename($0))) }) else { return nil }
        let scripts = a.positionals.map { a.items[$0].text } + a.values(of: OptionSpec("-e|--expression")).map(String.init)
        guard scripts.contains(where: deletesLines) else { return nil }
        return CommandOperation(kind: .destroy, why: "sed -i deletes entries of \(file), revoking what they let in")
    }

    /// sed's `-i` (with a backup suffix or not) or `--in-place`.
    static func editsInPlace(_ a: Arguments) -> Bool {
        a.items.contains { $0.kind != .positional && ($0.name.hasPrefix("-i") || $0.name == "--in-place") }
    }

    /// A sed script that deletes the lines an address picks (`/re/d`, `3d`, `/a/,/b/d`, `\#re#d`).
    static func deletesLines(_ script: String) -> Bool {
        let t = script.trimmingSpaces
        guard t.hasSuffix("d"), t.count > 1 else { return false }
        let address = String(t.dropLast()).trimmingSpaces
        guard let first = address.first else { return false }
        return first == "/" || first == "\\" || first == "$" || first.isNumber
    }

    /// Calls that print, one of which a console's program must begin with to only print.
    static let printingCalls = ["puts ", "puts(", "p ", "pp ", "print ", "print(", "echo ", "dump(", "dd(", "console.log(", "IO.inspect("]
    /// Names a program that only prints must not call: writes, deletes, jobs and mail sent, the
    /// shell, files, code evaluated or sent by name.
    static let changingCallNames: Set<String> = [
        "save", "update", "update_all", "update_attribute", "update_attributes", "update_column", "update_columns", "create", "destroy",
        "destroy_all", "delete", "delete_all", "insert", "insert_all", "upsert", "upsert_all", "increment", "decrement", "toggle", "touch",
        "bulk_create", "bulk_update", "get_or_create", "update_or_create", "execute", "exec", "system", "spawn", "eval", "instance_eval",
        "class_eval", "send", "public_send", "kernel", "file", "fileutils", "dir", "io", "open", "open3", "popen", "syscall", "fork",
        "exit", "remove", "drop", "truncate", "purge", "perform_now", "perform_later", "deliver_now", "deliver_later", "enqueue",
        "delay", "set", "write", "put", "post", "patch", "call", "run", "invoke", "migrate", "seed", "reset", "clear", "flush",
        "forcedelete", "forcefill", "fill", "push", "pop", "shift", "unshift", "store", "apply", "raw", "statement", "unprepared",
        "query", "cursor", "connection", "connect", "sql", "artisan", "os", "subprocess", "shutil", "require", "load", "import",
        "__import__", "setattr", "delattr", "globals", "locals", "getattr", "method", "define_method", "const_set", "instance_variable_set",
    ]

    /// Calls that only look something up, count or format it (ORMs' query builders among
    /// them: Active Record, Django, Eloquent, Ecto's `Repo.aggregate`).
    static let lookingCallNames: Set<String> = [
        "puts", "p", "pp", "print", "echo", "dump", "dd", "log", "inspect", "count", "filter", "exclude", "get", "all", "first", "last",
        "values", "values_list", "aggregate", "annotate", "order_by", "exists", "where", "wherenull", "wherenotnull", "wherein",
        "wherehas", "wheredate", "find", "find_by", "pluck", "sum", "average", "avg", "maximum", "minimum", "max", "min", "size",
        "length", "len", "str", "repr", "list", "dict", "to_json", "json", "to_a", "toarray", "tojson", "isoformat", "strftime",
        "select", "limit", "offset", "group", "group_by", "groupby", "distinct", "order", "orderby", "includes", "joins", "keys",
        "items", "ids", "map", "sorted", "round", "int", "float", "now", "today", "latest", "earliest", "only", "defer",
        "prefetch_related", "select_related", "count_documents", "find_one", "one", "scalar", "q", "f", "format", "join", "tally",
        "take", "collect", "each", "sort_by", "uniq", "compact", "flatten", "to_s", "to_i", "to_f", "to_h", "lookup", "empty", "any",
        "none", "present", "blank", "id", "pk", "name", "table_name",
    ]

    /// A console's one-line program that only prints what it looks up (`puts Invoice.count`,
    /// `print(Order.objects.filter(status='open').count())`, `echo User::count();`): one
    /// statement, beginning with a printing call, with no assignment, no shell escape and no
    /// name among those that change or reach anything (`changingCallNames`).
    static func printsOnly(_ code: String) -> Bool {
        var body = Substring(code.trimmingSpaces)
        if body.hasSuffix(";") { body = body.dropLast() }
        guard printingCalls.contains(where: { body.hasPrefix($0) }), !body.contains("`"), !body.contains("%x") else { return false }
        var clean = true
        // A space after it, so that its last name ends too.
        let t = String(body) + " "
        // Inside an argument list `=` names a keyword argument (`filter(status="open")`).
        var depth = 0
        _ = outsideLiterals(t, wordCharacter: { $0 == "!" || $0 == "?" || $0 == "$" }) { word, index -> Bool? in
            let c = t[index]
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if c == ";" || c == "\n" || c == "`" { clean = false; return true }
            if c == "=", depth <= 0 {
                let before = index > t.startIndex ? t[t.index(before: index)] : " "
                let after = t.index(after: index) < t.endIndex ? t[t.index(after: index)] : " "
                if !("=!<>".contains(before) || "=>~".contains(after)) { clean = false; return true }
            }
            // A bang method changes what it is called on, by Ruby's convention (`cancel!`).
            if word.hasSuffix("!") { clean = false; return true }
            for part in word.lowercased().split(whereSeparator: { $0 == "." || $0 == ":" }) {
                let name = String(part.filter { $0 != "!" && $0 != "?" && $0 != "$" })
                if changingCallNames.contains(name) { clean = false; return true }
            }
            // A call written with its parentheses must be one that only looks: any other method
            // may change what it is called on (`….cancel()`).
            if c == "(", let last = word.lowercased().split(whereSeparator: { $0 == "." || $0 == ":" }).last,
               !lookingCallNames.contains(String(last.filter { $0 != "?" && $0 != "$" })) {
                clean = false
                return true
            }
            return nil
        }
        return clean
    }

    /// Programs whose own parser reads `-h` as help in every subcommand (cobra, clap, .NET's and
    /// Terraform's parsers). Elsewhere a trailing `-h` proves nothing: a script or a program
    /// built in the session may ignore it and act, and `-h` is a host or "human-readable" to
    /// many tools.
    static let dashHHelpPrograms: Set<String> = [
        "dotnet", "nuget", "terraform", "tofu", "terragrunt", "kubectl", "helm", "gcloud", "gh", "glab", "az", "fly", "flyctl",
        "railway", "vercel", "supabase", "pulumi", "doctl", "git",
        // HashiCorp's tools read `-h` as help too.
        "vault", "consul", "nomad", "packer", "boundary", "waypoint",
    ]

    static func genericHelp(_ a: Arguments, keys: [String] = []) -> String? {
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash && item.inlineValue == nil {
            if (item.name == "--help" || item.name == "-help") && isFlagPosition(a, i) { return String(item.name) }
        }
        if let asked = questionMarkHelp(a) { return asked }
        if let first = a.positionals.first, a.items[first].text == "help" { return "help" }
        // After the script an interpreter runs as the program (`python manage.py help flush`,
        // `php artisan help migrate:fresh`).
        if a.positionals.count > 1, keys.contains(where: TargetPlaces.interpreters.contains), a.items[a.positionals[1]].text == "help" { return "help" }
        // `help` as the first word that is no option's value (`java -jar tool-cli.jar -s URL
        // help delete-builds`).
        if let first = a.positionals.first(where: { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }), a.items[first].text == "help" { return "help" }
        // `-h` as the last word, where no host or size can follow it, of a program that reads it
        // as help: help (`dotnet nuget delete -h`).
        if let last = a.items.last, last.kind == .short, last.name == "-h", last.inlineValue == nil, !last.afterDoubleDash,
           keys.contains(where: dashHHelpPrograms.contains) { return "-h" }
        // `tool cache purge help` asks for the page of what comes before.
        if a.positionals.count > 1, let last = a.positionals.last, a.items[last].text == "help", !a.items[last].mayBeValue { return "help" }
        return nil
    }

    /// The operation of a command no family grammar knows, or nil.
    static func generic(_ view: ExecView, expansion: Expansion) -> CommandOperation? {
        let a = view.arguments
        let name = view.programKeys.first ?? ""
        let words = a.positionals.map { a.items[$0].text }
        // The command path as shown in reasons: the program and its first words.
        let shown = ([name] + words.prefix(3).filter { !$0.contains("/") && $0 != "help" }).joined(separator: " ")
        if let help = genericHelp(a, keys: view.programKeys) { return CommandOperation(kind: .read, why: "\(shown) \(help)", harmless: true) }
        if let key = view.programKeys.first(where: { $0 == "kubectx" || $0 == "kubens" }), let chosen = contextChosen(a, program: key) { return chosen }
        // A test runner's words are tests' names and filters (`phpunit --filter DeleteUserTest`,
        // `rspec spec/purge_spec.rb`): it runs the project's tests.
        if let runner = view.programKeys.first(where: testRunners.contains) { return CommandOperation(kind: .local, why: "\(runner) runs tests") }
        if let printing = printsCommandsOnly(view.programKeys, a) { return printing }
        if let d = dryRun(a, extra: genericDryRunFlags) { return CommandOperation(kind: .read, why: "\(shown) \(d)", harmless: true) }
        // A run's type or mode given as `check` (`awx job_templates launch … --job_type check`):
        // Ansible's check mode, which changes nothing.
        if let mode = a.values(of: OptionSpec("--job_type|--job-type|--run-mode|--mode")).first(where: { $0.lowercased() == "check" }) {
            return CommandOperation(kind: .read, why: "\(shown) in \(mode) mode", harmless: true)
        }
        if view.programKeys.contains("ansible-inventory"), let inventory = ansibleEveryday(a, "ansible-inventory") { return inventory }
        if let own = ownDryRun(view.programKeys, a) { return own }
        if let preview = previewWithoutConfirmation(view.programKeys, a) { return preview }
        if let printing = partitionReadOnly(view.programKeys, a) { return printing }
        // sed told to delete every line, in place (`sed -i '1,$d' FILE`): the file is emptied.
        if view.programKeys.contains("sed"), editsInPlace(a),
           a.positionals.contains(where: { ["1,$d", "d", "1,$ d", "/./d", "/^/d"].contains(a.items[$0].text) }) {
            return CommandOperation(kind: .destroy, why: "sed -i deleting every line empties the file")
        }
        if let revoked = accessEntriesDeleted(view, a) { return revoked }
        if view.programKeys.contains(where: textTools.contains) { return nil }
        if let render = rendersHere(a, program: name) { return render }
        if let here = invokedHere(a, program: name) { return here }
        if let printed = printsSQL(view.programKeys, a) { return printed }
        // Kafka's console consumer prints a topic's messages; without a group of its own it
        // moves no one's offsets.
        if view.programKeys.contains(where: { $0.hasPrefix("kafka-console-consumer") }), !has(a, "--group"),
           !a.values(of: OptionSpec("--consumer-property")).contains(where: { $0.hasPrefix("group.id=") }) {
            return CommandOperation(kind: .read, why: "kafka-console-consumer prints a topic's messages")
        }
        if let forced = forgeAPIForcedRef(view.programKeys, a) { return forced }
        if let get = forgeAPIGet(view.programKeys, a) { return get }
        if let program = interpreterProgram(view, expansion: expansion) { return program }
        if let given = view.request.stdin, let shell = frameworkDatabaseShell(view) { return sql(given, program: shell) }
        if let code = frameworkConsoleCode(view) {
            if let dropping = databaseDroppingCode(code) ?? massDelete(code) { return CommandOperation(kind: .destroy, why: "\(name): its program \(dropping)") }
            if printsOnly(code) { return CommandOperation(kind: .read, why: "\(name): its program only prints what it looks up") }
        }
        // SQL given to a framework's task that runs it (`bin/console doctrine:query:sql 'TRUNCATE
        // t'`, `dbal:run-sql`): read as the SQL it is.
        if let i = words.prefix(3).firstIndex(where: { w in w.contains(":") && ["sql", "run-sql"].contains(w.lowercased().split(separator: ":").last.map(String.init) ?? "") }),
           i + 1 < words.count, words[i + 1].contains(" ") {
            return sql(words[i + 1], program: "\(name) \(words[i])")
        }
        if let undo = undoesEveryMigration(a) { return CommandOperation(kind: .destroy, why: "\(shown) \(undo) undoes every migration") }
        if let undo = undoesSeveralMigrations(a) { return CommandOperation(kind: .destroy, why: "\(shown): \(undo) undoes several migrations") }
        if let undo = undoesMigration(a, keys: view.programKeys) { return CommandOperation(kind: .destroy, why: "\(shown): \(undo) undoes a migration, dropping what it made") }
        // A framework's cache cleared (`php artisan cache:clear redis`, `… --store=redis`): the
        // store it names is emptied, as a flush of a named store is; with none named, the
        // application's default cache, filled again on demand.
        if let i = words.prefix(3).firstIndex(where: { ["cache:clear", "cache:flush"].contains($0.lowercased()) }) {
            let named = a.values(of: OptionSpec("--store")).first.map(String.init)
                ?? a.positionals.first(where: { a.items[$0].text == words[i] }).flatMap { at in
                    a.positionals.first(where: { $0 > at && !a.items[$0].afterDoubleDash }).map { a.items[$0].text }
                }
            if let named { return CommandOperation(kind: .destroy, why: "\(name) \(words[i]) empties the cache store \(named)") }
            return CommandOperation(kind: .local, why: "\(name) \(words[i]) empties the application's cache, filled again on demand")
        }
        // A framework's issued tokens purged (`php artisan passport:purge`): credentials deleted.
        if let task = words.prefix(3).first(where: { w in
            let parts = w.lowercased().split(separator: ":").map(String.init)
            return parts.count == 2 && ["passport", "sanctum", "oauth", "tokens", "token"].contains(parts[0]) && ["purge", "clear", "flush"].contains(parts[1])
        }) {
            return CommandOperation(kind: .destroy, why: "\(name) \(task) deletes the tokens it has issued")
        }
        if let task = removesEveryRecord(words, a) {
            return CommandOperation(kind: .destroy, why: "\(name) \(task) --all removes every record the task manages")
        }
        if let task = frameworkTask(words, keys: view.programKeys) {
            let upTo = words.firstIndex(of: task).map { ([name] + words[...$0]).joined(separator: " ") } ?? "\(name) \(task)"
            let parts = task.lowercased().split(whereSeparator: { "-_:.".contains($0) }).map(String.init)
            let what = parts.contains(where: wholeDestroyingTaskWords.contains) ? "is named for destroying what it reaches"
                : parts.contains(where: queueTaskWords.contains) ? "empties a queue" : "empties a database"
            return CommandOperation(kind: .destroy, why: "\(upTo) \(what)")
        }
        if let reloaded = reloadsDatabase(words, a, keys: view.programKeys) { return reloaded }
        if CompiledPolicy.prefixRunners[name] == nil, let task = restoresBackupTask(words) { return CommandOperation(kind: .destroy, why: "\(name) \(task) replaces the live data with the backup's") }
        if CompiledPolicy.prefixRunners[name] == nil, restoresInPlace(words, a) {
            return CommandOperation(kind: .destroy, why: "\(shown) restores over what is there, replacing the data written since")
        }
        if view.programKeys.contains("rsync") || view.programKeys.contains("scp") { return rsync(view, expansion: expansion) }
        if let cleanup = containerCleanup(view.programKeys, a) { return cleanup }
        if let fd = fdExecRemove(view.programKeys, a) { return fd }
        if let device = deviceDestroy(view) { return device }
        if let vcs = changeBasedVersionControl(view.programKeys, a) { return vcs }
        if let vcs = otherVersionControl(view.programKeys, a) { return vcs }
        if let named = destroyingName(view) { return named }
        if let named = verbInName(view) { return named }
        if let named = verbInJoinedName(view) { return named }
        if let published = registryDestroy(view.programKeys, a) { return published }
        if let short = shortDeleteFlag(view.programKeys, a) { return short }
        if let flush = firewallFlush(view.programKeys, a) { return flush }
        if let tool = toolDestroys(view.programKeys, a) { return tool }
        if let rpc = rpcMethod(view.programKeys, a) { return rpc }
        if let own = ownState(view.programKeys, a) { return own }
        // Django's commands that show or print (`manage.py showmigrations`, `sqlmigrate`).
        if runsDjango(view.programKeys, words), let task = words.prefix(3).first(where: djangoLookingCommands.contains) {
            return CommandOperation(kind: .read, why: "\(name) \(task)")
        }
        // A framework task that shows (`bin/rails credentials:show`, `php artisan route:list`,
        // `rake db:migrate:status`, `mix ecto.migrations`): its last segment looks. The
        // framework's runner may be the program or the script its interpreter runs (`php
        // artisan …`, `ruby bin/rails …`).
        if view.programKeys.contains(where: frameworkCLIs.contains) || words.first.map({ frameworkCLIs.contains(String(ExecView.basename($0))) }) == true,
           let task = words.first(where: { $0.contains(":") || (view.programKeys.contains("mix") && $0.contains(".")) }),
           let last = task.split(whereSeparator: { $0 == ":" || $0 == "." }).last, frameworkLookingSegments.contains(String(last)) {
            return CommandOperation(kind: .read, why: "\(name) \(task)")
        }
        guard !view.programKeys.contains(where: genericExcluded.contains) else { return nil }
        if let alter = alterOption(a, program: name) { return alter }
        if let sql = sqlInOption(a, program: name) { return sql }
        if let sql = sqlAfterDoubleDash(a, program: name) { return sql }
        // A search's words are what it looks for (`gh search code "truncate table"`).
        // So are a listing's (`sentry-cli issues list --query 'TruncateError'`).
        let searches = (a.positionals.first.map { searchingCommands.contains(a.items[$0].text) } ?? false)
            || a.positionals.prefix(3).contains { listingCommands.contains(a.items[$0].text) }
        if !searches, let command = commandString(a, program: name) {
            if command.kind >= .write { return command }
            // A query only read, given to a shell or a query verb (`turso db shell db 'SELECT
            // count(*) FROM t'`): what the database runs, and all it runs.
            if command.kind == .read, a.positionals.prefix(3).contains(where: { TargetPlaces.queryVerbs.contains(a.items[$0].text) }) { return command }
        }
        if let overwrite = overwrites(view) { return overwrite }
        if let setting = destroyingSetting(a, program: name) { return setting }
        if let reverted = snapshotRevert(a, program: name) { return reverted }
        if let rebuilt = reimages(a, program: name) { return rebuilt }
        if let forced = forcedSchemaApply(a, program: name) { return forced }
        if let purge = cdnPurge(view.programKeys, a) { return purge }
        if let given = view.request.stdin, let fed = commandsOnInput(given, a, program: name) { return fed }
        if let meta = metaCommandGiven(a) { return sql(meta, program: name) }
        if let down = copiesDown(a, program: name) { return down }
        // Looking a name or a route up (`dig`, `host`, `nslookup`, `whois`, `ping`, `traceroute`).
        if let key = view.programKeys.first(where: lookupTools.contains) { return CommandOperation(kind: .read, why: "\(key) looks up") }
        // A manual looked up (`apropos wipe`, `whatis shred`, `Get-Help Remove-Item`).
        if let key = view.programKeys.first(where: { manualReaders.contains($0.lowercased()) }) { return CommandOperation(kind: .read, why: "\(key) shows documentation", harmless: true) }
        if let audit = audit(view.programKeys, a) { return audit }
        if let written = kubeconfigWritten(a, program: name) { return written }
        // A payments CLI's reversal (`stripe refunds create`, `stripe subscriptions cancel ID`,
        // `stripe invoices void ID`).
        let firstWords = a.positionals.prefix(2).map { a.items[$0].text.lowercased() }
        if firstWords.count == 2, paymentCollections.contains(firstWords[0]),
           let reversal = paymentReversal(firstWords[1] == "create" ? [firstWords[0]] : firstWords, method: firstWords[1] == "create" ? "POST" : "") {
            return CommandOperation(kind: .destroy, why: "\(name) \(firstWords.joined(separator: " ")): \(reversal), which nothing undoes")
        }
        if let kcat = kafkaClient(view.programKeys, a) { return kcat }
        return verbPath(a, program: name)
    }

    /// CDNs' command-line tools, whose `purge` empties the edge's cache of what it names.
    static let cdnTools: Set<String> = ["akamai", "fastly"]

    /// A CDN's cache purged or invalidated (`akamai purge invalidate URL`, `fastly purge
    /// --key k`): the edge fetches it from the origin again. A change, not a loss.
    static func cdnPurge(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: cdnTools.contains) else { return nil }
        let words = a.positionals.filter { !a.items[$0].mayBeValue }.prefix(3).map { a.items[$0].text.lowercased() }
        guard words.first == "purge" else { return nil }
        if words.dropFirst().contains(where: { ["list", "status", "get", "show"].contains($0) }) { return CommandOperation(kind: .read, why: "\(key) \(words.joined(separator: " "))") }
        return CommandOperation(kind: .write, why: "\(key) purge empties the CDN's cache of what it names, fetched again from the origin")
    }

    /// What a program's execute, shell or query verb is given on its input (`echo 'TRUNCATE …'
    /// | … db execute --stdin`, `echo "collection.delete …" | weed shell`): SQL, or a shell's
    /// commands read by their verbs, as the same words given directly would be.
    static func commandsOnInput(_ text: String, _ a: Arguments, program: String) -> CommandOperation? {
        let words = a.positionals.filter { !a.items[$0].mayBeValue }.prefix(3).map { a.items[$0].text.lowercased() }
        guard words.contains(where: { queryingWords.contains($0) }) || FlagSpec("--stdin").isPresent(in: a) else { return nil }
        let statement = sql(text, program: program)
        if statement.kind == .destroy { return statement }
        for command in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            guard let first = command.split(separator: " ").first.map(String.init) else { continue }
            guard let segments = verbSegments(first) ?? dottedVerb(first) else { continue }
            if segments.contains(where: { segmentClass($0, a, at: 0, path: [first]) == .destroy }) {
                return CommandOperation(kind: .destroy, why: "\(program) is given `\(first)` on its input")
            }
        }
        return nil
    }

    /// A database shell's meta-command given as a word after its querying verb (`turso db shell
    /// db ".tables"`, `… sql db '\\dt'`): SQLite's dot-commands and psql's backslash commands,
    /// read as the client reads them.
    static func metaCommandGiven(_ a: Arguments) -> String? {
        let words = a.positionals.filter { !a.items[$0].afterDoubleDash }.map { a.items[$0].text }
        guard let verb = words.prefix(3).firstIndex(where: { queryingWords.contains($0.lowercased()) }) else { return nil }
        return words[(verb + 1)...].last { w in
            (w.hasPrefix(".") || w.hasPrefix("\\")) && w.count > 1 && w.dropFirst().first?.isLetter == true
                && w.dropFirst().allSatisfy { $0.isLetter || $0 == " " || $0 == "_" || $0 == "+" }
        }
    }

    /// A copy from a remote store down to this machine (`rclone copy remote:path ./dir`,
    /// `azcopy copy 'https://acct.blob…/c/*' ./dir`): it reads the store. A copy up, or one that
    /// removes its source (`move`), is not.
    static func copiesDown(_ a: Arguments, program: String) -> CommandOperation? {
        let words = a.positionals.filter { !a.items[$0].mayBeValue || a.items[$0].text.contains(":") }.map { a.items[$0].text }
        guard words.count == 3, ["copy", "cp", "copyto"].contains(words[0].lowercased()) else { return nil }
        func remote(_ w: String) -> Bool {
            w.contains("://") || (w.contains(":") && !w.hasPrefix("/") && !w.hasPrefix(".") && !w.hasPrefix("~"))
        }
        guard remote(words[1]), !remote(words[2]) else { return nil }
        return CommandOperation(kind: .read, why: "\(program) \(words[0]) from \(words[1]) to this machine")
    }

    /// Programs that show documentation.
    static let manualReaders: Set<String> = ["man", "apropos", "whatis", "tldr", "cheat", "get-help", "pinfo"]

    /// Programs that only look a name, an address or a route up.
    static let lookupTools: Set<String> = ["dig", "host", "nslookup", "drill", "delv", "whois", "ping", "ping6", "traceroute", "tracepath", "mtr"]

    /// Tools that audit a live cluster, or scan or cost infrastructure code, by reading it, and
    /// the first word each needs for that (none: every use reads). `polaris fix` and `kubescape
    /// fix` rewrite local files instead; `trivy clean` and `infracost comment` (which posts to a
    /// pull request) are not reads.
    static let auditors: [String: Set<String>] = [
        "popeye": [], "kubent": [], "kube-capacity": [], "pluto": ["detect", "detect-files", "detect-helm", "detect-api-resources", "detect-all-in-cluster", "list-versions"],
        "kubescape": ["scan"], "polaris": ["audit"],
        "checkov": [], "tfsec": [], "terrascan": ["scan"], "kics": ["scan"],
        "trivy": ["config", "conf", "fs", "filesystem", "rootfs", "repo", "repository", "image", "i", "k8s", "kubernetes", "sbom", "vm"],
        "infracost": ["breakdown", "diff", "output"],
    ]

    /// Verbs that put a cluster's address and credentials into this machine's kubeconfig.
    static let kubeconfigVerbs: Set<String> = ["write", "save", "show", "view", "install", "create", "update", "merge", "export", "get", "print"]

    /// A cluster's address and credentials written into this machine's kubeconfig (`eksctl
    /// utils write-kubeconfig`, `doctl kubernetes cluster kubeconfig save`, `scw k8s kubeconfig
    /// install`, `oci ce cluster create-kubeconfig`), as `get-credentials` does: a read of the
    /// cluster, whose later commands are read with the context it sets. Not when the path
    /// destroys anything (`… kubeconfig uninstall`, a secret named for a kubeconfig deleted).
    static func kubeconfigWritten(_ a: Arguments, program: String) -> CommandOperation? {
        guard a.positionals.prefix(4).contains(where: { a.items[$0].text.contains("kubeconfig") }) else { return nil }
        let path = a.positionals.prefix(4).filter { !a.items[$0].mayBeValue }.map { a.items[$0].text.lowercased() }
        guard let at = path.firstIndex(where: { Words.split($0).contains("kubeconfig") }) else { return nil }
        let words = path.prefix(at + 2).flatMap { Words.split($0) }
        guard !words.contains(where: genericDestroyWords.contains), words.contains(where: kubeconfigVerbs.contains) else { return nil }
        return CommandOperation(kind: .read, why: "\(program) \(path.prefix(at + 2).joined(separator: " ")) writes this machine's kubeconfig")
    }

    /// A cluster or a directory of infrastructure code audited by a tool that only reads it
    /// (`popeye --context c -n ns`, `kubent`, `pluto detect-helm`, `kubescape scan`, `polaris
    /// audit`, `trivy config infra/envs/staging`, `infracost breakdown --path …`).
    static func audit(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: { auditors[$0] != nil }), let verbs = auditors[key] else { return nil }
        let first = a.positionals.first(where: { !a.items[$0].mayBeValue }).map { a.items[$0].text }
        guard verbs.isEmpty || first.map(verbs.contains) == true else { return nil }
        return CommandOperation(kind: .read, why: "\(key) reads what it audits")
    }

    /// kcat (kafkacat): `-P` produces (a write); `-C` consumes, `-L` lists metadata and `-Q`
    /// queries offsets, which read.
    static func kafkaClient(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: { $0 == "kcat" || $0 == "kafkacat" }) else { return nil }
        let modes = a.items.filter { $0.kind == .short && !$0.afterDoubleDash }.map(\.name)
        if modes.contains("-P") { return CommandOperation(kind: .write, why: "\(key) -P produces messages") }
        if let m = modes.first(where: { ["-C", "-L", "-Q"].contains($0) }) { return CommandOperation(kind: .read, why: "\(key) \(m)") }
        return nil
    }

    /// Verbs that run what the input says.
    static let queryingWords: Set<String> = ["execute", "exec", "shell", "sql", "query", "eval", "console", "cli"]

    /// Verbs that render an environment's files on this machine (`helmfile -e production
    /// template`, `… render overlays/prod`): they act on no environment, as `helm template`
    /// does not. The verb must be the first word that is no option's value.
    /// Verbs that write templates or manifests here (`helm template`, `cdk synth`).
    static let renderingVerbs: Set<String> = ["template", "render", "synth", "synthesize"]

    static func rendersHere(_ a: Arguments, program: String) -> CommandOperation? {
        guard let first = a.positionals.first(where: { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }),
              renderingVerbs.contains(a.items[first].text.lowercased()) else { return nil }
        return CommandOperation(kind: .read, why: "\(program) \(a.items[first].text) renders files here", offline: true)
    }

    /// A function run on this machine (`serverless invoke local --function purgeExpired`, `sam
    /// local invoke PurgeFunction`): the project's own code, here; its name is a name.
    static func invokedHere(_ a: Arguments, program: String) -> CommandOperation? {
        // Compared as written, without copies: this runs for every program no grammar knows.
        let path = a.positionals.prefix(3)
        guard let local = path.firstIndex(where: { a.items[$0].text == "local" && !a.items[$0].afterDoubleDash }), local - path.startIndex <= 1,
              path.contains(where: { localInvokingVerbs.contains(a.items[$0].text) }) else { return nil }
        return CommandOperation(kind: .local, why: "\(program) \(path.prefix(2).map { a.items[$0].text }.joined(separator: " ")) runs the function on this machine")
    }

    static let localInvokingVerbs: Set<String> = ["invoke", "start-api", "start-lambda", "execute"]

    /// A schema tool's command that prints the SQL it would run instead of running it
    /// (Liquibase's `update-sql`, `rollback-count-sql`, `future-rollback-sql`, `updateSQL`).
    static func printsSQL(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard keys.contains("liquibase"), let first = a.positionals.first(where: { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }) else { return nil }
        let verb = a.items[first].text
        guard verb.hasSuffix("-sql") || verb.hasSuffix("SQL") else { return nil }
        return CommandOperation(kind: .read, why: "liquibase \(verb) prints the SQL it would run", harmless: true)
    }

    /// A branch moved by force through `gh api` (`gh api -X PATCH repos/o/r/git/refs/heads/main
    /// -f sha=… -F force=true`): the commits it held are dropped, as a force push drops them.
    static func forgeAPIForcedRef(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: { $0 == "gh" || $0 == "glab" }), let first = a.positionals.first, a.items[first].text == "api",
              a.values(of: OptionSpec("-X|--method")).first?.uppercased() == "PATCH",
              let path = a.positionals.dropFirst().first(where: { a.items[$0].text.contains("/") }), namesGitRef(urlPath("/" + a.items[path].text)),
              a.values(of: OptionSpec("-f|-F|--field|--raw-field")).contains(where: { $0.lowercased() == "force=true" }) else { return nil }
        return CommandOperation(kind: .destroy, why: "\(key) api PATCH of a git ref with force=true moves the branch by force, dropping the commits it held")
    }

    /// `gh api repos/o/r/environments/staging`, `glab api projects/7/variables`: without a method
    /// or fields (which make it a POST), a GET.
    static func forgeAPIGet(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: { $0 == "gh" || $0 == "glab" }), let first = a.positionals.first, a.items[first].text == "api" else { return nil }
        let method = a.values(of: OptionSpec("-X|--method")).first.map { $0.uppercased() }
        let fields = FlagSpec("-f|-F|--field|--raw-field|--input|--form").isPresent(in: a)
            || !a.values(of: OptionSpec("-f|-F|--field|--raw-field|--input")).isEmpty
        guard method == "GET" || method == "HEAD" || (method == nil && !fields) else { return nil }
        return CommandOperation(kind: .read, why: "\(key) api GET")
    }

    /// A first word that searches (`gh search code …`, `… grep …`), and words among the first
    /// three that list or search (`sentry-cli issues list --query …`): the option values after
    /// them are what is looked for.
    static let searchingCommands: Set<String> = ["grep", "find"]
    static let listingCommands: Set<String> = ["list", "ls", "search"]

    /// Django's management commands that only show or print.
    static let djangoLookingCommands: Set<String> = [
        "showmigrations", "sqlmigrate", "check", "diffsettings", "inspectdb", "sqlflush", "sqlsequencereset", "dumpdata", "show_urls",
    ]

    /// Programs that run a project's named tasks (`make db-reset`, `just nuke`, `npm run db:drop`).
    static let taskRunnerPrograms: Set<String> = ["make", "gmake", "just", "task", "rake", "invoke", "mage", "npm", "yarn", "pnpm", "bun"]

    /// A job queue's words in a task's name (`queue:flush`, `horizon:clear`, `drop-jobs`).
    static let queueTaskWords: Set<String> = ["queue", "queues", "horizon", "jobs"]

    /// A task named with one of these destroys whatever it reaches, with no store named.
    static let wholeDestroyingTaskWords: Set<String> = ["nuke", "wipe", "obliterate"]

    /// Schema tools whose tasks build tools run under their own names (`flywayClean`).
    static let schemaTools: Set<String> = ["flyway", "liquibase"]

    /// A task named by a path of words whose last one removes, given `--all`
    /// (`messenger:failed:remove --all`, `app:users:delete --all`): it deletes every record it
    /// manages. Given ids instead it removes those records, which is no bulk delete; a cache,
    /// view or build output cleared is made again on demand.
    static func removesEveryRecord(_ words: [String], _ a: Arguments) -> String? {
        guard has(a, "--all") else { return nil }
        let removing: Set<String> = ["remove", "delete", "purge", "destroy", "drop", "wipe", "clear", "erase"]
        let remade: Set<String> = ["cache", "caches", "view", "views", "config", "route", "routes", "compiled", "tmp", "temp", "assets", "build", "event", "events", "optimize"]
        return words.prefix(3).first { w in
            let segments = w.lowercased().split(separator: ":").map(String.init)
            return segments.count >= 2 && !w.contains("/") && !w.contains("=")
                && removing.contains(segments[segments.count - 1]) && !segments.contains(where: remade.contains)
        }
    }

    /// The task among the first words that empties a database, if any.
    static func frameworkTask(_ words: [String], keys: [String] = []) -> String? {
        // A schema tool's own name counts (`flywayClean`, `liquibase:dropAll` run by a build tool).
        let dataWords: Set<String> = ["db", "database", "databases", "schema", "migrate", "migration", "migrations", "ecto", "keyspace", "tables", "flyway", "liquibase"]
        let emptyingWords: Set<String> = ["drop", "wipe", "reset", "fresh", "purge", "replant", "truncate", "truncate_all", "flush", "nuke", "refresh", "drop_all", "dropall", "clean", "empty"]
        // A job queue's task that deletes its jobs (`queue:flush` the failed ones, `queue:clear`
        // the waiting ones, `horizon:clear`).
        let queueEmptyingWords: Set<String> = ["flush", "clear", "purge", "prune-failed", "forget", "drop", "wipe", "delete"]
        if let undo = undoesEverything(words) { return undo }
        let head = Array(words.prefix(4))
        // A task runner's targets are named with dashes and underscores too (`just drop-db`,
        // `make db_reset`); and one named for destroying whatever it reaches (`just nuke`,
        // `make wipe-all`) destroys.
        let runner = keys.contains(where: taskRunnerPrograms.contains)
        if runner, let w = head.first(where: { w in !w.contains("/") && !w.contains("=") && w.lowercased().split(whereSeparator: { "-_:".contains($0) }).contains { wholeDestroyingTaskWords.contains(String($0)) } }) {
            return w
        }
        var segments: [String] = []
        for w in head {
            guard !w.contains("/"), !w.contains("=") else { continue }
            for part in w.split(whereSeparator: { $0 == ":" || $0 == "." || (runner && ($0 == "-" || $0 == "_")) }) {
                segments.append(part.lowercased())
                // A schema tool's task written in camelCase (`flywayClean`, `liquibase:dropAll`):
                // its words too. (Not any camelCase word: `-run TestDropDatabase` names a test.)
                if part.contains(where: \.isUppercase), part.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    let camel = Words.split(String(part))
                    if let first = camel.first, schemaTools.contains(first) || segments.dropLast().last.map(schemaTools.contains) == true {
                        segments.append(contentsOf: camel)
                    }
                }
            }
        }
        // manage.py flush / reset_db, a database's own reset task. (`flush` alone only for
        // Django's runners: a DNS server's or a cache's `flush` drops what is cached.)
        let django = runsDjango(keys, head)
        if let w = head.first(where: { ["reset_db", "reset-db", "resetdb", "drop_db", "dropdb"].contains($0.lowercased()) || (django && $0 == "flush") }) { return w }
        if segments.contains(where: dataWords.contains), let w = segments.first(where: emptyingWords.contains) {
            return head.first(where: { $0.lowercased().contains(w) }) ?? w
        }
        if segments.contains(where: queueTaskWords.contains), let w = segments.first(where: queueEmptyingWords.contains) {
            return head.first(where: { $0.lowercased().contains(w) }) ?? w
        }
        // Reverting every migration: `downgrade base`, `database update 0`.
        if let i = head.firstIndex(of: "downgrade"), i + 1 < head.count, head[i + 1] == "base" { return "downgrade base" }
        if let i = head.firstIndex(of: "update"), i > 0, head[i - 1] == "database", i + 1 < head.count, head[i + 1] == "0" { return "database update 0" }
        // EF Core's first migration by its conventional name (`database update InitialCreate`):
        // every later one is undone.
        if let i = head.firstIndex(of: "update"), i > 0, head[i - 1] == "database", i + 1 < head.count, head[i + 1].lowercased().hasPrefix("initial") {
            return "database update \(head[i + 1])"
        }
        return nil
    }

    /// A framework task that empties the database before it fills it again: fixtures loaded
    /// without `--append` (Doctrine purges every table first), a site installed again (Drush's
    /// `site:install`, `si`, `site-install`: the database is dropped and made anew).
    static func reloadsDatabase(_ words: [String], _ a: Arguments, keys: [String]) -> CommandOperation? {
        for w in words.prefix(3) {
            let segments = w.lowercased().split(whereSeparator: { $0 == ":" || $0 == "." })
            if segments.contains("fixtures"), segments.contains("load"), !has(a, "--append") {
                return CommandOperation(kind: .destroy, why: "\(w) without --append purges the database first")
            }
        }
        if keys.contains("drush"), let w = words.first, ["site:install", "site-install", "si"].contains(w) {
            return CommandOperation(kind: .destroy, why: "drush \(w) drops the site's database and makes it anew")
        }
        return nil
    }

    /// The verb path of an unknown CLI: its first few positional words.
    /// Options whose value is a name or a text for people: never a verb.
    static let namingOptions: Set<String> = ["--name", "--title", "--description", "--message", "--label", "--comment", "--note", "--summary"]

    /// Whether the item at `i` is the value of a naming option written before it.
    static func isNamingValue(_ a: Arguments, _ i: Int) -> Bool {
        i > 0 && a.items[i - 1].kind == .long && a.items[i - 1].inlineValue == nil && namingOptions.contains(String(a.items[i - 1].name))
    }

    static func verbPath(_ a: Arguments, program: String) -> CommandOperation? {
        var best: (String, OperationClass)?
        var path: [String] = []
        // Values of global options before the verb path are not its words (`openstack
        // --os-cloud shop-staging volume snapshot delete …`): the window starts after them.
        // (A word that reads as a verb is never taken for a value: `tool --yes nuke-all`.)
        let lead = a.positionals.prefix(while: { i in
            guard a.items[i].mayBeValue, !a.items[i].afterDoubleDash else { return false }
            guard let segments = verbSegments(a.items[i].text) ?? dottedVerb(a.items[i].text) else { return true }
            return !segments.contains { segmentClass($0, a, at: 0, path: []) != nil }
        }).count
        let listing = listingNoun(a) != nil
        for p in lead..<min(lead + 3, a.positionals.count) {
            let text = a.items[a.positionals[p]].text
            // The value of a naming option is a name, whatever it says (`prisma migrate dev
            // --name drop_legacy_table` names the migration it writes).
            if isNamingValue(a, a.positionals[p]) { continue }
            if genericStopWords.contains(text) {
                // `dagster run wipe`, `cmctl x uninstall`: a group named like a stop word, then a
                // destroying verb. (A command it runs would be another program, decided itself.)
                if verbGroupWords.contains(text), p + 1 < a.positionals.count, !a.items[a.positionals[p + 1]].afterDoubleDash {
                    let next = a.items[a.positionals[p + 1]].text
                    if genericDestroyWords.contains(next.lowercased()) {
                        return CommandOperation(kind: .destroy, why: "\(program) \((path + [text, next]).joined(separator: " "))")
                    }
                    // The runs of a pipeline or a job listed or shown (`gh run list`, `… run
                    // view 42`): `run` names the group, the looking verb what is done.
                    if text == "run", best == nil, genericReadWords.contains(next.lowercased()) {
                        best = (next, .read)
                        path += [text, next]
                        break
                    }
                }
                // `… query instant URL 'up'`: a query whose string says no change (read above,
                // commandString) reads.
                if best == nil, genericReadWords.contains(text) {
                    best = (text, .read)
                    path.append(text)
                }
                break
            }
            // After a looking verb, a word that follows an option is that option's value: what
            // is listed or searched for (`… issue list --label delete-me`, `… label list
            // --search delete`), not another verb.
            if best?.1 == .read, a.items[a.positionals[p]].mayBeValue { continue }
            // So is one after a lone plural noun, a listing (`restic snapshots --tag
            // before-purge`, `… backups --label nightly-wipe`).
            if listing, a.items[a.positionals[p]].mayBeValue { continue }
            // After a verb that makes something (`migration:generate --name drop-old-columns`,
            // `create drop_legacy_index sql`), the words are the name of what it makes; after
            // a comparison, what it compares or the name of the migration it writes (`atlas
            // migrate diff drop_coupons`).
            if path.contains(where: generatingVerb) || path.contains(where: { $0.lowercased() == "diff" }) { continue }
            // A colon path (`apps:destroy`, `postgres:destroy`, `environment:delete`) is read
            // segment by segment; the strongest segment decides. A dotted path (`vm.destroy`,
            // `backend.list`) by its last segment.
            // A looking verb joined to its object (`virsh dominfo`, `domblkinfo`, `domiflist`) or
            // a check named for what it would allow (`ceph osd safe-to-destroy 7`).
            let lowered = text.lowercased()
            if best == nil, lowered.count > 4, lowered.allSatisfy({ $0.isLetter || $0 == "-" }),
               lowered.hasSuffix("info") || lowered.hasSuffix("list") || lowered.hasPrefix("safe-to-") || lowered.hasPrefix("ok-to-") {
                best = (text, .read)
                path.append(text)
                continue
            }
            guard let segments = verbSegments(text) ?? dottedVerb(text) else { continue }
            // After a verb that only looks (`… jobs describe purge-old-exports`, `… app get
            // shop-cleanup`, `docker logs api-cache-reset`), a name of several words is what it
            // looks at, whatever its words say. (A lone destroying word there is still a verb.)
            if let (verb, c) = best, c == .read, segments.count > 1 || text.contains(where: { $0 == "-" || $0 == "_" }),
               lookingVerbs.contains(verb.lowercased()) || isLookingVerb(verb)
                // A program's first word `logs` is its verb (`docker logs NAME`, `fly logs`).
                || (["logs", "log"].contains(verb.lowercased()) && a.items[a.positionals[lead]].text == verb) {
                continue
            }
            path.append(text)
            var c: OperationClass?
            for segment in segments {
                guard let s = segmentClass(segment, a, at: p, path: path) else { continue }
                if c == nil || s > c! { c = s }
            }
            guard let c else { continue }
            if best == nil || c > best!.1 { best = (text, c) }
            if c == .destroy { break }
        }
        // No verb word among the positionals: a verb spelled as a single-dash word, the first
        // option (HDFS's shell: `hdfs dfs -rm -r /x`, `hadoop fs -ls /`).
        if best == nil, let verb = dashVerb(a) {
            if verb.1 == .destroy { return CommandOperation(kind: .destroy, why: "\(program) \((path + [verb.0]).joined(separator: " "))") }
            best = (verb.0, verb.1)
            path.append(verb.0)
        }
        // A mode given as a long option, with no verb word (Kafka's tools: `kafka-topics.sh
        // --list`, `kafka-consumer-groups.sh --describe --group g`): a looking mode reads when
        // no option asks for a change.
        if best == nil, let mode = lookingMode(a) {
            best = (mode, .read)
            path.append(mode)
        }
        if let typed = destroyingKindOption(a) {
            return CommandOperation(kind: .destroy, why: "\(program) \(path.joined(separator: " "))\(path.isEmpty ? "" : " ")\(typed)")
        }
        if let rewrite = rewriteExcluding(a, path: path) {
            return CommandOperation(kind: .destroy, why: "\(program) \(rewrite)")
        }
        for item in a.items where item.kind != .positional && !item.afterDoubleDash {
            let n = item.name.drop(while: { $0 == "-" }).lowercased()
            // Taken down without keeping what it held (`… stop --no-backup`).
            if n == "no-backup", path.contains(where: { teardownWords.contains($0.lowercased()) }) {
                return CommandOperation(kind: .destroy, why: "\(program) \(path.joined(separator: " ")) --no-backup")
            }
            if n.hasPrefix("no-") || n.hasPrefix("skip") { continue }
            // A looking verb's `--prune` drops stale entries of the tool's own index
            // (`… global-status --prune`), not what the entries stood for.
            if n == "prune", best?.1 == .read { continue }
            let parts = n.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            let tearsDown = (parts.first == "delete" || parts.first == "remove") && path.contains { teardownWords.contains($0.lowercased()) }
            let deletesData = (parts.first == "delete" || parts.first == "remove" || parts.first == "strip") && parts.dropFirst().contains(where: deletedDataWords.contains)
                && !(item.inlineValue.map { ["false", "0", "no"].contains($0.lowercased()) } ?? false)
            // `-deleteduplicates true`, `--deleteall`: delete joined to what it deletes; not when
            // its value says no.
            // (A looking verb's `--deleted`, `--removed`: a filter for what is gone, no verb;
            // `jj git push --deleted` pushes the deletions.)
            let joinedDelete = parts.count == 1 && (n.hasPrefix("delete") || n.hasPrefix("remove")) && n.count > 6
                && !(["deleted", "removed"].contains(n) && best?.1 == .read)
                && !(flagValue(a, item).map { ["false", "0", "no", "off"].contains($0.lowercased()) } ?? false)
            // Rebuilding from nothing: `--full-refresh` drops an incremental model's table and
            // builds it again from its sources (dbt, Dataform), losing what they no longer hold.
            let rebuilds = n == "full-refresh"
            // A bare `--cleanup` after a resource's noun deletes them (`ddev snapshot --cleanup`).
            let cleansUp = n == "cleanup" && item.inlineValue == nil && !path.isEmpty
            // A mirror told to remove what the source lacks (`mc mirror --remove`), and a
            // checkout by force over local changes (`dvc checkout --force`).
            let mirrorsRemoving = n == "remove" && path.contains { ["mirror", "sync"].contains($0.lowercased()) }
            let forcedCheckout = (n == "force" || (item.kind == .short && item.name == "-f")) && path.first?.lowercased() == "checkout"
            if mirrorsRemoving || forcedCheckout {
                return CommandOperation(kind: .destroy, why: "\(program) \(path.joined(separator: " ")) \(item.name) \(mirrorsRemoving ? "deletes what the source lacks" : "overwrites local changes")")
            }
            // What a build or a tool makes again (`--reset-cache`, `--purge-cache`,
            // `--clear-build`): a cache dropped, not data.
            if parts.count > 1, parts.dropFirst().allSatisfy(regenerableNouns.contains) { continue }
            if n == "delete" || parts.contains(where: destroyingFlagWords.contains) || tearsDown || deletesData || joinedDelete || forcedDelete(parts) || rebuilds || cleansUp {
                return CommandOperation(kind: .destroy, why: "\(program) \(path.joined(separator: " "))\(path.isEmpty ? "" : " ")\(item.name)")
            }
        }
        guard let (verb, c) = best else {
            // One plural noun and nothing else (`… labels`, `… apps`): a listing.
            if let noun = listingNoun(a) { return CommandOperation(kind: .read, why: "\(program) \(noun)") }
            // `config` and nothing after it (`kamal config -d staging`): the configuration shown.
            let named = a.positionals.filter { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }
            if named.count == 1, ["config", "configuration"].contains(a.items[named[0]].text) {
                return CommandOperation(kind: .read, why: "\(program) \(a.items[named[0]].text) shows its configuration")
            }
            return nil
        }
        let upTo = path.firstIndex(of: verb).map { path[...$0] } ?? [verb]
        // GitHub Actions' dependency caches deleted (`gh cache delete --all`): the next run
        // restores them from their sources. (An application's own cache purged is another
        // matter: `… cache purge --all` destroys.)
        if program == "gh", c == .destroy, path.first == "cache" {
            return CommandOperation(kind: .local, why: "gh \(upTo.joined(separator: " ")) deletes Actions caches, made again by the next run")
        }
        // A delete of items a collection holds, named one by one (`… objects delete idx
        // --object-ids 1,2`, `… documents delete drafts.a1`, `… post delete 1256`): as a SQL
        // DELETE with a key, unless it is told to take them all.
        if c == .destroy, let i = path.firstIndex(of: verb), i > 0, itemNouns.contains(path[i - 1].lowercased()), !secretStores.contains(program),
           ["delete", "rm", "remove", "del"].contains(verb.lowercased()), !has(a, "--all|-a|--all-objects|--recursive|-r"),
           !a.items.contains(where: { $0.text.contains("$(") || $0.text.contains("`") || $0.text.contains("*") }) {
            return CommandOperation(kind: .write, why: "\(program) \(upTo.joined(separator: " ")) of named items")
        }
        return CommandOperation(kind: c, why: "\(program) \(upTo.joined(separator: " "))")
    }

    /// Long options that are a looking mode of a tool whose modes are options.
    static let lookingModes: Set<String> = ["--describe", "--list", "--get", "--show", "--status", "--info", "--verify"]
    /// First words of long options that ask a mode-by-option tool for a change.
    static let changingModeWords: Set<String> = ["create", "alter", "execute", "add", "set", "update", "put", "write", "apply", "import", "produce", "publish", "reset", "delete", "remove", "drop", "purge", "restore", "move", "reassign", "increase", "generate", "enable", "disable"]

    static func lookingMode(_ a: Arguments) -> String? {
        var mode: String?
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            let name = String(item.name)
            if lookingModes.contains(name) { mode = mode ?? name; continue }
            let first = name.dropFirst(2).split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
            if changingModeWords.contains(first) { return nil }
        }
        return mode
    }

    /// Password managers and secret stores: an item there is a secret, and deleting one is a
    /// destroy however it is named (`op item delete …`, `bw delete item …`).
    static let secretStores: Set<String> = ["op", "bw", "lpass", "keeper", "chamber", "infisical", "doppler", "vault", "gopass", "pass", "akeyless"]

    /// Nouns of single items of a collection, before a delete verb.
    static let itemNouns: Set<String> = [
        "document", "documents", "doc", "docs", "object", "objects", "item", "items", "record", "records", "entry", "entries",
        "message", "messages", "post", "posts", "comment", "comments", "page", "pages",
    ]

    /// Verbs that make something: what their options are given names it.
    static let generatingVerbs: Set<String> = ["generate", "gen", "new", "create", "make", "scaffold", "revision", "init", "add"]

    static func generatingVerb(_ word: String) -> Bool {
        word.lowercased().split(whereSeparator: { ":.-_".contains($0) }).contains { generatingVerbs.contains(String($0)) }
    }

    /// Words before `clean` that say it cleans a cache or build output (`cache clean`).
    static let regenerableNouns: Set<String> = ["cache", "caches", "build", "builds", "tmp", "temp", "artifacts", "output",
                                                // A tool's own background process (`turbo daemon clean`: its logs and socket).
                                                "daemon"]

    /// `clean` cleans out something that is not made again: a resource named before it (`…
    /// cluster clean`, `… schema clean`) or after it (`… clean tidb-test`, `… clean
    /// registry.example.com/app`). Alone it is a build tool's or cache's (`flutter clean`,
    /// `dbt clean`, `… cache clean`).
    static func cleansSomething(_ a: Arguments, at p: Int) -> Bool {
        // After a word of the path (`cache clean`): that word says what is cleaned. (After an
        // option's value, `-scheme App clean`, the path starts here.)
        if p > 0, !a.items[a.positionals[p - 1]].mayBeValue {
            let previous = a.items[a.positionals[p - 1]].text.lowercased()
            return !regenerableNouns.contains(previous)
        }
        // What follows may be further build actions, run after the clean (`xcodebuild clean
        // build`, `… clean test`): the build's own output is cleaned, as by `clean` alone.
        let rest = a.positionals.dropFirst(p + 1).filter { !a.items[$0].mayBeValue && !a.items[$0].afterDoubleDash }
        return rest.contains { !buildActionWords.contains(a.items[$0].text.lowercased()) }
    }
    /// Build actions a tool runs in order after a `clean`.
    static let buildActionWords: Set<String> = ["build", "test", "install", "archive", "analyze", "compile", "package", "all", "assemble", "check"]

    /// A destroying word of four or more letters written together with what it acts on, as one
    /// lowercase word (`clearsnapshot`, `truncatehints`; not `cleared`, `dropbox` is no verb path
    /// word of its own either: the rest must be at least four letters).
    static func joinedVerb(_ word: String) -> Bool {
        guard word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return joinedVerbPrefixes.contains { p in word.count >= p.count + 4 && word.hasPrefix(p) && !["dropdown", "dropbox"].contains(word) }
    }

    /// The value an option was given: after `=`, or the positional right after it.
    static func flagValue(_ a: Arguments, _ item: Argument) -> Substring? {
        if let v = item.inlineValue { return v }
        guard let i = a.items.firstIndex(where: { $0.name == item.name && $0.kind == item.kind }), i + 1 < a.items.count,
              a.items[i + 1].kind == .positional else { return nil }
        return Substring(a.items[i + 1].text)
    }

    /// A verb word, or a colon path of verb words (`apps:destroy`): its segments, or nil.
    static func verbSegments(_ text: String) -> [Substring]? {
        guard !text.isEmpty, !text.hasPrefix(":"), !text.hasSuffix(":") else { return nil }
        // Digits too: an API's version in a colon path (`api:serverless:v1:services:remove`).
        guard text.first?.isNumber == false, text.contains(where: \.isLetter),
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":") }) else { return nil }
        let segments = text.split(separator: ":")
        return segments.contains(where: \.isEmpty) ? nil : segments
    }

    /// `rsync --delete` deletes what the destination has that the source lacks. rsync and scp
    /// copying from other machines down to this one read them.
    static func rsync(_ view: ExecView, expansion: Expansion) -> CommandOperation? {
        let a = view.arguments
        var deletes = false, dry = false
        for item in a.items where item.kind != .positional && !item.afterDoubleDash {
            let n = String(item.name)
            if n.hasPrefix("--delete") || n == "--remove-source-files" { deletes = true }
            if n == "--dry-run" || n == "--list-only" || (item.kind == .short && n.contains("n")) { dry = true }
        }
        // A copy from another machine down to this one reads that machine (`rsync -av
        // deploy@web-1:/var/log/app/ ./logs/`), unless it removes what it copied.
        // Operands, without the values of options that take one (`-e 'ssh -p 2222'`, `-P 2222`,
        // `--exclude node_modules`).
        let valued: Set<String> = view.programKeys.contains("scp") ? ["-P", "-i", "-o", "-F", "-c", "-l", "-S", "-J", "-D", "-X"]
            : ["-e", "--rsh", "-f", "--filter", "--exclude", "--include", "--exclude-from", "--include-from", "--files-from", "--chmod", "--chown",
               "--log-file", "--password-file", "--port", "--timeout", "--max-size", "--min-size", "--bwlimit", "--partial-dir", "--backup-dir",
               "--suffix", "-T", "--temp-dir", "--compare-dest", "--copy-dest", "--link-dest", "-B", "--block-size", "--rsync-path", "-M", "--remote-option"]
        let ends = a.positionals.filter { i in !(i > 0 && a.items[i - 1].kind != .positional && a.items[i - 1].inlineValue == nil && valued.contains(String(a.items[i - 1].name))) }.map { a.items[$0].text }
        let isRemote: (String) -> Bool = { t in t.contains(":") && !(t.firstIndex(of: "/").map { $0 < t.firstIndex(of: ":")! } ?? false) }
        let program = view.programKeys.contains("scp") ? "scp" : "rsync"
        if !deletes, ends.count >= 2, ends.dropLast().allSatisfy(isRemote), !isRemote(ends[ends.count - 1]) {
            return CommandOperation(kind: .read, why: "\(program) copies from \(ends[0]) down to this machine")
        }
        guard deletes, program == "rsync" else { return CommandOperation(kind: .local, why: program) }
        if dry { return CommandOperation(kind: .read, why: "rsync --dry-run", harmless: true) }
        guard let last = a.positionals.last.map({ a.items[$0].text }) else { return nil }
        let remote = last.contains(":") && !(last.firstIndex(of: "/").map { $0 < last.firstIndex(of: ":")! } ?? false)
        let resolved = expansion.resolve(last, cwd: view.request.cwd)
        if remote || !Expansion.isWithin(resolved, expansion.project) {
            return CommandOperation(kind: .destroy, why: "rsync --delete into \(last) deletes what the source lacks, outside the project")
        }
        // Mirrored onto the project itself or onto a data directory (`rsync -a --delete
        // ../template/ ./`, an empty directory onto `./uploads/`): what the source lacks is gone.
        let trimmed = last.hasSuffix("/") ? String(last.dropLast()) : last
        if resolved == expansion.project || isDataDirectory(trimmed) {
            return CommandOperation(kind: .destroy, why: "rsync --delete into \(last) deletes what the source lacks from \(resolved == expansion.project ? "the whole project" : "a data directory")")
        }
        return CommandOperation(kind: .local, why: "rsync --delete within the project")
    }
}
