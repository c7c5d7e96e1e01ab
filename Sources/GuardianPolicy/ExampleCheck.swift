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
        var words = ShellWords.split(commandLine)
        var environment: [String: String] = [:]
        while let first = words.first, let eq = first.firstIndex(of: "="), first[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), eq != first.startIndex {
            environment[String(first[..<eq])] = String(first[first.index(after: eq)...])
            words.removeFirst()
        }
        environment["HOME"] = environment["HOME"] ?? home
        let program = words.first.map { $0.contains("/") ? $0 : "/usr/bin/" + $0 } ?? ""
        return ExecRequest(program: program, argv: words, cwd: cwd, environment: environment)
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
/// whitespace separates words; single and double quotes and backslashes quote.
public enum ShellWords {
    public static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
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
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
