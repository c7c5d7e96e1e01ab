import CGuardianShim
import GuardianEvents
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif

/// With `defaults: user_namespaces: allow`: agents that bring their own sandbox (bubblewrap)
/// make user and mount namespaces, mount, pivot and chroot inside them. Guardian lets them, and
/// keeps deciding on objects as it sees them:
/// - a new namespace switches path resolution to each task's own root before the namespace
///   exists (`PathResolver.namespaced`);
/// - the mount family runs only for a task in a user namespace other than Guardian's, where the
///   kernel lets it change its own mounts and never Guardian's. In Guardian's own user namespace
///   (a root agent) a mount would change what Guardian's decisions see: denied.
struct NamespaceHandler: Sendable {
    /// `defaults: user_namespaces: allow` in the profile.
    let allowsUserNamespaces: Bool
    let resolver: PathResolver
    /// Guardian's user namespace: mounts run only for tasks in another one.
    let ownUserNamespace: FileIdentity?
    let recorder: Recorder
    let channel: any TargetMessaging

    static let namespaceRule = RuleMatch(
        id: "guardian.user-namespaces", decision: .allow,
        reason: "the agent made namespaces of its own (defaults.user_namespaces: allow); paths are resolved through each task's own root from now on")
    static let mountRule = RuleMatch(
        id: "guardian.mount", decision: .deny,
        reason: "mounting in Guardian's own namespaces would change what its decisions see; mounts are for a user namespace of the agent's own")

    /// unshare, and clone with CLONE_NEWUSER or CLONE_NEWNS.
    func namespace(_ n: Notification, syscall: String, _ r: inout Responder) {
        guard allowsUserNamespaces else { return r.fail(EPERM) }
        // A child ptrace would not follow, whichever clone rule the filter matched first.
        if syscall == "clone" && n.arg(0) & GD_CLONE_UNTRACED != 0 { return r.fail(EPERM) }
        if !resolver.namespaced.exchange(true, ordering: .acquiringAndReleasing) {
            var e = recorder.event(pid: n.tid, kind: .guardian, decision: "allow", rule: NamespaceHandler.namespaceRule)
            e.syscall = syscall
            _ = recorder.record(e)
        }
        r.continueCall()
    }

    /// mount, umount2, pivot_root, chroot and the new mount API.
    func mount(_ n: Notification, syscall: String, _ r: inout Responder) {
        let theirs = NamespaceHandler.userNamespace("/proc/\(n.tid)/ns/user")
        // Read from the task the notification names, still waiting: not a reused pid.
        guard r.isValid() else { return r.handedOff() }
        if allowsUserNamespaces, let theirs, let own = ownUserNamespace, theirs != own {
            return r.continueCall()
        }
        var e = recorder.event(pid: n.tid, kind: .guardian, decision: "deny", rule: NamespaceHandler.mountRule)
        e.syscall = syscall
        _ = recorder.record(e)
        channel.tell(n.tid, "guardian: blocked \(syscall) — rule \(NamespaceHandler.mountRule.id): \(NamespaceHandler.mountRule.reason)")
        r.fail(EPERM)
    }

    /// A user namespace's identity: the (device, inode) of its nsfs file.
    static func userNamespace(_ path: String) -> FileIdentity? { FileIdentity(path: path) }
}
