extension Guardian.Run {
    /// What `guardian run` was asked to do, as plain values.
    struct Arguments: Equatable {
        var profile: String?
        var project: String?
        var quiet = false
        var askTimeout: Double?
        var notify: String?
        var passEnv: [String] = []
        var upstreamCA: [String] = []
        var resolve: [String] = []
        var secretScan = true
        var command: [String] = []
    }

    /// The values ArgumentParser read.
    var arguments: Arguments {
        Arguments(profile: profile, project: project, quiet: quiet, askTimeout: askTimeout, notify: notify, passEnv: passEnv, upstreamCA: upstreamCA, resolve: resolve, secretScan: !noSecretScan, command: command)
    }

    /// The arguments after `run` read directly, for the forms a session is started with:
    /// `run`'s own options (`--profile X`, `--profile=X`, `-q`, …), then `--`, then the command.
    /// ArgumentParser takes about two milliseconds to read them — reflection over the
    /// command's properties, and a second parse looking for `--generate-completion-script` —
    /// at the start of every session.
    ///
    /// Nil for anything else (help, an unknown or malformed option, a value that starts with
    /// `-`, an empty value, no command): ArgumentParser then reads them, and its errors and
    /// help are the ones printed. Where this returns values, they are the ones ArgumentParser
    /// would have read (RunArgumentsTests checks a table of argument vectors through both).
    static func directArguments(_ argv: [String]) -> Arguments? {
        var result = Arguments()
        var i = argv.startIndex
        while i < argv.endIndex {
            let argument = argv[i]
            i += 1
            if argument == "--" {
                result.command = Array(argv[i...])
                return result.command.isEmpty ? nil : result
            }
            if argument == "-q" || argument == "--quiet" {
                result.quiet = true
                continue
            }
            if argument == "--no-secret-scan" {
                result.secretScan = false
                continue
            }
            guard argument.hasPrefix("--") else { return nil }
            let name: Substring
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[argument.index(argument.startIndex, offsetBy: 2)..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard i < argv.endIndex else { return nil }
                name = argument.dropFirst(2)
                value = argv[i]
                i += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "profile": result.profile = value
            case "project": result.project = value
            case "notify": result.notify = value
            case "pass-env": result.passEnv.append(value)
            case "upstream-ca": result.upstreamCA.append(value)
            case "resolve": result.resolve.append(value)
            case "ask-timeout":
                // ArgumentParser reads a Double with Double(String). NaN and infinities are left
                // to it: a NaN is not equal to itself, so no test could show the two agree.
                guard let seconds = Double(value), seconds.isFinite else { return nil }
                result.askTimeout = seconds
            default: return nil
            }
        }
        return nil
    }
}
