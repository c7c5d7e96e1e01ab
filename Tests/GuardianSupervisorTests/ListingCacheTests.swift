#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GuardianSupervisor

/// The pin walk's listings kept from one session to the next: a directory unchanged since is
/// not read again and gives the same walk; one changed, replaced, changed within the racy
/// window or on a filesystem whose ctime is not the local kernel's is read; a cache file that
/// is damaged, not this user's or writable by others, or that names what no directory holds, is
/// not believed.
@Suite struct ListingCacheTests {
    typealias Tree = ProgramIdentityTests.Tree

    /// A wall clock ahead of the tree's ctimes: the directories just made count as settled.
    static let later = Int64(time(nil)) + 60

    /// A HOME with nested dot-directories, files and a symlink.
    static func home() -> Tree {
        let t = Tree()
        t.directory("home")
        for dir in [".keys", ".keys/deeper", ".keys/deeper/still", ".config", ".config/app", ".other"] { t.directory("home/" + dir) }
        for i in 0..<12 { t.file("home/.keys/k\(i)", "key") }
        t.file("home/.keys/deeper/id", "key")
        t.file("home/.keys/deeper/still/id2", "key")
        t.file("home/.config/app/settings ün\u{1}code", "x")
        t.file("home/.other/x", "x")
        symlink("/etc", t.root + "/home/.keys/link")
        return t
    }

    /// A walk of `t`'s HOME with `cache`, the directories it read, and the files it visited.
    static func walk(_ t: Tree, cache: ListingCache?, budget: Int = .max) -> (listing: PinListing, reads: [String], visited: [String]) {
        var reads: [String] = []
        var listing = PinListing(root: t.root + "/home", budget: budget, cache: cache) { path in
            reads.append(path)
            return directoryEntries(path)
        }
        let visited = listing.takeVisited().files.flatMap { d in d.names.map { d.directory + "/" + $0 } }
        return (listing, reads, visited)
    }

    /// A first session's walk, its cache written.
    static func cached(_ t: Tree) -> String {
        let file = t.root + "/state/cache"
        let first = ListingCache(file: file, now: later)
        _ = walk(t, cache: first)
        first.save(complete: true)
        return file
    }

    @Test func anUnchangedHomeIsNotReadAgainAndWalksTheSame() {
        let t = Self.home()
        let file = t.root + "/state/cache"
        let first = ListingCache(file: file, now: Self.later)
        let before = Self.walk(t, cache: first)
        first.save(complete: true)
        #expect(before.reads.count == 7 && before.listing.summary == (7, 0), "\(before.reads)")
        let second = ListingCache(file: file, now: Self.later)
        #expect(second.count == 7)
        let after = Self.walk(t, cache: second)
        #expect(after.reads.isEmpty, "\(after.reads)")
        #expect(after.listing.summary == (7, 7))
        #expect(after.visited == before.visited, "the same files in the same order")
        #expect(after.visited.count == 16)
        // The same cut at a budget: the walk's order is the listing's, from the cache too.
        let cut = Self.walk(t, cache: ListingCache(file: file, now: Self.later), budget: 9)
        #expect(cut.visited == Self.walk(t, cache: nil, budget: 9).visited)
    }

    @Test func aDirectoryChangedOrReplacedIsReadAgain() {
        let t = Self.home()
        let file = Self.cached(t)
        // Past the coarsest tick a ctime is stamped from (a change in the listing's own tick
        // is what the racy window covers; here the clock is moved on instead).
        usleep(30_000)
        t.file("home/.keys/deeper/new", "key")                      // a name added
        rename(t.root + "/home/.other", t.root + "/home/.moved")    // a name renamed (a moved directory changes too)
        _ = system("rm -rf '\(t.root)/home/.config/app' && mkdir '\(t.root)/home/.config/app'")  // replaced
        let second = ListingCache(file: file, now: Self.later)
        let after = Self.walk(t, cache: second)
        let home = t.root + "/home"
        #expect(Set(after.reads) == [home, home + "/.keys/deeper", home + "/.moved", home + "/.config", home + "/.config/app"], "\(after.reads)")
        #expect(after.visited.contains(home + "/.keys/deeper/new") && after.visited.contains(home + "/.moved/x"))
        #expect(!after.visited.contains { $0.hasPrefix(home + "/.config/app/") })
        #expect(after.visited == Self.walk(t, cache: nil).visited)
        second.save(complete: true)
        // Written anew: a third session reads nothing.
        #expect(Self.walk(t, cache: ListingCache(file: file, now: Self.later)).reads.isEmpty)
    }

