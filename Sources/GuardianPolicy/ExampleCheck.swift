// Every rule's `examples` are checked when its profile loads: a rule that does not match what
// its author says it matches is an error, not a silent gap.

extension CompiledPolicy {
    /// Compiles `profile` for the fixed example home and project and checks every example.
    static func checkExamples(_ profile: ComposedProfile) throws -> CompiledPolicy {
        let policy = try CompiledPolicy(profile, expansion: .examples)
        var errors: [PolicyError] = []
        var execIndex = 0
        var fileIndex = 0
        var requestIndex = 0
        var localIndex = 0
        for rule in profile.rules {
            if rule.local != nil {
                let matcher = policy.localRules[localIndex].matcher
                localIndex += 1
                for (examples, expected) in [(rule.matchExamples, true), (rule.notMatchExamples, false)] {
                    for example in examples {
                        // `SOCKET [PROGRAM]`: `/run/docker.sock /usr/bin/dockerd`.
                        let words = example.value.split(separator: " ").map(String.init)
                        let connection = LocalConnection(socket: words.first ?? "", program: words.count > 1 ? words[1] : nil)
                        if matcher.matches(connection) != expected {
                            errors.append(PolicyError(
                                "rule '\(rule.id)': example '\(example.value)' \(expected ? "should match but does not" : "should not match but does")",
                                at: example.location))
                        }
                    }
                }
            }
            if rule.request != nil {
                let matcher = policy.requestRules[requestIndex].matcher
                requestIndex += 1
                for (examples, expected) in [(rule.matchExamples, true), (rule.notMatchExamples, false)] {
                    for example in examples {
                        guard let request = RequestExample.parse(example.value) else {
                            errors.append(PolicyError("rule '\(rule.id)': example '\(example.value)' is not `METHOD URL [-H 'Name: value']… [BODY]`", at: example.location))
                            continue
                        }
                        let matched: Bool
                        switch RequestClassifier.classify(request) {
                        case .success(let facts): matched = matcher.match(facts) != nil
                        case .failure: matched = false
                        }
                        if matched != expected {
                            errors.append(PolicyError(
                                "rule '\(rule.id)': example '\(example.value)' \(expected ? "should match but does not" : "should not match but does")",
                                at: example.location))
                        }
                    }
                }
            }
            if rule.exec != nil {
                let matcher = policy.execRules[execIndex].matcher
                let changesSomething = policy.execRules[execIndex].changesSomething
                execIndex += 1
                for (examples, expected) in [(rule.matchExamples, true), (rule.notMatchExamples, false)] {
                    for example in examples {
                        var view = ExecView(Self.request(example.value))
                        let operation = Operations.classify(view, expansion: .examples)
                        let (environment, _) = policy.targetEnvironment(&view)
                        let harmless = changesSomething && (operation?.harmless ?? false)
                        if (!harmless && matcher.matches(view, environment: environment, operation: operation)) != expected {
                            errors.append(PolicyError(
                                "rule '\(rule.id)': example '\(example.value)' \(expected ? "should match but does not" : "should not match but does")",
                                at: example.location))
                        }
                    }
                }
            }
            if let spec = rule.file {
                let fileRule = policy.fileRules[fileIndex]
                fileIndex += 1
                for (examples, expected) in [(rule.matchExamples, true), (rule.notMatchExamples, false)] {
                    for example in examples {
                        let (access, path) = Self.fileExample(example.value, default: spec.access.first ?? .read)
                        var resolved = Expansion.examples.pattern(path)
                        let matched = resolved.withUTF8 { fileRule.matches($0) } && fileRule.access & FileRule.bit(access) != 0
                        if matched != expected {
                            errors.append(PolicyError(
                                "rule '\(rule.id)': example '\(example.value)' \(expected ? "should match but does not" : "should not match but does")",
                                at: example.location))
                        }
                    }
                }
            }
        }
        if !errors.isEmpty { throw PolicyError(all: errors) }
        return policy
    }

