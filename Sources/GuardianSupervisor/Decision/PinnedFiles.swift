import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The protected files pinned by identity (PolicyGate+Pins.swift says why), found by a walk on a
/// thread of its own that the agent does not wait for: the walk of HOME's dot-directories is
/// the longest single step of a start with a full home, and only one kind of question needs
/// its result. A file with more than one name may be an older hardlink of a protected file, so
/// a question about one waits for the walk to end; a file with one name is its own protected
/// path or none (the tree cannot give a protected file a second name: its links and renames
/// are decided on the source), and is answered from the walk's result once there is one.
public final class PinnedFiles: Sendable {
    struct Found: Sendable {
        var pinned: [FileIdentity: String] = [:]
        /// Directories the walk could not list although rules protect files beneath them.
        var unlisted: [String] = []
    }

    enum Answer: Equatable {
        case pinned(String)
        case notPinned
        /// The walk could not list this directory: a file with several names may be a hardlink
        /// of one beneath it, and is refused.
        case unknown(String)
    }

    /// Set once, when the walk is over.
    private let found = Mutex<Found?>(nil)
    /// The walk's thread until someone has waited for it.
    private let walker = Mutex<OSThread?>(nil)
    private let walk: @Sendable () -> Found

    /// Starts pinning what `policy` protects: its exact paths, and the files under each of
    /// `roots` that glob rules protect, to the end of the walk. `timeline` gets the walk's own
    /// duration as a span.
    public init(policy: any PolicyEngine, roots: [String], timeline: StartTimeline? = nil) {
        walk = {
            let began = StartTimeline.now()
            var result = Found()
            var st = stat()
            for path in policy.protectedPaths where stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
                result.pinned[FileIdentity(st)] = path
            }
            for root in roots {
                result.unlisted += PolicyGate.pinGlobProtected(policy: policy, root: root, into: &result.pinned)
            }
            timeline?.span("pins", nanoseconds: StartTimeline.now() &- began)
            return result
        }
        do {
            let thread = try OSThread.start { [self] in
                let result = walk()
                found.withLock { $0 = result }
            }
            walker.withLock { $0 = thread }
        } catch {
            // No thread to be had: the walk runs here, before anything can need it.
            let result = walk()
            found.withLock { $0 = result }
        }
    }

    /// Waits for the walk (once; later calls return at once) and returns what it found.
    @discardableResult
    func finish() -> Found {
        walker.withLock { thread in
            thread?.join()
            thread = nil
        }
        // The walk stored its result before its thread ended, and the join above waited for
        // that end. Should it be missing all the same, the walk is done again here: never an
        // empty set in place of one not found.
        return found.withLock { stored in
            if let stored { return stored }
            let result = walk()
            stored = result
            return result
        }
    }

    /// The protected name `identity` was pinned under, if it was. `links`: the file's link
    /// count; only a file with several names waits for a walk still running.
    func name(of identity: FileIdentity, links: UInt64 = 2) -> Answer {
        if let done = found.withLock({ $0 }) { return PinnedFiles.answer(identity, links: links, done) }
        guard links > 1 else { return .notPinned }
        return PinnedFiles.answer(identity, links: links, finish())
    }

    private static func answer(_ identity: FileIdentity, links: UInt64, _ found: Found) -> Answer {
        if let name = found.pinned[identity] { return .pinned(name) }
        guard links > 1, let directory = found.unlisted.first else { return .notPinned }
        return .unknown(directory)
    }

    /// Directories the walk could not list although rules protect files beneath them; waits.
    var unlisted: [String] { finish().unlisted }
}
