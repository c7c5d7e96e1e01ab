import Synchronization

/// What was found in each version of a file (device, inode, size, mtime, ctime), bounded in
/// entries and in the bytes the values hold; emptied whole when a bound is reached (a value a
/// reader is being served from lives on in that reader's hands).
final class VersionCache<Value: Sendable>: Sendable {
    private let state = Mutex<(entries: [FileVersion: Value], bytes: Int)>(([:], 0))
    let entryLimit: Int
    let byteLimit: Int

    init(entryLimit: Int, byteLimit: Int) {
        self.entryLimit = entryLimit
        self.byteLimit = byteLimit
    }

    subscript(_ version: FileVersion) -> Value? { state.withLock { $0.entries[version] } }

    func insert(_ value: Value, for version: FileVersion, bytes: Int) {
        state.withLock {
            if $0.entries.count >= entryLimit || $0.bytes + bytes > byteLimit {
                $0.entries.removeAll(keepingCapacity: true)
                $0.bytes = 0
            }
            $0.entries[version] = value
            $0.bytes += bytes
        }
    }
}
