/// Secrets a shell command line passes: a password given as a tool's short option, a value
/// echoed into an option that reads a secret from standard input.
extension StructuredSecrets {
    /// Commands whose `-p` is a password attached to the option (`mysql -pSECRET`; `-p SECRET`
    /// there is a database name).
    static let attachedPasswordCommands: Set<String> = ["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump", "mariadb-admin"]
    /// Commands whose `-p` (or `-a`, redis-cli's) takes a password as the next argument: a
    /// registry or cluster login, sshpass, the Mongo shells.
    static let loginPasswordCommands: Set<String> = ["docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras", "crane", "az", "oc", "cf", "apptainer", "singularity"]
    static let spacedPasswordCommands: Set<String> = ["sshpass", "mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"]

    /// At ` -p` or ` -a`: a password given as a short option to a command known to take one
    /// there — `mysql -pSECRET`, `docker login -u u -p SECRET`, `sshpass -p SECRET ssh …`,
    /// `az login -p SECRET`, `redis-cli -a SECRET`.
    static func commandPassword(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int) -> Range<Int>? {
        let n = bytes.count
        let letter = bytes[end - 1]
        guard letter == 0x70 || letter == 0x61 else { return nil }  // -p, -a (not -P, -A)
        guard let (command, words) = commandBefore(bytes, option: end - 2) else { return nil }
        var i = end
        var attached = false
        if letter == 0x61 {
            guard command == "redis-cli" else { return nil }
        } else if attachedPasswordCommands.contains(command) {
            attached = true
        } else if loginPasswordCommands.contains(command) {
            guard words.contains("login") else { return nil }
        } else if !spacedPasswordCommands.contains(command) {
            return nil
        }
        guard i < n, bytes[i] >= 0x20, bytes[i] < 0x7F else { return nil }
        if attached {
            guard bytes[i] != 0x20 else { return nil }
        } else if bytes[i] == 0x20 || bytes[i] == 0x3D {
            // `-p VALUE`, `-p=VALUE`; otherwise the value is attached (`sshpass -pVALUE`).
            i += 1
            while i < n, bytes[i] == 0x20 { i += 1 }
        }
        var quote: UInt8? = nil
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 { quote = bytes[i]; i += 1 }
        let start = i
        while i < n, i - start < 256, bytes[i] > 0x20, bytes[i] < 0x7F, bytes[i] != (quote ?? 0x20) {
            if quote == nil, bytes[i] == 0x22 || bytes[i] == 0x27 || bytes[i] == 0x3B || bytes[i] == 0x7C { break }
            i += 1
        }
        if let quote, !(i < n && bytes[i] == quote) { return nil }
        if quote != nil, ContextualTokens.quotedPasswordShaped(bytes, start..<i) { return start..<i }
        guard ContextualTokens.passwordShaped(bytes, start..<i, quoted: quote != nil, spaced: false) else { return nil }
        return start..<i
    }

    /// The command of the shell command line holding the option at `option`: its first word's
    /// base name (after a prompt, `sudo`, `exec` and `VAR=value` assignments), and every word
    /// between it and the option.
    static func commandBefore(_ bytes: UnsafeBufferPointer<UInt8>, option: Int) -> (String, [String])? {
        var from = option
        while from > 0, option - from < 400, bytes[from - 1] != 0x0A, bytes[from - 1] != 0x7C, bytes[from - 1] != 0x3B, bytes[from - 1] != 0x26, bytes[from - 1] != 0x28, bytes[from - 1] != 0x60 { from -= 1 }
        guard option - from < 400 else { return nil }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<option]), as: UTF8.self)
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        while let first = words.first, first == "$" || first == "#" || first == ">" || first == "%" || first == "sudo" || first == "exec" || first == "time" || first == "-" || (first.contains("=") && !first.hasPrefix("-")) {
            words.removeFirst()
        }
        guard let first = words.first else { return nil }
        let command = first.split(separator: "/").last.map(String.init) ?? first
        return (command, Array(words.dropFirst()))
    }

    /// At an option that reads a secret from standard input (`--password-stdin`,
    /// `--with-token`): the value echoed into the pipe that feeds it —
    /// `echo 'SECRET' | gh auth login --with-token`.
    static func pipedSecret(_ bytes: UnsafeBufferPointer<UInt8>, keywordEnd end: Int, keyword: Int) -> Range<Int>? {
        var j = end - keyword
        while j > 0, end - j < 400, bytes[j - 1] != 0x7C, bytes[j - 1] != 0x0A { j -= 1 }
        guard j > 0, bytes[j - 1] == 0x7C else { return nil }
        var hi = j - 1
        while hi > 0, bytes[hi - 1] == 0x20 { hi -= 1 }
        guard hi > 0 else { return nil }
        var quote: UInt8? = nil
        if bytes[hi - 1] == 0x22 || bytes[hi - 1] == 0x27 { quote = bytes[hi - 1]; hi -= 1 }
        var lo = hi
        while lo > 0, hi - lo < 256, bytes[lo - 1] > 0x20, bytes[lo - 1] < 0x7F, bytes[lo - 1] != (quote ?? 0x20) {
            if quote == nil, bytes[lo - 1] == 0x22 || bytes[lo - 1] == 0x27 { return nil }
            lo -= 1
        }
        guard lo < hi else { return nil }
        var k = lo
        if let quote { guard k > 0, bytes[k - 1] == quote else { return nil }; k -= 1 }
        // What prints it: `echo`, `echo -n`, `printf '%s'`, `printf`.
        guard let (command, _) = commandBefore(bytes, option: k) else { return nil }
        guard command == "echo" || command == "printf" else { return nil }
        guard ContextualTokens.passwordShaped(bytes, lo..<hi, quoted: quote != nil, spaced: false) else { return nil }
        return lo..<hi
    }
}

extension StructuredSecrets {
    /// Detectors of an access-key id that is half of a pair, and the detector of its secret key
    /// when it is the next item.
    static let pairedIds: [String: String] = ["aws-access-key-id": "aws-secret-key", "alibaba-access-key-id": "alibaba-secret-key", "tencent-secret-id": "tencent-secret-key"]

    /// The secret that follows an access-key id as the next argument or field:
    /// `NewCredential("AKID…", "…")`, `Credentials("AKIA…", "…")`, a key file's CSV row
    /// `AKIA…,…`. Only a credential-shaped value counts, quoted like the id if the id is quoted.
    static func pairedSecret(_ bytes: UnsafeBufferPointer<UInt8>, afterId id: Range<Int>) -> Range<Int>? {
        let n = bytes.count
        var i = id.upperBound
        var quote: UInt8? = nil
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
            guard id.lowerBound > 0, bytes[id.lowerBound - 1] == bytes[i] else { return nil }
            quote = bytes[i]
            i += 1
        }
        while i < n, bytes[i] == 0x20 { i += 1 }
        guard i < n, bytes[i] == 0x2C else { return nil }
        i += 1
        while i < n, bytes[i] == 0x20 { i += 1 }
        if let quote {
            guard i < n, bytes[i] == quote else { return nil }
            i += 1
        }
        let start = i
        while i < n, Bytes.isTokenByte(bytes[i]), i - start < 128 { i += 1 }
        if let quote {
            guard i < n, bytes[i] == quote else { return nil }
        } else {
            guard i == n || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x2C else { return nil }
        }
        guard i - start >= 20, ContextualTokens.credentialShaped(bytes, start..<i, weak: false, quoted: quote != nil) else { return nil }
        return start..<i
    }
}
