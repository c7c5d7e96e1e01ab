import CGuardianShim
import GuardianEvents
import GuardianNetwork
import GuardianPolicy
import GuardianSecrets
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One supervised session: the filter, the notify workers, the tracer, the network gateway, and
/// the agent. It builds the session's parts once — each handler is handed only the
/// collaborators it uses — and runs the agent under them.
public final class Supervisor: Sendable {
    let recorder: Recorder
    let desk: ApprovalDesk
    let killSwitch = KillSwitch()
    /// Time per answered notification, by worker.
    let latency = DecisionLatency(workers: 8)
    let handlers: SyscallHandlers
    /// The project, scanned for secrets in the background as the agent starts.
    let prescan: [(SecretPrescan, String)]
    /// The pre-scan's figures, for the end event; nil when there is none.
    public let prescanReport: PrescanReport?
    let tracer: ExecTracer
    let options: FilterPlan.Options
    /// The filter, compiled by libseccomp beside the rest of the start; `run` takes it.
    let filter: StartValue<Result<Filter, GuardianError>>
    let workers: Int
    /// Whether the child makes itself unable to connect TCP on its own (Landlock).
    let landlockNetwork: Bool
    public let tree: ProcessTree
    /// The session's cgroup, where the machine allows one.
    public let cgroup: SessionCgroup?
    /// Where the start spends its time.
    let timeline: StartTimeline?
    let gate: PolicyGate
    /// Work of the start still running beside it, waited for before the agent is released.
    let startSteps: [StartStep]

    public init(
        session: String, policy: any PolicyEngine, log: EventLog, logger: Logger,
        guardedPrefixes: [String], guardedFiles: [String], runDirectory: String,
        askTimeout: Double = HeldCalls.defaultAskTimeout, notifyCommand: String? = nil, pinRoots: [String] = [], searchPath: String? = nil,
        workers: Int = 2, network: NetworkSetup? = nil, secrets: SecretRegistry? = nil, scanFiles: Bool = true, prescan: [String] = [],
        pins: PinnedFiles? = nil, startSteps: [StartStep] = [], warmsScanner: Bool = true, timeline: StartTimeline? = nil
    ) throws(GuardianError) {
        self.timeline = timeline
        // The filter is compiled beside the making of the handlers (it needs nothing they are
        // made of); `run` takes it. unlink and rmdir are always trapped: Guardian's own files
        // must survive `rm -rf` whatever the profile says.
        let options = FilterPlan.Options(trapDeletes: true, allowUserNamespaces: policy.allowsUserNamespaces, guardianPid: UInt64(getpid()))
        self.options = options
        filter = StartValue("filter", timeline: timeline) {
            Result { () throws(GuardianError) -> Filter in try Filter.compile(FilterPlan.make(options)) }
        }
        // The secret scanner's automaton is built beside the rest of the start, and is ready
        // before the agent's first call (the launch waits for every step). `warmsScanner`
        // false: the caller started that step earlier, and it is among `startSteps`.
        self.startSteps = startSteps + (secrets != nil && scanFiles && warmsScanner ? [StartStep("secret scanner", timeline: timeline) { SecretScanner.warm() }] : [])
        let tree = ProcessTree()
        self.tree = tree
        let recorder = Recorder(session: session, profile: policy.profileName, log: log, tree: tree)
        self.recorder = recorder
        let desk = ApprovalDesk(ids: RequestIDs(runDirectory: runDirectory))
        self.desk = desk
        let channel = TargetChannel()
        // The walk runs on while the rest is made; the launch waits for it (`readyToRelease`).
        let gate = PolicyGate(policy: policy, pins: pins ?? PinnedFiles(policy: policy, roots: pinRoots, timeline: timeline))
        self.gate = gate
        let held = HeldCalls(desk: desk, askTimeout: askTimeout, recorder: recorder, channel: channel,
                             hook: NotifyHook(command: notifyCommand, logger: logger), logger: logger)
        // The gateway (its event loop, listeners and DNS stub) starts when the tree first
        // needs it (GatewayOnDemand), not during the start.
        let gateways = network.map { network in
            let decisions = NetworkDecisions(gate: gate, recorder: recorder, channel: channel, held: held, tree: tree, secrets: secrets)
            return GatewayOnDemand(logger: logger) {
                try NetworkGateway(
                    authority: network.trust.authority, upstream: network.upstream, decider: decisions,
                    names: network.names, allowName: { decisions.allowName($0) }, logger: logger)
            }
        }
        landlockNetwork = network?.landlock ?? false
        let cgroup = SessionCgroup.create(session: session)
        self.cgroup = cgroup
        timeline?.mark("cgroup")
        let identities = ProgramIdentity(names: policy.programNames, searchPath: searchPath, home: pinRoots.first,
                                         project: Supervisor.workingDirectory(), timeline: timeline)
        let protection = SelfProtection(guardedPrefixes: guardedPrefixes + (cgroup.map { [$0.path] } ?? []), guardedFiles: guardedFiles)
        let resolver = PathResolver(tree: tree)
        let credentials = CredentialTracker()
        let expectations = ExecExpectations()
        let refusedScripts = RefusedScripts()
        let refusals = Refusals(recorder: recorder, channel: channel)
        // Guardian's user namespace: mounts run only for tasks in another one.
        let ownUserNamespace = NamespaceHandler.userNamespace("/proc/self/ns/user")
        // `--no-secret-scan`: files reach the tree as they are; the registry still knows the
        // variables' stand-ins, and requests are still checked for real values.
        let secretFiles = scanFiles ? secrets.map(SecretFiles.init(registry:)) : nil
        let prescanReport = PrescanReport()
        self.prescanReport = secretFiles != nil && !prescan.isEmpty ? prescanReport : nil
        self.prescan = secretFiles.map { files in prescan.map { (SecretPrescan(files: files, report: prescanReport), $0) } } ?? []
        let send = NetworkSend(protection: protection, recorder: recorder, gateways: gateways, tree: tree, gate: gate)
        handlers = SyscallHandlers(
            syscalls: SyscallTable(), credentials: credentials,
            open: OpenHandler(resolver: resolver, gate: gate, protection: protection, recorder: recorder, channel: channel,
                              held: held, refusals: refusals, ownUserNamespace: ownUserNamespace,
                              served: ServedFiles(trust: network?.trust,
                                                  resolverConfig: gateways.map { g in ServedResolverConfig(nameserver: { g.get()?.resolver.nameserver }) }),
                              secrets: secretFiles, hubs: FifoHubs()),
            exec: ExecHandler(resolver: resolver, gate: gate, protection: protection,
                              identities: identities,
                              shebangs: ShebangCache(), expectations: expectations, refused: refusedScripts,
                              recorder: recorder, channel: channel,
                              held: held, refusals: refusals),
            pathCalls: PathCallHandler(resolver: resolver, gate: gate, protection: protection, recorder: recorder,
                                       channel: channel, refusals: refusals, held: held, secrets: secretFiles),
            connect: ConnectHandler(resolver: resolver, protection: protection, recorder: recorder, channel: channel,
                                    refusals: refusals,
                                    local: LocalConnect(tree: tree, gate: gate, recorder: recorder, channel: channel, held: held),
                                    network: gateways.map { NetworkConnect(gateways: $0, recorder: recorder, channel: channel) }),
            send: send, messages: NetworkMessage(send: send),
            namespaces: NamespaceHandler(allowsUserNamespaces: policy.allowsUserNamespaces, resolver: resolver,
                                         ownUserNamespace: ownUserNamespace, recorder: recorder, channel: channel),
            fstat: FstatHandler(identities: secretFiles?.identities)
        )
        tracer = ExecTracer(tree: tree, killSwitch: killSwitch, credentials: credentials, expectations: expectations,
                            refused: refusedScripts, resolver: resolver, gate: gate, recorder: recorder, channel: channel)
        self.workers = workers
        timeline?.mark("handlers")
    }

