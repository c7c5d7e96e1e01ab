import CGuardianShim

/// The architecture a filter plan is made for, with the values its conditions compare: the
/// machine's own (every value from its headers), or one of the rows the shim carries for the
/// architectures Guardian ships for, so a test can render and compile the plan for each and
/// compare it with a golden table (gd_constants.h; constants.c asserts that the row of the
/// architecture being built equals its headers).
public struct FilterArchitecture: Sendable, Hashable {
    public var name: String
    let values: Values

    /// The shim's row as Swift values.
    struct Values: Sendable, Hashable {
        var scmpArch: UInt32
        var O_DIRECTORY, O_PATH, CLONE_NEWUSER, CLONE_NEWNS, CLONE_UNTRACED: UInt64
        var TIOCSTI, TIOCLINUX, PR_SET_DUMPABLE, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER: UInt64
        var MSG_FASTOPEN, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK: UInt64
        var SOCK_RAW, SOCK_PACKET, SOCK_RDM, SOCK_SEQPACKET: UInt64
        var EPERM, ENOSYS, EAFNOSUPPORT, EPROTONOSUPPORT, EOPNOTSUPP: Int32

        init(_ c: gd_arch_constants) {
            scmpArch = c.scmp_arch
            O_DIRECTORY = c.o_directory; O_PATH = c.o_path
            CLONE_NEWUSER = c.clone_newuser; CLONE_NEWNS = c.clone_newns; CLONE_UNTRACED = c.clone_untraced
            TIOCSTI = c.tiocsti; TIOCLINUX = c.tioclinux; PR_SET_DUMPABLE = c.pr_set_dumpable
            SECCOMP_SET_MODE_FILTER = c.seccomp_set_mode_filter; SECCOMP_FILTER_FLAG_NEW_LISTENER = c.seccomp_filter_flag_new_listener
            MSG_FASTOPEN = c.msg_fastopen
            AF_UNIX = c.af_unix; AF_INET = c.af_inet; AF_INET6 = c.af_inet6; AF_NETLINK = c.af_netlink
            SOCK_RAW = c.sock_raw; SOCK_PACKET = c.sock_packet; SOCK_RDM = c.sock_rdm; SOCK_SEQPACKET = c.sock_seqpacket
            EPERM = c.eperm; ENOSYS = c.enosys; EAFNOSUPPORT = c.eafnosupport; EPROTONOSUPPORT = c.eprotonosupport; EOPNOTSUPP = c.eopnotsupp
        }
    }

    /// The machine Guardian runs on: the filter it installs.
    public static let native = FilterArchitecture(name: "native", values: Values(gd_arch_native))
    public static let x86_64 = FilterArchitecture(name: "x86_64", values: Values(gd_arch_x86_64))
    public static let aarch64 = FilterArchitecture(name: "aarch64", values: Values(gd_arch_aarch64))
    /// Every architecture deploy/ builds for.
    public static let shipped: [FilterArchitecture] = [.x86_64, .aarch64]

    /// Whether this is the machine's own architecture (a foreign one is for tests only).
    var isNative: Bool { name == "native" }
}

extension FilterArchitecture: CustomStringConvertible {
    public var description: String { name }
}
