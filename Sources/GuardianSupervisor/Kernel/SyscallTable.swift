import CSeccomp

/// Syscall numbers of this architecture, resolved once through libseccomp.
struct SyscallTable: Sendable {
    enum Kind: Sendable {
        case open, openat, openat2, creat, execve, execveat
        case link, linkat, rename, renameat, renameat2, truncate
        case unlink, unlinkat, rmdir
        case connect
        case sendto, sendmsg, sendmmsg
        case symlink, symlinkat, mkdir, mkdirat, mknod, mknodat
        case credentials
        /// mount and its family (notified only when the profile allows user namespaces).
        case mount
        /// unshare, and clone making a user or mount namespace.
        case namespace
        /// fstat, newfstatat and statx of a descriptor in the served band.
        case fstat, fstatat, statx
    }

    /// Which ids a credential call sets, by how many uid/gid arguments it takes.
    enum CredentialCall: Sendable {
        case uid(Int)
        case gid(Int)
        case other
    }

    private let table: [Int32: Kind]
    private let credentialCalls: [Int32: CredentialCall]
    private let names: [Int32: String]

    init() {
        var t: [Int32: Kind] = [:]
        let names: [(String, Kind)] = [
            ("open", .open), ("openat", .openat), ("openat2", .openat2), ("creat", .creat),
            ("execve", .execve), ("execveat", .execveat), ("link", .link), ("linkat", .linkat),
            ("rename", .rename), ("renameat", .renameat), ("renameat2", .renameat2),
            ("truncate", .truncate), ("unlink", .unlink), ("unlinkat", .unlinkat), ("rmdir", .rmdir),
            ("connect", .connect), ("sendto", .sendto), ("sendmsg", .sendmsg), ("sendmmsg", .sendmmsg), ("symlink", .symlink), ("symlinkat", .symlinkat), ("mkdir", .mkdir),
            ("mkdirat", .mkdirat), ("mknod", .mknod), ("mknodat", .mknodat),
            ("unshare", .namespace), ("clone", .namespace), ("fstat", .fstat), ("newfstatat", .fstatat), ("statx", .statx),
        ] + FilterPlan.mountCalls.map { ($0, Kind.mount) }
        var calls: [Int32: CredentialCall] = [:]
        let shapes: [String: CredentialCall] = [
            "setuid": .uid(1), "setfsuid": .uid(1), "setreuid": .uid(2), "setresuid": .uid(3),
            "setgid": .gid(1), "setfsgid": .gid(1), "setregid": .gid(2), "setresgid": .gid(3),
        ]
        for name in FilterPlan.credentialCalls {
            let nr = seccomp_syscall_resolve_name(name)
            if nr != __NR_SCMP_ERROR {
                t[nr] = .credentials
                calls[nr] = shapes[name] ?? .other
            }
        }
        credentialCalls = calls
        var named: [Int32: String] = [:]
        for (name, kind) in names {
            let nr = seccomp_syscall_resolve_name(name)
            if nr != __NR_SCMP_ERROR {
                t[nr] = kind
                named[nr] = name
            }
        }
        table = t
        self.names = named
    }

    func kind(_ nr: Int32) -> Kind? { table[nr] }
    /// The syscall's name, for events.
    func name(_ nr: Int32) -> String { names[nr] ?? "syscall \(nr)" }
    func credentialCall(_ nr: Int32) -> CredentialCall? { credentialCalls[nr] }
}
