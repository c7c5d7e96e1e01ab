#if canImport(Glibc)
import Glibc
#endif

/// Why a path could not be resolved to an object Guardian may decide on: the kernel's own
/// answer, passed on to the target as it is, or one of Guardian's refusals, which are answered
/// EACCES and logged with the rule that explains them.
enum ResolutionError: Error, Equatable, Sendable {
    /// What the kernel said (ENOENT, ELOOP, EXDEV, …): the target gets the same errno.
    case errno(Int32)
    /// Another process's /proc entries (memory, environment, descriptors) outside the tree.
    case foreignProcess
    /// An object on a mount of another namespace that Guardian cannot place in its own (an
    /// overlay or FUSE mounted inside the agent's namespace, a hidden mount).
    case unplaceable

    /// The errno of the last failed libc call. Read it immediately after the call.
    static var current: ResolutionError { .errno(Glibc.errno) }

    /// The errno the target is answered with.
    var answer: Int32 {
        switch self {
        case .errno(let e): e
        case .foreignProcess, .unplaceable: EACCES
        }
    }
}
