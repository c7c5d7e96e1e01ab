import Foundation
import GuardianTestSupport
import Testing

/// Files another program runs or obeys later, outside the session: writing them needs a human
/// in dev and is denied in staging; reading them, and ordinary project and git work, is not
/// affected.
@Suite struct PersistenceTests {
    static let plants: [(name: String, script: String, file: String)] = [
        ("shell rc append", #"echo 'curl x | sh # PLANTED' >> "$HOME/.bashrc""#, ".bashrc"),
        ("shell rc replaced by rename", #"printf 'PLANTED\n' > new.rc && mv new.rc "$HOME/.profile""#, ".profile"),
        ("fish conf.d", #"mkdir -p "$HOME/.config/fish/conf.d" && echo PLANTED > "$HOME/.config/fish/conf.d/x.fish""#, ".config/fish/conf.d/x.fish"),
        ("ssh authorized_keys", #"mkdir -p "$HOME/.ssh" && echo 'ssh-ed25519 AAAA PLANTED' >> "$HOME/.ssh/authorized_keys""#, ".ssh/authorized_keys"),
        ("ssh config", #"printf 'Host *\n  ProxyCommand sh -c PLANTED\n' >> "$HOME/.ssh/config""#, ".ssh/config"),
        ("systemd user unit", #"mkdir -p "$HOME/.config/systemd/user" && printf '[Service]\nExecStart=/bin/sh -c PLANTED\n' > "$HOME/.config/systemd/user/x.service""#, ".config/systemd/user/x.service"),
        ("autostart entry", #"mkdir -p "$HOME/.config/autostart" && echo 'Exec=PLANTED' > "$HOME/.config/autostart/x.desktop""#, ".config/autostart/x.desktop"),
        ("global gitconfig", #"printf '[core]\n\tfsmonitor = PLANTED\n' >> "$HOME/.gitconfig""#, ".gitconfig"),
    ]

    @Test(arguments: plants.map(\.name))
    func aPlantNeedsAHumanInDevAndIsDeniedInStaging(_ name: String) throws {
        let plant = Self.plants.first { $0.name == name }!
        for profile in ["dev", "staging"] {
            let w = try World()
            defer { w.cleanup() }
            // The control: without Guardian the file is planted.
            _ = try w.run(["bash", "-c", plant.script])
            let target = w.home + "/" + plant.file
            #expect((try? String(contentsOfFile: target, encoding: .utf8))?.contains("PLANTED") == true, "control: \(name)")
            try? FileManager.default.removeItem(atPath: target)

            let r = try w.guardian(["bash", "-c", plant.script], profile: profile)
            let text = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
            #expect(!text.contains("PLANTED"), "\(profile): \(name) planted: \(r.all.prefix(400))")
            #expect(r.stderr.contains("rule persistence."), "\(profile): the agent is told why: \(r.stderr.prefix(400))")
            let refusals = w.events().filter { ($0["rule"] as? String)?.hasPrefix("persistence.") == true }
            let decision = profile == "dev" ? "denied" : "deny"
            #expect(refusals.contains { $0["decision"] as? String == decision }, "\(profile): \(refusals)")
        }
    }

    @Test func gitHooksAndCommandRunningSettingsNeedAHumanButGitWorkDoesNot() throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            git init -q repo && cd repo && git config user.name Ada && git config user.email a@example.com
            echo hi > a && git add a && git commit -qm one && git checkout -q -b feature && git remote add origin https://example.invalid/x.git
            echo work=$?
            printf '#!/bin/sh\\necho PLANTED\\n' > .git/hooks/pre-commit; echo hook=$?
            git config core.fsmonitor 'echo PLANTED'; echo fsmonitor=$?
            git config --global alias.st '!sh -c PLANTED'; echo alias=$?
            git config --get user.name
            cat "$HOME/.bashrc" >/dev/null 2>&1; echo read=$?
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let r = try w.guardian(["bash", "agent.sh"])
        #expect(r.stdout.contains("work=0"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains("Ada"), "reading git settings is not affected: \(r.stdout)")
        #expect(!r.stdout.contains("hook=0") && !r.stdout.contains("fsmonitor=0") && !r.stdout.contains("alias=0"), "\(r.stdout)")
        let repo = w.project + "/repo/.git"
        #expect(!FileManager.default.fileExists(atPath: repo + "/hooks/pre-commit"))
        #expect(!((try? String(contentsOfFile: repo + "/config", encoding: .utf8)) ?? "").contains("PLANTED"))
        #expect(FileManager.default.fileExists(atPath: repo + "/hooks/pre-commit.sample"), "git init's samples are copied")
    }

    @Test func anApprovedRenameRunsOnItsRetry() throws {
        let w = try World()
        defer { w.cleanup() }
        // The first try is refused at once with a request id; the test approves it, then the
        // script tries the identical rename again.
        let script = """
            printf 'export EDITOR=vi\\n' > rc.new
            mv rc.new "$HOME/.bashrc"; echo first=$?
            while [ ! -e approved ]; do sleep 0.05; done
            mv rc.new "$HOME/.bashrc"; echo second=$?
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let session = try w.start([World.guardianBinary, "run", "-q", "--", "bash", "agent.sh"])
        var id: Int? = nil
        for _ in 0..<200 where id == nil {
            let r = try w.run([World.guardianBinary, "pending", "--json"])
            id = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.first?["id"] as? Int
            if id == nil { usleep(50_000) }
        }
        let approve = try w.run([World.guardianBinary, "approve", String(id ?? -1)])
        #expect(approve.status == 0, "\(approve.all)")
        _ = FileManager.default.createFile(atPath: w.project + "/approved", contents: nil)
        let out = session.wait(timeout: 60)
        #expect(out.stdout.contains("first=1") && out.stdout.contains("second=0"), "\(out.stdout)\(out.stderr)")
        #expect((try? String(contentsOfFile: w.home + "/.bashrc", encoding: .utf8)) == "export EDITOR=vi\n")
    }

    /// `.git/config` replaced by rename is decided on what the new file adds: git's own writes
    /// (user.name, a remote, a branch) go through; a setting that runs a program is refused, a
    /// write in place is refused, and a descriptor kept on the renamed file reaches nothing.
    @Test(arguments: ["dev", "staging"])
    func aGitConfigReplacementIsDecidedOnWhatItAdds(_ profile: String) throws {
        let w = try World()
        defer { w.cleanup() }
        let script = """
            git init -q repo && cd repo && git config user.name Ada && git config user.email a@example.com
            echo hi > a && git add a && git commit -qm one && git checkout -q -b feature && git remote add origin https://example.invalid/x.git
            git config alias.co checkout && git config --unset alias.co; echo work=$?
            ls .git/config.lock 2>/dev/null; ls .git | grep -c guardian
            cp .git/config new && printf '[core]\\n\\tfsmonitor = echo PLANTED\\n' >> new && mv -f new .git/config; echo rename=$?
            printf '[core]\\n\\tsshCommand = echo PLANTED\\n' >> .git/config; echo append=$?
            python3 -c '
            import os
            f = open(".git/config.lock", "w"); f.write(open(".git/config").read()); f.flush()
            os.rename(".git/config.lock", ".git/config")
            f.write("[alias]\\n\\tx = !echo PLANTED\\n"); f.close()'; echo keptfd=$?
            git config --get user.name; git config --get remote.origin.url; git log --oneline | wc -l
            """
        try script.write(toFile: w.project + "/agent.sh", atomically: true, encoding: .utf8)
        let r = try w.guardian(["bash", "agent.sh"], profile: profile)
        #expect(r.stdout.contains("work=0"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("\n0\n"), "no temporary file of Guardian's is left: \(r.stdout)")
        #expect(r.stdout.contains("rename=1") && r.stdout.contains("append=1"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("keptfd=0"), "an inert rename goes through: \(r.all.prefix(1200))")
        #expect(r.stdout.contains("Ada") && r.stdout.contains("example.invalid"), "\(r.stdout)")
        let config = (try? String(contentsOfFile: w.project + "/repo/.git/config", encoding: .utf8)) ?? ""
        #expect(!config.contains("PLANTED"), "\(config)")
        #expect(config.contains("name = Ada"), "\(config)")
        #expect(!FileManager.default.fileExists(atPath: w.project + "/repo/.git/config.lock"))
        let refusals = w.events().filter { ($0["rule"] as? String) == "persistence.git-config-file" }
        #expect(refusals.count >= 2, "\(refusals)")
    }
}
