import Foundation
import SwiftASN1
#if canImport(Glibc)
import Glibc
#endif

/// Java reads neither PEM bundles nor the trust variables: its roots are a keystore named by
/// the system property `javax.net.ssl.trustStore`. Guardian writes a PKCS#12 trust store of the
/// system roots plus the session CA and names it in `JAVA_TOOL_OPTIONS` (every JVM reads it)
/// and `JDK_JAVA_OPTIONS` (the `java` launcher, read after the former).
///
/// The store holds certificates only, so it needs no secrecy: no encryption and no MAC
/// (RFC 7292's `macData` is optional; Java loads such a store with no password since 8u301,
/// 11.0.12 and 17). It is DER built with swift-asn1 — PFX { version 3, authSafe: data {
/// SafeContents of certBags } } — each bag carrying a friendlyName (the alias) and Java's
/// trusted-key-usage attribute, without which Java does not take a certificate as trusted.
public enum JavaTrustStore {
    static let data: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 1]
    static let certBag: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 12, 10, 1, 3]
    static let x509Certificate: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 22, 1]
    static let friendlyName: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 20]
    /// Oracle's "trusted key usage" attribute (JDK's PKCS12KeyStore.TrustedKeyUsage_OID).
    static let trustedKeyUsage: ASN1ObjectIdentifier = [2, 16, 840, 1, 113894, 746875, 1, 1]
    static let anyExtendedKeyUsage: ASN1ObjectIdentifier = [2, 5, 29, 37, 0]

    /// The PKCS#12 bytes of a trust store holding `certificates` (DER), aliased `prefix-N`.
    public static func pkcs12(certificates: [[UInt8]], aliases: [String]) throws -> [UInt8] {
        try pkcs12(bags: bags(certificates: certificates, aliases: aliases))
    }

    /// One certBag per certificate, back to back (the content of a SafeContents): the part
    /// of a store that depends only on the system's roots, kept from one session to the next.
    public static func bags(certificates: [[UInt8]], aliases: [String]) throws -> [UInt8] {
        var bags = DER.Serializer()
        for (der, alias) in zip(certificates, aliases) {
            try bags.appendConstructedNode(identifier: .sequence) { bag in
                try bag.serialize(certBag)
                try bag.serialize(explicitlyTaggedWithTagNumber: 0, tagClass: .contextSpecific) { value in
                    try value.appendConstructedNode(identifier: .sequence) { cert in
                        try cert.serialize(x509Certificate)
                        try cert.serialize(explicitlyTaggedWithTagNumber: 0, tagClass: .contextSpecific) { octets in
                            try octets.serialize(ASN1OctetString(contentBytes: der[...]))
                        }
                    }
                }
                try bag.appendConstructedNode(identifier: .set) { attributes in
                    try attributes.appendConstructedNode(identifier: .sequence) { attribute in
                        try attribute.serialize(friendlyName)
                        try attribute.appendConstructedNode(identifier: .set) { values in
                            let utf16 = alias.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
                            try values.serialize(ASN1BMPString(contentBytes: utf16[...]))
                        }
                    }
                    try attributes.appendConstructedNode(identifier: .sequence) { attribute in
                        try attribute.serialize(trustedKeyUsage)
                        try attribute.appendConstructedNode(identifier: .set) { values in
                            try values.serialize(anyExtendedKeyUsage)
                        }
                    }
                }
            }
        }
        return bags.serializedBytes
    }

    /// The store around `bags` (from `bags(certificates:aliases:)`, concatenated):
    /// PFX { 3, ContentInfo { data, [0] OCTET STRING { SEQUENCE { ContentInfo { data,
    /// [0] OCTET STRING { SEQUENCE { bags } } } } } } }.
    ///
    /// The bags are a few hundred KB and sit eight nodes deep. swift-asn1 writes a node's
    /// length after its content and moves the content when the length needs more than one
    /// byte, so nesting them moved the whole payload once per level (most of a session
    /// start's CPU for the store). Here the small parts (the OID, the version) are still
    /// swift-asn1's, the lengths are known before anything is written, and the bags are
    /// copied once; `JavaTrustStoreTests` checks the bytes against swift-asn1's nesting.
    public static func pkcs12(bags: [UInt8]) throws -> [UInt8] {
        var small = DER.Serializer()
        try small.serialize(data)
        let dataOID = small.serializedBytes
        small = DER.Serializer()
        try small.serialize(3)
        let version = small.serializedBytes

        // From the inside out: each level's header, and the length of what it holds.
        var headers: [[UInt8]] = []
        var length = bags.count
        func wrap(_ tag: UInt8, before: [UInt8] = []) {
            length += before.count
            let header = derHeader(tag, length: length)
            headers.append(header + before)
            length += header.count
        }
        wrap(0x30)                          // SafeContents: SEQUENCE OF SafeBag
        wrap(0x04)                          // OCTET STRING
        wrap(0xA0)                          // [0] EXPLICIT
        wrap(0x30, before: dataOID)         // ContentInfo { data, [0] … }
        wrap(0x30)                          // AuthenticatedSafe: SEQUENCE OF ContentInfo
        wrap(0x04)
        wrap(0xA0)
        wrap(0x30, before: dataOID)
        wrap(0x30, before: version)         // PFX { 3, ContentInfo }

        var out: [UInt8] = []
        out.reserveCapacity(length)
        for header in headers.reversed() { out += header }
        out += bags
        return out
    }

    /// A DER tag and definite length (short form below 128, else long form).
    static func derHeader(_ tag: UInt8, length: Int) -> [UInt8] {
        guard length >= 0x80 else { return [tag, UInt8(length)] }
        var digits: [UInt8] = []
        var rest = length
        while rest > 0 { digits.insert(UInt8(rest & 0xff), at: 0); rest >>= 8 }
        return [tag, 0x80 | UInt8(digits.count)] + digits
    }

    /// The trust store for a PEM bundle (the session's trust.crt): every CERTIFICATE block.
    public static func pkcs12(pemBundle: String) throws -> [UInt8] {
        let documents = try PEMDocument.parseMultiple(pemString: pemBundle).filter { $0.discriminator == "CERTIFICATE" }
        let aliases = documents.indices.map { $0 == documents.count - 1 ? "guardian-session" : "root-\($0)" }
        return try pkcs12(certificates: documents.map(\.derBytes), aliases: aliases)
    }

    /// The session CA's bag (aliased `guardian-session`), from its PEM.
    public static func sessionBag(_ caPEM: String) throws -> [UInt8] {
        let documents = try PEMDocument.parseMultiple(pemString: caPEM).filter { $0.discriminator == "CERTIFICATE" }
        return try bags(certificates: documents.map(\.derBytes), aliases: documents.map { _ in "guardian-session" })
    }

    /// The roots' bags for a PEM bundle of roots: every CERTIFICATE block, aliased `root-N`.
    public static func rootBags(pemBundle: String) throws -> [UInt8] {
        let documents = try PEMDocument.parseMultiple(pemString: pemBundle).filter { $0.discriminator == "CERTIFICATE" }
        return try bags(certificates: documents.map(\.derBytes), aliases: documents.indices.map { "root-\($0)" })
    }

    /// The store file beside a session's trust bundle; a name no keystore rule protects
    /// (`credentials.keys` denies `*.p12`, `*.jks`, `*.keystore`).
    public static func path(besideBundle bundle: String) -> String {
        String(bundle[..<(bundle.lastIndex(of: "/") ?? bundle.startIndex)]) + "/java-trust-store"
    }

    /// The options that point a JVM at `store`, after any the user set: within one variable
    /// the last `-D` of a property wins. Options on the `java` command line come later still
    /// and win over both variables.
    public static func options(_ existing: String?, store: String) -> String {
        let own = "-Djavax.net.ssl.trustStore=\(store) -Djavax.net.ssl.trustStoreType=PKCS12"
        guard let existing, !existing.isEmpty else { return own }
        return existing + " " + own
    }

    public static let variables = ["JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"]

    /// Whether some directory of `path` (PATH) has an executable `java`.
    static func javaOnPath(_ path: String) -> Bool {
        path.split(separator: ":").contains { access(String($0) + "/java", X_OK) == 0 }
    }
}
