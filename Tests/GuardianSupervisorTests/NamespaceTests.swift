import Testing
@testable import GuardianSupervisor

/// The pure parts of `defaults: user_namespaces: allow`: reading mountinfo, placing an object
/// seen through another mount namespace in Guardian's, and the filter each mode builds.
@Suite("Namespaces")
struct NamespaceTests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    static let host = MountInfo.parse(bytes("""
        23 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
        24 23 0:22 / /proc rw,nosuid shared:12 - proc proc rw
        25 23 0:45 / /tmp rw shared:13 - tmpfs tmpfs rw
        26 23 254:0 /srv/data /mnt/data\\040copy rw - ext4 /dev/vda rw
        """))

    @Test func parsesFieldsAndEscapes() throws {
        #expect(NamespaceTests.host.count == 4)
        let data = try #require(NamespaceTests.host.last)
        #expect(data.id == 26)
        #expect(data.device == MountInfo.makeDevice(major: 254, minor: 0))
        #expect(data.root == NamespaceTests.bytes("/srv/data"))
        #expect(data.mountPoint == NamespaceTests.bytes("/mnt/data copy"))
        #expect(data.fsType == "ext4")
        // The optional fields before `-` vary in number.
        let many = MountInfo.parse(NamespaceTests.bytes("7 1 8:1 / /x rw shared:1 master:2 propagate_from:3 - xfs /dev/sda1 rw"))
        #expect(many.first?.fsType == "xfs")
        #expect(MountInfo.parse(NamespaceTests.bytes("garbage line\n\n")).isEmpty)
    }

    @Test func devicesEncodeAsStatDoes() {
        // glibc's makedev: 8:1 → 0x801, 259:3 → major above 0xff keeps its low 12 bits at 8.
        #expect(MountInfo.makeDevice(major: 8, minor: 1) == 0x801)
        #expect(MountInfo.makeDevice(major: 259, minor: 3) == 0x10303)
        #expect(MountInfo.makeDevice(major: 0, minor: 300) == (300 & 0xFF) | ((300 & ~0xFF) << 12))
    }

    static func mount(_ root: String, at point: String, device: UInt64 = MountInfo.makeDevice(major: 254, minor: 0)) -> MountEntry {
        MountEntry(id: 99, device: device, root: bytes(root), mountPoint: bytes(point), fsType: "ext4")
    }

    @Test("a bind mount inside the agent's namespace reads as its source", arguments: [
        ("/home/u/.aws", "/data", "/data/credentials", "/home/u/.aws/credentials"),
        ("/home/u/.aws", "/data", "/data", "/home/u/.aws"),
        ("/", "/", "/etc/passwd", "/etc/passwd"),
        ("/tmp/root", "/", "/usr/bin/sh", "/tmp/root/usr/bin/sh"),
        // Under a host bind mount of a subdirectory: the deepest one that shows it.
        ("/srv/data/x", "/in", "/in/f", "/mnt/data copy/x/f"),
    ])
    func placesBindMounts(_ root: String, _ point: String, _ view: String, _ expected: String) {
        let placed = MountInfo.hostPath(of: NamespaceTests.bytes(view), on: NamespaceTests.mount(root, at: point), host: NamespaceTests.host)
        #expect(placed.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test func refusesWhatItCannotPlace() {
        // Not under the mount point it claims.
        #expect(MountInfo.hostPath(of: NamespaceTests.bytes("/elsewhere/f"), on: NamespaceTests.mount("/a", at: "/data"), host: NamespaceTests.host) == nil)
        // `/database` is not under `/data`.
        #expect(MountInfo.hostPath(of: NamespaceTests.bytes("/database/f"), on: NamespaceTests.mount("/a", at: "/data"), host: NamespaceTests.host) == nil)
        // A filesystem Guardian has no mount of.
        let other = NamespaceTests.mount("/", at: "/m", device: MountInfo.makeDevice(major: 0, minor: 99))
        #expect(MountInfo.hostPath(of: NamespaceTests.bytes("/m/f"), on: other, host: NamespaceTests.host) == nil)
    }

    @Test func ancestry() {
        #expect(MountInfo.isAncestor(NamespaceTests.bytes("/"), of: NamespaceTests.bytes("/x")))
        #expect(MountInfo.isAncestor(NamespaceTests.bytes("/a"), of: NamespaceTests.bytes("/a")))
        #expect(MountInfo.isAncestor(NamespaceTests.bytes("/a"), of: NamespaceTests.bytes("/a/b")))
        #expect(!MountInfo.isAncestor(NamespaceTests.bytes("/a"), of: NamespaceTests.bytes("/ab")))
    }

    @Test func deniedModeRefusesNamespacesAndMountsInTheKernel() {
        let plan = FilterPlan.make(FilterPlan.Options())
        for name in FilterPlan.mountCalls {
            #expect(plan.rules.contains { $0.syscall == name && $0.action == .errno(1) }, "\(name)")
        }
        #expect(!plan.notified.contains("unshare"))
        #expect(plan.rules.contains { $0.syscall == "unshare" && $0.action == .errno(1) && $0.conditions.first?.mask == 0x1000_0000 })
        #expect(plan.rules.contains { $0.syscall == "clone" && $0.action == .errno(1) && $0.conditions.first?.mask == 0x1000_0000 })
    }

    @Test func allowedModeAsksTheSupervisor() {
        let plan = FilterPlan.make(FilterPlan.Options(allowUserNamespaces: true))
        for name in FilterPlan.mountCalls { #expect(plan.notified.contains(name), "\(name)") }
        #expect(plan.notified.contains("unshare"))
        let clones = plan.rules.filter { $0.syscall == "clone" && $0.action == .notify }.map { $0.conditions.first?.mask }
        #expect(Set(clones) == [0x1000_0000, 0x0002_0000])
        // Still out of reach in both modes.
        for name in ["setns", "open_by_handle_at", "name_to_handle_at"] {
            #expect(plan.rules.contains { $0.syscall == name && $0.action == .errno(1) }, "\(name)")
        }
        #expect(plan.rules.contains { $0.syscall == "clone" && $0.action == .errno(1) && $0.conditions.first?.mask == 0x0080_0000 })
    }

    @Test func everyNotifiedCallHasAHandler() {
        let table = SyscallTable()
        for name in FilterPlan.make(FilterPlan.Options(trapDeletes: true, allowUserNamespaces: true)).notified {
            #expect(table.kind(NamespaceTests.nr(name)) != nil, "\(name)")
        }
    }

    static func nr(_ name: String) -> Int32 { CredentialCallTests.seccomp(name) }
}
