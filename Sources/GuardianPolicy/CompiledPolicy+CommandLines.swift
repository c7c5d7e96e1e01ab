// A command line given whole as words: `git fetch origin && git reset --hard origin/main`,
// `for db in a b; do dropdb "$db"; done`. A shell never hands its control operators to a
// program, but several programs hand their words to one — ssh joins its command words for the
// remote shell, `watch` and `su -c` for a local one — and a tool call checked as the agent wrote
// it (`guardian check`, a profile's examples, the corpora) arrives split at spaces with the
// operators among the words. Such words are read as the shell reads them: each command between
// them is decided too, and the loop and condition keywords are taken off the command they
// start, so a loop's body is decided as the commands it runs. In an exec's argv a program a
// family grammar knows still has its operation read from its whole argv beside them, which can
// only add to what stops a command; one no grammar knows, and in a line as typed every program,
// reads its words up to the first operator, as the shell hands them to it (`flutter clean &&
// flutter pub get` cleans build output; `railway variables -e staging | grep -v SECRET` lists:
// the words after the operator are not its). In a line as typed (`ExecRequest.typedLine`: `guardian check`, a
// rule's examples) the catalog's rules and the targets read each command's own words too
// (`rm -rf build/ && cmake -S . -B build`: cmake's `.` is not rm's); in an exec's argv every
// word is the program's, operators included.

extension CompiledPolicy {
    /// The shell's control operators as words of their own.
    static let controlOperators: Set<String> = ["&&", "||", "|", ";", "&", "|&"]
    /// Keywords that begin a compound command: what follows them up to `;` is not a program's.
    static let compoundKeywords: Set<String> = ["for", "while", "until", "if", "case", "select"]

    /// The commands of an argv that holds a command line: none when no word is a control
    /// operator, a command ending in `;` before more words, or a compound command's keyword
    /// at its start. After a `cd` a command is decided in both directories, as in a `-c` script.
    static func commandLineCommands(_ request: ExecRequest) -> [ExecRequest] {
        let argv = request.argv
        guard argv.count > 1 else { return [] }
        let first = ExecView.basename(argv[0])
        var holdsLine = compoundKeywords.contains(String(first))
        for (i, word) in argv.enumerated() where !holdsLine {
            if controlOperators.contains(word) { holdsLine = true }
            // `echo done; rm -rf x`: the `;` stays on its word when the line is split at spaces.
            else if i + 1 < argv.count, word.count > 1, word.hasSuffix(";"), !word.contains(where: \.isWhitespace) { holdsLine = true }
        }
        guard holdsLine else { return [] }
        let line = argv.enumerated().map { i, word -> String in
            if controlOperators.contains(word) { return word }
            if i + 1 < argv.count, word.count > 1, word.hasSuffix(";"), !word.contains(where: \.isWhitespace) {
                return shellQuoted(String(word.dropLast())) + " ;"
            }
            return shellQuoted(word)
        }.joined(separator: " ")
        return scriptRequests(line, of: request)
    }

    /// The first command of an argv that holds a command line, up to its first control operator
    /// (a `;` ending a word ends it too); nil when the argv holds no line or it is a compound
    /// command's.
    static func ownCommand(_ request: ExecRequest) -> ExecRequest? {
        let argv = request.argv
        guard argv.count > 2, let argv0 = argv.first, !compoundKeywords.contains(String(ExecView.basename(argv0))) else { return nil }
        // find's `-exec … ;` ends its own command, not the line's.
        guard ExecView.basename(argv0) != "find" else { return nil }
        for (i, word) in argv.enumerated().dropFirst() {
            var own = request
            if controlOperators.contains(word) {
                own.argv = Array(argv[..<i])
                return own
            }
            if i + 1 < argv.count, word.count > 1, word.hasSuffix(";"), !word.contains(where: \.isWhitespace) {
                own.argv = Array(argv[..<i]) + [String(word.dropLast())]
                return own
            }
        }
        return nil
    }

