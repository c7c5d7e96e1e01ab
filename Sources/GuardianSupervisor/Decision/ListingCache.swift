import CGuardianShim
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The pin walk's directory listings kept from one session to the next, in Guardian's state
/// directory (which the tree cannot write): a directory whose identity and change time are
/// those it had when it was listed is not read again. With a HOME at the walk's budget the
/// listing is the largest piece of a start's CPU, almost all of it the kernel's (a directory
/// read costs several microseconds and each entry more); an lstat of each directory is a
/// fraction of it.
///
/// A directory's change time (ctime) moves whenever a name in it is added, removed or renamed,
/// and no process can set it; the device and inode number tell a directory from another put in
/// its place. A listing is taken only from a directory lstat'd before it was read, so a change
/// during the reading shows as a different ctime next time. A directory changed in the two
/// seconds before it was listed is not kept (`racySeconds`): the kernel stamps ctime from a
/// clock that advances in ticks, so a change in the same tick as the listing could leave the
/// same ctime behind it. Only filesystems where ctime is the local kernel's (ext4, XFS, btrfs,
/// tmpfs, f2fs) are trusted; elsewhere (NFS, FUSE, overlay) every directory is read.
///
/// Directories are known by identity (a rename changes the ctime of the directory moved, so it
/// is read again). The file holds each directory's device, inode, ctime and entries, and a
/// checksum of the whole; a directory's entries are decoded when the walk reaches it. Anything
/// unexpected in it — a wrong size, checksum or owner, a symlink, a name no directory can hold —
/// and it is not believed: the walk reads the directory (or every directory), as without it.
///
/// It goes with its `PinListing` from thread to thread (the listing at start, then LatePins), and
/// is written at the end of the walk past the budget and at the session's end, after the agent
/// (never during the start): what it learnt is behind a lock.
final class ListingCache: Sendable {
    struct Key: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    struct ChangeTime: Equatable {
        var seconds: Int64
        var nanoseconds: Int64
    }

    /// A directory as the file has it: its entries still encoded (`bytes[range]`, `count` of them).
    struct Stored {
        var changed: ChangeTime
        var count: Int
        var range: Range<Int>
    }

    /// A directory listed or decoded this session.
    struct Listed {
        var changed: ChangeTime
        var entries: [DirectoryEntry]
    }

    /// A directory changed this close to its listing (seconds) is read again next time.
    static let racySeconds: Int64 = 2
    /// ext4, XFS, btrfs, tmpfs, f2fs (statfs f_type).
    static let trustedFilesystems: Set<Int> = [0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994, 0xF2F5_2010]
    static let magic: [UInt8] = Array("GDLC0002".utf8)
    /// A larger file is not read (a HOME's walk at the budget writes ~70 KiB).
    static let sizeLimit = 16 << 20

    let file: String
    /// Wall-clock seconds when the session began listing.
    private let now: Int64
    private let bytes: [UInt8]
    private let stored: [Key: Stored]

    private struct Learnt {
        /// What this walk listed or found unchanged.
        var kept: [Key: Listed] = [:]
        /// Stored directories found changed, or whose entries could not be decoded.
        var dropped: Set<Key> = []
        /// Whether the file no longer says what this walk found (written by `save`).
        var changed = false
        var trusted: [UInt64: Bool] = [:]
    }

    private let learnt = Mutex(Learnt())

    /// The cache in `file`, empty when there is none or it cannot be believed. `now`: the wall
    /// clock's seconds (a test moves it on to have directories it just made kept).
    init(file: String, now: Int64? = nil) {
        self.file = file
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        self.now = now ?? Int64(ts.tv_sec)
        let read = ListingCache.read(file)
        bytes = read ?? []
        stored = read.flatMap(ListingCache.index) ?? [:]
    }

    /// Directories the file holds.
    var count: Int { stored.count }

