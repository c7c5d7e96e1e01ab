// Verbs spelled where a verb path does not put them:
//
// - a verb written as a single-dash word, the command's first option, when no positional is a
//   verb: HDFS's shell (`hdfs dfs -rm -r /data`, `hadoop fs -rmr /tmp`, `hdfs dfs -ls /`);
// - an option that names the kind of operation, whose value is a destroying verb (`batch start
//   --batch_type terminate`, `--action delete`, `--operation purge`);
// - rewriting what is stored without what an exclude pattern matches (`… recreate --exclude
//   '*.iso'`): the excluded data is gone from every archive it rewrites.

extension Operations {
    /// The verb of a command whose first option is a verb word: (`-rm`, class).
    static func dashVerb(_ a: Arguments) -> (String, OperationClass)? {
        guard let first = a.items.first(where: { $0.kind != .positional }), first.kind == .short, !first.afterDoubleDash,
              first.inlineValue == nil else { return nil }
        let word = first.name.dropFirst().lowercased()
        guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        if genericDestroyWords.contains(word) { return (String(first.name), .destroy) }
        if genericReadWords.contains(word) || ["du", "df", "count", "test", "checksum"].contains(word) { return (String(first.name), .read) }
        return nil
    }

    /// Option-name words that say the value is the kind of operation to perform.
    static let operationKindWords: Set<String> = ["type", "action", "operation", "op", "kind", "verb", "command", "cmd", "mode"]

    /// `--batch_type terminate`: the option and its destroying value.
    static func destroyingKindOption(_ a: Arguments) -> String? {
        for item in a.items where item.kind == .long && !item.afterDoubleDash {
            let parts = item.name.dropFirst(2).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            guard let last = parts.last, operationKindWords.contains(last) else { continue }
            guard let value = flagValue(a, item)?.lowercased(), genericDestroyWords.contains(value) else { continue }
            return "\(item.name) \(value)"
        }
        return nil
    }

    /// Verbs that rewrite what is stored: with an exclude pattern they drop what it matches.
    static let rewritingVerbs: Set<String> = ["recreate", "rewrite"]

    static func rewriteExcluding(_ a: Arguments, path: [String]) -> String? {
        guard let verb = path.first(where: { rewritingVerbs.contains($0.lowercased()) }) else { return nil }
        guard let exclude = a.items.first(where: { $0.kind != .positional && !$0.afterDoubleDash && $0.name.lowercased().hasPrefix("--exclude") }) else { return nil }
        return "\(verb) \(exclude.name) drops what it excludes from what it rewrites"
    }
}
