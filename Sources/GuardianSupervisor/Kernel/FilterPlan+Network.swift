// The network part of the filter: which sockets may exist at all, and which sends may name a
// destination (and so reach the supervisor). Everything that does reach the network is then
// a connect or a send the supervisor performs itself.

#if canImport(Glibc)
import Glibc
#endif

extension FilterPlan {
    /// Socket families the tree may create: local sockets, IP, and netlink (interfaces and
    /// routes for resolvers). Every other family — packet, vsock, Bluetooth, CAN, XDP, key, … —
    /// fails at socket(2).
    static func allowedFamilies(_ k: FilterArchitecture.Values) -> Set<UInt64> { [k.AF_UNIX, k.AF_INET, k.AF_INET6, k.AF_NETLINK] }

    static func networkRules(_ k: FilterArchitecture.Values) -> [Rule] {
        let (AF_INET, AF_INET6, MSG_FASTOPEN) = (k.AF_INET, k.AF_INET6, k.MSG_FASTOPEN)
        let (EAFNOSUPPORT, EPROTONOSUPPORT, EOPNOTSUPP) = (k.EAFNOSUPPORT, k.EPROTONOSUPPORT, k.EOPNOTSUPP)
        let allowedFamilies = FilterPlan.allowedFamilies(k)
        var rules: [Rule] = []
        func refuse(_ name: String, _ errno: Int32, _ conditions: [Condition]) {
            rules.append(Rule(syscall: name, action: .errno(errno), conditions: conditions))
        }
        let everything: UInt64 = 0xFFFF_FFFF
        for family in UInt64(0)..<64 where !allowedFamilies.contains(family) {
            refuse("socket", EAFNOSUPPORT, [Condition(argument: 0, mask: everything, value: family)])
        }
        refuse("socket", EAFNOSUPPORT, [Condition(argument: 0, mask: everything, value: 64, comparison: .greaterOrEqual)])
        for family in [AF_INET, AF_INET6] {
            // Raw, packet, reliable-datagram and SCTP's seqpacket sockets (type & 0xf).
            for type in [k.SOCK_RAW, k.SOCK_PACKET, k.SOCK_RDM, k.SOCK_SEQPACKET] {
                refuse("socket", EPROTONOSUPPORT, [
                    Condition(argument: 0, mask: everything, value: family),
                    Condition(argument: 1, mask: 0xF, value: type),
                ])
            }
            // MPTCP, SCTP, UDP-Lite, and ICMP "ping" sockets: protocols Guardian does not carry
            // (IANA protocol numbers, the same on every architecture; MPTCP's is Linux's 262).
            for proto in [UInt64(262), 132, 136, family == AF_INET ? 1 : 58] {
                refuse("socket", EPROTONOSUPPORT, [
                    Condition(argument: 0, mask: everything, value: family),
                    Condition(argument: 2, mask: everything, value: proto),
                ])
            }
        }
        // TCP Fast Open connects inside a send: refused outright (clients fall back to connect).
        refuse("sendto", EOPNOTSUPP, [Condition(argument: 3, mask: MSG_FASTOPEN, value: MSG_FASTOPEN)])
        refuse("sendmsg", EOPNOTSUPP, [Condition(argument: 2, mask: MSG_FASTOPEN, value: MSG_FASTOPEN)])
        refuse("sendmmsg", EOPNOTSUPP, [Condition(argument: 3, mask: MSG_FASTOPEN, value: MSG_FASTOPEN)])
        // A send that names its destination reaches the supervisor; one on a connected socket
        // (a NULL address: every TCP write) stays in the kernel.
        rules.append(Rule(syscall: "sendto", action: .notify, conditions: [
            Condition(argument: 4, mask: ~0, value: 0, comparison: .notEqual)
        ]))
        // sendmsg and sendmmsg carry their destination behind a pointer BPF cannot follow, and
        // their file descriptors (SCM_RIGHTS) the same way: every one reaches the supervisor,
        // which performs it (docs/SECURITY.md, "Sends that name a destination").
        rules.append(Rule(syscall: "sendmsg", action: .notify, conditions: []))
        rules.append(Rule(syscall: "sendmmsg", action: .notify, conditions: []))
        return rules
    }
}
