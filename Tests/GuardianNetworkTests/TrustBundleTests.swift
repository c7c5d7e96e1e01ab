import Foundation
import Testing
@testable import GuardianNetwork

/// The session bundle is the first system bundle found, byte for byte, then the session CA.
@Suite struct TrustBundleTests {
    static let ca = "-----BEGIN CERTIFICATE-----\nSESSION\n-----END CERTIFICATE-----\n"

    static let root = "-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----"
    static let large = String(repeating: "0123456789abcdef\n", count: 20_000)  // 340 KB, larger than a real one

    /// Each case by name: the system bundle's contents (nil: no file) and the bundle expected.
    static let cases: [String: (String?, String)] = [
        "ends in a newline": (root + "\n", root + "\n" + ca),
        "no final newline": (root, root + "\n" + ca),
        "340 KB": (large, large + ca),
        "empty": ("", ca),
        "absent": (nil, ca),
    ]

    @Test(arguments: ["ends in a newline", "no final newline", "340 KB", "empty", "absent"])
    func bundle(_ name: String) throws {
        let (system, expected) = try #require(Self.cases[name])
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let systemPath = dir + "/system.crt"
        if let system { try system.write(toFile: systemPath, atomically: false, encoding: .utf8) }
        let out = dir + "/trust.crt"
        try TrustBundle.write(caPEM: Self.ca, to: out, roots: [dir + "/missing.crt", systemPath])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == expected)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o444)
    }

    @Test func replacesAnExistingFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/trust.crt"
        try "stale".write(toFile: out, atomically: false, encoding: .utf8)
        try TrustBundle.write(caPEM: Self.ca, to: out, roots: [])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.ca)
    }

    @Test func aDirectoryIsNotABundle() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/trust.crt"
        try TrustBundle.write(caPEM: Self.ca, to: out, roots: [dir])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.ca)
    }

    @Test func anUnwritablePlaceThrows() {
        #expect(throws: TrustBundleError.self) {
            try TrustBundle.write(caPEM: Self.ca, to: "/nonexistent-guardian-dir/trust.crt", roots: [])
        }
    }

    static func scratch() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/guardian-trust-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }
}
