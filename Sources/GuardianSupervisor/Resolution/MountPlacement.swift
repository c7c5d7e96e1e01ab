import CGuardianShim
import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Names an object seen through another mount namespace in Guardian's own, where decisions are
/// taken: a bind mount of `~/.aws` at `/tmp/x` inside the agent's namespace reads as `~/.aws`.
/// An object that cannot be placed is refused.
final class MountPlacement: Sendable {
    let hostMounts: HostMounts
    /// Where mounts of the tree's own namespaces show (mountinfo entries, mount points as the
    /// kernel names them for Guardian), by unique mount id.
    private let placements = Mutex<[UInt64: MountEntry]>([:])

    static let rule = RuleMatch(
        id: "guardian.unplaceable-mount", decision: .deny,
        reason: "the file is on a filesystem mounted inside the agent's namespace that Guardian cannot map to its own view (overlay, FUSE, a hidden mount)"
    )

    init(hostMounts: HostMounts = HostMounts()) {
        self.hostMounts = hostMounts
    }

    /// The name in Guardian's view of `fd`, which the kernel names `view` (relative to the root
    /// of `tid`'s mount namespace).
    func place(_ view: [UInt8], _ fd: Int32, tid: pid_t) throws(ResolutionError) -> [UInt8] {
        let mount = gd_mount_id(fd)
        let host = hostMounts.current()
        if host.ids.contains(mount) { return view }
        // Mounts by their never-reused id: a mount's filesystem root never changes, and where it
        // shows in the kernel's names changes only if it is moved — then the placing below fails
        // its identity check and is redone from a fresh mountinfo.
        let unique = gd_mount_id_unique(fd)
        if unique != 0, let cached = placements.withLock({ $0[unique] }) {
            if let placed = place(view, fd, on: cached, host: host.entries) { return placed }
            _ = placements.withLock { $0.removeValue(forKey: unique) }
        }
        // mountinfo names mount points from the task's root; the kernel names `view` from the
        // root of the task's mount namespace. They differ by where the root is (a chroot).
        guard let text = ProcessTree.readBytes("/proc/\(tid)/mountinfo", limit: 4 << 20),
              var entry = MountInfo.parse(text).first(where: { $0.id == mount }),
              let root = PathResolver.readlink(fd: AT_FDCWD, name: Array("/proc/\(tid)/root".utf8))
        else { throw .unplaceable }
        if root != [UInt8(ascii: "/")] { entry.mountPoint = MountInfo.rebase(entry.mountPoint, from: [UInt8(ascii: "/")], onto: root) }
        guard let placed = place(view, fd, on: entry, host: host.entries) else { throw .unplaceable }
        if unique != 0 {
            placements.withLock {
                if $0.count >= 4096 { $0.removeAll(keepingCapacity: true) }
                $0[unique] = entry
            }
        }
        return placed
    }

    /// The name in Guardian's view of the object `fd` on a mount of another namespace, or nil.
    private func place(_ view: [UInt8], _ fd: Int32, on entry: MountEntry, host: [MountEntry]) -> [UInt8]? {
        if let placed = MountInfo.hostPath(of: view, on: entry, host: host) {
            // The name must lead to this very object in Guardian's view, or the placing is wrong
            // (a mount over it there): refuse rather than decide on another file.
            var mine = stat(), there = stat()
            let same = fstat(fd, &mine) == 0 && placed.withCString { lstat($0, &there) } == 0
                && FileIdentity(mine) == FileIdentity(there)
            return same ? placed : nil
        }
        if MountInfo.selfContained.contains(entry.fsType) && !host.contains(where: { $0.device == entry.device }) {
            guard MountInfo.isAncestor(entry.mountPoint, of: view) else { return nil }
            return view
        }
        return nil
    }
}
