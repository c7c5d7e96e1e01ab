import Crypto
import Foundation
import NIOHTTP2
import NIOSSL
import SwiftASN1
import Synchronization
import X509

/// The session's certificate authority: a P-256 key made at start that never leaves Guardian's
/// memory, and leaves minted on demand for each host the tree reaches over TLS. One leaf key
/// serves the whole session, so a new host costs one signature, not a key generation.
/// Only the CA's certificate is written out (`caPEM`), for the tree to trust.
public final class SessionAuthority: Sendable {
    private let caKey: Certificate.PrivateKey
    private let caCertificate: Certificate
    private let leafPublic: Certificate.PublicKey
    private let leafKeySource: NIOSSLPrivateKey
    private let caNIO: NIOSSLCertificate
    /// Server contexts by host name (or address), bounded.
    private let contexts = Mutex<[String: NIOSSLContext]>([:])
    static let contextLimit = 512

    /// The CA certificate, PEM, for trust bundles and the variables that name one.
    public let caPEM: String
    /// The same, as bytes.
    public let caPEMBytes: [UInt8]

    public init(sessionName: String) throws {
        let caSigning = P256.Signing.PrivateKey()
        let leafKey = P256.Signing.PrivateKey()
        caKey = Certificate.PrivateKey(caSigning)
        leafPublic = Certificate.PublicKey(leafKey.publicKey)
        let caPublic = Certificate.PublicKey(caSigning.publicKey)
        let name = try DistinguishedName {
            OrganizationName("Guardian")
            CommonName("Guardian session \(sessionName)")
        }
        let now = Date()
        caCertificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: caPublic,
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(30 * 86400),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: caPublic)
            },
            issuerPrivateKey: caKey
        )
        caPEM = try caCertificate.serializeAsPEM().pemString + "\n"
        caPEMBytes = Array(caPEM.utf8)
        caNIO = try NIOSSLCertificate(bytes: Array(caPEM.utf8), format: .pem)
        leafKeySource = try NIOSSLPrivateKey(bytes: Array(leafKey.pemRepresentation.utf8), format: .pem)
    }

    /// A leaf for `host` (a DNS name or an IP address as text): SAN, serverAuth, AKI and SKI
    /// (strict verifiers such as Python 3.13's require both), not a CA, valid for a week.
    func leaf(for host: String) throws -> Certificate {
        let san: GeneralName
        if let ip = Self.addressBytes(host) {
            san = .ipAddress(ASN1OctetString(contentBytes: ArraySlice(ip)))
        } else {
            san = .dnsName(host)
        }
        let now = Date()
        return try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: leafPublic,
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(7 * 86400),
            issuer: caCertificate.subject,
            subject: try DistinguishedName { CommonName(String(host.prefix(64))) },
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames([san])
                SubjectKeyIdentifier(hash: leafPublic)
                AuthorityKeyIdentifier(keyIdentifier: try caCertificate.extensions.subjectKeyIdentifier?.keyIdentifier)
            },
            issuerPrivateKey: caKey
        )
    }

    /// The TLS server context the proxy presents to the tree for `host`. ALPN offers HTTP/2
    /// and HTTP/1.1 (NIOHTTP2's list, in its order of preference): gRPC and other h2-only
    /// clients need the first, and both are inspected alike (`ClientPipelines`).
    func serverContext(for host: String) throws -> NIOSSLContext {
        if let hit = contexts.withLock({ $0[host] }) { return hit }
        var serializer = DER.Serializer()
        try serializer.serialize(try leaf(for: host))
        let leafNIO = try NIOSSLCertificate(bytes: serializer.serializedBytes, format: .der)
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(leafNIO), .certificate(caNIO)],
            privateKey: .privateKey(leafKeySource))
        configuration.applicationProtocols = NIOHTTP2SupportedALPNProtocols
        configuration.minimumTLSVersion = .tlsv12
        let context = try NIOSSLContext(configuration: configuration)
        contexts.withLock {
            if $0.count >= Self.contextLimit { $0.removeAll(keepingCapacity: true) }
            $0[host] = context
        }
        return context
    }

    /// The bytes of an IPv4 or IPv6 literal, or nil for a name.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
