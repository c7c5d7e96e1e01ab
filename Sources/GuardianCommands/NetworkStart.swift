import Foundation
import GuardianNetwork
import GuardianSupervisor
#if canImport(Glibc)
import Glibc
#endif

/// The network layer of a session, prepared before the agent starts: the session CA (its key
/// stays in this process), the trust bundle the tree is pointed at, the roots Guardian checks
/// real servers against, and whether the kernel offers the Landlock backstop.
enum NetworkStart {
    /// `cacheDirectory`: Guardian's own, for what stays the same from one start to the next
    /// (the Java trust store's part made of the system roots).
    ///
    /// The Java trust store (a PKCS#12 file of every root, a few ms to serialize) is written on a
    /// thread of its own: the returned step, which the launch waits for before the agent runs.
    static func prepare(session: String, runDirectory: String, upstreamCA: [String], resolve: [String], cacheDirectory: String? = nil, timeline: StartTimeline? = nil) -> Result<(NetworkSetup, String, StartStep?), NetworkStartError> {
        let names: NameTable
        do { names = try NameTable(resolve: resolve) } catch { return .failure(NetworkStartError(error.description)) }
        let authority: SessionAuthority
        do { authority = try SessionAuthority(sessionName: session) } catch {
            return .failure(NetworkStartError("could not make the session's certificate authority (\(error))"))
        }
        timeline?.mark("authority")
        // The bundle (the system's roots and the session CA, ~200 KiB) goes to a directory of its
        // own under TMPDIR, read-only, removed when the session ends; the tree may read it, never
        // write it (it is one of Guardian's guarded directories).
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/guardian-trust-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failure(NetworkStartError("could not create a directory for the session's trust bundle in \(base) (\(String(cString: strerror(errno)))) — set TMPDIR to a writable directory"))
        }
        let directory = String(cString: made)
        let bundle = directory + "/trust.crt"
        do { try TrustBundle.writeBundle(caPEM: authority.caPEM, to: bundle) } catch {
            return .failure(NetworkStartError("could not write the session's trust bundle \(bundle) (\(error)) — set TMPDIR to a writable directory"))
        }
        chmod(directory, 0o755)
        let caPEM = authority.caPEM
        let javaStore = TrustBundle.javaStoreWanted
            ? StartStep("java store", timeline: timeline) {
                TrustBundle.writeJavaStore(besideBundle: bundle, caPEM: caPEM, cache: cacheDirectory)
            }
            : nil
        timeline?.mark("bundle")
        let upstream: UpstreamTrust
        do { upstream = try UpstreamTrust(extraBundles: upstreamCA) } catch {
            return .failure(NetworkStartError("could not read --upstream-ca \(upstreamCA.joined(separator: " ")) (\(error)) — name a PEM file of CA certificates"))
        }
        timeline?.mark("upstream")
        return .success((NetworkSetup(authority: authority, upstream: upstream, landlock: NetworkSetup.landlockAvailable, names: names), bundle, javaStore))
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

extension NetworkStart {
    /// Removes the session's trust bundle and its directory.
    static func remove(_ directory: String) {
        unlink(directory + "/trust.crt")
        unlink(directory + "/java-trust-store")
        rmdir(directory)
    }
}
