import Foundation
import Testing
@testable import GuardianNetwork

/// The Java trust store: a PKCS#12 of certificates that keytool reads without a password, and
/// the options that point a JVM at it after the user's own.
@Suite struct JavaTrustStoreTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/keytool"), "keytool is not installed"))
    func keytoolReadsTheStore() throws {
        let system = try String(contentsOfFile: "/etc/ssl/certs/ca-certificates.crt", encoding: .utf8)
        let roots = try PEMDocumentCount(system)
        let path = NSTemporaryDirectory() + "/guardian-java-store-\(getpid())"
        defer { unlink(path) }
        try Data(JavaTrustStore.pkcs12(pemBundle: system)).write(to: URL(fileURLWithPath: path))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/keytool")
        p.arguments = ["-list", "-keystore", path, "-storetype", "PKCS12", "-storepass", ""]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text.prefix(400))")
        #expect(text.components(separatedBy: "trustedCertEntry").count - 1 == roots, "\(text.prefix(400))")
    }

    /// A start with the roots' part cached writes the very store a start without it makes,
    /// and a second start reads the cache instead of making it again.
    @Test func theCachedRootsMakeTheSameStore() throws {
        let dir = NSTemporaryDirectory() + "guardian-java-cache-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let roots = try String(contentsOfFile: "/etc/ssl/certs/ca-certificates.crt", encoding: .utf8)
        let ca = try SessionAuthority(sessionName: "cache-test").caPEM
        let whole = try JavaTrustStore.pkcs12(pemBundle: roots + (roots.hasSuffix("\n") ? "" : "\n") + ca)
        let rootsText = roots + (roots.hasSuffix("\n") ? "" : "\n")
        let first = try #require(TrustBundle.cachedRootBags(rootsText, cache: dir))
        #expect(try JavaTrustStore.pkcs12(bags: first + JavaTrustStore.sessionBag(ca)) == whole)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files.count == 1 && files[0].hasPrefix("java-roots-"), "\(files)")
        // The second start takes the kept bytes: change them and see them come back.
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/" + files[0]))
        #expect(TrustBundle.cachedRootBags(rootsText, cache: dir) == [1, 2, 3])
    }

    @Test func theSessionStoreComesAfterTheUsersOptions() {
        let store = "/tmp/guardian-trust-x/java-trust-store"
        let own = "-Djavax.net.ssl.trustStore=\(store) -Djavax.net.ssl.trustStoreType=PKCS12"
        #expect(JavaTrustStore.options(nil, store: store) == own)
        #expect(JavaTrustStore.options("-Xmx1g -Djavax.net.ssl.trustStore=/mine", store: store) == "-Xmx1g -Djavax.net.ssl.trustStore=/mine " + own)
    }

    @Test func applyNamesTheStoreWhenItExists() throws {
        let dir = NSTemporaryDirectory() + "/guardian-java-apply-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bundle = dir + "/trust.crt"
        let base = ["PATH=/usr/bin", "JAVA_TOOL_OPTIONS=-Xss2m", "JDK_JAVA_OPTIONS=-Dx=y"]
        // No store (no Java on PATH when the session started): Java's variables are left alone.
        #expect(TrustBundle.apply(to: base, bundlePath: bundle).filter { $0.hasPrefix("J") } == ["JAVA_TOOL_OPTIONS=-Xss2m", "JDK_JAVA_OPTIONS=-Dx=y"])
        FileManager.default.createFile(atPath: dir + "/java-trust-store", contents: Data([0]))
        let env = TrustBundle.apply(to: base, bundlePath: bundle)
        #expect(env.contains("JAVA_TOOL_OPTIONS=-Xss2m -Djavax.net.ssl.trustStore=\(dir)/java-trust-store -Djavax.net.ssl.trustStoreType=PKCS12"))
        #expect(env.contains("JDK_JAVA_OPTIONS=-Dx=y"), "untouched: it names no trust store")
        let named = TrustBundle.apply(to: ["JDK_JAVA_OPTIONS=-Djavax.net.ssl.trustStore=/mine"], bundlePath: bundle)
        #expect(named.contains("JDK_JAVA_OPTIONS=-Djavax.net.ssl.trustStore=/mine -Djavax.net.ssl.trustStore=\(dir)/java-trust-store -Djavax.net.ssl.trustStoreType=PKCS12"))
    }

    func PEMDocumentCount(_ text: String) throws -> Int { text.components(separatedBy: "-----BEGIN CERTIFICATE-----").count - 1 }
}
