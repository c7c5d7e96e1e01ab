import Foundation
import GuardianTestSupport

extension World.Conventions {
    /// The adversarial suite's: output in files (an attack may leave a daemon behind), Guardian
    /// always run as the test's own user and under `production` unless the attack says
    /// otherwise, and an attack that hangs judged by its goal and evidence rather than failed
    /// for the time it took.
    static let attack = World.Conventions(
        prefix: "guardian-adv", capture: .files, followsUnprivileged: false, timeoutFails: false, profile: "production")
}

extension World {
    /// A world for one attack: besides the common one, a scratch directory ($OUT), an empty
    /// GUARDIAN_HOME, Guardian's config directory with the `sandboxed` profile, and the
    /// variables an attack's script uses to name them.
    static func forAttack(base: String? = nil) throws -> World {
        var world = try World(.attack, base: base) { w in
            for dir in [w.out, w.state, w.config + "/profiles"] {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
            try w.write("harmless-public-text\n", to: w.project + "/README")
            // For agents that bring their own sandbox: production, with user namespaces allowed.
            try w.write("name: sandboxed\nextends: production\ndefaults:\n  user_namespaces: allow\n", to: w.config + "/profiles/sandboxed.yaml")
        }
        world.variables = [
            "OUT": world.out, "BIN": world.bin, "W": world.root.path, "CRED": world.credentials, "SSHKEY": world.sshKey,
            "MARKERS": world.markers, "H": Helpers.directory, "CANARY": World.canary,
            "GUARDIAN_BIN": World.guardianBinary, "GCONFIG": world.config,
        ]
        return world
    }

    var out: String { root.appendingPathComponent("out").path }

    /// Files that hold the canary on purpose; everything else must stay clean.
    var secretFiles: Set<String> { [credentials, sshKey, project + "/.env"] }

    /// Every regular file under `dir` whose content holds the canary, but for the secrets
    /// themselves.
    func filesHoldingCanary(under dir: String) -> [String] {
        var hits: [String] = []
        // Hardlinks the world itself made to a secret are the secret, not a leak.
        var secretInodes: Set<UInt64> = []
        for f in secretFiles {
            var st = stat()
            if stat(f, &st) == 0 { secretInodes.insert(UInt64(st.st_ino)) }
        }
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        while let rel = e.nextObject() as? String {
            let path = dir + "/" + rel
            if secretFiles.contains(path) { continue }
            var st = stat()
            guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size < 8 << 20 else { continue }
            if st.st_nlink > 1 && secretInodes.contains(UInt64(st.st_ino)) && path.hasPrefix(root.path + "/project/") { continue }
            if let data = FileManager.default.contents(atPath: path),
               data.range(of: Data(World.canary.utf8)) != nil {
                hits.append(path)
            }
        }
        return hits
    }

    /// A fingerprint of Guardian's configuration directory (names, types, sizes, contents).
    func configFingerprint() -> String {
        var lines: [String] = []
        if let e = FileManager.default.enumerator(atPath: config) {
            while let rel = e.nextObject() as? String {
                let path = config + "/" + rel
                var st = stat()
                lstat(path, &st)
                let body = (st.st_mode & S_IFMT) == S_IFREG ? (FileManager.default.contents(atPath: path)?.base64EncodedString() ?? "") : ""
                let link = (st.st_mode & S_IFMT) == S_IFLNK ? ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "") : ""
                lines.append("\(rel) \(st.st_mode) \(st.st_size) \(link) \(body)")
            }
        }
        return lines.sorted().joined(separator: "\n")
    }

    /// Writes an attack script into the world; returns its path.
    func write(_ script: String) throws -> String {
        let path = root.appendingPathComponent("attack.sh").path
        try write("set +e\n" + script + "\n", to: path)
        return path
    }
}
