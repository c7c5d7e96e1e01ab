import GuardianNetwork
#if canImport(Glibc)
import Glibc
#endif

/// /etc/resolv.conf as the tree reads it when the session has a network gateway: a sealed copy
/// whose only nameserver is Guardian's resolver (`ResolverConfig`), one per version of the file.
/// Matched by the real path of an open: /etc/resolv.conf itself, or where it led when the
/// session started (a link to systemd-resolved's or NetworkManager's file).
///
/// The resolver's address is asked for at the first read (`nameserver`, which starts the
/// gateway): a tree that reads resolv.conf is about to resolve a name. Without an address (the
/// gateway could not start) the real file is read; its servers are unreachable from the tree.
final class ServedResolverConfig: Sendable {
    let nameserver: @Sendable () -> String?
    let paths: [[UInt8]]
    private let copies = VersionCache<ServedCopy>(entryLimit: 16, byteLimit: 1 << 20)
    /// resolv.conf is a few lines; a larger file is served as it is.
    static let sizeLimit = 64 * 1024

    init(nameserver: @escaping @Sendable () -> String?, path: String = "/etc/resolv.conf") {
        self.nameserver = nameserver
        var paths = [Array(path.utf8)]
        if let real = realpath(path, nil) {
            let resolved = Array(String(cString: real).utf8)
            free(real)
            if resolved != paths[0] { paths.append(resolved) }
        }
        self.paths = paths
    }

    func matches(_ real: [UInt8]) -> Bool { paths.contains(real) }

    /// The copy for the file behind `object` (Guardian's O_PATH fd); nil when it cannot be read
    /// or is too large (then the real file is opened).
    func copy(_ object: Int32) -> ServedCopy? {
        let fd = open("/proc/self/fd/\(object)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let version = FileVersion(st)
        if let hit = copies[version] { return hit }
        guard let nameserver = nameserver(), let bytes = ServedCopy.readAll(fd, limit: Self.sizeLimit),
              let copy = ServedCopy.seal(ResolverConfig.rewrite(bytes, nameserver: nameserver), name: "guardian-resolv.conf")
        else { return nil }
        var after = stat()
        if fstat(fd, &after) == 0 && FileVersion(after) == version { copies.insert(copy, for: version, bytes: copy.size) }
        return copy
    }
}
