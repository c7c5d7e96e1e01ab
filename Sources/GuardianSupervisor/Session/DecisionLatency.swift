import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How long the supervisor takes per notification, from the moment RECV returns to the moment
/// the answer is sent — its own clock, so the round trip in and out of the kernel is excluded.
/// Held calls (a human decides) are not counted. Log-scale buckets, 8 per power of two (about
/// 9 % apart): recording is an index computation and an uncontended lock per worker.
public struct LatencyHistogram: Sendable, Equatable {
    static let bucketsPerOctave = 8.0
    static let bucketCount = 8 * 40  // up to 2^40 ns
    public private(set) var counts = [Int](repeating: 0, count: LatencyHistogram.bucketCount)
    public private(set) var total = 0

    public init() {}

    static func bucket(_ nanoseconds: UInt64) -> Int {
        guard nanoseconds > 1 else { return 0 }
        return min(bucketCount - 1, Int(log2(Double(nanoseconds)) * bucketsPerOctave))
    }

    /// The upper edge of a bucket, in nanoseconds.
    static func upperEdge(_ bucket: Int) -> Double { exp2(Double(bucket + 1) / bucketsPerOctave) }

    public mutating func record(nanoseconds: UInt64) {
        counts[LatencyHistogram.bucket(nanoseconds)] += 1
        total += 1
    }

    public mutating func merge(_ other: LatencyHistogram) {
        for i in counts.indices { counts[i] += other.counts[i] }
        total += other.total
    }

    /// The value at or below which `fraction` of the samples fall (the bucket's upper edge), in µs.
    public func percentile(_ fraction: Double) -> Double? {
        guard total > 0 else { return nil }
        let rank = max(1, Int((Double(total) * fraction).rounded(.up)))
        var seen = 0
        for (i, c) in counts.enumerated() {
            seen += c
            if seen >= rank { return LatencyHistogram.upperEdge(i) / 1000 }
        }
        return nil
    }
}

/// What a notification was, for the latency split: the syscall family and, for opens, the
/// answer (a descriptor installed, ENOENT, another refusal) — their costs differ by an order of
/// magnitude, so one histogram would hide each behind the others.
public enum DecisionKind: Int, CaseIterable, Sendable {
    case openInstalled, openMissing, openRefused, exec, pathCall, network, credentials, namespace, other

    /// The name in the session's end event (`decision_us_<name>`).
    public var name: String {
        switch self {
        case .openInstalled: "open_fd"
        case .openMissing: "open_enoent"
        case .openRefused: "open_error"
        case .exec: "exec"
        case .pathCall: "path"
        case .network: "network"
        case .credentials: "credentials"
        case .namespace: "namespace"
        case .other: "other"
        }
    }

    /// Classified after the answer was sent: nothing here is on the decision's path.
    static func of(_ kind: SyscallTable.Kind?, installed: Bool, errno: Int32) -> DecisionKind {
        guard let kind else { return .other }
        switch kind {
        case .open, .openat, .openat2, .creat:
            if installed { return .openInstalled }
            return errno == ENOENT ? .openMissing : .openRefused
        case .execve, .execveat: return .exec
        case .link, .linkat, .rename, .renameat, .renameat2, .truncate, .unlink, .unlinkat, .rmdir,
             .symlink, .symlinkat, .mkdir, .mkdirat, .mknod, .mknodat:
            return .pathCall
        case .connect, .sendto, .sendmsg, .sendmmsg: return .network
        case .credentials: return .credentials
        case .mount, .namespace: return .namespace
        case .fstat, .fstatat, .statx: return .other
        }
    }
}

/// One set of histograms per worker (one per kind), merged when asked.
final class DecisionLatency: Sendable {
    final class Slot: Sendable {
        let histograms = Mutex([LatencyHistogram](repeating: LatencyHistogram(), count: DecisionKind.allCases.count))
    }

    private let slots: [Slot]

    init(workers: Int) {
        slots = (0..<max(1, workers)).map { _ in Slot() }
    }

    func record(worker: Int, kind: DecisionKind = .other, nanoseconds: UInt64) {
        slots[worker % slots.count].histograms.withLock { $0[kind.rawValue].record(nanoseconds: nanoseconds) }
    }

    /// Every kind together.
    var merged: LatencyHistogram {
        var all = LatencyHistogram()
        for h in byKind.values { all.merge(h) }
        return all
    }

    /// One histogram per kind that was seen.
    var byKind: [DecisionKind: LatencyHistogram] {
        var out: [DecisionKind: LatencyHistogram] = [:]
        for slot in slots {
            let hs = slot.histograms.withLock { $0 }
            for kind in DecisionKind.allCases where hs[kind.rawValue].total > 0 {
                out[kind, default: LatencyHistogram()].merge(hs[kind.rawValue])
            }
        }
        return out
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
