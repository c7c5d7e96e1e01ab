#if canImport(Glibc)
import Glibc
#endif

/// An errno value. Shim functions return -errno; `check` turns that into a thrown `Errno`.
public struct Errno: Error, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: Int32
    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    public var description: String { String(cString: strerror(rawValue)) }

    public static let EACCES = Errno(Glibc.EACCES)
    public static let ENOENT = Errno(Glibc.ENOENT)

    /// The errno of the last failed libc call. Read it immediately after the call.
    public static var current: Errno { Errno(errno) }
}

/// Converts a shim return (value or -errno) into a value or a thrown `Errno`.
@inline(__always)
func check<T: SignedInteger>(_ rc: T) throws(Errno) -> T {
    if rc < 0 { throw Errno(Int32(-rc)) }
    return rc
}

/// Retries a libc call that failed with EINTR; returns the result or throws errno.
@inline(__always)
func retryOnInterrupt<T: SignedInteger>(_ body: () -> T) throws(Errno) -> T {
    while true {
        let rc = body()
        if rc >= 0 { return rc }
        let e = errno
        if e != EINTR { throw Errno(e) }
    }
}

/// A Guardian failure a user can act on: a stable code and one line that says what to do.
public struct GuardianError: Error, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var errno: Errno?

    public init(_ code: String, _ message: String, errno: Errno? = nil) {
        self.code = code
        self.message = message
        self.errno = errno
    }

    public var description: String {
        if let errno { return "\(message) (\(errno))" }
        return message
    }
}
