import Foundation
import Testing
@testable import GuardianNetwork

/// The session's trust files: on disk at start, the first system bundle found, byte for byte
/// (and an empty Java store); read by the tree with the session CA after the roots, the CA made
/// at that first read.
@Suite struct TrustBundleTests {
    static let root = "-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----"
    static let large = String(repeating: "0123456789abcdef\n", count: 20_000)  // 340 KB, larger than a real one

    /// Each case by name: the system bundle's contents (nil: no file) and what the tree reads
    /// before the CA.
    static let cases: [String: (String?, String)] = [
        "ends in a newline": (root + "\n", root + "\n"),
        "no final newline": (root, root + "\n"),
        "340 KB": (large, large),
        "empty": ("", ""),
        "absent": (nil, ""),
    ]

    @Test(arguments: ["ends in a newline", "no final newline", "340 KB", "empty", "absent"])
    func bundle(_ name: String) throws {
        let (system, expected) = try #require(Self.cases[name])
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let systemPath = dir + "/system.crt"
        if let system { try system.write(toFile: systemPath, atomically: false, encoding: .utf8) }
        let trust = try SessionTrust(sessionName: "test", temporaryDirectory: dir, cacheDirectory: nil, java: false,
                                     roots: [dir + "/missing.crt", systemPath])
        defer { trust.remove() }
        #expect(try String(contentsOfFile: trust.bundle, encoding: .utf8) == system ?? "", "on disk: the roots alone")
        let mode = try FileManager.default.attributesOfItem(atPath: trust.bundle)[.posixPermissions] as? Int
        #expect(mode == 0o444)
        #expect(trust.authority.ifMade == nil, "no CA is made before the bundle is read")
        let read = try trust.content(of: Array(trust.bundle.utf8)).get()
        let ca = try #require(trust.authority.ifMade).caPEM
        #expect(String(decoding: read, as: UTF8.self) == expected + ca)
        // The same bytes on every read: made once.
        #expect(try trust.content(of: Array(trust.bundle.utf8)).get() == read)
    }

    @Test func theJavaStoreIsEmptyOnDiskAndHoldsTheCAWhenRead() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trust = try SessionTrust(sessionName: "test", temporaryDirectory: dir, cacheDirectory: nil, java: true)
        defer { trust.remove() }
        let path = try #require(trust.javaStore)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        #expect(trust.isSessionFile(Array(path.utf8)) && trust.isSessionFile(Array(trust.bundle.utf8)))
        #expect(!trust.isSessionFile(Array((dir + "/other").utf8)))
        let store = try trust.content(of: Array(path.utf8)).get()
        // PKCS#12 (a DER SEQUENCE) holding the session CA's certificate as it is.
        #expect(store.first == 0x30)
        let ca = try #require(trust.authority.ifMade).caPEM
        let body = ca.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let der = try #require(Data(base64Encoded: body))
        #expect(Data(store).range(of: der) != nil)
    }

    @Test func theDirectoryIsRemoved() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trust = try SessionTrust(sessionName: "test", temporaryDirectory: dir, cacheDirectory: nil, java: true)
        #expect(access(trust.bundle, F_OK) == 0)
        trust.remove()
        #expect(access(trust.directory, F_OK) != 0)
    }

    @Test func writingTheRootsReplacesAnExistingFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/trust.crt"
        try "stale".write(toFile: out, atomically: false, encoding: .utf8)
        try TrustBundle.writeRoots(to: out, roots: [dir])  // a directory is not a bundle
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "")
    }

    @Test func anUnwritablePlaceThrows() {
        #expect(throws: TrustBundleError.self) {
            try TrustBundle.writeRoots(to: "/nonexistent-guardian-dir/trust.crt", roots: [])
        }
        #expect(throws: SessionTrustError.self) {
            try SessionTrust(sessionName: "test", temporaryDirectory: "/nonexistent-guardian-dir", cacheDirectory: nil, java: false)
        }
    }

    static func scratch() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/guardian-trust-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }
}
