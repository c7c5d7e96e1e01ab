// What some tools say in their own words, where the generic reading would get it wrong:
//
// - a tool's own dry run: `zfs destroy -n`, `zpool … -n`, alembic's and Flask-Migrate's
//   offline mode `--sql` (prints the SQL instead of running it), LVM's `-t`/`--test`,
//   `wipefs -n`; and `wipefs` without `-a`/`-o`, which only lists signatures;
// - a program named for its verb: `lvremove`, `vgremove`, `pvremove` (a short prefix and a
//   destroying verb in one word);
// - a package registry's remote destroy, run by a package manager whose other words are
//   packages: `npm unpublish`, `yarn npm unpublish`, `gem yank`, `cargo yank` (not `--undo`),
//   `dotnet nuget delete`, `nuget delete`, `mix hex.publish --revert`.

extension Operations {
    /// Dry-run spellings of tools whose own flags say so: program → flags (every spelling).
    static let ownDryRunFlags: [String: String] = [
        "zfs": "-n", "zpool": "-n",
        "alembic": "--sql", "flask": "--sql",
        "lvremove": "-t|--test", "vgremove": "-t|--test", "pvremove": "-t|--test", "lvreduce": "-t|--test", "lvm": "-t|--test",
        "wipefs": "-n|--no-act",
        // A file system or a partition table only planned: mke2fs's `-n`, mkfs.xfs's `-N`,
        // sgdisk's `--pretend` (nothing written to the disk).
        "mke2fs": "-n", "mkfs.ext2": "-n", "mkfs.ext3": "-n", "mkfs.ext4": "-n", "mkfs.xfs": "-N", "sgdisk": "-P|--pretend",
        // borg's `-n` (`borg recreate -n`, `borg prune -n`) lists what it would do.
        "borg": "-n|--dry-run",
        // logrotate's debug mode: "no changes will be made to the logs or to the state file".
        "logrotate": "-d|--debug",
        // Flyway's dry run writes the SQL it would run to a file (`-dryRunOutput=clean.sql`).
        "flyway": "-dryRunOutput",
        // dpkg's own dry run (`--no-act`, `--dry-run`, `--simulate`): what it would do, done not.
        "dpkg": "--no-act|--dry-run|--simulate",
        // OpenLDAP's clients show what they would do with `-n`.
        "ldapdelete": "-n", "ldapmodify": "-n", "ldapadd": "-n", "ldapmodrdn": "-n",
    ]

    /// Programs that only list unless given one of these flags.
    static let listsUnless: [String: String] = ["wipefs": "-a|--all|-o|--offset"]
    /// Verbs of a program that only list what they would delete unless given a flag: kopia's
    /// `snapshot delete` and `snapshot expire` without `--delete`, duplicity's removals and
    /// clean-up without `--force`.
    static let verbListsUnless: [String: (verbs: Set<String>, flag: String)] = [
        "kopia": (["delete", "expire"], "--delete"),
        "duplicity": (["remove-older-than", "remove-all-but-n-full", "remove-all-inc-of-but-n-full", "cleanup"], "--force"),
    ]

