import Testing
@testable import GuardianPolicy

/// Where the persistence rules reach beyond their names, found from the user's settings.
@Suite struct PersistencePlacesTests {
    @Test(arguments: [
        ("/home/u/.local/bin:/home/u/bin:/usr/local/bin:/usr/bin:/home/u/.cargo/bin", ["/home/u/.local/bin", "/home/u/bin", "/usr/local/bin"]),
        // The project's own, relative and empty entries are not the user's command directories.
        ("/home/u/p/node_modules/.bin:.:bin::/home/u/bin/:/bin:/home/u/late", ["/home/u/bin"]),
        ("/usr/bin:/home/u/.local/bin", []),
        ("", []),
    ])
    func commandDirectoriesAreTheUsersBeforeTheSystems(_ path: String, _ expected: [String]) {
        #expect(PersistencePlaces.commandDirectories(path: path, project: "/home/u/p") == expected)
    }

    @Test func gitIncludesAndHooksPathsAreFollowedAsGitResolvesThem() {
        let files: [String: String] = [
            "/home/u/.gitconfig": "[include]\n\tpath = ~/dotfiles/gitconfig\n[includeIf \"gitdir:~/work/\"]\n\tpath = work.cfg\n[user]\n\tname = A\n",
            "/home/u/dotfiles/gitconfig": "[include]\n\tpath = ../more/x.cfg\n[core]\n\thooksPath = ~/.githooks\n",
            "/home/u/more/x.cfg": "[include]\n\tpath = ~/.gitconfig\n",
            "/home/u/p/.git/config": "[core]\n\thooksPath = .husky\n[include]\n\tpath = ../shared.gitconfig\n",
        ]
        let found = PersistencePlaces.git(
            roots: ["/home/u/.gitconfig", "/etc/gitconfig", "/home/u/p/.git/config"], home: "/home/u", workTree: "/home/u/p",
            repositoryConfigs: ["/home/u/p/.git/config"]) { files[$0].map { Array($0.utf8) } }
        #expect(found.includes == ["/home/u/dotfiles/gitconfig", "/home/u/work.cfg", "/home/u/p/shared.gitconfig", "/home/u/more/x.cfg", "/home/u/.gitconfig"])
        #expect(found.hooks == ["/home/u/p/.husky", "/home/u/.githooks"])
    }

    @Test func placesExpandIntoOneGlobEach() throws {
        let places = PersistencePlaces(commandDirectories: ["/a/bin", "/b/bin"], gitIncludes: ["/c/g.cfg"], gitHooksDirectories: [])
        let e = Expansion(home: "/h", project: "/p", places: places)
        #expect(e.patterns("$COMMAND_DIRS/*") == ["/a/bin/*", "/b/bin/*"])
        #expect(e.patterns("$GIT_INCLUDES") == ["/c/g.cfg"])
        #expect(e.patterns("$GIT_HOOKS_DIRS/**") == [])
        #expect(e.patterns("~/.bashrc") == ["/h/.bashrc"])
        let context = PolicyContext(home: "/h", projectDirectory: "/p", configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc", places: places)
        let policy = try PolicyLoader.compile("staging", context: context).policy
        #expect(policy.evaluate(FileRequest(path: "/a/bin/git", access: .create)).primary?.id == "persistence.command-directories")
        #expect(policy.evaluate(FileRequest(path: "/c/g.cfg", access: .write)).primary?.id == "persistence.git-config-file")
        #expect(policy.evaluate(FileRequest(path: "/a/bin/git", access: .read)).decision == .allow)
        #expect(policy.evaluate(FileRequest(path: "/p/bin/git", access: .create)).primary == nil)
    }
}
