import Foundation
import SwiftASN1
import X509

/// What a file of PEM text holds, decided on its bytes alone: certificates only, or something
/// else. Strict on purpose, because a yes lets a file that a rule protects (`**/*.pem`) be read:
/// every block is `-----BEGIN CERTIFICATE-----` whose body decodes (base64) and parses as an
/// X.509 certificate (swift-certificates), and the text between blocks is nothing but blank
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
        let begin = Array("-----BEGIN CERTIFICATE-----".utf8)
        let end = Array("-----END CERTIFICATE-----".utf8)
        var count = 0
        var authority = false
        var body: [UInt8] = []
        var inside = false
        var start = 0
        while start < bytes.count {
            var stop = start
            while stop < bytes.count && bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            // The line without its end: CR and trailing blanks are tolerated (files from Windows).
            var last = stop
            while last > start && (bytes[last - 1] == UInt8(ascii: "\r") || bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\t")) { last -= 1 }
            let line = bytes[start..<last]
            start = stop + 1
            if inside {
                if line.elementsEqual(end) {
                    guard let der = Data(base64Encoded: Data(body)), !der.isEmpty,
                          let certificate = try? Certificate(derEncoded: Array(der))
                    else { return .other }
                    if count == 0 { authority = isAuthority(certificate) }
                    count += 1
                    body.removeAll(keepingCapacity: true)
                    inside = false
                } else {
                    guard line.allSatisfy(isBase64) else { return .other }
                    body.append(contentsOf: line)
                }
            } else if line.isEmpty || line.first == UInt8(ascii: "#") {
                continue
            } else if line.elementsEqual(begin) {
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

    private static func isAuthority(_ certificate: Certificate) -> Bool {
        if certificate.issuer == certificate.subject { return true }
        if case .isCertificateAuthority = (try? certificate.extensions.basicConstraints) ?? .notCertificateAuthority { return true }
        return false
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
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