    /// The entries of the directory at `path`: kept ones when it is the directory they were
    /// kept for and unchanged since (`hit`), else `listing`'s, kept for the next session where
    /// that is safe.
    func list(_ path: String, listing: (String) -> Result<[DirectoryEntry], Errno>) -> (result: Result<[DirectoryEntry], Errno>, hit: Bool) {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return (listing(path), false) }
        let key = Key(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        let now = ChangeTime(seconds: Int64(st.st_ctim.tv_sec), nanoseconds: Int64(st.st_ctim.tv_nsec))
        if let old = stored[key] {
            if old.changed == now, let entries = decode(old) {
                learnt.withLock { $0.kept[key] = Listed(changed: now, entries: entries) }
                return (.success(entries), true)
            }
            learnt.withLock {
                $0.dropped.insert(key)
                $0.changed = true
            }
        }
        let result = listing(path)
        if case .success(let entries) = result, now.seconds < self.now - Self.racySeconds {
            learnt.withLock { learnt in
                let trusted = learnt.trusted[key.device] ?? ListingCache.trustedFilesystems.contains(gd_path_fs_type(path))
                learnt.trusted[key.device] = trusted
                if trusted {
                    learnt.kept[key] = Listed(changed: now, entries: entries)
                    learnt.changed = true
                }
            }
        }
        return (result, false)
    }

    /// Writes the cache when this walk found it out of date: what it kept, and — unless the walk
    /// is `complete` (then what it did not reach is gone) — the file's other directories. A new
    /// file is renamed into place, so a concurrent session reads the old one or the new one
    /// whole. A failure leaves the cache as it was: the next session reads more directories.
    func save(complete: Bool) {
        learnt.withLock { learnt in
            guard learnt.changed else { return }
            learnt.changed = false
            var count: UInt32 = 0
            var body: [UInt8] = []
            body.reserveCapacity(bytes.count + 4096)
            for (key, listed) in learnt.kept {
                ListingCache.append(key: key, changed: listed.changed, entries: listed.entries, to: &body)
                count += 1
            }
            if !complete {
                for (key, old) in stored where learnt.kept[key] == nil && !learnt.dropped.contains(key) {
                    ListingCache.append(key: key, changed: old.changed, count: old.count, encoded: bytes[old.range], to: &body)
                    count += 1
                }
            }
            write(ListingCache.file(count: count, body: body))
        }
    }

