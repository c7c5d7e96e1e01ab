#if canImport(Glibc)
import Glibc
#endif

/// An event could not be recorded. The supervisor refuses the call the event concerns.
public struct EventLogError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    /// What failed: "write", "fsync", "open", "append to closed", "repair".
    public var operation: String

    public init(path: String, errno: Int32, operation: String = "write") {
        self.path = path
        self.errno = errno
        self.operation = operation
    }

    public var description: String {
        let hint: String
        switch errno {
        case ENOSPC, EDQUOT, EFBIG: hint = "free some space on that file system"
        case EACCES, EPERM, EROFS: hint = "make the directory writable, or set GUARDIAN_HOME to one that is"
        case ENOTDIR, ENOENT: hint = "set GUARDIAN_HOME to a directory Guardian can create"
        default: hint = "check the disk and GUARDIAN_HOME"
        }
        return "cannot record events in \(path) (\(operation): \(String(cString: strerror(errno)))); \(hint)"
    }
}
