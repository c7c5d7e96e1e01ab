import CGuardianShim
import Foundation
import Testing
@testable import GuardianSupervisor

/// What resolution hands the handlers so they need not ask the kernel again: the object's
/// `stat` (taken with the mount's never-reused id in one statx), and whether its filesystem
/// keeps names, asked once per mount.
@Suite struct ResolutionStatTests {
    /// Objects of every kind on every sort of mount this machine has.
    static let paths = ["/", "/tmp", "/etc/hostname", "/usr/include/stdio.h", "/bin/sh", "/dev/null", "/dev/shm",
                        "/proc/self/status", "/proc/1", "/sys/kernel", "/lib/x86_64-linux-gnu/libc.so.6"]

    /// Field by field; the times and sizes only of files nothing writes here (a directory such
    /// as /tmp or /dev/shm changes whenever anyone makes a file in it).
    static func same(_ a: stat, _ b: stat) -> Bool {
        let steady = a.st_mode & S_IFMT != S_IFDIR
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_mode == b.st_mode
            && a.st_uid == b.st_uid && a.st_gid == b.st_gid && a.st_rdev == b.st_rdev && a.st_blksize == b.st_blksize
            && (!steady || (a.st_nlink == b.st_nlink && a.st_size == b.st_size && a.st_blocks == b.st_blocks
                && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
                && a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec))
    }

    @Test func oneStatxGivesWhatFstatAndTheMountIdGive() {
        for path in Self.paths {
            for nofollow in [false, true] {
                let fd = open(path, GD_O_PATH | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0))
                guard fd >= 0 else { continue }
                defer { close(fd) }
                var expected = stat()
                #expect(fstat(fd, &expected) == 0)
                var got = stat()
                var mount: UInt64 = 7
                #expect(gd_fstat_mount(fd, &got, &mount) == 0, "\(path)")
                #expect(Self.same(expected, got), "\(path) nofollow=\(nofollow)")
                #expect(mount == gd_mount_id_unique(fd), "\(path)")
            }
        }
        var st = stat()
        var mount: UInt64 = 7
        #expect(gd_fstat_mount(-1, &st, &mount) == -EBADF)
        #expect(mount == 0)
    }

    @Test func theVerdictPerMountIsTheFilesystemsOwn() {
        let folding = CaseFolding()
        for _ in 0..<2 {  // the second time from what the first remembered
            for path in Self.paths {
                let fd = open(path, GD_O_PATH | O_CLOEXEC)
                guard fd >= 0 else { continue }
                defer { close(fd) }
                let mount = gd_mount_id_unique(fd)
                #expect(folding.keepsNames(fd, mount: mount) == folding.keepsNames(fd), "\(path)")
                if mount != 0 { #expect(folding.byMount.verdict(mount) == folding.keepsNames(fd), "\(path)") }
            }
        }
        // Without an id (a kernel before 6.8) nothing is remembered; a failed question says no.
        let unknown = CaseFolding()
        let fd = open("/tmp", GD_O_PATH | O_CLOEXEC)
        defer { close(fd) }
        _ = unknown.keepsNames(fd, mount: 0)
        #expect(unknown.byMount.verdict(0) == nil)
        #expect(!unknown.keepsNames(-1, mount: 12345))
        #expect(unknown.byMount.verdict(12345) == nil)
    }

    @Test func aMountsVerdictIsRememberedWithinItsBound() {
        let verdicts = MountVerdicts()
        for id in 1...UInt64(MountVerdicts.capacity) { verdicts.remember(id, id % 2 == 0) }
        #expect(verdicts.verdict(2) == true && verdicts.verdict(3) == false)
        verdicts.remember(UInt64(MountVerdicts.capacity) + 1, true)
        #expect(verdicts.verdict(2) == nil)
        #expect(verdicts.verdict(UInt64(MountVerdicts.capacity) + 1) == true)
    }

    /// The stat an object is handed with is its fd's own, by either road (the named shortcut
    /// or the general walk), and the general resolution's agrees with fstat too.
    @Test func theCarriedStatIsTheObjectsOwn() throws {
        let resolver = PathResolver(tree: ProcessTree())
        var carried = 0
        for path in Self.paths + ["/proc/self/fd/0", "/dev/fd/0", "/etc/../etc/hostname"] {
            let bytes = Array(path.utf8)
            let start = try resolver.start(tid: getpid(), dirfd: AT_FDCWD, path: bytes)
            defer { start.close() }
            guard let object = try? resolver.resolveNamed(tid: getpid(), start, path: bytes, followLast: true) else { continue }
            defer { close(object.fd) }
            var expected = stat()
            #expect(fstat(object.fd, &expected) == 0)
            if let st = object.stat {
                carried += 1
                #expect(Self.same(expected, st), "\(path)")
            }
            let (fd, st) = try resolver.resolveWithStat(tid: getpid(), start, path: bytes, followLast: true)
            defer { close(fd) }
            var again = stat()
            #expect(fstat(fd, &again) == 0)
            if let st { #expect(Self.same(again, st), "\(path)") }
        }
        #expect(carried > 0)
    }

    @Test func aPathReachesCAsItsBytesAndANul() {
        for length in [0, 1, 15, 16, 255, 1023, 1024, 1025, 4095, 4096, 9000] {
            let bytes = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            let back = bytes.withCString { p -> [UInt8] in
                #expect(strlen(p) == length)
                return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: length + 1))
            }
            #expect(back == bytes + [0], "\(length)")
        }
    }

    @Test func accessesOfAnOpenAsItsFlagsSay() {
        #expect(accesses(forOpenFlags: O_RDONLY, creating: false, trapDeletes: false) == [.read])
        #expect(accesses(forOpenFlags: O_WRONLY, creating: false, trapDeletes: false) == [.write])
        #expect(accesses(forOpenFlags: O_RDWR, creating: false, trapDeletes: false) == [.read, .write])
        #expect(accesses(forOpenFlags: O_WRONLY | O_TRUNC, creating: true, trapDeletes: false) == [.write, .create, .delete])
        #expect(accesses(forOpenFlags: O_RDONLY | O_TRUNC, creating: false, trapDeletes: false) == [.read, .delete])
        #expect(accesses(forOpenFlags: GD_O_PATH, creating: false, trapDeletes: false) == [])
        // The shared arrays are not changed by an append to one caller's copy.
        #expect(accesses(forOpenFlags: O_RDONLY, creating: false, trapDeletes: false) == [.read])
    }
}
