import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Guardian's own files, sockets and binary, protected from the tree whatever the profile says:
/// its state, configuration and profiles may be read but never changed, its control sockets
/// never reached (the agent could approve its own requests), its binary never run.
final class SelfProtection: Sendable {
    /// Directories and files the tree may read but never write: Guardian's own.
    let guardedPrefixes: [String]
    let guardedFiles: Set<String>
    /// Each prefix with its slash: what lies beneath it.
    private let guardedBeneath: [String]
    /// Guardian's own binary.
    let binary: FileIdentity?

    init(guardedPrefixes: [String], guardedFiles: [String]) {
        self.guardedPrefixes = guardedPrefixes.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.guardedFiles = Set(guardedFiles)
        guardedBeneath = self.guardedPrefixes.map { $0 + "/" }
        var st = stat()
        binary = stat("/proc/self/exe", &st) == 0 ? FileIdentity(st) : nil
    }

    /// Whether a real path is Guardian's own (state, config, profiles in use).
    func isGuarded(_ path: String) -> Bool {
        if guardedFiles.contains(path) { return true }
        for (prefix, beneath) in zip(guardedPrefixes, guardedBeneath) where path == prefix || path.hasPrefix(beneath) {
            return true
        }
        return false
    }

    /// Whether moving or removing the directory `path` would take a guarded directory along.
    func isGuardedBeneath(_ path: String) -> Bool {
        guardedPrefixes.contains { $0.hasPrefix(path + "/") || $0 == path }
    }

    /// Whether a socket is one of Guardian's control sockets, whatever name reaches it.
    func isGuardedSocket(_ identity: FileIdentity) -> Bool {
        for prefix in guardedPrefixes {
            for name in directoryNames(prefix + "/run") where name.hasSuffix(".sock") {
                var st = stat()
                if stat(prefix + "/run/" + name, &st) == 0 && FileIdentity(st) == identity { return true }
            }
        }
        return false
    }
}
