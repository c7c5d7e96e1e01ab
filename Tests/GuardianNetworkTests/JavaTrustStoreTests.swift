import Foundation
import SwiftASN1
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

    /// The store is assembled with its lengths computed first; swift-asn1 nesting the same
    /// nodes must give the same bytes, for payloads on both sides of each length form.
    @Test(arguments: [0, 1, 100, 127, 128, 200, 255, 256, 65_535, 65_536, 300_000])
    func theAssembledStoreIsSwiftASN1sNesting(size: Int) throws {
        let bags = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(try JavaTrustStore.pkcs12(bags: bags) == Self.nested(bags))
    }

    @Test func aRealStoreIsSwiftASN1sNesting() throws {
        let roots = try String(contentsOfFile: "/etc/ssl/certs/ca-certificates.crt", encoding: .utf8)
        let bags = try JavaTrustStore.rootBags(pemBundle: roots)
        #expect(try JavaTrustStore.pkcs12(bags: bags) == Self.nested(bags))
    }

    /// PFX { 3, ContentInfo { data, [0] OCTET STRING { SEQUENCE { ContentInfo { data,
    /// [0] OCTET STRING { SEQUENCE { bags } } } } } } }, by swift-asn1's serializer alone.
    static func nested(_ bags: [UInt8]) throws -> [UInt8] {
        func contentInfo(_ s: inout DER.Serializer, _ bytes: [UInt8]) throws {
            try s.appendConstructedNode(identifier: .sequence) { info in
                try info.serialize(JavaTrustStore.data)
                try info.serialize(explicitlyTaggedWithTagNumber: 0, tagClass: .contextSpecific) { content in
                    try content.serialize(ASN1OctetString(contentBytes: bytes[...]))
                }
            }
        }
        var contents = DER.Serializer()
        try contents.appendConstructedNode(identifier: .sequence) { $0.serializeRawBytes(bags) }
        var safe = DER.Serializer()
        try safe.appendConstructedNode(identifier: .sequence) { try contentInfo(&$0, contents.serializedBytes) }
        var pfx = DER.Serializer()
        try pfx.appendConstructedNode(identifier: .sequence) { root in
            try root.serialize(3)
            try contentInfo(&root, safe.serializedBytes)
        }
        return pfx.serializedBytes
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
