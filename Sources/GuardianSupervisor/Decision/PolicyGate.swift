import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where handlers put their policy questions: the immutable engine, the environment variables it
/// reads, the protected files pinned by identity at start, and a cache of file decisions.
final class PolicyGate: Sendable {
    let policy: any PolicyEngine
    /// The environment variables the policy reads, matched on bytes.
    let environmentNames: EnvironmentNames
    /// Protected files pinned by identity at start, so an older hardlink is still recognised.
    let pins: PinnedFiles

    /// File decisions by (real path, access): the engine is immutable, so a header that two
    /// hundred compiler processes open is decided once. Bounded; cleared when full.
    private let fileDecisions = Mutex<[FileRequest: Evaluation]>([:])
    static let fileDecisionLimit = 65536
    private let execDecisions = Mutex<[ExecRequest: Evaluation]>([:])
    static let execDecisionLimit = 4096
    /// The files each exec request names a target in (a kubeconfig, an env file), by the
    /// request before their contents are read: the same command line names the same files.
    private let namedFileLists = Mutex<[ExecRequest: [String]]>([:])

    /// `pins`: the walk for them, started (it runs beside the rest of the session's making).
    init(policy: any PolicyEngine, pins: PinnedFiles) {
        self.policy = policy
        environmentNames = EnvironmentNames(policy.environmentVariables)
        self.pins = pins
    }

    /// `pinRoots`: directories (HOME) whose dot-directories are walked for files that glob rules
    /// protect, to pin them too; `pinBudget`: entries walked before the agent starts (a test
    /// lowers it). The walk runs beside the caller; a question about pins waits for it.
    convenience init(policy: any PolicyEngine, pinRoots: [String] = [], pinBudget: Int = PolicyGate.pinBudget) {
        self.init(policy: policy, pins: PinnedFiles(policy: policy, roots: pinRoots, budget: pinBudget))
    }

    func evaluate(_ request: FileRequest) -> Evaluation {
        if let hit = fileDecisions.withLock({ $0[request] }) { return hit }
        let evaluation = policy.evaluate(request)
        fileDecisions.withLock {
            if $0.count >= PolicyGate.fileDecisionLimit { $0.removeAll(keepingCapacity: true) }
            $0[request] = evaluation
        }
        return evaluation
    }

    /// Exec decisions by the whole request (program, argv, cwd, the named variables,
    /// interpreter, digest, the contents of a kubeconfig or env file it is given): agents and
    /// build tools run the same command lines again and again, and the engine answers the same
    /// request the same way — it reads nothing but the request, so a file's new contents are a
    /// new request. A shell's script may be left to the execs of its commands
    /// (`PolicyEngine.evaluateAtExec`).
    func evaluate(_ request: ExecRequest) -> Evaluation {
        if let hit = execDecisions.withLock({ $0[request] }) { return hit }
        let evaluation = policy.evaluateAtExec(request)
        execDecisions.withLock {
            if $0.count >= PolicyGate.execDecisionLimit { $0.removeAll(keepingCapacity: true) }
            $0[request] = evaluation
        }
        return evaluation
    }

    /// The files whose contents `request` (its `files` still empty) must carry to be decided:
    /// the engine's answer, kept by the request like its decisions (the engine reads nothing
    /// but the request).
    func filesNamingTargets(_ request: ExecRequest) -> [String] {
        if let hit = namedFileLists.withLock({ $0[request] }) { return hit }
        let files = policy.filesNamingTargets(request)
        namedFileLists.withLock {
            if $0.count >= PolicyGate.execDecisionLimit { $0.removeAll(keepingCapacity: true) }
            $0[request] = files
        }
        return files
    }

    /// The words of `request` to resolve into `resolvedPaths` (the engine's answer; empty for
    /// every program no rule with `paths:` names).
    func pathsToResolve(_ request: ExecRequest) -> [String] { policy.pathsToResolve(request) }

    /// The protected name a file was pinned under, when `identity` is one. `links`: the file's
    /// link count; a file with several names may wait for the pin walk past its budget.
    func pinnedName(of identity: FileIdentity, links: UInt64 = 2) -> LatePins.Answer {
        let found = pins.current()
        if let name = found.pinned[identity] { return .pinned(name) }
        guard links > 1, let late = found.late else { return .notPinned }
        return late.lookup(identity)
    }
}
