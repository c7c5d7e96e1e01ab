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
    private let made = Mutex<[Bool: NIOSSLContext]>([:])

    public init(extraBundles: [String] = []) throws {
        var roots: [NIOSSLCertificate] = []
        for path in extraBundles {
            let certificates = try NIOSSLCertificate.fromPEMFile(path)
            guard !certificates.isEmpty else { throw UpstreamTrustError(path: path) }
            roots += certificates
        }
        extraRoots = roots
    }

    /// Offers only `http/1.1` by ALPN: the connections of HTTP/1 clients, and those of HTTP/2
    /// clients to a server that chose HTTP/1.1.
    var context: NIOSSLContext {
        get throws { try context(offeringHTTP2: false) }
    }

    /// Offers `h2` then `http/1.1`: the first connection for an HTTP/2 client, on which the
    /// server's choice decides how that client's requests are carried.
    var http2Context: NIOSSLContext {
        get throws { try context(offeringHTTP2: true) }
    }

    private func context(offeringHTTP2: Bool) throws -> NIOSSLContext {
        try made.withLock { made in
            if let context = made[offeringHTTP2] { return context }
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.applicationProtocols = offeringHTTP2 ? ["h2", "http/1.1"] : ["http/1.1"]
            if !extraRoots.isEmpty { configuration.additionalTrustRoots = [.certificates(extraRoots)] }
            let context = try NIOSSLContext(configuration: configuration)
            made[offeringHTTP2] = context
            return context
        }
    }
}

struct UpstreamTrustError: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) holds no PEM certificate" }
}
