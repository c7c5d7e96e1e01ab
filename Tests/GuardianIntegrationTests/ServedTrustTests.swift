import Foundation
import GuardianTestSupport
import Testing

/// Clients that ignore the trust variables still trust the session: the trust bundles they open
/// (the system's, a venv's certifi copy, a project's CA bundle) are served with the session CA
/// after them, while the files on disk stay as they are and a write open gets the real file.
@Suite struct ServedTrustTests {
    static let systemBundle = "/etc/ssl/certs/ca-certificates.crt"
    static let certifi = "venv/lib/python3/site-packages/certifi/cacert.pem"
    static let variables = ["SSL_CERT_FILE", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "NODE_EXTRA_CA_CERTS", "GIT_SSL_CAINFO",
                            "AWS_CA_BUNDLE", "PIP_CERT", "SSL_CERT_DIR"]

    /// Python with a cafile it names itself and every trust variable removed.
    static func pythonGet(_ cafile: String, _ path: String) -> String {
        """
        import os, ssl, urllib.request as u
        for v in \(variables): os.environ.pop(v, None)
        u.urlopen(os.environ["URL"] + "\(path)", context=ssl.create_default_context(cafile="\(cafile)")).read()
        print("ok")
        """
    }

    static func copySystemBundle(to relative: String, in w: World) throws -> Data {
        let data = try Data(contentsOf: URL(fileURLWithPath: systemBundle))
        let path = w.project + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        if World.unprivileged { chown(path, 65534, 65534) }
        return data
    }

    @Test func aVenvCertifiCopyIsServedWithTheCA() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let original = try Self.copySystemBundle(to: Self.certifi, in: w)
        let r = try net.guardian(["python3", "-c", Self.pythonGet(Self.certifi, "/certifi")], extraEnv: ["URL": net.httpsURL])
        #expect(r.stdout.contains("ok"), "\(r.all.prefix(800))")
        #expect(net.received.contains("/certifi"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.project + "/" + Self.certifi)) == original, "the file on disk changed")
    }

    /// A project's own CA bundle is a `*.pem` that `credentials.keys` protects: readable because
    /// it holds certificates only, and served with the CA.
    @Test func aProjectCABundleIsReadableAndServedWithTheCA() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let original = try Self.copySystemBundle(to: "certs/corp-bundle.pem", in: w)
        let r = try net.guardian(["python3", "-c", Self.pythonGet("certs/corp-bundle.pem", "/project-bundle")], profile: "staging",
                                 extraEnv: ["URL": net.httpsURL])
        #expect(r.stdout.contains("ok"), "\(r.all.prefix(800))")
        #expect(net.received.contains("/project-bundle"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.project + "/certs/corp-bundle.pem")) == original)
    }

    /// A root tree's process that drops to another user (as a service or an init script does)
    /// still reads the session's trust files, which are kept in Guardian's own state directory,
    /// and reaches HTTPS through the gateway with them; the directory stays closed to it.
    @Test(.enabled(if: !World.unprivileged && getuid() == 0, "changing to another user needs a root tree"))
    func aTaskThatDroppedToAnotherUserReadsTheTrustFiles() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let dropped = #"""
            id -u
            grep -c 'BEGIN CERTIFICATE' "$SSL_CERT_FILE"
            ls "$(dirname "$SSL_CERT_FILE")" >/dev/null 2>&1 && echo listed
            curl -sS "$URL/dropped" >/dev/null && echo fetched
            """#
        let r = try net.guardian(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-c", dropped],
                                 extraEnv: ["URL": net.httpsURL])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "65534", "\(r.all.prefix(800))")
        #expect(lines.count > 1 && (Int(lines[1]) ?? 0) > 1, "the bundle with the system's roots and the CA: \(r.all.prefix(800))")
        #expect(!lines.contains("listed"), "Guardian's state directory listed by another user")
        #expect(lines.contains("fetched"), "\(r.all.prefix(800))")
        #expect(net.received.contains("/dropped"))
    }

    /// A program that opens the system bundle itself, with its environment cleared.
    @Test func envDashICurlWithTheSystemBundle() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let r = try net.guardian(["bash", "-c", #"env -i /usr/bin/curl -sS --cacert \#(Self.systemBundle) "$URL/env-i""#],
                                 extraEnv: ["URL": net.httpsURL])
        #expect(r.status == 0, "\(r.all.prefix(800))")
        #expect(net.received.contains("/env-i"))
    }

    /// A read open gets a sealed copy with the CA; a write open gets the real file; the disk
    /// is untouched.
    @Test func readersGetACopyWritersTheFile() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let original = try Self.copySystemBundle(to: Self.certifi, in: w)
        let script = """
            import os
            p = "\(Self.certifi)"
            fd = os.open(p, os.O_RDONLY)
            served = b""
            while chunk := os.read(fd, 65536): served += chunk
            print("read-open", os.readlink(f"/proc/self/fd/{fd}"), len(served), served.count(b"BEGIN CERTIFICATE"))
            with open(p, "r+b") as f:
                real = f.read()
                print("write-open", os.readlink(f"/proc/self/fd/{f.fileno()}"), len(real), real.count(b"BEGIN CERTIFICATE"))
            """
        let r = try net.guardian(["python3", "-c", script])
        let certificates = String(decoding: original, as: UTF8.self).components(separatedBy: "BEGIN CERTIFICATE").count - 1
        #expect(r.stdout.contains("read-open /memfd:guardian-served"), "\(r.all.prefix(800))")
        #expect(r.stdout.contains(" \(certificates + 1)\n"), "one certificate more when read: \(r.stdout)")
        #expect(r.stdout.contains("write-open \(w.project)/\(Self.certifi) \(original.count) \(certificates)"), "\(r.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.project + "/" + Self.certifi)) == original)
    }

    /// A PEM file with a private key is still a credential, whatever certificates come first.
    @Test func aPEMWithAKeyIsStillRefused() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let bundle = try Self.copySystemBundle(to: "certs/server.pem", in: w)
        try (bundle + Data("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n".utf8))
            .write(to: URL(fileURLWithPath: w.project + "/certs/server.pem"))
        let r = try net.guardian(["bash", "-c", "cat certs/server.pem | grep -c 'PRIVATE KEY'; true"])
        #expect(r.all.contains("guardian: blocked"), "\(r.all.prefix(800))")
        #expect(!r.stdout.contains("1"), "\(r.stdout.prefix(200))")
        #expect(w.events().contains { $0["rule"] as? String == "credentials.keys" && $0["decision"] as? String == "deny" })
    }
}
