import Foundation
import SwiftASN1
import X509

/// What a file of PEM text holds, decided on its bytes alone: certificates only, or something
/// else. Strict on purpose, because a yes lets a file that a rule protects (`**/*.pem`) be read:
/// every block is `-----BEGIN CERTIFICATE-----` whose body decodes (base64) into DER with a
/// certificate's shape — SEQUENCE { SEQUENCE tbsCertificate, SEQUENCE algorithm, BIT STRING }
/// (swift-asn1), which no key format has; the first is parsed whole as an X.509 certificate
/// (swift-certificates) to tell roots from a leaf — and the text between blocks is nothing but blank
/// lines and `#` comments (certifi's and Mozilla's bundles annotate each root that way). A
/// private key anywhere, any other block (`TRUSTED CERTIFICATE`, a CRL, parameters), a stray
/// line, an unterminated block or a file over `sizeLimit` is `.other`.
public enum CertificateBundle: Equatable, Sendable {
    /// `count` certificates. `authority`: the first is a CA (basicConstraints cA) or issued
    /// by itself — a file of roots to trust, not a server's chain that starts with its leaf.
    case certificates(count: Int, authority: Bool)
    case other

    /// Larger files are not looked at (the biggest system bundles are ~250 KiB).
    public static let sizeLimit = 4 << 20

    public static func classify(_ bytes: [UInt8]) -> CertificateBundle {
        guard bytes.count <= sizeLimit else { return .other }
        return bytes.withUnsafeBufferPointer { classify($0) }
    }

    static let begin = Array("-----BEGIN CERTIFICATE-----".utf8)
    static let end = Array("-----END CERTIFICATE-----".utf8)

    /// One pass over the lines, on the raw buffer (a system bundle is ~3,500 lines).
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> CertificateBundle {
        var count = 0
        var authority = false
        var body: [UInt8] = []
        body.reserveCapacity(4096)
        var inside = false
        var start = 0
        let n = bytes.count
        while start < n {
            var stop = start
            while stop < n && bytes[stop] != 0x0A { stop += 1 }
            // The line without its end: CR and trailing blanks are tolerated (files from Windows).
            var last = stop
            while last > start && (bytes[last - 1] == 0x0D || bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<last])
            start = stop + 1
            if inside {
                if line.count == end.count && line.elementsEqual(end) {
                    guard let der = Data(base64Encoded: Data(body)), !der.isEmpty else { return .other }
                    let derBytes = Array(der)
                    guard hasCertificateShape(derBytes) else { return .other }
                    if count == 0 {
                        // Parsing every certificate whole would cost far more than the shape.
                        guard let certificate = try? Certificate(derEncoded: derBytes) else { return .other }
                        authority = isAuthority(certificate)
                    }
                    count += 1
                    body.removeAll(keepingCapacity: true)
                    inside = false
                } else {
                    for byte in line {
                        guard isBase64(byte) else { return .other }
                    }
                    body.append(contentsOf: line)
                }
            } else if line.isEmpty || line[0] == UInt8(ascii: "#") {
                continue
            } else if line.count == begin.count && line.elementsEqual(begin) {
                inside = true
            } else {
                return .other
            }
        }
        guard !inside, count > 0 else { return .other }
        return .certificates(count: count, authority: authority)
    }

    /// Whether `self` is certificates only.
    public var isCertificates: Bool {
        if case .certificates = self { return true }
        return false
    }

    /// A file of roots, to which the session CA may be added.
    public var isTrustBundle: Bool {
        if case .certificates(_, true) = self { return true }
        return false
    }

    /// DER of the outer structure of a certificate (RFC 5280 4.1): exactly a SEQUENCE of two
    /// SEQUENCEs and a BIT STRING, nothing after it. A PKCS#8 or PKCS#1 key starts with an
    /// INTEGER; an EC key's SEQUENCE holds an INTEGER and an OCTET STRING.
    static func hasCertificateShape(_ der: [UInt8]) -> Bool {
        guard let root = try? DER.parse(der), root.identifier == .sequence,
              case .constructed(let children) = root.content else { return false }
        let identifiers = children.map(\.identifier)
        return identifiers == [.sequence, .sequence, .bitString]
    }

    private static func isAuthority(_ certificate: Certificate) -> Bool {
        if certificate.issuer == certificate.subject { return true }
        if case .isCertificateAuthority = (try? certificate.extensions.basicConstraints) ?? .notCertificateAuthority { return true }
        return false
    }

    @inline(__always)
    private static func isBase64(_ byte: UInt8) -> Bool {
        (byte &- 0x41) < 26 || (byte &- 0x61) < 26 || (byte &- 0x30) < 10 || byte == 0x2B || byte == 0x2F || byte == 0x3D
    }

    /// `bundle` with the session CA after it, the way TrustBundle writes its file: a newline
    /// first if the bundle lacks one. A bundle that already ends with the CA (the session's own
    /// trust.crt) is returned unchanged.
    public static func appending(_ caPEM: [UInt8], to bundle: [UInt8]) -> [UInt8] {
        if bundle.count >= caPEM.count && bundle[(bundle.count - caPEM.count)...].elementsEqual(caPEM) { return bundle }
        var out = bundle
        out.reserveCapacity(bundle.count + caPEM.count + 1)
        if let last = bundle.last, last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        out.append(contentsOf: caPEM)
        return out
    }
}
