// Settings that say a command destroys, for programs no grammar knows. A setting is a
// `key=value` word (`erase=true`), the value of an option (`--set purge=true`, `-p
// Key=Value`), or a property in the Windows spelling of options (`/p:Key=Value`):
//
// - a key that is a destroying word (`erase`, `purge`, `wipe`), or a destroying verb and what
//   it deletes (`DropObjectsNotInSource`, `delete_existing`, `purge-orphans`), set true;
// - what to do with what already exists, set to replace or empty it (`table_exists_action=
//   replace`, `--if-exists truncate`, `--on-conflict overwrite`);
//
// unless the command's action only prints the script or report of what it would do
// (`/Action:Script`, `/Action:DeployReport`, `--action plan`). Keys in capitals are
// environment variables handed to something else (`-e PURGE=true`), not the program's settings.

extension Operations {
    /// Destroying words a setting's key is read with, alone or first.
    static let settingVerbs: Set<String> = ["drop", "delete", "remove", "purge", "wipe", "erase", "destroy", "truncate", "prune"]
    /// What such a key deletes, as its later words: data named by `deletedDataWords`, or objects
    /// that the source or the state no longer has.
    static let settingObjects: Set<String> = ["objects", "existing", "orphans", "orphaned", "extra", "extraneous", "unmanaged", "stale", "missing", "old"]
    /// Key words of a policy for what already exists.
    static let existingWords: Set<String> = ["exists", "exist", "existing", "conflict", "conflicts", "collision", "collisions"]
    static let replacingValues: Set<String> = ["replace", "overwrite", "truncate", "drop", "delete", "recreate", "wipe"]
    /// Last words of an action that only prints what would be done.
    static let printingActions: Set<String> = ["script", "report", "plan", "preview", "diff", "print", "validate", "check", "list", "show"]

    /// Every setting of the command: (key, value).
    static func settings(_ a: Arguments) -> [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        func add(_ word: Substring) {
            guard let eq = word.firstIndex(of: "="), eq != word.startIndex else { return }
            let key = word[..<eq]
            guard key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }) else { return }
            out.append((String(key), String(word[word.index(after: eq)...])))
        }
        for (i, item) in a.items.enumerated() where !item.afterDoubleDash {
            if item.kind == .positional {
                if let (_, value) = slashOption(item.text) { add(value) } else { add(Substring(item.text)) }
            } else if let v = item.inlineValue {
                add(v)
                let name = item.name.drop(while: { $0 == "-" })
                if !name.isEmpty { out.append((String(name), String(v))) }
            } else if i + 1 < a.items.count, a.items[i + 1].kind == .positional {
                // `--if-exists replace`: an option and the word after it, read as a setting too.
                out.append((String(item.name.drop(while: { $0 == "-" })), a.items[i + 1].text))
            }
        }
        return out
    }

    /// `/Name:Value` (a Windows-style option): its name and value; nil for a path.
    static func slashOption(_ text: String) -> (String, Substring)? {
        guard text.hasPrefix("/"), let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[text.index(after: text.startIndex)..<colon]
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (String(name), text[text.index(after: colon)...])
    }

    static func truthy(_ value: String) -> Bool { ["true", "yes", "1", "on", "y"].contains(value.lowercased()) }

    /// The setting that makes the command destroy, if any.
    static func destroyingSetting(_ a: Arguments, program: String) -> CommandOperation? {
        let all = settings(a)
        // An action that prints: `/Action:Script`, `--action=plan`.
        for item in a.items where item.kind == .positional {
            if let (name, value) = slashOption(item.text), name.lowercased() == "action" || name.lowercased() == "a",
               let last = Words.split(String(value)).last, printingActions.contains(last) { return nil }
        }
        for (key, value) in all where operationKindWords.contains(Words.split(key).last ?? "") {
            if let last = Words.split(value).last, printingActions.contains(last) { return nil }
        }
        for (key, value) in all {
            // Environment variables handed on (`-e PURGE=true`), not settings of this program.
            if key.contains(where: { $0.isLetter }), !key.contains(where: { $0.isLowercase }) { continue }
            let words = Words.split(String(key.split(separator: ".").last ?? Substring(key)))
            guard let first = words.first else { continue }
            if truthy(value), settingVerbs.contains(first),
               words.count == 1 || words.dropFirst().contains(where: { settingObjects.contains($0) || deletedDataWords.contains($0) }) {
                return CommandOperation(kind: .destroy, why: "\(program) \(key)=\(value)")
            }
            if words.contains(where: existingWords.contains), replacingValues.contains(value.lowercased()) {
                return CommandOperation(kind: .destroy, why: "\(program) \(key)=\(value) replaces what exists")
            }
        }
        // A retention cut to almost nothing: the broker deletes every message older than it
        // at its next check (`--add-config retention.ms=1000`, the usual way to empty a Kafka
        // topic). Settings may come several to a value: `retention.ms=1000,cleanup.policy=delete`.
        for (_, value) in all {
            for setting in value.split(separator: ",") + [Substring(value)] {
                let kv = setting.split(separator: "=", maxSplits: 1)
                guard kv.count == 2, let n = Int(kv[1]) else { continue }
                let key = kv[0].lowercased()
                if (key.hasSuffix("retention.ms") && n >= 0 && n < 60_000) || (key.hasSuffix("retention.bytes") && n == 0) {
                    return CommandOperation(kind: .destroy, why: "\(program) \(kv[0])=\(kv[1]) deletes what the retention no longer keeps")
                }
            }
        }
        return nil
    }
}