    /// The commands of the substitutions among an argv's words (`psql "$(neonctl
    /// connection-string main)"`, `kill $(cat tmp/server.pid)`): in a line given whole, or a
    /// script's, the shell runs them first and hands their output on, so they are decided too,
    /// for what they do and the environment they name. Not a text tool's words, which are data
    /// as often as not (`echo '$(…)'`), nor backquotes, which are Markdown's code more often
    /// than a shell's (`git commit -m "fix \`parse\`"`). `$((…))` is arithmetic, no command.
    static func substitutionCommands(_ request: ExecRequest) -> [ExecRequest] {
        guard let argv0 = request.argv.first, !Operations.textTools.contains(String(ExecView.basename(argv0))) else { return [] }
        var out: [ExecRequest] = []
        for word in request.argv.dropFirst() where word.contains("$(") {
            for text in substitutions(in: word).prefix(8) { out += scriptRequests(text, of: request) }
        }
        // In a line as typed, the assignments in front of the command run theirs too
        // (`DATABASE_URL=$(heroku config:get DATABASE_URL -a shop-production) rails …`). At an
        // exec the shell has run them already: the environment holds their output.
        if request.typedLine {
            for name in request.environment.keys.sorted() where request.environment[name]!.contains("$(") {
                for text in substitutions(in: request.environment[name]!).prefix(8) { out += scriptRequests(text, of: request) }
            }
        }
        return out
    }

    /// The texts of the `$( … )` in a word (a nested one inside its outer one's text).
    static func substitutions(in word: String) -> [String] {
        var out: [String] = []
        let chars = Array(word)
        var i = 0
        while i + 1 < chars.count {
            guard chars[i] == "$", chars[i + 1] == "(" else { i += 1; continue }
            if i + 2 < chars.count, chars[i + 2] == "(" { i += 3; continue }
            var depth = 1
            var j = i + 2
            while j < chars.count, depth > 0 {
                if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1 }
                j += 1
            }
            // An unclosed substitution runs to the end of the word, as far as it is known.
            out.append(String(chars[(i + 2)..<(depth == 0 ? j - 1 : j)]))
            i = j
        }
        return out.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// A script command's words without the compound-command keywords in front of them: `do
    /// dropdb x` runs dropdb, `if grep -q a f` runs grep; `done`, `fi` and the header of a `for`
    /// run nothing (its word list is data).
    static func withoutKeywords(_ argv: [String]) -> [String] {
        var words = withoutSubshellParentheses(argv)[...]
        while let w = words.first, ["do", "then", "else", "elif", "if", "while", "until", "!", "{", "time"].contains(w) {
            words = words.dropFirst()
        }
        guard let w = words.first else { return [] }
        if ["done", "fi", "esac", "}", "for", "case", "select", "in"].contains(w) { return [] }
        return Array(words)
    }

    /// A subshell's parentheses taken off the command they open and close (`( cd infra/prod &&
    /// terraform plan )`, `(cd web && npm test)`): the command is the words inside. A closing
    /// parenthesis stays on a word that opened its own (`"$(date)"`).
    static func withoutSubshellParentheses(_ argv: [String]) -> [String] {
        var words = argv
        while let first = words.first, first.hasPrefix("(") {
            let rest = String(first.drop(while: { $0 == "(" }))
            if rest.isEmpty { words.removeFirst() } else { words[0] = rest; break }
        }
        while let last = words.last, last.hasSuffix(")") {
            let opened = last.filter { $0 == "(" }.count, closed = last.filter { $0 == ")" }.count
            guard closed > opened else { break }
            var trimmed = Substring(last)
            var extra = closed - opened
            while extra > 0, trimmed.hasSuffix(")") { trimmed = trimmed.dropLast(); extra -= 1 }
            if trimmed.isEmpty { words.removeLast() } else { words[words.count - 1] = String(trimmed); break }
        }
        return words
    }
}
