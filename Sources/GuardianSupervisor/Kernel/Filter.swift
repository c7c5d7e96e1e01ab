import CGuardianShim
import CSeccomp
#if canImport(Glibc)
import Glibc
#endif

/// A compiled filter: classic BPF instructions, built in the parent so the child only has to
/// hand them to seccomp(2) (docs/KERNEL.md: seccomp_load allocates, unsafe after fork).
public struct Filter: Sendable {
    public var instructions: [sock_filter]

    public static func compile(_ plan: FilterPlan) throws(GuardianError) -> Filter {
        guard let ctx = seccomp_init(SCMP_ACT_ALLOW) else {
            throw GuardianError("filter", "libseccomp could not allocate a filter; is libseccomp2 installed?")
        }
        defer { seccomp_release(ctx) }
        // Only the native ABI: i386 (`int 0x80`) and x32 calls kill the process.
        try lib(seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS), "setting the bad-arch action")
        try lib(seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0), "leaving no_new_privs to the child")
        // Another architecture's filter, for the golden tables: libseccomp translates each rule's
        // (native) syscall number by name, and leaves out a call that architecture lacks.
        let arch = plan.architecture.values.scmpArch
        if arch != UInt32(SCMP_ARCH_NATIVE) && arch != seccomp_arch_native() {
            try lib(seccomp_arch_add(ctx, arch), "adding the \(plan.architecture.name) architecture")
            try lib(seccomp_arch_remove(ctx, UInt32(SCMP_ARCH_NATIVE)), "removing the native architecture")
        }

        // A name libseccomp does not know (an older libseccomp than the plan's syscalls) would
        // leave that call unfiltered under the allow default: refused before the agent runs.
        // (A syscall this architecture lacks, `open` on arm64, resolves to a pseudo-number that
        // libseccomp leaves out of the BPF by itself; only an unknown name is an error.)
        let unknown = plan.rules.map(\.syscall).filter { seccomp_syscall_resolve_name($0) == __NR_SCMP_ERROR }
        if !unknown.isEmpty {
            let names = Array(Set(unknown)).sorted().joined(separator: ", ")
            throw GuardianError("filter", "libseccomp \(Filter.libraryVersion) does not know the syscall\(unknown.count > 1 ? "s" : "") \(names); install a newer libseccomp2 — without \(unknown.count > 1 ? "them" : "it") the filter would leave \(unknown.count > 1 ? "these calls" : "this call") unsupervised")
        }
        for rule in plan.rules {
            let nr = seccomp_syscall_resolve_name(rule.syscall)
            let action: UInt32
            switch rule.action {
            case .notify: action = SCMP_ACT_NOTIFY
            case .errno(let e): action = gd_scmp_act_errno(UInt16(truncatingIfNeeded: e))
            case .killProcess: action = SCMP_ACT_KILL_PROCESS
            }
            var conditions = rule.conditions.map { c in
                switch c.comparison {
                case .maskedEqual: scmp_arg_cmp(arg: c.argument, op: SCMP_CMP_MASKED_EQ, datum_a: c.mask, datum_b: c.value)
                case .notEqual: scmp_arg_cmp(arg: c.argument, op: SCMP_CMP_NE, datum_a: c.value, datum_b: 0)
                case .greaterOrEqual: scmp_arg_cmp(arg: c.argument, op: SCMP_CMP_GE, datum_a: c.value, datum_b: 0)
                }
            }
            let rc = conditions.withUnsafeMutableBufferPointer { buffer in
                seccomp_rule_add_array(ctx, action, nr, UInt32(buffer.count), buffer.baseAddress)
            }
            try lib(rc, "adding the rule for \(rule.syscall)")
        }

        let memfd = gd_memfd("guardian-filter")
        guard memfd >= 0 else { throw GuardianError("filter", "memfd_create failed", errno: Errno(-memfd)) }
        defer { close(memfd) }
        try lib(seccomp_export_bpf(ctx, memfd), "exporting the filter")
        let size = lseek(memfd, 0, SEEK_END)
        let count = Int(size) / MemoryLayout<sock_filter>.stride
        var instructions = [sock_filter](repeating: sock_filter(), count: count)
        let n = instructions.withUnsafeMutableBytes { pread(memfd, $0.baseAddress, $0.count, 0) }
        guard n == size, count > 0, count <= 4096 else {
            throw GuardianError("filter", "the exported filter is malformed (\(n) bytes)")
        }
        return Filter(instructions: instructions)
    }

    /// libseccomp's version, for the message that names what is missing.
    static var libraryVersion: String {
        guard let v = seccomp_version() else { return "(unknown version)" }
        return "\(v.pointee.major).\(v.pointee.minor).\(v.pointee.micro)"
    }

    private static func lib(_ rc: Int32, _ what: String) throws(GuardianError) {
        if rc < 0 {
            throw GuardianError("filter", "libseccomp failed \(what)", errno: Errno(-rc))
        }
    }
}
