import CGuardianShim
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An object resolved for a decision, with the path decisions are taken on.
struct NamedObject {
    /// An O_PATH fd on the object; the caller closes it.
    var fd: Int32
    /// Its real path in Guardian's view.
    var path: [UInt8]
    /// Whether the path is the kernel's answer (readlink) rather than the path as given.
    var askedKernel: Bool
    /// The object's `stat`, when resolving took it (the handler need not take it again); the
    /// fd is the object's for good, so its identity and type are the same later.
    var stat: stat?
}

extension PathResolver {
    /// Resolves `path` and names the object, as `resolve` then `decisionPath` would.
    ///
    /// The kernel's name for an object (readlink of /proc/self/fd/N) is the dearest part of an
    /// allowed open. It is not needed when the path itself is that name: an absolute path with
    /// no empty, `.` or `..` component that resolves with RESOLVE_NO_SYMLINKS from Guardian's
    /// root walked exactly the components it spells, so the dentry it reached is named by
    /// them — on a filesystem whose lookups do not fold case (where `/HOME/U/.SSH/ID_RSA` would
    /// reach `/home/u/.ssh/id_rsa`). Everything else — a symlink on the way, a relative path,
    /// procfs, a tree with namespaces of its own, the target's own RESOLVE_* flags — takes the
    /// general walk and asks the kernel.
    func resolveNamed(tid: pid_t, _ start: Start, path: [UInt8], followLast: Bool, resolve: UInt64 = 0) throws(ResolutionError) -> NamedObject {
        if resolve == 0, start.root < 0, start.base == AT_FDCWD, PathResolver.isCanonicalAbsolute(path),
           !namespaced.load(ordering: .acquiring), !symlinkedPaths.contains(path) {
            let flags = UInt64(GD_O_PATH | O_CLOEXEC | (followLast ? 0 : O_NOFOLLOW))
            let fd = path.withCString { gd_openat2(AT_FDCWD, $0, flags, 0, GD_RESOLVE_NO_SYMLINKS | GD_RESOLVE_NO_MAGICLINKS) }
            if fd >= 0 {
                var st = stat()
                var mount: UInt64 = 0
                if gd_fstat_mount(fd, &st, &mount) == 0, UInt64(st.st_dev) != procDevice, !otherProcDevices.contains(UInt64(st.st_dev)),
                   caseFolding.keepsNames(fd, mount: mount) {
                    return NamedObject(fd: fd, path: path, askedKernel: false, stat: st)
                }
                close(fd)
            } else if fd == -ELOOP {
                // A symlink on the way: paths repeat (the loader's, a shell's PATH search), so
                // this one goes straight to the general walk from now on.
                symlinkedPaths.insert(path)
            } else if (fd == -ENOENT || fd == -ENOTDIR) && !PathResolver.mayMeetProcSelf(path) {
                // Every component up to the missing one is a real directory the general walk
                // would cross the same way: its answer is this one.
                throw .errno(-fd)
            }
        }
        let (fd, st) = try resolveWithStat(tid: tid, start, path: path, followLast: followLast, resolve: resolve)
        do { return NamedObject(fd: fd, path: try decisionPath(of: fd, tid: tid), askedKernel: true, stat: st) } catch {
            close(fd)
            throw error
        }
    }

    /// `/a/b`: absolute, no empty, `.` or `..` component, no trailing slash, not `/` alone.
    static func isCanonicalAbsolute(_ path: [UInt8]) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        guard path.count > 1, path[0] == slash, path[path.count - 1] != slash else { return false }
        return path.withUnsafeBufferPointer { p in
            var componentStart = 1
            var i = 1
            while i <= p.count {
                if i == p.count || p[i] == slash {
                    let length = i - componentStart
                    if length == 0 { return false }
                    if p[componentStart] == dot && (length == 1 || (length == 2 && p[componentStart + 1] == dot)) { return false }
                    componentStart = i + 1
                }
                i += 1
            }
            return true
        }
    }
}

/// Paths whose lexical resolution met a symlink: a hint that sends them to the general walk
/// first. Bounded; it only ever costs speed, never a decision.
final class SymlinkedPaths: Sendable {
    private let paths = Mutex<Set<[UInt8]>>([])
    static let capacity = 4096

    func contains(_ path: [UInt8]) -> Bool {
        paths.withLock { $0.contains(path) }
    }

    func insert(_ path: [UInt8]) {
        paths.withLock {
            if $0.count >= SymlinkedPaths.capacity { $0.removeAll(keepingCapacity: true) }
            $0.insert(path)
        }
    }
}

/// Whether a filesystem's lookups keep names as spelled. Case-folding lookups (ext4, f2fs and
/// tmpfs directories with the casefold attribute; vfat, exfat, ntfs, SMB; XFS made with
/// ascii-ci) reach an entry under a spelling that is not its name. Known not to: btrfs
/// (it has no casefolding), and ext4, tmpfs and overlayfs when the kernel has no Unicode
/// casefolding at all — which its ext4 feature list shows (`casefold` is listed whenever
/// CONFIG_UNICODE is built).
struct CaseFolding: Sendable {
    /// Filesystem magic numbers whose lookups keep names as spelled on this kernel.
    let keepingTypes: Set<Int>
    /// The verdict per mount, by its never-reused id (`keepsNames(_:mount:)`).
    let byMount = MountVerdicts()

    static let btrfs = 0x9123_683E, ext4 = 0xEF53, tmpfs = 0x0102_1994, overlay = 0x794C_7630

    init(featureDirectory: String = "/sys/fs") {
        func exists(_ p: String) -> Bool { access(p, F_OK) == 0 }
        let noUnicode = exists(featureDirectory + "/ext4/features")
            && !["ext4", "f2fs", "tmpfs", "bcachefs"].contains { exists(featureDirectory + "/\($0)/features/casefold") }
        keepingTypes = noUnicode ? [Self.btrfs, Self.ext4, Self.tmpfs, Self.overlay] : [Self.btrfs]
    }

    func keepsNames(_ fd: Int32) -> Bool {
        let type = gd_fs_type(fd)
        return type >= 0 && keepingTypes.contains(Int(type))
    }

    /// `keepsNames(fd)` for an fd on the mount whose never-reused id (STATX_MNT_ID_UNIQUE) is
    /// `mount`: a mount keeps its superblock, and so its filesystem type, for its whole life, and
    /// a mount put in its place has another id — so the verdict is asked once per mount. Without
    /// an id (0: a kernel before 6.8) every call asks; a failed question is not remembered.
    func keepsNames(_ fd: Int32, mount: UInt64) -> Bool {
        if mount != 0, let known = byMount.verdict(mount) { return known }
        let type = gd_fs_type(fd)
        guard type >= 0 else { return false }
        let keeps = keepingTypes.contains(Int(type))
        if mount != 0 { byMount.remember(mount, keeps) }
        return keeps
    }
}

/// Whether a mount's filesystem keeps names, by the mount's never-reused id. Bounded; cleared
/// when full, which only costs the question again.
final class MountVerdicts: Sendable {
    private let verdicts = Mutex<[UInt64: Bool]>([:])
    static let capacity = 1024

    func verdict(_ mount: UInt64) -> Bool? {
        verdicts.withLock { $0[mount] }
    }

    func remember(_ mount: UInt64, _ keeps: Bool) {
        verdicts.withLock {
            if $0.count >= MountVerdicts.capacity { $0.removeAll(keepingCapacity: true) }
            $0[mount] = keeps
        }
    }
}
