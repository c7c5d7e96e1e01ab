import Foundation
import Testing
@testable import GuardianNetwork

/// The session's trust files: empty on disk, kept from one session to the next; read by the
/// tree as the first system bundle found, byte for byte, with the session CA after it, and as a
/// Java store of the same — made at that first read, the CA with them.
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
        // A missing file and a directory are not bundles: the first regular file is read.
        let trust = try SessionTrust(sessionName: "test", directory: dir + "/trust", cacheDirectory: nil, java: false,
                                     roots: [dir + "/missing.crt", dir, systemPath])
        #expect(try String(contentsOfFile: trust.bundle, encoding: .utf8) == "", "on disk: nothing")
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
        let trust = try SessionTrust(sessionName: "test", directory: dir + "/trust", cacheDirectory: nil, java: true)
        let path = try #require(trust.javaStore)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        #expect(trust.isSessionFile(Array(path.utf8)) && trust.isSessionFile(Array(trust.bundle.utf8)))
        #expect(!trust.isSessionFile(Array((dir + "/trust/other").utf8)))
        let store = try trust.content(of: Array(path.utf8)).get()
        // PKCS#12 (a DER SEQUENCE) holding the session CA's certificate as it is.
        #expect(store.first == 0x30)
        let ca = try #require(trust.authority.ifMade).caPEM
        let body = ca.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let der = try #require(Data(base64Encoded: body))
        #expect(Data(store).range(of: der) != nil)
    }

    /// The files are kept from one session to the next; one that is not an empty regular file
    /// of its own (a link to elsewhere, a hard link) is made again, and a directory that is a
    /// link is refused.
    @Test func theFilesAreKeptAndRemadeWhenTheyAreNotTheirs() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try SessionTrust(sessionName: "a", directory: dir + "/trust", cacheDirectory: nil, java: true)
        let store = try #require(first.javaStore)
        var before = stat()
        #expect(lstat(first.bundle, &before) == 0 && before.st_mode & 0o777 == 0o444)
        let second = try SessionTrust(sessionName: "b", directory: dir + "/trust", cacheDirectory: nil, java: true)
        var after = stat()
        #expect(lstat(second.bundle, &after) == 0 && after.st_ino == before.st_ino, "the same file, kept")
        unlink(first.bundle)
        #expect(symlink("/etc/passwd", first.bundle) == 0)
        unlink(store)
        #expect(FileManager.default.createFile(atPath: dir + "/other", contents: Data()))
        #expect(link(dir + "/other", store) == 0)
        let third = try SessionTrust(sessionName: "c", directory: dir + "/trust", cacheDirectory: nil, java: true)
        #expect(lstat(third.bundle, &after) == 0 && (after.st_mode & S_IFMT) == S_IFREG && after.st_size == 0)
        #expect(lstat(store, &after) == 0 && after.st_nlink == 1)
        #expect(symlink(dir + "/trust", dir + "/linked") == 0)
        #expect(throws: SessionTrustError.self) {
            try SessionTrust(sessionName: "d", directory: dir + "/linked", cacheDirectory: nil, java: false)
        }
    }

    @Test func anUnwritablePlaceThrows() {
        #expect(throws: SessionTrustError.self) {
            try SessionTrust(sessionName: "test", directory: "/nonexistent-guardian-dir/trust", cacheDirectory: nil, java: false)
        }
    }

    static func scratch() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/guardian-trust-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }
}
