import GuardianNetwork
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Which files the tree reads through a served copy, and the copies, by file version (device,
/// inode, size, mtime, ctime): a trust bundle is read and checked once per version.
///
/// Two uses share it. With a network gateway, a trust bundle the tree opens for reading (the
/// system's, certifi's, botocore's, a project's) is served with the session CA after it, so a
/// client that ignores the trust variables still trusts Guardian's leaves. And a file a rule
/// protects unless it holds only certificates (`unless_content: [certificates]`) is served as
/// the very bytes that were checked, never reopened by path.
final class ServedFiles: Sendable {
    /// The session's CA and trust files, when the session has a network layer. The CA is made
    /// at the first trust bundle the tree reads (`caPEM`).
    let trust: SessionTrust?
    /// The session's own trust files as the tree reads them, made at their first read.
    private let sessionCopies = Mutex<[String: ServedCopy]>([:])

    /// What was found in one version of a file.
    struct Examined: Sendable {
        var content: CertificateBundle
        /// The checked bytes, sealed — with the CA after them when `appended`; nil unless the
        /// file holds only certificates.
        var copy: ServedCopy?
        var appended: Bool
    }

    private let examined = VersionCache<Examined>(entryLimit: ServedFiles.entryLimit, byteLimit: ServedFiles.byteLimit)
    /// Bounds: entries, and bytes held in copies. Cleared when either is reached; a copy a
    /// reader is being served from lives until it is installed.
    static let entryLimit = 512
    static let byteLimit = 64 << 20

    /// /etc/resolv.conf naming Guardian's resolver, when the session has a gateway.
    let resolverConfig: ServedResolverConfig?

    init(trust: SessionTrust?, resolverConfig: ServedResolverConfig? = nil) {
        self.trust = trust
        self.resolverConfig = resolverConfig
    }

    /// The session CA (PEM), made at the first call; nil without a network layer, or when it
    /// could not be made (a bundle is then served as it is, and a client that checks
    /// Guardian's leaves against it fails: closed).
    var caPEM: [UInt8]? {
        guard let trust, let authority = try? trust.authority.get() else { return nil }
        return authority.caPEMBytes
    }

    /// What the tree reads for one of the session's trust files (`SessionTrust`): a sealed copy
    /// of the bytes Guardian made, the same one for every open. Nil when `real` is none of
    /// them; `.failure` when the bytes or the copy cannot be made (the open is then refused:
    /// never a bundle without the CA).
    func sessionFile(_ real: [UInt8]) -> Result<ServedCopy, Errno>? {
        guard let trust, trust.isSessionFile(real) else { return nil }
        let key = String(decoding: real, as: UTF8.self)
        return sessionCopies.withLock { copies in
            if let made = copies[key] { return .success(made) }
            guard case .success(let bytes) = trust.content(of: real) else { return .failure(Errno(EIO)) }
            guard let copy = ServedCopy.seal(bytes, name: "guardian-trust") else { return .failure(Errno(errno)) }
            copies[key] = copy
            return .success(copy)
        }
    }

    /// A cheap test on the real path, so an ordinary open pays nothing: the name of a
    /// certificate file (`.pem`, `.crt`, `.cer`, `.bundle`) or a place where distributions keep
    /// roots. Only then is the content looked at.
    /// One pass, no allocation (PathTraits).
    static func mayBeTrustBundle(_ path: [UInt8]) -> Bool {
        // One root per file, found by hash through /etc/ssl/certs (OpenSSL's and GnuTLS's
        // CApath, Go's directory scan): adding the CA to each would not make it found, and a
        // client that scans the directory would pay a copy per root.
        PathTraits(path).mayBeTrustBundle
    }

    static let trustSuffixes = ["pem", "crt", "cer", "bundle"].map { Array($0.utf8) }
    static let certificatePlaces = ["/etc/ssl/", "/etc/pki/", "/etc/ca-certificates/"].map { Array($0.utf8) }
    static let singleRootPlaces = ["/usr/share/ca-certificates/", "/usr/local/share/ca-certificates/"].map { Array($0.utf8) }

    /// Whether the file already ends with the session CA — the session's own trust.crt, which
    /// every trust variable names: nothing to add, and not worth reading whole.
    func endsWithCA(_ fd: Int32, size: Int) -> Bool {
        guard let caPEM, size >= caPEM.count else { return false }
        var tail = [UInt8](repeating: 0, count: caPEM.count)
        let n = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(size - caPEM.count)) }
        return n == caPEM.count && tail == caPEM
    }

    /// The verdict on the file behind `object` (Guardian's O_PATH fd), from the cache or by
    /// reading it once through an fd of Guardian's own; nil when it is not a regular file
    /// within the size limit or cannot be read. The bytes checked are the bytes copied: a
    /// version that changes while it is read is not cached, and what was read is what is served.
    /// `forTrust`: only to add the CA — a file that already ends with it is not read (nil).
    func examine(_ object: Int32, forTrust: Bool = false) -> Examined? {
        let fd = Glibc.open("/proc/self/fd/\(object)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= CertificateBundle.sizeLimit else { return nil }
        let version = FileVersion(st)
        if let hit = examined[version] { return hit }
        if forTrust && endsWithCA(fd, size: Int(st.st_size)) { return nil }
        guard let bytes = ServedCopy.readAll(fd, limit: CertificateBundle.sizeLimit) else { return nil }
        let content = CertificateBundle.classify(bytes)
        var result = Examined(content: content, copy: nil, appended: false)
        if content.isCertificates {
            var served = bytes
            if let caPEM, content.isTrustBundle {
                served = CertificateBundle.appending(caPEM, to: bytes)
                result.appended = served.count != bytes.count
            }
            guard let copy = ServedCopy.seal(served, name: "guardian-served") else { return nil }
            result.copy = copy
        }
        var after = stat()
        if fstat(fd, &after) == 0 && FileVersion(after) == version {
            examined.insert(result, for: version, bytes: result.copy?.size ?? 0)
        }
        return result
    }
}
