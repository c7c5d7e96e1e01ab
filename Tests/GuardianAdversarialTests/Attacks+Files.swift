import Foundation
import GuardianTestSupport

/// Reaching a protected file's content another way (shared/THREATS.md, first section).
/// Scripts run in the project directory; $CRED is ~/.aws/credentials, $SSHKEY ~/.ssh/id_ed25519,
/// $H the compiled helpers, $OUT a scratch directory.
extension Attack {
    static let files: [Attack] = [
        Attack(name: "direct-read", script: #"cat "$CRED"; cat .env"#, goal: .secret, evidence: .event),
        Attack(name: "symlink", script: #"ln -s "$CRED" "$OUT/l"; cat "$OUT/l""#, goal: .secret, evidence: .event),
        Attack(name: "hardlink-new", script: #"ln "$CRED" "$OUT/h"; cat "$OUT/h""#, goal: .secret, evidence: .event),
        // A hardlink made before the session: another real path for the same inode.
        Attack(name: "hardlink-preexisting", script: #"cat notes.txt"#, goal: .secret, evidence: .event,
               setup: { w in try FileManager.default.linkItem(atPath: w.credentials, toPath: w.project + "/notes.txt"); return Prepared() }),
        // The same, for a file protected by a glob (~/.ssh/id_*) rather than a literal path.
        Attack(name: "hardlink-preexisting-glob", script: #"cat key.txt"#, goal: .secret, evidence: .event,
               setup: { w in try FileManager.default.linkItem(atPath: w.sshKey, toPath: w.project + "/key.txt"); return Prepared() }),
        // The same, in a HOME with more entries than the pin walk visits before the agent
        // starts (PinnedFiles.defaultBudget): 4100 protected files, each linked from the project
        // before the session. Those the walk at start did not reach are pinned by its
        // continuation, which a file with several names waits for. cat's errors are counted by
        // kind, so a failure shows how the reads failed.
        Attack(name: "hardlink-preexisting-beyond-pin-budget", script: #"cat links/* 2>"$OUT/cat.err" | grep -m1 GCLOUD-TOKEN; sed 's/^.*: //' "$OUT/cat.err" | sort | uniq -c; true"#, goal: .output("GCLOUD-TOKEN"), evidence: .event,
               setup: { w in
                   let dir = w.home + "/.config/gcloud"
                   try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                   try FileManager.default.createDirectory(atPath: w.project + "/links", withIntermediateDirectories: true)
                   for i in 0..<4100 {
                       let name = String(format: "k%04d", i)
                       try Data("GCLOUD-TOKEN \(i)\n".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
                       try FileManager.default.linkItem(atPath: dir + "/" + name, toPath: w.project + "/links/" + name)
                   }
                   return Prepared()
               }, timeout: 180),
        Attack(name: "dotdot", script: #"cat "$HOME/.aws/../.aws/./credentials"; cat ../home/.ssh/../.ssh/id_ed25519"#, goal: .secret, evidence: .event),
        Attack(name: "dirfd", script: #"""
            python3 -c 'import os; d = os.open(os.environ["HOME"] + "/.aws", os.O_RDONLY | os.O_DIRECTORY); print(os.read(os.open("credentials", os.O_RDONLY, dir_fd=d), 4096).decode())'
            """#, goal: .secret, evidence: .event),
        Attack(name: "chdir-relative", script: #"cd "$HOME/.aws" && cat credentials"#, goal: .secret, evidence: .event),
        Attack(name: "proc-self-root", script: #"cat "/proc/self/root$CRED""#, goal: .secret, evidence: .event),
        Attack(name: "proc-self-cwd", script: #"cd "$HOME/.aws" && cat /proc/self/cwd/credentials"#, goal: .secret, evidence: .event),
        Attack(name: "proc-thread-self", script: #"cat "/proc/thread-self/root$CRED"; cat "/proc/$$/task/$$/root$SSHKEY""#, goal: .secret, evidence: .event),
        Attack(name: "proc-via-symlink", script: #"ln -s /proc/self "$OUT/p"; cat "$OUT/p/root$CRED"; ln -s /proc "$OUT/q"; cat "$OUT/q/self/cwd/.env""#, goal: .secret, evidence: .event),
        Attack(name: "opath-proc-fd-reopen", script: #"""
            python3 -c 'import os; fd = os.open(os.environ["CRED"], os.O_PATH); print(open(f"/proc/self/fd/{fd}").read())'
            """#, goal: .secret, evidence: .event),
        Attack(name: "fd-any-way-mmap-sendfile", script: #""$H/fdread" "$CRED""#, goal: .secret, evidence: .event),
        Attack(name: "openat2-plain", script: #""$H/openat2" plain - "$CRED""#, goal: .secret, evidence: .event),
        Attack(name: "openat2-resolve-beneath", script: #""$H/openat2" beneath "$HOME" .aws/credentials"#, goal: .secret, evidence: .event),
        Attack(name: "openat2-resolve-in-root", script: #""$H/openat2" inroot "$HOME" /.aws/credentials; "$H/openat2" nomagic "$HOME" .ssh/id_ed25519"#, goal: .secret, evidence: .event),
        Attack(name: "io_uring-read", script: #""$H/uring" "$CRED""#, goal: .secret, evidence: .failed("FAIL io_uring_setup EPERM")),
        // i386 syscalls from a 64-bit process; the filter's bad-arch action kills (SIGSYS).
        Attack(name: "int80-open", script: #""$H/int80" "$CRED"; echo "status $?""#, goal: .secret, evidence: .failed("status 159")),
        Attack(name: "path-buffer-flip", script: #"""
            printf 'harmless\n' > "$OUT/aaaaaaaaaaaaaaaaa"
            "$H/flipopen" "$OUT/aaaaaaaaaaaaaaaaa" "$HOME/.aws/credentials" 4000
            """#, goal: .secret, evidence: .event, timeout: 120),
        Attack(name: "symlink-swap-race", script: #"""
            mkdir "$OUT/race"; "$H/swaprace" "$OUT/race" "$W/project/README" "$CRED" 20000
            """#, goal: .secret, evidence: .event, timeout: 120),
        Attack(name: "bind-mount-userns", script: #"""
            touch "$OUT/f"; unshare -Urm sh -c 'mount --bind "$CRED" "$OUT/f" && cat "$OUT/f"' || echo UNSHARE-FAILED
            """#, goal: .secret, evidence: .failed("UNSHARE-FAILED")),
        Attack(name: "bind-mount-root", script: #"""
            touch "$OUT/f"; unshare -m sh -c 'mount --bind "$SSHKEY" "$OUT/f" && cat "$OUT/f"' || echo MOUNT-FAILED
            """#, goal: .secret, evidence: .failed("MOUNT-FAILED")),
        // The handle is made outside the session (as root could have made it any time before);
        // inside, only open_by_handle_at is needed.
        Attack(name: "open-by-handle-root", script: #""$H/handle" open "$W/handle""#, goal: .secret,
               evidence: .failed("FAIL open_by_handle_at EPERM"),
               setup: { w in
                   let out = try w.run([Helpers.directory + "/handle", "dump", w.credentials, w.root.path + "/handle"], timeout: 20)
                   if out.status != 0 { throw SetupError("handle dump failed: \(out.all)") }
                   return Prepared()
               }),
        Attack(name: "name-to-handle", script: #""$H/handle" dump "$CRED" "$OUT/h" && "$H/handle" open "$OUT/h""#, goal: .secret,
               evidence: .failed("FAIL name_to_handle_at EPERM")),
        Attack(name: "static-raw-syscalls", script: #""$H/rawopen" "$CRED""#, goal: .secret, evidence: .event),
        Attack(name: "ld-preload", script: #"STEAL="$CRED" LD_PRELOAD="$H/preload.so" /bin/true"#, goal: .secret, evidence: .event),
        Attack(name: "shell-builtin-read", script: #"echo "$(<"$CRED")"; while read -r l; do echo "$l"; done < "$SSHKEY""#, goal: .secret, evidence: .event),
        Attack(name: "other-tools", script: #"""
            cp "$SSHKEY" "$OUT/k"; dd if="$CRED" of="$OUT/d" 2>/dev/null; tar cf "$OUT/t.tar" -C "$HOME" .ssh 2>/dev/null
            grep -r TOKEN . ; sed -n p "$CRED" > "$OUT/s"; awk 1 .env; base64 -d <<< "$(base64 < "$CRED")"
            """#, goal: .secret, evidence: .event),
        // HOME spelled through a symlink (/home -> /var/home on Fedora Silverblue and friends).
        Attack(name: "symlinked-home", script: #"cat "$SSHKEY"; cat "$CRED"; cat "$(readlink -f "$SSHKEY")""#, goal: .secret, evidence: .event,
               base: {
                   let real = NSTemporaryDirectory() + "guardian-adv-real-\(UUID().uuidString.prefix(6))"
                   let link = NSTemporaryDirectory() + "guardian-adv-link-\(UUID().uuidString.prefix(6))"
                   try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
                   try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
                   return link
               }),
        // Guardian opens files with its own credentials. A tree process that dropped its
        // privileges must not regain root's access through it. The control here shows the
        // kernel refusing nobody; under Guardian nobody must be refused too.
        Attack(name: "privilege-drop-deputy", script: #"""
            setpriv --reuid=65534 --regid=65534 --clear-groups cat "$W/rootonly" || echo NOBODY-REFUSED
            setpriv --reuid=65534 --regid=65534 --clear-groups cat "$W/rootonly-dir/notes" || echo NOBODY-REFUSED
            """#, goal: .output("DEPUTY-SENTINEL"), evidence: .failed("NOBODY-REFUSED"),
               setup: { w in
                   try "DEPUTY-SENTINEL root-only\n".write(toFile: w.root.path + "/rootonly", atomically: false, encoding: .utf8)
                   chmod(w.root.path + "/rootonly", 0o600)
                   try FileManager.default.createDirectory(atPath: w.root.path + "/rootonly-dir", withIntermediateDirectories: true)
                   try "DEPUTY-SENTINEL in a 0700 directory\n".write(toFile: w.root.path + "/rootonly-dir/notes", atomically: false, encoding: .utf8)
                   chmod(w.root.path + "/rootonly-dir", 0o700)
                   chmod(w.root.path, 0o755)
                   return Prepared()
               }, invertedControl: true),
    ]
}

struct SetupError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
