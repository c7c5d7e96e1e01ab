import Foundation
import GuardianPolicy

extension Guardian.Run {
    /// The places the persistence rules reach beyond their names (`PersistencePlaces`), read
    /// from the user's PATH and git configuration as they are when the session starts.
    static func persistencePlaces(home: String, project: String, environment: [String]) -> PersistencePlaces {
        let commands = PersistencePlaces.commandDirectories(path: environmentValue(environment, "PATH") ?? "", project: project)
        let xdg = environmentValue(environment, "XDG_CONFIG_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        var roots = [home + "/.gitconfig", xdg + "/git/config", "/etc/gitconfig"]
        if let global = environmentValue(environment, "GIT_CONFIG_GLOBAL"), global.hasPrefix("/") { roots.append(global) }
        var repository: [String] = []
        let found = repositoryOf(project)
        if let found {
            repository = [found.common + "/config", found.gitDirectory + "/config.worktree"]
            roots += repository
        }
        let git = PersistencePlaces.git(roots: roots, home: home, workTree: found?.workTree, repositoryConfigs: Set(repository)) { path in
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: 1 << 20)).map { [UInt8]($0) }
        }
        // Rules see real paths.
        return PersistencePlaces(commandDirectories: commands.map(realPath), gitIncludes: git.includes.map(realPath),
                                 gitHooksDirectories: git.hooks.map(realPath))
    }

    /// The repository the project is in, as git finds it: the nearest `.git` (a directory, or a
    /// file saying `gitdir: …`), its common directory (a worktree's `commondir`) and its work tree.
    static func repositoryOf(_ project: String) -> (workTree: String, gitDirectory: String, common: String)? {
        var dir = project
        while true {
            let dotGit = (dir == "/" ? "" : dir) + "/.git"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dotGit, isDirectory: &isDirectory) {
                var gitDirectory = dotGit
                if !isDirectory.boolValue {
                    guard let text = try? String(contentsOfFile: dotGit, encoding: .utf8), text.hasPrefix("gitdir:") else { return nil }
                    let target = text.dropFirst(7).trimmingCharacters(in: .whitespacesAndNewlines)
                    gitDirectory = target.hasPrefix("/") ? target : (dir == "/" ? "" : dir) + "/" + target
                }
                gitDirectory = realPath(gitDirectory)
                var common = gitDirectory
                if let text = try? String(contentsOfFile: gitDirectory + "/commondir", encoding: .utf8) {
                    let target = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    common = realPath(target.hasPrefix("/") ? target : gitDirectory + "/" + target)
                }
                return (dir, gitDirectory, common)
            }
            if dir == "/" { return nil }
            dir = (dir as NSString).deletingLastPathComponent
            if dir.isEmpty { dir = "/" }
        }
    }
}