    /// The supervisor's own time per answered notification (held calls excluded).
    public var decisionLatency: LatencyHistogram { latency.merged }
    /// The same, split by kind of call (opens by their answer).
    public var decisionLatencyByKind: [DecisionKind: LatencyHistogram] { latency.byKind }

    /// Runs the agent under supervision and returns when it has exited. Throws only for
    /// Guardian's own failures, before the agent ran: it is never run unsupervised.
    public func run(_ launch: LaunchRequest) throws(GuardianError) -> Termination {
        let filter = try self.filter.get().get()
        // A named FIFO the caller hands the agent for writing is decided before it runs.
        try InheritedFifos.check(policy: gate.policy, recorder: recorder, tree: tree)
        if gd_notif_check_sizes() != 0 {
            throw GuardianError("notify", "this kernel does not offer seccomp user notification (Linux 5.9 or newer is needed); Guardian will not run the agent unsupervised")
        }
        for (scan, root) in prescan { scan.start(root) }
        // Orphans of the tree come to us, not to init.
        _ = gd_set_child_subreaper()
        signal(SIGPIPE, SIG_IGN)
        timeline?.mark("filter")

        let outcome = Mutex<Result<Termination, GuardianError>?>(nil)
        let session = SessionLaunch(
            filter: filter, launch: launch, tree: tree, handlers: handlers, latency: latency, tracer: tracer,
            workers: workers, cgroupFD: cgroup?.procsFD ?? -1, cgroupDirectoryFD: cgroup?.directoryFD ?? -1,
            landlock: landlockNetwork, timeline: timeline,
            beforeRelease: { () throws(GuardianError) in try self.readyToRelease() })
        defer {
            cgroup?.remove()
            timeline?.mark("cgroup removal")
        }
        let thread: OSThread
        do {
            thread = try OSThread.start {
                let result = Result<Termination, GuardianError> { () throws(GuardianError) -> Termination in
                    try session.run()
                }
                outcome.withLock { $0 = result }
            }
        } catch {
            throw GuardianError("thread", "could not start the tracer thread", errno: error)
        }
        thread.join()
        // The tree is gone: the pre-scan has no opens left to speed up.
        for (scan, _) in prescan { scan.report.stop() }
        recorder.flushRepeats()
        guard let result = outcome.withLock({ $0 }) else {
            throw GuardianError("tracer", "the tracer thread ended without a result")
        }
        return try result.get()
    }
}

extension Supervisor {
    /// Waits for the event log's lines so far, the pin walk and the other steps of the start that
    /// ran beside it; called before the agent is released to its exec, so the session's start is
    /// recorded and the tree's first call is decided with every pin in place and finds every file
    /// the start made for it. A protected file Guardian cannot
    /// see cannot be pinned: a hardlink made to it before the session would then read as an
    /// ordinary file. Refused rather than run with pins missing.
    func readyToRelease() throws(GuardianError) {
        // Every event appended so far — the session's start among them — is on disk before the
        // agent's first instruction; a log that cannot be written stops the start.
        do { try recorder.log.flush() } catch {
            throw GuardianError("log", "\(error) — set GUARDIAN_HOME to a writable directory")
        }
        if let dir = gate.pins.unlisted.first {
            throw GuardianError("pins", "cannot list \(dir), where rules protect files (a hardlink made earlier to one of them could not be recognised); make it readable to this user (chmod u+r) and run again")
        }
        for step in startSteps { step.wait() }
        timeline?.mark("waiting")
    }

    /// Guardian's working directory, where the agent starts: its project.
    static func workingDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }
}
