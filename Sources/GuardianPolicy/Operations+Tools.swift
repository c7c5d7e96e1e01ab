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
        // borg's `-n` (`borg recreate -n`, `borg prune -n`) lists what it would do.
        "borg": "-n|--dry-run",
    ]

    /// Programs that only list unless given one of these flags.
    static let listsUnless: [String: String] = ["wipefs": "-a|--all|-o|--offset"]

    /// A tool's own dry run, or a listing: a read that changes nothing.
    static func ownDryRun(_ keys: [String], _ a: Arguments) -> CommandOperation? {
        for key in keys {
            if let spec = ownDryRunFlags[key], let flag = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && FlagSpec(spec).matches($0) }) {
                return CommandOperation(kind: .read, why: "\(key) \(flag.name) (\(key)'s dry run)", harmless: true)
            }
            if let spec = listsUnless[key], !FlagSpec(spec).isPresent(in: a) {
                return CommandOperation(kind: .read, why: "\(key) without \(spec.replacingOccurrences(of: "|", with: " or ")) only lists", harmless: true)
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
        "npm": [["unpublish"]], "pnpm": [["unpublish"]], "yarn": [["unpublish"], ["npm"]],
        "gem": [["yank"]], "cargo": [["yank"]], "dotnet": [["nuget"]], "nuget": [["delete"]], "mix": [["hex.publish"]],
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

