import CGuardianShim
import GuardianNetwork

/// What the network layer of a session needs: the session's CA, how to verify real servers,
/// and whether the kernel's Landlock backstop is applied.
public struct NetworkSetup: Sendable {
    /// The session's CA (made at its first use) and the trust files the tree reads.
    public var trust: SessionTrust
    public var upstream: UpstreamTrust
    public var landlock: Bool
    /// `--resolve` mappings, and the record of what the tree resolved.
    public var names: NameTable

    public init(trust: SessionTrust, upstream: UpstreamTrust, landlock: Bool, names: NameTable) {
        self.trust = trust
        self.upstream = upstream
        self.landlock = landlock
        self.names = names
    }
}

extension NetworkSetup {
    /// Landlock with TCP connect control (ABI 4, Linux 6.7) is there.
    public static var landlockAvailable: Bool { gd_landlock_abi() >= 4 }
}
