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

    /// The value for `version`, or nil when there is none — or when another thread holds the
    /// cache: a caller on the decision path then does the work itself rather than wait for a
    /// thread that may be preempted inside (the pre-scan runs at idle priority).
    subscript(ifAvailable version: FileVersion) -> Value? {
        state.withLockIfAvailable { $0.entries[version] } ?? nil
    }

    /// Inserts unless another thread holds the cache (then the value is not kept).
    func insertIfAvailable(_ value: Value, for version: FileVersion, bytes: Int) {
        _ = state.withLockIfAvailable { Self.insert(&$0, value, version, bytes, entryLimit, byteLimit) }
    }

    func insert(_ value: Value, for version: FileVersion, bytes: Int) {
        state.withLock { Self.insert(&$0, value, version, bytes, entryLimit, byteLimit) }
    }

    private static func insert(_ s: inout (entries: [FileVersion: Value], bytes: Int), _ value: Value, _ version: FileVersion,
                               _ bytes: Int, _ entryLimit: Int, _ byteLimit: Int) {
        do {
            if s.entries.count >= entryLimit || s.bytes + bytes > byteLimit {
                s.entries.removeAll(keepingCapacity: true)
                s.bytes = 0
            }
            s.entries[version] = value
            s.bytes += bytes
        }
    }
}
