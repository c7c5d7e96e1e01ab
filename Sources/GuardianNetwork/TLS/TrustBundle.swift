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

    /// Writes the system's roots read-only at `path`: the first system bundle found, copied by
    /// the kernel (sendfile(2), no decoding: ~200 KiB on every start); empty when there is none.
    /// The tree reads it with the session CA after the roots (`SessionTrust.content(of:)`).
    /// Not fsync'd and not renamed into place: the file lives in a directory made for this
    /// session and is removed with it, so a crash leaves nothing a later session could read.
    public static func writeRoots(to path: String, roots: [String] = systemBundles) throws {
        unlink(path)
        let out = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o444)
        guard out >= 0 else { throw TrustBundleError(path, errno) }
        defer { close(out) }
        for root in roots {
            let system = open(root, O_RDONLY | O_CLOEXEC)
            guard system >= 0 else { continue }
            defer { close(system) }
            var info = stat()
            guard fstat(system, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            try copy(from: system, size: Int(info.st_size), to: out, path: path)
            return
        }
    }

    /// An empty read-only file at `path`, which the tree is served in place of (the Java store
    /// before its first read: a reader that checks the path finds a file).
    public static func writeEmpty(_ path: String) throws {
        unlink(path)
        let out = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o444)
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

    /// The whole of `source` into `out`, in the kernel; by read and write where sendfile is
    /// refused (a file system without it).
    private static func copy(from source: Int32, size: Int, to out: Int32, path: String) throws {
        var left = size
        while left > 0 {
            let n = sendfile(out, source, nil, left)
            if n > 0 {
                left -= n
            } else if n == 0 {
                return  // the file shrank under us: what was there is copied
            } else if errno == EINVAL || errno == ENOSYS {
                return try copyByReading(from: source, to: out, path: path)
            } else if errno != EINTR {
                throw TrustBundleError(path, errno)
            }
        }
    }

    /// The rest of `source` (from its offset, which sendfile advanced) into `out`.
    private static func copyByReading(from source: Int32, to out: Int32, path: String) throws {
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let got = read(source, &buffer, buffer.count)
            if got == 0 { return }
            if got < 0 {
                if errno == EINTR { continue }
                throw TrustBundleError(path, errno)
            }
            try writeAll(out, Array(buffer[0..<got]), path: path)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw TrustBundleError(path, errno) }
            done += n
        }
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