    /// A tool's own dry run, or a listing: a read that changes nothing.
    static func ownDryRun(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        // sops decrypting to its output (not in place): a read of the file's secrets.
        if keys.contains("sops"), has(a, "-d|--decrypt"), !has(a, "-i|--in-place") {
            return CommandOperation(kind: .read, why: "sops --decrypt prints the file's values")
        }
        // GitLab's clean-up tasks only report what they would remove unless told `DRY_RUN=false`.
        if keys.contains("gitlab-rake"), let task = a.positionals.map({ a.items[$0].text }).first(where: { $0.hasPrefix("gitlab:cleanup:") }),
           !a.positionals.contains(where: { a.items[$0].text.lowercased() == "dry_run=false" }) {
            return CommandOperation(kind: .read, why: "gitlab-rake \(task) without DRY_RUN=false only reports", harmless: true)
        }
        // Salt's test mode (`state.apply … test=True`) reports what the states would change.
        if keys.contains(where: { ["salt", "salt-call", "salt-ssh"].contains($0) }),
           a.positionals.contains(where: { ["test=true", "test=1"].contains(a.items[$0].text.lowercased()) }) {
            return CommandOperation(kind: .read, why: "salt with test=True only reports", harmless: true)
        }
        // dd that reads its input and throws the bytes away (`of=/dev/null`): a read.
        if keys.contains("dd") {
            let outputs = a.items.compactMap { $0.kind == .positional && $0.text.hasPrefix("of=") ? $0.text.dropFirst(3) : nil }
            if !outputs.isEmpty, outputs.allSatisfy({ ["/dev/null", "/dev/zero", "/dev/stdout", "/dev/stderr"].contains(String($0)) }) {
                return CommandOperation(kind: .read, why: "dd to \(outputs.last!) reads its input and discards it", harmless: true)
            }
        }
        // A Kafka tool run by its class (`kafka-run-class.sh kafka.tools.GetOffsetShell …`):
        // one whose name begins with a looking verb only reads.
        if keys.contains(where: { $0.hasPrefix("kafka-run-class") }), let first = a.positionals.first,
           let tool = a.items[first].text.split(separator: ".").last,
           ["Get", "Dump", "Describe", "List", "Verify", "Show"].contains(where: { tool.hasPrefix($0) }) {
            return CommandOperation(kind: .read, why: "kafka-run-class \(tool) only reads")
        }
        // Kafka's offset reset only prints the plan unless told `--execute`.
        if keys.contains(where: { $0.hasPrefix("kafka-consumer-groups") }), has(a, "--reset-offsets"), !has(a, "--execute") {
            return CommandOperation(kind: .read, why: "kafka-consumer-groups --reset-offsets without --execute only prints the plan", harmless: true)
        }
        for key in keys {
            if let spec = ownDryRunFlags[key], let flag = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && FlagSpec(spec).matches($0) }) {
                return CommandOperation(kind: .read, why: "\(key) \(flag.name) (\(key)'s dry run)", harmless: true)
            }
            if let spec = listsUnless[key], !FlagSpec(spec).isPresent(in: a) {
                return CommandOperation(kind: .read, why: "\(key) without \(spec.replacingOccurrences(of: "|", with: " or ")) only lists", harmless: true)
            }
            if let (verbs, flag) = verbListsUnless[key], let verb = a.positionals.prefix(3).map({ a.items[$0].text }).first(where: verbs.contains),
               !FlagSpec(flag).isPresent(in: a) {
                return CommandOperation(kind: .read, why: "\(key) \(verb) without \(flag) only lists", harmless: true)
            }
        }
        return nil
    }

    /// Developer tools whose destroying verbs act on their own state: caches, installed
    /// browsers, models and kernels, environments, a workspace's build state, hooks they
    /// installed (`npx nx reset`, `rush purge`, `cypress cache clear`, `playwright uninstall
    /// --all`, `ollama rm llama3`, `hatch env prune`, `lefthook uninstall`): all made again.
    static let ownStateTools: Set<String> = [
        "nx", "turbo", "rush", "lerna", "cypress", "playwright", "hatch", "lefthook", "husky", "pre-commit", "ollama", "jupyter", "conda", "mamba", "pdm",
        "tox", "nox", "pipx", "rustup", "sdkmanager",
        // Coverage data collected by the last runs (`coverage erase`), collected again by the next.
        "coverage",
    ]

    static func ownState(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let key = keys.first(where: ownStateTools.contains) else { return nil }
        let words = a.positionals.filter { !a.items[$0].mayBeValue }.prefix(3).map { a.items[$0].text.lowercased() }
        guard let verb = words.first(where: { genericDestroyWords.contains($0) || $0 == "clear" || $0 == "prune" }) else { return nil }
        // Not a conda environment's packages or a workspace's published packages: environments
        // and caches only.
        if ["conda", "mamba"].contains(key), !words.contains("env") && !has(a, "--all") && !words.contains("clean") { return nil }
        return CommandOperation(kind: .local, why: "\(key) \(verb) removes the tool's own state, made again")
    }

    /// Commands of programs whose positional words are packages or targets, or that no verb
    /// path reads, that destroy all the same:
    /// - Nix's old generations deleted (`nix-collect-garbage -d`, `--delete-older-than`,
    ///   `nix-env --delete-generations`, `nix profile wipe-history`): the rollbacks they were;
    /// - tmux's and screen's sessions killed (`tmux kill-server`, `kill-session -a`, `screen -X
    ///   quit`): whatever runs in them, other work than this command's, ends (one other named
    ///   session killed, `tmux kill-session -t review`, is a job stopped: a change);
    /// - rclone's `sync` (it deletes what the destination has that the source lacks), `dedupe`,
    ///   `purge`, `delete`, `deletefile` and `cleanup` (`rmdirs` removes empty directories only);
    /// - salt-key's `-D` (every minion's key) and `-d` (a minion's key);
    /// - a phone's or board's storage wiped by its flashing tool: fastboot's `-w` (user data
    ///   erased with any flash) and `flashing unlock`/`oem unlock` (unlocking erases the user
    ///   data), PlatformIO's `erase` target (`pio run -t erase` erases the board's flash);
    /// - DVC's garbage collection told to collect in remote storage too (`dvc gc --cloud`): the
    ///   remote's copies of every version the workspace does not use are deleted;
    /// - a disk image's snapshot deleted or applied (`qemu-img snapshot -d`, `-a`: the image
    ///   goes back to the snapshot, and what was written since is gone);
    /// - `systemctl clean` of a unit's state, logs or configuration (`--what=state`): its
    ///   cache and runtime directories alone, the default, are made again;
    /// - `truncate` of a file to nothing (`truncate -s 0 data/app.db`, `data/ledger.csv`),
    ///   inside the project too; a log or a scratch file emptied this way is housekeeping
    ///   (`truncate -s 0 log/test.log`);
    /// - `ssh-add -D`: every identity the agent holds removed, for every program that uses it.
    static let destroyingPlaybookWords: Set<String> = ["teardown", "destroy", "wipe", "purge", "nuke", "decommission", "drop", "reset"]

    /// A playbook named for tearing down (`teardown.yml`, `destroy-stack.yml`, `wipe_db.yml`):
    /// its tasks remove what the hosts hold. (Check mode and listings are read before this.)
    static func teardownPlaybook(_ a: Arguments) -> CommandOperation? {
        guard let book = a.positionals.map({ a.items[$0].text }).first(where: { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }),
              Words.split(String(ExecView.basename(book)).split(separator: ".").first.map(String.init) ?? "").contains(where: destroyingPlaybookWords.contains)
        else { return nil }
        return CommandOperation(kind: .destroy, why: "ansible-playbook \(book): the playbook is named for tearing down")
    }

    /// BFG Repo-Cleaner's options, each of which cleans the history (short and long spellings).
    static let bfgCleaningOptions: Set<String> = [
        "--replace-text", "-rt", "--delete-files", "-D", "--delete-folders", "--strip-blobs-bigger-than", "-b", "--strip-biggest-blobs", "-B",
        "--strip-blobs-with-ids", "-bi", "--convert-to-git-lfs",
    ]

    /// Clients that call one gRPC or Connect method by its full name.
    static let rpcClients: Set<String> = ["grpcurl", "grpc_cli", "evans", "buf"]
    /// The first words of a method's name that delete what it names, or all of it.
    static let rpcDestroyingVerbs: Set<String> = ["delete", "purge", "drop", "truncate", "destroy", "wipe", "erase", "flush"]

    /// A gRPC or Connect method named for deleting (`grpcurl -d '{"id":"v1"}' HOST
    /// pkg.Volumes/DeleteVolume`, `grpc_cli call HOST pkg.Volumes.PurgeQueue`, `buf curl
    /// https://HOST/pkg.Volumes/DropTable`, `evans cli call pkg.Volumes.DeleteVolume`): the method
    /// is the last part of the service's path, and its first words say what it does (`Delete…`,
    /// `BatchDelete…`, `DeleteAll…`), as an SDK's call does.
    static func rpcMethod(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        guard let client = keys.first(where: rpcClients.contains) else { return nil }
        if client == "buf", a.positionals.first.map({ a.items[$0].text }) != "curl" { return nil }
        // `grpcurl HOST describe pkg.S.DeleteX`, `grpc_cli ls|type`: the method is only shown.
        if a.positionals.contains(where: { !a.items[$0].mayBeValue && ["list", "describe", "ls", "type"].contains(a.items[$0].text) }) { return nil }
        for i in a.positionals.reversed() where !a.items[i].mayBeValue || a.items[i].text.contains("/") {
            let text = a.items[i].text
            guard !text.contains(" "), text.contains("/") || text.contains("."), let method = text.split(whereSeparator: { $0 == "/" || $0 == "." }).last,
                  let first = method.first, first.isUppercase else { continue }
            let words = Words.split(String(method))
            let verb = ["batch", "bulk"].contains(words.first ?? "") ? words.dropFirst().first : words.first
            if let verb, rpcDestroyingVerbs.contains(verb) { return CommandOperation(kind: .destroy, why: "\(client) calls \(method), named for deleting what it names") }
            return nil
        }
        return nil
    }

    static func toolDestroys(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        let words = a.positionals.prefix(3).map { a.items[$0].text }
        for key in keys {
            switch key {
            case "nix-collect-garbage":
                if let f = a.items.first(where: { ["-d", "--delete-old", "--delete-older-than"].contains(String($0.name)) }) {
                    return CommandOperation(kind: .destroy, why: "nix-collect-garbage \(f.name) deletes old generations, the rollbacks they were")
                }
            case "nix-env", "nix":
                if FlagSpec("--delete-generations").isPresent(in: a) || words.contains("wipe-history") {
                    return CommandOperation(kind: .destroy, why: "\(key) deletes generations, the rollbacks they were")
                }
            case "tmux":
                // The server, every session but one (`-a`), or the session this runs in (no
                // `-t`). One other session named (`kill-session -t review`) is a job stopped.
                if let w = words.first(where: { ["kill-server", "kill-session", "kill-window", "kill-pane"].contains($0) }),
                   w == "kill-server" || has(a, "-a") || (w == "kill-session" && !has(a, "-t")) {
                    return CommandOperation(kind: .destroy, why: "tmux \(w)\(has(a, "-a") ? " -a" : "") ends what runs there")
                }
            case "ssh-add":
                if has(a, "-D") { return CommandOperation(kind: .destroy, why: "ssh-add -D removes every identity from the agent") }
            case "bfg":
                // Every cleaning BFG does rewrites each commit that held what it cleans.
                if let f = a.items.first(where: { $0.kind != .positional && bfgCleaningOptions.contains(String($0.name)) }) {
                    return CommandOperation(kind: .destroy, why: "bfg \(f.name) rewrites the repository's history")
                }
            case "openssl":
                // A CA's database told that a certificate is revoked: relying parties refuse it
                // from the next CRL on, and no command takes a revocation back.
                if words.first == "ca", a.items.contains(where: { $0.kind != .positional && $0.name == "-revoke" }) {
                    return CommandOperation(kind: .destroy, why: "openssl ca -revoke revokes the certificate")
                }
            case "screen":
                if let i = a.items.firstIndex(where: { $0.name == "-X" }), i + 1 < a.items.count, ["quit", "kill"].contains(a.items[i + 1].text) {
                    return CommandOperation(kind: .destroy, why: "screen -X \(a.items[i + 1].text) ends what runs there")
                }
            case "rclone":
                if let w = words.first, ["sync", "dedupe", "purge", "delete", "deletefile", "cleanup"].contains(w) {
                    if let d = dryRun(a, extra: ["-n"]) { return CommandOperation(kind: .read, why: "rclone \(w) \(d)", harmless: true) }
                    if w == "dedupe", a.values(of: OptionSpec("--dedupe-mode")).contains(where: { $0.lowercased() == "list" }) {
                        return CommandOperation(kind: .read, why: "rclone dedupe --dedupe-mode list only lists duplicates", harmless: true)
                    }
                    return CommandOperation(kind: .destroy, why: "rclone \(w) deletes files\(w == "sync" ? " the source lacks" : "")")
                }
            case "salt-key":
                if has(a, "-D|--delete-all|-d|--delete") { return CommandOperation(kind: .destroy, why: "salt-key deletes minions' keys") }
            case "dvc":
                if words.first == "gc", has(a, "-c|--cloud") {
                    return CommandOperation(kind: .destroy, why: "dvc gc --cloud deletes the remote's copies of what the workspace does not use")
                }
            case "qemu-img":
                if words.first == "snapshot", let f = a.items.first(where: { ["-d", "-a"].contains(String($0.name)) }) {
                    return CommandOperation(kind: .destroy, why: "qemu-img snapshot \(f.name) \(f.name == "-d" ? "deletes a snapshot" : "reverts the image to a snapshot")")
                }
            case "systemctl":
                // Its looking subcommands (`systemctl status api`, on a host over ssh too).
                if let w = words.first, ["status", "show", "list-units", "list-unit-files", "list-timers", "list-sockets", "is-active", "is-enabled", "is-failed", "cat"].contains(w) {
                    return CommandOperation(kind: .read, why: "systemctl \(w)")
                }
                if words.first == "clean" {
                    let what = a.values(of: OptionSpec("--what")).flatMap { $0.split(separator: ",") }.map { $0.lowercased() }
                    if let kept = what.first(where: { !["cache", "runtime"].contains($0) }) {
                        return CommandOperation(kind: .destroy, why: "systemctl clean --what=\(kept) deletes the unit's \(kept) directories")
                    }
                }
            case "truncate":
                let sizes = a.values(of: OptionSpec("-s|--size"))
                guard sizes.contains(where: { $0 == "0" || $0 == "0K" }) else { break }
                let files = a.positionals.map({ a.items[$0].text }).filter { f in !a.items.contains { $0.text == f && $0.mayBeValue } }
                if let file = files.first(where: isDatabaseFile) {
                    return CommandOperation(kind: .destroy, why: "truncate -s 0 empties the database file \(file)")
                }
                if let file = files.first(where: { !isLogOrScratch($0) }) {
                    return CommandOperation(kind: .destroy, why: "truncate -s 0 empties \(file), and nothing makes its content again")
                }
            case "vault":
                // A write to an API path that destroys (`transit/keys/k/trim`, `sys/leases/
                // revoke-prefix/…`): the path's action decides, as a request's would.
                if words.first == "write", let path = words.dropFirst().first(where: { $0.contains("/") }),
                   let action = path.split(separator: "/").first(where: { s in
                       let head = s.split(separator: "-").first.map { String($0).lowercased() } ?? ""
                       return genericDestroyWords.contains(head)
                   }) {
                    return CommandOperation(kind: .destroy, why: "vault write \(path): \(action)")
                }
            case "mc":
                // MinIO's administration: removing users, keys, policies, buckets' settings.
                let all = a.positionals.map { a.items[$0].text }
                if all.first == "admin", let verb = all.dropFirst().prefix(4).first(where: { ["rm", "remove", "delete", "purge", "reset", "clear"].contains($0) }) {
                    return CommandOperation(kind: .destroy, why: "mc admin … \(verb)")
                }
            case "tar":
                if has(a, "--delete") { return CommandOperation(kind: .destroy, why: "tar --delete removes members from the archive") }
            case "snap":
                // Without --purge snap keeps a snapshot of the removed snap's data; `forget` deletes one.
                if words.first == "remove", has(a, "--purge") { return CommandOperation(kind: .destroy, why: "snap remove --purge deletes the snap's data without a snapshot") }
                if words.first == "forget" { return CommandOperation(kind: .destroy, why: "snap forget deletes a saved snapshot") }
            case "systemd-tmpfiles":
                if has(a, "--remove|--purge") { return CommandOperation(kind: .destroy, why: "systemd-tmpfiles --remove deletes what its configuration lists") }
            case "pg_resetwal", "pg_rewind":
                // Their own dry runs: `pg_resetwal -n` prints the values it would write.
                if has(a, "-n|--dry-run") { return CommandOperation(kind: .read, why: "\(key) \(has(a, "-n") ? "-n" : "--dry-run") only prints", harmless: true) }
                return CommandOperation(kind: .destroy, why: "\(key) rewrites a cluster's data directory, losing what the log held")
            case "redis-check-aof", "redis-check-rdb":
                if has(a, "--fix") { return CommandOperation(kind: .destroy, why: "\(key) --fix truncates the file at the first damage") }
            case "mongod":
                if has(a, "--repair") { return CommandOperation(kind: .destroy, why: "mongod --repair drops what it cannot read") }
            case "k9s":
                // Its read-only mode: no command that changes the cluster is offered.
                if has(a, "--readonly") { return CommandOperation(kind: .read, why: "k9s --readonly only shows the cluster") }
            case "bq":
                // A table's first rows (`bq head -n 10 project:dataset.table`).
                if words.first == "head" { return CommandOperation(kind: .read, why: "bq head prints a table's first rows") }
            case "docusaurus":
                // Its generated files and caches (`.docusaurus`, `build`), made again by the next build.
                if words.first == "clear" { return CommandOperation(kind: .local, why: "docusaurus clear removes its generated files, made again by the next build") }
            case "dbt":
                // Tests, freshness checks, compiling and listing only query the warehouse (a
                // test's failures stored with `--store-failures` write tables of their own).
                if let verb = words.first, ["test", "compile", "parse", "ls", "list", "debug", "show", "source"].contains(verb),
                   verb != "source" || words.dropFirst().first == "freshness", !has(a, "--store-failures") {
                    return CommandOperation(kind: .read, why: "dbt \(words.prefix(2).joined(separator: " ")) only queries the warehouse")
                }
            case "hg", "sl":
                if words.first == "strip" || words.first == "prune" { return CommandOperation(kind: .destroy, why: "\(key) \(words[0]) removes changesets from the repository") }
                // The last transaction undone: the commit (or the pull) is gone from the
                // repository, and no later command brings it back.
                if words.first == "rollback", !has(a, "-n|--dry-run") { return CommandOperation(kind: .destroy, why: "\(key) rollback removes the last transaction's changesets") }
                // Untracked files deleted, as `git clean -f` does (`--print` only lists them).
                if words.first == "purge" || words.first == "clean" {
                    if has(a, "-p|--print") { return CommandOperation(kind: .read, why: "\(key) \(words[0]) --print lists untracked files", harmless: true) }
                    return CommandOperation(kind: .destroy, why: "\(key) \(words[0]) deletes untracked files")
                }
            case "fossil":
                // `fossil clean` deletes the checkout's untracked files; `-n`/`--dry-run` lists them.
                if words.first == "clean" {
                    if has(a, "-n|--dry-run") { return CommandOperation(kind: .read, why: "fossil clean --dry-run lists untracked files", harmless: true) }
                    return CommandOperation(kind: .destroy, why: "fossil clean deletes untracked files")
                }
                // `fossil scrub` removes private branches, passwords and shunned artifacts from the
                // repository for good (`--verily` all of them).
                if words.first == "scrub" {
                    return CommandOperation(kind: .destroy, why: "fossil scrub removes what the repository held, for good")
                }
            case "influx":
                // A delete with a predicate that selects within a measurement (a tag too: `AND
                // host="dev-1"`) removes those points, as a DELETE with WHERE; a whole measurement
                // or no predicate, every point in the range.
                if words.first == "delete" {
                    let predicate = a.values(of: OptionSpec("--predicate|-p")).first.map(String.init) ?? ""
                    let selects = predicate.uppercased().contains(" AND ") || predicate.split(separator: "=").count > 2
                    return CommandOperation(kind: selects ? .write : .destroy, why: "influx delete\(selects ? " of the points its predicate selects" : " of a whole measurement or range")")
                }
            case "fastboot":
                if has(a, "-w") { return CommandOperation(kind: .destroy, why: "fastboot -w erases the device's user data") }
                if let i = words.firstIndex(where: { $0 == "flashing" || $0 == "oem" }), i + 1 < words.count, words[i + 1].hasPrefix("unlock") {
                    return CommandOperation(kind: .destroy, why: "fastboot \(words[i]) \(words[i + 1]) erases the device's user data")
                }
            case "pio", "platformio":
                if let target = a.values(of: OptionSpec("-t|--target")).first(where: { $0.lowercased().contains("erase") }) {
                    return CommandOperation(kind: .destroy, why: "\(key) target \(target) erases the board's flash")
                }
            default:
                continue
            }
        }
        return nil
    }

    /// Destroying verbs a program's name may end with (`lvremove`).
    static let nameVerbs = ["remove", "delete", "destroy", "purge", "wipe", "erase"]

    /// A program whose one-word name is a short prefix and a destroying verb: `lvremove`.
    static func verbInName(_ view: ExecView) -> CommandOperation? {
        for key in view.programKeys {
            let name = key.lowercased()
            guard name.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            for verb in nameVerbs where name.hasSuffix(verb) {
                let prefix = name.dropLast(verb.count)
                guard (1...4).contains(prefix.count) else { continue }
                return CommandOperation(kind: .destroy, why: "\(key): its name says it \(verb == "wipe" ? "wipes" : verb + "s") what it is given")
            }
            // A short prefix, the verb and what it acts on: `gpdeletesystem`.
            if prefixedVerb(name) { return CommandOperation(kind: .destroy, why: "\(key): its name says it destroys what it is given") }
        }
        return nil
    }

    /// Package managers' commands that remove a published package from its registry.
    static let registryDestroys: [String: [[String]]] = [
        "npm": [["unpublish"], ["token"], ["owner"], ["access"]], "pnpm": [["unpublish"]], "yarn": [["unpublish"], ["npm"]],
        "gem": [["yank"]], "cargo": [["yank"], ["owner"]], "dotnet": [["nuget"]], "nuget": [["delete"]], "mix": [["hex.publish"]],
    ]

    static func registryDestroy(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        for key in keys {
            guard let firsts = registryDestroys[key] else { continue }
            let words = a.positionals.prefix(3).map { a.items[$0].text }
            guard let first = words.first, firsts.contains(where: { $0.contains(first) }) else { continue }
            let path: String
            switch (key, first) {
            case ("yarn", "npm"), ("dotnet", "nuget"):
                // `yarn npm unpublish`, `dotnet nuget delete`.
                guard words.count > 1, ["unpublish", "delete"].contains(words[1]) else { continue }
                path = "\(first) \(words[1])"
            case ("mix", _):
                guard FlagSpec("--revert").isPresent(in: a) else { continue }
                path = "hex.publish --revert"
            case ("npm", "access"):
                guard words.count > 1, words[1] == "revoke" else { continue }
                return CommandOperation(kind: .destroy, why: "npm access revoke takes away access to the package")
            case ("npm", "token"), ("npm", "owner"):
                // A token revoked, an owner removed: access to publish is gone.
                guard words.count > 1, ["revoke", "rm", "remove", "delete"].contains(words[1]) else { continue }
                return CommandOperation(kind: .destroy, why: "npm \(first) \(words[1]) takes away access to the registry")
            case ("cargo", "owner"):
                guard FlagSpec("--remove|-r").isPresent(in: a) else { continue }
                return CommandOperation(kind: .destroy, why: "cargo owner --remove takes away access to the crate")
            case ("cargo", _):
                if FlagSpec("--undo").isPresent(in: a) { return CommandOperation(kind: .write, why: "cargo yank --undo") }
                path = first
            default:
                path = first
            }
            return CommandOperation(kind: .destroy, why: "\(key) \(path) removes a published package from its registry")
        }
        return nil
    }
}

