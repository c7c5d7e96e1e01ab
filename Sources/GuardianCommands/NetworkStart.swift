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
    /// stub) and the Java store are made when the tree first needs them, so a start pays only
    /// for a directory, a kernel copy of the system's roots and the `--resolve` table.
    /// `cacheDirectory`: Guardian's own, for what stays the same from one session to the next
    /// (the Java trust store's part made of the system roots).
    static func prepare(session: String, cacheDirectory: String?, upstreamCA: [String], resolve: [String], timeline: StartTimeline? = nil) -> Result<NetworkSetup, NetworkStartError> {
        let names: NameTable
        do { names = try NameTable(resolve: resolve) } catch { return .failure(NetworkStartError(error.description)) }
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let trust: SessionTrust
        do {
            trust = try SessionTrust(sessionName: session, temporaryDirectory: base, cacheDirectory: cacheDirectory,
                                     java: TrustBundle.javaStoreWanted)
        } catch { return .failure(NetworkStartError(error.description)) }
        timeline?.mark("trust")
        let upstream: UpstreamTrust
        do { upstream = try UpstreamTrust(extraBundles: upstreamCA) } catch {
            trust.remove()
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
        (ProcessInfo.processInfo.environment["GUARDIAN_RESOLVE"] ?? "").split(separator: " ").map(String.init)
    }

    /// `GUARDIAN_UPSTREAM_CA`, colon-separated.
    static func upstreamFromEnvironment() -> [String] {
        guard let value = ProcessInfo.processInfo.environment["GUARDIAN_UPSTREAM_CA"], !value.isEmpty else { return [] }
        return value.split(separator: ":").map(String.init)
    }
}

struct NetworkStartError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
