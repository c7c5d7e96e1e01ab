import GuardianNetwork
import GuardianPolicy
import Logging
import Synchronization

/// The network gateway (its event loop, the proxy's listeners and the DNS stub), started when
/// the tree first needs it: its first IPv4 or IPv6 connect, its first datagram to port 53, or
/// its first read of /etc/resolv.conf. A session whose tree never reaches the network never
/// starts it, and a start does not wait for it. Started once, under a lock: a caller that
/// arrives while it starts waits for it.
///
/// Should it fail to start, it is not tried again, and every call that needs it is refused
/// (`get` returns nil): the tree's network stays unreachable, never unsupervised.
final class GatewayOnDemand: Sendable {
    private let start: @Sendable () throws -> NetworkGateway
    private let state = Mutex<Result<NetworkGateway, GuardianError>?>(nil)
    private let logger: Logger

    init(logger: Logger, _ start: @escaping @Sendable () throws -> NetworkGateway) {
        self.start = start
        self.logger = logger
    }

    /// The gateway, started now if this is the first call; nil when it could not start.
    func get() -> NetworkGateway? {
        state.withLock { current in
            if current == nil {
                do { current = .success(try start()) } catch {
                    let failure = GuardianError("network", "could not start the network gateway (\(error)); the agent's network connections are refused")
                    logger.error("\(failure.description)")
                    current = .failure(failure)
                }
            }
            if case .success(let gateway)? = current { return gateway }
            return nil
        }
    }

    /// The gateway if it has been started, without starting it.
    var started: NetworkGateway? {
        state.withLock { current in
            if case .success(let gateway)? = current { return gateway }
            return nil
        }
    }

    static let unavailableRule = RuleMatch(
        id: "network.gateway", decision: .deny,
        reason: "Guardian's network gateway could not start, so no connection leaves the session")
}
