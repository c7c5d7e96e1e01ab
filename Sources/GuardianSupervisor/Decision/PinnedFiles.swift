import GuardianPolicy
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The protected files pinned by identity at start (PolicyGate+Pins.swift says why), found on a
/// thread of its own while the rest of the session is made: the walk of HOME's dot-directories
/// is the longest single step of a start with a full home, and nothing before the agent's first
/// instruction needs its result. The launch waits for it before it releases the agent
/// (`finish()`), so every decision of the tree sees the whole set; a lookup made earlier waits
/// too.
public final class PinnedFiles: Sendable {
    struct Found: Sendable {
        var pinned: [FileIdentity: String] = [:]
        /// Directories the walk could not list although rules protect files beneath them.
        var unlisted: [String] = []
        /// The walk past its budget, when HOME holds more (LatePins); nil when it ended.
        var late: LatePins?
        /// The listing cache the walk read and updated (ListingCache), if it had one.
        var cache: ListingCache?
    }

    /// Entries walked before the agent may start (PolicyGate+Pins.swift says why 4000), when
    /// the tree's unlinks are trapped. The walk past the budget runs while the tree does, and
    /// an unlink or rename of the tree waits for it (`settle`): a protected file it had not
    /// reached, its name taken away first, would leave an older hardlink of it with one name,
    /// passing for an ordinary file. Where unlinks are not trapped (a profile without delete
    /// rules) nothing could wait, so the whole walk comes before the agent.
    public static let defaultBudget = 4000

    /// The listing cache's file in Guardian's state directory (ListingCache).
    public static let listingCacheName = "pin-listing.cache"

    /// The budget for `policy`: `defaultBudget` where its delete rules have unlinks trapped,
    /// else no limit.
    static func budget(for policy: any PolicyEngine) -> Int {
        policy.hasDeleteRules ? defaultBudget : .max
    }

    /// Set once, when the walk is over.
    private let found = Mutex<Found?>(nil)
    /// The walk's thread until someone has waited for it.
    private let walker = Mutex<OSThread?>(nil)
    private let walk: @Sendable () -> Found

    /// Starts pinning what `policy` protects: its exact paths, and the files under each of
    /// `roots` that glob rules protect. `timeline` gets the time from the end of the listing to
    /// the pins as a span.
    /// `budget`: entries walked before the agent may start (nil: `budget(for:)`); what lies
    /// beyond is walked on (LatePins) while it runs.
    public convenience init(policy: any PolicyEngine, roots: [String], budget: Int? = nil, timeline: StartTimeline? = nil) {
        let budget = budget ?? PinnedFiles.budget(for: policy)
        self.init(policy: policy, budget: budget, timeline: timeline) {
            roots.map { PinListing(root: $0, budget: budget) }
        }
    }

    /// The walk's first half (listing, which needs no policy) started now, on a thread of its
    /// own, over each of `roots` up to `budget` entries: a session starts it before its profile
    /// is read, and makes its pins from it (`init(policy:listed:)`) once it is compiled.
    /// `cache`: the file of the last session's listings (ListingCache), in Guardian's state
    /// directory; the directories unchanged since are not read again, and the session writes it
    /// anew after its start (`saveListingCache`).
    /// (`now`: the wall clock's seconds, for a test.)
    public static func startListing(roots: [String], budget: Int = defaultBudget, cache: String? = nil, now: Int64? = nil,
                                    timeline: StartTimeline? = nil) -> StartValue<[PinListing]> {
        StartValue("home listing", timeline: timeline) {
            let kept = cache.map { ListingCache(file: $0, now: now) }
            // Written after the start: at the end of the walk past the budget (LatePins) and at
            // the session's end (`saveListingCache`).
            return roots.map { PinListing(root: $0, budget: budget, cache: kept) }
        }
    }

    /// Pins what `policy` protects from a listing started earlier (`startListing`); where the
    /// policy's budget is larger (a profile without delete rules), the walk goes on to it here.
    public convenience init(policy: any PolicyEngine, listed: StartValue<[PinListing]>, timeline: StartTimeline? = nil) {
        self.init(policy: policy, budget: PinnedFiles.budget(for: policy), timeline: timeline) { listed.get() }
    }

    private init(policy: any PolicyEngine, budget: Int, timeline: StartTimeline?, listing: @escaping @Sendable () -> [PinListing]) {
        walk = {
            var walks = listing()
            let began = StartTimeline.now()
            var result = Found()
            var st = stat()
            for path in policy.protectedPaths where stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
                result.pinned[FileIdentity(st)] = path
            }
            let protection = policy.readProtection()
            for i in walks.indices {
                if walks[i].visited < budget && !walks[i].isComplete {
                    walks[i].walk(budget: budget - walks[i].visited)
                }
                PolicyGate.pin(&walks[i], policy: policy, protection: protection, into: &result.pinned, unlisted: &result.unlisted)
            }
            let rest = walks.filter { !$0.isComplete }
            result.late = rest.isEmpty ? nil : LatePins.start(rest, policy: policy, protection: protection)
            result.cache = walks.first?.cache
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

    /// Writes the walk's listing cache when it is out of date: at the session's end, after the
    /// agent. A walk that ended wrote what it found (the file's other directories are gone); one
    /// still going past the budget writes what it has, the file's directories it has not reached
    /// kept, and writes the whole when it ends (LatePins).
    public func saveListingCache() {
        let found = finish()
        found.cache?.save(complete: found.late == nil)
    }

    /// The protected name `identity` was pinned under, if it was; waits for the walk.
    func name(of identity: FileIdentity) -> String? {
        if let hit = found.withLock({ $0.map { $0.pinned[identity] } }) { return hit }
        return finish().pinned[identity]
    }

    /// What the walk found, waiting for it only while it runs: one lock once it is over.
    func current() -> Found {
        if let done = found.withLock({ $0 }) { return done }
        return finish()
    }

    /// Returns when the walk past the budget, if there is one, has ended: before the tree takes
    /// a name away (PathCallHandler).
    func settle() {
        current().late?.waitUntilDone()
    }

    /// Directories the walk could not list although rules protect files beneath them; waits.
    var unlisted: [String] { finish().unlisted }
}
