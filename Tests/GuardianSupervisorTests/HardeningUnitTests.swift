import CGuardianShim
import GuardianPolicy
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GuardianSupervisor

/// Programs Guardian did not index at start, and the pin walk that must not drop pins silently.
@Suite struct HardeningUnitTests {
    typealias Tree = ProgramIdentityTests.Tree

    static func identify(_ identity: ProgramIdentity, _ path: String) -> String? {
        let fd = open(path, GD_O_PATH | O_CLOEXEC)
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        return identity.identify(fd: fd, st: st, basename: BasicName.of(path))?.known.name
    }

    @Test func aCLIInstalledOffPathIsIndexed() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.cargo")
        t.directory("home/.cargo/bin")
        t.directory("project")
        t.directory("project/node_modules")
        t.directory("project/node_modules/.bin")
        t.file("home/.cargo/bin/railway", "railway-binary")
        t.file("project/node_modules/.bin/flyctl", "fly-binary-v2")
        // PATH has another build of railway: the one off PATH is indexed as well.
        t.file("a/railway", "another-railway-build")
        let identity = ProgramIdentity(names: ["railway", "flyctl"], searchPath: t.root + "/a", home: t.root + "/home", project: t.root + "/project")
        t.file("b/x", "railway-binary")
        t.file("b/y", "fly-binary-v2")
        #expect(Self.identify(identity, t.root + "/b/x") == "railway")
        #expect(Self.identify(identity, t.root + "/b/y") == "flyctl")
    }

    @Test func aCLIRunByItsNameIsLearned() {
        let t = Tree()
        t.directory("dl")
        t.file("dl/railway", "downloaded-railway")
        t.file("b/copy", "downloaded-railway")
        let identity = ProgramIdentity(names: ["railway"], searchPath: t.root + "/a")
        #expect(Self.identify(identity, t.root + "/b/copy") == nil)
        var st = stat()
        stat(t.root + "/dl/railway", &st)
        identity.learn(name: "railway", path: t.root + "/dl/railway", st: st)
        #expect(Self.identify(identity, t.root + "/b/copy") == "railway")
        // A name the rules do not use teaches nothing.
        t.file("dl/other", "something-else-entirely")
        t.file("b/copy2", "something-else-entirely")
        stat(t.root + "/dl/other", &st)
        identity.learn(name: "other", path: t.root + "/dl/other", st: st)
        #expect(Self.identify(identity, t.root + "/b/copy2") == nil)
    }

    @Test func unidentifiedIsOutsideTheSystemTreesOrChangedSinceStart() {
        let t = Tree()
        let identity = ProgramIdentity(names: ["railway"], searchPath: t.root + "/a")
        t.file("b/tool", "x")
        var st = stat()
        stat(t.root + "/b/tool", &st)
        #expect(identity.isUnidentified(path: t.root + "/b/tool", st: st))
        #expect(!identity.isUnidentified(path: t.root + "/b/railway", st: st))
        stat("/usr/bin/env", &st)
        #expect(!identity.isUnidentified(path: "/usr/bin/env", st: st))
        // A file of the system's trees changed after the session started.
        var fresh = st
        fresh.st_ctim = timespec(tv_sec: identity.started.tv_sec + 1, tv_nsec: 0)
        #expect(identity.isUnidentified(path: "/usr/local/bin/tool", st: fresh))
    }

    /// Protects everything under `~/.keys` and nothing else.
    struct KeysPolicy: PolicyEngine {
        let home: String
        /// Whether it says it has delete rules (the pin walk's budget depends on it).
        var deletes = false
        var profileName: String { "test" }
        var environmentName: String { "dev" }
        var environmentVariables: Set<String> { [] }
        var protectedPaths: [String] { [] }
        var hasDeleteRules: Bool { deletes }
        func protects(_ path: String) -> Bool { path.hasPrefix(home + "/.keys/") || path == home + "/.keys" }
        func evaluate(_ exec: ExecRequest) -> Evaluation { .allow }
        func evaluate(_ file: FileRequest) -> Evaluation { protects(file.path) ? Evaluation(decision: .deny) : .allow }
        func evaluateSubtree(_ directory: String, access: FileAccess) -> Evaluation {
            protects(directory) || (home + "/.keys").hasPrefix(directory + "/") ? Evaluation(decision: .deny) : .allow
        }
    }

    @Test func anUnlistableDirectoryWithProtectedFilesIsReported() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        t.directory("home/.other")
        t.file("home/.keys/id", "key")
        t.file("home/.other/x", "x")
        let policy = KeysPolicy(home: t.root + "/home")
        // Listed: the key is pinned, nothing reported.
        var pinned: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &pinned).isEmpty)
        #expect(pinned.values.contains(t.root + "/home/.keys/id"))
        // A kernel that refuses to list ~/.keys (EACCES): reported, not silently skipped.
        let refusing: (String) -> Result<[DirectoryEntry], Errno> = { dir in
            dir.hasSuffix("/.keys") || dir.hasSuffix("/.other") ? .failure(Errno(EACCES)) : directoryEntries(dir)
        }
        pinned = [:]
        let unlisted = PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &pinned, listing: refusing)
        #expect(unlisted == [t.root + "/home/.keys"])
        #expect(pinned.isEmpty)
    }

    /// The walk takes each entry's type from its directory's listing and stats only the files it
    /// pins; a filesystem that gives no types (`DT_UNKNOWN`) has every entry stat'ed instead.
    /// Both pin the same files: a protected file at any depth, not a symlink to one, nor a file
    /// the rules leave alone.
    @Test func thePinsAreTheSameWithAndWithoutTypesFromTheListing() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        t.directory("home/.keys/deeper")
        t.directory("home/.other")
        t.file("home/.keys/id", "key")
        t.file("home/.keys/deeper/id2", "key")
        t.file("home/.other/x", "x")
        symlink(t.root + "/home/.keys/id", t.root + "/home/.keys/link")
        let policy = KeysPolicy(home: t.root + "/home")
        var typed: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &typed).isEmpty)
        let untyped: (String) -> Result<[DirectoryEntry], Errno> = { dir in
            directoryEntries(dir).map { $0.map { DirectoryEntry(name: $0.name, kind: UInt8(DT_UNKNOWN)) } }
        }
        var statted: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &statted, listing: untyped).isEmpty)
        #expect(typed == statted)
        #expect(Set(typed.values) == [t.root + "/home/.keys/id", t.root + "/home/.keys/deeper/id2"])
        // The listing gives this filesystem's types (the typed walk above used them).
        let kinds = (try? directoryEntries(t.root + "/home/.keys").get()) ?? []
        #expect(kinds.contains { $0.name == "deeper" && $0.kind == UInt8(DT_DIR) } || kinds.allSatisfy { $0.kind == UInt8(DT_UNKNOWN) })
    }

    /// A compiled profile asked file by file, as the walk asked before `readProtection()`.
    struct AskingEachFile: PolicyEngine {
        let policy: CompiledPolicy
        var profileName: String { policy.profileName }
        var environmentName: String { policy.environmentName }
        var environmentVariables: Set<String> { policy.environmentVariables }
        var protectedPaths: [String] { policy.protectedPaths }
        var hasDeleteRules: Bool { policy.hasDeleteRules }
        func evaluate(_ exec: ExecRequest) -> Evaluation { policy.evaluate(exec) }
        func evaluate(_ file: FileRequest) -> Evaluation { policy.evaluate(file) }
        func evaluateSubtree(_ directory: String, access: FileAccess) -> Evaluation { policy.evaluateSubtree(directory, access: access) }
    }

    /// The walk asks each directory's `DirectoryProtection` which of its files the rules protect;
    /// it pins what asking the policy about every file pinned — keys beside their public halves,
    /// credentials by a literal name, under a `/**` directory and by a `**/` name at any depth
    /// down to the walk's limit — with the budget or without, and past it (LatePins).
    @Test func thePinsAreTheSameAskedPerDirectoryAndPerFile() throws {
        let t = Tree()
        let home = t.root + "/home"
        for d in ["home", "home/.ssh", "home/.aws", "home/.aws/sso", "home/.aws/sso/cache", "home/.config", "home/.config/gcloud",
                  "home/.config/gcloud/legacy", "home/.config/app", "home/.config/app/d", "home/.config/app/d/e", "home/.config/app/d/e/f",
                  "home/.config/app/d/e/f/g", "home/.kube", "home/.mozilla", "home/.docker"] {
            t.directory(d)
        }
        for f in [".ssh/id_ed25519", ".ssh/id_ed25519.pub", ".ssh/known_hosts", ".ssh/config", ".aws/credentials", ".aws/config",
                  ".aws/sso/cache/token.json", ".config/gcloud/legacy/adc.json", ".config/gcloud/application_default_credentials.json",
                  ".config/app/settings.json", ".config/app/d/prod-service-account.json", ".config/app/d/.env", ".config/app/d/e/key.pem",
                  ".config/app/d/e/f/.env", ".config/app/d/e/f/g/.env", ".kube/config", ".kube/notes.txt", ".mozilla/places.sqlite",
                  ".docker/config.json", ".netrc", ".bashrc"] {
            t.file("home/" + f, "x")
        }
        symlink(home + "/.ssh/id_ed25519", home + "/.config/app/link")
        let context = PolicyContext(home: home, projectDirectory: t.root + "/project", configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        let policy = try PolicyLoader.compile("dev", context: context).policy
        #expect(policy.readProtection() != nil)
        var perDirectory: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: policy, root: home, into: &perDirectory).isEmpty)
        var perFile: [FileIdentity: String] = [:]
        #expect(PolicyGate.pinGlobProtected(policy: AskingEachFile(policy: policy), root: home, into: &perFile).isEmpty)
        #expect(perDirectory == perFile)
        let names = Set(perDirectory.values.map { String($0.dropFirst(home.count + 1)) })
        for f in [".ssh/id_ed25519", ".aws/credentials", ".aws/sso/cache/token.json", ".config/gcloud/legacy/adc.json",
                  ".config/app/d/prod-service-account.json", ".config/app/d/.env", ".config/app/d/e/key.pem"] {
            #expect(names.contains(f), "\(f) pinned: \(names.sorted())")
        }
        for f in [".ssh/id_ed25519.pub", ".ssh/known_hosts", ".config/app/settings.json", ".mozilla/places.sqlite", ".bashrc", ".config/app/link",
                  ".config/app/d/e/f/g/.env"] {
            #expect(!names.contains(f), "\(f) not pinned")
        }
        // A budget of a few entries: the walk at start and the walk past it together pin the same.
        var early: [FileIdentity: String] = [:]
        var remaining: PinListing?
        PolicyGate.pinGlobProtected(policy: policy, root: home, into: &early, limit: 6, remaining: &remaining)
        var rest = try #require(remaining)
        #expect(early.count < perFile.count)
        var unlisted: [String] = []
        PolicyGate.pinRest(&rest, policy: policy, protection: policy.readProtection(), into: &early, unlisted: &unlisted)
        #expect(early == perFile && unlisted.isEmpty && rest.isComplete)
    }

    /// A HOME with more entries than the walk at start visits: nothing is dropped. The rest is
    /// walked in the background, and a file with several names waits for it.
    @Test func pinsPastTheBudgetAreWalkedInTheBackground() {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        for i in 0..<40 { t.file("home/.keys/k\(i)", "key") }
        let policy = KeysPolicy(home: t.root + "/home")
        var pinned: [FileIdentity: String] = [:]
        var remaining: PinListing?
        PolicyGate.pinGlobProtected(policy: policy, root: t.root + "/home", into: &pinned, limit: 10, remaining: &remaining)
        #expect(pinned.count < 40 && remaining?.isComplete == false, "the budget stops the walk at start")
        let gate = PolicyGate(policy: policy, pinRoots: [t.root + "/home"], pinBudget: 10)
        #expect(gate.pins.finish().late != nil)
        var found = 0
        for i in 0..<40 {
            var st = stat()
            stat(t.root + "/home/.keys/k\(i)", &st)
            if case .pinned = gate.pinnedName(of: FileIdentity(st), links: 2) { found += 1 }
        }
        #expect(found == 40, "every protected file is pinned, \(found) of 40")
        // A file with one name is never a hardlink of another: no wait, no pin needed.
        var st = stat()
        stat(t.root + "/home/.keys", &st)
        #expect(gate.pinnedName(of: FileIdentity(st), links: 1) == .notPinned)
    }

    /// The tree's unlinks and renames wait for the walk past the budget (`settle`), so no
    /// protected name it has not reached can be taken away first; a policy whose unlinks are
    /// not trapped (no delete rules) has no walk past a budget at all.
    @Test func takingANameAwayWaitsForTheWalkPastTheBudget() throws {
        let t = Tree()
        t.directory("home")
        t.directory("home/.keys")
        for i in 0..<3000 { t.file("home/.keys/k\(i)", "key") }
        let policy = KeysPolicy(home: t.root + "/home")
        let gate = PolicyGate(policy: policy, pinRoots: [t.root + "/home"], pinBudget: 10)
        let late = try #require(gate.pins.finish().late)
        gate.pins.settle()
        var st = stat()
        stat(t.root + "/home/.keys/k2999", &st)
        // Asked as a file with one name (its other name just taken away): found without waiting.
        #expect(late.lookupIfDone(FileIdentity(st)) == .pinned(t.root + "/home/.keys/k2999"))
        #expect(PinnedFiles.budget(for: policy) == .max, "no delete rules: the whole walk before the agent")
        #expect(PinnedFiles(policy: policy, roots: [t.root + "/home"]).finish().late == nil)
        let context = PolicyContext(home: t.root + "/home", projectDirectory: t.root, configDirectory: "/nonexistent/guardian", systemDirectory: "/nonexistent/etc")
        let dev = try PolicyLoader.compile("dev", context: context).policy
        #expect(dev.hasDeleteRules && PinnedFiles.budget(for: dev) == PinnedFiles.defaultBudget)
    }

    @Test func directoryListingTellsAnErrorFromTheEnd() {
        #expect((try? directoryListing("/proc/self/fd").get()) != nil)
        if case .failure(let e) = directoryListing("/nonexistent-guardian-dir") { #expect(e.rawValue == ENOENT) } else { Issue.record("listed a missing directory") }
    }
}
