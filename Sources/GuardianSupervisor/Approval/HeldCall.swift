import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// What a held call is, for the operator and for the log.
struct HeldCall {
    var tid: pid_t
    var kind: Event.Kind
    var evaluation: Evaluation
    var event: Event
    /// One line naming the call, as the agent and the operator read it.
    var summary: String
    var grantKey: String
    var dedupKey: String
    /// The process, rule and arguments (not the binary): a refusal covers the PATH search.
    var refusalKey: String = ""
    /// A refusal carried out by letting the call go ahead differently (a shell started with its
    /// execs refused, `RefusedScripts`): run instead of failing the call with EACCES, with the
    /// reason the agent was told. Nil: a refused call fails.
    var refuseInside: (@Sendable (inout Responder, String) -> Void)? = nil
    /// Releases what `proceed` needs, once the call is answered either way.
    var cleanup: (@Sendable () -> Void)? = nil
}
