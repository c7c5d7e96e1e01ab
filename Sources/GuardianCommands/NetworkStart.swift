import Foundation
import GuardianNetwork
import GuardianSupervisor
#if canImport(Glibc)
import Glibc
#endif

/// The network layer of a session, prepared before the agent starts: the session's trust files
/// (`SessionTrust`; the CA, whose key never leaves this process, is made at its first use), the
/// roots Guardian checks real servers against, and whether the kernel offers the Landlock
/// backstop.
enum NetworkStart {
    /// Everything here is cheap: the CA's keys, the gateway (its event loop, listeners and DNS
    /// stub) and the Java store are made when the tree first needs them, and the trust files
    /// are made once and kept in Guardian's state (`SessionTrust`), so a start pays for a stat
    /// of each and the `--resolve` table. `stateDirectory`: Guardian's state; the Java trust
    /// store's part made of the system roots is kept there too, from one session to the next.
    static func prepare(session: String, stateDirectory: String, upstreamCA: [String], resolve: [String], timeline: StartTimeline? = nil) -> Result<NetworkSetup, NetworkStartError> {
        let names: NameTable
        do { names = try NameTable(resolve: resolve) } catch { return .failure(NetworkStartError(error.description)) }
        let trust: SessionTrust
        do {
            trust = try SessionTrust(sessionName: session, directory: stateDirectory + "/trust", cacheDirectory: stateDirectory + "/cache",
                                     java: TrustBundle.javaStoreWanted)
        } catch { return .failure(NetworkStartError(error.description)) }
        timeline?.mark("trust")
        let upstream: UpstreamTrust
        do { upstream = try UpstreamTrust(extraBundles: upstreamCA) } catch {
            return .failure(NetworkStartError("could not read --upstream-ca \(upstreamCA.joined(separator: " ")) (\(error)) — name a PEM file of CA certificates"))
        }
        timeline?.mark("upstream")
        return .success(NetworkSetup(trust: trust, upstream: upstream, landlock: NetworkSetup.landlockAvailable, names: names))
    }

    /// The monotonic clock in nanoseconds, as StartTimeline reads it.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// `GUARDIAN_RESOLVE`, space-separated HOST:PORT:ADDRESS entries.
    static func resolveFromEnvironment() -> [String] {
        (getenv("GUARDIAN_RESOLVE").map { String(cString: $0) } ?? "").split(separator: " ").map(String.init)
    }

    /// `GUARDIAN_UPSTREAM_CA`, colon-separated.
    static func upstreamFromEnvironment() -> [String] {
        guard let value = getenv("GUARDIAN_UPSTREAM_CA").map({ String(cString: $0) }), !value.isEmpty else { return [] }
        return value.split(separator: ":").map(String.init)
    }
}

struct NetworkStartError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
