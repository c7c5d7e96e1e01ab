import Foundation

/// One attack: a bash script run twice in fresh worlds — once without Guardian (the control,
/// which must reach its goal, or the attack proves nothing) and once under `guardian run`
/// (which must not reach it, and must leave evidence).
struct Attack: Sendable {
    /// What the attack is after.
    enum Goal: Sendable {
        /// The canary secret, in anything the attack prints or writes.
        case secret
        /// A stand-in CLI ran: its marker holds this text.
        case marker(String, containing: String)
        /// A file under $OUT that only a successful attack creates (or a process that outlives
        /// the session writes).
        case file(String)
        /// A file under $OUT holds this text.
        case fileContains(String, String)
        /// A line the attack prints only when it succeeded.
        case output(String)
    }

    /// How we know Guardian saw it.
    enum Evidence: Sendable {
        /// A deny, denied or kill event in $GUARDIAN_HOME/events/*.jsonl.
        case event
        /// Denied in the kernel by the filter, where no event exists: the attack's output
        /// must show the call failing this way (e.g. `FAIL ptrace EPERM`).
        case failed(String)
        /// Either of the two.
        case eventOr(String)
        /// The tree was killed (no event can say so): nothing to show but the goal missed.
        case none(String)
    }

    /// Per-world preparation: extra environment, and what to undo afterwards.
    struct Prepared {
        var env: [String: String] = [:]
        var cleanup: () -> Void = {}
    }

    var name: String
    var script: String
    var goal: Goal
    var evidence: Evidence
    /// Runs in each world before the script (both the control's and Guardian's).
    var setup: (@Sendable (World) throws -> Prepared)? = nil
    /// Seconds to wait after the run before looking (for daemons and survivors).
    var settle: Double = 0
    var timeout: Double = 60
    /// The attack kills Guardian on purpose: its log cannot end cleanly.
    var killsGuardian = false
    /// Environment for Guardian's own process (what it passes on is part of the attack).
    var guardianEnv: [String: String] = [:]
    /// A world built beneath another directory (see World.init(base:)).
    var base: (@Sendable () throws -> String)? = nil
    /// The control shows the kernel itself refusing (Guardian must not weaken that), rather
    /// than the attack succeeding.
    var invertedControl = false
    /// Runs after the attack, in the same world (e.g. a second session that would use what the
    /// attack planted); its output counts as the attack's.
    var followUp: (@Sendable (World) throws -> World.Output)? = nil
    /// The profile Guardian runs the attack under (`sandboxed`: production with user
    /// namespaces allowed).
    var profile = "production"
}

/// The verdict on one attack.
struct Verdict {
    var name: String
    var held: Bool
    var detail: String
}

extension Attack {
    func run() -> Verdict {
        var problems: [String] = []

        // The control: without Guardian, the attack must work.
        do {
            let world = try World(base: base?())
            defer { world.cleanup() }
            let prepared = try setup?(world) ?? Prepared()
            defer { prepared.cleanup() }
            let script = try world.write(self.script)
            // `; true` keeps sh alive as the script's parent, the place Guardian has in the other run.
            let output = try world.run(["/bin/sh", "-c", "bash \"$0\"; true", script], timeout: timeout, extraEnv: prepared.env)
            if settle > 0 { usleep(UInt32(settle * 1_000_000)) }
            let after = try followUp?(world)
            let combined = World.Output(status: output.status, stdout: output.stdout + (after?.stdout ?? ""), stderr: output.stderr + (after?.stderr ?? ""))
            if invertedControl {
                if reached(world, combined) { problems.append("CONTROL: the kernel did not refuse; output: \(combined.all.prefix(400))") }
            } else if !reached(world, combined) {
                problems.append("CONTROL FAILED: without Guardian the attack did not work, so the run under Guardian proves nothing; output: \(combined.all.prefix(600))")
            }
        } catch {
            problems.append("control could not run: \(error)")
        }

        // Under Guardian.
        do {
            let world = try World(base: base?())
            defer { world.cleanup() }
            let prepared = try setup?(world) ?? Prepared()
            defer { prepared.cleanup() }
            let script = try world.write(self.script)
            let configBefore = world.configFingerprint()
            let first = try world.guardian(["bash", script], profile: profile, timeout: timeout, extraEnv: prepared.env.merging(guardianEnv) { $1 })
            if settle > 0 { usleep(UInt32(settle * 1_000_000)) }
            let after = try followUp?(world)
            let output = World.Output(status: first.status, stdout: first.stdout + (after?.stdout ?? ""), stderr: first.stderr + (after?.stderr ?? ""))
            if ProcessInfo.processInfo.environment["ADVERSARIAL_VERBOSE"] != nil {
                let files = (try? FileManager.default.contentsOfDirectory(atPath: world.out)) ?? []
                let log = (try? String(contentsOfFile: world.out + "/log", encoding: .utf8)) ?? "-"
                print("[\(name)] status \(output.status)\n\(output.all)\n[out: \(files)] [log: \(log)]")
            }
            if reached(world, output) {
                problems.append("BYPASS: the attack reached its goal under Guardian; output: \(output.all.prefix(900))")
            }
            let events = world.blockingEvents()
            switch evidence {
            case .event:
                if events.isEmpty { problems.append("NO EVENT: no deny/denied/kill event was logged; output: \(output.all.prefix(400))") }
            case .failed(let token):
                if !output.all.contains(token) { problems.append("expected the call to fail in the kernel (\(token)); output: \(output.all.prefix(400))") }
            case .eventOr(let token):
                if events.isEmpty && !output.all.contains(token) { problems.append("NO EVENT and no \(token) in the output: \(output.all.prefix(400))") }
            case .none:
                break
            }
            if world.configFingerprint() != configBefore {
                problems.append("Guardian's config directory changed: \(world.configFingerprint().prefix(300))")
            }
            if !killsGuardian {
                let verify = try world.run([World.guardianBinary, "verify", "--all"], timeout: 30)
                if verify.status != 0 { problems.append("guardian verify --all failed: \(verify.all.prefix(300))") }
            }
        } catch {
            problems.append("the guarded run could not run: \(error)")
        }
        return Verdict(name: name, held: problems.isEmpty, detail: problems.joined(separator: "; "))
    }

    /// Whether the attack reached its goal in this world.
    func reached(_ world: World, _ output: World.Output) -> Bool {
        switch goal {
        case .secret:
            return output.all.contains(World.canary) || !world.filesHoldingCanary(under: world.root.path).isEmpty
        case .marker(let name, let text):
            return world.marker(name)?.contains(text) ?? false
        case .file(let rel):
            return FileManager.default.fileExists(atPath: world.out + "/" + rel)
        case .output(let token):
            return output.all.contains(token)
        case .fileContains(let rel, let text):
            return (try? String(contentsOfFile: world.out + "/" + rel, encoding: .utf8))?.contains(text) ?? false
        }
    }
}

extension World {
    /// Writes an attack script into the world; returns its path.
    func write(_ script: String) throws -> String {
        let path = root.appendingPathComponent("attack.sh").path
        try ("set +e\n" + script + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}
