// Where a command names the environment it acts on, whatever the tool: option values
// (namespace, context, project, app, stack, workspace, profile, region, environment…),
// directories and files it is pointed at (`-chdir=envs/prod`, `-i inventories/production`,
// `-f values-prod.yaml`), hosts (`ssh deploy@prod-web-1`, `psql -h prod-db`), URLs and
// connection strings, `key=value` settings whose key names an environment, variables set for
// the command (`NODE_ENV=production npx prisma migrate deploy`), the working directory of
// infrastructure tools, and the names of scripts and tasks that deploy or migrate
// (`npm run deploy:prod`). Each value is read as words (`acme-prod-eu` → acme, prod, eu); the
// profile's `environments:` say which words name which environment (kind `words`).

/// A value found where a command names its target, and where it was found.
struct NamedPlace: Sendable {
    var source: String
    var value: String
    /// Read the whole value with the kind's globs (a host), besides its words.
    var isHost: Bool = false
    /// An identifier an option that names a target is given: an environment's name written
    /// inside one of its words counts too (`--project-ref ledgerprodref01`, `Words.embedded`).
    var joined: Bool = false
}

enum TargetPlaces {
    /// Tools that act on an environment elsewhere: their target-naming options count.
    static let remoteTools: Set<String> = Set([
        "kubectl", "oc", "kubecolor", "helm", "helmfile", "kustomize", "k9s", "stern", "kail", "kubetail", "kubectx", "kubens", "argocd", "flux",
        "terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "serverless", "sls", "sam", "copilot", "eksctl",
        "gcloud", "gsutil", "bq", "aws", "az", "doctl", "hcloud", "linode-cli",
        "railway", "fly", "flyctl", "vercel", "netlify", "heroku", "supabase", "firebase", "wrangler", "render", "kamal", "cap",
        "ansible", "ansible-playbook", "salt", "salt-ssh", "gh", "docker", "podman", "sst", "vault", "consul", "etcdctl", "influx", "mc", "rclone", "apppack", "sentry-cli",
        "snowsql", "redis-cli", "valkey-cli", "keydb-cli", "cqlsh", "sqlcmd", "clickhouse-client", "clickhouse", "cockroach", "usql",
        "prisma", "knex", "sequelize", "sequelize-cli", "alembic", "flyway", "dbmate", "goose", "migrate", "drizzle-kit", "typeorm", "atlas",
        "doppler",
        // Keycloak's admin CLI, which acts in a realm (`-r`, `--target-realm`).
        "kcadm.sh", "kcadm",
    ]).union(postgresClients).union(mysqlClients).union(mongoClients)
    /// Database clients by family, their dump, load, backup and admin tools with them: each
    /// takes its server by `-h`/`--host` (and a URL or a database name as an argument).
    static let postgresClients: Set<String> = [
        "psql", "pg_dump", "pg_dumpall", "pg_restore", "dropdb", "createdb", "vacuumdb", "reindexdb", "clusterdb", "createuser", "dropuser",
        "pg_basebackup", "pg_receivewal", "pg_recvlogical", "pg_isready", "pg_amcheck", "pgbench", "pgcli",
    ]
    static let mysqlClients: Set<String> = [
        "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlpump", "mysqlcheck", "mysqlshow", "mysqlbinlog", "mysqlsh", "mycli",
        "mariadb", "mariadb-dump", "mariadb-admin", "mariadb-import", "mariadb-check", "mariadb-show", "mariadb-binlog", "mydumper", "myloader",
    ]
    static let mongoClients: Set<String> = ["mongosh", "mongo", "mongodump", "mongorestore", "mongoexport", "mongoimport", "mongofiles", "mongostat", "mongotop"]
    /// Long options that name a target in any remote tool.
    static let targetOptions = OptionSpec([
        "--namespace", "--context", "--kube-context", "--cluster", "--project", "--project-id", "--project-ref", "--app",
        "--stack", "--stack-name", "--workspace", "--profile", "--environment", "--env", "--stage", "--target-env", "--subscription",
        "--resource-group", "--site", "--inventory", "--inventory-file", "--var-file", "--values", "--kubeconfig", "--host",
        "--hostname", "--server", "--db-url", "--database-url", "--connection", "--connection-string", "--dsn", "--remote", "--uri",
        "--region", "--limit", "--configuration", "--destination", "--deployment", "--duplicate", "--settings", "--dbname", "--database", "--databases",
        "--name", "--address", "-address", "--url", "-url", "--endpoint", "--endpoints", "--target", "--config-env",
        "-chdir", "--chdir", "-state", "-state-out", "-backend-config", "--state", "--backend-config", "--directory", "--cwd", "--workdir", "--working-dir", "--terragrunt-working-dir", "--filename", "--kustomize",
        // MySQL's named login path, option group and option files, which hold the server and the
        // account (`--login-path=production`, `--defaults-group-suffix=_prod`, `--defaults-extra-file=~/.my.prod.cnf`).
        "--login-path", "--defaults-group-suffix", "--defaults-file", "--defaults-extra-file",
        // A time-series store's bucket and organisation (`influx delete --bucket app-prod-metrics`).
        "--bucket", "--org",
        // A secret by name (`gcloud secrets versions access latest --secret=shop-prod-db`).
        "--secret", "--secret-name",
        // An identity server's realm (Keycloak's `kcadm.sh get users --target-realm shop-production`).
        "--realm", "--target-realm",
        // HashiCorp's single-dash spellings of a datacenter and a namespace (`consul catalog
        // services -datacenter=prod`, `nomad job status -namespace=production`).
        "-datacenter", "--datacenter", "-namespace",
        // What a grant or a search is limited to (`atlas dbusers create … --scope shop-prod`,
        // `gcloud asset search-all-resources --scope=projects/shop-prod`): where it acts.
        "--scope",
    ].joined(separator: "|"))
    /// Short spellings per tool.
    static let shortOptions: [String: String] = [
        // kubectl's `--user` is a kubeconfig user, named for the cluster it may act on.
        "kubectl": "-n|-f|-k|--user", "oc": "-n|-f|-k|--user", "kubecolor": "-n|-f|-k|--user", "helm": "-n|-f", "helmfile": "-e|-f", "argocd": "-N",
        "k9s": "-n", "flux": "-n", "stern": "-n", "kubetail": "-n", "kail": "--ns",
        "railway": "-e|-s|-p", "fly": "-a|-c", "flyctl": "-a|-c", "heroku": "-a|-r", "pulumi": "-s|-C|--source|--dest", "kamal": "-d",
        "serverless": "-s", "sls": "-s", "ansible": "-i|-l", "ansible-playbook": "-i|-l", "firebase": "-P",
        // Sentry's project and organisation (`sentry-cli releases new -p shop-production-api …`).
        "sentry-cli": "-p|-o|-e",
        // az: `-g` resource group, `-n` name, `-s` subscription (or slot), `-w` a Log
        // Analytics, Machine Learning or Synapse workspace.
        "az": "-g|-n|-s|-w|--workspace-name",
        "psql": "-h|-d", "pg_dump": "-h|-d", "pg_restore": "-h|-d", "pgcli": "-h|-d", "pg_basebackup": "-h|-d", "pg_receivewal": "-h|-d", "pg_recvlogical": "-h|-d",
        "mysql": "-h|-D", "mariadb": "-h|-D", "mycli": "-h|-D", "mysqlsh": "-h",
        "clickhouse-client": "-h|-d", "clickhouse": "-h|-d",
        // dbmate's `-e` names the variable that holds the database URL (`-e PRODUCTION_DATABASE_URL`).
        "dbmate": "-e|-u",
        "salt": "-G|-C|-N|-L|-E|-I|-P|--grain|--compound|--nodegroup|--list|--pcre|--pillar", "salt-ssh": "-G|-C|-N|-L|-E|--roster-file",
        "redis-cli": "-h|-u", "valkey-cli": "-h|-u", "keydb-cli": "-h|-u", "sqlcmd": "-S|-d", "docker": "-c|-H", "podman": "-c|-H", "cap": "", "gh": "-e",
        // doppler's config is its environment (`doppler run -p backend -c prd`).
        "doppler": "-c|--config|-p",
        // A named connection of a database client's settings file (`snowsql -c prod`).
        "snowsql": "-c|-a|--accountname|-d|--dbname",
        // A parameter's or secret's hierarchical name (`--path /prod/api/`, `--secret-id prod/db`).
        "aws": "--path|--names|--secret-id",
        // Keycloak's admin CLI: `-r` is the realm it acts in.
        "kcadm.sh": "-r", "kcadm": "-r",
    ].merging(
        // The rest of each family: its host by `-h` (mongosh's `-h` is help).
        postgresClients.union(mysqlClients).union(mongoClients.subtracting(["mongosh", "mongo"])).map { ($0, "-h") },
        uniquingKeysWith: { own, _ in own })
    /// Options whose values are `key=value` settings: a key that names an environment counts.
    static let settingOptions = OptionSpec("-e|--extra-vars|-var|--var|--set|--set-string|-f|-F|--field|--raw-field|-c|--config|--build-arg|--context-var|--param|--parameter|--params|-x|--parameters|--variables|--variable|--vars")
    static let environmentKeys: Set<String> = ["environment", "env", "stage", "target_env", "deploy_env", "tier", "target", "workspace", "stack", "app_env", "rails_env", "node_env"]
    /// Variables that name an environment (besides the catalog's per-tool ones).
    static let environmentVariables: [String] = [
        "ENVIRONMENT", "ENV", "STAGE", "DEPLOY_ENV", "TARGET_ENV", "APP_ENV", "APP_ENVIRONMENT", "NODE_ENV", "RAILS_ENV", "RACK_ENV",
        "FLASK_ENV", "MIX_ENV", "DJANGO_SETTINGS_MODULE", "SPRING_PROFILES_ACTIVE", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT",
        "KUBE_CONTEXT", "KUBE_NAMESPACE", "HELM_NAMESPACE", "TF_VAR_environment", "TF_VAR_env", "SLS_STAGE", "SERVERLESS_STAGE",
        // Where a cloud CLI or its SDK (which infrastructure tools use) acts: a profile, a
        // project, a configuration, a server's address.
        "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "CLOUDSDK_CORE_PROJECT", "CLOUDSDK_ACTIVE_CONFIG_NAME", "GOOGLE_CLOUD_PROJECT",
        "AZURE_PROFILE", "SST_STAGE",
    ]
    /// Programs that run a project's own tasks and scripts: their words count when the task
    /// deploys or migrates (`npm run deploy:prod`, `make migrate-production`, `./deploy.sh prod`).
    static let taskRunners: Set<String> = [
        "npm", "yarn", "pnpm", "bun", "make", "just", "task", "rake", "rails", "mix", "fab", "invoke", "python", "python3", "node",
        "deno", "php", "artisan", "manage.py", "django-admin", "sh", "bash", "zsh", "poetry", "uv", "bundle", "dotnet",
    ]
    /// Words of a task that acts on an environment's data or deployment.
    static let remoteVerbs: Set<String> = [
        "deploy", "deployment", "migrate", "migration", "migrations", "db", "database", "seed", "rollback", "destroy", "teardown",
        "provision", "promote", "console", "dbshell", "release", "publish", "apply", "upgrade", "downgrade",
        // Running code against the environment's data: `rails runner`, `manage.py shell`, and
        // scripts named for what they do to it (`node scripts/backfill-orders.js`).
        "runner", "shell", "tinker", "backfill", "reindex", "reprocess", "purge", "cleanup", "repair",
        // Credentials replaced where they are used (`rotate-keys.sh`).
        "rotate",
        // A database restored, recovered or failed over where it runs (`pgbackrest … restore`,
        // `patronictl failover`).
        "restore", "recover", "failover", "switchover",
        // A task that empties or drops a database or store (`mix ecto.drop`, `rake db:truncate`,
        // `npm run cache:flush`) does so to the environment's.
        "drop", "reset", "truncate", "wipe", "flush",
    ]
    /// An interpreter running one of the project's scripts by its path (`NODE_ENV=production
    /// node scripts/reconcile-payouts.js`): the script runs with the configuration its
    /// variables select, so the environment they name is where it acts — unless it is named
    /// for building, testing or serving here (`scripts/build.js`, `dev-server.js`).
    static func runsProjectScript(_ view: ExecView, scriptNames: [String]) -> Bool {
        guard let script = scriptNames.first, view.programKeys.contains(where: interpreters.contains) else { return false }
        let a = view.arguments
        // The script follows `run` for some (`deno run -A scripts/x.ts`, `bun run scripts/x.ts`).
        var named = a.positionals.prefix(2).map { a.items[$0].text }
        if named.first == "run", view.programKeys.contains(where: scriptRunSubcommands.contains) { named.removeFirst() }
        guard let first = named.first, ExecView.basename(first) == script else { return false }
        // A script that exports reads the data where its configuration points
        // (`scripts/export-ledger.ts`), unlike a build's `export` of static files.
        return !Words.split(script).contains { localTaskWords.contains($0) && $0 != "export" }
    }

