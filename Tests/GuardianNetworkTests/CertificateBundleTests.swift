import Foundation
import Testing
@testable import GuardianNetwork

/// The detector that decides whether a file is certificates only: a yes lets a file a rule
/// protects be read (served as the bytes that were checked), so every doubt is `.other`.
@Suite struct CertificateBundleTests {
    /// The first certificate of the system bundle, and the bundle itself.
    static let system = (try? String(contentsOfFile: "/etc/ssl/certs/ca-certificates.crt", encoding: .utf8)) ?? ""
    static let root: String = {
        guard let end = system.range(of: "-----END CERTIFICATE-----\n") else { return "" }
        return String(system[..<end.upperBound])
    }()
    static let key = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n"

    /// Each case: the text and whether it is certificates only.
    static let cases: [String: (String, Bool)] = [
        "one root": (root, true),
        "roots with # comments and blank lines": ("# Issuer: CN=X\n# Label: \"X\"\n\n" + root + "\n# Another\n" + root, true),
        "CRLF line ends": (root.replacingOccurrences(of: "\n", with: "\r\n"), true),
        "no final newline": (String(root.dropLast()), true),
        "root then a private key": (root + key, false),
        "a private key then a root": (key + root, false),
        "a private key alone": (key, false),
        "an EC key": ("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n" + root, false),
        "an OpenSSH key": ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----\n", false),
        "a trusted certificate": (root.replacingOccurrences(of: "CERTIFICATE", with: "TRUSTED CERTIFICATE"), false),
        "a CRL": (root + "-----BEGIN X509 CRL-----\nMAA=\n-----END X509 CRL-----\n", false),
        "a stray line after the roots": (root + "password=hunter2\n", false),
        "text before the block": ("Certificate:\n    Data:\n" + root, false),
        "an unterminated block": (String(root.prefix(root.count - 27)), false),
        "a body that is not a certificate": ("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", false),
        "a body that is not base64": ("-----BEGIN CERTIFICATE-----\nCANARY-SECRET\n-----END CERTIFICATE-----\n", false),
        "a header line in the block": (root.replacingOccurrences(of: "-----BEGIN CERTIFICATE-----\n", with: "-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\n"), false),
        "nested BEGIN": (root.replacingOccurrences(of: "-----END CERTIFICATE-----", with: "-----BEGIN CERTIFICATE-----"), false),
        "comments only": ("# nothing here\n", false),
        "empty": ("", false),
    ]

    @Test(arguments: cases.keys.sorted())
    func classify(_ name: String) throws {
        try #require(!Self.root.isEmpty, "no system bundle on this machine")
        let (text, certificates) = try #require(Self.cases[name])
        #expect(CertificateBundle.classify(Array(text.utf8)).isCertificates == certificates)
    }

    @Test func theSystemBundleIsATrustBundle() throws {
        try #require(!Self.system.isEmpty)
        let verdict = CertificateBundle.classify(Array(Self.system.utf8))
        guard case .certificates(let count, let authority) = verdict else { Issue.record("\(verdict)"); return }
        #expect(count > 50)
        #expect(authority)
    }

    /// A server's chain starts with its leaf: certificates, but not roots to add the CA to.
    @Test func aChainThatStartsWithALeafIsNotATrustBundle() throws {
        let dir = NSTemporaryDirectory() + "/guardian-chain-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = """
            cd '\(dir)' && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 1 -subj /CN=ca -addext basicConstraints=critical,CA:TRUE 2>/dev/null \
            && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr -subj /CN=leaf 2>/dev/null \
            && openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 1 2>/dev/null \
            && cat leaf.pem ca.pem > chain.pem && cat leaf.pem leaf.key > combined.pem
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let chain = try Array(Data(contentsOf: URL(fileURLWithPath: dir + "/chain.pem")))
        #expect(CertificateBundle.classify(chain) == .certificates(count: 2, authority: false))
        let ca = try Array(Data(contentsOf: URL(fileURLWithPath: dir + "/ca.pem")))
        #expect(CertificateBundle.classify(ca) == .certificates(count: 1, authority: true))
        let combined = try Array(Data(contentsOf: URL(fileURLWithPath: dir + "/combined.pem")))
        #expect(CertificateBundle.classify(combined) == .other)
    }

    @Test func aFileOverTheLimitIsNotLookedAt() {
        let big = Array(String(repeating: Self.root, count: CertificateBundle.sizeLimit / max(Self.root.utf8.count, 1) + 1).utf8)
        #expect(CertificateBundle.classify(big) == .other)
    }

    @Test func theCAIsAppendedOnce() {
        let ca = Array("-----BEGIN CERTIFICATE-----\nSESSION\n-----END CERTIFICATE-----\n".utf8)
        let bundle = Array(Self.root.utf8)
        #expect(CertificateBundle.appending(ca, to: bundle) == bundle + ca)
        #expect(CertificateBundle.appending(ca, to: Array(bundle.dropLast())) == bundle + ca)
        #expect(CertificateBundle.appending(ca, to: bundle + ca) == bundle + ca)
    }

    /// Held out from the cases above (never used to shape the detector): every PEM and
    /// certificate file on this machine. Any file with a key or another block must be
    /// `.other`; files openssl reads as certificates only should be recognised.
    @Test func filesOnThisMachine() throws {
        var roots = ["/usr/share/ca-certificates", "/etc/ssl", "/usr/lib/python3", "/usr/share/doc"]
        if let pyenv = try? FileManager.default.contentsOfDirectory(atPath: "/root/.pyenv/versions") {
            roots += pyenv.map { "/root/.pyenv/versions/\($0)/lib" }
        }
        var withSecrets = 0, secretsRefused = 0, certificateOnly = 0, recognised = 0
        var missed: [String] = []
        for root in roots {
            guard let walk = FileManager.default.enumerator(atPath: root) else { continue }
            while let name = walk.nextObject() as? String {
                guard name.hasSuffix(".pem") || name.hasSuffix(".crt") || name.hasSuffix(".cer") else { continue }
                guard let data = FileManager.default.contents(atPath: root + "/" + name), data.count < 1 << 20 else { continue }
                let text = String(decoding: data, as: UTF8.self)
                let begins = text.components(separatedBy: "-----BEGIN ").dropFirst().map { $0.prefix { $0 != "-" } }
                let verdict = CertificateBundle.classify(Array(data))
                if begins.contains(where: { $0 != "CERTIFICATE" }) {
                    withSecrets += 1
                    if verdict == .other { secretsRefused += 1 } else { Issue.record("\(root)/\(name) holds \(begins) but was \(verdict)") }
                } else if !begins.isEmpty {
                    certificateOnly += 1
                    if verdict.isCertificates { recognised += 1 } else { missed.append(root + "/" + name) }
                }
            }
        }
        print("certificate bundles on this machine: \(recognised)/\(certificateOnly) certificate-only files recognised; \(secretsRefused)/\(withSecrets) files with other blocks refused")
        // Missed: files with text around the blocks (`openssl x509 -text` dumps): served as they are.
        print("not recognised: \(missed.prefix(5)) …")
        #expect(secretsRefused == withSecrets)
        // The bundles clients are pointed at must be recognised.
        #expect(!missed.contains { $0.hasPrefix("/etc/ssl") || $0.hasSuffix("certifi/cacert.pem") }, "\(missed)")
    }
}
