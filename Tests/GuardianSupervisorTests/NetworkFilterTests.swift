import Glibc
import Testing
@testable import GuardianSupervisor

/// The network part of the filter, as a table: which sockets fail in the kernel and which sends
/// reach the supervisor.
@Suite struct NetworkFilterTests {
    let plan = FilterPlan.make(FilterPlan.Options())

    /// The errno a socket(domain, type, protocol) call gets in the kernel, if a rule matches.
    func socketErrno(_ domain: Int32, _ type: Int32, _ proto: Int32) -> Int32? {
        let args = [UInt64(domain), UInt64(type), UInt64(proto)]
        for rule in plan.rules where rule.syscall == "socket" {
            let all = rule.conditions.allSatisfy { c in
                let value = args[Int(c.argument)]
                switch c.comparison {
                case .maskedEqual: return value & c.mask == c.value
                case .notEqual: return value != c.value
                case .greaterOrEqual: return value >= c.value
                }
            }
            if all, case .errno(let e) = rule.action { return e }
        }
        return nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var domain: Int32, type: Int32, proto: Int32, expected: Int32?
        var testDescription: String { "socket(\(domain), \(type), \(proto)) → \(expected.map(String.init) ?? "kernel")" }
    }

    static let stream = Int32(SOCK_STREAM.rawValue), datagram = Int32(SOCK_DGRAM.rawValue)
    static let raw = Int32(SOCK_RAW.rawValue), seqpacket = Int32(SOCK_SEQPACKET.rawValue)

    static let cases: [Case] = [
        Case(domain: AF_UNIX, type: stream, proto: 0, expected: nil),
        Case(domain: AF_INET, type: stream | Int32(SOCK_NONBLOCK.rawValue), proto: 0, expected: nil),
        Case(domain: AF_INET6, type: datagram, proto: Int32(IPPROTO_UDP), expected: nil),
        Case(domain: AF_NETLINK, type: raw, proto: 0, expected: nil),
        Case(domain: AF_PACKET, type: raw, proto: 0, expected: EAFNOSUPPORT),
        Case(domain: 40 /* AF_VSOCK */, type: stream, proto: 0, expected: EAFNOSUPPORT),
        Case(domain: AF_BLUETOOTH, type: stream, proto: 0, expected: EAFNOSUPPORT),
        Case(domain: 200, type: stream, proto: 0, expected: EAFNOSUPPORT),
        Case(domain: AF_INET, type: raw, proto: Int32(IPPROTO_TCP), expected: EPROTONOSUPPORT),
        Case(domain: AF_INET6, type: seqpacket, proto: 0, expected: EPROTONOSUPPORT),
        Case(domain: AF_INET, type: stream, proto: 262 /* MPTCP */, expected: EPROTONOSUPPORT),
        Case(domain: AF_INET, type: datagram, proto: Int32(IPPROTO_ICMP), expected: EPROTONOSUPPORT),
    ]

    @Test(arguments: cases)
    func sockets(_ c: Case) {
        #expect(socketErrno(c.domain, c.type, c.proto) == c.expected)
    }

    @Test func aSendThatNamesADestinationReachesTheSupervisor() throws {
        let sendto = try #require(plan.rules.first { $0.syscall == "sendto" && $0.action == .notify })
        #expect(sendto.conditions == [FilterPlan.Condition(argument: 4, mask: ~0, value: 0, comparison: .notEqual)])
        #expect(plan.notified.contains("connect"))
    }

    /// sendmsg and sendmmsg name their destination behind a pointer: every one is trapped,
    /// whatever its arguments (only TCP Fast Open fails in the kernel first).
    @Test(arguments: ["sendmsg", "sendmmsg"])
    func everyMessageSendReachesTheSupervisor(_ name: String) throws {
        let rules = plan.rules.filter { $0.syscall == name }
        let notify = try #require(rules.first { $0.action == .notify })
        #expect(notify.conditions.isEmpty)
        let fastOpen = try #require(rules.first { $0.action == .errno(EOPNOTSUPP) })
        let flags = name == "sendmsg" ? UInt32(2) : 3
        #expect(fastOpen.conditions == [FilterPlan.Condition(argument: flags, mask: UInt64(MSG_FASTOPEN), value: UInt64(MSG_FASTOPEN))])
        #expect(rules.count == 2)
    }
}

/// A loopback connect is performed as the task asked only when its network namespace is known
/// to be another than Guardian's; doubt sends it to the gateway.
@Suite struct NetworkNamespaceDoubtTests {
    static func identity(_ inode: UInt64) -> FileIdentity {
        var st = stat()
        st.st_dev = 4
        st.st_ino = __ino_t(inode)
        return FileIdentity(st)
    }
    static let guardian = identity(4026531840)
    static let sandbox = identity(4026532999)

    @Test(arguments: [
        (guardian, guardian, false), (guardian, sandbox, true),
        (nil, sandbox, false), (guardian, nil, false), (nil, nil, false),
    ] as [(FileIdentity?, FileIdentity?, Bool)])
    func another(_ own: FileIdentity?, _ theirs: FileIdentity?, _ expected: Bool) {
        #expect(NetworkConnect.inAnotherNetworkNamespace(own: own, theirs: theirs) == expected)
    }

    @Test func thisProcessIsInGuardiansOwn() {
        #expect(!NetworkConnect.inAnotherNetworkNamespace(getpid()))
        #expect(!NetworkConnect.inAnotherNetworkNamespace(pid_t(Int32.max)), "a task that cannot be read is not taken for another namespace")
    }
}
