import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// The first system bundle found, whole (4 MiB at most); empty when there is none.
    static func systemRoots(_ roots: [String]) throws(TrustBundleError) -> [UInt8] {
        for root in roots {
            let fd = open(root, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            guard info.st_size <= 4 << 20 else { throw TrustBundleError(root, EFBIG) }
            var out = [UInt8](repeating: 0, count: Int(info.st_size))
            var got = 0
            while got < out.count {
                let n = out[got...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(got)) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw TrustBundleError(root, errno) }
                if n == 0 { break }  // it shrank under us: what was there is read
                got += n
            }
            return Array(out[0..<got])
        }
        return []
    }

    /// `path` as a directory of Guardian's own (0755): made when missing, refused when it is
    /// something else (a symbolic link included).
    static func ensureDirectory(_ path: String) throws(TrustBundleError) {
        if mkdir(path, 0o755) == 0 { return }
        guard errno == EEXIST else { throw TrustBundleError(path, errno) }
        var st = stat()
        guard lstat(path, &st) == 0 else { throw TrustBundleError(path, errno) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw TrustBundleError(path, ENOTDIR) }
    }

    /// An empty read-only regular file at `path`, which the tree is served in place of: kept
    /// from one session to the next, and made again when it is missing or anything else (a
    /// link to elsewhere would let the tree's opens reach another file).
    static func ensureEmpty(_ path: String) throws(TrustBundleError) {
        var st = stat()
        if lstat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFREG && st.st_nlink == 1 { return }
            guard unlink(path) == 0 else { throw TrustBundleError(path, errno) }
        }
        let out = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o444)
        if out < 0 && errno == EEXIST { return }  // another session made it meanwhile
        guard out >= 0 else { throw TrustBundleError(path, errno) }
        close(out)
    }

    /// Whether the session makes a Java store: there is a Java on PATH to read one.
    public static var javaStoreWanted: Bool {
        JavaTrustStore.javaOnPath(getenv("PATH").map { String(cString: $0) } ?? "")
    }

    /// The roots' bags for `rootsText`: from the cache when it holds them for these very
    /// bytes, else made and kept there (written whole, then renamed into place).
    static func cachedRootBags(_ rootsText: String, cache: String?) -> [UInt8]? {
        let key = SHA256.hash(data: Array(rootsText.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let file = cache.map { $0 + "/java-roots-\(key).der" }
        if let file, let kept = FileManager.default.contents(atPath: file), !kept.isEmpty { return Array(kept) }
        guard let made = try? JavaTrustStore.rootBags(pemBundle: rootsText) else { return nil }
        if let cache, let file {
            // A cache that cannot be written costs the next start the same work, nothing more.
            mkdir(cache, 0o700)
            let temporary = file + ".\(getpid())"
            if FileManager.default.createFile(atPath: temporary, contents: Data(made), attributes: [.posixPermissions: 0o600]) {
                if rename(temporary, file) != 0 { unlink(temporary) }
            }
        }
        return made
    }

    /// `environment` (NAME=value entries) with every trust variable naming `path`, and Java's
    /// naming the store beside it when there is one — or, with `javaStore`, when one is being
    /// written (the launch waits for it before the agent runs).
    public static func apply(to environment: [String], bundlePath path: String, javaStore: Bool? = nil) -> [String] {
        let names = Set(variables)
        var out = environment.filter { entry in
            guard let eq = entry.firstIndex(of: "=") else { return true }
            return !names.contains(String(entry[..<eq]))
        }
        out += variables.map { "\($0)=\(path)" }
        let store = JavaTrustStore.path(besideBundle: path)
        if javaStore ?? (access(store, R_OK) == 0) {
            // JAVA_TOOL_OPTIONS is read by every JVM; JDK_JAVA_OPTIONS, read after it by the
            // `java` launcher, only when the user's names a trust store there (each variable
            // makes the JVM print a "Picked up" line).
            for name in JavaTrustStore.variables {
                let index = out.firstIndex { $0.hasPrefix(name + "=") }
                let existing = index.map { String(out[$0].dropFirst(name.count + 1)) }
                if name == "JDK_JAVA_OPTIONS" && !(existing ?? "").contains("javax.net.ssl.trustStore") { continue }
                let entry = name + "=" + JavaTrustStore.options(existing, store: store)
                if let index { out[index] = entry } else { out.append(entry) }
            }
        }
        return out
    }
}

/// The trust bundle could not be written (errno read at the failing call).
public struct TrustBundleError: Error, CustomStringConvertible {
    public let path: String
    public let errno: Int32
    /// What failed, when it was not a call that set errno.
    public var detail: String? = nil
    init(_ path: String, _ errno: Int32, detail: String? = nil) {
        self.path = path
        self.errno = errno
        self.detail = detail
    }
    public var description: String { "\(path): \(detail ?? String(cString: strerror(errno)))" }
}