    /// A walk cut at its budget writes what it found and keeps the directories it did not reach;
    /// a complete one keeps only what it found (a directory gone is not kept for ever).
    @Test func aWalkCutAtItsBudgetKeepsWhatItDidNotReach() {
        let t = Self.home()
        let file = Self.cached(t)
        usleep(30_000)
        t.file("home/.new", "x")  // HOME changed: read again, the cache out of date
        let cut = ListingCache(file: file, now: Self.later)
        #expect(Self.walk(t, cache: cut, budget: 2).reads == [t.root + "/home"])
        cut.save(complete: false)
        #expect(ListingCache(file: file, now: Self.later).count == 7)
        #expect(Self.walk(t, cache: ListingCache(file: file, now: Self.later)).reads.isEmpty)
        usleep(30_000)
        _ = system("rm -rf '\(t.root)/home/.keys' '\(t.root)/home/.new'")
        let whole = ListingCache(file: file, now: Self.later)
        #expect(Self.walk(t, cache: whole).reads == [t.root + "/home"])
        whole.save(complete: true)
        #expect(ListingCache(file: file, now: Self.later).count == 4)
    }

    /// A session that ended while it wrote the cache left its temporary file: the next write
    /// removes it, and leaves those of live processes alone.
    @Test func anAbandonedTemporaryFileIsRemovedByTheNextWrite() {
        let t = Self.home()
        let file = Self.cached(t)
        // A PID no process can have: past the kernel's highest (PID_MAX_LIMIT, 2^22).
        let abandoned = file + ".\((1 << 22) + 1)"
        let live = file + ".1"  // init
        for path in [abandoned, live] { close(open(path, O_WRONLY | O_CREAT, 0o600)) }
        usleep(30_000)
        t.file("home/.new", "x")
        let cache = ListingCache(file: file, now: Self.later)
        _ = Self.walk(t, cache: cache)
        cache.save(complete: true)
        #expect(access(abandoned, F_OK) != 0)
        #expect(access(live, F_OK) == 0)
        #expect(access(file + ".\(getpid())", F_OK) != 0, "its own was renamed into place")
    }

    /// A session's listing is written after its start: by the walk past the budget when it
    /// ends (LatePins), and at the session's end for what the start walked.
    @Test func theCacheIsWrittenAfterTheStart() throws {
        let t = Self.home()
        let file = t.root + "/state/cache"
        let home = t.root + "/home"
        let policy = HardeningUnitTests.KeysPolicy(home: home, deletes: true)
        // A start cut at 4 entries, its pins walked on to the policy's budget on a copy.
        let listed = PinnedFiles.startListing(roots: [home], budget: 4, cache: file, now: Self.later)
        let pins = PinnedFiles(policy: policy, listed: listed)
        #expect(pins.finish().late == nil && listed.get()[0].isComplete == false)
        #expect(access(file, F_OK) != 0, "not written during the start")
        // The session's end: what every copy of the walk learnt.
        pins.saveListingCache()
        #expect(ListingCache(file: file, now: Self.later).count == 7)
        #expect(Self.walk(t, cache: ListingCache(file: file, now: Self.later)).reads.isEmpty)
        // That walk ended: a directory gone since is dropped from the file, not kept for ever.
        usleep(30_000)
        _ = system("rm -rf '\(home)/.other'")
        let again = PinnedFiles(policy: policy, listed: PinnedFiles.startListing(roots: [home], budget: 4, cache: file, now: Self.later))
        again.saveListingCache()
        #expect(ListingCache(file: file, now: Self.later).count == 6)
        // The walk past the budget writes it when it ends.
        try #require(unlink(file) == 0)
        let cut = PinListing(root: home, budget: 4, cache: ListingCache(file: file, now: Self.later))
        LatePins.start([cut], policy: policy, protection: policy.readProtection()).waitUntilDone()
        // Written just after its pins are there (nothing waits for it).
        for _ in 0..<200 where access(file, F_OK) != 0 { usleep(10_000) }
        #expect(ListingCache(file: file, now: Self.later).count == 6)
    }