    /// A project's own executable run by its path (`./bin/shop-admin users:count`,
    /// `scripts/reindex.sh`), as an interpreter's script is (`runsProjectScript`): a variable
    /// naming an environment in front of it (`APP_ENV=production`) is where it acts, unless it
    /// or its task is named for building, testing or serving here. Not a package's binary
    /// (`./node_modules/.bin/webpack`).
    static func runsProjectExecutable(_ view: ExecView, taskWords: [String]) -> Bool {
        guard let argv0 = view.request.argv.first, argv0.contains("/"), !argv0.hasPrefix("/"), !argv0.hasPrefix("~"), !argv0.hasPrefix("$"),
              !argv0.split(separator: "/").contains(where: { ["node_modules", "vendor", ".venv", "venv", ".bin"].contains($0) }) else { return false }
        let name = ExecView.basename(argv0)
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? String(name)
        return !isLocalTask([stem] + taskWords)
    }

    /// Programs whose first positional is the script they run.
    static let interpreters: Set<String> = ["python", "python3", "node", "deno", "bun", "php", "ruby", "perl", "sh", "bash", "zsh", "uv", "poetry",
                                            "ts-node", "tsx", "vite-node", "esno", "go"]
    /// Interpreters whose script follows a `run` (`deno run -A x.ts`, `go run ./cmd/x`).
    static let scriptRunSubcommands: Set<String> = ["deno", "bun", "go"]
    static let infrastructureTools: Set<String> = ["terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "serverless", "sls", "ansible-playbook", "helmfile", "kamal", "cap", "sst"]
    /// Remote tools whose positionals are files, patterns or commands rather than resources.
    static let positionalsNotResources: Set<String> = ["kubectl", "oc", "kubecolor", "docker", "podman", "gh", "ansible-playbook", "kubectx", "kubens", "kustomize", "terraform", "tofu", "terragrunt", "pulumi", "rclone", "mc"]

    /// The places `view`'s command names its target.
    static func places(_ view: ExecView, project: String) -> [NamedPlace] {
        var out = queryPlaces(view) + liveKeyPlaces(view) + graphQLArgumentPlaces(view)
        let a = view.arguments
        let keys = view.programKeys
        let tool = keys.first(where: remoteTools.contains)
        let words = a.positionals.map { a.items[$0].text }
        // What names a task: its words, not the files it is given (`python3 - ~/.ssh/deploy_prod`
        // reads a key; it deploys nothing). An interpreter's first positional is its script
        // (when the command is not already seen as the script itself, `bash deploy.sh prod`).
        let interpreter = keys.contains(where: interpreters.contains) && !isProjectScript(view)
        // A runner's script after its `run` (`deno run -A scripts/sync.ts`, `bun run
        // scripts/seed.ts`, `go run ./cmd/migrate`).
        let scriptAt = interpreter && keys.contains(where: scriptRunSubcommands.contains) && words.first == "run" ? 1 : 0
        // The build configuration dotnet is given is no task word (`dotnet build -c Release`
        // builds; it releases nothing).
        let configurations: Set<Int> = keys.contains("dotnet") ? Set(a.positionals.filter { i in
            i > 0 && a.items[i - 1].inlineValue == nil && ["-c", "--configuration"].contains(a.items[i - 1].text)
        }) : []
        let taskPositionals = a.positionals.enumerated().filter { n, i in
            (!a.items[i].text.contains("/") || (interpreter && n == scriptAt)) && !configurations.contains(i)
        }.map(\.element)
        let taskWords = taskPositionals.map { a.items[$0].text }
        // A runner's script is named for what it does (`mix run priv/repo/backfill_invoices.exs`).
        let scriptNames = a.positionals.map { a.items[$0].text }.filter { w in
            w.contains("/") && [".exs", ".rb", ".py", ".js", ".mjs", ".cjs", ".ts", ".php", ".sh"].contains { w.hasSuffix($0) }
        }.map { String(ExecView.basename($0)) }
        if let tool {
            // docker's --env and -e set a container's variables: only its context and host name a target.
            let containerTool = tool == "docker" || tool == "podman"
            for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
                let next = i + 1 < a.items.count ? a.items[i + 1] : nil
                if !containerTool, let v = targetOptions.value(of: item, next: next) { out.append(NamedPlace(source: String(item.name), value: String(v), joined: true)) }
                if containerTool, let v = OptionSpec("--context|--host|--connection").value(of: item, next: next) { out.append(NamedPlace(source: String(item.name), value: String(v))) }
                // Compose's files and project name, when the verb runs or changes containers
                // (`docker compose -f compose.prod.yml up -d`, `-p shop-prod down`; not `build`).
                if containerTool, composeActs(a), let v = OptionSpec("-f|--file|-p|--project-name").value(of: item, next: next) {
                    out.append(NamedPlace(source: "compose \(item.name)", value: String(v)))
                }
                if let short = shortOptions[tool], !short.isEmpty, let v = OptionSpec(short).value(of: item, next: i + 1 < a.items.count ? a.items[i + 1] : nil) {
                    out.append(NamedPlace(source: item.kind == .long ? String(item.name) : String(item.name.prefix(2)), value: String(v), joined: true))
                }
                if !containerTool, let v = settingOptions.value(of: item, next: next) { settings(String(v), source: String(item.name), into: &out) }
            }
            if !containerTool { out.append(contentsOf: spelledPlaces(a, acting: true)) }
            // A label selector names the environment of the objects it selects (`-l env=production`).
            for v in a.values(of: OptionSpec("-l|--selector|--label-selector")) {
                for (key, value) in keyedValues(v) where isTagKey(key.lowercased()) { out.append(NamedPlace(source: "selector \(key)", value: String(value))) }
            }
            positionals(tool: tool, a, words, into: &out)
            // URLs anywhere in a remote tool's arguments (`aws s3 rm s3://acme-prod-assets/x`,
            // `kubectl --server=https://prod-k8s…`): their hosts.
            for i in a.positionals {
                let text = a.items[i].text
                if text.contains("://"), let host = TargetExtractor.host(in: Substring(text)) { out.append(NamedPlace(source: "URL", value: host, isHost: true)) }
                // A storage URL's folder named for an environment, whole (`s3://backups/db/production/`):
                // that environment's objects.
                if text.hasPrefix("s3://") || text.hasPrefix("gs://") {
                    for segment in text.dropFirst(5).split(separator: "/").dropFirst() where segment.count <= 12 && segment.allSatisfy({ $0.isASCII && $0.isLetter }) {
                        out.append(NamedPlace(source: "storage folder", value: String(segment)))
                    }
                }

            }
            // Compose takes its project, and its files, from the directory too.
            if infrastructureTools.contains(tool) || tool == "kubectl" || tool == "helm" || (containerTool && composeActs(a)) {
                // `cd envs/prod && terraform apply`: the directory inside the project names it.
                if Expansion.isWithin(view.request.cwd, project), view.request.cwd.count > project.count {
                    out.append(NamedPlace(source: "working directory", value: String(view.request.cwd.dropFirst(project.count))))
                }
            }
        }
        // A ZFS dataset or snapshot, an LVM volume group's volume (`zfs destroy
        // tank/shop-prod@daily`, `lvremove vg0/shop-prod-data`): named by the team.
        if keys.contains(where: volumeManagers.contains) {
            // Pools and datasets are one identifier each (`prodpool/shop`): a name inside counts.
            for (n, i) in a.positionals.enumerated() where a.items[i].text.contains("/") || a.items[i].text.contains("@")
                || (keys.contains("zpool") && n > 0 && Words.isIdentifier(a.items[i].text)) {
                out.append(NamedPlace(source: "\(keys[0]) volume", value: a.items[i].text))
                for part in a.items[i].text.split(whereSeparator: { $0 == "/" || $0 == "@" }) where Words.isIdentifier(String(part)) {
                    out.append(NamedPlace(source: "\(keys[0]) volume", value: String(part), joined: true))
                }
            }
        }
        // Salt's minion keys by id or glob (`salt-key -d 'shop-prd-*'`), Chef's nodes by their
        // environment (`knife search node "chef_environment:production"`, `knife … -E prod`).
        if keys.contains("salt-key") {
            for v in a.values(of: OptionSpec("-d|--delete|-a|--accept|-r|--reject|-p|--print|-f|--finger")) { out.append(NamedPlace(source: "salt-key minion", value: String(v))) }
        }
        if keys.contains("knife") {
            for v in a.values(of: OptionSpec("-E|--environment")) { out.append(NamedPlace(source: "knife -E", value: String(v))) }
            for i in a.positionals {
                var rest = Substring(a.items[i].text)
                while let r = rest.range(of: "chef_environment:") {
                    let value = rest[r.upperBound...].prefix(while: { !$0.isWhitespace && $0 != ")" })
                    out.append(NamedPlace(source: "chef_environment", value: String(value)))
                    rest = rest[r.upperBound...]
                }
            }
        }
        // Filters and tags whose key says environment, in AWS's shorthand (`--filters
        // Name=tag:env,Values=production`, `--tags Key=Environment,Value=prod`): the resources
        // the command selects or makes are that environment's.
        if keys.contains("aws") { out.append(contentsOf: awsTagPlaces(a)) }
        // A label or tag compared in a cloud CLI's filter or query (`gcloud … list
        // --filter="labels.env=production"`, `az vm list --query "[?tags.env=='prod']"`), and
        // a remote tool's search that selects by environment (`sentry-cli issues list --query
        // 'environment:production is:unresolved'`): that environment's resources or data.
        if keys.contains(where: { Operations.families[$0]?.listsResources ?? false }) {
            for v in a.values(of: filterOptions) { out.append(contentsOf: selectedEnvironments(v, labelsOnly: true)) }
        }
        if keys.contains(where: remoteTools.contains) {
            for v in a.values(of: searchOptions) { out.append(contentsOf: selectedEnvironments(v, labelsOnly: false)) }
        }
        // A parallel ssh's hosts file (`pssh -h hosts/production.txt …`).
        if keys.contains(where: isSSHLike) {
            for v in a.values(of: OptionSpec("-h|--hosts")) { out.append(NamedPlace(source: "hosts file", value: String(v))) }
        }
        // Variables a tool reads for where it acts, whatever its verb (`HELM_KUBECONTEXT=prod helm
        // list`, `RESTIC_REPOSITORY=s3:…/shop-prod-backups restic snapshots`).
        for key in keys {
            for name in toolTargetVariables[key] ?? [] {
                if let v = view.request.environment[name], !v.isEmpty { out.append(NamedPlace(source: name, value: v)) }
            }
        }
        // Alembic's configuration section, which holds the database URL (`alembic -n production
        // upgrade head`).
        if keys.contains("alembic") {
            for v in a.values(of: OptionSpec("-n|--name")) { out.append(NamedPlace(source: "alembic -n", value: String(v))) }
            // Its configuration file, named for the database it reaches (`-c alembic.prod.ini`).
            for v in a.values(of: OptionSpec("-c|--config")) { out.append(NamedPlace(source: "alembic -c", value: String(v))) }
            // The arguments its env.py reads, whatever their keys are named (`-x db=production`,
            // `-x tenant=shop-prod`): a project passes the database to reach this way.
            for v in a.values(of: OptionSpec("-x")) {
                guard let eq = v.firstIndex(of: "="), eq != v.startIndex else { continue }
                out.append(NamedPlace(source: "alembic -x \(v[..<eq])", value: String(v[v.index(after: eq)...])))
            }
        }
        // TypeORM's data source, a module named for the database it reaches
        // (`typeorm migration:run -d dist/data-source.production.js`).
        if keys.contains("typeorm") || keys.contains(where: { $0.hasPrefix("typeorm-") }) {
            for v in a.values(of: OptionSpec("-d|--dataSource|--data-source")) { out.append(NamedPlace(source: "typeorm data source", value: String(v))) }
        }
        // An application run from its jar (`SPRING_PROFILES_ACTIVE=production java -jar app.jar`,
        // `java -Dspring.profiles.active=prod -jar app.jar`): the profile it runs with is
        // where it connects.
        if keys.contains("java"), view.request.argv.contains("-jar") {
            for (name, v) in view.request.environment where !v.isEmpty && isSelectionVariable(name) { out.append(NamedPlace(source: name, value: v)) }
            out.append(contentsOf: propertyEnvironmentPlaces(view.request.argv, taskWords: ["run"]))
        }
        // Laravel's environment (`php artisan tinker --env=production`), unless the task only
        // builds or checks here.
        if keys.contains("artisan") || words.first == "artisan", !isLocalTask(taskWords + scriptNames) {
            for v in a.values(of: OptionSpec("--env")) { out.append(NamedPlace(source: "artisan --env", value: String(v))) }
        }
        // A backup repository by its path (`borg create /mnt/backups/shop-prod.borg::…`,
        // `restic -r s3:…/shop-prod forget …`): whose data it keeps.
        if keys.contains("borg") {
            for i in a.positionals where a.items[i].text.contains("::") { out.append(NamedPlace(source: "borg repository", value: a.items[i].text)) }
            // The repository is the word after the verb, an archive or not (`borg list
            // /srv/borg/shop-production`, `borg info ssh://…/./shop-prod`).
            let named = a.positionals.filter { !a.items[$0].mayBeValue }
            if named.count > 1, case let repo = a.items[named[1]].text, !repo.contains("::"), repo.contains("/") || repo.contains(":") {
                out.append(NamedPlace(source: "borg repository", value: repo))
            }
        }
        if keys.contains("restic") || keys.contains("kopia") {
            for v in a.values(of: OptionSpec("-r|--repo|--repository")) { out.append(NamedPlace(source: "\(keys[0]) repository", value: String(v))) }
        }
        // A Rails command's environment (`rails dbconsole -e production`, `bin/rails runner -e
        // production …`), unless the task only builds or checks here.
        if keys.contains("rails"), !isLocalTask(taskWords + scriptNames) {
            for v in a.values(of: OptionSpec("-e|--environment")) { out.append(NamedPlace(source: "rails -e", value: String(v))) }
        }
        // Every Rails and Rake task loads the environment's database configuration: one set for
        // it (`RAILS_ENV=production bundle exec rake orders:recount`) is where the task acts,
        // unless it only builds or checks here (`assets:precompile`, `spec`).
        if keys.contains("rails") || keys.contains("rake"), !isLocalTask(taskWords + scriptNames) {
            for name in ["RAILS_ENV", "RACK_ENV"] {
                if let v = view.request.environment[name], !v.isEmpty { out.append(NamedPlace(source: name, value: v)) }
            }
        }
        // A program no grammar or list knows: where it connects, and, when its verb acts
        // (deploys, updates, deletes, reads), the environment its options and arguments name.
        let unknown = tool == nil && isUnknownProgram(view)
        if unknown { out.append(contentsOf: unknownProgramPlaces(view) + positionalHostPlaces(a, keys: keys)) }
        // Databricks' file system paths (`dbfs:/mnt/shop-prod/raw`), to any program: a mount is
        // named for the storage it stands for, as a bucket is.
        for i in a.positionals where a.items[i].text.hasPrefix("dbfs:/") {
            for segment in a.items[i].text.dropFirst(5).split(separator: "/").prefix(4) { out.append(NamedPlace(source: "dbfs path", value: String(segment))) }
        }
        // Buckets of a storage command's `bucket/key` arguments, where buckets have no scheme
        // (the clouds' CLIs write `s3://…`, `gs://…`, read as URLs).
        if unknown || tool.map({ !positionalsNotResources.contains($0) && !["aws", "gcloud", "gsutil", "az", "bq"].contains($0) }) == true {
            out.append(contentsOf: storagePathPlaces(a))
        }
        if keys.contains(where: httpClients.contains) { out.append(contentsOf: requestDataPlaces(a)) }
        if tool != nil || unknown { out.append(contentsOf: apiParameterPlaces(a)) }
        // A database connection handed to any other program by an option named for it
        // (`dotnet ef database update --connection "Server=sql-prod…;…"`, a build tool's
        // `--database-url postgres://…`): where it connects.
        if tool == nil, !unknown { out.append(contentsOf: connectionOptionPlaces(a)) }
        if tool == nil, !unknown, isProjectScript(view), !keys.contains(where: { Operations.families[$0] != nil }) {
            out.append(contentsOf: projectScriptConnectionPlaces(a))
        }
        out.append(contentsOf: secretStorePlaces(view) + decryptionPlaces(view))
        if !keys.contains(where: Operations.textTools.contains) {
            out.append(contentsOf: keywordConnectionPlaces(a) + arnPlaces(a))
            out.append(contentsOf: propertyEnvironmentPlaces(view.request.argv, taskWords: taskWords + scriptNames))
            out.append(contentsOf: propertyConnectionPlaces(view.request.argv))
            out.append(contentsOf: embeddedConnectionPlaces(a) + variableReferencePlaces(a))
        }
        // Variables set for the command, when it deploys or migrates (building for production
        // is not acting on it).
        // A project's own CLI whose verb path acts there (`ENVIRONMENT=live ./bin/shop-cli
        // orders:export`) counts as such a task too.
        let scriptActs = isProjectScript(view) && !keys.contains(where: { Operations.families[$0] != nil }) && {
            let verbs = verbWords(a)
            return verbs.contains(where: isVerb) && !onlyLocal(verbs)
        }()
        // A build step named for what it prepares (`mix assets.deploy`: the assets built and
        // digested here) makes files here: the environment it names is the build's.
        // (Filtered only when some word acts: the common command has none.)
        let projectScript = runsProjectScript(view, scriptNames: scriptNames) || runsProjectExecutable(view, taskWords: taskWords)
        let remote = (tool.map(infrastructureTools.contains) ?? false)
            || (actsRemotely(taskWords + scriptNames, keys: keys)
                && actsRemotely(taskWords.filter { w in !Words.split(w).contains(where: localTaskWords.contains) } + scriptNames, keys: keys))
            || actsRemotely(scriptNames, keys: [], plurals: true) || scriptActs || projectScript
        // A shell's `-c` script is decided command by command (innerCommands), not as one task.
        let shellScript = keys.contains(where: CompiledPolicy.shells.contains) && a.items.contains { $0.kind == .short && $0.name.contains("c") }
        let script = !shellScript && !keys.contains(where: { Operations.families[$0] != nil }) && (keys.contains(where: taskRunners.contains) || isProjectScript(view))
        if remote && (tool != nil || script || unknown || projectScript || keys.contains(where: taskRunners.contains)) {
            for name in environmentVariables {
                if let v = view.request.environment[name], !v.isEmpty { out.append(NamedPlace(source: name, value: v)) }
            }
        }
        // The application itself run with its framework's configuration for an environment
        // (`ASPNETCORE_ENVIRONMENT=Production dotnet run`, `APP_ENV=prod php bin/console
        // messenger:consume`, `java -jar app.jar --spring.profiles.active=prod`): it connects
        // to that environment's database, queues and caches.
        if tool == nil { out.append(contentsOf: applicationRunPlaces(view, a, taskWords: taskWords)) }
        // A settings module named for an environment configures everything the program reaches
        // (`DJANGO_SETTINGS_MODULE=shop.settings.production python manage.py showmigrations`):
        // any task run with it acts there, unless it only builds or checks here.
        if tool == nil, script || unknown || keys.contains(where: taskRunners.contains), !isLocalTask(taskWords + scriptNames) {
            out.append(contentsOf: settingsModulePlaces(view.request.environment))
            // The same module given as Django's option (`manage.py loaddata … --settings=shop.settings.production`).
            for v in a.values(of: OptionSpec("--settings")) {
                if let last = settingsName(String(v)) { out.append(NamedPlace(source: "--settings", value: last)) }
            }
        }
        // Variables named for what they select, set on a command that acts (`FLASK_CONFIG=production
        // flask run`; not one that only builds, `BUILD_CONFIG=production waf build`), and
        // connection variables whose value is a URL, on any program that connects
        // (`MLFLOW_TRACKING_URI=https://mlflow.prod… mlflow runs list`).
        let verbs = unknown ? verbWords(a) : []
        let actingUnknown = !verbs.isEmpty && !onlyLocal(verbs)
        if (remote || actingUnknown) && (tool != nil || script || unknown || keys.contains(where: taskRunners.contains)) {
            for (name, v) in view.request.environment where !v.isEmpty && !environmentVariables.contains(name) && isSelectionVariable(name)
                && (!isConfigurationLocation(name) || familyReads(name, keys: keys)) {
                out.append(NamedPlace(source: name, value: v))
            }
        }
        // The credentials or configuration file a remote tool acts with, whatever the verb
        // (`GOOGLE_APPLICATION_CREDENTIALS=…/prod-sa.json`, `AWS_CONFIG_FILE=…/config.prod`).
        if tool != nil {
            for (name, v) in view.request.environment where (v.contains("/") || v.contains(".")) && !v.contains("://")
                && (isCredentialsFileVariable(name) || (isConfigurationLocation(name) && familyReads(name, keys: keys))) {
                out.append(NamedPlace(source: name, value: v))
            }
        }
        if tool != nil || unknown || script {
            for (name, v) in view.request.environment where isConnectionVariable(name) && v.contains("://") {
                // A list of URLs (`ETCDCTL_ENDPOINTS=https://a:2379,https://b:2379`): each one's host.
                for url in v.split(separator: ",") {
                    if let host = TargetExtractor.host(in: url) { out.append(NamedPlace(source: name, value: host, isHost: true)) }
                }
                if let database = databaseName(inURL: Substring(v)) { out.append(NamedPlace(source: "\(name) database", value: database)) }
            }
            // A connection set from another variable or from what a command prints, in a line as
            // typed (`DATABASE_URL=$FW_PROD_DATABASE_URL npx prisma migrate deploy`,
            // `DATABASE_URL=$(grep DATABASE_URL .env.production | cut -d= -f2-) node x.js`): the
            // variable's name and the files the command reads name where it connects. (At an
            // exec the shell has put the value itself here.)
            for (name, v) in view.request.environment where v.hasPrefix("$") && (isConnectionVariable(name) || isCredentialVariable(name)) {
                variableReferences(in: Substring(v), into: &out)
                if v.hasPrefix("$(") {
                    for word in v.dropFirst(2).split(separator: " ") where word.contains(".") || word.contains("/") {
                        if !word.hasPrefix("-"), !word.contains("://") { out.append(NamedPlace(source: "\(name) from", value: String(word))) }
                    }
                }
            }
            // A host given bare (`PGHOST=pg-prod-1.internal`, `REDIS_HOST=cache.prod:6379`).
            for (name, v) in view.request.environment where isConnectionVariable(name) && !v.contains("://") && !v.contains(" ") && !v.contains("/") {
                for host in v.split(separator: ",") where host.contains(".") || host.contains("-") {
                    let bare = host.split(separator: ":").first.map(String.init) ?? String(host)
                    out.append(NamedPlace(source: name, value: bare, isHost: true))
                }
            }
        }
        // A project's deploy or migrate task: its words and options name the target.
        if tool == nil, script, actsRemotely(taskWords, keys: keys) {
            // Run from a directory named for where it deploys (`cd deploy/production &&
            // ./deploy.sh`), as an infrastructure tool's directory names its target.
            if Expansion.isWithin(view.request.cwd, project), view.request.cwd.count > project.count {
                out.append(NamedPlace(source: "working directory", value: String(view.request.cwd.dropFirst(project.count))))
            }
            let mode = a.positionals.first { setsMode(a.items[$0].text) }
            for (i, item) in a.items.enumerated() {
                if item.kind == .positional {
                    if taskPositionals.contains(i), mode.map({ i <= $0 }) ?? true { out.append(NamedPlace(source: "task", value: item.text)) }
                } else if let v = item.inlineValue {
                    out.append(NamedPlace(source: String(item.name), value: String(v)))
                } else if i + 1 < a.items.count, a.items[i + 1].kind == .positional {
                    continue  // its value is a positional, read above
                }
            }
            if isProjectScript(view) { out.append(NamedPlace(source: "script", value: String(ExecView.basename(view.request.argv.first ?? "")))) }
        }
        // A project's own script told which environment to act in (`python scripts/stats.py
        // --env production`, `go run ./cmd/audit -env=prod`, `ruby script/audit.rb production`),
        // whatever it does there, unless it is named for building, testing or serving here.
        if tool == nil, script || interpreter { out.append(contentsOf: scriptEnvironmentPlaces(view, a, scriptAt: interpreter ? scriptAt : nil, taskWords: taskWords + scriptNames)) }
        return out
    }

