import Foundation
import GuardianTestSupport

/// The verdict on one attack.
struct Verdict {
    var name: String
    var held: Bool
    var detail: String
}

extension Attack {
    /// Runs the control (without Guardian, the attack must work) and then the attack under
    /// Guardian (it must not reach its goal, and must leave evidence), each in a fresh world.
    func run() -> Verdict {
        var problems: [String] = []
        // An outside runner acts after the attack's script has ended (a datagram read, a line
        // from a FIFO): the control waits for the goal up to 10 s, and the guarded run then
        // waits twice as long as the control needed before it judges that nothing happened.
        var controlWaited = 0.0

        do {
            try play(underGuardian: false) { world, output, _ in
                if invertedControl {
                    if reached(world, output) { problems.append("CONTROL: the kernel did not refuse; output: \(output.all.prefix(400))") }
                    return
                }
                let start = Date()
                while !reached(world, output) && Date().timeIntervalSince(start) < 10 { usleep(100_000) }
                controlWaited = Date().timeIntervalSince(start)
                if !reached(world, output) {
                    problems.append("CONTROL FAILED: without Guardian the attack did not work, so the run under Guardian proves nothing; output: \(output.all.prefix(600))")
                }
            }
        } catch {
            problems.append("control could not run: \(error)")
        }

        do {
            try play(underGuardian: true, wait: Swift.min(2 * controlWaited, 10)) { world, output, configBefore in
                if ProcessInfo.processInfo.environment["ADVERSARIAL_VERBOSE"] != nil {
                    let files = (try? FileManager.default.contentsOfDirectory(atPath: world.out)) ?? []
                    let log = (try? String(contentsOfFile: world.out + "/log", encoding: .utf8)) ?? "-"
                    print("[\(name)] status \(output.status)\n\(output.all)\n[out: \(files)] [log: \(log)]")
                }
                if reached(world, output) {
                    problems.append("BYPASS: the attack reached its goal under Guardian; output: \(output.all.prefix(900))")
                }
                problems += missingEvidence(world, output)
                if world.configFingerprint() != configBefore {
                    problems.append("Guardian's config directory changed: \(world.configFingerprint().prefix(300))")
                }
                if !killsGuardian {
                    let verify = try world.run([World.guardianBinary, "verify", "--all"], timeout: 30)
                    if verify.status != 0 { problems.append("guardian verify --all failed: \(verify.all.prefix(300))") }
                }
            }
        } catch {
            problems.append("the guarded run could not run: \(error)")
        }
        return Verdict(name: name, held: problems.isEmpty, detail: problems.joined(separator: "; "))
    }

    /// Plays the attack once in a fresh world, with or without Guardian, and hands `judge` the
    /// world, everything the attack (and its follow-up) printed, and the fingerprint of
    /// Guardian's config directory from before — all while the world still stands. `wait`
    /// seconds are added to the attack's own settling time.
    private func play(underGuardian: Bool, wait: Double = 0, _ judge: (World, World.Output, String) throws -> Void) throws {
        let parent = try base?()
        defer { if let parent { Attack.remove(base: parent) } }
        let world = try World.forAttack(base: parent)
        defer { world.cleanup() }
        let prepared = try setup?(world) ?? Prepared()
        defer { prepared.cleanup() }
        let script = try world.write(self.script)
        let configBefore = world.configFingerprint()
        var output: World.Output
        if let launcher {
            let wrap = ["bash", "-c", launcher + "; exec \"$@\"", "launcher"]
            output = underGuardian
                ? try world.run(wrap + [World.guardianBinary, "run", "-q", "--profile", profile, "--ask-timeout", "1", "--", "bash", script],
                                timeout: timeout, extraEnv: prepared.env.merging(guardianEnv) { $1 })
                : try world.run(wrap + ["/bin/sh", "-c", "bash \"$0\"; true", script], timeout: timeout, extraEnv: prepared.env)
        } else {
            output = underGuardian
                ? try world.guardian(["bash", script], profile: profile, timeout: timeout, extraEnv: prepared.env.merging(guardianEnv) { $1 })
                // `; true` keeps sh alive as the script's parent, the place Guardian has in the other run.
                : try world.run(["/bin/sh", "-c", "bash \"$0\"; true", script], timeout: timeout, extraEnv: prepared.env)
        }
        if settle + wait > 0 { usleep(UInt32((settle + wait) * 1_000_000)) }
        if let after = try followUp?(world) {
            output.stdout += after.stdout
            output.stderr += after.stderr
        }
        try judge(world, output, configBefore)
    }

    /// Removes a directory `base` made for one world, and the directory it links to.
    private static func remove(base: String) {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: base) {
            try? FileManager.default.removeItem(atPath: target)
        }
        try? FileManager.default.removeItem(atPath: base)
    }

    /// What is missing of the evidence this attack must leave under Guardian.
    func missingEvidence(_ world: World, _ output: World.Output) -> [String] {
        let events = world.blockingEvents()
        switch evidence {
        case .event:
            if events.isEmpty { return ["NO EVENT: no deny/denied/kill event was logged (status \(output.status); \(world.eventSummary())); output: \(output.all.prefix(400))"] }
        case .failed(let token):
            if !output.all.contains(token) { return ["expected the call to fail in the kernel (\(token)); output: \(output.all.prefix(400))"] }
        case .eventOr(let token):
            if events.isEmpty && !output.all.contains(token) { return ["NO EVENT and no \(token) in the output: \(output.all.prefix(400))"] }
        case .eventNaming(let field):
            if !events.contains(where: { !(($0[field] as? String) ?? "").isEmpty }) {
                return ["NO EVENT naming its \(field): \(events.suffix(3)); output: \(output.all.prefix(400))"]
            }
        case .rule(let rule):
            if !world.events().contains(where: { ($0["rule"] as? String) == rule }) {
                return ["NO EVENT of rule \(rule); output: \(output.all.prefix(400))"]
            }
        case .none:
            break
        }
        return []
    }

    /// Whether the attack reached its goal in this world.
    func reached(_ world: World, _ output: World.Output) -> Bool {
        switch goal {
        case .secret:
            return output.all.contains(World.canary) || !world.filesHoldingCanary(under: world.root.path).isEmpty
        case .marker(let name, let text):
            return world.markerText(name)?.contains(text) ?? false
        case .file(let rel):
            return FileManager.default.fileExists(atPath: world.out + "/" + rel)
        case .output(let token):
            return output.all.contains(token)
        case .fileContains(let rel, let text):
            return (try? String(contentsOfFile: world.out + "/" + rel, encoding: .utf8))?.contains(text) ?? false
        }
    }
}
