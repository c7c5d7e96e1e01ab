import CGuardianShim
import GuardianEvents
import GuardianSecrets
#if canImport(Glibc)
import Glibc
#endif

/// Files the tree reads that hold secrets, served masked: each secret replaced by a sentinel of
/// the same length and format (docs/SECURITY.md, "Secrets by content"). The file on disk is
/// untouched and a clean file gets the real fd. Verdicts are cached by file version (device,
/// inode, size, mtime, ctime): a file is read and scanned once per version, by Guardian, on its
/// own fd — what was scanned is what is served.
final class SecretFiles: Sendable {
    /// What one version of a file holds.
    struct Verdict: Sendable {
        /// The masked copy; nil for a clean file.
        var copy: ServedCopy?
        /// What was masked: detector and line, for the event (never the value).
        var masked: [(detector: String, line: Int, source: String)]
        /// How many secrets the registry knew when this was scanned: once it knows more, the
        /// file may hold a copy of one of them, and is scanned again.
        var generation: Int = 0
    }

    let registry: SecretRegistry
    /// What fstat of a masked copy served in the band shows.
    let identities = MaskedIdentities()
    /// The process's scanner: built beside the session's start (`Supervisor.init`), not here.
    private var scanner: SecretScanner { SecretScanner.shared }
    private let verdicts = VersionCache<Verdict>(entryLimit: SecretFiles.entryLimit, byteLimit: SecretFiles.byteLimit)
    /// Bounds on the cache: entries, and bytes held in masked copies.
    static let entryLimit = 65_536
    static let byteLimit = 128 << 20
    /// Larger files are not scanned (logs, data, bundles): a secret is in a small file.
    static let sizeLimit = 1 << 20
    /// Trees of the system no project secret lives in (read-only, installed by packages).
    static let systemPlaces = ["/usr/", "/lib/", "/lib64/", "/lib32/", "/bin/", "/sbin/", "/proc/", "/sys/", "/dev/",
                               "/etc/ssl/", "/etc/alternatives/", "/etc/ld.so", "/var/lib/dpkg/", "/opt/swift/"].map { Array($0.utf8) }

    init(registry: SecretRegistry) {
        self.registry = registry
    }

    /// A cheap test before any read: a regular file of a size that can hold a secret, outside
    /// the system's trees and git's compressed object store.
    /// One pass over the path, no allocation (PathTraits): every allowed open asks.
    static func mayHold(_ path: [UInt8], size: Int) -> Bool {
        mayHold(PathTraits(path), size: size)
    }

    static func mayHold(_ traits: PathTraits, size: Int) -> Bool {
        size > 0 && size <= sizeLimit && traits.mayHoldSecret
    }

    /// Installed code and caches wherever they live (a toolchain under HOME, a virtualenv in
    /// the project): packages as published, read by the hundred at every start of an
    /// interpreter — and git's compressed object store, which a scan cannot read anyway.
    static let installedParts = ["/.git/objects/", "/site-packages/", "/dist-packages/", "/node_modules/", "/.pyenv/versions/",
                                 "/.rustup/toolchains/", "/.cargo/registry/", "/.npm/_cacache/", "/__pycache__/",
                                 "/go/pkg/mod/", "/.m2/repository/", "/.gradle/caches/"].map { Array($0.utf8) }

    static func contains(_ path: [UInt8], _ needle: [UInt8]) -> Bool {
        guard path.count >= needle.count else { return false }
        for i in 0...(path.count - needle.count) where path[i] == needle[0] && path[i..<(i + needle.count)].elementsEqual(needle) { return true }
        return false
    }

    /// Refuses a write (open for writing, truncate, rename over) of a file the tree is shown
    /// masked: the stand-ins it read would replace the secrets on disk. Recorded and told.
    static func refuseWrite(_ tid: pid_t, path: [UInt8], _ verdict: Verdict, verb: String, kind: Event.Kind,
                            recorder: Recorder, channel: any TargetMessaging) {
        let shown = String(decoding: path, as: UTF8.self)
        let what = summary(verdict)
        var e = recorder.event(pid: tid, kind: kind, decision: "deny",
                               reason: "this file holds secrets the session sees masked (\(what)); \(verb) it would replace them with their stand-ins")
        e.rule = "secrets.masked-file-write"
        e.path = shown
        _ = recorder.record(e)
        channel.tell(tid, "guardian: blocked \(verb) \(shown) — rule secrets.masked-file-write: it holds secrets you see masked (\(what)); \(verb) it would replace them with their stand-ins. Edit it outside the session.")
    }

    /// What a masked read's event says: the detectors and lines, never the values.
    static func summary(_ verdict: Verdict) -> String {
        verdict.masked.map { "\($0.detector) (line \($0.line))" }.joined(separator: ", ")
    }

    /// The verdict already reached on this version, if any (no read).
    func cached(_ st: stat) -> Verdict? { verdicts[FileVersion(st)] }

    /// The verdict on the version `st` describes of the file behind `object` (Guardian's O_PATH
    /// fd), from the cache or by reading and scanning it once; nil when it cannot be read
    /// (the caller then refuses: a file that may hold a secret is never served unread).
    ///
    /// On the decision path (`background` false) the cache is consulted and filled only when no
    /// other thread holds it, and the file is scanned here otherwise: the pre-scan's thread runs
    /// at idle priority, and one preempted while holding the cache would stall the open.
    /// `known`: the pre-scan's own copy of the registry's index, for `generation`.
    func verdict(_ object: Int32, path: [UInt8], _ st: stat, background: Bool = false,
                 known cachedKnown: (generation: Int, known: KnownSecrets)? = nil) -> Verdict? {
        let version = FileVersion(st)
        let generation = registry.count
        let cached = background ? verdicts[version] : verdicts[ifAvailable: version]
        if let hit = cached, hit.generation == generation { return hit }
        let fd = gd_reopen(object, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let bytes = ServedCopy.readAll(fd, limit: Self.sizeLimit) else { return nil }
        var verdict = Verdict(copy: nil, masked: [], generation: generation)
        // Binary content (a NUL early on) is not scanned: secrets are text.
        if !bytes.prefix(8192).contains(0) {
            let known = cachedKnown.flatMap { $0.generation == generation ? $0.known : nil } ?? registry.known
            let findings = scanner.scan(bytes, known: known)
            if !findings.isEmpty {
                let source = String(decoding: path, as: UTF8.self)
                let masked = SecretMasker.mask(bytes, findings, registry: registry, source: source)
                // What this scan registered is part of what it knows.
                verdict.generation = registry.count
                if !masked.masked.isEmpty {
                    guard let copy = ServedCopy.seal(masked.bytes, name: "guardian-masked") else { return nil }
                    verdict.copy = copy
                    verdict.masked = masked.masked.map { ($0.detector, $0.line, $0.entry.source) }
                }
            }
        }
        var after = stat()
        if fstat(fd, &after) == 0 && FileVersion(after) == version && after.st_size == bytes.count {
            if background {
                verdicts.insert(verdict, for: version, bytes: verdict.copy?.size ?? 0)
            } else {
                verdicts.insertIfAvailable(verdict, for: version, bytes: verdict.copy?.size ?? 0)
            }
        }
        return verdict
    }
}
