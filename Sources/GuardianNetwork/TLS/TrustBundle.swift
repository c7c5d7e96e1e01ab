import Foundation

/// How the tree comes to trust the session's CA with no setup: a bundle of the system's roots
/// plus the CA, named by every variable a mainstream TLS stack reads. Most of these variables
/// replace a tool's trust store rather than add to it, hence the system roots in the bundle; one
/// already set by the user is overwritten (it would win over the ones Guardian sets otherwise).
public enum TrustBundle {
    /// Where distributions keep their PEM bundle of roots.
    public static let systemBundles = [
        "/etc/ssl/certs/ca-certificates.crt",  // Debian, Ubuntu, Alpine, Arch
        "/etc/pki/tls/certs/ca-bundle.crt",  // Fedora, RHEL
        "/etc/ssl/ca-bundle.pem",  // openSUSE
        "/etc/ssl/cert.pem",
    ]

    /// Variables that name a PEM bundle, by the tools that read them.
    public static let variables = [
        "SSL_CERT_FILE",  // OpenSSL (curl, Python ssl/urllib, Ruby), Go, rustls-native-certs
        "CURL_CA_BUNDLE",  // curl, requests
        "REQUESTS_CA_BUNDLE",  // requests (certifi otherwise)
        "NODE_EXTRA_CA_CERTS",  // Node (added to its built-in store)
        "GIT_SSL_CAINFO",  // git over HTTPS
        "AWS_CA_BUNDLE",  // AWS CLI, botocore
        "PIP_CERT",  // pip
        "CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE",  // gcloud
        "GRPC_DEFAULT_SSL_ROOTS_FILE_PATH",  // gRPC core
        "HTTPLIB2_CA_CERTS",  // httplib2
        "NIX_SSL_CERT_FILE",  // Nix
        "CARGO_HTTP_CAINFO",  // cargo
        "DENO_CERT",  // Deno
        "BUNDLE_SSL_CA_CERT",  // Bundler
        "NPM_CONFIG_CAFILE",  // npm
    ]

    /// The system's roots followed by the session CA.
    public static func contents(caPEM: String, roots: [String] = systemBundles) -> String {
        var text = ""
        for path in roots {
            if let system = try? String(contentsOfFile: path, encoding: .utf8) {
                text = system
                break
            }
        }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        return text + caPEM
    }

    /// Writes the bundle read-only at `path`.
    public static func write(caPEM: String, to path: String) throws {
        let data = Data(contents(caPEM: caPEM).utf8)
        try? FileManager.default.removeItem(atPath: path)
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o444]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// `environment` (NAME=value entries) with every trust variable naming `path`.
    public static func apply(to environment: [String], bundlePath path: String) -> [String] {
        let names = Set(variables)
        var out = environment.filter { entry in
            guard let eq = entry.firstIndex(of: "=") else { return true }
            return !names.contains(String(entry[..<eq]))
        }
        out += variables.map { "\($0)=\(path)" }
        return out
    }
}
