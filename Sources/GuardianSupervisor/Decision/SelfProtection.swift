import CGuardianShim
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Guardian's own files, sockets and binary, protected from the tree whatever the profile says:
/// its state, configuration and profiles may be read but never changed, its control sockets
/// never reached (the agent could approve its own requests), its binary never run nor replaced
/// — nor, when the binary looks for its libraries beside itself (`$ORIGIN` in its search path,
/// as builds without `--disable-local-rpath` have), anything put in its directory, where a
/// planted `libseccomp.so.2` would run inside the next session's supervisor.
final class SelfProtection: Sendable {
    /// Directories and files the tree may read but never write: Guardian's own.
    let guardedPrefixes: [String]
    let guardedFiles: Set<String>
    /// Each prefix with its slash: what lies beneath it.
    private let guardedBeneath: [String]
    /// Guardian's own binary.
    let binary: FileIdentity?

    init(guardedPrefixes: [String], guardedFiles: [String]) {
        var prefixes = guardedPrefixes
        var files = guardedFiles
        if let program = SelfProtection.ownProgram() {
            files.append(program)
            files += SelfProtection.launchName(program: program)
            if gd_runpath_has_origin() != 0, let slash = program.lastIndex(of: "/"), slash != program.startIndex {
                prefixes.append(String(program[..<slash]))
            }
        }
        self.guardedPrefixes = prefixes.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.guardedFiles = Set(files)
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

    /// Whether moving or removing the directory `path` would take a guarded directory or file
    /// along.
    func isGuardedBeneath(_ path: String) -> Bool {
        let beneath = path + "/"
        return guardedPrefixes.contains { $0.hasPrefix(beneath) || $0 == path } || guardedFiles.contains { $0.hasPrefix(beneath) }
    }

    /// The name Guardian was started by, when it is another name for its binary: the symlink
    /// or hardlink the shell found on PATH (`~/.local/bin/guardian -> …/release/guardian`) or
    /// argv[0] names. Replacing it would start the next session with another program as well
    /// as replacing the binary would. Nothing when that name is the binary's real path.
    static func launchName(program: String, argv0: String = CommandLine.arguments.first ?? "",
                           path: String? = getenv("PATH").map { String(cString: $0) }) -> [String] {
        guard !argv0.isEmpty else { return [] }
        var candidate: String?
        if argv0.contains("/") {
            candidate = argv0.hasPrefix("/") ? argv0 : (Supervisor.workingDirectory() ?? "/") + "/" + argv0
        } else {
            candidate = (path ?? "").split(separator: ":").lazy.map { "\($0)/\(argv0)" }.first { access($0, X_OK) == 0 }
        }
        guard let name = candidate, let slash = name.lastIndex(of: "/") else { return [] }
        let directory = slash == name.startIndex ? "/" : String(name[..<slash])
        let entry = String(name[name.index(after: slash)...])
        guard !entry.isEmpty, entry != ".", entry != "..", let real = realpath(directory, nil) else { return [] }
        defer { free(real) }
        let parent = String(cString: real)
        let named = (parent == "/" ? "" : parent) + "/" + entry
        // Another name, leading to the binary: a symlink to it, or a hardlink of it.
        var own = stat(), there = stat()
        guard named != program, stat(program, &own) == 0, stat(named, &there) == 0,
              own.st_dev == there.st_dev, own.st_ino == there.st_ino else { return [] }
        return [named]
    }

    /// The real path of the running Guardian binary; nil when it cannot be read or the file is
    /// gone (replaced while it runs: the name no longer leads to it).
    static func ownProgram() -> String? {
        guard let bytes = PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/self/exe".utf8)) else { return nil }
        let path = String(decoding: bytes, as: UTF8.self)
        return path.hasPrefix("/") && !path.hasSuffix(" (deleted)") ? path : nil
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
