#if canImport(Glibc)
import Glibc
#endif

/// How a supervised run ended.
public enum Termination: Sendable, Equatable {
    case exited(Int32)
    case signaled(Int32)
    /// PROGRAM could not be executed: errno of the execve (ENOENT → 127, else 126).
    case execFailed(Int32)

    /// The exit status `guardian run` returns (the conventions of env(1) and timeout(1)).
    public var exitCode: Int32 {
        switch self {
        case .exited(let c): c
        case .signaled(let s): 128 + s
        case .execFailed(let e): e == ENOENT ? 127 : 126
        }
    }
}
