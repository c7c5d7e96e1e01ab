import CGuardianShim
#if canImport(Glibc)
import Glibc
#endif

/// One notification, copied out of the kernel: who asked, which syscall, with what arguments.
struct Notification {
    var id: UInt64
    var tid: pid_t
    var nr: Int32
    var args: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    init(_ n: gd_notif) {
        id = n.id
        tid = pid_t(bitPattern: n.pid)
        nr = n.nr
        args = n.args
    }

    func arg(_ i: Int) -> UInt64 {
        switch i {
        case 0: args.0
        case 1: args.1
        case 2: args.2
        case 3: args.3
        case 4: args.4
        default: args.5
        }
    }

    /// An fd argument as the kernel reads it (an int).
    func fdArg(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: arg(i)) }
}