    @Test func aDirectoryChangedJustBeforeItsListingIsNotKept() {
        let t = Self.home()
        let file = t.root + "/state/cache"
        // The real clock: every directory was made within the racy window.
        let first = ListingCache(file: file)
        _ = Self.walk(t, cache: first)
        first.save(complete: true)
        let again = Self.walk(t, cache: ListingCache(file: file, now: Self.later))
        #expect(again.reads.count == 7 && again.listing.summary.fromCache == 0)
    }

    @Test func aFilesystemWhoseCtimeIsNotTheKernelsIsAlwaysRead() {
        let t = Tree()
        let file = t.root + "/cache"
        // sysfs: not among the trusted filesystems.
        let first = ListingCache(file: file, now: Self.later)
        #expect(first.list("/sys/kernel", listing: directoryEntries).hit == false)
        first.save(complete: true)
        #expect(ListingCache(file: file, now: Self.later).list("/sys/kernel", listing: directoryEntries).hit == false)
        #expect(ListingCache(file: file, now: Self.later).count == 0)
    }

    @Test func aDamagedOrForeignCacheIsNotBelieved() throws {
        let t = Self.home()
        let file = Self.cached(t)
        let bytes = try #require(ListingCache.read(file))
        func put(_ content: [UInt8], mode: mode_t) {
            _ = unlink(file)
            let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, mode)
            _ = content.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fchmod(fd, mode)
            close(fd)
        }
        /// Whether a walk with the cache as `change` leaves it reads nothing.
        func believed(_ change: () -> Void) -> Bool {
            change()
            defer { put(bytes, mode: 0o600) }
            return Self.walk(t, cache: ListingCache(file: file, now: Self.later)).reads.isEmpty
        }
        #expect(believed {})
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(!believed { put(flipped, mode: 0o600) }, "a byte changed")
        #expect(!believed { put(Array(bytes.prefix(bytes.count - 3)), mode: 0o600) }, "torn")
        #expect(!believed { put([], mode: 0o600) }, "empty")
        #expect(!believed { put(bytes, mode: 0o622) }, "writable by others")
        #expect(!believed { _ = rename(file, file + ".real"); symlink(file + ".real", file) }, "a symlink")
        if geteuid() == 0 {
            #expect(!believed { _ = chown(file, 65534, 65534) }, "another user's")
        }
        // Names no directory can hold, under a checksum that matches: that directory is read.
        var st = stat()
        #expect(lstat(t.root + "/home/.keys", &st) == 0)
        let key = ListingCache.Key(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        let changed = ListingCache.ChangeTime(seconds: Int64(st.st_ctim.tv_sec), nanoseconds: Int64(st.st_ctim.tv_nsec))
        for name in ["..", ".", "a/b", ""] {
            var body: [UInt8] = []
            ListingCache.append(key: key, changed: changed, entries: [DirectoryEntry(name: "k0", kind: UInt8(DT_REG)),
                                                                     DirectoryEntry(name: name, kind: UInt8(DT_DIR))], to: &body)
            put(ListingCache.file(count: 1, body: body), mode: 0o600)
            let walk = Self.walk(t, cache: ListingCache(file: file, now: Self.later))
            #expect(walk.reads.contains(t.root + "/home/.keys"), "\(name)")
            #expect(walk.visited == Self.walk(t, cache: nil).visited, "\(name)")
        }
    }
}
