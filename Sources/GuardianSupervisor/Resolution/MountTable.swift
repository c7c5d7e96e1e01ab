import CGuardianShim
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One line of /proc/PID/mountinfo.
struct MountEntry: Sendable, Equatable {
    var id: UInt64
    /// The filesystem's device, encoded as `st_dev` is.
    var device: UInt64
    /// The directory of the filesystem this mount shows (a bind mount's source within it).
    var root: [UInt8]
    /// Where it is mounted, relative to the reading process's root.
    var mountPoint: [UInt8]
    var fsType: String
}

/// Reading mountinfo, and placing an object seen through another mount namespace in
/// Guardian's own. Decisions are taken on paths as Guardian sees them: a file bind-mounted
/// elsewhere inside the agent's namespace is still the file under its protected name.
enum MountInfo {
    /// Parses mountinfo text. Lines that do not parse are skipped.
    static func parse(_ text: [UInt8]) -> [MountEntry] {
        var out: [MountEntry] = []
        for line in text.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20)
            guard fields.count >= 7, let id = number(fields[0]),
                  let colon = fields[2].firstIndex(of: UInt8(ascii: ":")),
                  let major = number(fields[2][..<colon]), let minor = number(fields[2][(colon + 1)...]),
                  let dash = fields.firstIndex(where: { $0.elementsEqual([UInt8(ascii: "-")]) }), dash + 1 < fields.count
            else { continue }
            out.append(MountEntry(
                id: id, device: makeDevice(major: major, minor: minor),
                root: unescape(fields[3]), mountPoint: unescape(fields[4]),
                fsType: String(decoding: fields[dash + 1], as: UTF8.self)))
        }
        return out
    }

    /// glibc's makedev: the st_dev a (major, minor) pair reads as.
    static func makeDevice(major: UInt64, minor: UInt64) -> UInt64 {
        (minor & 0xFF) | ((major & 0xFFF) << 8) | ((minor & ~0xFF) << 12) | ((major & ~0xFFF) << 32)
    }

    /// mountinfo writes space, tab, newline and backslash as `\ooo`.
    static func unescape(_ field: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(field)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 3 < bytes.count {
                let digits = bytes[(i + 1)...(i + 3)]
                if digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
                    out.append(digits.reduce(0) { $0 << 3 | ($1 - 0x30) })
                    i += 4
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    static func number(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count < 20 else { return nil }
        var n: UInt64 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + UInt64(b - 0x30)
        }
        return n
    }

    /// Whether `prefix` is `path` or one of its ancestors, component-wise.
    static func isAncestor(_ prefix: [UInt8], of path: [UInt8]) -> Bool {
        if prefix == [UInt8(ascii: "/")] { return path.first == UInt8(ascii: "/") }
        return path.count >= prefix.count && path.starts(with: prefix)
            && (path.count == prefix.count || path[prefix.count] == UInt8(ascii: "/"))
    }

    /// `base` joined with the part of `path` below `prefix` (an ancestor of it).
    static func rebase(_ path: [UInt8], from prefix: [UInt8], onto base: [UInt8]) -> [UInt8] {
        let rest = prefix == [UInt8(ascii: "/")] ? Array(path.dropFirst()) : Array(path.dropFirst(prefix.count + 1))
        if rest.isEmpty { return base }
        var out = base
        if out.last != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        out.append(contentsOf: rest)
        return out
    }

    /// The path in Guardian's namespace of an object at `viewPath` (as the kernel names it for
    /// Guardian: relative to the other namespace's root) on `mount`, a mount of that other
    /// namespace. Nil when no mount of Guardian's shows that part of the filesystem.
    static func hostPath(of viewPath: [UInt8], on mount: MountEntry, host: [MountEntry]) -> [UInt8]? {
        guard isAncestor(mount.mountPoint, of: viewPath) else { return nil }
        // The object's path within its filesystem.
        let inFilesystem = rebase(viewPath, from: mount.mountPoint, onto: mount.root)
        var best: MountEntry? = nil
        for h in host where h.device == mount.device && isAncestor(h.root, of: inFilesystem) {
            // The mount showing the deepest directory; of equals the later one (it is on top).
            if best == nil || h.root.count >= best!.root.count { best = h }
        }
        guard let best else { return nil }
        return rebase(inFilesystem, from: best.root, onto: best.mountPoint)
    }

    /// Filesystems whose files exist nowhere else: created inside the agent's namespace, they
    /// can hold nothing Guardian protects that was not first read through a decided open.
    static let selfContained: Set<String> = ["tmpfs", "ramfs", "proc", "sysfs", "devpts", "mqueue", "cgroup", "cgroup2"]
}

/// Guardian's own mount table, re-read when the kernel says it changed (a poll on
/// /proc/self/mountinfo reports POLLPRI once per change).
final class HostMounts: Sendable {
    private struct State {
        var fd: Int32
        var entries: [MountEntry]
        var ids: Set<UInt64>
    }
    private let state: Mutex<State>

    init() {
        let fd = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC)
        let entries = HostMounts.read(fd)
        state = Mutex(State(fd: fd, entries: entries, ids: Set(entries.map(\.id))))
    }

    deinit { state.withLock { if $0.fd >= 0 { close($0.fd) } } }

    private static func read(_ fd: Int32) -> [MountEntry] {
        guard fd >= 0 else { return [] }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        var offset: off_t = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n <= 0 { break }
            text.append(contentsOf: chunk[0..<n])
            offset += off_t(n)
        }
        return MountInfo.parse(text)
    }

    /// The table as it is now.
    func current() -> (entries: [MountEntry], ids: Set<UInt64>) {
        state.withLock { s in
            var p = pollfd(fd: s.fd, events: Int16(POLLPRI), revents: 0)
            if s.fd >= 0, poll(&p, 1, 0) > 0, p.revents & Int16(POLLPRI | POLLERR) != 0 {
                s.entries = HostMounts.read(s.fd)
                s.ids = Set(s.entries.map(\.id))
            }
            return (s.entries, s.ids)
        }
    }
}