    /// `AWS_PROFILE=prod aws s3 ls` → an exec of /usr/bin/aws in the example project.
    static func request(_ commandLine: String, home: String = Expansion.examples.home, cwd: String = Expansion.examples.project) -> ExecRequest {
        var words = ShellWords.scriptTokens(commandLine).map(\.text)
        var environment: [String: String] = [:]
        while let first = words.first, let eq = first.firstIndex(of: "="), first[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), eq != first.startIndex {
            environment[String(first[..<eq])] = String(first[first.index(after: eq)...])
            words.removeFirst()
        }
        environment["HOME"] = environment["HOME"] ?? home
        let program = words.first.map { $0.contains("/") ? $0 : "/usr/bin/" + $0 } ?? ""
        var request = ExecRequest(program: program, argv: words, cwd: cwd, environment: environment)
        request.typedLine = true
        return request
    }

    /// `write ./db/data` → (.write, "./db/data"); a bare path uses the rule's first access.
    static func fileExample(_ text: String, default access: FileAccess) -> (FileAccess, String) {
        if let space = text.firstIndex(of: " "), let a = FileAccess(rawValue: String(text[..<space])) {
            return (a, String(text[text.index(after: space)...]))
        }
        return (access, text)
    }
}

/// Splits a command line the way a POSIX shell would, for examples and `guardian check`:
/// whitespace separates words; single and double quotes and backslashes quote; a `#` that
/// begins a word begins a comment, to the end of its line; a `$( … )` stays inside its word
/// (`TOKEN=$(jq -r .token ~/.config/x.json) curl …` runs curl).
public enum ShellWords {
    public static func split(_ line: String) -> [String] {
        lex(line, operators: false).map(\.text)
    }

    /// One token of a shell script line: a word (quotes removed), or a control operator the
    /// shell itself reads — `;`, `&&`, `||`, `|`, `&`, `(`, `)` — written unquoted, with or
    /// without spaces around it (`cd x&&rm -rf y`, `echo 'DROP TABLE t;'|psql`). A quoted or
    /// escaped `;` is a word (`find … -exec rm {} \;`), and `$( … )` stays inside its word.
    public struct Token: Equatable, Sendable {
        public var text: String
        public var isOperator: Bool
    }

    public static func scriptTokens(_ line: String) -> [Token] {
        lex(line, operators: true)
    }

    /// Words, and with `operators` the shell's control operators and `<<` as tokens of their own.
    static func lex(_ line: String, operators: Bool) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        var substitution = 0
        let chars = Array(line)
        func endWord() {
            if inWord { tokens.append(Token(text: current, isOperator: false)) }
            current = ""
            inWord = false
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            defer { i += 1 }
            if escaped {
                current.append(c)
                escaped = false
                continue
            }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    escaped = true
                } else {
                    current.append(c)
                }
                continue
            }
            if substitution > 0 {
                // Inside `$( … )`: part of the word, operators included.
                if c == "(" { substitution += 1 } else if c == ")" { substitution -= 1 }
                if c == "'" || c == "\"" { quote = c; continue }
                current.append(c)
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n":
                endWord()
            case "#" where !inWord:
                // A comment, to the end of its line: the shell runs none of it (`psql -f
                // setup.sql # it drops the schema first`). Inside a word `#` is a character
                // (`a#b`, `$#`, a URL's fragment).
                while i + 1 < chars.count, chars[i + 1] != "\n" { i += 1 }
            case "$" where next == "(":
                current.append("$(")
                inWord = true
                substitution = 1
                i += 1
            case ";", "|", "&", "(", ")":
                // `>&2`, `2>&1`, `&>file`, `<&0`: redirections, not operators. Without
                // `operators`, every one of them is part of a word.
                let previous: Character? = current.last
                if !operators || c == "&" && (previous == ">" || previous == "<" || next == ">") && inWord || (c == "&" && next == ">") {
                    current.append(c)
                    inWord = true
                    continue
                }
                endWord()
                var op = String(c)
                if let next, (c == "&" && next == "&") || (c == "|" && (next == "|" || next == "&")) || (c == ";" && next == ";") {
                    op.append(next)
                    i += 1
                }
                tokens.append(Token(text: op == "|&" ? "|" : op == ";;" ? ";" : op, isOperator: true))
            case "<" where operators && next == "<" && inWord && current.last != "<":
                // `psql<<EOF`: the redirection is a word of its own.
                endWord()
                current.append(c)
                inWord = true
            default:
                current.append(c)
                inWord = true
            }
        }
        endWord()
        return tokens
    }
}
