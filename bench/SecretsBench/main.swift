// Measures the secret scanner: throughput over real text (MiB/s on one core) and the time per
// file of typical sizes, clean and with a secret. Run: swift run -c release SecretsBench [DIR]
// (DIR: a tree of text to scan, default /usr/lib/python3*/ and /usr/share/doc — what a
// project's sources and docs look like).
import Foundation
import GuardianSecrets

func files(under roots: [String], limit: Int) -> [(path: String, bytes: [UInt8])] {
    var out: [(path: String, bytes: [UInt8])] = []
    var total = 0
    for root in roots {
        guard let e = FileManager.default.enumerator(atPath: root) else { continue }
        for case let rel as String in e {
            let path = root + "/" + rel
            guard rel.hasSuffix(".py") || rel.hasSuffix(".md") || rel.hasSuffix(".txt") || rel.hasSuffix(".json") || rel.hasSuffix(".sh") || rel.hasSuffix(".yaml") || rel.hasSuffix(".toml"),
                  let d = FileManager.default.contents(atPath: path), d.count <= 1 << 20, !d.contains(0) else { continue }
            out.append((path, [UInt8](d)))
            total += d.count
            if total >= limit { return out }
        }
    }
    return out
}

/// This thread's CPU time: on a machine other work shares, wall time measures the neighbours.
func cpuNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

// --show: print each finding (file, detector, the first bytes of the value) — what a tree's
// false positives look like.
var arguments = Array(CommandLine.arguments.dropFirst())
let show = arguments.first == "--show"
if show { arguments.removeFirst() }
let roots = arguments.isEmpty ? ["/usr/lib/python3.11", "/usr/share/doc"] : arguments
let corpus = files(under: roots, limit: 64 << 20)
let bytes = corpus.reduce(0) { $0 + $1.bytes.count }
let scanner = SecretScanner()
let registry = SecretRegistry()
var findings = 0
// Warm-up, then the timed passes; the best of three.
for f in corpus.prefix(50) { _ = scanner.scan(f.bytes) }
var best = (wall: Double.infinity, cpu: Double.infinity)
for _ in 0..<3 {
    findings = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuNanoseconds()
    for f in corpus { findings += scanner.scan(f.bytes, known: registry.known).count }
    best.cpu = min(best.cpu, Double(cpuNanoseconds() - cpuStart) / 1e9)
    best.wall = min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let mib = Double(bytes) / 1048576
print(String(format: "scan: %d files, %.1f MiB: %.0f MiB/s of CPU time on one core (%.3f s), %.0f MiB/s wall; %d findings", corpus.count, mib, mib / best.cpu, best.cpu, mib / best.wall, findings))
if show {
    for f in corpus {
        for finding in scanner.scan(f.bytes) {
            let value = String(decoding: f.bytes[finding.range].prefix(48), as: UTF8.self)
            print("  \(f.path): \(finding.detector) \(value)")
        }
    }
}

// Per file, by size: a clean source file and the same with a Railway token in it.
for size in [4 << 10, 64 << 10, 1 << 20] {
    var text = [UInt8]()
    for f in corpus where text.count < size { text += f.bytes.prefix(size - text.count) }
    var withSecret = text
    let line = Array("\nRAILWAY_TOKEN=3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69\n".utf8)
    withSecret.replaceSubrange(0..<line.count, with: line)
    for (label, t) in [("clean", text), ("secret", withSecret)] {
        var samples: [Double] = []
        for _ in 0..<(size >= 1 << 20 ? 20 : 200) {
            let s = cpuNanoseconds()
            _ = scanner.scan(t)
            samples.append(Double(cpuNanoseconds() - s) / 1000)
        }
        samples.sort()
        print(String(format: "file %7d bytes %@: p50 %.1f µs, p99 %.1f µs (CPU time)", size, label, samples[samples.count / 2], samples[samples.count * 99 / 100]))
    }
}
