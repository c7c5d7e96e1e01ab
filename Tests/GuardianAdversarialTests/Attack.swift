import Foundation
import GuardianTestSupport
import Testing

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
        /// A deny, denied or kill event with this field set (e.g. `listener`: the event names
        /// the program listening on the socket the attack reached for).
        case eventNaming(String)
        /// The tree was killed (no event can say so): nothing to show but the goal missed.
        case none(String)
        /// An event of this rule, whatever its decision (a file served masked is `audit`).
        case rule(String)
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
    /// A world built beneath another directory (see World.init(base:)), made for the one world
    /// and removed after it with the directory it links to.
    var base: (@Sendable () throws -> String)? = nil
    /// The control shows the kernel itself refusing (Guardian must not weaken that), rather
    /// than the attack succeeding.
    var invertedControl = false
    /// Runs after the attack, in the same world (e.g. a second session that would use what the
    /// attack planted); its output counts as the attack's.
    var followUp: (@Sendable (World) throws -> World.Output)? = nil
    /// A bash snippet run before the command, in the process that then becomes it, in both
    /// runs (`exec 3<>…`: a descriptor Guardian's caller hands over).
    var launcher: String? = nil
    /// The profile Guardian runs the attack under (`sandboxed`: production with user
    /// namespaces allowed).
    var profile = "production"
}

extension Attack: CustomTestStringConvertible {
    /// A failing case names its attack.
    var testDescription: String { name }
}
