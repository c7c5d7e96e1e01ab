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
    /// The CA, the bundle and the Java store need only the session's name: `SessionTrust`
    /// makes them beside the profile's load; this waits for them and adds the rest.
    static func prepare(trust: SessionTrust, session: String, upstreamCA: [String], resolve: [String], timeline: StartTimeline? = nil) -> Result<(NetworkSetup, String, StartStep?), NetworkStartError> {
        let names: NameTable
        do { names = try NameTable(resolve: resolve) } catch { return .failure(NetworkStartError(error.description)) }
        let made: SessionTrust.Made
        switch trust.finish(session: session) {
        case .success(let m): made = m
        case .failure(let error): return .failure(error)
        }
        timeline?.mark("trust")
        let upstream: UpstreamTrust
        do { upstream = try UpstreamTrust(extraBundles: upstreamCA) } catch {
            return .failure(NetworkStartError("could not read --upstream-ca \(upstreamCA.joined(separator: " ")) (\(error)) — name a PEM file of CA certificates"))
        }
        timeline?.mark("upstream")
        return .success((NetworkSetup(authority: made.authority, upstream: upstream, landlock: NetworkSetup.landlockAvailable, names: names), made.bundle, made.javaStore))
    }

    /// The session CA, and the bundle (the system's roots and the session CA, ~200 KiB) in a
    /// directory of its own under TMPDIR, read-only, removed when the session ends; the tree may
    /// read it, never write it (it is one of Guardian's guarded directories). Where Java is on
    /// PATH, the Java trust store (a PKCS#12 file of every root, a few ms to serialize) is
    /// written on a thread of its own: the returned step, which the launch waits for before the
    /// agent runs. `cacheDirectory`: Guardian's own, for what stays the same from one start to
    /// the next (the Java trust store's part made of the system roots). `timeline` gets the
    /// durations as spans (`(authority)`, `(bundle)`).
    static func makeTrust(session: String, cacheDirectory: String?, timeline: StartTimeline?) -> Result<SessionTrust.Made, NetworkStartError> {
        let began = NetworkStart.now()
        let authority: SessionAuthority
        do { authority = try SessionAuthority(sessionName: session) } catch {
            return .failure(NetworkStartError("could not make the session's certificate authority (\(error))"))
        }
        let made = NetworkStart.now()
        timeline?.span("authority", nanoseconds: made &- began)
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/guardian-trust-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            return .failure(NetworkStartError("could not create a directory for the session's trust bundle in \(base) (\(String(cString: strerror(errno)))) — set TMPDIR to a writable directory"))
        }
        let directory = String(cString: created)
        let bundle = directory + "/trust.crt"
        do { try TrustBundle.writeBundle(caPEM: authority.caPEM, to: bundle) } catch {
            remove(directory)
            return .failure(NetworkStartError("could not write the session's trust bundle \(bundle) (\(error)) — set TMPDIR to a writable directory"))
        }
        chmod(directory, 0o755)
        let caPEM = authority.caPEM
        let javaStore = TrustBundle.javaStoreWanted
            ? StartStep("java store", timeline: timeline) {
                TrustBundle.writeJavaStore(besideBundle: bundle, caPEM: caPEM, cache: cacheDirectory)
            }
            : nil
        timeline?.span("bundle", nanoseconds: NetworkStart.now() &- made)
        return .success(SessionTrust.Made(session: session, authority: authority, directory: directory, bundle: bundle, javaStore: javaStore))
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

extension NetworkStart {
    /// Removes the session's trust bundle and its directory.
    static func remove(_ directory: String) {
        unlink(directory + "/trust.crt")
        unlink(directory + "/java-trust-store")
        rmdir(directory)
    }
}
