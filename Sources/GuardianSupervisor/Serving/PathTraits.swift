#if canImport(Glibc)
import Glibc
#endif

/// What a file's real path says about whether its content must be looked at, taken in one
/// pass over the bytes with no allocation: every allowed open of a regular file asks it.
///
/// - `mayBeTrustBundle`: the name of a certificate file (`.pem`, `.crt`, `.cer`, `.bundle`) or
///   a place where distributions keep roots, and not one of the one-root files of the hashed
///   directory (ServedFiles).
/// - `mayHoldSecret`: outside the system's trees and outside installed code, caches and git's
///   compressed object store wherever they live (SecretFiles); the size is checked apart.
struct PathTraits {
    let mayBeTrustBundle: Bool
    let mayHoldSecret: Bool

    init(_ path: [UInt8]) {
        (mayBeTrustBundle, mayHoldSecret) = path.withUnsafeBufferPointer { Self.classify($0) }
    }

    static func classify(_ p: UnsafeBufferPointer<UInt8>) -> (trust: Bool, secret: Bool) {
        // Places are prefixes: compared at 0 only.
        var trustPlace: Bool? = nil
        for place in ServedFiles.singleRootPlaces where startsWith(p, place, at: 0) { trustPlace = false; break }
        if trustPlace == nil {
            for place in ServedFiles.certificatePlaces where startsWith(p, place, at: 0) { trustPlace = true; break }
        }
        var system = false
        for place in SecretFiles.systemPlaces where startsWith(p, place, at: 0) { system = true; break }
        // One pass: installed parts start at a slash (checked only where the byte after it can
        // begin one), and the last dot after the last slash gives the suffix.
        var installed = false
        var lastDot = -1
        var i = 0
        let n = p.count
        while i < n {
            let c = p[i]
            if c == UInt8(ascii: "/") {
                lastDot = -1
                if !system && !installed && i + 1 < n && installedStarts[Int(p[i + 1])] {
                    for part in SecretFiles.installedParts where startsWith(p, part, at: i) { installed = true; break }
                }
            } else if c == UInt8(ascii: ".") {
                lastDot = i
            }
            i += 1
        }
        let trust = trustPlace ?? (lastDot >= 0 && n - lastDot <= 7 && hasTrustSuffix(p, from: lastDot + 1))
        return (trust, !system && !installed)
    }

    /// Which bytes follow the slash that begins an installed part.
    private static let installedStarts: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for part in SecretFiles.installedParts where part.count > 1 { t[Int(part[1])] = true }
        return t
    }()

    private static func startsWith(_ p: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at offset: Int) -> Bool {
        guard prefix.count <= p.count - offset, let base = p.baseAddress else { return false }
        return prefix.withUnsafeBufferPointer { memcmp(base + offset, $0.baseAddress!, $0.count) == 0 }
    }

    /// `pem`, `crt`, `cer` or `bundle`, ASCII case folded, from `start` to the end.
    private static func hasTrustSuffix(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let length = p.count - start
        suffixes: for suffix in ServedFiles.trustSuffixes where suffix.count == length {
            for k in 0..<length where p[start + k] | 0x20 != suffix[k] { continue suffixes }
            return true
        }
        return false
    }
}
