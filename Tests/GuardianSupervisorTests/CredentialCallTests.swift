import CGuardianShim
import CSeccomp
import Testing
@testable import GuardianSupervisor

/// Which set*id calls leave a task's credentials as Guardian's (so the task need not be marked
/// and read on every later call), without a kernel.
@Suite struct CredentialCallTests {
    static let table = SyscallTable()
    static let own = OwnIDs(TaskCredentials(uids: [1000, 1000, 1000, 1000], gids: [100, 100, 100, 100], groups: [100], effectiveCapabilities: 0))!

    static func call(_ name: String, _ args: [Int64]) -> (SyscallTable.CredentialCall, Notification) {
        var raw = gd_notif()
        raw.nr = seccomp(name)
        var a = [UInt64](repeating: 0, count: 6)
        for (i, v) in args.enumerated() { a[i] = UInt64(bitPattern: v) }
        raw.args = (a[0], a[1], a[2], a[3], a[4], a[5])
        return (table.credentialCall(raw.nr)!, Notification(raw))
    }

    static func seccomp(_ name: String) -> Int32 { seccomp_syscall_resolve_name(name) }

    @Test("make's setresuid(-1, euid, -1) and calls naming only -1 or Guardian's ids change nothing", arguments: [
        ("setresuid", [-1, 1000, -1]), ("setresgid", [-1, 100, -1]), ("setuid", [1000]), ("setreuid", [-1, -1]),
        ("setfsuid", [1000]), ("setgid", [100]), ("setregid", [100, 100]),
        // A 64-bit register holding a 32-bit -1: only the low half is the uid.
        ("setresuid", [0xFFFF_FFFF, 1000, 0x1_0000_03E8]),
    ] as [(String, [Int64])])
    func keepsOwn(_ name: String, _ args: [Int64]) {
        let (kind, n) = Self.call(name, args)
        #expect(Self.own.keepsOwn(kind, n))
    }

    @Test("any other id, setgroups and capset count as a change", arguments: [
        ("setresuid", [-1, 0, -1]), ("setuid", [65534]), ("setreuid", [65534, -1]), ("setfsuid", [0]),
        ("setresgid", [100, 100, 0]), ("setgroups", [0, 0]),
    ] as [(String, [Int64])])
    func changes(_ name: String, _ args: [Int64]) {
        let (kind, n) = Self.call(name, args)
        #expect(!Self.own.keepsOwn(kind, n))
    }

    @Test func mixedOwnIDsGiveNoShortcut() {
        #expect(OwnIDs(TaskCredentials(uids: [0, 1000, 0, 1000], gids: [0, 0, 0, 0], groups: [], effectiveCapabilities: 0)) == nil)
    }
}

/// The supervisor's latency histogram: percentiles within a bucket's width of the truth.
@Suite struct LatencyHistogramTests {
    @Test func percentilesLandInTheRightBucket() throws {
        var h = LatencyHistogram()
        for _ in 0..<98 { h.record(nanoseconds: 10_000) }  // 10 µs
        h.record(nanoseconds: 200_000)  // 200 µs
        h.record(nanoseconds: 5_000_000)  // 5 ms
        #expect(h.total == 100)
        let p50 = try #require(h.percentile(0.5))
        let p99 = try #require(h.percentile(0.99))
        let max = try #require(h.percentile(1))
        #expect(p50 >= 10 && p50 < 11)
        #expect(p99 >= 200 && p99 < 220)
        #expect(max >= 5000 && max < 5500)
        var other = LatencyHistogram()
        other.record(nanoseconds: 1)
        h.merge(other)
        #expect(h.total == 101)
        #expect(LatencyHistogram().percentile(0.5) == nil)
    }
}
