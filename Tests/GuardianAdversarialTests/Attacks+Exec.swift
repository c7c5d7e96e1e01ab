import Foundation
import GuardianTestSupport

/// Running a denied operation another way (shared/THREATS.md, second section). The operation:
/// `railway volume delete`, denied by the dev profile; $BIN/railway is a stand-in that appends
/// its arguments to $MARKERS/railway.
extension Attack {
    static let deleted = Goal.marker("railway", containing: "volume delete")

    /// A harmless program whose path has the length of $BIN/railway ($OUT/harmles): a copy of
    /// /bin/true, or (`script`) a `#!/bin/sh` script, like the stand-in.
    static func harmless(_ w: World, script: Bool) throws -> Prepared {
        let path = w.out + "/harmles"
        if script {
            try "#!/bin/sh\nexit 0\n".write(toFile: path, atomically: false, encoding: .utf8)
        } else {
            try FileManager.default.copyItem(atPath: "/bin/true", toPath: path)
        }
        chmod(path, 0o755)
        return Prepared()
    }

    /// $BIN/railway as an ELF binary: the compiled `standin`, which leaves the same marker.
    static func elfStandIn(_ w: World) throws -> Prepared {
        let path = w.bin + "/railway"
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Helpers.directory + "/standin", toPath: path)
        chmod(path, 0o755)
        return Prepared()
    }

    static let exec: [Attack] = [
        Attack(name: "exec-direct", script: #"railway volume delete v1"#, goal: deleted, evidence: .event),
        // A copy under another name: recognised by content (same size as the indexed CLI, same SHA-256).
        Attack(name: "exec-copied-binary", script: #"cp "$(command -v railway)" /tmp/x-$$; /tmp/x-$$ volume delete v1; rm -f /tmp/x-$$"#, goal: deleted, evidence: .event),
        Attack(name: "exec-hardlinked-binary", script: #"ln "$BIN/railway" "$OUT/rw"; "$OUT/rw" volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "exec-symlinked-binary", script: #"ln -s "$BIN/railway" "$OUT/x"; "$OUT/x" volume delete v1"#, goal: deleted, evidence: .event),
        // A script CLI (aws, gcloud, az are Python) run through its interpreter.
        Attack(name: "exec-through-interpreter", script: #"sh "$BIN/railway" volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "exec-sh-c", script: #"sh -c 'railway volume delete v1'; bash -lc 'railway volume delete v1'"#, goal: deleted, evidence: .event),
        Attack(name: "exec-shebang-script", script: #"printf '#!/bin/sh\nrailway volume delete v1\n' > "$OUT/s.sh"; chmod +x "$OUT/s.sh"; "$OUT/s.sh""#, goal: deleted, evidence: .event),
        Attack(name: "exec-shebang-env-S", script: #"printf '#!/usr/bin/env -S railway volume delete\n' > "$OUT/s"; chmod +x "$OUT/s"; "$OUT/s""#, goal: deleted, evidence: .event),
        Attack(name: "exec-env-S", script: #"env -S 'railway volume delete v1'"#, goal: deleted, evidence: .event),
        Attack(name: "exec-base64-bash-c", script: #"bash -c "$(echo cmFpbHdheSB2b2x1bWUgZGVsZXRlIHYx | base64 -d)""#, goal: deleted, evidence: .event),
        Attack(name: "exec-python-os-execv", script: #"python3 -c 'import os; os.execv(os.environ["BIN"] + "/railway", ["x", "volume", "delete", "v1"])'"#, goal: deleted, evidence: .event),
        Attack(name: "exec-python-raw-syscall", script: #"""
            python3 -c '
            import ctypes, os
            libc = ctypes.CDLL(None, use_errno=True)
            argv = (ctypes.c_char_p * 5)(b"x", b"volume", b"delete", b"v1", None)
            envp = (ctypes.c_char_p * 1)(None)
            libc.syscall(59, (os.environ["BIN"] + "/railway").encode(), argv, envp)
            print("FAIL execve", ctypes.get_errno())'
            """#, goal: deleted, evidence: .event),
        Attack(name: "exec-vfork", script: #""$H/vforkexec" "$BIN/railway" x volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "exec-from-thread", script: #""$H/threadexec" "$BIN/railway" x volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "execveat-empty-path", script: #""$H/execat" empty "$BIN/railway" x volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "execveat-dirfd", script: #""$H/execat" dirfd "$BIN" railway x volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "exec-memfd-fexecve", script: #""$H/fdexec" memfd "$BIN/railway" - volume delete v1"#, goal: deleted, evidence: .event),
        Attack(name: "exec-tmpfile-fexecve", script: #""$H/fdexec" tmpfile "$BIN/railway" "$OUT" volume delete v1"#, goal: deleted, evidence: .event),
        // argv[2] flips between "status" (allowed) and "delete" while the main thread execs.
        Attack(name: "exec-argv-flip", script: #""$H/execflip" argv 400 "$BIN/railway" "$BIN/railway" 2 status delete x volume WORD v1"#,
               goal: deleted, evidence: .event, timeout: 180),
        // The path flips between a copy of /bin/true and the stand-in (same length).
        Attack(name: "exec-path-flip", script: #""$H/execflip" path 400 "$OUT/harmles" "$BIN/railway" 0 - - x volume delete v1"#,
               goal: deleted, evidence: .event, setup: { try harmless($0, script: false) }, timeout: 180),
        // The same, but the harmless program is a `#!/bin/sh` script like the stand-in: at
        // PTRACE_EVENT_EXEC both images are /bin/sh.
        Attack(name: "exec-path-flip-same-interpreter", script: #""$H/execflip" path 400 "$OUT/harmles" "$BIN/railway" 0 - - x volume delete v1"#,
               goal: deleted, evidence: .event, setup: { try harmless($0, script: true) }, timeout: 180),
        // The same race from a child made with clone(CLONE_UNTRACED): the tracer never sees it.
        Attack(name: "exec-path-flip-untraced", script: #""$H/untraced" "$H/execflip" path 400 "$OUT/harmles" "$BIN/railway" 0 - - x volume delete v1"#,
               goal: deleted, evidence: .eventOr("FAIL clone EPERM"), setup: { try harmless($0, script: false) }, timeout: 180),
        // The dynamic loader run as the program, on a copy of the CLI (an ELF stand-in): the
        // exec names ld.so, and the loader maps and enters the copy within the same execve.
        Attack(name: "exec-dynamic-loader", script: #"""
            cp "$BIN/railway" "$OUT/rw"; L=$(ls /lib64/ld-linux-*.so.* /lib/ld-linux-*.so.* 2>/dev/null | head -n 1)
            "$L" "$OUT/rw" volume delete v1; "$L" --library-path /usr/lib "$OUT/rw" volume delete v2
            "$L" --argv0 railway --inhibit-cache "$OUT/rw" volume delete v3; "$L" --preload "" "$OUT/rw" volume delete v4
            """#, goal: deleted, evidence: .event, setup: { try elfStandIn($0) }),
        // A multi-call binary's applet under its own rule: `busybox dd … of=/dev/…` meets
        // dd.to-device (a file under /dev/shm stands in for a disk: /dev/null itself is read as
        // the output thrown away). `busybox APPLET` is the applet.
        Attack(name: "exec-busybox-applet", script: #"busybox dd if=/dev/zero of=/dev/shm/guardian-dd-$$ count=1 2>/dev/null && echo DD-RAN; rm -f /dev/shm/guardian-dd-$$"#,
               goal: .output("DD-RAN"), evidence: .event),
        Attack(name: "exec-setsid", script: #"setsid railway volume delete v1; setsid -f sh -c 'railway volume delete v2'; sleep 1"#, goal: deleted, evidence: .event),
    ]
}

/// A shell refused for what only its script says (SQL in a heredoc) starts with every exec of
/// it and of what it forks refused: each attack tries to run a program from inside it anyway.
/// `kubectl get pods` alone is allowed; the control runs it.
extension Attack {
    static let ranInsideRefusedScript = Goal.marker("kubectl", containing: "get pods")

    /// `sh -c SCRIPT` where SCRIPT starts with a heredoc of destructive SQL, then `rest`.
    static func refusedScript(_ rest: String) -> String {
        """
        cat > "$OUT/script" <<'SCRIPT'
        psql shop <<EOF
        DROP TABLE orders;
        EOF
        \(rest)
        SCRIPT
        sh -c "$(cat "$OUT/script")"
        """
    }

    static let refusedScripts: [Attack] = [
        Attack(name: "refused-script-runs-a-program", script: refusedScript("kubectl get pods"),
               goal: ranInsideRefusedScript, evidence: .event, profile: "dev"),
        Attack(name: "refused-script-exec-builtin", script: refusedScript("exec kubectl get pods"),
               goal: ranInsideRefusedScript, evidence: .event, profile: "dev"),
        Attack(name: "refused-script-subshell-pipeline", script: refusedScript("(cd /tmp && echo x | kubectl get pods)"),
               goal: ranInsideRefusedScript, evidence: .event, profile: "dev"),
        // A background child that outlives the shell: reparented to Guardian, it keeps the mark.
        Attack(name: "refused-script-orphaned-child",
               script: refusedScript(#"( while [ ! -e "$OUT/go" ]; do :; done; kubectl get pods ) &"#) + "\ntouch \"$OUT/go\"; sleep 1",
               goal: ranInsideRefusedScript, evidence: .event, profile: "dev"),
    ]
}
