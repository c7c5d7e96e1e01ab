import CGuardianShim
import GuardianNetwork
#if canImport(Glibc)
import Glibc
#endif

/// Who listens on a loopback TCP port: the listening socket's inode from the kernel's socket
/// table, then the process holding it (a scan of /proc/*/fd — the tree's processes first — done
/// only for connections that are not HTTP, and for Unix sockets).
enum LoopbackListeners {
    /// The inode of the socket listening on `destination`'s port at its address (or on the
    /// wildcard), in Guardian's network namespace, which is the tree's (sock_diag: /proc/net/tcp
    /// would walk the whole connection table, milliseconds on a busy host).
    static func inode(for destination: Endpoint) -> UInt64? {
        var inode: UInt64 = 0
        let family = destination.family == .v4 ? AF_INET : AF_INET6
        let rc = destination.address.withUnsafeBufferPointer {
            gd_tcp_listener_inode(family, $0.baseAddress, UInt16(destination.port), &inode)
        }
        return rc == 1 ? inode : nil
    }

    /// The process holding the socket `inode`, preferring one of `candidates` (the tree).
    static func owner(of inode: UInt64, candidates: [pid_t]) -> pid_t? {
        func holds(_ pid: pid_t) -> Bool { Self.holds(pid, inode: inode) }
        for pid in candidates where holds(pid) { return pid }
        guard let proc = opendir("/proc") else { return nil }
        defer { closedir(proc) }
        while let entry = readdir(proc) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name), !candidates.contains(pid) else { continue }
            if holds(pid) { return pid }
        }
        return nil
    }

    /// Whether process `pid` has the socket `inode` open.
    static func holds(_ pid: pid_t, inode: UInt64) -> Bool {
        let needle = "socket:[\(inode)]"
        guard let dir = opendir("/proc/\(pid)/fd") else { return false }
            defer { closedir(dir) }
            var buffer = [CChar](repeating: 0, count: 64)
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name.first?.isNumber == true else { continue }
                let n = readlink("/proc/\(pid)/fd/\(name)", &buffer, buffer.count - 1)
                if n > 0 && String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) == needle { return true }
            }
        return false
    }
}
