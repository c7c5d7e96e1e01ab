import CGuardianShim
import CSeccomp
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import GuardianSupervisor

/// The filter plan, per architecture Guardian ships for, against a checked-in table: every
/// rule with that architecture's syscall number, action and argument comparisons (the values
/// come from the shim's rows, which constants.c checks against the headers of the architecture
/// being built). The plan is also compiled for each architecture (libseccomp builds a foreign
/// architecture's filter with seccomp_arch_add) and the BPF run on sample calls, so a constant
/// that is right in the table but wrong in the program would show too.
///
/// After an intended change: GOLDEN_UPDATE=1 swift test --filter FilterGoldenTests, and review
/// the diff of Tests/GuardianSupervisorTests/Golden/.
@Suite struct FilterGoldenTests {
    /// The options a session runs with (unlink/rmdir always trapped), Guardian's pid fixed.
    static let options = FilterPlan.Options(trapDeletes: true, allowUserNamespaces: false, guardianPid: 4242)
    static let sandboxed = FilterPlan.Options(trapDeletes: true, allowUserNamespaces: true, guardianPid: 4242)

    static func render(_ arch: FilterArchitecture) -> String {
        var lines = ["# FilterPlan.make for \(arch.name): syscall(number) action conditions (arg&mask==value, arg!=value, arg>=value)"]
        for (title, options) in [("session", options), ("user namespaces allowed", sandboxed)] {
            lines.append("## \(title)")
            for rule in FilterPlan.make(options, for: arch).rules {
                let nr = seccomp_syscall_resolve_name_arch(arch.values.scmpArch, rule.syscall)
                let number = nr < 0 ? "absent" : String(nr)
                let action: String
                switch rule.action {
                case .notify: action = "notify"
                case .errno(let e): action = "errno(\(e))"
                case .killProcess: action = "kill"
                }
                let conditions = rule.conditions.map { c -> String in
                    let hex = { (v: UInt64) in "0x" + String(v, radix: 16) }
                    switch c.comparison {
                    case .maskedEqual: return "arg\(c.argument)&\(hex(c.mask))==\(hex(c.value))"
                    case .notEqual: return "arg\(c.argument)!=\(hex(c.value))"
                    case .greaterOrEqual: return "arg\(c.argument)>=\(hex(c.value))"
                    }
                }
                lines.append(([ "\(rule.syscall)(\(number))", action] + conditions).joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func goldenPath(_ arch: FilterArchitecture) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/filter-\(arch.name).txt").path
    }

    @Test("the plan matches its golden table", arguments: FilterArchitecture.shipped)
    func golden(_ arch: FilterArchitecture) throws {
        let rendered = Self.render(arch)
        let path = Self.goldenPath(arch)
        if ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        let diff = zip(rendered.split(separator: "\n"), golden.split(separator: "\n")).first { $0 != $1 }
        #expect(rendered == golden, "the \(arch.name) plan differs from Golden/filter-\(arch.name).txt; first difference: \(diff.map { "\($0.0) | golden: \($0.1)" } ?? "line count")")
    }

    /// The machine's own plan is the row for its architecture.
    @Test func theNativePlanIsItsArchitecturesRow() {
        #if arch(x86_64)
        let mine = FilterArchitecture.x86_64
        #elseif arch(arm64)
        let mine = FilterArchitecture.aarch64
        #endif
        #expect(FilterPlan.make(Self.options).rules == FilterPlan.make(Self.options, for: mine).rules)
    }

    @Test("the compiled filter does what the plan says", arguments: FilterArchitecture.shipped)
    func compiled(_ arch: FilterArchitecture) throws {
        let filter = try Filter.compile(FilterPlan.make(Self.options, for: arch))
        let k = arch.values
        let audit = k.scmpArch
        func nr(_ name: String) -> Int32 { seccomp_syscall_resolve_name_arch(audit, name) }
        func run(_ name: String, _ args: [UInt64] = [], arch: UInt32? = nil) -> UInt32 {
            BPF.run(filter.instructions, nr: nr(name), arch: arch ?? audit, args: args)
        }
        let notify: UInt32 = 0x7fc0_0000, allow: UInt32 = 0x7fff_0000, kill: UInt32 = 0x8000_0000
        func errno(_ e: Int32) -> UInt32 { 0x0005_0000 | UInt32(e) }
        let other = arch == .x86_64 ? FilterArchitecture.aarch64.values : FilterArchitecture.x86_64.values
        // A content open is notified; an O_DIRECTORY or O_PATH open (this architecture's bits)
        // stays in the kernel; the other architecture's O_DIRECTORY bit is no directory here.
        #expect(run("openat", [0, 0, 0]) == notify)
        #expect(run("openat", [0, 0, k.O_DIRECTORY]) == allow)
        #expect(run("openat", [0, 0, k.O_PATH]) == allow)
        #expect(run("openat", [0, 0, other.O_DIRECTORY]) == notify)
        #expect(run("openat2") == notify)
        #expect(run("execve") == notify)
        #expect(run("ptrace") == errno(k.EPERM))
        #expect(run("io_uring_setup") == errno(k.EPERM))
        #expect(run("clone", [k.CLONE_UNTRACED]) == errno(k.EPERM))
        #expect(run("clone", [k.CLONE_NEWUSER]) == errno(k.EPERM))
        #expect(run("clone", [0x11]) == allow)
        #expect(run("clone3") == errno(k.ENOSYS))
        #expect(run("kill", [4242, 9]) == errno(k.EPERM))
        #expect(run("kill", [4243, 9]) == allow)
        #expect(run("ioctl", [0, k.TIOCSTI]) == errno(k.EPERM))
        #expect(run("seccomp", [k.SECCOMP_SET_MODE_FILTER, k.SECCOMP_FILTER_FLAG_NEW_LISTENER]) == errno(k.EPERM))
        #expect(run("socket", [17, 3, 0]) == errno(k.EAFNOSUPPORT))  // AF_PACKET
        #expect(run("socket", [k.AF_INET, 1, 0]) == allow)
        #expect(run("getpid") == allow)
        // Stat calls reach the supervisor only for a descriptor of the served band (960–1023,
        // its low 32 bits, as the kernel reads an int), and newfstatat and statx only when they
        // name the descriptor itself (AT_EMPTY_PATH).
        #expect(run("fstat", [961]) == notify)
        #expect(run("fstat", [3]) == allow)
        #expect(run("newfstatat", [961, 0, 0, 0x1000]) == notify)
        #expect(run("newfstatat", [961, 0, 0, 0x100]) == allow)
        #expect(run("newfstatat", [0xFFFF_FFFF_FFFF_FF9C, 0, 0, 0x1000]) == allow)
        #expect(run("statx", [1023, 0, 0x1000, 0x7FF, 0]) == notify)
        #expect(run("statx", [0x1_0000_03C0, 0, 0x1100, 0x7FF, 0]) == notify)
        #expect(run("statx", [960, 0, 0x100, 0x7FF, 0]) == allow)
        #expect(run("statx", [959, 0, 0x1000, 0x7FF, 0]) == allow)
        #expect(run("statx", [1024, 0, 0x1000, 0x7FF, 0]) == allow)
        #expect(run("statx", [0xFFFF_FFFF_FFFF_FF9C, 0, 0x1000, 0x7FF, 0]) == allow)
        // Another ABI (i386, or the other architecture) is killed.
        #expect(run("getpid", arch: 0x4000_0003) == kill)
    }
}

/// A classic-BPF interpreter for what libseccomp emits, over a little-endian seccomp_data.
enum BPF {
    static func run(_ program: [sock_filter], nr: Int32, arch: UInt32, args: [UInt64]) -> UInt32 {
        var data = [UInt8](repeating: 0, count: 64)
        func put32(_ v: UInt32, _ at: Int) { for i in 0..<4 { data[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) } }
        put32(UInt32(bitPattern: nr), 0)
        put32(arch, 4)
        for (i, a) in args.prefix(6).enumerated() {
            put32(UInt32(truncatingIfNeeded: a), 16 + 8 * i)
            put32(UInt32(truncatingIfNeeded: a >> 32), 20 + 8 * i)
        }
        func load(_ at: Int) -> UInt32 {
            guard at >= 0, at + 4 <= data.count else { return 0 }
            return (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[at + $1]) << (8 * UInt32($1)) }
        }
        var a: UInt32 = 0, x: UInt32 = 0
        var mem = [UInt32](repeating: 0, count: 16)
        var pc = 0
        while pc < program.count {
            let i = program[pc]
            pc += 1
            let k = i.k
            func jump(_ taken: Bool) { pc += Int(taken ? i.jt : i.jf) }
            switch i.code {
            case 0x20: a = load(Int(k))            // ld [k]
            case 0x00: a = k                       // ld #k
            case 0x01: x = k                       // ldx #k
            case 0x60: a = mem[Int(k) & 15]        // ld M[k]
            case 0x61: x = mem[Int(k) & 15]        // ldx M[k]
            case 0x02: mem[Int(k) & 15] = a        // st M[k]
            case 0x03: mem[Int(k) & 15] = x        // stx M[k]
            case 0x07: x = a                       // tax
            case 0x87: a = x                       // txa
            case 0x54: a &= k                      // and #k
            case 0x44: a |= k                      // or #k
            case 0x05: pc += Int(k)                // ja
            case 0x15: jump(a == k)                // jeq #k
            case 0x25: jump(a > k)                 // jgt #k
            case 0x35: jump(a >= k)                // jge #k
            case 0x45: jump(a & k != 0)            // jset #k
            case 0x1d: jump(a == x)
            case 0x2d: jump(a > x)
            case 0x3d: jump(a >= x)
            case 0x4d: jump(a & x != 0)
            case 0x06: return k                    // ret #k
            case 0x16: return a                    // ret a
            default: return 0xDEAD_BEEF            // an instruction this interpreter does not know
            }
        }
        return 0xDEAD_BEEF
    }
}
