import CGuardianShim
import Foundation
import Testing
@testable import GuardianSupervisor

/// `resolveNamed` skips asking the kernel for an object's name when the path spelled it: it
/// must reach the same object, with the same name and the same errors, as the general walk
/// followed by readlink — for symlinks on the way and at the end, `.` and `..`, doubled and
/// trailing slashes, missing components, files where directories are expected, /proc.
@Suite struct NamedResolutionTests {
    /// The rule as first stated: split on `/`, nothing empty, nothing `.` or `..`.
    static func naiveCanonical(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.count > 1, !path.hasSuffix("/") else { return false }
        let parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    @Test func canonicalAbsoluteAnswersAsTheNaiveRule() {
        let corpus = ["/", "", "/a", "/a/b", "a/b", "/a//b", "/a/./b", "/a/../b", "/a/b/", "/.", "/..", "/...", "/.a",
                      "/a.", "/a/..b", "/a/b..", "/a/.b/c", "//a", "/a/b/.", "/a/b/..", "/usr/lib/x86_64-linux-gnu/libc.so.6"]
        for path in withEveryPrefixAndSuffix(corpus) {
            #expect(PathResolver.isCanonicalAbsolute(Array(path.utf8)) == Self.naiveCanonical(path), "\(path)")
        }
    }

    /// What the general walk answers: the object's identity and kernel name, or the errno.
    static func general(_ resolver: PathResolver, _ path: String, follow: Bool) -> Result<(UInt64, UInt64, [UInt8]), ResolutionError> {
        let bytes = Array(path.utf8)
        do {
            let start = try resolver.start(tid: getpid(), dirfd: AT_FDCWD, path: bytes)
            defer { start.close() }
            let fd = try resolver.resolve(tid: getpid(), start, path: bytes, followLast: follow)
            defer { close(fd) }
            var st = stat()
            fstat(fd, &st)
            return .success((UInt64(st.st_dev), UInt64(st.st_ino), try resolver.decisionPath(of: fd, tid: getpid())))
        } catch { return .failure(error) }
    }

    static func named(_ resolver: PathResolver, _ path: String, follow: Bool) -> Result<(UInt64, UInt64, [UInt8]), ResolutionError> {
        let bytes = Array(path.utf8)
        do {
            let start = try resolver.start(tid: getpid(), dirfd: AT_FDCWD, path: bytes)
            defer { start.close() }
            let object = try resolver.resolveNamed(tid: getpid(), start, path: bytes, followLast: follow)
            defer { close(object.fd) }
            var st = stat()
            fstat(object.fd, &st)
            return .success((UInt64(st.st_dev), UInt64(st.st_ino), object.path))
        } catch { return .failure(error) }
    }

    @Test func reachesWhatTheGeneralWalkReaches() throws {
        let base = NSTemporaryDirectory() + "guardian-named-\(getpid())"
        let fm = FileManager.default
        try? fm.removeItem(atPath: base)
        try fm.createDirectory(atPath: base + "/real/dir", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: base) }
        fm.createFile(atPath: base + "/real/dir/file", contents: Data("x".utf8))
        fm.createFile(atPath: base + "/real/secret", contents: Data("s".utf8))
        try fm.createSymbolicLink(atPath: base + "/link", withDestinationPath: base + "/real")
        try fm.createSymbolicLink(atPath: base + "/real/dir/up", withDestinationPath: "../secret")
        try fm.createSymbolicLink(atPath: base + "/real/dangling", withDestinationPath: base + "/nowhere")
        _ = link(base + "/real/secret", base + "/real/hard")
        // The machine's own symlinked trees (merged /usr) and the places a loader looks.
        let paths = [
            base + "/real/dir/file", base + "/link/dir/file", base + "/real/dir/up", base + "/real/dangling",
            base + "/real/hard", base + "/real/secret", base + "/real/dir", base + "/real//dir/file",
            base + "/real/./dir/file", base + "/real/dir/../secret", base + "/real/dir/", base + "/real/missing",
            base + "/real/missing/deeper", base + "/real/secret/notadir", base + "/link/missing", base,
            "/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/bin/sh", "/usr/include/stdio.h",
            "/etc/hostname", "/dev/null", "/dev/fd/0", "/proc/self/status", "/proc/1/status", "/proc/self", "/tmp", "/",
        ]
        let resolver = PathResolver(tree: ProcessTree())
        for follow in [true, false] {
            for path in paths {
                let expected = Self.general(resolver, path, follow: follow)
                // Twice: the second time, a path that met a symlink goes to the walk directly.
                for _ in 0..<2 {
                    let got = Self.named(resolver, path, follow: follow)
                    switch (expected, got) {
                    case let (.success(e), .success(g)):
                        #expect(e.0 == g.0 && e.1 == g.1, "object of \(path) follow=\(follow)")
                        #expect(e.2 == g.2, "name of \(path) follow=\(follow): \(String(decoding: g.2, as: UTF8.self))")
                    case let (.failure(e), .failure(g)):
                        #expect(e == g, "error of \(path) follow=\(follow)")
                    default:
                        Issue.record("\(path) follow=\(follow): general \(expected), named \(got)")
                    }
                }
            }
        }
        // The shortcut is taken where it may be, and only there.
        func askedKernel(_ path: String) -> Bool? {
            let bytes = Array(path.utf8)
            guard let start = try? resolver.start(tid: getpid(), dirfd: AT_FDCWD, path: bytes) else { return nil }
            defer { start.close() }
            guard let object = try? resolver.resolveNamed(tid: getpid(), start, path: bytes, followLast: true) else { return nil }
            close(object.fd)
            return object.askedKernel
        }
        let tmpKeeps = open(base, GD_O_PATH | O_CLOEXEC)
        let keeps = resolver.caseFolding.keepsNames(tmpKeeps)
        close(tmpKeeps)
        #expect(askedKernel(base + "/real/dir/file") == !keeps)
        #expect(askedKernel(base + "/link/dir/file") == true)
        #expect(askedKernel(base + "/real/./dir/file") == true)
        #expect(askedKernel("/proc/self/status") == true)
        #expect(resolver.symlinkedPaths.contains(Array((base + "/link/dir/file").utf8)))
        #expect(!resolver.symlinkedPaths.contains(Array((base + "/real/dir/file").utf8)))
    }

