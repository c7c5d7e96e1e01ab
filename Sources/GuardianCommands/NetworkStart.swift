import Foundation
import GuardianNetwork
import GuardianSupervisor

/// The network layer of a session, prepared before the agent starts: the session CA (its key
/// stays in this process), the trust bundle the tree is pointed at, the roots Guardian checks
/// real servers against, and whether the kernel offers the Landlock backstop.
enum NetworkStart {
    static func prepare(session: String, runDirectory: String, upstreamCA: [String], resolve: [String]) -> Result<(NetworkSetup, String), NetworkStartError> {
        let names: NameTable
        do { names = try NameTable(resolve: resolve) } catch { return .failure(NetworkStartError(error.description)) }
        let authority: SessionAuthority
        do { authority = try SessionAuthority(sessionName: session) } catch {
            return .failure(NetworkStartError("could not make the session's certificate authority (\(error))"))
        }
        let bundle = runDirectory + "/" + session + "-trust.crt"
        do { try TrustBundle.write(caPEM: authority.caPEM, to: bundle) } catch {
            return .failure(NetworkStartError("could not write the session's trust bundle \(bundle) (\(error)) — set GUARDIAN_HOME to a writable directory"))
        }
        let upstream: UpstreamTrust
        do { upstream = try UpstreamTrust(extraBundles: upstreamCA) } catch {
            return .failure(NetworkStartError("could not read --upstream-ca \(upstreamCA.joined(separator: " ")) (\(error)) — name a PEM file of CA certificates"))
        }
        return .success((NetworkSetup(authority: authority, upstream: upstream, landlock: NetworkSetup.landlockAvailable, names: names), bundle))
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
