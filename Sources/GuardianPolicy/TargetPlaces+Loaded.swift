// What a command loads that belongs to an environment:
//
// - the files a command decrypts, and the keys and identities it decrypts them with (`age -d -i
//   ~/.config/age/prod.txt secrets/app.env.age`, `gpg --decrypt prod.env.gpg`, `ansible-vault
//   view group_vars/production/vault.yml`, `git-crypt unlock ~/keys/prod.key`, `openssl enc -d
//   -in prod.env.enc`, any program's `decrypt` verb or flag, a framework's `credentials:show`):
//   what it reveals is that environment's secrets. Reading or rendering a configuration file
//   named for production is not this (`cat config/environments/production.rb`), nor encrypting one;
// - a settings module or configuration named for an environment, set for a program that runs the
//   project's code (`DJANGO_SETTINGS_MODULE=shop.settings.production python manage.py
//   showmigrations`, `APP_SETTINGS=config.ProductionConfig flask shell`): everything the program
//   reaches is configured there, so any task run with it acts there, unless the task only
//   builds, tests or checks files here (`collectstatic`, `check`, `assets:precompile`).

extension TargetPlaces {
    /// Programs whose `-d` decrypts.
    static let shortDecryptors: Set<String> = ["age", "rage", "gpg", "gpg2", "openssl"]
    /// Verbs of a vault's or an encrypted repository's own tool that show or unlock plain text.
    static let decryptingVerbs: [String: Set<String>] = ["ansible-vault": ["view", "decrypt", "edit"], "git-crypt": ["unlock"]]

    /// Whether the command decrypts: a `decrypt` verb, program or flag, or a program's own spelling.
    static func decrypts(_ view: ExecView) -> Bool {
        let a = view.arguments
        let keys = view.programKeys
        let path = a.positionals.prefix(2).filter { !a.items[$0].mayBeValue }.map { a.items[$0].text.lowercased() }
        if path.contains("decrypt") || keys.contains(where: { $0.contains("decrypt") }) { return true }
        // A framework's task that shows or edits its encrypted credentials (`rails credentials:show -e production`).
        let words = path.flatMap(Words.split)
        if words.contains(where: { ["credentials", "secrets", "encrypted"].contains($0) }), words.contains(where: { ["show", "edit", "view", "cat"].contains($0) }) { return true }
        for item in a.items where item.kind != .positional && !item.afterDoubleDash {
            let name = item.name.drop(while: { $0 == "-" })
            if name == "decrypt" || name == "decrypt-files" { return true }
            if item.name == "-d", keys.contains(where: shortDecryptors.contains) { return true }
        }
        return keys.contains { key in path.first.map { decryptingVerbs[key]?.contains($0) ?? false } ?? false }
    }

    /// Every argument of a command that decrypts: the files it decrypts, the keys, identities
    /// and password files it decrypts them with, and where it writes the plain text.
    static func decryptionPlaces(_ view: ExecView) -> [NamedPlace] {
        guard !view.programKeys.contains(where: Operations.textTools.contains), decrypts(view) else { return [] }
        let a = view.arguments
        let program = view.programKeys.first ?? ""
        return a.items.compactMap { item in
            guard !item.afterDoubleDash, let value = item.kind == .positional ? Substring(item.text) : item.inlineValue else { return nil }
            return NamedPlace(source: "\(program) decrypts", value: String(value))
        }
    }

    /// `…_SETTINGS_MODULE`, `…_SETTINGS`, `…_CONFIG_MODULE`: a variable that names the settings
    /// module a program loads. (`…_CONFIG` and `…_CONFIGURATION` name a build's configuration as
    /// often, `BUILD_CONFIG=production make`: they count when the task acts, as `isSelectionVariable`.)
    static func isSettingsVariable(_ name: String) -> Bool {
        let upper = name.uppercased()
        guard upper.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else { return false }
        return ["_SETTINGS_MODULE", "_SETTINGS", "_CONFIG_MODULE"].contains { upper.hasSuffix($0) }
    }

    static let settingsFileExtensions: Set<String> = ["py", "rb", "js", "ts", "exs", "yaml", "yml", "json", "toml", "ini", "cfg", "conf", "env", "properties"]

    /// The last part of a dotted module or a path, without a file's extension
    /// (`shop.settings.production` → production, `config/prod.py` → prod,
    /// `config.ProductionConfig` → ProductionConfig); nil for a value that is neither.
    static func settingsName(_ value: String) -> String? {
        guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-_/".contains($0)) }) else { return nil }
        var parts = value.split(whereSeparator: { $0 == "." || $0 == "/" })
        if parts.count > 1, let last = parts.last, settingsFileExtensions.contains(last.lowercased()) { parts.removeLast() }
        return parts.last.map(String.init)
    }

    /// Words of a task that only builds, tests or checks files here.
    static let localTaskWords: Set<String> = localVerbs.union(["check", "collectstatic", "compilemessages", "makemessages", "makemigrations", "precompile", "assets", "pytest", "unittest"])

    static func isLocalTask(_ words: [String]) -> Bool {
        words.contains { w in Words.split(w).contains(where: localTaskWords.contains) }
    }

    /// The settings modules and configurations the command's variables name, by their last part.
    static func settingsModulePlaces(_ environment: [String: String]) -> [NamedPlace] {
        environment.compactMap { name, value in
            guard isSettingsVariable(name), let last = settingsName(value) else { return nil }
            return NamedPlace(source: name, value: last)
        }
    }
}
