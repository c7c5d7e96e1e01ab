import Testing
@testable import GuardianSupervisor
#if canImport(Glibc)
import Glibc
#endif

/// Reading an exec's path, argv and environment out of a process — here our own, through the
/// same process_vm_readv — in two reads must give what reading each piece on its own gives,
/// including the errors at an unreadable page.
@Suite struct TargetMemoryTests {
    /// Three pages; the third is PROT_NONE.
    final class Pages {
        let base: UnsafeMutableRawPointer
        init() {
            base = mmap(nil, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)!
            mprotect(base + 2 * 4096, 4096, PROT_NONE)
        }
        deinit { munmap(base, 3 * 4096) }
        func address(_ offset: Int) -> UInt64 { UInt64(UInt(bitPattern: base + offset)) }
        /// Writes a NUL-terminated string; returns its address.
        @discardableResult
        func put(_ s: String, at offset: Int, terminated: Bool = true) -> UInt64 {
            let bytes = Array(s.utf8) + (terminated ? [0] : [])
            for (i, b) in bytes.enumerated() { base.storeBytes(of: b, toByteOffset: offset + i, as: UInt8.self) }
            return address(offset)
        }
        /// Writes a NULL-terminated pointer array; returns its address.
        func array(_ pointers: [UInt64], at offset: Int, terminated: Bool = true) -> UInt64 {
            for (i, p) in (pointers + (terminated ? [0] : [])).enumerated() { base.storeBytes(of: p, toByteOffset: offset + i * 8, as: UInt64.self) }
            return address(offset)
        }
    }

    static let names = EnvironmentNames(["AWS_PROFILE", "RAILWAY_ENVIRONMENT"])
    static let memory = TargetMemory(pid: getpid())

    enum Outcome: Equatable {
        case read([UInt8], [String], NamedEnvironment)
        case failed(Int32)
    }

    static func together(_ path: UInt64, _ argv: UInt64, _ envp: UInt64) -> Outcome {
        do {
            let e = try memory.exec(path: path, argv: argv, envp: envp, names: names)
            return .read(e.path, e.argv, e.environment)
        } catch { return .failed(error.rawValue) }
    }

    static func apart(_ path: UInt64, _ argv: UInt64, _ envp: UInt64) -> Outcome {
        do {
            return .read(try memory.bytes(at: path), try memory.strings(at: argv), try memory.environment(at: envp, names: names))
        } catch { return .failed(error.rawValue) }
    }

