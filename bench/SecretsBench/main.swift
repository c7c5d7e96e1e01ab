// Measures the secret scanner: throughput over real text (MiB/s on one core) and the time per
// file of typical sizes, clean and with a secret. Run: swift run -c release SecretsBench [DIR]
// (DIR: a tree of text to scan, default /usr/lib/python3*/ and /usr/share/doc — what a
// project's sources and docs look like).
import Foundation
import GuardianSecrets

func files(under roots: [String], limit: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var total = 0
    for root in roots {
        guard let e = FileManager.default.enumerator(atPath: root) else { continue }
        for case let rel as String in e {
            let path = root + "/" + rel
            guard rel.hasSuffix(".py") || rel.hasSuffix(".md") || rel.hasSuffix(".txt") || rel.hasSuffix(".json") || rel.hasSuffix(".sh") || rel.hasSuffix(".yaml") || rel.hasSuffix(".toml"),
                  let d = FileManager.default.contents(atPath: path), d.count <= 1 << 20, !d.contains(0) else { continue }
            out.append(Array(d))
            total += d.count
            if total >= limit { return out }
        }
    }
    return out
}

let roots = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["/usr/lib/python3.11", "/usr/share/doc"]
let corpus = files(under: roots, limit: 64 << 20)
let bytes = corpus.reduce(0) { $0 + $1.count }
let scanner = SecretScanner()
let registry = SecretRegistry()
var findings = 0
// Warm-up, then the timed pass.
for f in corpus.prefix(50) { _ = scanner.scan(f) }
let start = DispatchTime.now().uptimeNanoseconds
for f in corpus { findings += scanner.scan(f, known: registry.known).count }
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(String(format: "scan: %d files, %.1f MiB in %.3f s = %.0f MiB/s (one core); %d findings", corpus.count, Double(bytes) / 1048576, seconds, Double(bytes) / 1048576 / seconds, findings))

// Per file, by size: a clean source file and the same with a Railway token in it.
for size in [4 << 10, 64 << 10, 1 << 20] {
    var text = [UInt8]()
    for f in corpus where text.count < size { text += f.prefix(size - text.count) }
    var withSecret = text
    let line = Array("\nRAILWAY_TOKEN=3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69\n".utf8)
    withSecret.replaceSubrange(0..<line.count, with: line)
    for (label, t) in [("clean", text), ("secret", withSecret)] {
        var samples: [Double] = []
        for _ in 0..<(size >= 1 << 20 ? 20 : 200) {
            let s = DispatchTime.now().uptimeNanoseconds
            _ = scanner.scan(t)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1000)
        }
        samples.sort()
        print(String(format: "file %7d bytes %@: p50 %.1f µs, p99 %.1f µs", size, label, samples[samples.count / 2], samples[samples.count * 99 / 100]))
    }
}
