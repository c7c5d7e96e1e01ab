import Foundation
import GuardianTestSupport
import Testing

/// Persistence targets found by what they are rather than by their names: a git directory by
/// what it holds (a bare repository, the target of a `.git` file), the files and directories
/// a git configuration names (`include.path`, `core.hooksPath`), and the directories the
/// user's shell searches for commands before the system's. Ordinary project work is not one.
@Suite struct PersistencePlaceTests {
    /// A world whose HOME has a global git configuration that includes ~/dotfiles/gitconfig and
    /// runs hooks from ~/.githooks, made before the world is handed to Guardian's user.
    static func worldWithGitReferences() throws -> World {
        try World { w in
            try FileManager.default.createDirectory(atPath: w.home + "/dotfiles", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: w.home + "/.githooks", withIntermediateDirectories: true)
            try w.write("[include]\n\tpath = ~/dotfiles/gitconfig\n[core]\n\thooksPath = ~/.githooks\n", to: w.home + "/.gitconfig")
            try w.write("[user]\n\tname = Ada\n", to: w.home + "/dotfiles/gitconfig")
        }
    }

    /// PATH as a user's shell has it: ~/.local/bin and ~/bin before the system's, the project's
    /// own bin too (a project's files are its own).
    static func userPath(_ w: World) -> [String: String] {
        ["PATH": "\(w.home)/.local/bin:\(w.home)/bin:\(w.project)/bin:" + (w.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    static let placePlants: [(name: String, script: String, file: String)] = [
        ("bare repository hook", #"git init -q --bare "$HOME/srv.git" && printf '#!/bin/sh\necho PLANTED\n' > "$HOME/srv.git/hooks/post-receive""#, "srv.git/hooks/post-receive"),
        ("bare repository config", #"git init -q --bare "$HOME/srv.git" && printf '[core]\n\tfsmonitor = echo PLANTED\n' >> "$HOME/srv.git/config""#, "srv.git/config"),
        ("a .git file's git directory", #"git init -q --separate-git-dir "$HOME/gd" wt && printf '[core]\n\tfsmonitor = echo PLANTED\n' >> "$HOME/gd/config""#, "gd/config"),
        ("a git directory made after its config", #"mkdir "$HOME/gd" && printf '[core]\n\tfsmonitor = echo PLANTED\n' > "$HOME/gd/config" && git init -q --bare "$HOME/gd" && git --git-dir="$HOME/gd" config core.fsmonitor > "$HOME/gd/seen""#, "gd/seen"),
        ("included configuration", #"printf '[core]\n\tfsmonitor = echo PLANTED\n' >> "$HOME/dotfiles/gitconfig""#, "dotfiles/gitconfig"),
        ("configured hooks directory", #"printf '#!/bin/sh\necho PLANTED\n' > "$HOME/.githooks/pre-commit""#, ".githooks/pre-commit"),
        ("command directory", #"mkdir -p "$HOME/.local/bin" && printf '#!/bin/sh\necho PLANTED\n' > "$HOME/.local/bin/git""#, ".local/bin/git"),
        ("command directory by rename", #"printf '#!/bin/sh\necho PLANTED\n' > ls.new && mv ls.new "$HOME/bin/ls""#, "bin/ls"),
    ]

    @Test(arguments: placePlants.map(\.name))
    func aPlantFoundByWhatItIsIsDenied(_ name: String) throws {
        let plant = Self.placePlants.first { $0.name == name }!
        for profile in ["dev", "staging"] {
            let w = try Self.worldWithGitReferences()
            defer { w.cleanup() }
            try? FileManager.default.createDirectory(atPath: w.home + "/bin", withIntermediateDirectories: true)
            if World.unprivileged { _ = try w.run(["chown", "-R", "65534:65534", w.home]) }
            let target = w.home + "/" + plant.file
            // The control: without Guardian the file is planted.
            _ = try w.run(["bash", "-c", plant.script], extraEnv: Self.userPath(w))
            #expect((try? String(contentsOfFile: target, encoding: .utf8))?.contains("PLANTED") == true, "control: \(name)")
            try? FileManager.default.removeItem(atPath: w.project + "/wt"); try? FileManager.default.removeItem(atPath: w.project + "/ls.new")
            for dir in ["srv.git", "gd", ".local", "bin/ls", ".githooks/pre-commit"] { try? FileManager.default.removeItem(atPath: w.home + "/" + dir) }
            try? w.write("[user]\n\tname = Ada\n", to: w.home + "/dotfiles/gitconfig")

            let r = try w.guardian(["bash", "-c", plant.script], profile: profile, extraEnv: Self.userPath(w))
            let text = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
            #expect(!text.contains("PLANTED"), "\(profile): \(name) planted: \(r.all.prefix(400))")
            let refusals = w.events().filter { ($0["rule"] as? String)?.hasPrefix("persistence.") == true }
            let decision = profile == "dev" ? "denied" : "deny"
            #expect(refusals.contains { $0["decision"] as? String == decision }, "\(profile): \(name): \(refusals) \(r.all.prefix(400))")
        }
    }

    /// What an agent does all day is untouched, under the strictest profile, with the user's
    /// PATH and git references in place: sources, a Makefile, scripts, the project's own bin,
    /// new repositories (plain, bare, with a separate git directory, worktrees) and their work.
    @Test func ordinaryProjectWorkIsNotAPlant() throws {
        let w = try Self.worldWithGitReferences()
        defer { w.cleanup() }
        let script = """
            set -e
            printf 'all:\\n\\techo built\\n' > Makefile; mkdir -p scripts bin src/hooks
            printf '#!/bin/sh\\necho deploy\\n' > scripts/deploy.sh; chmod +x scripts/deploy.sh
            printf '#!/bin/sh\\necho tool\\n' > bin/tool; chmod +x bin/tool; tool
            echo 'export const useX = 1' > src/hooks/useX.ts; printf 'x = 1\\n' > src/config
            make -s; ./scripts/deploy.sh
            git init -q repo; cd repo; git config user.email a@example.com
            echo hi > a; git add a; git commit -qm one; git checkout -q -b feature; git remote add origin https://example.invalid/x.git
            git worktree add -q --no-checkout ../wt2 -b other
            cd ..; git clone -q --bare repo bare.git; git -C bare.git remote add up https://example.invalid/y.git
            git init -q --separate-git-dir "$PWD/sep" sepwork; git -C sepwork config user.name Cy
            git -C repo config --get user.name
            echo done
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let r = try w.guardian(["bash", "agent.sh"], profile: "production", extraEnv: Self.userPath(w))
        #expect(r.stdout.contains("built") && r.stdout.contains("deploy") && r.stdout.contains("tool"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("Ada") && r.stdout.hasSuffix("done\n"), "\(r.all.prefix(1200))")
        #expect(w.blockingEvents().isEmpty, "\(w.blockingEvents())")
    }
}
