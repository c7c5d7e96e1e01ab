#if canImport(Glibc)
import CGuardianShim
import Glibc
#endif
import Testing
@testable import GuardianSupervisor

/// Which file each program name the rules use is found as on PATH: a listing per directory
/// must find what a stat per name and directory found.
@Suite struct ProgramIdentityTests {
    /// A scratch tree: `a` and `b` hold programs, `c` is a directory that does not exist.
    final class Tree {
        let root: String
        init() {
            var template = Array("/tmp/guardian-identity-XXXXXX".utf8CString)
            root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
            mkdir(root + "/a", 0o755)
            mkdir(root + "/b", 0o755)
        }
        deinit { _ = system("rm -rf '\(root)'") }

        func file(_ path: String, _ content: String) {
            let fd = open(root + "/" + path, O_WRONLY | O_CREAT | O_TRUNC, 0o755)
            _ = content.withCString { write(fd, $0, strlen($0)) }
            close(fd)
        }

        func directory(_ path: String) { mkdir(root + "/" + path, 0o755) }
    }

    /// The lookup as it was: a stat of every name in every PATH directory.
    static func reference(_ names: Set<String>, searchPath: String) -> [String: String] {
        var found: [String: String] = [:]
        for name in names where !name.contains("/") {
            for dir in searchPath.split(separator: ":").map(String.init) where dir.hasPrefix("/") {
                var st = stat()
                let path = dir + "/" + name
                guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { continue }
                found[name] = path
                break
            }
        }
        return found
    }

    static func located(_ names: Set<String>, _ searchPath: String) -> [String: String] {
        ProgramIdentity.locate(names, searchPath: searchPath).mapValues(\.path)
    }

    @Test func pathOrderAndFallThrough() {
        let t = Tree()
        t.file("a/shadowed", "first")
        t.file("b/shadowed", "second")
        t.file("a/empty", "")           // empty: the one in b is found
        t.file("b/empty", "program")
        t.directory("a/dir")            // a directory: the one in b is found
        t.file("b/dir", "program")
        t.file("b/only", "program")
        t.file("a/unnamed", "program")  // not a name the rules use
        t.directory("b/nothing")        // nowhere a file
        symlink(t.root + "/b/only", t.root + "/a/link")
        symlink(t.root + "/missing", t.root + "/a/dangling")
        t.file("b/dangling", "program")
        let names: Set<String> = ["shadowed", "empty", "dir", "only", "nothing", "absent", "link", "dangling", "a/only", "", "."]
        let path = "\(t.root)/a:\(t.root)/c:\(t.root)/b"
        let found = Self.located(names, path)
        #expect(found == [
            "shadowed": t.root + "/a/shadowed",
            "empty": t.root + "/b/empty",
            "dir": t.root + "/b/dir",
            "only": t.root + "/b/only",
            "link": t.root + "/a/link",
            "dangling": t.root + "/b/dangling",
        ])
        #expect(found == Self.reference(names, searchPath: path))
    }

    @Test func relativeAndEmptyEntriesAreSkipped() {
        let t = Tree()
        t.file("a/tool", "program")
        t.file("b/tool", "program")
        // A relative entry that names `a` from the current directory (`../../tmp/…/a`), yet is
        // not searched.
        let cwd = getcwd(nil, 0)!
        defer { free(cwd) }
        let up = String(repeating: "../", count: String(cString: cwd).split(separator: "/").count)
        let relative = up + t.root.dropFirst() + "/a"
        #expect(access(relative + "/tool", F_OK) == 0)
        for path in ["\(relative):\(t.root)/b", "::\(t.root)/b:", "a:\(t.root)/b"] {
            #expect(Self.located(["tool"], path) == ["tool": t.root + "/b/tool"])
            #expect(Self.located(["tool"], path) == Self.reference(["tool"], searchPath: path))
        }
        #expect(Self.located(["tool"], relative).isEmpty)
    }

    @Test func trailingSlashAndRepeatedDirectories() {
        let t = Tree()
        t.file("b/tool", "program")
        let path = "\(t.root)/b/:\(t.root)/b"
        #expect(Self.located(["tool"], path) == ["tool": t.root + "/b//tool"])
        #expect(Self.located(["tool"], path) == Self.reference(["tool"], searchPath: path))
    }

    /// A directory reached again through a symlink is not looked in twice, and what it did
    /// not have is still looked for after it.
    @Test func sameDirectoryTwice() {
        let t = Tree()
        t.file("a/empty", "")
        t.file("b/empty", "program")
        t.file("a/tool", "program")
        symlink(t.root + "/a", t.root + "/again")
        let path = "\(t.root)/a:\(t.root)/again:\(t.root)/b"
        #expect(Self.located(["empty", "tool"], path) == ["empty": t.root + "/b/empty", "tool": t.root + "/a/tool"])
        #expect(Self.located(["empty", "tool"], path) == Self.reference(["empty", "tool"], searchPath: path))
    }

    /// A directory with more entries than names looked for is asked name by name, not
    /// listed: the same files are found.
    @Test func largeDirectory() {
        let t = Tree()
        for i in 0..<600 { t.file("a/entry-with-a-long-name-\(i)", "x") }
        t.file("a/tool", "program")
        t.file("a/empty", "")
        t.directory("a/dir")
        t.file("b/empty", "program")
        t.file("b/dir", "program")
        var st = stat()
        stat(t.root + "/a", &st)
        #expect(st.st_size > 4096)
        let names: Set<String> = ["tool", "empty", "dir", "absent", "entry-with-a-long-name-7"]
        let path = "\(t.root)/a:\(t.root)/b"
        #expect(Self.located(names, path) == [
            "tool": t.root + "/a/tool", "empty": t.root + "/b/empty", "dir": t.root + "/b/dir",
            "entry-with-a-long-name-7": t.root + "/a/entry-with-a-long-name-7",
        ])
        #expect(Self.located(names, path) == Self.reference(names, searchPath: path))
    }

    /// The machine's own PATH, with the names a profile uses: the same files either way.
    @Test func systemPath() {
        let names: Set<String> = ["sh", "ls", "git", "env", "true", "cat", "kubectl", "terraform", "python3", "swift", "nonexistent-program"]
        let path = (getenv("PATH").map { String(cString: $0) } ?? "") + ":/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin"
        #expect(Self.located(names, path) == Self.reference(names, searchPath: path))
    }

    /// A directory that can be searched but not listed (mode 0111) is asked about by name.
    /// Root reads any directory, so this only tells something for other users.
    @Test func searchableButUnreadable() {
        let t = Tree()
        t.file("a/tool", "program")
        chmod(t.root + "/a", 0o111)
        defer { chmod(t.root + "/a", 0o755) }
        let path = "\(t.root)/a:\(t.root)/b"
        #expect(Self.located(["tool"], path) == ["tool": t.root + "/a/tool"])
    }

    @Test func indexBySize() {
        let t = Tree()
        t.file("a/one", "12345")
        t.file("a/two", "12345")
        t.file("b/three", "123")
        let identity = ProgramIdentity(names: ["one", "two", "three"], searchPath: "\(t.root)/a:\(t.root)/b")
        // A copy of `one` under another name is recognised, as the first name of its size.
        t.file("b/copy", "12345")
        let fd = open(t.root + "/b/copy", GD_O_PATH | O_CLOEXEC)
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        #expect(identity.identify(fd: fd, st: st, basename: "copy")?.known.name == "one")
        #expect(identity.identify(fd: fd, st: st, basename: "one") == nil)
    }
}