    /// `bytes` in place of the file.
    private func write(_ bytes: [UInt8]) {
        // The state directory, made here when this is the first session (as the event log
        // makes it: this user's only).
        if let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")), slash != file.utf8.startIndex {
            let directory = String(file[..<slash])
            _ = mkdir(directory, 0o700)
            ListingCache.removeAbandoned(in: directory, name: String(file[file.utf8.index(after: slash)...]))
        }
        let temporary = file + ".\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        let complete = ServedCopy.writeAll(fd, bytes) == 0
        if close(fd) != 0 || !complete || rename(temporary, file) != 0 {
            unlink(temporary)
        }
    }

    /// Removes the temporary files of sessions that ended while they wrote the cache (a walk
    /// past the budget still writing when the agent exited): `NAME.PID` of a PID no longer alive.
    static func removeAbandoned(in directory: String, name: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = name + "."
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)), pid > 0, pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            _ = unlinkat(dirfd(dir), entryName, 0)
        }
    }

    // MARK: the file: magic, count, then per directory device, inode, ctime (seconds,
    // nanoseconds), entry count, the entries' byte length and the entries (type, name length,
    // name); a checksum of all before it last. Little-endian.

    static func put<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) {
            out.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }

    /// The file's bytes around `count` directories `append`ed to `body`.
    static func file(count: UInt32, body: [UInt8]) -> [UInt8] {
        var out = magic
        put(count, to: &out)
        out += body
        put(checksum(out[...]), to: &out)
        return out
    }

    static func append(key: Key, changed: ChangeTime, entries: [DirectoryEntry], to out: inout [UInt8]) {
        let length = entries.reduce(0) { $0 + 5 + $1.name.utf8.count }
        out.reserveCapacity(out.count + 40 + length)
        header(key: key, changed: changed, count: entries.count, length: length, to: &out)
        for entry in entries {
            out.append(entry.kind)
            put(UInt32(entry.name.utf8.count), to: &out)
            out.append(contentsOf: entry.name.utf8)
        }
    }

    static func append(key: Key, changed: ChangeTime, count: Int, encoded: ArraySlice<UInt8>, to out: inout [UInt8]) {
        header(key: key, changed: changed, count: count, length: encoded.count, to: &out)
        out.append(contentsOf: encoded)
    }

    private static func header(key: Key, changed: ChangeTime, count: Int, length: Int, to out: inout [UInt8]) {
        put(key.device, to: &out); put(key.inode, to: &out)
        put(changed.seconds, to: &out); put(changed.nanoseconds, to: &out)
        put(UInt32(count), to: &out); put(UInt32(length), to: &out)
    }

    /// Where each directory's entries are in `bytes`, when the file is whole and well formed.
    static func index(_ bytes: [UInt8]) -> [Key: Stored]? {
        guard bytes.count >= magic.count + 12, bytes.starts(with: magic) else { return nil }
        var trailer = Reader(bytes: bytes, offset: bytes.count - 8, end: bytes.count)
        guard let sum = trailer.integer(UInt64.self), sum == checksum(bytes[..<(bytes.count - 8)]) else { return nil }
        var reader = Reader(bytes: bytes, offset: magic.count, end: bytes.count - 8)
        guard let count = reader.integer(UInt32.self), Int(count) <= reader.remaining / 40 else { return nil }
        var index: [Key: Stored] = [:]
        index.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let device = reader.integer(UInt64.self), let inode = reader.integer(UInt64.self),
                  let seconds = reader.integer(Int64.self), let nanoseconds = reader.integer(Int64.self),
                  let entries = reader.integer(UInt32.self), let length = reader.integer(UInt32.self), Int(length) <= reader.remaining
            else { return nil }
            index[Key(device: device, inode: inode)] = Stored(changed: ChangeTime(seconds: seconds, nanoseconds: nanoseconds), count: Int(entries),
                                                              range: reader.offset..<(reader.offset + Int(length)))
            reader.offset += Int(length)
        }
        return reader.remaining == 0 ? index : nil
    }

    /// A stored directory's entries; nil when they are not what a listing could give.
    private func decode(_ stored: Stored) -> [DirectoryEntry]? {
        var reader = Reader(bytes: bytes, offset: stored.range.lowerBound, end: stored.range.upperBound)
        guard stored.count <= reader.remaining / 6 else { return nil }
        var entries: [DirectoryEntry] = []
        entries.reserveCapacity(stored.count)
        for _ in 0..<stored.count {
            guard let kind = reader.integer(UInt8.self), let name = reader.text(), ListingCache.isEntryName(name) else { return nil }
            entries.append(DirectoryEntry(name: name, kind: kind))
        }
        return reader.remaining == 0 ? entries : nil
    }

    /// A name a directory listing can hold: not empty, `.` or `..`, and without a `/`.
    static func isEntryName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
    }

    /// The cache file's bytes, when it is a regular file of this user's that no one else may
    /// write, and not too large.
    static func read(_ file: String) -> [UInt8]? {
        let fd = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_uid == geteuid(), st.st_mode & 0o022 == 0,
              let bytes = ServedCopy.readAll(fd, limit: sizeLimit), !bytes.isEmpty else { return nil }
        return bytes
    }

    /// A 64-bit hash of the bytes, eight at a time (multiply, xor-shift): tells a torn or
    /// garbled file, not a forged one (the state directory is what keeps the file from the tree).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            return hash
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        let end: Int

        var remaining: Int { end - offset }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T? {
            let size = MemoryLayout<T>.size
            guard remaining >= size else { return nil }
            var value: T = 0
            for i in 0..<size { value |= T(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
            offset += size
            return value
        }

        mutating func text() -> String? {
            guard let count = integer(UInt32.self), Int(count) <= remaining else { return nil }
            defer { offset += Int(count) }
            return String(decoding: bytes[offset..<(offset + Int(count))], as: UTF8.self)
        }
    }
}