    @Test func caseFoldingKernelsKeepOnlyBtrfs() throws {
        let base = NSTemporaryDirectory() + "guardian-casefold-\(getpid())"
        let fm = FileManager.default
        try? fm.removeItem(atPath: base)
        defer { try? fm.removeItem(atPath: base) }
        try fm.createDirectory(atPath: base + "/ext4/features", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: base + "/tmpfs/features", withIntermediateDirectories: true)
        #expect(CaseFolding(featureDirectory: base).keepingTypes.contains(CaseFolding.ext4))
        #expect(CaseFolding(featureDirectory: base).keepingTypes.contains(CaseFolding.tmpfs))
        fm.createFile(atPath: base + "/tmpfs/features/casefold", contents: Data())
        #expect(CaseFolding(featureDirectory: base).keepingTypes == [CaseFolding.btrfs])
        try fm.removeItem(atPath: base + "/tmpfs/features/casefold")
        fm.createFile(atPath: base + "/ext4/features/casefold", contents: Data())
        #expect(CaseFolding(featureDirectory: base).keepingTypes == [CaseFolding.btrfs])
        // No ext4 feature list: whether Unicode casefolding is built cannot be told.
        try fm.removeItem(atPath: base + "/ext4")
        #expect(CaseFolding(featureDirectory: base).keepingTypes == [CaseFolding.btrfs])
    }

    @Test func aFilesystemThatMayFoldCaseIsAskedForTheName() throws {
        let resolver = PathResolver(tree: ProcessTree())
        guard resolver.caseFolding.keepingTypes.contains(CaseFolding.ext4) || resolver.caseFolding.keepingTypes.contains(CaseFolding.tmpfs) else { return }
        // A filesystem outside the known list (here: procfs's sibling sysfs) always takes the
        // general walk; its answer still names the object.
        let got = Self.named(resolver, "/sys/kernel", follow: true)
        guard case .success(let g) = got else { Issue.record("\(got)"); return }
        #expect(String(decoding: g.2, as: UTF8.self) == "/sys/kernel")
        let fd = open("/sys/kernel", GD_O_PATH | O_CLOEXEC)
        defer { close(fd) }
        #expect(!resolver.caseFolding.keepsNames(fd))
    }
}

/// The one-pass `/proc/self` test answers as the split-and-compare one it replaced.
@Suite struct ProcSelfPathTests {
    static func naive(_ path: [UInt8]) -> Bool {
        let parts = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
        if parts.contains(where: { $0 == Array("self".utf8) || $0 == Array("thread-self".utf8) }) { return true }
        guard let dev = parts.firstIndex(of: Array("dev".utf8)), dev + 1 < parts.count else { return false }
        return [Array("fd".utf8), Array("stdin".utf8), Array("stdout".utf8), Array("stderr".utf8)].contains(parts[dev + 1])
    }

    @Test func answersAsTheNaiveTest() {
        let corpus = ["/dev/fd/63", "/dev/stdin", "/dev//stdout", "dev/stderr", "/x/dev/fd", "/dev/dev/fd", "/dev/x/dev/fd",
                      "/proc/self/fd/3", "/proc/thread-self/fd", "/selfx", "/a/self", "self", "/dev", "/dev/", "/devfd",
                      "/dev/fdx", "/dev/null", "/proc/1/fd/3", "", "/", "//", "/usr/include/stdio.h", "/thread-self/"]
        for path in withEveryPrefixAndSuffix(corpus) {
            #expect(PathResolver.mayMeetProcSelf(Array(path.utf8)) == Self.naive(Array(path.utf8)), "\(path)")
        }
    }
}

/// Each path, and every prefix and suffix of it: boundaries are where one-pass code slips.
private func withEveryPrefixAndSuffix(_ corpus: [String]) -> [String] {
    var paths = corpus
    for p in corpus {
        let b = Array(p.utf8)
        for k in 0...b.count {
            paths.append(String(decoding: b[..<k], as: UTF8.self))
            paths.append(String(decoding: b[k...], as: UTF8.self))
        }
    }
    return paths
}
