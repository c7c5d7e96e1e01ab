import NIOSSL

/// How the proxy verifies the real servers: the system's roots, plus bundles the operator names
/// (`--upstream-ca`, `GUARDIAN_UPSTREAM_CA`: a corporate proxy's CA, a test server's). Never the
/// bundle served to the tree, which holds the session's own CA.
public struct UpstreamTrust: Sendable {
    let context: NIOSSLContext

    public init(extraBundles: [String] = []) throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.applicationProtocols = ["http/1.1"]
        if !extraBundles.isEmpty {
            var roots: [NIOSSLCertificateSource] = []
            for path in extraBundles {
                roots += try NIOSSLCertificate.fromPEMFile(path).map { .certificate($0) }
            }
            configuration.additionalTrustRoots = [.certificates(roots.compactMap {
                if case .certificate(let c) = $0 { return c } else { return nil }
            })]
        }
        context = try NIOSSLContext(configuration: configuration)
    }
}
