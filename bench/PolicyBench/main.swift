// Measures the policy engine: one exec against the full catalog, one file evaluation, and
// loading every built-in profile. Run: swift run -c release PolicyBench
import Foundation
import GuardianPolicy

func measure(_ iterations: Int, _ body: () -> Void) -> (median: Double, p99: Double) {
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    samples.sort()
    return (samples[samples.count / 2], samples[samples.count * 99 / 100])
}

func format(_ x: Double) -> String { String(format: "%.2f", x) }

let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/project", configDirectory: "/nonexistent", systemDirectory: "/nonexistent")
let loadStart = DispatchTime.now().uptimeNanoseconds
var engines: [CompiledPolicy] = []
for name in ["dev", "staging", "production"] {
    engines.append(try PolicyLoader.compile(name, context: context).policy)
}
let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1_000_000
let dev = engines[0]

let execs: [(String, ExecRequest)] = [
    ("git push --force origin main", ExecRequest(program: "/usr/bin/git", argv: ["git", "push", "--force", "origin", "main"], cwd: "/home/user/project", environment: ["HOME": "/home/user"])),
    ("psql -h db.prod -c 'DROP TABLE users'", ExecRequest(program: "/usr/lib/postgresql/16/bin/psql", argv: ["psql", "-h", "db.prod.example.com", "-c", "DROP TABLE users"], cwd: "/home/user/project")),
    ("npm run build", ExecRequest(program: "/usr/lib/node_modules/npm/bin/npm-cli.js", argv: ["npm", "run", "build"], cwd: "/home/user/project", interpreter: "/usr/bin/node")),
    ("curl GraphQL volumeDelete", ExecRequest(program: "/usr/bin/curl", argv: ["curl", "-X", "POST", "https://backboard.railway.app/graphql/v2", "-d", #"{"query":"mutation { volumeDelete(volumeId: \"v\") }"}"#], cwd: "/home/user/project")),
]
print("exec evaluation against \(dev.ruleSummaries.count) rules (dev):")
for (label, request) in execs {
    let r = measure(20_000) { _ = dev.evaluate(request) }
    print("  \(label): median \(format(r.median)) µs, p99 \(format(r.p99)) µs")
}
let files = [
    FileRequest(path: "/home/user/project/src/app/main.swift", access: .read),
    FileRequest(path: "/home/user/.aws/credentials", access: .read),
    FileRequest(path: "/home/user/project/.env.local", access: .read),
]
print("file evaluation:")
for file in files {
    let r = measure(100_000) { _ = dev.evaluate(file) }
    print("  \(file.path): median \(format(r.median)) µs, p99 \(format(r.p99)) µs")
}
print("load all built-in profiles (dev, staging, production, with examples): \(format(loadMs)) ms")
