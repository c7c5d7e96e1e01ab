#if canImport(Glibc)
import Glibc
#endif

/// One handler per syscall family, built once per session; the notify workers hand each
/// notification here. Each handler holds only the collaborators it uses.
struct SyscallHandlers: Sendable {
    let syscalls: SyscallTable
    let credentials: CredentialTracker
    let open: OpenHandler
    let exec: ExecHandler
    let pathCalls: PathCallHandler
    let connect: ConnectHandler
    let send: NetworkSend
    let messages: NetworkMessage
    let namespaces: NamespaceHandler
    let fstat: FstatHandler

    func handle(_ n: Notification, _ r: inout Responder) {
        guard let kind = syscalls.kind(n.nr) else {
            r.fail(ENOSYS)
            return
        }
        if kind == .credentials {
            credentials.note(syscalls.credentialCall(n.nr), n)
            return r.continueCall()
        }
        credentials.actingAs(n.tid, &r) { r in dispatch(n, kind, &r) }
    }

    private func dispatch(_ n: Notification, _ kind: SyscallTable.Kind, _ r: inout Responder) {
        switch kind {
        case .credentials:
            r.continueCall()
        case .open, .openat, .openat2, .creat:
            open.handle(n, kind, &r)
        case .execve, .execveat:
            exec.handle(n, kind, &r)
        case .link, .linkat, .rename, .renameat, .renameat2, .truncate, .unlink, .unlinkat, .rmdir,
             .symlink, .symlinkat, .mkdir, .mkdirat, .mknod, .mknodat:
            pathCalls.handle(n, kind, &r)
        case .connect:
            connect.handle(n, &r)
        case .sendto:
            send.handle(n, &r)
        case .sendmsg:
            messages.handle(n, multiple: false, &r)
        case .sendmmsg:
            messages.handle(n, multiple: true, &r)
        case .mount:
            namespaces.mount(n, syscall: syscalls.name(n.nr), &r)
        case .namespace:
            namespaces.namespace(n, syscall: syscalls.name(n.nr), &r)
        case .fstat, .fstatat:
            fstat.handle(n, at: kind == .fstatat, &r)
        case .statx:
            fstat.handleStatx(n, &r)
        }
    }
}