    @Test func contiguousLikeAStack() {
        let pages = Pages()
        defer { withExtendedLifetime(pages) {} }  // mapped until every read of it is done
        var at = 1024
        var argv: [UInt64] = []
        var env: [UInt64] = []
        for a in ["git", "status", "--short", String(repeating: "x", count: 600)] {
            argv.append(pages.put(a, at: at)); at += a.utf8.count + 1
        }
        for e in ["PATH=/bin", "AWS_PROFILE=prod", "HOME=/root", "RAILWAY_ENVIRONMENT=" + String(repeating: "s", count: 300), "AWS_PROFILE=dev"] {
            env.append(pages.put(e, at: at)); at += e.utf8.count + 1
        }
        let path = pages.put("/usr/bin/git", at: at)
        let a = pages.array(argv, at: 0)
        let e = pages.array(env, at: 512)
        let got = Self.together(path, a, e)
        #expect(got == Self.apart(path, a, e))
        #expect(got == .read(Array("/usr/bin/git".utf8), ["git", "status", "--short", String(repeating: "x", count: 600)],
                             NamedEnvironment(values: ["AWS_PROFILE": "prod", "RAILWAY_ENVIRONMENT": String(repeating: "s", count: 300)],
                                              conflicting: ["AWS_PROFILE"])))
    }

    @Test func scatteredAndAcrossPages() {
        let pages = Pages()
        defer { withExtendedLifetime(pages) {} }  // mapped until every read of it is done
        // A string that starts 10 bytes before the end of page 0 and ends on page 1; a path
        // longer than the first read.
        let long = pages.put("AWS_PROFILE=staging-account", at: 4096 - 10)
        let path = pages.put("/" + String(repeating: "d", count: 400) + "/bin", at: 4096 + 100)
        let a = pages.array([pages.put("b", at: 3000), pages.put("a", at: 200)], at: 0)
        let e = pages.array([long, pages.put("X=1", at: 2500)], at: 3500)
        let got = Self.together(path, a, e)
        #expect(got == Self.apart(path, a, e))
        #expect(got == .read(Array(("/" + String(repeating: "d", count: 400) + "/bin").utf8), ["b", "a"], NamedEnvironment(values: ["AWS_PROFILE": "staging-account"])))

        // A pointer array that crosses onto the next page, and one longer than the first read.
        let other = Pages()
        defer { withExtendedLifetime(other) {} }  // mapped until every read of it is done
        let many = (0..<100).map { other.put("a\($0)", at: 2000 + $0 * 8) }
        let crossing = other.array([other.put("AWS_PROFILE=x", at: 3000)], at: 4096 - 8)
        let long2 = other.array(many, at: 4096 + 16)
        let p2 = other.put("/bin/sh", at: 100)
        let got2 = Self.together(p2, long2, crossing)
        #expect(got2 == Self.apart(p2, long2, crossing))
        #expect(got2 == .read(Array("/bin/sh".utf8), (0..<100).map { "a\($0)" }, NamedEnvironment(values: ["AWS_PROFILE": "x"])))
    }

    @Test func unreadable() {
        let pages = Pages()
        defer { withExtendedLifetime(pages) {} }  // mapped until every read of it is done
        let ok = pages.put("ok", at: 100)
        let cut = pages.put("AWS_P", at: 2 * 4096 - 5, terminated: false)  // runs into the guard page
        let path = pages.put("/bin/true", at: 300)
        let cases: [(UInt64, UInt64, UInt64)] = [
            (path, pages.array([ok, cut], at: 0), pages.array([ok], at: 1000)),                       // an argument runs off
            (path, pages.array([ok], at: 0), pages.array([cut], at: 1000)),                           // a variable runs off
            (path, pages.array([ok, ok], at: 2 * 4096 - 16, terminated: false), pages.array([ok], at: 1000)),  // argv never ends
            (pages.put("/bi", at: 2 * 4096 - 3, terminated: false), pages.array([ok], at: 0), 0),  // the path runs off
            (0, pages.array([ok], at: 0), 0),
            (path, 0, 0),
        ]
        for (p, a, e) in cases {
            #expect(Self.together(p, a, e) == Self.apart(p, a, e))
        }
        #expect(Self.together(path, pages.array([ok, cut], at: 0), 0) == .failed(EFAULT))
    }

    @Test func headsMergeAndSplit() throws {
        let pages = Pages()
        defer { withExtendedLifetime(pages) {} }  // mapped until every read of it is done
        var addresses: [UInt64] = []
        var strings: [String] = []
        var at = 0
        for i in 0..<400 {
            let s = "v\(i)=" + String(repeating: "z", count: i % 7 == 0 ? 300 : i % 13)
            if at + s.utf8.count + 1 > 2 * 4096 { break }
            addresses.append(pages.put(s, at: at))
            strings.append(s)
            // Mostly back to back; now and then a gap wider than a range may bridge.
            at += s.utf8.count + 1 + (i % 9 == 0 ? 700 : 0)
        }
        let heads = try Self.memory.heads(addresses)
        for (i, h) in heads.enumerated() {
            let want = Array(strings[i].utf8)
            if h.complete {
                #expect(Array(h.bytes) == want)
            } else {
                #expect(want.starts(with: h.bytes) && (h.bytes.count == 256 || Self.pageEnd(addresses[i], h.bytes.count)))
            }
        }
        // Another order, and repeats, read the same.
        let order = addresses.reversed() + addresses.prefix(3) + addresses.shuffled()
        let again = try Self.memory.heads(Array(order))
        for (h, a) in zip(again, order) {
            let i = addresses.firstIndex(of: a)!
            #expect(h.complete == heads[i].complete && Array(h.bytes) == Array(heads[i].bytes))
        }
        // A string on the unreadable page comes back empty; those after it are still read.
        let mixed = [addresses[1], Self.guardAddress(pages), addresses[2]]
        let m = try Self.memory.heads(mixed)
        #expect(m[0].complete && m[1].bytes.isEmpty && !m[1].complete && m[2].complete)
    }

    static func guardAddress(_ pages: Pages) -> UInt64 { pages.address(2 * 4096 + 8) }

    static func pageEnd(_ address: UInt64, _ count: Int) -> Bool { (address + UInt64(count)) & 4095 == 0 }

    @Test func processMemoryFilesReadInOneGo() throws {
        // A child with an environment larger than the first read (16 KiB) and a long argv.
        let env = (0..<400).map { "GUARDIAN_TEST_FILLER_\($0)=" + String(repeating: "v", count: 100) }
        let argv: [String] = ["/bin/sh", "-c", "sleep 5; :", "sh"] + (0..<300).map { "arg\($0)-" + String(repeating: "a", count: 60) }
        let cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        let cArgv: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { (cEnv + cArgv).forEach { free($0) } }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, "/bin/sh", nil, nil, cArgv, cEnv) == 0)
        defer { kill(pid, SIGKILL); var st: Int32 = 0; waitpid(pid, &st, 0) }
        usleep(100_000)
        for name in ["cmdline", "environ"] {
            let path = "/proc/\(pid)/\(name)"
            let once = ProcessTree.readProcessMemoryFile(path, limit: 4 << 20)
            #expect(once != nil && once!.count > 16384)
            #expect(once == ProcessTree.readBytes(path, limit: 4 << 20))
        }
        // The limit is where it stops.
        #expect(ProcessTree.readProcessMemoryFile("/proc/\(pid)/environ", limit: 100)?.count == 100)
        #expect(ProcessTree.readProcessMemoryFile("/proc/\(pid)/no-such-file", limit: 100) == nil)
    }
}