    /// Options a project's script takes for the environment it acts in.
    static let scriptEnvironmentOptions = OptionSpec("--env|--environment|--stage|--target-env|-env|-environment")

    /// The environment a project's script (run by its path, or by an interpreter at `scriptAt`)
    /// is given by an option or as a bare word after it; nothing for a script named for
    /// building, testing or serving here.
    static func scriptEnvironmentPlaces(_ view: ExecView, _ a: Arguments, scriptAt: Int?, taskWords: [String]) -> [NamedPlace] {
        let script: String
        if let scriptAt {
            guard scriptAt < a.positionals.count, case let path = a.items[a.positionals[scriptAt]].text, path.contains("/") || path.contains(".") else { return [] }
            script = path
        } else {
            guard isProjectScript(view) else { return [] }
            script = view.request.argv.first ?? ""
        }
        // What it is given first: most scripts are given no environment, and nothing else is
        // looked at.
        var given = a.values(of: scriptEnvironmentOptions).map { ("environment option", String($0)) }
        let after = scriptAt.map { at in a.positionals.dropFirst(at + 1) } ?? a.positionals[...]
        for i in after where !a.items[i].mayBeValue && !a.items[i].afterDoubleDash {
            let word = a.items[i].text
            if !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) { given.append(("argument", word)) }
        }
        guard !given.isEmpty else { return [] }
        let name = String(ExecView.basename(script))
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        // A script that exports reads the data where it is pointed (`scripts/export-ledger.ts`).
        // Not the mode a program is set to run in (`bin/magento deploy:mode:set production`).
        let local = ([stem] + taskWords).contains { w in Words.split(w).contains { localTaskWords.contains($0) && $0 != "export" } }
        guard !local, !a.positionals.contains(where: { setsMode(a.items[$0].text) }) else { return [] }
        return given.map { NamedPlace(source: "\(name) \($0.0)", value: $0.1) }
    }

    /// The resource an API's path names after its collection (`projects/shopprodref01`,
    /// `branches/production`, `apps/shop-live`): one identifier, a name inside it counts.
    static func namedResourcePlaces(_ path: [Substring]) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (n, segment) in path.enumerated().dropLast() where resourceCollections.contains(segment.lowercased()) {
            let next = String(path[n + 1])
            if Words.isIdentifier(next) { out.append(NamedPlace(source: "URL path \(segment)/", value: next, joined: true)) }
        }
        return out
    }

    static let resourceCollections: Set<String> = [
        "projects", "apps", "applications", "services", "databases", "sites", "clusters", "instances", "branches", "heads", "stacks", "workspaces", "volumes",
        "postgres", "redis", "key-value", "buckets", "machines", "deployments", "functions", "servers", "droplets",
    ]

    static let volumeManagers: Set<String> = ["zfs", "zpool", "lvremove", "lvcreate", "lvextend", "lvreduce", "lvresize", "lvrename", "lvconvert", "lvs", "lvdisplay"]

    /// `Name=tag:env,Values=production` and `Key=Environment,Value=prod` in any option value,
    /// and their JSON forms (`--filter '{"Tags":{"Key":"env","Values":["production"]}}'`,
    /// `--filters '[{"Name":"tag:env","Values":["prod"]}]'`).
    static func awsTagPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items {
            let text = item.kind == .positional ? Substring(item.text) : (item.inlineValue ?? "")
            if text.first == "{" || text.first == "[", let json = try? StrictJSON.parse(String(text), maxDepth: 16) {
                jsonTagPlaces(json, into: &out)
                continue
            }
            guard text.contains("=") else { continue }
            var key: Substring?
            for field in text.split(separator: ",") {
                guard let eq = field.firstIndex(of: "=") else { key.map { if environmentKey($0) { out.append(NamedPlace(source: "tag \($0)", value: String(field))) } }; continue }
                let name = field[..<eq].lowercased()
                let value = field[field.index(after: eq)...]
                if name == "name" || name == "key" { key = value.hasPrefix("tag:") ? value.dropFirst(4) : value; continue }
                if name == "values" || name == "value", let k = key, environmentKey(k) { out.append(NamedPlace(source: "tag \(k)", value: String(value))) }
            }
        }
        return out
    }

    /// A cloud CLI's filter and query options.
    static let filterOptions = OptionSpec("--filter|--query|--filters")
    /// A remote tool's search options.
    static let searchOptions = OptionSpec("--query|--search")

    /// The `KEY=VALUE`, `KEY:VALUE` and `KEY=='VALUE'` of a filter, query or search whose key
    /// says environment; with `labelsOnly`, only a label's or a tag's (`labels.env`,
    /// `tags.stage`), as a cloud CLI's filter names them.
    static func selectedEnvironments(_ text: Substring, labelsOnly: Bool) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for (key, value) in keyedValues(text) {
            let lowered = key.lowercased()
            let label = lowered.hasPrefix("labels.") ? lowered.dropFirst(7) : lowered.hasPrefix("tags.") ? lowered.dropFirst(5) : nil
            guard let name = label.map(String.init) ?? (labelsOnly ? nil : lowered), isTagKey(name) else { continue }
            out.append(NamedPlace(source: label == nil ? "query \(key)" : "label \(name)", value: String(value)))
        }
        return out
    }

    /// Every object of `value` that names a tag key that says environment (`Key`, or `Name` as
    /// `tag:KEY`) and gives its values (`Values`, `Value`).
    static func jsonTagPlaces(_ value: JSONValue, into out: inout [NamedPlace]) {
        switch value {
        case let .array(items):
            for item in items { jsonTagPlaces(item, into: &out) }
        case let .object(members):
            let named = members.first { ["key", "name"].contains($0.key.lowercased()) }
            if case let .string(name)? = named?.value {
                let key = name.hasPrefix("tag:") ? Substring(name.dropFirst(4)) : Substring(name)
                if environmentKey(key) {
                    for member in members where ["values", "value"].contains(member.key.lowercased()) {
                        if case let .string(v) = member.value { out.append(NamedPlace(source: "tag \(key)", value: v)) }
                        if case let .array(vs) = member.value {
                            for case let .string(v) in vs { out.append(NamedPlace(source: "tag \(key)", value: v)) }
                        }
                    }
                }
            }
            for member in members { jsonTagPlaces(member.value, into: &out) }
        default:
            break
        }
    }

    static func environmentKey(_ key: Substring) -> Bool {
        ["env", "environment", "stage", "tier", "deployment", "deployment-environment"].contains(key.lowercased())
    }

    /// The qualifiers of `project:dataset.table` and of backquoted `project.dataset.table`
    /// names in a word (a resource or a query).
    static func qualifiedNamePlaces(_ text: String, datasetAlone: Bool = false) -> [NamedPlace] {
        var out: [NamedPlace] = []
        let name: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        if let colon = text.firstIndex(of: ":"), colon != text.startIndex, !text.contains("/"),
           text[..<colon].allSatisfy(name), datasetAlone || text[text.index(after: colon)...].contains(".") {
            out.append(NamedPlace(source: "qualified name", value: String(text[..<colon])))
        }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "`") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "`") else { break }
            let quoted = after[..<close]
            let parts = quoted.split(separator: ".")
            if parts.count >= 3, quoted.allSatisfy({ name($0) || $0 == "." }) { out.append(NamedPlace(source: "qualified name", value: String(parts[0]))) }
            rest = after[after.index(after: close)...]
        }
        return out
    }

    /// A connection string in libpq's keyword form given as a word (`"host=pg-prod.internal
    /// dbname=app user=app"`), to any program: its host.
    static func keywordConnectionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for i in a.positionals {
            let text = a.items[i].text
            let pairs = text.split(whereSeparator: { $0 == " " || $0 == ";" })
            guard pairs.count > 1, pairs.contains(where: { $0.hasPrefix("dbname=") || $0.hasPrefix("user=") || $0.hasPrefix("port=") }) else { continue }
            for pair in pairs where pair.lowercased().hasPrefix("host=") || pair.lowercased().hasPrefix("hostaddr=") {
                let value = pair.drop(while: { $0 != "=" }).dropFirst()
                if !value.isEmpty { out.append(NamedPlace(source: "connection string host", value: String(value), isHost: true)) }
            }
        }
        return out
    }

    /// Database connection URLs written inside a longer word (`duckdb -c "ATTACH
    /// 'postgres://ro@pg-prod-1/app' AS p …"`, a script's SQL): where the command connects.
    static func embeddedConnectionPlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue, text.contains("://") else { continue }
            var rest = text
            while let r = rest.firstRange(of: "://") {
                let before = rest[..<r.lowerBound].reversed().prefix(while: { $0.isLetter || $0 == "+" })
                let scheme = String(before.reversed()).lowercased()
                if connectionSchemes.contains(scheme), let host = TargetExtractor.host(in: rest[rest.index(r.lowerBound, offsetBy: -scheme.count)...]) {
                    out.append(NamedPlace(source: "\(scheme) URL", value: host, isHost: true))
                }
                rest = rest[r.upperBound...]
            }
        }
        return out
    }

    static let connectionSchemes: Set<String> = ["postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps", "clickhouse", "sqlserver"]

    /// Variables a command's words refer to whose names carry an environment (`"Bearer
    /// $SHOP_PROD_ADMIN_TOKEN"`, `${STAGING_DATABASE_URL}`): the command uses that
    /// environment's credentials or addresses.
    static func variableReferencePlaces(_ a: Arguments) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for item in a.items {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue, text.contains("$") else { continue }
            variableReferences(in: text, into: &out)
        }
        return out
    }

    /// The names of the variables `$NAME` and `${NAME}` in a text that carry a word separator
    /// (`$FW_PROD_DATABASE_URL`; a bare `$HOME` names nothing).
    static func variableReferences(in text: Substring, into out: inout [NamedPlace]) {
        var rest = text
        while let dollar = rest.firstIndex(of: "$") {
            var name = rest[rest.index(after: dollar)...]
            if name.first == "{" { name = name.dropFirst() }
            let ident = name.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            if ident.contains("_") { out.append(NamedPlace(source: "variable $\(ident)", value: String(ident))) }
            rest = name.dropFirst(ident.count)
        }
    }

    /// A connection URL given as a system property (`-Dflyway.url=jdbc:postgresql://pg-prod…`,
    /// `-Ddb.url=…`), whatever the task: its host is where the task connects.
    static func propertyConnectionPlaces(_ argv: [String]) -> [NamedPlace] {
        var out: [NamedPlace] = []
        for word in argv.dropFirst() where word.hasPrefix("-D") && word.contains("://") {
            guard let eq = word.firstIndex(of: "=") else { continue }
            if let host = TargetExtractor.host(in: word[word.index(after: eq)...]) {
                out.append(NamedPlace(source: String(word[..<eq]), value: host, isHost: true))
            }
        }
        return out
    }

    /// A system property naming the profile or environment a program runs with
    /// (`-Dspring-boot.run.profiles=production`, `-Dapp.env=prod`), when the task runs or acts
    /// (not a build, which reaches nothing).
    static func propertyEnvironmentPlaces(_ argv: [String], taskWords: [String]) -> [NamedPlace] {
        let running: Set<String> = ["run", "start", "serve", "server", "bootrun", "exec", "execute"]
        guard taskWords.contains(where: { w in Words.split(w).contains { running.contains($0) || remoteVerbs.contains($0) } }) else { return [] }
        var out: [NamedPlace] = []
        for word in argv.dropFirst() where word.hasPrefix("-D") {
            guard let eq = word.firstIndex(of: "=") else { continue }
            let key = word[word.index(word.startIndex, offsetBy: 2)..<eq].lowercased()
            let parts = key.split(whereSeparator: { ".-_".contains($0) })
            guard parts.contains(where: { ["profile", "profiles", "env", "environment", "stage"].contains(String($0)) }) else { continue }
            out.append(NamedPlace(source: "-D\(key)", value: String(word[word.index(after: eq)...])))
        }
        return out
    }

    /// Variables that select the configuration a framework's application loads, its database,
    /// queues and caches among them (not `NODE_ENV`, which mostly selects how code is built
    /// and optimised).
    static let applicationEnvironmentVariables = ["RAILS_ENV", "RACK_ENV", "APP_ENV", "MIX_ENV", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "SPRING_PROFILES_ACTIVE"]
    /// Programs that start a Spring Boot application and hand it its arguments.
    static let springLaunchers: Set<String> = ["java", "gradle", "gradlew", "mvn", "mvnw"]

    /// The environment the application is run with, when the command runs it: the app itself
    /// (`dotnet run`, `dotnet App.dll`, `java -jar`, `gradle bootRun`, `mvn spring-boot:run`,
    /// `mix run`, `mix phx.server`, `rails server`) or a task of a PHP framework's console
    /// (`php artisan …`, `bin/console …`) other than one that builds, warms or checks files here.
    static func applicationRunPlaces(_ view: ExecView, _ a: Arguments, taskWords: [String]) -> [NamedPlace] {
        // Most execs set none of these and run no JVM build or jar: nothing else is looked at.
        let keys = view.programKeys
        let variables = applicationEnvironmentVariables.filter { view.request.environment[$0].map { !$0.isEmpty } ?? false }
        let springProfiles = keys.contains(where: springLaunchers.contains) && a.items.contains { $0.text.contains("--spring.profiles.active=") }
        guard !variables.isEmpty || springProfiles else { return [] }
        let words = taskWords.map { $0.lowercased() }
        let first = words.first ?? ""
        let console = keys.contains("artisan") || keys.contains("console")
            || (keys.contains("php") && a.positionals.first.map { ["artisan", "console"].contains(String(ExecView.basename(a.items[$0].text))) } == true)
        let runs: Bool
        if keys.contains("dotnet") {
            runs = first == "run" || a.positionals.first.map { a.items[$0].text.lowercased().hasSuffix(".dll") } == true
        } else if keys.contains("java") {
            runs = a.items.contains { $0.text == "-jar" }
        } else if keys.contains(where: { ["gradle", "gradlew"].contains($0) }) {
            runs = words.contains { $0.hasSuffix("bootrun") }
        } else if keys.contains(where: { ["mvn", "mvnw"].contains($0) }) {
            runs = words.contains("spring-boot:run")
        } else if keys.contains("mix") {
            runs = first == "run" || first == "phx.server"
        } else if keys.contains("rails") {
            runs = first == "server" || first == "s"
        } else if console {
            // The task: the first word after the console script.
            let task = words.first { $0 != "artisan" && $0 != "console" } ?? ""
            let last = task.split(separator: ":").last.map(String.init) ?? task
            let builds: Set<String> = ["warmup", "install", "cache", "compile", "optimize", "list", "help", "completion"]
            runs = !task.isEmpty && !builds.contains(last) && !isLocalTask([task])
        } else {
            runs = false
        }
        guard runs else { return [] }
        var out = variables.map { NamedPlace(source: $0, value: view.request.environment[$0] ?? "") }
        // Spring Boot's profiles given to the application as an argument, or through a build
        // tool's `--args` (`gradle bootRun --args='--spring.profiles.active=prod'`).
        for item in a.items where springProfiles {
            for word in item.text.split(separator: " ") {
                guard let at = word.range(of: "--spring.profiles.active=") else { continue }
                let value = String(word[at.upperBound...].filter { $0 != "'" && $0 != "\"" })
                if !value.isEmpty { out.append(NamedPlace(source: "--spring.profiles.active", value: value)) }
            }
        }
        return out
    }

    /// `…_ENV`, `…_ENVIRONMENT`, `…_STAGE`, `…_CONFIG`, `…_PROFILE`, `…_PROFILES_ACTIVE`: a
    /// variable whose name says its value selects where the command acts.
    static func isSelectionVariable(_ name: String) -> Bool {
        let upper = name.uppercased()
        guard upper.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else { return false }
        // And the configuration a tool loads: `…_CONF`, `…_CONFIG_FILE`, `…_HOME` (`CEPH_CONF=…/prod.conf`).
        // And the cloud, tenant, cluster, context, namespace or workspace it acts in (`OS_CLOUD`,
        // `ARM_TENANT`, `K8S_CONTEXT`, `TF_WORKSPACE`-like names of any tool).
        return ["_ENV", "_ENVIRONMENT", "_STAGE", "_CONFIG", "_PROFILE", "_PROFILES_ACTIVE", "_TIER", "_CONF", "_CONFIG_FILE", "_CONFIG_PATH", "_CONFIG_DIR", "_HOME",
                "_CLOUD", "_TENANT", "_CLUSTER", "_CONTEXT", "_NAMESPACE", "_WORKSPACE", "_INVENTORY"].contains { upper.hasSuffix($0) }
    }

    /// `…_CREDENTIALS`, `…_CREDENTIALS_FILE`, `…_KEY_FILE`: the file of credentials a tool or
    /// its SDK signs in with.
    static func isCredentialsFileVariable(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["_CREDENTIALS", "_CREDENTIALS_FILE", "_KEY_FILE", "_KEYFILE"].contains { upper.hasSuffix($0) }
    }

    /// `…_CONF`, `…_CONFIG_FILE`, `…_CONFIG_PATH`, `…_CONFIG_DIR`, `…_HOME`: where a tool finds
    /// its configuration or data. An environment holds many of these for other tools
    /// (`JAVA_HOME`, `ANDROID_HOME`, `CARGO_HOME`), so one counts only for the family it is
    /// named for.
    static func isConfigurationLocation(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["_CONF", "_CONFIG_FILE", "_CONFIG_PATH", "_CONFIG_DIR", "_HOME"].contains { upper.hasSuffix($0) }
    }

    /// Whether the variable is named for the program's family: the program's name begins with
    /// the variable's first word, or its first four letters (`CEPH_CONF` for `ceph`,
    /// `ceph-volume`; `DAGSTER_HOME` for `dagster`; `PIPELINE_HOME` for `pipectl`).
    static func familyReads(_ name: String, keys: [String]) -> Bool {
        guard let word = name.lowercased().split(separator: "_").first, word.count >= 2 else { return false }
        let stem = word.prefix(4)
        return keys.contains { $0.lowercased().hasPrefix(stem) }
    }

    /// `…_URI`, `…_URL`, `…_HOST`, `…_ADDR`, `…_ENDPOINT`, `…_SERVER`: where the command connects
    /// — unless it is where the program reports to (`isTelemetrySink`).
    /// A key, token or password by its name (`STRIPE_API_KEY`, `GITHUB_TOKEN`, `PGPASSWORD`):
    /// set from another variable in a line as typed, that variable's name says whose.
    static func isCredentialVariable(_ name: String) -> Bool {
        let parts = name.uppercased().split(separator: "_")
        return parts.contains { ["KEY", "TOKEN", "SECRET", "PASSWORD", "PASS", "CREDENTIALS", "APIKEY"].contains(String($0)) } || name.uppercased() == "PGPASSWORD"
    }

    static func isConnectionVariable(_ name: String) -> Bool {
        let upper = name.uppercased()
        guard upper.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }), !isTelemetrySink(upper) else { return false }
        // Lists of them too (`ETCDCTL_ENDPOINTS`, `KAFKA_HOSTS`), libpq's `PGHOST`, and a
        // connection string by its name (`AIRFLOW__DATABASE__SQL_ALCHEMY_CONN`, `…_CONN_STR`).
        return ["_URI", "_URL", "_HOST", "_ADDR", "_ADDRESS", "_ENDPOINT", "_SERVER", "_URIS", "_URLS", "_HOSTS", "_ADDRS", "_ENDPOINTS", "_SERVERS",
                "_CONN", "_CONN_STR", "_CONNECTION", "_CONNECTION_STRING", "_DSN"].contains { upper.hasSuffix($0) }
            || ["PGHOST", "PGHOSTADDR"].contains(upper)
    }

    /// Where a program sends its own traces, metrics, logs, errors or analytics
    /// (`OTEL_EXPORTER_OTLP_ENDPOINT`, `DD_AGENT_HOST`, `SENTRY_DSN`, `LANGFUSE_HOST`): a shared
    /// collector that says nothing about what the program acts on. A development server that
    /// reports to the production collector is common and harmless.
    static func isTelemetrySink(_ upper: String) -> Bool {
        telemetryPrefixes.contains { upper.hasPrefix($0) }
    }

    static let telemetryPrefixes = ["OTEL_", "OTLP_", "DD_", "DATADOG_", "DOGSTATSD_", "STATSD_", "SENTRY_", "NEW_RELIC_", "NEWRELIC_",
                                    "HONEYCOMB_", "JAEGER_", "ZIPKIN_", "LIGHTSTEP_", "ELASTIC_APM_", "SIGNALFX_", "SPLUNK_HEC_",
                                    "LOGSTASH_", "FLUENT_", "FLUENTD_", "LOKI_", "BUGSNAG_", "ROLLBAR_", "HONEYBADGER_", "AIRBRAKE_",
                                    "POSTHOG_", "SEGMENT_", "MIXPANEL_", "AMPLITUDE_", "LANGFUSE_", "LANGSMITH_", "LANGCHAIN_",
                                    "HELICONE_", "PHOENIX_COLLECTOR_", "TRACELOOP_", "PYROSCOPE_", "PROMETHEUS_PUSHGATEWAY_"]

    static func isProjectScript(_ view: ExecView) -> Bool {
        let argv0 = view.request.argv.first ?? ""
        return argv0.contains("/") || argv0.hasSuffix(".sh") || argv0.hasSuffix(".py") || argv0.hasSuffix(".rb") || argv0.hasSuffix(".js")
    }

    /// Whether a verb sets the mode a program runs in where it runs (`deploy:mode:set`,
    /// `set-mode`): the word after it is a mode, not an environment acted on
    /// (`bin/magento deploy:mode:set production`).
    static func setsMode(_ text: String) -> Bool {
        Operations.verbSegments(text)?.contains { Words.split(String($0)).contains("mode") } ?? false
    }

    /// Whether a task's words say it deploys or migrates (`deploy:prod`, `db:migrate`).
    /// `plurals`: a plural counts as its verb's noun, for a script's name (`priv/repo/seeds.exs`:
    /// seed; not a program's text, where `deployments` is a word of an API path).
    static func actsRemotely(_ words: [String], keys: [String], plurals: Bool = false) -> Bool {
        for w in words + keys where Words.split(w).contains(where: { remoteVerbs.contains($0) || (plurals && $0.hasSuffix("s") && remoteVerbs.contains(String($0.dropLast()))) }) { return true }
        return false
    }

    static func settings(_ value: String, source: String, into out: inout [NamedPlace]) {
        // A file of variables (`-e @vars/prod.yml`): its path names the environment.
        if value.hasPrefix("@"), value.count > 1 {
            out.append(NamedPlace(source: "\(source) file", value: String(value.dropFirst())))
            return
        }
        // A JSON object (`--extra-vars '{"env": "production"}'`): its string members.
        if value.first == "{" {
            for (key, v) in jsonStringMembers(Substring(value)) where isEnvironmentKey(key.lowercased()) {
                out.append(NamedPlace(source: "\(source) \(key)=", value: String(v)))
            }
            return
        }
        for pair in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            let key = pair[..<eq].lowercased()
            if environmentKeys.contains(key) || key.hasSuffix("_env") || key.hasSuffix("environment") {
                out.append(NamedPlace(source: "\(source) \(pair[..<eq])=", value: String(pair[pair.index(after: eq)...])))
            } else if connectionKeys.contains(key), eq < pair.index(before: pair.endIndex) {
                // Where it connects: `-e server=ipa.prod.example.com`.
                out.append(NamedPlace(source: "\(source) \(pair[..<eq])=", value: String(pair[pair.index(after: eq)...]), isHost: true))
            }
        }
    }

    /// Compose verbs that only build, render or list on this machine.
    static let composeLocalVerbs: Set<String> = ["build", "config", "convert", "version", "ls", "images", "create", "pull", "push"]

    /// `docker compose VERB` (or `podman compose`) whose verb runs, stops or changes containers.
    static func composeActs(_ a: Arguments) -> Bool {
        guard let first = a.positionals.first, a.items[first].text == "compose" else { return false }
        guard let verb = a.positionals.dropFirst().first(where: { !a.items[$0].mayBeValue }) else { return false }
        return !composeLocalVerbs.contains(a.items[verb].text)
    }

    /// The database a connection URL names (`postgresql://app@10.0.0.5/shop_production` →
    /// shop_production), when its host is another machine's, by address or dotted name: a
    /// production database's name reached by address. A one-label host is a local or Compose
    /// service (`postgres://u@db/app_production`) and says nothing of the data's origin.
    static func databaseName(inURL text: Substring) -> String? {
        guard let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://"), let host = TargetExtractor.host(in: text) else { return nil }
        let local: Set<String> = ["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "host.docker.internal"]
        guard !local.contains(host.lowercased()), !host.hasSuffix(".local"), !host.hasSuffix(".localhost"), !host.hasPrefix("/"), host.contains(".") else { return nil }
        let rest = text[text.index(colon, offsetBy: 3)...]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let name = rest[rest.index(after: slash)...].prefix(while: { $0 != "/" && $0 != "?" })
        return name.isEmpty ? nil : String(name)
    }

    /// Variables a tool reads for where it acts, besides the catalog's targets.
    static let toolTargetVariables: [String: [String]] = [
        "helm": ["HELM_KUBECONTEXT", "HELM_NAMESPACE"], "borg": ["BORG_REPO"], "restic": ["RESTIC_REPOSITORY", "RESTIC_REPOSITORY_FILE"],
        "ansible": ["ANSIBLE_INVENTORY"], "ansible-playbook": ["ANSIBLE_INVENTORY"], "ansible-inventory": ["ANSIBLE_INVENTORY"],
        "temporal": ["TEMPORAL_NAMESPACE", "TEMPORAL_ADDRESS"], "tctl": ["TEMPORAL_CLI_NAMESPACE", "TEMPORAL_CLI_ADDRESS"],
        "nomad": ["NOMAD_ADDR", "NOMAD_NAMESPACE"], "dbt": ["DBT_TARGET"], "kopia": ["KOPIA_CONFIG_PATH"],
    ]

    /// Verbs of docker and podman that name containers after them.
    static let containerVerbs: Set<String> = [
        "exec", "attach", "logs", "stop", "restart", "rm", "kill", "inspect", "top", "stats", "start", "pause", "unpause",
        "commit", "export", "port", "update", "wait", "diff", "rename", "cp",
    ]
    /// Verbs of kubectl whose words are no object's name: files, configuration, help, plugins.
    static let kubernetesVerbsWithoutNames: Set<String> = [
        "cp", "config", "apply", "kustomize", "explain", "api-resources", "api-versions", "plugin", "completion",
        "version", "cluster-info", "auth", "certificate", "convert", "alpha", "options", "help", "diff", "replace", "wait",
    ]
    /// kubectl's options that take a value as the next word.
    static let kubernetesValued: Set<String> = [
        "-n", "--namespace", "-c", "--container", "-o", "--output", "-l", "--selector", "--context", "--cluster", "--kubeconfig",
        "-f", "--filename", "-k", "--kustomize", "--field-selector", "--since", "--since-time", "--tail", "--image", "--replicas",
        "-p", "--patch", "--type", "--timeout", "--sort-by", "--template", "--from", "--user", "-s", "--server", "--as", "--token",
        "--grace-period", "--chunk-size", "--max-log-requests", "--port", "--target-port", "--name", "--env", "-e", "--overrides",
        "--resource-version", "--to-revision", "--for", "--pod-running-timeout", "--profile", "--target", "--limits", "--requests",
    ]

    /// The objects a kubectl command acts on by name (`kubectl delete deployment api-prod`,
    /// `rollout restart deploy/api-production`, `drain prod-node-3`, `logs api-prod-7d9f`) — a
    /// name is the team's, and says whose the object is — and the objects a set-based label
    /// selector picks (`get pods -l 'env in (production)'`). Not a copy's paths, a label's or a
    /// patch's `key=value`, an option's value, nor what `exec` runs after `--`.
    static func kubernetesObjectPlaces(_ a: Arguments, into out: inout [NamedPlace]) {
        guard let first = a.positionals.first else { return }
        let verb = a.items[first].text
        if !kubernetesVerbsWithoutNames.contains(verb) {
            for (i, item) in a.items.enumerated() where item.kind == .positional && i != first && !item.afterDoubleDash {
                if i > 0, a.items[i - 1].kind != .positional, a.items[i - 1].inlineValue == nil, kubernetesValued.contains(String(a.items[i - 1].name)) { continue }
                let w = item.text
                if w.isEmpty || w.contains("=") || w.contains(":") || w.contains(" ") || ".~/$-".contains(w.first!) { continue }
                out.append(NamedPlace(source: "\(verb) name", value: w))
            }
        }
        for v in a.values(of: OptionSpec("-l|--selector")) {
            // A set-based selector: `env in (production, staging)` (the `key=value` form is read
            // for every tool).
            if let open = v.firstIndex(of: "("), isTagKey(v[..<open].split(separator: " ").first.map { $0.lowercased() } ?? "") {
                for value in v[v.index(after: open)...].prefix(while: { $0 != ")" }).split(separator: ",") {
                    out.append(NamedPlace(source: "label selector", value: String(value.filter { $0 != " " })))
                }
            }
        }
    }

    /// Positionals that name the target, per tool.
    static func positionals(tool: String, _ a: Arguments, _ words: [String], into out: inout [NamedPlace]) {
        func after(_ sequence: [String], _ source: String) {
            let seq = sequence.map { [$0] }
            if let end = a.matchSubcommand(seq), end < a.positionals.count {
                out.append(NamedPlace(source: source, value: a.items[a.positionals[end]].text))
            }
        }
        // A key's path names the environment whose key it is (`consul kv get -recurse
        // shop/production/`, `etcdctl get /production/config`), besides the resources below.
        if tool == "consul" || tool == "etcdctl" {
            let keys = tool == "consul" ? (words.first == "kv" ? Array(words.dropFirst(2)) : []) : Array(words.dropFirst())
            for w in keys where w.contains("/") { out.append(NamedPlace(source: "\(tool) key", value: w)) }
        }
        switch tool {
        case "kubectl", "oc", "kubecolor":
            after(["config", "use-context"], "config use-context")
            after(["config", "use"], "config use")
            after(["config", "set", "current-context"], "config set current-context")
            // A namespace acted on by name: `kubectl create namespace production`, `delete ns/prod`.
            for (i, w) in words.enumerated() {
                if ["namespace", "namespaces", "ns"].contains(w), i + 1 < words.count { out.append(NamedPlace(source: "namespace", value: words[i + 1])) }
                if w.hasPrefix("ns/") || w.hasPrefix("namespace/") { out.append(NamedPlace(source: "namespace", value: w)) }
            }
            // A pod named with its namespace in a copy (`kubectl cp shop-prod/api-0:/logs ./logs`).
            if words.first == "cp" {
                for w in words.dropFirst() where w.contains(":") && w.contains("/") && !w.hasPrefix("/") && !w.hasPrefix(".") {
                    if let ns = w.split(separator: "/").first, !ns.contains(":") { out.append(NamedPlace(source: "namespace", value: String(ns))) }
                }
            }
            // OpenShift selects a namespace as a project: `oc project production`.
            if tool == "oc" { after(["project"], "project") }
            kubernetesObjectPlaces(a, into: &out)
        case "kubectx", "kubens":
            if let w = words.first { out.append(NamedPlace(source: tool, value: w)) }
        case "kcadm.sh", "kcadm":
            // A realm named in the resource's path (`kcadm.sh get realms/shop-production`).
            for w in words where w.hasPrefix("realms/") { out.append(NamedPlace(source: "realm", value: String(w.dropFirst(7).prefix { $0 != "/" }))) }
        case "helm":
            // The release acted on: `helm upgrade prod-api ./chart`, `helm rollback prod-api 2`.
            for verb in ["install", "upgrade", "uninstall", "delete", "rollback", "status", "history", "get", "test"] { after([verb], "helm \(verb) release") }
        case "docker", "podman":
            after(["context", "use"], "context use")
            // A swarm stack acted on by name (`docker stack deploy -c stack.yml shop-prod`), and a
            // container a command runs in (`docker exec -it shop-prod-db psql …`).
            if words.first == "stack", words.count > 1, ["deploy", "rm", "ps", "services"].contains(words[1]),
               let name = a.positionals.dropFirst(2).first(where: { !a.items[$0].mayBeValue }) {
                out.append(NamedPlace(source: "stack \(words[1])", value: a.items[name].text))
            }
            // And the containers a command reads or changes by name (`docker logs shop_prod_web_1`,
            // `docker restart shop-prod-api`, `docker container inspect …`).
            let verbAt = words.first == "container" ? 1 : 0
            if verbAt < words.count, let at = a.positionals.dropFirst(verbAt).first, containerVerbs.contains(words[verbAt]) {
                var i = at + 1
                while i < a.items.count {
                    if a.items[i].kind != .positional {
                        let valued = CompiledPolicy.containerValued.contains(String(a.items[i].name)) && a.items[i].inlineValue == nil
                        i += valued ? 2 : 1
                        continue
                    }
                    if a.items[i].afterDoubleDash { break }
                    let name = a.items[i].text.prefix { $0 != ":" }
                    if !name.isEmpty, !name.contains("/") { out.append(NamedPlace(source: "container", value: String(name))) }
                    // `exec` and `attach` name one container; what follows is its command.
                    if ["exec", "attach"].contains(words[verbAt]) { break }
                    i += 1
                }
            }
        case "firebase":
            after(["use"], "firebase use")
            // Hosting's `SITE:CHANNEL` (`hosting:clone shop-staging:live shop-prod:live`): the
            // site names where the command acts (every site has a `live` channel, so the
            // channel's name says nothing of the environment).
            for w in words where w.contains(":") && !w.contains("/") && !w.hasPrefix("hosting") {
                let parts = w.split(separator: ":")
                guard parts.count == 2 else { continue }
                out.append(NamedPlace(source: "firebase site", value: String(parts[0]), joined: true))
            }
        case "railway":
            after(["environment"], "railway environment")
            after(["environment", "link"], "railway environment link")
            after(["environment", "use"], "railway environment")
        case "terraform", "tofu", "terragrunt":
            after(["workspace", "select"], "workspace select")
            after(["workspace", "new"], "workspace new")
            for w in words where w.hasSuffix(".tfvars") || w.hasSuffix(".tfvars.json") { out.append(NamedPlace(source: "var file", value: w)) }
        case "pulumi":
            after(["stack", "select"], "stack select")
            after(["stack", "init"], "stack init")
            // An ESC environment, `org/project/env`: `pulumi env get acme/app/prod`.
            if words.first == "env", words.count > 2 { out.append(NamedPlace(source: "pulumi env", value: words[2])) }
        case "mc":
            // Its administration names the configured server after the verbs (`mc admin info
            // prod`, `mc admin user svcacct rm prod key`).
            // An alias is one identifier a team chose (`shopprod`): a name inside it counts.
            if words.first == "admin" { for w in words.dropFirst() where !w.contains("/") { out.append(NamedPlace(source: "mc admin alias", value: w, joined: true)) } }
            // MinIO's client names a configured server first in every path (`prod/bucket/key`).
            for w in words where w.contains("/") && !w.hasPrefix("/") && !w.hasPrefix(".") && !w.hasPrefix("~") {
                let parts = w.split(separator: "/")
                if let alias = parts.first { out.append(NamedPlace(source: "mc alias", value: String(alias), joined: true)) }
                if parts.count > 1 { out.append(NamedPlace(source: "mc bucket", value: String(parts[1]))) }
            }
        case "rclone":
            // rclone names a configured remote before a colon (`prod-s3:bucket/path`).
            for w in words where !w.hasPrefix("/") && !w.hasPrefix(".") {
                if let colon = w.firstIndex(of: ":"), colon != w.startIndex, !w[..<colon].contains("/") {
                    out.append(NamedPlace(source: "rclone remote", value: String(w[..<colon]), joined: true))
                    // And the bucket or top directory on it (`s3:www-prod-acme/site`).
                    if let bucket = w[w.index(after: colon)...].split(separator: "/").first { out.append(NamedPlace(source: "rclone bucket", value: String(bucket))) }
                }
            }
        case "cap":
            if let w = words.first { out.append(NamedPlace(source: "cap stage", value: w)) }
        case "ansible", "salt", "salt-ssh":
            // ansible PATTERN -m MODULE, salt TARGET FUNCTION: the host pattern or target
            // expression (grain and compound targets come by -G, -C, …, read above).
            if let i = a.positionals.first(where: { !a.items[$0].mayBeValue }) { out.append(NamedPlace(source: "host pattern", value: a.items[i].text)) }
        case "cdk", "cdktf", "copilot":
            // Stacks acted on: `cdk deploy ProdStack`, `cdk destroy MyStack-prod`.
            for w in words.dropFirst() where !w.contains("/") { out.append(NamedPlace(source: "stack", value: w)) }
        case "aws", "gcloud", "az", "doctl", "gsutil", "bq", "hcloud":
            if tool == "gcloud" {
                after(["config", "set", "project"], "config set project")
                after(["config", "configurations", "activate"], "config configurations activate")
            }
            // Cloud resources carry the environment in their names: `--function-name prod-api`,
            // `--db-instance-identifier prod-db`, `gcloud compute instances delete prod-vm-1`.
            for (i, item) in a.items.enumerated() where item.kind == .long && !item.afterDoubleDash {
                let name = item.name.dropFirst(2)
                // A DNS zone by name (`gcloud dns record-sets update … --zone=acme-prod`); a
                // location's zone (`--zone=us-central1-a`) names no environment.
                // A file given as `file://…` (`--change-batch file://dns/prod-cutover.json`): its
                // name says what it changes.
                if let v = item.inlineValue.map(String.init) ?? (i + 1 < a.items.count && a.items[i + 1].kind == .positional ? a.items[i + 1].text : nil),
                   v.hasPrefix("file://") {
                    out.append(NamedPlace(source: "\(item.name) file", value: String(v.dropFirst(7))))
                }
                // A group that holds resources or runs work (`--work-group shop-prod`, Athena's).
                let resource = name.hasSuffix("-name") || name.hasSuffix("-names") || name.hasSuffix("-name-prefix") || name.hasSuffix("-identifier") || name == "zone" || name.hasSuffix("-zone")
                    || name == "work-group" || name == "workgroup" || ["bucket", "cluster", "service", "name", "table", "function", "instance", "repository", "queue", "topic", "resource-group", "vault-name", "zone-name", "dimensions", "image"].contains(String(name))
                // An Azure resource ID (`--resource /subscriptions/…/resourceGroups/shop-prod-rg/
                // providers/…/shop-prod-redis`, `--ids …`, `--scope …`): its group and its name.
                let value = item.inlineValue.map(String.init) ?? (i + 1 < a.items.count && a.items[i + 1].kind == .positional ? a.items[i + 1].text : "")
                if tool == "az", value.lowercased().hasPrefix("/subscriptions/") {
                    let segments = value.split(separator: "/").map(String.init)
                    if let g = segments.firstIndex(where: { $0.lowercased() == "resourcegroups" }), g + 1 < segments.count {
                        out.append(NamedPlace(source: "\(item.name) resource group", value: segments[g + 1], joined: true))
                    }
                    if segments.count > 2, let last = segments.last { out.append(NamedPlace(source: "\(item.name) resource", value: last, joined: true)) }
                    continue
                }
                guard resource else { continue }
                // Joined: many such names allow no separator (a storage account `stshopprod`).
                if let v = item.inlineValue { out.append(NamedPlace(source: String(item.name), value: String(v), joined: true)) }
                else if i + 1 < a.items.count, a.items[i + 1].kind == .positional { out.append(NamedPlace(source: String(item.name), value: a.items[i + 1].text, joined: true)) }
            }
            if tool != "aws" {
                // A qualified name (`acme-prod:analytics.orders`, `` `acme-prod.analytics.orders` `` in
                // a query): the project or account that holds it, wherever it is written.
                // bq names a dataset alone `project:dataset` too (`bq rm -r -d acme-prod:exports`).
                for i in a.positionals { out.append(contentsOf: qualifiedNamePlaces(a.items[i].text, datasetAlone: tool == "bq")) }
                // After the command path (the first words naming no resource), positionals are resources.
                for (p, i) in a.positionals.enumerated() where p >= 2 && !a.items[i].mayBeValue {
                    let text = a.items[i].text
                    if Operations.cloudVerbs[text] == nil { out.append(NamedPlace(source: "resource", value: text)) }
                }
            } else {
                // aws's positionals are mostly local files; a log group is a resource
                // (`aws logs tail /aws/lambda/prod-api`).
                // Under `aws logs` every such word is a log group, whatever its prefix (`aws logs
                // tail /ecs/api-production`).
                let logs = a.positionals.first.map { a.items[$0].text == "logs" } ?? false
                for (p, i) in a.positionals.enumerated() where p >= 2 && (a.items[i].text.hasPrefix("/aws/") || (logs && a.items[i].text.hasPrefix("/"))) {
                    out.append(NamedPlace(source: "log group", value: a.items[i].text))
                }
            }
        case "gh":
            // A workflow named for where it deploys (`gh workflow run deploy-production.yml`,
            // `gh run list --workflow prod-deploy.yml`): what it runs, or whose runs are shown,
            // acts on that environment.
            let words = a.positionals.filter { !a.items[$0].mayBeValue }.map { a.items[$0].text }
            if words.first == "workflow", words.count > 2, ["run", "view", "enable", "disable"].contains(words[1]) {
                out.append(NamedPlace(source: "workflow", value: words[2]))
            }
            if words.first == "workflow" || words.first == "run" {
                for v in a.values(of: OptionSpec("-w|--workflow")) { out.append(NamedPlace(source: "workflow", value: String(v))) }
            }
        case _ where postgresClients.contains(tool) || mysqlClients.contains(tool) || mongoClients.contains(tool), "usql", "cqlsh":
            // Database names, URLs and `host=` connection strings.
            for i in a.positionals where !a.items[i].mayBeValue || a.items[i].text.contains("://") {
                let text = a.items[i].text
                if let name = databaseName(inURL: Substring(text)) { out.append(NamedPlace(source: "database", value: name)) }
                if let host = TargetExtractor.host(in: Substring(text)) { out.append(NamedPlace(source: "host", value: host, isHost: true)) }
                else if !text.contains(" ") { out.append(NamedPlace(source: "database", value: text)) }
            }
        default:
            // A resource acted on by name (`argocd app sync myapp-prod`, `wrangler d1 execute
            // prod-db`): positionals after the first, not option values, paths or settings, and
            // not words of the command path.
            guard !positionalsNotResources.contains(tool) else { break }
            for (p, i) in a.positionals.enumerated() where p >= 1 && !a.items[i].mayBeValue {
                let text = a.items[i].text
                if text.contains("/") || text.contains("=") || text.contains(" ") { continue }
                let lowered = text.lowercased()
                if Operations.genericDestroyWords.contains(lowered) || Operations.genericReadWords.contains(lowered) || Operations.paasVerbs[lowered] != nil { continue }
                out.append(NamedPlace(source: "resource", value: text))
            }
        }
    }

    /// Hosts named by ssh, scp, rsync, sftp and mosh (`deploy@prod-web-1`, `prod:/srv/app`),
    /// and by HTTP clients' URLs.
    static func hosts(_ view: ExecView) -> [NamedPlace] {
        let a = view.arguments
        var out: [NamedPlace] = []
        let keys = view.programKeys
        if keys.contains(where: isSSHLike) {
            // Every `user@host` is a destination (`mssh deploy@a deploy@b`); else the first
            // positional that is not an option's value.
            let at = a.positionals.filter { a.items[$0].text.contains("@") }
            for i in at.isEmpty ? Array(a.positionals.filter { !a.items[$0].mayBeValue }.prefix(1)) : at {
                out.append(NamedPlace(source: "ssh host", value: hostPart(a.items[i].text), isHost: true))
            }
        } else if keys.contains(where: { ["ssh", "mosh", "sftp"].contains($0) }) {
            // The first positional that is not an option's value is the destination. ssh's own
            // options say which take a value (`-p 22` does, `-t` does not).
            // A `user@host` after an option that takes one is that option's (`-J deploy@bastion
            // deploy@db-1`: the jump host, not the destination).
            let isSSH = keys.contains("ssh")
            if let i = a.positionals.first(where: { p in
                guard a.items[p].mayBeValue, p > 0 else { return true }
                guard isSSH else { return a.items[p].text.contains("@") }
                let option = a.items[p - 1]
                return option.kind == .short && !option.name.dropFirst().contains(where: { CompiledPolicy.sshValuedOptions.contains("-" + String($0)) })
            }) {
                out.append(NamedPlace(source: "ssh host", value: hostPart(a.items[i].text), isHost: true))
            }
            // A forwarded port's far end (`-L 5433:prod-db.internal:5432`, `-R 8080:host:80`):
            // the tunnel reaches that host, as a connection to it would.
            if isSSH {
                for spec in a.values(of: OptionSpec("-L|-R")) {
                    let fields = spec.split(separator: ":", omittingEmptySubsequences: false)
                    guard fields.count >= 3, case let host = fields[fields.count - 2], !host.isEmpty, !host.hasPrefix("/") else { continue }
                    out.append(NamedPlace(source: "ssh forward", value: String(host.filter { $0 != "[" && $0 != "]" }), isHost: true))
                }
            }
        } else if keys.contains(where: { ["scp", "rsync"].contains($0) }) {
            for i in a.positionals {
                let t = a.items[i].text
                if t.contains("://") || t.contains("@") || (t.contains(":") && !t.hasPrefix("/") && !t.hasPrefix(".")) {
                    out.append(NamedPlace(source: "remote host", value: hostPart(t), isHost: true))
                }
            }
        } else if let client = keys.first(where: Operations.rawSocketClients.contains) {
            out += socketDestinations(a, socat: client == "socat")
        } else if keys.contains(where: httpClients.contains) {
            for i in a.positionals {
                if let h = TargetExtractor.host(in: Substring(a.items[i].text)) { out.append(NamedPlace(source: "URL host", value: h, isHost: true)) }
            }
        } else if keys.contains("git"), a.matchSubcommand([["push"]]) != nil || a.matchSubcommand([["fetch"]]) != nil || a.matchSubcommand([["pull"]]) != nil, a.positionals.count > 1 {
            // `git push production main`, `git fetch production`: a remote named for an
            // environment (Heroku's and Dokku's way).
            let remote = a.items[a.positionals[1]].text
            if !remote.contains("/") && !remote.contains(":") { out.append(NamedPlace(source: "git remote", value: remote)) }
            // A push to a branch named for an environment, whole (`git push origin
            // main:production`, `HEAD:refs/heads/prod`; not `feature/production-fix`): the branch
            // a deployment follows.
            if a.matchSubcommand([["push"]]) != nil {
                for i in a.positionals.dropFirst(2) {
                    let spec = a.items[i].text
                    let destination = spec.split(separator: ":", omittingEmptySubsequences: false).last ?? ""
                    if let branch = GitBranches.environmentBranch(String(destination)) {
                        out.append(NamedPlace(source: "git push to branch", value: branch))
                    } else if let tag = GitBranches.environmentReleaseTag(String(destination)) {
                        out.append(NamedPlace(source: "git push of the release tag", value: tag))
                    }
                }
                // A remote branch deleted (`--delete`, `-d`, `:BRANCH`) is named for whose work it
                // holds, in any of its words (`production-hotfix-412`): its history goes with it.
                let deletes = a.items.contains { $0.kind != .positional && ($0.name == "--delete" || $0.name == "-d") }
                for i in a.positionals.dropFirst(2) {
                    let spec = a.items[i].text
                    guard deletes || spec.hasPrefix(":") else { continue }
                    let name = spec.drop { $0 == ":" }
                    out.append(NamedPlace(source: "deleted branch", value: String(name.hasPrefix("refs/heads/") ? name.dropFirst(11) : name)))
                }
            }
        }
        // GitHub's API by path (`gh api -X DELETE repos/o/r/branches/production/protection`): the
        // resources it names, as in a URL.
        if keys.contains("gh"), let first = a.positionals.first, a.items[first].text == "api",
           let path = a.positionals.dropFirst().map({ a.items[$0].text }).first(where: { $0.contains("/") }) {
            out.append(contentsOf: namedResourcePlaces(path.prefix(while: { $0 != "?" }).split(separator: "/")))
            // Its query's environment (`…/deployments?environment=production`), as a client's
            // request data would name it.
            if let query = path.split(separator: "?", maxSplits: 1).dropFirst().first {
                for (key, value) in keyedValues(query) where isTagKey(key.lowercased()) {
                    out.append(NamedPlace(source: "gh api query \(key)", value: String(value)))
                }
            }
        }
        // A branch a deployment follows, named whole to GitHub's CLI (`gh run list --branch
        // production`, `gh workflow run deploy.yml --ref production`; not `feature/production-fix`).
        // A pull request's base is not: opening one into `production` deploys nothing.
        if keys.contains("gh") {
            for v in a.values(of: OptionSpec("--branch|-b|--ref|-r")) {
                if let branch = GitBranches.environmentBranch(String(v)) { out.append(NamedPlace(source: "gh branch", value: branch)) }
            }
        }
        if keys.contains("git"), a.matchSubcommand([["remote", "add"]]) != nil || a.matchSubcommand([["remote", "set-url"]]) != nil {
            // A remote added or pointed elsewhere: its name and its URL's host
            // (`git remote add prod ssh://deploy@prod.example.io/srv/app.git`).
            let words = a.positionals.map { a.items[$0].text }
            if words.count > 2 { out.append(NamedPlace(source: "git remote", value: words[2])) }
            if words.count > 3 { out.append(NamedPlace(source: "git remote URL", value: hostPart(words[3]), isHost: true)) }
        }
        // systemd's tools act on another machine over ssh (`systemctl -H deploy@web-1 status
        // api`, `journalctl --host=…`; `-M` is a local container).
        if keys.contains(where: systemdRemoteTools.contains) {
            for v in a.values(of: OptionSpec("-H|--host")) { out.append(NamedPlace(source: "\(keys[0]) -H", value: hostPart(String(v)), isHost: true)) }
        }
        if keys.contains(where: { ["ssh", "scp", "sftp", "autossh"].contains($0) }) {
            // Hosts the connection goes through or is renamed to: `-J bastion.prod…`, `-o
            // ProxyJump=bastion-prod`, `-o HostName=…`.
            // The configuration and the key it signs in with (`-F ~/.ssh/config-prod`, `-i prod.pem`).
            for v in a.values(of: OptionSpec("-F|-i")) { out.append(NamedPlace(source: "ssh file", value: String(v))) }
            for v in a.values(of: OptionSpec("-J")) {
                for hop in v.split(separator: ",") { out.append(NamedPlace(source: "ssh -J", value: hostPart(String(hop)), isHost: true)) }
            }
            for v in a.values(of: OptionSpec("-o")) {
                guard let eq = v.firstIndex(where: { $0 == "=" || $0 == " " }) else { continue }
                let key = v[..<eq].lowercased()
                guard ["proxyjump", "hostname", "proxycommand"].contains(key) else { continue }
                for word in v[v.index(after: eq)...].split(whereSeparator: { $0 == "," || $0 == " " }) where !word.hasPrefix("-") && !word.hasPrefix("%") && word != "ssh" && word != "nc" {
                    out.append(NamedPlace(source: "ssh -o \(v[..<eq])", value: hostPart(String(word)), isHost: true))
                }
            }
        }
        return out
    }

    /// Where a query given to a program reads or writes (`-c`, `-e`, `-q`, `--query`, …): the
    /// stores its URLs name (`read_parquet('s3://acme-prod-lake/…')`) and the catalog or
    /// database that qualifies a table it names (`DESCRIBE HISTORY acme_prod.gold.revenue`,
    /// `FROM prod.orders`). Not a text tool's or git's words, which are data or messages.
    static func queryPlaces(_ view: ExecView) -> [NamedPlace] {
        guard let key = view.programKeys.first, !Operations.textTools.contains(key), key != "git", key != "gh",
              !CompiledPolicy.shells.contains(key) else { return [] }
        var out: [NamedPlace] = []
        for v in view.arguments.values(of: Operations.commandOptions) where v.contains(" ") {
            let text = String(v)
            guard let first = text.split(separator: " ").first, Operations.sqlFirstWords.contains(first.uppercased()) else { continue }
            for token in text.split(whereSeparator: { " '\"(),\n".contains($0) }) where token.contains("://") {
                if let host = TargetExtractor.host(in: token) { out.append(NamedPlace(source: "URL in the query", value: host, isHost: true)) }
            }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == "," }).map(String.init)
            for (i, w) in words.enumerated() where i > 0 && ["FROM", "JOIN", "INTO", "UPDATE", "TABLE", "HISTORY", "DESCRIBE"].contains(words[i - 1].uppercased()) {
                let name = w.filter { !"`\"';".contains($0) }
                let parts = name.split(separator: ".")
                guard parts.count >= 2, let catalog = parts.first, catalog.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
                out.append(NamedPlace(source: "table \(name)", value: String(catalog)))
            }
        }
        return out
    }

    /// The values a GraphQL request's fields are given (`volumeDelete(volumeId:
    /// "shop-prod-pg")`, `environmentDelete(id: "shop-production")`): what it acts on, named as
    /// its environment names it. For a request a client or a CLI's API command sends.
    static func graphQLArgumentPlaces(_ view: ExecView) -> [NamedPlace] {
        let a = view.arguments
        guard Operations.sendsGraphQL(view) else { return [] }
        var out: [NamedPlace] = []
        for item in a.items {
            guard let text = item.kind == .positional ? Substring(item.text) : item.inlineValue,
                  text.contains("mutation") || text.contains("query") else { continue }
            for document in Operations.graphQLDocuments(in: String(text)) {
                guard let operations = try? GraphQLExtraction(limits: .init(), path: "").operations(of: document) else { continue }
                for operation in operations {
                    for (key, value) in operation.arguments.sorted(by: { $0.key < $1.key }).prefix(16) where !value.isEmpty && value.count <= 128 {
                        out.append(NamedPlace(source: "GraphQL argument \(key)", value: value))
                    }
                }
            }
        }
        return out
    }

    /// An API key whose format says live mode (`sk_live_…`, `rk_live_…`, `pk_live_…`: Stripe's
    /// and the services that copied its scheme), given in an argument or a header: the request
    /// acts on live data, production. (Test keys, `sk_test_…`, name nothing.)
    static func liveKeyPlaces(_ view: ExecView) -> [NamedPlace] {
        guard let key = view.programKeys.first, !Operations.textTools.contains(key), key != "git" else { return [] }
        // A byte scan: this runs on every exec, over every argument.
        for item in view.arguments.items where holdsLiveKey(item.text) {
            return [NamedPlace(source: "a live-mode API key", value: "live")]
        }
        return []
    }

    /// Whether `text` holds `sk_live_`, `rk_live_` or `pk_live_`.
    static func holdsLiveKey(_ text: String) -> Bool {
        guard text.utf8.count >= 8 else { return false }
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            // `_live_` (5F 6C 69 76 65 5F) after `sk`, `rk` or `pk` that starts a word.
            var i = 2
            while i + 6 <= b.count {
                if b[i] == 0x5F, b[i + 1] == 0x6C, b[i + 2] == 0x69, b[i + 3] == 0x76, b[i + 4] == 0x65, b[i + 5] == 0x5F,
                   b[i - 1] == 0x6B, b[i - 2] == 0x73 || b[i - 2] == 0x72 || b[i - 2] == 0x70, i < 3 || !b[i - 3].isLetterByte {
                    return true
                }
                i += 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Hosts whose first label is a storage account or a bucket, named with no separator
    /// (`qsprodlake.blob.core.windows.net`, `acmeprodraw.s3.amazonaws.com`): that label, read
    /// for an environment written inside it.
    static let storageHostSuffixes = [".blob.core.windows.net", ".dfs.core.windows.net", ".file.core.windows.net", ".queue.core.windows.net",
                                      ".table.core.windows.net", ".s3.amazonaws.com", ".storage.googleapis.com", ".r2.cloudflarestorage.com"]

    static func storageAccounts(in places: [NamedPlace]) -> [NamedPlace] {
        places.compactMap { place in
            guard place.isHost, let suffix = storageHostSuffixes.first(where: { place.value.lowercased().hasSuffix($0) }) else { return nil }
            let account = place.value.dropLast(suffix.count)
            guard !account.isEmpty, !account.contains(".") else { return nil }
            return NamedPlace(source: "storage account of \(place.source)", value: String(account), joined: true)
        }
    }

    /// systemd's tools whose `-H`/`--host` runs them on another machine over ssh.
    static let systemdRemoteTools: Set<String> = ["systemctl", "journalctl", "loginctl", "machinectl", "hostnamectl", "timedatectl", "localectl", "busctl", "systemd-analyze"]

    /// Programs that open a shell on another host like ssh does, by name: `autossh`, `mssh`,
    /// `pssh`, `parallel-ssh`, `sshpass` (the ssh command it runs).
    static func isSSHLike(_ key: String) -> Bool {
        key != "ssh" && (key.hasSuffix("ssh") || key.hasSuffix("-ssh") || key == "sshpass")
    }

    /// Options of nc, ncat, netcat and telnet that take the next word (a source port or address,
    /// a timeout, a proxy, a program to run), so that it is not read as the destination.
    static let socketClientValuedOptions: Set<Character> = ["b", "c", "e", "I", "i", "l", "M", "m", "n", "O", "P", "p", "q", "s", "T", "V", "w", "X", "x"]
    static let socketClientValuedLongOptions: Set<String> = ["--proxy", "--proxy-type", "--proxy-auth", "--proxy-dns", "--sh-exec", "--exec", "--lua-exec", "--source", "--source-port", "--wait", "--idle-timeout", "--output", "--hex-dump", "--append-output", "--allow", "--allowfile", "--deny", "--denyfile", "--max-conns", "--delay", "--ssl-cert", "--ssl-key", "--ssl-trustfile", "--ssl-ciphers", "--ssl-servername", "--ssl-alpn"]

    /// The server a raw socket client connects to: nc's, ncat's and telnet's first positional
    /// that is not an option's value (`nc -w 3 cache.prod.internal 11211`), and socat's
    /// `TCP:host:port`, `OPENSSL:host:port` and like addresses. What it sends is typed into
    /// that server, so the server says where it acts.
    static func socketDestinations(_ a: Arguments, socat: Bool) -> [NamedPlace] {
        if socat {
            return a.positionals.compactMap { i in
                let fields = a.items[i].text.split(separator: ":", maxSplits: 2)
                guard fields.count == 3 else { return nil }
                let kind = fields[0].uppercased()
                guard kind.hasPrefix("TCP") || kind.hasPrefix("UDP") || kind.hasPrefix("SCTP") || kind.hasPrefix("OPENSSL") || kind.hasPrefix("SSL") else { return nil }
                return NamedPlace(source: "socket host", value: String(fields[1].filter { $0 != "[" && $0 != "]" }), isHost: true)
            }
        }
        guard let i = a.positionals.first(where: { p in
            guard a.items[p].mayBeValue, p > 0 else { return true }
            let option = a.items[p - 1]
            if option.kind != .short { return !socketClientValuedLongOptions.contains(String(option.name)) }
            guard let last = option.name.last else { return false }
            return !socketClientValuedOptions.contains(last)
        }) else { return [] }
        let text = a.items[i].text
        guard !text.isEmpty, !text.allSatisfy({ $0.isNumber }), !text.hasPrefix("/"), !text.hasPrefix(".") else { return [] }
        return [NamedPlace(source: "socket host", value: hostPart(text), isHost: true)]
    }

    /// `user@host:path` → host; `ssh://user@host:22/x` → host.
    static func hostPart(_ text: String) -> String {
        if let h = TargetExtractor.host(in: Substring(text)) { return h }
        var s = Substring(text)
        if let at = s.lastIndex(of: "@") { s = s[s.index(after: at)...] }
        if let colon = s.firstIndex(of: ":") { s = s[..<colon] }
        return String(s)
    }
}

/// A value read as words: split at anything that is not a letter or digit, lowercased, each
/// word also without trailing digits (`prod2` → prod2 and prod), and without a resource's noun
/// written onto it (`PRODDB` → proddb and prod; `stagingweb1` → … staging).
enum Words {
    /// Nouns written together with an environment's name: a database, host, cluster, site…
    static let joinedNouns = ["db", "dbs", "database", "sql", "pg", "web", "app", "api", "srv", "server", "cluster", "host", "vm", "k8s",
                              "site", "data", "cache", "acct", "account", "ns", "env", "node", "box",
                              "redis", "mysql", "mongo", "postgres", "kafka", "bastion", "queue"]

    static func split(_ value: String) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            out.append(current)
            var stripped = Substring(current)
            while let l = stripped.last, l.isASCII, l.isNumber { stripped = stripped.dropLast() }
            if !stripped.isEmpty, stripped.count != current.count { out.append(String(stripped)) }
            for noun in joinedNouns where stripped.count >= noun.count + 3 && stripped.hasSuffix(noun) {
                out.append(String(stripped.dropLast(noun.count)))
                break
            }
            current = ""
        }
        var previousLower = false
        for c in value {
            guard c.isASCII && (c.isLetter || c.isNumber) else { flush(); previousLower = false; continue }
            // camelCase and PascalCase: `ProdStack` → prod, stack; `myAppProd` → my, app, prod.
            if c.isUppercase && previousLower { flush() }
            previousLower = c.isLowercase || c.isNumber
            current.append(Character(c.lowercased()))
        }
        flush()
        return out
    }

    /// An environment's name written inside one word with other words and no separator, as
    /// project refs and app names are (`ledgerprodref01` → prod, `acmestagingapi` → staging):
    /// the long spellings wherever they are, and `prod` where it begins no English word
    /// (product, produce, prodigy) and ends no other name (`nonprod`, `preprod`, reproduce).
    /// Read only in an identifier given to an option that names a target (`NamedPlace.joined`):
    /// elsewhere a word is a word.
    static func embedded(_ word: String) -> [String] {
        let chars = Array(word)
        var covered = [Bool](repeating: false, count: chars.count)
        var out: [String] = []
        func occurrences(_ needle: String) -> [Int] {
            let n = Array(needle)
            // Strictly inside: the whole word was read as it is.
            guard chars.count > n.count else { return [] }
            return (0...(chars.count - n.count)).filter { i in !covered[i] && chars[i..<(i + n.count)].elementsEqual(n) }
        }
        for whole in ["production", "preprod", "staging"] {
            for i in occurrences(whole) {
                if !out.contains(whole) { out.append(whole) }
                for j in i..<(i + whole.count) { covered[j] = true }
            }
        }
        for i in occurrences("prod") {
            let next = i + 4 < chars.count ? chars[i + 4] : " "
            let before = String(chars[..<i])
            if next == "u" || next == "i" || before.hasSuffix("non") || before.hasSuffix("re") { continue }
            if !out.contains("prod") { out.append("prod") }
        }
        // `prd` after a name and before a number or the end (`qhprd01`, `shopprd`): no English
        // word has those letters together.
        for i in occurrences("prd") where i > 0 && chars[i - 1].isLetter {
            let next = i + 3 < chars.count ? chars[i + 3] : " "
            if next.isLetter { continue }
            if !out.contains("prd") { out.append("prd") }
        }
        return out
    }

    /// Whether a value is one identifier: letters, digits, `-` and `_` (not a path, a file, a
    /// host or a list).
    static func isIdentifier(_ value: String) -> Bool {
        !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

private extension UInt8 {
    var isLetterByte: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
