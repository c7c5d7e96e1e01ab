import NIOSSL
import Synchronization

/// How the proxy verifies the real servers: the system's roots, plus bundles the operator names
/// (`--upstream-ca`, `GUARDIAN_UPSTREAM_CA`: a corporate proxy's CA, a test server's). Never the
/// bundle served to the tree, which holds the session's own CA.
///
/// The named bundles are read at start (a bad file stops the session before the agent runs);
/// the TLS context, which parses every system root (~5 ms), is made at the first TLS connection
/// upstream, off the start of sessions that never make one.
public final class UpstreamTrust: Sendable {
    private let extraRoots: [NIOSSLCertificate]
    private let made = Mutex<NIOSSLContext?>(nil)

    public init(extraBundles: [String] = []) throws {
        var roots: [NIOSSLCertificate] = []
        for path in extraBundles {
            let certificates = try NIOSSLCertificate.fromPEMFile(path)
            guard !certificates.isEmpty else { throw UpstreamTrustError(path: path) }
            roots += certificates
        }
        extraRoots = roots
    }

    var context: NIOSSLContext {
        get throws {
            try made.withLock { made in
                if let made { return made }
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.applicationProtocols = ["http/1.1"]
                if !extraRoots.isEmpty { configuration.additionalTrustRoots = [.certificates(extraRoots)] }
                let context = try NIOSSLContext(configuration: configuration)
                made = context
                return context
            }
        }
    }
}

struct UpstreamTrustError: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) holds no PEM certificate" }
}
