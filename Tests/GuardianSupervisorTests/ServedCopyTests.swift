import CGuardianShim
import Foundation
import GuardianNetwork
import Testing
@testable import GuardianSupervisor

/// Served copies: sealed, one open file per reader, the bytes that were checked; the cache
/// by file version.
@Suite struct ServedCopyTests {
    static let system = (try? Data(contentsOf: URL(fileURLWithPath: "/etc/ssl/certs/ca-certificates.crt"))).map { Array($0) } ?? []

    @Test func aCopyIsSealedForGood() throws {
        let copy = try #require(ServedCopy.seal(Array("hello\n".utf8), name: "test"))
        #expect(gd_memfd_seals(copy.fd) == GD_SEALS_ALL)
        #expect(write(copy.fd, "x", 1) == -1 && errno == EPERM)
        #expect(ftruncate(copy.fd, 0) == -1 && errno == EPERM)
        // A reader's fd is read-only, and cannot be reopened for writing either.
        let reader = copy.open(flags: O_RDWR)
        #expect(reader >= 0)
        defer { close(reader) }
        #expect(write(reader, "x", 1) == -1)
        // Reopened for writing through /proc, it is still sealed.
        let again = open("/proc/self/fd/\(reader)", O_RDWR)
        if again >= 0 {
            #expect(write(again, "x", 1) == -1 && errno == EPERM)
            close(again)
        }
    }

    @Test func eachReaderHasItsOwnOffset() throws {
        let copy = try #require(ServedCopy.seal(Array("abcdef".utf8), name: "test"))
        let a = copy.open(flags: O_RDONLY), b = copy.open(flags: O_RDONLY)
        defer { close(a); close(b) }
        var buffer = [UInt8](repeating: 0, count: 3)
        #expect(read(a, &buffer, 3) == 3 && buffer == Array("abc".utf8))
        #expect(read(b, &buffer, 3) == 3 && buffer == Array("abc".utf8))
        #expect(read(a, &buffer, 3) == 3 && buffer == Array("def".utf8))
    }

    @Test(arguments: [
        ("/etc/ssl/certs/ca-certificates.crt", true), ("/home/u/venv/lib/site-packages/certifi/cacert.pem", true),
        ("/p/certs/corp.CRT", true), ("/p/x.cer", true), ("/p/ca.bundle", true), ("/etc/pki/tls/certs/ca-bundle.trust", true),
        ("/p/src/main.swift", false), ("/usr/share/ca-certificates/mozilla/ACCVRAIZ1.crt", false), ("/p/pem", false), ("/p/x.pemx", false), ("/usr/lib/libc.so.6", false), ("/p/a.b/c", false),
    ])
    func thePrefilterLooksAtTheName(_ path: String, _ expected: Bool) {
        #expect(ServedFiles.mayBeTrustBundle(Array(path.utf8)) == expected)
    }

    @Test func aBundleIsServedWithTheCAOncePerVersion() throws {
        try #require(!Self.system.isEmpty)
        let path = NSTemporaryDirectory() + "/guardian-served-\(getpid()).pem"
        try Data(Self.system).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let trustDirectory = NSTemporaryDirectory() + "/guardian-served-trust-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        defer { try? FileManager.default.removeItem(atPath: trustDirectory) }
        let trust = try SessionTrust(sessionName: "test", directory: trustDirectory, cacheDirectory: nil, java: false)
        let served = ServedFiles(trust: trust)
        let object = open(path, GD_O_PATH | O_CLOEXEC)
        defer { close(object) }
        #expect(trust.authority.ifMade == nil)
        let first = try #require(served.examine(object))
        #expect(first.appended)
        let copy = try #require(first.copy)
        let ca = try #require(trust.authority.ifMade, "made at the first bundle read").caPEMBytes
        #expect(ServedCopyTests.contents(copy) == Self.system + ca)
        // The same version: the same copy, not read again.
        let second = try #require(served.examine(object))
        #expect(second.copy === copy)
        // A new version is read again; a key in it leaves nothing to serve.
        usleep(20_000)
        let keyed = Self.system + Array("-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----\n".utf8)
        try Data(keyed).write(to: URL(fileURLWithPath: path))
        let third = try #require(served.examine(object))
        #expect(third.copy == nil && !third.content.isCertificates)
        // What was served before is unchanged.
        #expect(ServedCopyTests.contents(copy) == Self.system + ca)
        // On disk: exactly what was written.
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == keyed)
    }

    @Test func withoutAGatewayTheCopyIsTheCheckedBytes() throws {
        try #require(!Self.system.isEmpty)
        let path = NSTemporaryDirectory() + "/guardian-served-plain-\(getpid()).pem"
        try Data(Self.system).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let object = open(path, GD_O_PATH | O_CLOEXEC)
        defer { close(object) }
        let seen = try #require(ServedFiles(trust: nil).examine(object))
        #expect(!seen.appended)
        #expect(ServedCopyTests.contents(try #require(seen.copy)) == Self.system)
    }

    /// The session's own trust.crt and Java store: one sealed copy each, made at the first read
    /// (and the CA with it), the same copy for every later open; other paths are not theirs.
    @Test func theSessionsTrustFilesAreServedFromOneCopy() throws {
        let trustDirectory = NSTemporaryDirectory() + "/guardian-served-trust-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        defer { try? FileManager.default.removeItem(atPath: trustDirectory) }
        let trust = try SessionTrust(sessionName: "test", directory: trustDirectory, cacheDirectory: nil, java: true)
        let served = ServedFiles(trust: trust)
        #expect(served.sessionFile(Array("/etc/ssl/certs/ca-certificates.crt".utf8)) == nil)
        #expect(trust.authority.ifMade == nil)
        let bundle = try #require(served.sessionFile(Array(trust.bundle.utf8))).get()
        let ca = try #require(trust.authority.ifMade).caPEMBytes
        #expect(Self.contents(bundle).suffix(ca.count).elementsEqual(ca))
        #expect(gd_memfd_seals(bundle.fd) == GD_SEALS_ALL)
        #expect(try #require(served.sessionFile(Array(trust.bundle.utf8))).get() === bundle)
        let storePath = try #require(trust.javaStore)
        let store = try #require(served.sessionFile(Array(storePath.utf8))).get()
        #expect(store !== bundle && store.size > 0)
        #expect(ServedFiles(trust: nil).sessionFile(Array(trust.bundle.utf8)) == nil)
    }

    static func contents(_ copy: ServedCopy) -> [UInt8] {
        let fd = copy.open(flags: O_RDONLY)
        defer { close(fd) }
        return ServedCopy.readAll(fd, limit: 8 << 20) ?? []
    }
}
