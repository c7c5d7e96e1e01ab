import Foundation
import GuardianTestSupport

/// The second hardening round (issue 17): programs Guardian did not index at start, and a FIFO
/// that a process outside the tree reads and runs.
extension Attack {
    /// The ELF stand-in installed off PATH, at `dir` under the world (a place CLIs are installed
    /// to without being on PATH, or a download directory nobody indexes).
    static func offPathStandIn(_ w: World, _ dir: String) throws -> Prepared {
        let place = w.root.appendingPathComponent(dir).path
        try FileManager.default.createDirectory(atPath: place, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Helpers.directory + "/standin", toPath: place + "/railway")
        chmod(place + "/railway", 0o755)
        return Prepared()
    }

    /// A shell loop outside the session that runs whatever is written into $OUT/cmd.fifo — the
    /// user's, started before the agent.
    static func fifoLoop(_ w: World) throws -> Prepared {
        let fifo = w.out + "/cmd.fifo"
        guard mkfifo(fifo, 0o666) == 0 else { throw SetupError("mkfifo failed") }
        let loop = try Daemon(["bash", "-c", #"while :; do sh < "$0"; done"#, fifo], environment: w.environment)
        // The loop's reader waits in its open of the FIFO before the attack starts.
        usleep(300_000)
        return Prepared(cleanup: { loop.stop() })
    }

    /// The same loop, started a second after the attack: its reader opens the FIFO after the
    /// tree's open was decided.
    static func laterFifoLoop(_ w: World) throws -> Prepared {
        let fifo = w.out + "/cmd.fifo"
        guard mkfifo(fifo, 0o666) == 0 else { throw SetupError("mkfifo failed") }
        let loop = try Daemon(["bash", "-c", #"sleep 1; while :; do sh < "$0"; done"#, fifo], environment: w.environment)
        return Prepared(cleanup: { loop.stop() })
    }

    static let hardening: [Attack] = [
        // A copy with one byte changed has no known hash: its arguments give it away.
        Attack(name: "exec-changed-copy-by-shape", script: #"""
            cp "$BIN/railway" "$OUT/rw"; printf '#\n' >> "$OUT/rw"; "$OUT/rw" volume delete v1
            """#, goal: deleted, evidence: .rule("exec.destructive-shape")),
        // The CLI installed where PATH does not reach (~/.cargo/bin), copied under a new name and
        // run with arguments whose shape alone would not say which CLI it is: identified by
        // content, so its own rule (railway.volume-delete) answers.
        Attack(name: "exec-copy-from-off-path-install", script: #"""
            cp "$HOME/.cargo/bin/railway" "$OUT/t"; "$OUT/t" volume delete v1
            """#, goal: deleted, evidence: .rule("railway.volume-delete"), setup: { try offPathStandIn($0, "home/.cargo/bin") }),
        // The CLI found during the session (unpacked into a download directory), run once by
        // its name, then copied under another: recognised from the first run.
        Attack(name: "exec-copy-after-first-run", script: #"""
            "$W/dl/railway" status; cp "$W/dl/railway" "$OUT/t"; "$OUT/t" volume delete v1
            """#, goal: deleted, evidence: .rule("railway.volume-delete"), setup: { try offPathStandIn($0, "dl") }),
        // A FIFO read by a shell loop outside the session: what the tree writes there runs
        // outside it.
        Attack(name: "fifo-outside-reader", script: #"""
            echo "echo RAN > $OUT/ran" > "$OUT/cmd.fifo"; sleep 1
            """#, goal: .file("ran"), evidence: .eventNaming("listener"), setup: fifoLoop, settle: 1),
        // The same with O_RDWR, which opens without waiting for a reader (and wakes the loop's).
        Attack(name: "fifo-outside-reader-rdwr", script: #"""
            exec 3<>"$OUT/cmd.fifo"; echo "echo RAN > $OUT/ran" >&3; sleep 1; exec 3>&-; sleep 1
            """#, goal: .file("ran"), evidence: .eventNaming("listener"), setup: fifoLoop, settle: 1),
        // A reader in the tree pairs with the open; the outside loop opens the FIFO a second
        // later, the tree's reader goes, and what the tree writes then reaches only the loop.
        Attack(name: "fifo-outside-reader-later", script: #"""
            cat "$OUT/cmd.fifo" > /dev/null & c=$!
            exec 3>"$OUT/cmd.fifo"; sleep 2.5; kill $c; wait $c 2>/dev/null
            echo "echo RAN > $OUT/ran" >&3; sleep 1; exec 3>&-; sleep 1
            """#, goal: .file("ran"), evidence: .eventNaming("listener"), setup: laterFifoLoop, settle: 1),
        // The tree holds the FIFO read-write (no reader needed to open it), writes, and a loop
        // outside opens it a second later: the tree's descriptor is a pipe of its own.
        Attack(name: "fifo-outside-reader-later-rdwr", script: #"""
            exec 3<>"$OUT/cmd.fifo"; echo "echo RAN > $OUT/ran" >&3; sleep 3; exec 3>&-; sleep 1
            """#, goal: .file("ran"), evidence: .rule("guardian.fifo-own-pipe"), setup: laterFifoLoop, settle: 1),
        // The same while a reader of the tree already holds the FIFO (its own pipe would cut
        // that reader off): the reader goes, and what the tree wrote waits for the loop.
        Attack(name: "fifo-shared-rdwr-outside-reader-later", script: #"""
            cat "$OUT/cmd.fifo" > /dev/null & c=$!; sleep 0.3
            exec 3<>"$OUT/cmd.fifo"; kill $c; wait $c 2>/dev/null
            echo "echo RAN > $OUT/ran" >&3; sleep 3; exec 3>&-; sleep 1
            """#, goal: .file("ran"), evidence: .eventNaming("listener"), setup: laterFifoLoop, settle: 1),
        // A FIFO descriptor that reaches the tree without an open: Guardian's caller hands it
        // over (read-write, so the open needed no reader), and the loop outside reads it.
        Attack(name: "fifo-inherited-outside-reader", script: #"""
            echo "echo RAN > $OUT/ran" >&3; sleep 1
            """#, goal: .file("ran"), evidence: .eventNaming("listener"), setup: fifoLoop, settle: 1,
               launcher: #"exec 3<>"$OUT/cmd.fifo""#),
    ]
}
