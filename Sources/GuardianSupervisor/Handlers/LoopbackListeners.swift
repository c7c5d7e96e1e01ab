import GuardianNetwork
#if canImport(Glibc)
import Glibc
#endif

/// Who listens on a loopback TCP port: the listening socket's inode from /proc/net/tcp{,6},
/// then the process holding it (a scan of /proc/*/fd, done only for connections that are not
/// HTTP or that nobody would otherwise answer for).
enum LoopbackListeners {
    /// The inode of the socket listening on `port` at `address` (or on the wildcard), in
    /// Guardian's network namespace, which is the tree's.
    static func inode(for destination: Endpoint) -> UInt64? {
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = ProcessTree.readSmallFile(table, limit: 8 << 20) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count > 9, fields[3] == "0A" else { continue }  // TCP_LISTEN
                let local = fields[1].split(separator: ":")
                guard local.count == 2, Int(local[1], radix: 16) == destination.port else { continue }
                let hex = local[0]
                let wildcard = hex.allSatisfy { $0 == "0" }
                if wildcard || matches(hex, destination) { return UInt64(fields[9]) }
            }
        }
        return nil
    }

    /// /proc/net/tcp prints each 32-bit word of the address in host order.
    private static func matches(_ hex: Substring, _ destination: Endpoint) -> Bool {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 8, limitedBy: hex.endIndex) ?? hex.endIndex
            guard let word = UInt32(hex[index..<next], radix: 16) else { return false }
            let host = UInt32(littleEndian: word)
            bytes += withUnsafeBytes(of: host.bigEndian) { Array($0) }.reversed()
            index = next
        }
        let address = destination.address
        if bytes.count == address.count { return bytes == address }
        // A v4 destination and a v6 listener bound to ::ffff:a.b.c.d.
        if bytes.count == 16 && address.count == 4 { return Array(bytes[12...]) == address && bytes[10] == 0xff }
        return false
    }

    /// The process holding the socket `inode`, preferring one of `candidates` (the tree).
    static func owner(of inode: UInt64, candidates: [pid_t]) -> pid_t? {
        let needle = "socket:[\(inode)]"
        func holds(_ pid: pid_t) -> Bool {
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
}
